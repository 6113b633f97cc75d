import { createHash } from 'node:crypto';
import ExcelJS from '../../lib/exceljs.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { usccCheckChar } from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { ledgerColumns } from '../../seed/reference.ts';
import { readFirstSheetRows } from '../../lib/xlsx.ts';
import { parseLedgerDate } from './ledger.spec.ts';
import { multipartBody, XLSX_TYPE } from '../../testing/multipart.ts';

let t: TestApp;
let aqb: string; // 涡阳县安委办: all of 涡阳县
let mengcheng: string; // 蒙城县安委办
let ent: string; // the demo enterprise's admin (a 涡阳县 enterprise)
type Ent = { id: string; uscc: string; name: string };
let own: Ent; // ent_admin's enterprise, hazchem
let other: Ent; // another 涡阳县 enterprise with a unique name (looked up by name)
let outside: Ent; // a 蒙城县 enterprise

const unknownUscc = (() => {
  const body = '91341621MA9YYYYYY'; // checksum-valid, never registered
  return body + String(usccCheckChar(body));
})();

async function postFile(token: string, url: string, file: Buffer) {
  const body = multipartBody({ name: 'ledger.xlsx', type: XLSX_TYPE, data: file });
  return t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${token}` } });
}

type JobBody = { job: { id: string; status: string; error: string | null; result: Record<string, unknown> } };
async function runImport(token: string, file: Buffer, mode: 'preview' | 'commit') {
  const response = await postFile(token, mode === 'preview' ? '/api/hazards/import/preview?wait=true' : '/api/hazards/import?wait=true', file);
  expect(response.statusCode, response.body).toBe(202);
  const { job } = response.json() as JobBody;
  expect(job.status, job.error ?? '').toBe('succeeded');
  return job;
}

/**
 * A ledger as offices keep them: two title rows, header aliases, enterprise cells merged over their hazards,
 * dates as text in four spellings, an Excel serial and a date cell, value aliases, a footer — and five bad rows.
 */
async function messyLedger(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2023年台账');
  sheet.addRow(['涡阳县2023年度安全生产隐患排查治理台账']);
  sheet.mergeCells('A1:O1');
  sheet.addRow(['填报单位：（示例）涡阳县安委办', '', '', '', '', '', '', '', '', '', '', '', '填报日期：2024年1月5日']);
  sheet.addRow(['序号', '单位名称', '信用代码', '行业领域', '隐患来源', '排查日期', '隐患内容', '隐患级别', '判定依据', '整改措施', '责任人', '整改时限', '整改情况', '销号日期', '隐患编号']);
  // Rows 4–6: one enterprise, its cells merged over three hazards.
  sheet.addRow([1, own.name, own.uscc, '危险化学品', '企业自查', '2023-05-06', '储罐区可燃气体报警器未定期检定', '一般', '', '委托检定', '张演示', '', '已销号', '2023/6/1', '']);
  sheet.addRow([2, '', '', '', '群众举报', '2023/5/7', '液氯储罐区未设置紧急切断装置', '重大隐患', '《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准》HG2017-5', '加装紧急切断阀', '李演示', '2027-01-31', '整改中', '', '']);
  sheet.addRow([3, '', '', '', '暗查暗访', '2023.5.8', '装卸区静电接地装置损坏', '一般事故隐患', '', '', '', '2023年6月30日', '待验收', '', '']);
  sheet.mergeCells('B4:B6');
  sheet.mergeCells('C4:C6');
  sheet.mergeCells('D4:D6');
  // Rows 7–8: an enterprise named only (no credit code), merged over two hazards; an Excel serial and a date cell.
  sheet.addRow([4, other.name, '', '', '', '2024年3月5日', '配电室未配备绝缘垫', '一般', '', '', '', 45387, '未整改', '', '']);
  sheet.addRow([5, '', '', '', '', new Date(Date.UTC(2024, 2, 6)), '车间疏散通道堆放杂物', '一般', '', '', '', '', '已整改', '', '']);
  sheet.mergeCells('B7:B8');
  // Row 9: an Excel serial found date (2023-03-15) and another system's number.
  sheet.addRow([6, own.name, own.uscc, '', '执法检查', 45000, '危化品仓库未设置防爆照明', '一般', '', '', '', '2024-01-31', '整改中', '', '涡应急〔2023〕15号']);
  // Rows 10–14: bad rows, one reason each.
  sheet.addRow([7, '（示例）未登记企业', unknownUscc, '', '', '2024-02-01', '未登记企业的隐患', '一般', '', '', '', '2024-03-01', '整改中', '', '']);
  sheet.addRow([8, outside.name, outside.uscc, '', '', '2024-02-01', '外县企业的隐患', '一般', '', '', '', '2024-03-01', '整改中', '', '']);
  sheet.addRow([9, own.name, own.uscc, '', '', '2027-01-01', '未来日期的隐患', '一般', '', '', '', '2027-02-01', '整改中', '', '']);
  sheet.addRow([10, own.name, own.uscc, '', '', '2024-02-01', '', '一般', '', '', '', '2024-03-01', '整改中', '', '']);
  sheet.addRow([11, own.name, own.uscc, '', '', '2024-02-01', '等级不明的隐患', '特别重大', '', '', '', '2024-03-01', '整改中', '', '']);
  sheet.addRow([]);
  sheet.addRow(['填表人：（示例）王演示    审核人：（示例）赵演示']);
  // A footer spread over the columns: a label where the 隐患内容 and the 排查日期 are.
  sheet.addRow(['', '', '', '', '', '填报日期：2024年1月5日', '审核人：（示例）赵演示', '', '', '', '联系电话：', '0558-0000000']);
  sheet.addRow(['', '单位（盖章）', '', '', '', '', '', '', '', '', '日期：', '2024-01-05']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function postWithFields(token: string, url: string, file: Buffer, fields: Record<string, string>) {
  const body = multipartBody({ name: 'ledger.xlsx', type: XLSX_TYPE, data: file }, fields);
  return t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${token}` } });
}

