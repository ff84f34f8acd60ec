import { describe, expect, it, vi } from 'vitest';
import { fakeServer } from '../support/fake-server';
import { installMemoryWx } from '../support/memory-wx';
import { type Rendered, render, simulate } from '../support/render';

async function givePhoneNumber(page: Rendered, detail: object): Promise<void> {
  page.querySelector('.verify')?.dispatchEvent('getphonenumber', { detail });
  for (let turn = 0; turn < 5; turn++) {
    await simulate.sleep(0);
  }
}

const tokens = { login: { accessToken: 'a2', accessTokenExpiresAt: null, refreshToken: 'r2', refreshTokenExpiresAt: null, errors: null } };

describe('verify-phone page', () => {
  it('logs in again with the phone code and goes back', async () => {
    const navigateBack = vi.fn();
    installMemoryWx({ navigateBack, showToast: vi.fn() } as Partial<WechatMiniprogram.Wx>);
    const server = fakeServer({ Login: () => tokens });
    const page = render('pages/verify-phone/verify-phone', server.api);

    await givePhoneNumber(page, { code: 'phone-1', errMsg: 'getPhoneNumber:ok' });

    expect(server.calls).toEqual([{ operation: 'Login', variables: { input: { code: 'code', phoneCode: 'phone-1' } } }]);
    expect(server.api.session.current()).toEqual({ accessToken: 'a2', refreshToken: 'r2' });
    expect(navigateBack).toHaveBeenCalled();
  });

  it('explains that the phone number is needed when the learner declines', async () => {
    const showToast = vi.fn();
    installMemoryWx({ showToast } as Partial<WechatMiniprogram.Wx>);
    const server = fakeServer({});
    const page = render('pages/verify-phone/verify-phone', server.api);

    await givePhoneNumber(page, { errMsg: 'getPhoneNumber:fail user deny' });

    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '需要验证手机号才能继续登录' }));
    expect(server.calls).toEqual([]);
  });
});
