import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/e2e/**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    // A poll's default second is too short for a re-render on a loaded 2-core CI machine (a 列设置 toggle missed it).
    expect: { poll: { timeout: 15_000 } },
  },
});
