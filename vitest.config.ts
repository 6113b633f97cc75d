import { defineConfig } from 'vitest/config';

// Unit and integration tests. Browser tests live in *.browser.test.ts and run via vitest.browser.config.ts.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
    exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
