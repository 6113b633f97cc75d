import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { rowsOf, type Database } from '../db/client.ts';
import type { SQL } from 'drizzle-orm';
import { seedReference } from '../seed/reference.ts';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo.ts';
import { openTestDatabase } from './test-db.ts';
import { testTipSettings, type TipSettings } from '../modules/tips/tips.config.ts';
import { configureAuditKeys } from '../modules/audit/audit.repository.ts';

export type TestClock = { now: () => Date; advance: (ms: number) => void; set: (at: Date) => void };

export function createTestClock(start = new Date('2026-11-23T08:00:00.000Z')): TestClock {
  let current = start.getTime();
  return { now: () => new Date(current), advance: (ms) => (current += ms), set: (at) => (current = at.getTime()) };
}

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  clock: TestClock;
  login: (username: string, password?: string) => Promise<string>;
  request: (
    token: string | null,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
  ) => Promise<LightMyRequestResponse>;
  /** Raw rows of a query, for comparing API answers with direct SQL. */
  rows: <T>(query: SQL) => Promise<T[]>;
  close: () => Promise<void>;
};

/** The app on a fresh database with reference data and a (smaller) demo region; the clock is under test control. */
export async function createTestApp(
  options: { enterpriseCount?: number; tips?: Partial<TipSettings>; logStream?: { write: (line: string) => void }; demoMode?: boolean } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock = createTestClock();
  const tips = { ...testTipSettings(), ...options.tips };
  configureAuditKeys(tips.identityKey);
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-files-'));
  await seedReference(database.db);
  await seedDemo(database.db, { enterpriseCount: options.enterpriseCount ?? 300, now: clock.now() });
  const app = await buildApp({
    database,
    clock,
    config: {
      bodyLimitBytes: 64 * 1024,
      uploadLimitBytes: 5 * 1024 * 1024,
      filesDir,
      webDist: '/nonexistent',
      cookieSecure: false,
      tips,
      ...(options.demoMode === undefined ? {} : { demoMode: options.demoMode }),
    },
    ...(options.logStream ? { logger: { stream: options.logStream, level: 'info' } } : {}),
  });
  await app.ready();
  const request: TestApp['request'] = (token, method, url, body) =>
    app.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
  return {
    app,
    database,
    clock,
    request,
    login: async (username, password = DEMO_PASSWORD) => {
      const response = await request(null, 'POST', '/api/auth/login', { username, password });
      if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.body}`);
      return (response.json() as { token: string }).token;
    },
    rows: async <T,>(query: SQL) => rowsOf<T>(await database.db.execute(query)),
    close: async () => {
      await app.close();
      await database.close();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
