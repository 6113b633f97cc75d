import ExcelJS from '../../lib/exceljs.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like, sql } from 'drizzle-orm';
import { usccCheckChar } from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { enterprises } from '../../db/schema/index.ts';
import { multipartBody, XLSX_TYPE } from '../../testing/multipart.ts';

let t: TestApp;
let mengchengEnterpriseId: string;
let guoyangHazchemId: string;
let guoyangSchoolOnlyId: string;

const validUscc = (body: string) => `${body}${usccCheckChar(body)}`;

async function xlsx(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function multipart(buffer: Buffer, filename = 'enterprises.xlsx') {
  return multipartBody({ name: filename, type: XLSX_TYPE, data: buffer });
}

async function upload(token: string, buffer: Buffer) {
  const { payload, headers } = multipart(buffer);
  return t.app.inject({ method: 'POST', url: '/api/enterprises/import?wait=true', payload, headers: { ...headers, authorization: `Bearer ${token}` } });
}

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 300 });
  const db = t.database.db;
  const [m] = await db.select({ id: enterprises.id }).from(enterprises).where(like(enterprises.regionCode, '341622%')).limit(1);
  const [h] = await db.select({ id: enterprises.id }).from(enterprises)
    .where(and(like(enterprises.regionCode, '341621%'), sql`${enterprises.sectors} @> ARRAY['hazchem']::text[]`)).limit(1);
  const [s] = await db.select({ id: enterprises.id }).from(enterprises)
    .where(and(like(enterprises.regionCode, '341621%'), eq(enterprises.sectors, ['school']))).limit(1);
  if (!m || !h || !s) throw new Error('demo data lacks the enterprises these tests need');
  mengchengEnterpriseId = m.id;
  guoyangHazchemId = h.id;
  guoyangSchoolOnlyId = s.id;
});
afterAll(async () => t?.close());

describe('enterprise scope', () => {
  it('a 涡阳县 officer gets 404 for a 蒙城县 enterprise, and lists never include it', async () => {
    const token = await t.login('guoyang_aqb');
    expect((await t.request(token, 'GET', `/api/enterprises/${mengchengEnterpriseId}`)).statusCode).toBe(404);
    expect((await t.request(token, 'PATCH', `/api/enterprises/${mengchengEnterpriseId}`, { version: 1, name: '改名测试企业' })).statusCode).toBe(404);
    const list = (await t.request(token, 'GET', '/api/enterprises?pageSize=200')).json();
    expect(list.total).toBeGreaterThan(0);
    expect(list.items.every((e: { regionCode: string }) => e.regionCode.startsWith('341621'))).toBe(true);
    const all: string[] = [];
    for (let page = 1; page <= Math.ceil(list.total / 200); page++) {
      all.push(...(await t.request(token, 'GET', `/api/enterprises?pageSize=200&page=${page}`)).json().items.map((e: { id: string }) => e.id));
    }
    expect(all).not.toContain(mengchengEnterpriseId);
    const [direct] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM enterprises WHERE region_code LIKE '341621%'`);
    expect(list.total).toBe(direct?.n);
  });

  it('a regulator sees only enterprises in its sectors', async () => {
    const token = await t.login('guoyang_yjj');
    expect((await t.request(token, 'GET', `/api/enterprises/${guoyangHazchemId}`)).statusCode).toBe(200);
    expect((await t.request(token, 'GET', `/api/enterprises/${guoyangSchoolOnlyId}`)).statusCode).toBe(404);
    const stats = (await t.request(token, 'GET', '/api/enterprises/stats')).json();
    const sectors = stats.bySector.map((s: { sector: string }) => s.sector);
    expect(sectors).not.toContain('school');
  });

  it('the city committee sees every county', async () => {
    const token = await t.login('bozhou_aqb');
    expect((await t.request(token, 'GET', `/api/enterprises/${mengchengEnterpriseId}`)).statusCode).toBe(200);
    expect((await t.request(token, 'GET', `/api/enterprises/${guoyangHazchemId}`)).statusCode).toBe(200);
  });

  it('sysadmin and auditor see no business data', async () => {
    for (const username of ['sysadmin', 'auditor']) {
      const token = await t.login(username);
      expect((await t.request(token, 'GET', '/api/enterprises')).statusCode).toBe(404);
      expect((await t.request(token, 'GET', `/api/enterprises/${guoyangHazchemId}`)).statusCode).toBe(404);
      expect((await t.request(token, 'GET', '/api/enterprises/export.xlsx')).statusCode).toBe(404);
    }
  });

  it('an enterprise user sees and edits only its own profile contacts', async () => {
    const token = await t.login('ent_admin');
    const me = (await t.request(token, 'GET', '/api/me')).json();
    const own = await t.request(token, 'GET', `/api/enterprises/${me.enterprise.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().actions).toEqual(['edit_contacts']);
    expect((await t.request(token, 'GET', `/api/enterprises/${mengchengEnterpriseId}`)).statusCode).toBe(404);
    expect((await t.request(token, 'GET', '/api/enterprises')).statusCode).toBe(404);
    const edit = await t.request(token, 'PATCH', `/api/enterprises/${me.enterprise.id}`, {
      version: own.json().version,
      principal: { name: '张演示', phone: '13900001234' },
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().principal).toEqual({ name: '张演示', phone: '13900001234' });
    const forbidden = await t.request(token, 'PATCH', `/api/enterprises/${me.enterprise.id}`, { version: edit.json().version, status: 'closed' });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().field).toBe('status');
  });
});

