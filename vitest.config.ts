import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests spawn git, npm and local servers; two cores, so keep the pool small.
    maxWorkers: 2,
    // A worker runs its test files one after another on the modules it already loaded (src/, the SDK, the local
    // APIs): a fresh module graph per file cost about a second of CPU each. The files put back what they change in
    // process.env (test/support/env.ts) and share nothing else.
    isolate: false,
  },
});
