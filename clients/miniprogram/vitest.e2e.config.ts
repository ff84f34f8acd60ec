import { defineConfig } from 'vitest/config';

// The end-to-end test: the mini program's own services in Node, against the real server the global setup starts.
// One file at a time in one fork: the journeys share the server and read each other's orders nowhere, but the
// server is slow enough on a shared machine that running them side by side buys nothing.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/server.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
