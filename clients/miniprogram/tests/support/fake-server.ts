import { Auth } from '../../miniprogram/api/auth';
import { GraphQLClient } from '../../miniprogram/api/client';
import { ApiError, NETWORK_LOST, userMessage } from '../../miniprogram/api/errors';
import { SessionStore } from '../../miniprogram/api/session';
import type { Transport } from '../../miniprogram/api/transport';
import type { Api } from '../../miniprogram/services/api';
import { EventTracker } from '../../miniprogram/services/tracker';
import { persistedQueryNotFound } from './persisted-queries';

/** A request the API refused with a top-level GraphQL error carrying `code`. */
export class Refused {
  constructor(readonly code: string) {}
}

/** What a fake operation answers: its data, `lostNetwork` for a request that never got an answer, or a refusal. */
export type FakeAnswer = object | typeof lostNetwork | Refused;
export type FakeOperation = (variables: Record<string, unknown>) => FakeAnswer;

export const lostNetwork = Symbol('lost network');

export interface FakeServer {
  api: Api;
  /** Every operation sent, by name, with its variables, in order. */
  calls: { operation: string; variables: Record<string, unknown> }[];
}

/** An Api whose requests are answered by `operations` (keyed by operation name), as a signed-in learner. */
export function fakeServer(operations: Record<string, FakeOperation>): FakeServer {
  const calls: FakeServer['calls'] = [];
  const transport: Transport = async (_url, body) => {
    const { query, variables } = body as { query?: string; variables: Record<string, unknown> };
    if (query === undefined) {
      return persistedQueryNotFound;
    }
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    calls.push({ operation, variables });
    const handler = operations[operation];
    if (handler === undefined) {
      throw new Error(`the fake server has no ${operation}`);
    }
    const answer = handler(variables);
    if (answer === lostNetwork) {
      throw new ApiError(NETWORK_LOST, userMessage(NETWORK_LOST));
    }
    if (answer instanceof Refused) {
      return { statusCode: 200, data: { data: null, errors: [{ message: answer.code, extensions: { code: answer.code } }] } };
    }
    return { statusCode: 200, data: { data: answer } };
  };
  const session = new SessionStore();
  session.save({ accessToken: 'a', refreshToken: 'r' });
  const client = new GraphQLClient({ endpoint: 'http://api/graphql', transport, session, renew: async () => null, delay: async () => {} });
  const auth = new Auth(client, session, async () => 'code');
  return { api: { client, auth, session, tracker: new EventTracker(client) }, calls };
}

/** A payload error as the API returns it in a mutation's errors list. */
export function payloadError(code: string, message = code): { code: string; message: string } {
  return { code, message };
}
