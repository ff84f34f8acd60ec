import { expect, it, vi } from 'vitest';
import { ApiError, userMessage } from '../../miniprogram/api/errors';
import { showError } from '../../miniprogram/ui/feedback';
import { installMemoryWx } from '../support/memory-wx';
import { scriptedApi } from '../support/scripted-server';

const tokens = { login: { accessToken: 'a2', accessTokenExpiresAt: null, refreshToken: 'r2', refreshTokenExpiresAt: null, errors: null } };
const stepUpRequired = { login: { accessToken: null, accessTokenExpiresAt: null, refreshToken: null, refreshTokenExpiresAt: null, errors: [{ code: 'LOGIN_STEP_UP_REQUIRED', message: 'x' }] } };

it('refuses a silent login under review, and a login with the phone code lifts it', async () => {
  const { api, sent } = scriptedApi({ Login: (variables) => ((variables.input as { phoneCode?: string }).phoneCode ? tokens : stepUpRequired) });

  await expect(api.auth.ensureSignedIn()).rejects.toMatchObject({ code: 'LOGIN_STEP_UP_REQUIRED', message: userMessage('LOGIN_STEP_UP_REQUIRED') });
  await api.auth.stepUp('phone-1');

  expect(sent.filter((s) => s.operation === 'Login').map((s) => Object.keys(s.variables.input as object))).toEqual([['code'], ['code', 'phoneCode']]);
  expect(api.session.current()).toEqual({ accessToken: 'a2', refreshToken: 'r2' });
});

it('opens the phone verification instead of a toast when a login needs a step-up', () => {
  const navigateTo = vi.fn();
  const showToast = vi.fn();
  installMemoryWx({ navigateTo, showToast } as Partial<WechatMiniprogram.Wx>);

  showError(new ApiError('LOGIN_STEP_UP_REQUIRED', '为保障账号安全'));
  showError(new ApiError('LOGIN_BLOCKED', '账号暂时无法登录'));

  expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/verify-phone/verify-phone' });
  expect(showToast.mock.calls.map(([option]) => option.title)).toEqual(['账号暂时无法登录']);
});
