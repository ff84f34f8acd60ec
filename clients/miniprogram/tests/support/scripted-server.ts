import { ApiError, NETWORK_LOST } from '../../miniprogram/api/errors';
import type { Transport } from '../../miniprogram/api/transport';
import { persistedQueryNotFound } from './persisted-queries';
import { type Api, createApi } from '../../miniprogram/services/api';

/** What the fake server answers an operation with: its data, or a function of the variables (sync or not); an ApiError fails it. */
export type Script = Record<string, object | ((variables: Record<string, unknown>) => object | Promise<object>)>;

export interface SentOperation {
  operation: string;
  variables: Record<string, unknown>;
  /** Whether it went with the learner's access token. */
  signedIn: boolean;
}

/**
 * The real service layer (client, auth, tracker) over a fake server that answers each operation by name as scripted,
 * so tests see what services and pages send and receive. An operation the script lacks fails as a lost network.
 * Page tests pass the `createApi` the pages load (see asPagesLoadIt).
 */
export function scriptedApi(script: Script, create: typeof createApi = createApi): { api: Api; sent: SentOperation[] } {
  const sent: SentOperation[] = [];
  const transport: Transport = async (_url, body, headers) => {
    const { query, variables } = body as { query?: string; variables: Record<string, unknown> };
    if (query === undefined) {
      return persistedQueryNotFound;
    }
    const operation = /^\s*(?:query|mutation)\s+(\w+)/m.exec(query)?.[1] ?? '';
    sent.push({ operation, variables, signedIn: 'Authorization' in headers });
    if (!(operation in script)) {
      throw new ApiError(NETWORK_LOST, `not scripted: ${operation}`);
    }
    const answer = script[operation];
    const data = await (typeof answer === 'function' ? answer(variables) : answer);
    if (data instanceof ApiError) {
      return { statusCode: 200, data: { data: null, errors: [{ message: data.message, extensions: { code: data.code } }] } };
    }
    return { statusCode: 200, data: { data } };
  };
  const api = create('http://api.test/graphql', transport, async () => 'code');
  return { api, sent };
}
