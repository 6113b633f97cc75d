import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { openDatabase, rowsOf, type Database } from './client.ts';

/**
 * PostgreSQL restarting under a running app (failover, maintenance): the app must not die on the idle clients'
 * 57P01, must answer 503 in Chinese while the server is away, and serve again once it is back — the same process.
 * Runs its own throw-away cluster (initdb on a random port), so the shared test server is never touched.
 */
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const available = fs.existsSync(path.join(PG_BIN, 'initdb')) && fs.existsSync(path.join(PG_BIN, 'pg_ctl'));
if (!available) console.warn(`跳过数据库重启测试：未找到 PostgreSQL 程序（${PG_BIN}/initdb），CI 在此路径安装 postgresql-15`);

const asRoot = process.getuid?.() === 0;
let dir = '';
let port = 0;
// Asynchronous, so that the app's event loop keeps running (and its idle clients see the 57P01) meanwhile.
const run = async (bin: string, args: string[]) => {
  const command = [path.join(PG_BIN, bin), ...args];
  // initdb and postgres refuse to run as root: the CI runs as root, so step down to the postgres user there.
  if (asRoot) await promisify(execFile)('su', ['postgres', '-s', '/bin/sh', '-c', command.map((a) => `'${a}'`).join(' ')]);
  else await promisify(execFile)(command[0] as string, command.slice(1));
};
const pgCtl = (action: 'start' | 'stop') =>
  run('pg_ctl', ['-D', `${dir}/data`, '-l', `${dir}/server.log`, '-w', '-m', 'fast', ...(action === 'start' ? ['-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`] : []), action]);

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = server.address() as net.AddressInfo;
      server.close(() => resolve(p));
    });
  });

describe.skipIf(!available)('PostgreSQL restart under the app', () => {
  let database: Database;
  const poolErrors: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-pg-restart-'));
    if (asRoot) execFileSync('chown', ['postgres', dir]);
    port = await freePort();
    await run('initdb', ['-D', `${dir}/data`, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
    await pgCtl('start');
    database = await openDatabase({
      kind: 'postgres',
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      onPoolError: (pool, error) => poolErrors.push(`${pool}: ${(error as { code?: string }).code ?? String(error)}`),
    });
  }, 120_000);

  afterAll(async () => {
    await database?.close().catch(() => undefined);
    if (dir) {
      await pgCtl('stop').catch(() => undefined); // already stopped
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 503 while the database is away and serves again after, in the same process', async () => {
    const app = await buildApp({
      database,
      config: { bodyLimitBytes: 65536, uploadLimitBytes: 65536, filesDir: dir, webDist: '/nonexistent', cookieSecure: false },
    });
    await app.ready();
    const health = () => app.inject({ method: 'GET', url: '/api/health' });
    // Several concurrent requests leave several idle clients in the pool: exactly those the restart kills.
    expect((await Promise.all([health(), health(), health(), health()])).map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);

    await pgCtl('stop');
    const away = await health();
    expect(away.statusCode).toBe(503);
    expect(away.json()).toEqual({ code: 'DB_UNAVAILABLE', message: '数据库暂时不可用，请稍后重试' });
    // The idle clients' 57P01 reached the pool's error handler instead of ending the process.
    expect(poolErrors.some((e) => e.endsWith('57P01'))).toBe(true);

    await pgCtl('start');
    expect((await health()).statusCode).toBe(200);
    expect((await Promise.all([health(), health()])).map((r) => r.statusCode)).toEqual([200, 200]);
    await app.close();
  }, 120_000);

  it('keeps an idle connection open past pg-pool’s default 10 s, so a quiet instance’s next request finds it warm', async () => {
    const backend = async () => rowsOf<{ pid: number }>(await database.db.execute(sql`SELECT pg_backend_pid() AS pid`))[0]?.pid;
    const before = await backend();
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    expect(await backend()).toBe(before);
  }, 60_000);

  it('needs no start-up options: role and settings per connection, or per role for a pooler login', async () => {
    const [pooled] = rowsOf<{ who: string; jit: string; workers: string }>(
      await database.db.execute(sql`SELECT current_user AS who, current_setting('jit') AS jit, current_setting('max_parallel_workers_per_gather') AS workers`),
    );
    expect(pooled).toEqual({ who: 'zhiben_app', jit: 'off', workers: '0' });
    // Behind PgBouncer (transaction pooling) the app logs in as the restricted role: its settings come from the
    // role (ALTER ROLE … SET in a migration), not from the connection.
    await database.unsafeOwnerExec('ALTER ROLE zhiben_app LOGIN');
    const direct = await openDatabase({ kind: 'postgres', url: `postgres://postgres@127.0.0.1:${port}/postgres`, appUrl: `postgres://zhiben_app@127.0.0.1:${port}/postgres` });
    try {
      const [row] = rowsOf<{ who: string; jit: string; workers: string }>(
        await direct.db.execute(sql`SELECT session_user AS who, current_setting('jit') AS jit, current_setting('max_parallel_workers_per_gather') AS workers`),
      );
      expect(row).toEqual({ who: 'zhiben_app', jit: 'off', workers: '0' });
      await expect(direct.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
    } finally {
      await direct.close();
    }
  }, 60_000);
});
