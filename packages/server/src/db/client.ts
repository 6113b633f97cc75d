import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  kind: DbKind;
  /** Runs raw SQL as the database owner (migrations, tests that simulate tampering). Never from a request. */
  unsafeOwnerExec: (statement: string) => Promise<void>;
  close: () => Promise<void>;
};

export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));
export const APP_ROLE = 'zhiben_app';

export type DatabaseConfig = { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === 'pglite' ? openPglite(config.dataDir) : openPostgres(config.url);
}

async function openPglite(dataDir: string | null): Promise<Database> {
  if (dataDir) mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  const useAppRole = await appRoleUsable(db);
  if (useAppRole) await client.exec(`SET ROLE ${APP_ROLE}`);
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    unsafeOwnerExec: async (statement) => {
      // PGlite is one session: step out of the app role, run, step back in. Separate calls, so that a lone
      // VACUUM is not inside the implicit transaction of a multi-statement string.
      await client.exec('RESET ROLE');
      try {
        await client.exec(statement);
      } finally {
        if (useAppRole) await client.exec(`SET ROLE ${APP_ROLE}`);
      }
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const ownerPool = new pg.Pool({ connectionString: url, max: 1 });
  const ownerDb = drizzlePg(ownerPool, { schema });
  await migratePg(ownerDb, { migrationsFolder });
  const useAppRole = await appRoleUsable(ownerDb as unknown as Db);
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // Every pooled connection starts as the restricted app role (no UPDATE/DELETE on audit_log). JIT and parallel
    // workers are off: the app's queries are short index reads (statistics read the cubes) whose estimated cost can
    // still cross the JIT and parallel thresholds, and compiling them or starting workers cost more than running
    // them (a province's cube reads: 400 ms with JIT, 200 ms with workers beside other requests, 30 ms without).
    options: `${useAppRole ? `-c role=${APP_ROLE} ` : ''}-c jit=off -c max_parallel_workers_per_gather=0`,
  });
  const db = drizzlePg(pool, { schema });
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    unsafeOwnerExec: async (statement) => {
      await ownerPool.query(statement);
    },
    close: async () => {
      await pool.end();
      await ownerPool.end();
    },
  };
}

async function appRoleUsable(db: Db | ReturnType<typeof drizzlePglite<typeof schema>>): Promise<boolean> {
  const result = await (db as Db).execute<{ usable: boolean }>(
    sql`SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${APP_ROLE})
        AND pg_has_role(current_user, ${APP_ROLE}, 'MEMBER') AS usable`,
  );
  return rowsOf<{ usable: boolean }>(result)[0]?.usable === true;
}

/** node-postgres returns {rows}, PGlite returns {rows} too, but typed differently; normalise. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** Rows an INSERT/UPDATE/DELETE wrote, from either driver's result (node-postgres rowCount, PGlite affectedRows). */
export function rowsAffected(result: unknown): number {
  const counted = result as { rowCount?: number | null; affectedRows?: number };
  return counted.rowCount ?? counted.affectedRows ?? 0;
}
