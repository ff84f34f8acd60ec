import { type Mock, vi } from 'vitest';
import { installMemoryWx } from './memory-wx';

/** The wx calls pages make, as mocks to assert on, over the memory wx; the page stack holds `stackDepth` pages. */
export function installPageWx(stackDepth = 1) {
  const calls = {
    navigateTo: vi.fn(),
    redirectTo: vi.fn(),
    switchTab: vi.fn(),
    showToast: vi.fn(),
    stopPullDownRefresh: vi.fn(),
    setNavigationBarTitle: vi.fn(),
  } satisfies Record<string, Mock>;
  installMemoryWx(calls as Partial<WechatMiniprogram.Wx>);
  (globalThis as unknown as { getCurrentPages: () => object[] }).getCurrentPages = () => Array.from({ length: stackDepth }, () => ({}));
  return calls;
}
