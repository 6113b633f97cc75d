/**
 * A long ledger import must not stall other users (security probe D11: on embedded PGlite a 10,000-row import kept
 * every other request waiting until it ended, because the import's awaits resolved at once and the event loop never
 * took in new connections). Another user's request over a real socket, sent right after the import starts, must be
 * answered while the import is still running. Run on PostgreSQL too (there the driver's I/O always lets it through).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from '../../lib/exceljs.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { multipartBody, XLSX_TYPE } from '../../testing/multipart.ts';

const ROWS = 10_000;

let t: TestApp;
let importer: string;
let other: string;
let ledger: Buffer;
let baseUrl: string;

async function bigLedger(enterprise: { uscc: string; name: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['单位名称', '信用代码', '隐患内容', '排查日期', '隐患级别', '整改时限', '整改情况']);
  for (let i = 1; i <= ROWS; i++) sheet.addRow([enterprise.name, enterprise.uscc, `（示例）仓库第${i}号货架超高堆放`, '2024-02-01', '一般', '2024-03-01', '整改中']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 60 });
  importer = await t.login('guoyang_aqb');
  other = await t.login('mengcheng_aqb');
  const [enterprise] = await t.rows<{ uscc: string; name: string }>(sql`SELECT uscc, name FROM enterprises WHERE region_code LIKE '341621%' ORDER BY uscc LIMIT 1`);
  if (!enterprise) throw new Error('demo enterprise missing');
  ledger = await bigLedger(enterprise);
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);
afterAll(async () => t?.close());

it('another user is answered while a 10,000-row import runs', async () => {
  const body = multipartBody({ name: 'ledger.xlsx', type: XLSX_TYPE, data: ledger });
  const started = await t.app.inject({ method: 'POST', url: '/api/hazards/import', payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${importer}` } });
  expect(started.statusCode, started.body).toBe(202);
  const jobId = (started.json() as { job: { id: string } }).job.id;

  // Wait (on a timer, as a server's socket I/O waits) until the import is writing; without yields the timer only
  // fires once the import has ended.
  const written = async () => (await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM hazards WHERE title LIKE '（示例）仓库第%'`))[0]?.n ?? 0;
  while ((await written()) === 0) await new Promise((resolve) => setTimeout(resolve, 20));

  const sentAt = performance.now();
  const answer = await fetch(`${baseUrl}/api/hazards?pageSize=5`, { headers: { authorization: `Bearer ${other}`, connection: 'close' } });
  const waitedMs = Math.round(performance.now() - sentAt);
  expect(answer.status).toBe(200);
  const [job] = await t.rows<{ status: string }>(sql`SELECT status FROM jobs WHERE id = ${jobId}`);
  // Answered before the import ended (the time is reported, not asserted: that is a benchmark's job).
  expect({ status: job?.status, unfinished: (await written()) < ROWS }, `answered after ${waitedMs} ms`).toEqual({ status: 'running', unfinished: true });

  // The import still completes, every row once.
  for (let i = 0; i < 600; i++) {
    const [now] = await t.rows<{ status: string }>(sql`SELECT status FROM jobs WHERE id = ${jobId}`);
    if (now?.status !== 'running' && now?.status !== 'queued') break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const [done] = await t.rows<{ status: string }>(sql`SELECT status FROM jobs WHERE id = ${jobId}`);
  expect({ status: done?.status, rows: await written() }).toEqual({ status: 'succeeded', rows: ROWS });
}, 300_000);
