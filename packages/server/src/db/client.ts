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
import { describeDatabaseError } from './db-errors.ts';
import { restrictTree } from './file-modes.ts';
import { useOneCallStatements } from './pglite-statements.ts';

// No schema passed to drizzle: nothing uses its relational API (db.query.…), and with a schema every transaction
// built a query builder for each table (~84 µs per transaction on the main thread).
export type Db = PgDatabase<PgQueryResultHKT>;
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

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string | null }
  | { kind: 'postgres'; url: string; appUrl?: string | null; onPoolError?: PoolErrorLog };

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === 'pglite'
    ? openPglite(config.dataDir)
    : openPostgres(config.url, config.appUrl ?? null, config.onPoolError ?? defaultPoolErrorLog);
}

async function openPglite(dataDir: string | null): Promise<Database> {
  if (dataDir) mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const db = drizzlePglite(client);
  await migratePglite(db, { migrationsFolder });
  const useAppRole = await appRoleUsable(db);
  if (useAppRole) await client.exec(`SET ROLE ${APP_ROLE}`);
  useOneCallStatements(client);
  if (dataDir) restrictTree(dataDir);
  return {
    db,
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
    close: async () => {
      await client.close();
      if (dataDir) restrictTree(dataDir);
    },
  };
}

/** Per-connection settings of the app (also set per role by a migration, for poolers that keep them). */
export const APP_SESSION_SETTINGS = 'SET jit = off; SET max_parallel_workers_per_gather = 0';

/**
 * A pool that survives the server going away: pg-pool re-emits an idle client's error (57P01 when PostgreSQL
 * restarts or fails over, or when a test drops the database) on the pool, and an EventEmitter without an
 * 'error' listener throws it out of the process. The broken client is already discarded; the next query opens a
 * new connection, and requests meanwhile answer 503 (plugins/errors.ts).
 */
function resilientPool(config: pg.PoolConfig, name: string, onPoolError: PoolErrorLog): { pool: pg.Pool; end: () => Promise<void> } {
  const pool = new pg.Pool(config);
  let open = 0;
  let allClosed: (() => void) | null = null;
  pool.on('error', (error) => onPoolError(name, error));
  pool.on('connect', (client) => {
    open++;
    // A client's own error outside a query (socket reset while idle) must not throw either.
    client.on('error', (error) => onPoolError(name, error));
  });
  pool.on('remove', () => {
    open--;
    if (open === 0) allClosed?.();
  });
  return {
    pool,
    // pool.end() resolves once the idle clients were told to end, not once their sockets closed; waiting for every
    // 'remove' means no backend is left to be killed by a later DROP DATABASE … WITH (FORCE).
    end: async () => {
      const closed = open === 0 ? Promise.resolve() : new Promise<void>((resolve) => (allClosed = resolve));
      await pool.end();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    },
  };
}

export type PoolErrorLog = (pool: string, error: unknown) => void;
const defaultPoolErrorLog: PoolErrorLog = (pool, error) =>
  console.error(JSON.stringify({ level: 40, msg: 'database connection lost', pool, db: describeDatabaseError(error) }));

async function openPostgres(url: string, appUrl: string | null, onPoolError: PoolErrorLog): Promise<Database> {
  const owner = resilientPool({ connectionString: url, max: 1 }, 'owner', onPoolError);
  const ownerDb = drizzlePg(owner.pool);
  await migratePg(ownerDb, { migrationsFolder });
  const useAppRole = appUrl === null && (await appRoleUsable(ownerDb));
  // No start-up `options` (-c role=… -c jit=off): PgBouncer and other poolers refuse or drop them. With
  // DATABASE_APP_URL the app logs in as the restricted role itself and its settings come from ALTER ROLE … SET
  // (migration); otherwise each new connection switches role and settings before its first query.
  // JIT and parallel workers off: the app's queries are short index reads (statistics read the cubes) whose
  // estimated cost can still cross the JIT and parallel thresholds, and compiling them or starting workers cost
  // more than running them (a province's cube reads: 400 ms with JIT, 200 ms with workers, 30 ms without).
  const setUp = `${useAppRole ? `SET ROLE ${APP_ROLE}; ` : ''}${APP_SESSION_SETTINGS}`;
  const app = resilientPool(
    {
      connectionString: appUrl ?? url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // Idle connections stay open (pg-pool closes them after 10 s by default). A new backend's first statements
      // load its catalog caches: a county dashboard took 113 ms on the first request after 11 s without any,
      // against 20 ms warm, so a quiet county instance paid that on most requests. A connection the server drops
      // meanwhile is removed on its error (resilientPool).
      idleTimeoutMillis: 0,
      // Pipeline mode: statements a transaction issues side by side (an event and its subscribers' rows) go out
      // together instead of one per round trip; the server still runs them in the order sent. Statements awaited
      // one by one behave as without it.
      pipeline: true,
      // pg-pool awaits this before handing the new connection out; if it fails, the connection is dropped.
      ...(appUrl === null ? { onConnect: async (client: pg.ClientBase) => void (await client.query(setUp)) } : {}),
    },
    'app',
    onPoolError,
  );
  const db = drizzlePg(app.pool);
  return {
    db,
    kind: 'postgres',
    unsafeOwnerExec: async (statement) => {
      await owner.pool.query(statement);
    },
    close: async () => {
      await app.end();
      await owner.end();
    },
  };
}

async function appRoleUsable(db: Db): Promise<boolean> {
  const result = await db.execute<{ usable: boolean }>(
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
