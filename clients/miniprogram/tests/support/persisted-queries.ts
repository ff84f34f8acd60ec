import type { HttpResponse } from '../../miniprogram/api/transport';

/** What the server answers a persisted query whose hash it does not know yet: the client then sends the document. */
export const persistedQueryNotFound: HttpResponse = {
  statusCode: 200,
  data: { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] },
};
