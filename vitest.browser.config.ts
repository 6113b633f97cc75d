import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/e2e/**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
