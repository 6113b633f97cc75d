import ExcelJS from '../../lib/exceljs.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { usccCheckChar, scopeFor } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { insertJob, systemFailInterruptedJobs, updateJob, findOwnJob } from '../jobs/jobs.repository.ts';
import { importEnterprises } from './enterprises.xlsx.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 10 });
});
afterAll(async () => t?.close());

const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function uscc(n: number): string {
  let tail = '';
  for (let v = n, i = 0; i < 6; i++, v = Math.floor(v / 31)) tail = CHARS[v % 31] + tail;
  const body = `91341621MA3${tail}`;
  return body + usccCheckChar(body);
}

async function register(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名录');
  sheet.addRow(['统一社会信用代码', '企业名称', '行政区划代码', '行业领域']);
  for (let i = 0; i < rows; i++) sheet.addRow([uscc(i), `涡阳演示批量${i}号有限公司`, '341621001000', '消防安全']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A Db whose Nth transaction fails after its work is done, like a process killed before COMMIT. */
function crashingOnTransaction(db: Db, n: number): Db {
  let calls = 0;
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'transaction') return Reflect.get(target, prop, receiver);
      return async (work: (tx: Db) => Promise<unknown>) => {
        calls++;
        if (calls !== n) return target.transaction(work);
        return target.transaction(async (tx) => {
          await work(tx);
          throw new Error('simulated crash before commit');
        });
      };
    },
  });
}

const countImported = async () =>
  (await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM enterprises WHERE name LIKE '涡阳演示批量%'`))[0]?.n;

describe('import atomicity', () => {
  it('a crash mid-import leaves whole batches only, and importing again completes it without duplicates', async () => {
    const file = await register(1200);
    const scope = scopeFor({ userId: 'x', roles: ['committee_officer'], org: { id: 'o', kind: 'committee', regionCode: '341621000000', sectors: [] }, enterpriseId: null });
    const who = { userId: null, name: 'test', ip: null };
    const noProgress = async () => undefined;
    // Batches are transactions 1..3 (500, 500, 200 rows); the audit append nests inside each one.
    await expect(importEnterprises({ db: crashingOnTransaction(t.database.db, 2), clock: t.clock }, scope, who, file, noProgress)).rejects.toThrow('simulated crash');
    expect(await countImported()).toBe(500);

    const result = await importEnterprises({ db: t.database.db, clock: t.clock }, scope, who, file, noProgress);
    expect(result).toMatchObject({ created: 700, updated: 500, failed: 0, total: 1200 });
    expect(await countImported()).toBe(1200);
  });

  it('jobs that were running when the process died are marked failed at start-up', async () => {
    const [user] = await t.rows<{ id: string }>(sql`SELECT id FROM users WHERE username = 'guoyang_aqb'`);
    const job = await insertJob(t.database.db, { kind: 'enterprise_import', createdBy: String(user?.id), progressTotal: 1200 });
    await updateJob(t.database.db, job.id, { status: 'running', progressDone: 500 });
    expect(await systemFailInterruptedJobs(t.database.db, t.clock.now())).toBe(1);
    const after = await findOwnJob(t.database.db, job.id, String(user?.id));
    expect(after).toMatchObject({ status: 'failed', progressDone: 500 });
    expect(after?.error).toContain('服务重启');
  });
});
