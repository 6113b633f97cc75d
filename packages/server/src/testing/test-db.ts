import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/client.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or — when TEST_DATABASE_URL
 * points at a PostgreSQL server (CI) — a new database created on it and dropped afterwards.
 */
export async function openTestDatabase(): Promise<Database> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return openDatabase({ kind: 'pglite', dataDir: null });
  return openScratchPostgres(adminUrl, 'zhiben_test');
}

/** A new, migrated database on the server behind `adminUrl`, dropped again by `close()` (tests, benchmarks). */
export async function openScratchPostgres(adminUrl: string, prefix: string): Promise<Database> {
  const scratch = await createScratchPostgres(adminUrl, prefix);
  const database = await openDatabase({ kind: 'postgres', url: scratch.url });
  return {
    ...database,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

/**
 * A new, empty database on the server behind `adminUrl`: its URL, and `drop()` (which also ends its connections).
 * For a database that outlives the process creating it (a benchmark's child process opens it again).
 */
export async function createScratchPostgres(adminUrl: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await asAdmin(adminUrl, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => asAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function asAdmin(adminUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}
