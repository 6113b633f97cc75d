import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { idCardCheckChar } from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let town = '';
let townCode = '';
let village = '';
const tokens: Record<string, string> = {};
const idNumber = `34162119850214${'321'}`;
const ownerId = `${idNumber}${idCardCheckChar(idNumber)}`;

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 200 });
  for (const u of ['guoyang_town', 'guoyang_aqb', 'guoyang_xf', 'guoyang_zjj', 'guoyang_yjj', 'mengcheng_aqb', 'ent_admin', 'sysadmin', 'expert_demo']) tokens[u] = await t.login(u);
  const [org] = await t.rows<{ region_code: string }>(sql`SELECT o.region_code FROM orgs o JOIN users u ON u.org_id = o.id WHERE u.username = 'guoyang_town'`);
  townCode = org?.region_code ?? '';
  const [v] = await t.rows<{ code: string }>(sql`SELECT code FROM regions WHERE parent_code = ${townCode} AND level = 'village' ORDER BY code LIMIT 1`);
  village = v?.code ?? '';
  if (!townCode || !village) throw new Error('demo township or village missing');
  town = tokens.guoyang_town ?? '';
});
afterAll(async () => t?.close());

const body = (overrides: Record<string, unknown> = {}) => ({
  kind: 'rental_house',
  name: '演示出租屋（王庄3号）',
  address: '王庄村3号',
  regionCode: village,
  owner: { name: '王某', phone: '13800000001', idNumber: ownerId },
  user: { name: '李某', phone: '13800000002' },
  status: 'rented',
  ...overrides,
});

describe('premises (场所)', () => {
  let id = '';

  it('a township officer records a premises down to village level; the owner ID number is sealed', async () => {
    const res = await t.request(town, 'POST', '/api/premises', body());
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    id = view.id;
    expect(view).toMatchObject({ kind: 'rental_house', sector: 'fire', regionCode: village, owner: { name: '王某', idNumberRecorded: true }, actions: ['edit', 'reveal_owner_id'] });
    expect(res.body).not.toContain(ownerId);
    const stored = await t.rows<{ row: string }>(sql`SELECT row_to_json(p)::text AS row FROM premises p WHERE id = ${id}`);
    expect(stored[0]?.row).not.toContain(ownerId);
    const audits = await t.rows<{ detail: string }>(sql`SELECT detail::text FROM audit_log WHERE entity_id = ${id}`);
    expect(audits.map((a) => a.detail).join()).not.toContain(ownerId);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a county-level region', { regionCode: '341621000000' }, 'regionCode'],
    ['another township', { regionCode: '341622100000' }, 'regionCode'],
    ['a bad ID number', { owner: { name: '王某', phone: '1', idNumber: '341621198502143210' } }, 'owner.idNumber'],
    ['a short name', { name: 'A' }, 'name'],
    ['an unknown kind', { kind: 'castle' }, 'kind'],
    ['a grid officer of nowhere', { gridOfficerId: '00000000-0000-4000-8000-000000000000' }, 'gridOfficerId'],
  ])('refuses %s, naming the field', async (_name, overrides, field) => {
    const before = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM premises`);
    const res = await t.request(town, 'POST', '/api/premises', body(overrides));
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().field).toBe(field);
    expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
    const after = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM premises`);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('the reveal needs a purpose and is audited with it', async () => {
    expect((await t.request(town, 'POST', `/api/premises/${id}/reveal-owner-id`, { purpose: '' })).statusCode).toBe(400);
    const res = await t.request(town, 'POST', `/api/premises/${id}/reveal-owner-id`, { purpose: '核实产权人身份' });
    expect(res.statusCode).toBe(200);
    expect(res.json().idNumber).toBe(ownerId);
    const [row] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'premises.reveal_owner_id' AND entity_id = ${id} AND detail->>'purpose' = '核实产权人身份'`);
    expect(row?.n).toBe(1);
  });

  it('who sees it: the county committee and the fire regulator yes; construction, another county, enterprises, sysadmin and experts 404', async () => {
    for (const who of ['guoyang_aqb', 'guoyang_xf']) {
      expect((await t.request(tokens[who] ?? '', 'GET', `/api/premises/${id}`)).statusCode, who).toBe(200);
      const list = (await t.request(tokens[who] ?? '', 'GET', '/api/premises')).json();
      expect(list.items.map((p: { id: string }) => p.id)).toContain(id);
    }
    const regulatorView = (await t.request(tokens.guoyang_xf ?? '', 'GET', `/api/premises/${id}`)).json();
    expect(regulatorView.actions).toEqual([]);
    for (const who of ['guoyang_zjj', 'mengcheng_aqb', 'ent_admin', 'sysadmin', 'expert_demo']) {
      const token = tokens[who] ?? '';
      expect((await t.request(token, 'GET', `/api/premises/${id}`)).statusCode, who).toBe(404);
      expect((await t.request(token, 'PATCH', `/api/premises/${id}`, { version: 1, name: '改名测试' })).statusCode, who).toBe(404);
      expect((await t.request(token, 'POST', `/api/premises/${id}/reveal-owner-id`, { purpose: '越权查看测试' })).statusCode, who).toBe(404);
      const list = await t.request(token, 'GET', '/api/premises');
      if (list.statusCode === 200) expect(list.json().items.map((p: { id: string }) => p.id)).not.toContain(id);
      else expect(list.statusCode).toBe(404);
    }
    // The fire regulator reads but may not reveal or edit.
    expect((await t.request(tokens.guoyang_xf ?? '', 'POST', `/api/premises/${id}/reveal-owner-id`, { purpose: '越权查看测试' })).statusCode).toBe(404);
    expect((await t.request(tokens.guoyang_xf ?? '', 'POST', '/api/premises', body())).statusCode).toBe(404);
    expect((await t.request(tokens.mengcheng_aqb ?? '', 'GET', `/api/premises/grid-officers?regionCode=${village}`)).statusCode).toBe(404);
  });

  it('edits with compare-and-set, moves the sector with the kind, and checks the grid officer', async () => {
    const officers = (await t.request(town, 'GET', `/api/premises/grid-officers?regionCode=${village}`)).json().items;
    expect(officers.length).toBeGreaterThan(0);
    const current = (await t.request(town, 'GET', `/api/premises/${id}`)).json();
    const res = await t.request(town, 'PATCH', `/api/premises/${id}`, { version: current.version, kind: 'self_built_commercial', gridOfficerId: officers[0].id, grid: '王庄网格' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ sector: 'construction', grid: '王庄网格', gridOfficer: { id: officers[0].id } });
    expect((await t.request(town, 'PATCH', `/api/premises/${id}`, { version: current.version, name: '过期版本' })).statusCode).toBe(409);
    // Now a construction premises: the construction regulator sees it, the fire regulator no longer does.
    expect((await t.request(tokens.guoyang_zjj ?? '', 'GET', `/api/premises/${id}`)).statusCode).toBe(200);
    expect((await t.request(tokens.guoyang_xf ?? '', 'GET', `/api/premises/${id}`)).statusCode).toBe(404);
  });

  it('a premises of kind other is seen by whole-region scopes only', async () => {
    const res = await t.request(town, 'POST', '/api/premises', body({ kind: 'other', name: '演示其他场所' }));
    expect(res.statusCode).toBe(201);
    const otherId = res.json().id;
    expect((await t.request(tokens.guoyang_aqb ?? '', 'GET', `/api/premises/${otherId}`)).statusCode).toBe(200);
    expect((await t.request(tokens.guoyang_xf ?? '', 'GET', `/api/premises/${otherId}`)).statusCode).toBe(404);
  });
});
