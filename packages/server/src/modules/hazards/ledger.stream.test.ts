/**
 * The import writes a ledger batch by batch as it reads it (ledger.import.ts ledgerBatches), so a 100,000-row file is
 * never in memory as rows. What a user sees must not change for it: a file over the row limit is still refused with
 * nothing written (the count of row elements decides before the first batch), and a sheet that breaks off part-way
 * says how far it got and what was imported, so importing the mended file adds only the rest.
 */
import JSZip from 'jszip';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from '../../lib/exceljs.ts';
import { firstSheetRowsAtMost, readFirstSheetRows } from '../../lib/xlsx.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { multipartBody, XLSX_TYPE } from '../../testing/multipart.ts';

const ROWS = 1_000;
const BROKEN_BEFORE = 652; // sheet row (header in row 1): rows 2–651 read, 650 data rows

let t: TestApp;
let importer: string;
let enterprise: { uscc: string; name: string };

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 60 });
  importer = await t.login('guoyang_aqb');
  const [row] = await t.rows<{ uscc: string; name: string }>(sql`SELECT uscc, name FROM enterprises WHERE region_code LIKE '341621%' ORDER BY uscc LIMIT 1`);
  if (!row) throw new Error('demo enterprise missing');
  enterprise = row;
}, 120_000);
afterAll(async () => t?.close());

async function ledger(rows: number, tag: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['单位名称', '信用代码', '隐患内容', '排查日期', '隐患级别', '整改时限', '整改情况']);
  for (let i = 1; i <= rows; i++) sheet.addRow([enterprise.name, enterprise.uscc, `（示例）${tag}第${i}号货架超高堆放`, '2024-02-01', '一般', '2024-03-01', '整改中']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same workbook with its sheet's XML broken just before sheet row `row` (a well-formed zip, an unreadable sheet). */
async function brokenBefore(file: Buffer, row: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const name = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(name)?.async('string');
  const at = xml?.indexOf(`<row r="${row}"`) ?? -1;
  if (!xml || at < 0) throw new Error('row not found');
  zip.file(name, `${xml.slice(0, at)}<<broken${xml.slice(at)}`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

type Job = { status: string; error: string | null; result: { created: number; skipped: number; failed: number; total: number } | null };
async function commit(file: Buffer, url = '/api/hazards/import?wait=true'): Promise<Job> {
  const body = multipartBody({ name: 'ledger.xlsx', type: XLSX_TYPE, data: file });
  const response = await t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${importer}` } });
  expect(response.statusCode, response.body).toBe(202);
  return (response.json() as { job: Job }).job;
}
const countTagged = async (tag: string) =>
  (await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM hazards WHERE description LIKE ${`（示例）${tag}%`}`))[0]?.n;

describe('the import streams the ledger', () => {
  it('the row count never undercounts the rows the reader reads (any row count, either ExcelJS writer)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 300 }), fc.boolean(), async (rows, streamed) => {
        let file: Buffer;
        if (streamed) {
          const chunks: Buffer[] = [];
          const { PassThrough } = await import('node:stream');
          const out = new PassThrough();
          out.on('data', (chunk: Buffer) => chunks.push(chunk));
          const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
          const sheet = workbook.addWorksheet('台账');
          for (let i = 0; i < rows; i++) sheet.addRow([`第${i}行`, i]).commit();
          sheet.commit();
          await workbook.commit();
          file = Buffer.concat(chunks);
        } else {
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet('台账');
          for (let i = 0; i < rows; i++) sheet.addRow([`第${i}行`, i]);
          file = Buffer.from(await workbook.xlsx.writeBuffer());
        }
        let read = 0;
        for await (const _row of readFirstSheetRows(file)) read++;
        expect(read).toBe(rows);
        expect(await firstSheetRowsAtMost(file)).toBeGreaterThanOrEqual(read);
      }),
      { numRuns: 12 },
    );
  });

  it('a sheet that breaks off part-way: the batches before it are imported and the error says so; the preview writes nothing; the mended file adds only the rest', async () => {
    const good = await ledger(ROWS, '断点');
    const broken = await brokenBefore(good, BROKEN_BEFORE);

    const preview = await commit(broken, '/api/hazards/import/preview?wait=true');
    expect(preview.status).toBe('failed');
    expect(preview.error).toBe('文件不是有效的 .xlsx 表格');
    expect(await countTagged('断点')).toBe(0);

    const first = await commit(broken);
    expect(first.status).toBe('failed');
    // Three whole batches of 200 were written before the reader met the break in the fourth.
    expect(first.error).toBe('导入在第601行之后中断：文件此后的内容无法读取（文件可能已损坏）；第601行及之前的行已处理完毕，新建隐患600条；修复文件后重新导入会跳过已导入的隐患');
    expect(await countTagged('断点')).toBe(600);

    const mended = await commit(good);
    expect(mended.status, mended.error ?? '').toBe('succeeded');
    expect(mended.result).toMatchObject({ total: ROWS, created: ROWS - 600, skipped: 600, failed: 0 });
    expect(await countTagged('断点')).toBe(ROWS);
  }, 120_000);

  it('a file whose first bytes are no workbook is refused before anything is read', async () => {
    const job = await commit(Buffer.from('单位名称,隐患内容\n某公司,某隐患\n'));
    expect(job.status).toBe('failed');
    expect(job.error).toBe('文件不是有效的 .xlsx 表格');
  });
});
