/** The parts of wx the service layer touches, in memory: storage works, everything else fails until replaced. */
export function installMemoryWx(overrides: Partial<WechatMiniprogram.Wx> = {}): WechatMiniprogram.Wx {
  const storage = new Map<string, unknown>();
  const unavailable = (name: string) => () => {
    throw new Error(`wx.${name} is not available in this test`);
  };
  const memory = {
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    request: unavailable('request'),
    login: unavailable('login'),
    requestPayment: unavailable('requestPayment'),
    ...overrides,
  } as unknown as WechatMiniprogram.Wx;
  (globalThis as unknown as { wx: WechatMiniprogram.Wx }).wx = memory;
  // One page on the stack, as when a page was opened from a tab; tests of deeper stacks replace it.
  (globalThis as unknown as { getCurrentPages: () => object[] }).getCurrentPages = () => [{}];
  return memory;
}
