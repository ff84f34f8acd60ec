import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { GraphQLClient } from '../../miniprogram/api/client';
import { ApiError, NETWORK_LOST } from '../../miniprogram/api/errors';
import { SessionStore } from '../../miniprogram/api/session';
import type { HttpResponse, Transport } from '../../miniprogram/api/transport';
import { sha256Hex } from '../../miniprogram/api/sha256';
import { MeDocument as MeQuery, TrackEventsDocument, type TrackEventsMutation } from '../../miniprogram/generated/graphql';
import { persistedQueryNotFound } from '../support/persisted-queries';

function answer(data: unknown, code?: string): HttpResponse {
  return code === undefined
    ? { statusCode: 200, data: { data } }
    : { statusCode: 200, data: { data: null, errors: [{ message: code, extensions: { code } }] } };
}

describe('GraphQLClient', () => {
  it('renews an expired token once however many requests find it expired, then replays each with the new token', async () => {
    const session = new SessionStore();
    session.save({ accessToken: 'old', refreshToken: 'r1' });
    const seen: string[] = [];
    const transport: Transport = async (_url, _body, headers) => {
      seen.push(headers.Authorization);
      return headers.Authorization === 'Bearer new' ? answer({ me: { id: 'u1' } }) : answer(null, 'AUTH_NOT_AUTHENTICATED');
    };
    const renew = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { accessToken: 'new', refreshToken: 'r2' };
    });
    const client = new GraphQLClient({ endpoint: 'http://api/graphql', transport, session, renew });

    const results = await Promise.all([1, 2, 3, 4].map(() => client.request(MeQuery, {})));

    expect(results.map((r) => r.me?.id)).toEqual(['u1', 'u1', 'u1', 'u1']);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(renew).toHaveBeenCalledWith('r1');
    expect(session.current()).toEqual({ accessToken: 'new', refreshToken: 'r2' });
    expect(seen.filter((h) => h === 'Bearer new')).toHaveLength(4);
  });

  it('resends a query after the network dropped but never a mutation', async () => {
    const session = new SessionStore();
    let calls = 0;
    const flaky: Transport = async () => {
      calls++;
      if (calls < 3) {
        throw new ApiError(NETWORK_LOST, 'lost');
      }
      return answer({ me: { id: 'u1' }, trackEvents: { stored: 1, duplicates: 0, errors: null } satisfies TrackEventsMutation['trackEvents'] });
    };
    const client = new GraphQLClient({ endpoint: 'x', transport: flaky, session, renew: async () => null, delay: async () => {} });

    await expect(client.request(MeQuery, {})).resolves.toMatchObject({ me: { id: 'u1' } });
    expect(calls).toBe(3);

    calls = 0;
    await expect(client.request(TrackEventsDocument, { input: { events: [] } })).rejects.toMatchObject({ code: NETWORK_LOST });
    expect(calls).toBe(1);
  });

  it('sends the graphql-response media type and the device id', async () => {
    const session = new SessionStore();
    let headers: Record<string, string> = {};
    const client = new GraphQLClient({
      endpoint: 'x',
      session,
      renew: async () => null,
      transport: async (_u, _b, h) => {
        headers = h;
        return answer({ me: null });
      },
    });

    await client.request(MeQuery, {});

    expect(headers.Accept).toContain('application/graphql-response+json');
    expect(headers['X-Device-Id']).toMatch(/^[0-9a-f]{32}$/);
    expect(headers.Authorization).toBeUndefined();
  });

  it('sends the hash of the document first and the document only when the server asks for it', async () => {
    const sent: { query?: string; extensions: { persistedQuery: { version: number; sha256Hash: string } } }[] = [];
    const known = new Set<string>();
    const transport: Transport = async (_url, body) => {
      const request = body as (typeof sent)[number];
      sent.push(request);
      const hash = request.extensions.persistedQuery.sha256Hash;
      if (request.query === undefined && !known.has(hash)) {
        return persistedQueryNotFound;
      }
      known.add(hash);
      return answer({ me: { id: 'u1' } });
    };
    const client = new GraphQLClient({ endpoint: 'x', transport, session: new SessionStore(), renew: async () => null });

    await client.request(MeQuery, {});
    await client.request(MeQuery, {});

    const hash = sha256Hex(MeQuery.toString());
    expect(sent.map((r) => [r.query === undefined ? 'hash' : 'hash+query', r.extensions.persistedQuery])).toEqual([
      ['hash', { version: 1, sha256Hash: hash }],
      ['hash+query', { version: 1, sha256Hash: hash }],
      ['hash', { version: 1, sha256Hash: hash }],
    ]);
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 examples and hashes UTF-8', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('课程 🎓')).toBe(nodeSha256('课程 🎓'));
  });
});

function nodeSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
