import { LoginDocument, LogoutDocument, RefreshTokenDocument } from '../generated/graphql';
import type { GraphQLClient } from './client';
import { toApiError } from './errors';
import type { SessionStore, SessionTokens } from './session';

/** Plays wx.login: a single-use code the server swaps for the learner's openid. */
export type LoginCodeSource = () => Promise<string>;

export const wxLoginCode: LoginCodeSource = () =>
  new Promise((resolve, reject) => {
    wx.login({ success: (result) => resolve(result.code), fail: (error) => reject(new Error(error.errMsg)) });
  });

/** Signs the learner in silently with wx.login, renews the session, and signs out. */
export class Auth {
  private signingIn: Promise<void> | null = null;

  constructor(
    private readonly client: GraphQLClient,
    private readonly session: SessionStore,
    private readonly loginCode: LoginCodeSource = wxLoginCode,
  ) {}

  isSignedIn(): boolean {
    return this.session.current() !== null;
  }

  /** Signs in unless signed in; a page opened while the launch's sign-in is on its way waits for that one. */
  ensureSignedIn(): Promise<void> {
    if (this.isSignedIn()) {
      return Promise.resolve();
    }
    this.signingIn ??= this.login()
      .then((tokens) => this.session.save(tokens))
      .finally(() => {
        this.signingIn = null;
      });
    return this.signingIn;
  }

  /** Renews with the refresh token; when the session cannot be renewed, logs in again with a fresh wx.login. */
  async renew(refreshToken: string): Promise<SessionTokens | null> {
    const { refreshToken: payload } = await this.client.request(RefreshTokenDocument, { input: { refreshToken } }, { anonymous: true });
    if (payload.accessToken && payload.refreshToken) {
      return { accessToken: payload.accessToken, refreshToken: payload.refreshToken };
    }
    return this.login().catch(() => null);
  }

  /**
   * Logs in again proving the account's phone number, when the API asked for a step-up (LOGIN_STEP_UP_REQUIRED):
   * `phoneCode` is the code the getPhoneNumber button gave
   * (https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/getPhoneNumber.html).
   */
  async stepUp(phoneCode: string): Promise<void> {
    this.session.save(await this.login(phoneCode));
  }

  async logout(): Promise<void> {
    const tokens = this.session.current();
    this.session.clear();
    if (tokens !== null) {
      await this.client.request(LogoutDocument, { input: { refreshToken: tokens.refreshToken } }, { anonymous: true });
    }
  }

  private async login(phoneCode?: string): Promise<SessionTokens> {
    const code = await this.loginCode();
    const input = phoneCode === undefined ? { code } : { code, phoneCode };
    const { login } = await this.client.request(LoginDocument, { input }, { anonymous: true });
    const error = login.errors?.[0];
    if (error || !login.accessToken || !login.refreshToken) {
      throw toApiError(error ?? { code: 'LOGIN_FAILED', message: '登录失败，请稍后再试' });
    }
    return { accessToken: login.accessToken, refreshToken: login.refreshToken };
  }
}
