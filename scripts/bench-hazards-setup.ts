// bench:hazards: the targets and the app configuration its parts share.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../packages/server/src/db/client.ts';
import { createScratchPostgres } from '../packages/server/src/testing/test-db.ts';

export const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 2000);
export const SEED = 20240101;
export type TargetName = 'pglite' | 'postgres';

/** The database of a target: PGlite in a fresh temporary directory, or a scratch database on the server. */
export async function openTarget(name: TargetName): Promise<{ database: Database; dispose: () => Promise<void> }> {
  const detached = await createDetachedTarget(name);
  const database = await openTargetAt(name, detached.location);
  return {
    database,
    dispose: async () => {
      await database.close();
      await detached.drop();
    },
  };
}

/**
 * A target's database that outlives the process creating it: a scratch database on the server, or a PGlite
 * directory. `location` opens it again in another process (openTargetAt); `drop` removes it.
 */
export type DetachedTarget = { location: string; drop: () => Promise<void> };

export async function createDetachedTarget(name: TargetName): Promise<DetachedTarget> {
  if (name === 'postgres') {
    const scratch = await createScratchPostgres(adminUrl(), 'zhiben_bench');
    return { location: scratch.url, drop: scratch.drop };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-bench-pglite-'));
  return { location: path.join(dir, 'pglite'), drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Opens (and migrates) a detached target's database. */
export const openTargetAt = (name: TargetName, location: string): Promise<Database> =>
  openDatabase(name === 'postgres' ? { kind: 'postgres', url: location } : { kind: 'pglite', dataDir: location });

export function adminUrl(): string {
  const url = process.env.BENCH_DATABASE_URL?.trim();
  if (!url) throw new Error('BENCH_DATABASE_URL (an admin URL of a PostgreSQL server) is needed for the postgres target');
  return url;
}

export const benchAppConfig = (filesDir: string) => ({ bodyLimitBytes: 1024 * 1024, uploadLimitBytes: 512 * 1024 * 1024, filesDir, webDist: '/nonexistent', cookieSecure: false });

