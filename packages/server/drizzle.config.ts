import { defineConfig } from 'drizzle-kit';

// One schema file per module (src/db/schema/<module>.ts). New migrations get a timestamp prefix, so parallel
// branches never pick the same file name; `npm run migrate:check` (in CI) finds snapshot collisions.
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/server/src/db/schema/*.ts',
  out: './packages/server/migrations',
  migrations: { prefix: 'timestamp' },
});
