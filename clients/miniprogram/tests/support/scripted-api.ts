import type { HttpResponse, Transport } from '../../miniprogram/api/transport';
import { type Api, createApi } from '../../miniprogram/services/api';

/** What the server answers an operation: its data, or a function of the variables sent. */
export type Answer = ((variables: Record<string, unknown>) => unknown) | object;

export interface SentOperation {
  operation: string;
  variables: Record<string, unknown>;
}

/**
 * The real service layer (client, session, tracker) over a transport that answers each operation by its name from a
 * script, for a learner who is already signed in. `sent` records what went out, in order.
 */
export function scriptedApi(script: Record<string, Answer>): { api: Api; sent: SentOperation[] } {
  const sent: SentOperation[] = [];
  const transport: Transport = async (_url, body) => {
    const { query, variables } = body as { query: string; variables: Record<string, unknown> };
    const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    sent.push({ operation, variables });
    if (!(operation in script)) {
      throw new Error(`the script has no answer for ${operation}`);
    }
    const answer = script[operation];
    const data = typeof answer === 'function' ? answer(variables) : answer;
    return { statusCode: 200, data: { data } } satisfies HttpResponse;
  };
  const api = createApi('https://api.test/graphql', transport, async () => 'login-code');
  api.session.save({ accessToken: 'access', refreshToken: 'refresh' });
  return { api, sent };
}

/** A mutation payload refused with a typed error, as the API sends it. */
export function refused(code: string, message = code): { errors: { code: string; message: string }[] } {
  return { errors: [{ code, message }] };
}
