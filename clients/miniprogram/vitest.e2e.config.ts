import { defineConfig } from 'vitest/config';

// The end-to-end test: the mini program's own services in Node, against the real server the global setup starts.
// Test files run one at a time: they share that one server, and each learner's steps depend on the ones before.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/server.ts'],
    fileParallelism: false,
    // A step may wait for WeChat Pay notifications (waitUntilPaid, a refund settling) for up to 30 s.
    testTimeout: 60_000,
  },
});
