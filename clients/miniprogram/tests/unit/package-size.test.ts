import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function checkPackageSize(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/check-package-size.mjs', ...args], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

// Each case starts node and the TypeScript compiler: slower than a unit test on a busy machine.
describe('the package size check', { timeout: 30_000 }, () => {
  it('prints the main package with the tdesign components our pages use and passes under 2 MB', () => {
    const { status, output } = checkPackageSize();

    expect(status).toBe(0);
    expect(output).toMatch(/main package: [\d.]+ KB of 2048 KB \(ours [\d.]+ KB in \d+ files, tdesign-miniprogram [\d.]+ KB/);
  });

  it('fails when the main package is over the limit', () => {
    const { status, output } = checkPackageSize('--limit-kb', '1');

    expect(status).toBe(1);
    expect(output).toContain('over WeChat');
  });
});
