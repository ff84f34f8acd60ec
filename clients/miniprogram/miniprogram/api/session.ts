/** The tokens of the signed-in learner, kept in the mini program's storage so a restart stays signed in. */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

const STORAGE_KEY = 'knowledgepay.session';
const DEVICE_KEY = 'knowledgepay.device';

export class SessionStore {
  private tokens: SessionTokens | null = null;

  current(): SessionTokens | null {
    if (this.tokens === null) {
      const stored = wx.getStorageSync<SessionTokens | ''>(STORAGE_KEY);
      this.tokens = stored === '' ? null : stored;
    }
    return this.tokens;
  }

  save(tokens: SessionTokens): void {
    this.tokens = tokens;
    wx.setStorageSync(STORAGE_KEY, tokens);
  }

  clear(): void {
    this.tokens = null;
    wx.removeStorageSync(STORAGE_KEY);
  }

  /** A random id for this installation, sent as X-Device-Id so the server can tell one phone from another. */
  deviceId(): string {
    let id = wx.getStorageSync<string>(DEVICE_KEY);
    if (!id) {
      id = randomId();
      wx.setStorageSync(DEVICE_KEY, id);
    }
    return id;
  }
}

/** A random identifier (32 hex characters) for devices and client event ids. */
export function randomId(): string {
  let id = '';
  for (let i = 0; i < 32; i++) {
    id += Math.floor(Math.random() * 16).toString(16);
  }
  return id;
}
