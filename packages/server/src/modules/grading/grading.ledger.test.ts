import ExcelJS from '../../lib/exceljs.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { LEDGER_GRADING_ALWAYS, ledgerGrader, type LedgerGraderOptions, type LedgerGradingReport } from './grading.ledger.ts';
import { ledgerWorkerFor, stopLedgerWorkers } from './grading.worker-pool.ts';
import { ROW_ON_MAIN } from './grading.worker-protocol.ts';
import { multipartBody, XLSX_TYPE } from '../../testing/multipart.ts';

let t: TestApp;
let aqb: string;
let own: { id: string; uscc: string; name: string };

const DUST = '木工车间干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施';

async function ledger(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['单位名称', '信用代码', '行业领域', '排查日期', '隐患内容', '隐患级别', '判定依据', '整改时限', '整改情况']);
  sheet.addRow([own.name, own.uscc, '工贸', '2026-11-02', DUST, '一般', '', '2026-12-31', '整改中']); // row 2: under-graded
  sheet.addRow([own.name, own.uscc, '工贸', '2026-11-03', '有限空间作业现场未设置监护人员', '重大', '', '2026-12-31', '整改中']); // row 3: no basis
  sheet.addRow([own.name, own.uscc, '工贸', '2026-11-04', '办公区一盏应急照明灯不亮', '一般', '', '2026-12-31', '整改中']); // row 4: fine
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function post(url: string, file: Buffer, criteria?: string) {
  const body = multipartBody({ name: 'ledger.xlsx', type: XLSX_TYPE, data: file }, criteria === undefined ? {} : { criteria });
  return t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${aqb}` } });
}

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 40 });
  aqb = await t.login('guoyang_aqb');
  const ent = await t.login('ent_admin');
  own = (await t.request(ent, 'GET', '/api/me')).json().enterprise;
  await t.database.db.execute(sql`UPDATE enterprises SET sectors = ARRAY['industry_trade']::text[] WHERE id = ${own.id}`);
  own = { ...own, ...(await t.rows<{ uscc: string; name: string }>(sql`SELECT uscc, name FROM enterprises WHERE id = ${own.id}`))[0]! };
});
afterAll(async () => t?.close());

describe('判定助手 in the 台账 preview and import', () => {
  it('checks every row in the preview: suggestions per row, flags for under-graded and unfounded major rows', async () => {
    const response = await post('/api/hazards/import/preview?wait=true', await ledger());
    expect(response.statusCode, response.body).toBe(202);
    const { job } = response.json();
    expect(job.status, job.error ?? '').toBe('succeeded');
    const grading = job.result.grading as LedgerGradingReport;
    expect(grading.checked).toBe(3);
    const byRow = new Map(grading.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)).toMatchObject({ flag: 'under_graded', verdict: 'major' });
    expect(byRow.get(2)!.items[0]!.criterionId).toBe('GM10-11-3');
    expect(byRow.get(2)!.items[0]!.highlights.length).toBeGreaterThan(0);
    expect(byRow.get(3)).toMatchObject({ flag: 'missing_basis' });
    expect(byRow.get(3)!.items.some((i) => i.criterionId === 'GM10-13-2')).toBe(true);
    expect(byRow.get(4)?.flag ?? null).toBeNull();
    expect(grading.counts.under_graded).toBe(1);
    expect(grading.counts.missing_basis).toBe(1);
  });

  it('checks every row in the follow-up job the console starts when the preview left rows unchecked', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['单位名称', '信用代码', '行业领域', '排查日期', '隐患内容', '隐患级别', '判定依据', '整改时限', '整改情况']);
    for (let i = 0; i < 60; i++) sheet.addRow([own.name, own.uscc, '工贸', `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`, `${DUST}（第${i + 1}处）`, '一般', '', '2026-12-31', '整改中']);
    const response = await post('/api/hazards/import/grading?wait=true', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(response.statusCode, response.body).toBe(202);
    const { job } = response.json();
    expect(job.status, job.error ?? '').toBe('succeeded');
    expect(job.result.valid).toBe(60);
    const grading = job.result.grading as LedgerGradingReport;
    expect([grading.checked, grading.unchecked]).toEqual([60, 0]);
    expect(grading.counts.under_graded).toBe(60);
    // Read-only: nothing was written.
    expect((await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM hazards WHERE description LIKE ${`${DUST}（第%`}`))[0]?.n).toBe(0);
    // Only staff who may import: the enterprise and the system administrator get 404.
    for (const who of ['ent_admin', 'sysadmin']) {
      const body = multipartBody({ name: 'ledger.xlsx', type: XLSX_TYPE, data: await ledger() });
      const refused = await t.app.inject({ method: 'POST', url: '/api/hazards/import/grading', payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${await t.login(who)}` } });
      expect(refused.statusCode, who).toBe(404);
    }
  });

  it('adds the criteria picked in the preview to the imported rows, never the level', async () => {
    const response = await post('/api/hazards/import?wait=true', await ledger(), JSON.stringify({ 2: ['GM10-11-3'], 3: ['GM10-13-2', 'NO-SUCH-ITEM'] }));
    expect(response.statusCode, response.body).toBe(202);
    expect(response.json().job.status).toBe('succeeded');
    const rows = await t.rows<{ description: string; level: string; criterion_ids: string[] }>(
      sql`SELECT description, level, criterion_ids FROM hazards WHERE enterprise_id = ${own.id} AND found_at BETWEEN '2026-11-02' AND '2026-11-04' ORDER BY found_at`,
    );
    expect(rows.map((r) => [r.level, r.criterion_ids])).toEqual([
      ['general', ['GM10-11-3']],
      ['major', ['GM10-13-2']],
      ['general', []],
    ]);
  });

  it('rejects malformed picks with the field named', async () => {
    const response = await post('/api/hazards/import?wait=true', await ledger(), '{"x": 1}');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('判定依据选择');
  });
});

describe('判定助手 ledger thread', () => {
  // Rows as a preview hands them over: every row as soon as it is parsed (`prepare`), valid rows again once resolved
  // (`add`). Some parsed rows turn out invalid (prepared, never added); one valid row arrives without `prepare`.
  const findings = [DUST, '有限空间作业现场未设置监护人员', '办公区一盏应急照明灯不亮', '罐区进出料管线未设置紧急切断阀', '消防通道堆放杂物'];
  const rows = Array.from({ length: 120 }, (_, i) => ({
    row: i + 2,
    title: '',
    description: `${findings[i % findings.length]!}（第${i + 1}处）`,
    level: (i % 7 === 0 ? 'major' : 'general') as 'major' | 'general',
    criterionIds: i % 14 === 0 ? ['GM10-13-2'] : [],
    foundAt: '2026-11-02',
    sectors: [i % 2 === 0 ? 'industry_trade' : 'hazardous_chemicals'],
  }));
  const invalid = new Set([5, 17, 60]);

  async function grade(options: LedgerGraderOptions, startedAt?: number, beforeResult?: () => Promise<void>) {
    const grader = await ledgerGrader(t.database.db, startedAt ?? performance.now(), options);
    for (const r of rows) if (r.row !== 40) grader.prepare(r);
    for (const r of rows) if (!invalid.has(r.row)) await grader.add(r);
    await beforeResult?.();
    return grader.result();
  }

  it('reports exactly what checking in-process reports', async () => {
    const inProcess = await grade({ everyRow: true, thread: false });
    expect(inProcess.checked).toBe(rows.length - invalid.size);
    expect(inProcess.counts.missing_basis + inProcess.counts.under_graded).toBeGreaterThan(0);
    expect(await grade({ everyRow: true })).toEqual(inProcess);
  });

  it('shares the rows the thread has not reached with the main thread, and reports the same', async () => {
    // Long descriptions: the thread is still on the first rows when the main thread asks for the report.
    const long = rows.map((r) => ({ ...r, description: `${r.description}。${'车间现场检查记录，'.repeat(150)}${r.description}` }));
    const run = async (options: LedgerGraderOptions) => {
      const grader = await ledgerGrader(t.database.db, performance.now(), options);
      for (const r of long) if (r.row !== 40) grader.prepare(r);
      for (const r of long) if (!invalid.has(r.row)) await grader.add(r);
      return grader.result();
    };
    const inProcess = await run({ everyRow: true, thread: false });
    const split = { onThread: 0, onMain: 0 };
    expect(await run({ everyRow: true, observe: (s) => Object.assign(split, s) })).toEqual(inProcess);
    expect(split.onMain).toBeGreaterThan(0);
    expect(split.onThread).toBeGreaterThanOrEqual(LEDGER_GRADING_ALWAYS);
    expect(split.onThread + split.onMain).toBe(rows.length - invalid.size);
  });

  it('when time runs out before the thread reaches a batch, leaves the rows the main thread claimed to it', async () => {
    // The thread is kept busy by a batch of long descriptions; meanwhile the main thread has claimed the last rows of
    // the next batch, and the preview's time runs out. The thread must neither check nor count those rows.
    const worker = await ledgerWorkerFor(t.database.db);
    const job = worker.open(0);
    const input = (row: number, description: string) => ({ row, title: '', description, level: 'general' as const, criterionIds: [], foundAt: '2026-11-02' });
    // Seconds of work for the thread, of which it does only the first milliseconds: time runs out at once.
    const busy = Array.from({ length: 2000 }, (_, i) => input(i + 2, `${DUST}。${'车间现场检查记录，'.repeat(150)}（第${i}处）`));
    const next = Array.from({ length: 50 }, (_, i) => input(i + 2002, `${DUST}（第${i}处）`));
    job.prepare(busy, new SharedArrayBuffer(busy.length));
    const claims = new Uint8Array(new SharedArrayBuffer(next.length));
    for (let i = 40; i < next.length; i++) claims[i] = ROW_ON_MAIN;
    job.prepare(next, claims.buffer as SharedArrayBuffer);
    job.send([...busy, ...next].map((r) => ({ row: r.row, sectors: 'industry_trade' })), { industry_trade: [] });
    const report = await job.close(performance.now());
    expect(report.checked + report.unchecked).toBe(busy.length + next.length - 10);
    expect(report.unchecked).toBeGreaterThan(0);
  });

  it('under the preview budget: every valid row is checked or counted unchecked, the first rows always', async () => {
    // Started "now": the budget is about zero, so most rows are left to the follow-up check.
    const report = await grade({}, performance.now());
    const valid = rows.length - invalid.size;
    expect(report.checked + report.unchecked).toBe(valid);
    expect(report.checked).toBeGreaterThanOrEqual(LEDGER_GRADING_ALWAYS);
    expect(report.counts.major + report.counts.uncertain + report.counts.not_major).toBe(report.checked);
    expect(report.rows.slice(0, LEDGER_GRADING_ALWAYS).map((r) => r.row)).toEqual(rows.filter((r) => !invalid.has(r.row)).slice(0, LEDGER_GRADING_ALWAYS).map((r) => r.row));
  });

  it('checks in-process when the thread dies, with the same report, keeping the rows the main thread checked', async () => {
    const inProcess = await grade({ everyRow: true, thread: false });
    // The thread dies before the rows reach it: the main thread checks every row from the back but the first ones,
    // and those are checked after the thread is found dead — each valid row once.
    const split: { onThread: number; onMain: number; inProcess?: number } = { onThread: -1, onMain: -1 };
    expect(await grade({ everyRow: true, observe: (s) => Object.assign(split, s) }, undefined, stopLedgerWorkers)).toEqual(inProcess);
    expect(split.onThread).toBe(0);
    expect(split.onMain).toBeGreaterThan(0);
    expect(split.onMain + (split.inProcess ?? 0)).toBe(rows.length - invalid.size);
    // …and the next preview starts a new thread.
    expect(await grade({ everyRow: true })).toEqual(inProcess);
  });
});
