import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from '../../lib/exceljs.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { multipartBody } from '../../testing/multipart.ts';

let t: TestApp;
const tokens: Record<string, string> = {};
const token = (who: string) => tokens[who] ?? '';
let criterionIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 200 });
  for (const u of ['guoyang_yjj', 'guoyang_town', 'bozhou_aqb', 'mengcheng_aqb', 'mengcheng_yjj', 'ent_admin', 'ent_principal', 'expert_demo', 'sysadmin', 'auditor']) tokens[u] = await t.login(u);
  criterionIds = (await t.rows<{ id: string }>(sql`SELECT id FROM criteria WHERE standard_id = 'SAWS-121-2017-CHEM' ORDER BY sort LIMIT 3`)).map((r) => r.id);
});
afterAll(async () => t?.close());

const list = (overrides: Record<string, unknown> = {}) => ({
  title: '涡阳县危险化学品执法检查重点事项清单',
  sectors: ['hazchem'],
  effectiveFrom: '2026-01-01',
  items: [
    { code: '1', text: '储罐区紧急切断装置完好', criterionIds: [criterionIds[0]], evidence: 'photo', guidance: '现场试验联锁', links: [{ title: '解读', url: 'https://www.mem.gov.cn/' }] },
    { code: '2', text: '特种作业人员持证上岗', major: false },
  ],
  ...overrides,
});

