import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests spawn git, npm and local servers; two cores, so keep the pool small.
    maxWorkers: 2,
  },
});