describe('enterprise create and edit', () => {
  it('rejects a bad USCC naming the field, and saves nothing', async () => {
    const token = await t.login('guoyang_aqb');
    const response = await t.request(token, 'POST', '/api/enterprises', {
      uscc: '91341621MA2XXXXXX0', name: '涡阳演示校验失败有限公司', regionCode: '341621001000', sectors: ['industry_trade'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'ENTERPRISE_USCC_INVALID', field: 'uscc' });
    expect(response.json().message).toContain('统一社会信用代码');
    const [row] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM enterprises WHERE name = '涡阳演示校验失败有限公司'`);
    expect(row?.n).toBe(0);
  });

  it('names the field for wrong types', async () => {
    const token = await t.login('guoyang_aqb');
    const response = await t.request(token, 'POST', '/api/enterprises', { uscc: 123, name: '演示', regionCode: '3416', sectors: 'fire' });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/「(统一社会信用代码|名称|所在地区|行业领域)」/);
  });

  it('creates within scope, refuses other regions and foreign sectors, and detects stale edits', async () => {
    const token = await t.login('guoyang_yjj');
    const base = { name: '涡阳演示新建化工有限公司', regionCode: '341621001000', sectors: ['hazchem'] };
    const created = await t.request(token, 'POST', '/api/enterprises', { ...base, uscc: validUscc('91341621MA2T00001') });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ highRisk: true, actions: ['edit'], regionName: expect.any(String) });
    const duplicate = await t.request(token, 'POST', '/api/enterprises', { ...base, uscc: validUscc('91341621MA2T00001') });
    expect(duplicate.statusCode).toBe(409);
    const otherCounty = await t.request(token, 'POST', '/api/enterprises', { ...base, uscc: validUscc('91341622MA2T00002'), regionCode: '341622000000' });
    expect(otherCounty.json().code).toBe('ENTERPRISE_REGION_OUT_OF_SCOPE');
    const otherSector = await t.request(token, 'POST', '/api/enterprises', { ...base, uscc: validUscc('91341621MA2T00003'), sectors: ['school'] });
    expect(otherSector.json().code).toBe('ENTERPRISE_SECTOR_OUT_OF_SCOPE');

    const id = created.json().id as string;
    const first = await t.request(token, 'PATCH', `/api/enterprises/${id}`, { version: 1, address: '城关街道演示路1号' });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await t.request(token, 'PATCH', `/api/enterprises/${id}`, { version: 1, address: '城关街道演示路2号' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
  });
});

describe('enterprise import and export', () => {
  it('saves the good rows, reports every bad one by row and column, and never duplicates on re-import', async () => {
    const token = await t.login('guoyang_aqb');
    const good1 = validUscc('91341621MA2K00001');
    const good2 = validUscc('91341621MA2K00002');
    const rows = [
      ['涡阳县企业名录（演示导入）'],
      ['统一社会信用代码', '单位名称', '行政区划代码', '所在乡镇', '行业', '规模', '主要负责人'],
      [good1, '涡阳演示导入一号有限公司', '341621001000', '', '危险化学品', '小型', '李演示'],
      ['91341621MA2I00003X', '涡阳演示坏代码有限公司', '341621001000', '', '消防安全', '小型', ''],
      [good2, '涡阳演示导入二号有限公司', '', '城关街道', '工贸；消防安全', '微型', ''],
      [validUscc('91341621MA2K00004'), '', '341621001000', '', '消防安全', '', ''],
      [validUscc('91341621MA2K00005'), '涡阳演示未知区划有限公司', '999999999999', '', '消防安全', '', ''],
      [validUscc('91341621MA2K00006'), '涡阳演示外县企业有限公司', '341622000000', '', '消防安全', '', ''],
      [good1, '涡阳演示重复代码有限公司', '341621001000', '', '危险化学品', '', ''],
      [validUscc('91341621MA2K00007'), '涡阳演示未知行业有限公司', '341621001000', '', '造火箭', '', ''],
    ];
    const first = await upload(token, await xlsx(rows));
    expect(first.statusCode).toBe(202);
    const job = first.json().job;
    expect(job.status).toBe('succeeded');
    expect(job.result, JSON.stringify(job.result.errors)).toMatchObject({ created: 2, updated: 0, failed: 6, total: 8 });
    const errors = job.result.errors as { row: number; column: string; message: string }[];
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [4, '统一社会信用代码'],
      [6, '企业名称'],
      [7, '行政区划代码'],
      [8, '行政区划代码'],
      [9, '统一社会信用代码'],
      [10, '行业领域'],
    ]);
    expect(errors.find((e) => e.row === 9)?.message).toContain('第3行');
    expect(errors.find((e) => e.row === 8)?.message).toContain('辖区');

    const second = (await upload(token, await xlsx(rows))).json().job;
    expect(second.result).toMatchObject({ created: 0, updated: 2 });
    const [count] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM enterprises WHERE uscc IN (${good1}, ${good2})`);
    expect(count?.n).toBe(2);
  });

  it('refuses a file that is not a spreadsheet with a clear message', async () => {
    const token = await t.login('guoyang_aqb');
    const response = (await upload(token, Buffer.from('not a spreadsheet at all'))).json().job;
    expect(response.status).toBe('failed');
    expect(response.error).toBe('文件不是有效的 .xlsx 表格');
  });

  it('exports the scoped list as a re-importable workbook', async () => {
    const token = await t.login('guoyang_yjj');
    const response = await t.request(token, 'GET', '/api/enterprises/export.xlsx');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('统一社会信用代码');
    const total = (await t.request(token, 'GET', '/api/enterprises?pageSize=1')).json().total as number;
    expect((sheet?.rowCount ?? 0) - 1).toBe(total);
    const reimport = (await upload(token, response.rawPayload)).json().job;
    expect(reimport.result).toMatchObject({ created: 0, failed: 0, updated: total });
  });

  it('job status is visible to its creator only', async () => {
    const token = await t.login('guoyang_aqb');
    const job = (await upload(token, await xlsx([['统一社会信用代码', '企业名称']]))).json().job;
    expect((await t.request(token, 'GET', `/api/jobs/${job.id}`)).statusCode).toBe(200);
    const other = await t.login('mengcheng_aqb');
    expect((await t.request(other, 'GET', `/api/jobs/${job.id}`)).statusCode).toBe(404);
  });
});
