import path from 'node:path';
import { loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { acquireDataDirLock } from '../db/lock.ts';
import { safeErrorForLog } from '../db/db-errors.ts';

/**
 * Runs a one-off command against the configured database: PostgreSQL when DATABASE_URL is set, otherwise the
 * embedded PGlite under the data directory, holding its lock (stop the server first: PGlite allows one process).
 * Exits with the code `work` returns; an error prints `failure` and exits 1. The database is closed either way.
 */
export async function runWithDatabase(failure: string, work: (database: Database) => Promise<number>): Promise<never> {
  const config = loadConfig();
  const release = config.databaseUrl ? () => undefined : acquireDataDirLock(config.dataDir);
  const database = await openDatabase(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl, appUrl: config.databaseAppUrl } : { kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite') },
  );
  let exitCode = 0;
  try {
    exitCode = await work(database);
  } catch (error) {
    console.error(failure, safeErrorForLog(error).message);
    exitCode = 1;
  } finally {
    await database.close();
    release();
  }
  process.exit(exitCode);
}
