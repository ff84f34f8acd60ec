import { beforeEach } from 'vitest';
import { installMemoryWx } from './memory-wx';

// Every test starts with an empty storage and a wx whose network calls fail until the test says otherwise, on a page
// stack holding one page (ui/navigation asks how deep it is; tests/support/page-wx.ts sets a depth).
beforeEach(() => {
  installMemoryWx();
  (globalThis as unknown as { getCurrentPages: () => object[] }).getCurrentPages = () => [{}];
});