function multipart(file: Buffer, meta?: unknown) {
  return multipartBody({ name: 'list.xlsx', type: 'application/octet-stream', data: file }, meta === undefined ? {} : { meta: JSON.stringify(meta) });
}
const upload = (who: string, url: string, file: Buffer, meta?: unknown) => {
  const body = multipart(file, meta);
  return t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${token(who)}` } });
};
async function sheet(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('checklist library', () => {
  let id = '';

  it('a county department publishes a list; items citing a 判定标准 criterion are major', async () => {
    const res = await t.request(token('guoyang_yjj'), 'POST', '/api/checklists', list());
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    id = view.id;
    expect(view).toMatchObject({ version: 1, ownerKind: 'department', ownerName: '涡阳县应急管理局', latest: true, actions: ['new_version', 'export'] });
    expect(view.items.map((i: { major: boolean }) => i.major)).toEqual([true, false]);
  });

  it('is visible down and up the region chain, not in another county, not to platform roles', async () => {
    for (const who of ['guoyang_town', 'bozhou_aqb', 'guoyang_yjj']) {
      expect((await t.request(token(who), 'GET', `/api/checklists/${id}`)).statusCode, who).toBe(200);
      expect((await t.request(token(who), 'GET', '/api/checklists')).json().items.map((c: { id: string }) => c.id), who).toContain(id);
    }
    // The township may use it but not publish a version of the county's list.
    expect((await t.request(token('guoyang_town'), 'GET', `/api/checklists/${id}`)).json().actions).toEqual(['export']);
    expect((await t.request(token('guoyang_town'), 'POST', `/api/checklists/${id}/versions`, list({ effectiveFrom: '2026-06-01' }))).statusCode).toBe(403);
    for (const who of ['mengcheng_aqb', 'mengcheng_yjj', 'sysadmin', 'auditor']) {
      expect((await t.request(token(who), 'GET', `/api/checklists/${id}`)).statusCode, who).toBe(404);
      expect((await t.request(token(who), 'GET', `/api/checklists/${id}/export.xlsx`)).statusCode, who).toBe(404);
      expect((await t.request(token(who), 'POST', `/api/checklists/${id}/versions`, list({ effectiveFrom: '2026-06-01' }))).statusCode, who).toBe(404);
      const all = await t.request(token(who), 'GET', '/api/checklists');
      if (all.statusCode === 200) expect(all.json().items.map((c: { id: string }) => c.id)).not.toContain(id);
      else expect(all.statusCode).toBe(404);
    }
    // An enterprise of 涡阳县 may use the county's lists (read only).
    expect((await t.request(token('ent_admin'), 'GET', `/api/checklists/${id}`)).statusCode).toBe(200);
  });

  it('refuses bad items naming the item and field, and writes nothing', async () => {
    const before = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM checklists`);
    const res = await t.request(token('guoyang_yjj'), 'POST', '/api/checklists', list({ items: [{ code: '1', text: '甲' }, { code: '1', text: '乙', criterionIds: ['NO-SUCH'] }] }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'items.1.code', message: '第2项：「序号」1 与第1行重复（共2处问题）' });
    expect(res.json().details.rows).toHaveLength(2);
    expect((await t.request(token('guoyang_yjj'), 'POST', '/api/checklists', list({ effectiveTo: '2025-01-01' }))).json().field).toBe('effectiveTo');
    const after = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM checklists`);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('a new version ends the previous one the day before and keeps the family', async () => {
    const res = await t.request(token('guoyang_yjj'), 'POST', `/api/checklists/${id}/versions`, list({ effectiveFrom: '2026-07-01', title: '涡阳县危险化学品执法检查重点事项清单（修订）' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ version: 2, familyId: id, latest: true });
    const old = (await t.request(token('guoyang_yjj'), 'GET', `/api/checklists/${id}`)).json();
    expect(old).toMatchObject({ effectiveTo: '2026-06-30', latest: false, actions: ['export'] });
    // Publishing from the old version again conflicts; a date not after the previous version's is refused.
    expect((await t.request(token('guoyang_yjj'), 'POST', `/api/checklists/${id}/versions`, list({ effectiveFrom: '2026-08-01' }))).statusCode).toBe(409);
    expect((await t.request(token('guoyang_yjj'), 'POST', `/api/checklists/${res.json().id}/versions`, list({ effectiveFrom: '2026-07-01' }))).json().field).toBe('effectiveFrom');
    // In force on a day: exactly one version of the family.
    const onMay = (await t.request(token('guoyang_yjj'), 'GET', '/api/checklists?at=2026-05-01')).json().items.filter((c: { familyId: string }) => c.familyId === id);
    expect(onMay.map((c: { version: number }) => c.version)).toEqual([1]);
    const all = (await t.request(token('guoyang_yjj'), 'GET', '/api/checklists?allVersions=true')).json().items.filter((c: { familyId: string }) => c.familyId === id);
    expect(all.map((c: { version: number }) => c.version)).toEqual([2, 1]);
  });

  it('the sector 判定标准 is a ready-made checklist', async () => {
    const res = await t.request(token('ent_principal'), 'GET', '/api/checklists/sector/hazchem?at=2026-01-01');
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.id).toBe('sector:hazchem');
    expect(view.items.length).toBeGreaterThanOrEqual(20);
    expect(view.items.every((i: { major: boolean; criterionIds: string[] }) => i.major && i.criterionIds.length === 1)).toBe(true);
    expect((await t.request(token('ent_principal'), 'GET', '/api/checklists/sector/no_such_sector')).statusCode).toBe(404);
    expect((await t.request(token('sysadmin'), 'GET', '/api/checklists/sector/hazchem')).statusCode).toBe(404);
  });

  it("an enterprise's own list warns about major criteria of its sectors it does not cover, and stays its own", async () => {
    const res = await t.request(token('ent_admin'), 'POST', '/api/checklists', list({ title: '本企业重大事故隐患排查重点事项清单', sectors: [] }));
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    expect(view.ownerKind).toBe('enterprise');
    expect(view.coverageGaps.length).toBeGreaterThan(0);
    expect(view.coverageGaps.map((g: { criterionId: string }) => g.criterionId)).not.toContain(criterionIds[0]);
    expect((await t.request(token('ent_principal'), 'GET', `/api/checklists/${view.id}`)).statusCode).toBe(200);
    expect((await t.request(token('guoyang_yjj'), 'GET', `/api/checklists/${view.id}`)).statusCode).toBe(200);
    for (const who of ['guoyang_town', 'mengcheng_aqb', 'expert_demo']) {
      // The demo enterprise is not in that township; another county and experts never see an enterprise's list.
      const seen = await t.request(token(who), 'GET', `/api/checklists/${view.id}`);
      const [inTown] = await t.rows<{ yes: boolean }>(sql`SELECT e.region_code LIKE (SELECT left(o.region_code, 9) || '%' FROM orgs o JOIN users u ON u.org_id = o.id WHERE u.username = 'guoyang_town') AS yes FROM enterprises e JOIN users u ON u.enterprise_id = e.id WHERE u.username = 'ent_admin'`);
      expect(seen.statusCode, who).toBe(who === 'guoyang_town' && inTown?.yes ? 200 : 404);
    }
  });

  it('exports as .xlsx and re-imports unchanged', async () => {
    const exported = await t.app.inject({ method: 'GET', url: `/api/checklists/${id}/export.xlsx`, headers: { authorization: `Bearer ${token('guoyang_yjj')}` } });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const report = await upload('guoyang_yjj', '/api/checklists/import?dryRun=true', exported.rawPayload);
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json().errors).toEqual([]);
    const original = (await t.request(token('guoyang_yjj'), 'GET', `/api/checklists/${id}`)).json().items;
    expect(report.json().items).toEqual(original.map(({ seq: _seq, ...rest }: { seq: number }) => rest));
    const created = await upload('guoyang_yjj', '/api/checklists/import', exported.rawPayload, { title: '导入的清单', sectors: ['hazchem'], effectiveFrom: '2026-02-01' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().checklist.items).toHaveLength(original.length);
  });

  it('an import with bad rows reports every row and writes nothing', async () => {
    const file = await sheet([
      ['序号', '检查内容', '判定依据条款', '重大隐患项', '证据要求'],
      ['1', '可燃气体报警', criterionIds[1] ?? '', '是', '照片'],
      ['1', '', 'NOPE-1', '也许', '视频'],
    ]);
    const before = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM checklists`);
    const dry = (await upload('guoyang_yjj', '/api/checklists/import?dryRun=true', file)).json();
    expect(dry.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual(['3:major', '3:evidence', '3:code', '3:text', '3:criterionIds']);
    const res = await upload('guoyang_yjj', '/api/checklists/import', file, { title: '有错的清单', effectiveFrom: '2026-02-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^第3行：/);
    expect(res.json().details.rows).toHaveLength(5);
    expect((await upload('guoyang_yjj', '/api/checklists/import', Buffer.from('not a workbook'), {})).json().code).toBe('IMPORT_FILE_INVALID');
    expect((await upload('guoyang_yjj', '/api/checklists/import', await sheet([['a', 'b']]), {})).json().code).toBe('IMPORT_NO_HEADER');
    const after = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM checklists`);
    expect(after[0]?.n).toBe(before[0]?.n);
    expect((await upload('sysadmin', '/api/checklists/import?dryRun=true', file)).statusCode).toBe(404);
    expect((await upload('expert_demo', '/api/checklists/import?dryRun=true', file)).statusCode).toBe(404);
  });
});
