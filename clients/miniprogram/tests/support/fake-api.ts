import { vi } from 'vitest';
import type { GraphQLClient } from '../../miniprogram/api/client';
import type { Api } from '../../miniprogram/services/api';
import type { TrackedEvent } from '../../miniprogram/services/tracker';

type Variables = Record<string, unknown>;
type Answer = (variables: Variables) => unknown;

export interface FakeApi {
  api: Api;
  /** Every operation sent, by name, with its variables. */
  sent: { operation: string; variables: Variables }[];
  /** Every behaviour event tracked. */
  tracked: TrackedEvent[];
}

/**
 * An Api whose client answers each operation by name from <answers> (a value, or a function of the variables; a
 * thrown error rejects the request) and records what was sent and tracked. Auth is signed in.
 */
export function fakeApi(answers: Record<string, Answer | object>): FakeApi {
  const sent: FakeApi['sent'] = [];
  const tracked: TrackedEvent[] = [];
  const request = vi.fn(async (document: { toString(): string }, variables: Variables) => {
    const operation = /^\s*(?:query|mutation)\s+(\w+)/m.exec(document.toString())?.[1] ?? '';
    sent.push({ operation, variables });
    if (!(operation in answers)) {
      throw new Error(`no answer for ${operation}`);
    }
    const answer = answers[operation];
    return typeof answer === 'function' ? (answer as Answer)(variables) : answer;
  });
  const api = {
    client: { request } as unknown as GraphQLClient,
    auth: { isSignedIn: () => true, ensureSignedIn: async () => {} } as unknown as Api['auth'],
    tracker: { track: (event: TrackedEvent) => void tracked.push(event) } as unknown as Api['tracker'],
  } as Api;
  return { api, sent, tracked };
}

/** A mutation payload's errors list with one typed error. */
export function payloadError(code: string, message = code): { errors: { code: string; message: string }[] } {
  return { errors: [{ code, message }] };
}
