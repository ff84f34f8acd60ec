import { expect, it } from 'vitest';
import { scriptedApi } from '../support/scripted-server';

const tokens = { login: { accessToken: 'a1', accessTokenExpiresAt: null, refreshToken: 'r1', refreshTokenExpiresAt: null, errors: null } };

it('signs in once however many pages ask while the first sign-in is on its way', async () => {
  const { api, sent } = scriptedApi({ Login: () => new Promise<object>((resolve) => setTimeout(() => resolve(tokens), 10)) });

  await Promise.all([api.auth.ensureSignedIn(), api.auth.ensureSignedIn(), api.auth.ensureSignedIn()]);
  await api.auth.ensureSignedIn();

  expect(sent.filter((s) => s.operation === 'Login')).toHaveLength(1);
  expect(api.session.current()).toEqual({ accessToken: 'a1', refreshToken: 'r1' });
});

it('tries again on the next call after a failed sign-in', async () => {
  let online = false;
  const { api, sent } = scriptedApi({ Login: () => (online ? tokens : Promise.reject(new Error('offline'))) });

  await expect(api.auth.ensureSignedIn()).rejects.toBeDefined();
  online = true;
  await api.auth.ensureSignedIn();

  expect(sent.filter((s) => s.operation === 'Login')).toHaveLength(2);
  expect(api.auth.isSignedIn()).toBe(true);
});