async function sheetRows(file: Buffer): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of readFirstSheetRows(file)) rows.push(row.cells);
  return rows;
}

type ListItem = { id: string; hazardNo: string; foundAt: string; status: string; title: string; source: string; stock: boolean; enterpriseId: string };
const list = async (token: string) => (await t.request(token, 'GET', '/api/hazards?pageSize=100')).json() as { items: ListItem[]; total: number };
const countHazards = async () => (await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM hazards`))[0]?.n;

let ledger: Buffer;
let previewJobId: string;
let importJobId: string;

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 120 });
  aqb = await t.login('guoyang_aqb');
  mengcheng = await t.login('mengcheng_aqb');
  ent = await t.login('ent_admin');
  const ownId = (await t.request(ent, 'GET', '/api/me')).json().enterprise.id as string;
  await t.database.db.execute(sql`UPDATE enterprises SET sectors = ARRAY['hazchem']::text[] WHERE id = ${ownId}`);
  const one = async (query: ReturnType<typeof sql>) => {
    const [row] = await t.rows<Ent>(query);
    if (!row) throw new Error('demo enterprise missing');
    return row;
  };
  own = await one(sql`SELECT id, uscc, name FROM enterprises WHERE id = ${ownId}`);
  other = await one(sql`
    SELECT id, uscc, name FROM enterprises e WHERE region_code LIKE '341621%' AND id <> ${ownId}
      AND (SELECT count(*) FROM enterprises d WHERE d.name = e.name) = 1 ORDER BY uscc LIMIT 1`);
  outside = await one(sql`SELECT id, uscc, name FROM enterprises WHERE region_code LIKE '341622%' ORDER BY uscc LIMIT 1`);
  ledger = await messyLedger();
});
afterAll(async () => t?.close());

describe('ledger dates', () => {
  it.each([
    ['2023-05-06', '2023-05-06'], ['2023/5/6', '2023-05-06'], ['2023.5.6', '2023-05-06'], ['2023年5月6日', '2023-05-06'],
    ['2023-05-06 14:30:00', '2023-05-06'], ['20230506', '2023-05-06'], ['45000', '2023-03-15'], ['2023-02-30', null], ['明天', null],
  ])('%s → %s', (text, expected) => {
    expect(parseLedgerDate(text)).toBe(expected);
  });
});

describe('隐患台账 import', () => {
  it('preview reports exactly the bad rows and columns, samples the good ones, and writes nothing', async () => {
    const job = await runImport(aqb, ledger, 'preview');
    previewJobId = job.id;
    const result = job.result as { total: number; valid: number; skipped: number; errors: { row: number; column: string; message: string }[]; sample: Record<string, unknown>[] };
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [10, '信用代码'],
      [11, '信用代码'],
      [12, '排查日期'],
      [13, '隐患内容'],
      [14, '隐患级别'],
    ]);
    expect(result.errors[0]?.message).toContain('未在企业名录中登记');
    expect(result.errors[1]?.message).toContain('不在本单位辖区');
    expect(result.errors[2]?.message).toContain('不能晚于今天');
    expect(result).toMatchObject({ total: 11, valid: 6, skipped: 0 });
    expect(result.sample).toHaveLength(6);
    expect(result.sample[0]).toMatchObject({ row: 4, hazardNo: null, uscc: own.uscc, enterpriseName: own.name, level: 'general', status: 'closed', foundAt: '2023-05-06', deadline: '2023-06-01' });
    expect(result.sample.map((s) => [s.row, s.foundAt, s.level, s.status, s.deadline])).toEqual([
      [4, '2023-05-06', 'general', 'closed', '2023-06-01'],
      [5, '2023-05-07', 'major', 'rectifying', '2027-01-31'],
      [6, '2023-05-08', 'general', 'pending_verification', '2023-06-30'],
      [7, '2024-03-05', 'general', 'rectifying', '2024-04-05'],
      [8, '2024-03-06', 'general', 'closed', '2024-03-06'],
      [9, '2023-03-15', 'general', 'rectifying', '2024-01-31'],
    ]);
    expect(result.sample[3]).toMatchObject({ uscc: other.uscc, enterpriseName: other.name }); // found by name, filled down
    expect(await countHazards()).toBe(0);
  });

  it('the refused rows download as a workbook: the ledger’s header and cells, the row number and every reason', async () => {
    const response = await postWithFields(aqb, '/api/hazards/import/errors.xlsx', ledger, { jobId: previewJobId });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const rows = await sheetRows(response.rawPayload);
    expect(rows[0]?.[0]).toBe('原行号');
    expect(rows[0]?.slice(1, 16)).toEqual(['序号', '单位名称', '信用代码', '行业领域', '隐患来源', '排查日期', '隐患内容', '隐患级别', '判定依据', '整改措施', '责任人', '整改时限', '整改情况', '销号日期', '隐患编号']);
    expect(rows[0]?.at(-1)).toBe('原因');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['10', '11', '12', '13', '14']);
    expect(rows[1]?.[3]).toBe(unknownUscc); // the original cells, as they were
    expect(rows[1]?.at(-1)).toContain('「信用代码」');
    expect(rows[1]?.at(-1)).toContain('未在企业名录中登记');
    expect(rows[5]?.at(-1)).toContain('特别重大');

    // Another file than the one checked, no job, another user's job: refused.
    const other = await postWithFields(aqb, '/api/hazards/import/errors.xlsx', Buffer.concat([ledger, Buffer.from(' ')]), { jobId: previewJobId });
    expect(other.statusCode).toBe(400);
    expect(other.json()).toMatchObject({ field: 'file', message: expect.stringContaining('文件不同') });
    const noJob = await postWithFields(aqb, '/api/hazards/import/errors.xlsx', ledger, { jobId: 'abc' });
    expect(noJob.json()).toMatchObject({ field: 'jobId' });
    expect((await postWithFields(mengcheng, '/api/hazards/import/errors.xlsx', ledger, { jobId: previewJobId })).statusCode).toBe(404);
    expect((await postWithFields(ent, '/api/hazards/import/errors.xlsx', ledger, { jobId: previewJobId })).statusCode).toBe(404);
  });

  it('commit creates the good rows with their historical statuses, each with one verified imported event', async () => {
    const job = await runImport(aqb, ledger, 'commit');
    importJobId = job.id;
    expect(job.result).toMatchObject({ total: 11, created: 6, skipped: 0, failed: 5 });
    expect((job.result.errors as unknown[]).length).toBe(5);

    const { items, total } = await list(aqb);
    expect(total).toBe(6);
    const byFound = new Map(items.map((i) => [i.foundAt, i]));
    const closedStock = byFound.get('2023-05-06');
    expect(closedStock).toMatchObject({ status: 'closed', stock: true, source: 'self_inspection', title: '储罐区可燃气体报警器未定期检定' });
    expect(closedStock?.hazardNo).toMatch(/^341621-2023-\d{6}$/);
    expect(byFound.get('2024-03-06')?.hazardNo).toMatch(/^341621-2024-\d{6}$/);

    const detail = (await t.request(aqb, 'GET', `/api/hazards/${closedStock?.id}`)).json();
    expect(detail.closedAt).toBe('2023-05-31T16:00:00.000Z'); // 2023-06-01 00:00 China time
    expect(detail.timelineVerified).toBe(true);
    expect(detail.timeline).toHaveLength(1);
    expect(detail.timeline[0]).toMatchObject({
      kind: 'imported',
      fromStatus: null,
      toStatus: 'closed',
      payload: { sourceRow: 4, fileSha256: createHash('sha256').update(ledger).digest('hex'), originalHazardNo: null, closedAt: '2023-06-01' },
    });
    expect(detail.plan).toMatchObject({ measures: '委托检定', responsible: '张演示' });
    // The row's other cells are kept on the event, labelled with the ledger's own headers for the timeline.
    const kept = detail.timeline[0].payload.ledger as Record<string, string>;
    expect(Object.keys(kept).length).toBeGreaterThan(0);
    expect(detail.timeline[0].payloadLabels).toEqual(Object.fromEntries(Object.keys(kept).map((key) => [key, expect.stringMatching(/^[\u4e00-\u9fff（）]+$/)])));
    expect(detail.timeline[0].payloadLabels).toMatchObject({ status: '整改状态（原文）' });

    const major = (await t.request(aqb, 'GET', `/api/hazards/${byFound.get('2023-05-07')?.id}`)).json();
    expect(major).toMatchObject({ level: 'major', status: 'rectifying', source: 'tip', sector: 'hazchem', criterionIds: ['HG2017-5'], deadline: '2027-01-31', closedAt: null, timelineVerified: true });
    const foreign = (await t.request(aqb, 'GET', `/api/hazards/${byFound.get('2023-03-15')?.id}`)).json();
    expect(foreign.timeline[0].payload.originalHazardNo).toBe('涡应急〔2023〕15号');
    expect(foreign.hazardNo).toMatch(/^341621-2023-\d{6}$/);
    expect(foreign.source).toBe('enforcement');

    for (const item of items) {
      const view = (await t.request(aqb, 'GET', `/api/hazards/${item.id}`)).json();
      expect(view.timelineVerified).toBe(true);
      expect(view.timeline.map((e: { kind: string }) => e.kind)).toEqual(['imported']);
    }
    // The enterprise never learns that a hazard came from a tip.
    const forEnterprise = (await t.request(ent, 'GET', `/api/hazards/${major.id}`)).json();
    expect(forEnterprise.source).toBe('supervision');
  });

  it('importing the same ledger again creates nothing', async () => {
    const job = await runImport(aqb, ledger, 'commit');
    expect(job.result).toMatchObject({ total: 11, created: 0, skipped: 6, failed: 5 });
    expect(await countHazards()).toBe(6);
  });

  it('exports canonical headers, and the export re-imports with nothing created', async () => {
    const response = await t.request(aqb, 'GET', '/api/hazards/export.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const file = response.rawPayload;
    const [header, ...rows] = await sheetRows(file);
    expect(header).toEqual(ledgerColumns().columns.map((c) => c.header));
    expect(rows).toHaveLength(6);
    const job = await runImport(aqb, file, 'commit');
    expect(job.result).toMatchObject({ total: 6, created: 0, skipped: 6, failed: 0 });
    expect(await countHazards()).toBe(6);
  });

  it('an enterprise exports only its own hazards, with a tip presented as 督导检查', async () => {
    const response = await t.request(ent, 'GET', '/api/hazards/export.xlsx');
    expect(response.statusCode).toBe(200);
    const [header, ...rows] = await sheetRows(response.rawPayload);
    const usccAt = header?.indexOf('统一社会信用代码') ?? -1;
    const sourceAt = header?.indexOf('隐患来源') ?? -1;
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r[usccAt] === own.uscc)).toBe(true);
    expect(rows.map((r) => r[sourceAt]).sort()).toEqual(['企业自查', '执法检查', '督导检查', '督导检查'].sort());
  });

  it('the template has the canonical headers and one example row', async () => {
    const response = await t.request(aqb, 'GET', '/api/hazards/import-template.xlsx');
    expect(response.statusCode).toBe(200);
    const [header, example] = await sheetRows(response.rawPayload);
    expect(header).toEqual(ledgerColumns().columns.map((c) => c.header));
    expect(example?.join('')).toContain('示例');
  });
});

describe('ledger scope', () => {
  it('another county sees neither the jobs nor the hazards', async () => {
    expect((await t.request(mengcheng, 'GET', `/api/jobs/${previewJobId}`)).statusCode).toBe(404);
    expect((await t.request(mengcheng, 'GET', `/api/jobs/${importJobId}`)).statusCode).toBe(404);
    expect((await list(mengcheng)).total).toBe(0);
    const [first] = (await list(aqb)).items;
    expect((await t.request(mengcheng, 'GET', `/api/hazards/${first?.id}`)).statusCode).toBe(404);
    const exported = await t.request(mengcheng, 'GET', '/api/hazards/export.xlsx');
    expect(await sheetRows(exported.rawPayload)).toHaveLength(1); // the header only
  });

  it('enterprise users get 404 on every import endpoint', async () => {
    expect((await postFile(ent, '/api/hazards/import/preview', ledger)).statusCode).toBe(404);
    expect((await postFile(ent, '/api/hazards/import', ledger)).statusCode).toBe(404);
    expect((await t.request(ent, 'GET', '/api/hazards/import-template.xlsx')).statusCode).toBe(404);
    expect(await countHazards()).toBe(6);
  });

  it('a cell read with a replacement character (exceljs streaming bug) rejects its row instead of storing garbled text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['统一社会信用代码', '隐患描述', '发现日期', '整改期限']);
    sheet.addRow([own.uscc, '配电\uFFFD未配备绝缘垫', '2024-05-01', '2024-06-01']);
    const job = await runImport(aqb, Buffer.from(await workbook.xlsx.writeBuffer()), 'preview');
    expect(job.result).toMatchObject({ total: 1, valid: 0, errors: [{ row: 2, column: '隐患描述' }] });
  });

  it('a row naming a sector its enterprise does not have is rejected, even for a committee that sees every sector', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['统一社会信用代码', '行业领域', '隐患描述', '发现日期', '整改期限']);
    sheet.addRow([own.uscc, '矿山', '井下通风设施损坏（错报行业测试）', '2024-05-01', '2024-06-01']); // own is hazchem only
    sheet.addRow([own.uscc, '危险化学品', '罐区围堰破损（行业正确）', '2024-05-01', '2024-06-01']);
    const job = await runImport(aqb, Buffer.from(await workbook.xlsx.writeBuffer()), 'preview');
    expect(job.result).toMatchObject({ total: 2, valid: 1, errors: [{ row: 2, column: '行业领域' }] });
    expect(JSON.stringify(job.result)).toContain('未登记此行业领域');
  });

  it('accepts the wordings of real ledgers (危化, 整改完毕 …) and suggests the value a near miss meant', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['统一社会信用代码', '行业领域', '隐患描述', '发现日期', '隐患等级', '整改期限', '整改状态', '销号日期']);
    sheet.addRow([own.uscc, '危化', '罐区围堰破损（别名测试）', '2024-05-01', '一般隐患', '2024-06-01', '整改完毕', '2024-05-20']);
    sheet.addRow([own.uscc, '危险化学', '装车鹤管静电夹损坏（近似测试）', '2024-05-01', '一般', '2024-06-01', '整改中', '']);
    sheet.addRow([own.uscc, '危化品', '消防泵房积水（近似测试）', '2024-05-01', '一搬', '2024-06-01', '整改中', '']);
    sheet.addRow([own.uscc, '危化品', '储罐液位计失灵（近似测试）', '2024-05-01', '一般', '2024-06-01', '整改终', '']);
    sheet.addRow([own.uscc, '危化品', '仓库照明不防爆（远离测试）', '2024-05-01', '一般', '2024-06-01', '看情况', '']);
    const job = await runImport(aqb, Buffer.from(await workbook.xlsx.writeBuffer()), 'preview');
    const result = job.result as { total: number; valid: number; errors: { row: number; column: string; message: string }[]; sample: { row: number; status: string }[] };
    expect(result).toMatchObject({ total: 5, valid: 1 });
    expect(result.sample).toEqual([expect.objectContaining({ row: 2, status: 'closed' })]);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([[3, '行业领域'], [4, '隐患等级'], [5, '整改状态'], [6, '整改状态']]);
    expect(result.errors[0]?.message).toContain('您是否指“危险化学品”？');
    expect(result.errors[1]?.message).toContain('您是否指“一般”？');
    expect(result.errors[2]?.message).toContain('您是否指“整改中”？');
    expect(result.errors[3]?.message).not.toContain('您是否指');
  });

  it('a file that is not a ledger fails its job with a zh-CN reason', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['姓名', '电话']);
    const response = await postFile(aqb, '/api/hazards/import/preview?wait=true', Buffer.from(await workbook.xlsx.writeBuffer()));
    const { job } = response.json() as JobBody;
    expect(job.status).toBe('failed');
    expect(job.error).toContain('表头');
  });
});

describe('hazard numbers from a ledger', () => {
  it('keeps our own numbers and moves the counter past them; other numbers get a new one', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['隐患编号', '统一社会信用代码', '隐患描述', '发现日期', '整改期限']);
    sheet.addRow(['341621-2025-000500', other.uscc, '锅炉房未设置可燃气体报警', '2025-06-01', '2025-07-01']);
    sheet.addRow(['341622-2025-000001', other.uscc, '叉车未定期检验', '2025-06-01', '2025-07-01']); // another county's number
    const job = await runImport(aqb, Buffer.from(await workbook.xlsx.writeBuffer()), 'commit');
    expect(job.result).toMatchObject({ created: 2, failed: 0 });
    const numbers = await t.rows<{ hazard_no: string; description: string }>(sql`SELECT hazard_no, description FROM hazards WHERE found_at = '2025-06-01' ORDER BY description`);
    expect(numbers.find((n) => n.description === '锅炉房未设置可燃气体报警')?.hazard_no).toBe('341621-2025-000500');
    expect(numbers.find((n) => n.description === '叉车未定期检验')?.hazard_no).toMatch(/^341621-2025-\d{6}$/);

    const registered = await t.request(aqb, 'POST', '/api/hazards', {
      enterpriseId: other.id, level: 'general', title: '登记的新隐患', foundAt: '2025-06-02', deadline: '2025-07-02',
    });
    expect(registered.statusCode, registered.body).toBe(201);
    expect(registered.json().hazardNo).toBe('341621-2025-000502');
  });
});
