import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { auditLog, orgs } from '../../db/schema/index.ts';
import { DEMO_COUNTIES } from '../../seed/demo.ts';
import { ensureDemoPlanOrgs, type DemoPlanOrgs } from '../../seed/demo-plan-orgs.ts';
import { seedDemoPlanPeople, type DemoLeaders } from '../../seed/demo-plan-people.ts';
import { systemSectorLeadFor } from '../plans/plans.repository.ts';
import { systemLiaisonsOf } from './leaders.repository.ts';
import { suggestRoute } from '../tips/tips.workflow.ts';

let t: TestApp;
let org: DemoPlanOrgs;
let people: DemoLeaders;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 50 });
  org = await ensureDemoPlanOrgs(t.database.db, t.clock.now());
  people = await seedDemoPlanPeople(t.database.db, org, t.clock.now());
  for (const u of ['bozhou_aqb', 'guoyang_aqb', 'mengcheng_aqb', 'bozhou_yjj', 'guoyang_town', 'ent_admin', 'sysadmin', 'bozhou_jb', 'auditor']) tokens[u] = await t.login(u);
});
afterAll(async () => t?.close());

const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) => t.request(tokens[who] ?? null, method, url, body);

type Leader = { id: string; name: string; regionCode: string; editable: boolean; version: number; role: string };

describe('leaders: the 安委办 and the upper levels read them; nobody else', () => {
  it('the city 安委办 sees its own and 涡阳县\'s leaders (those read only); 涡阳县 sees its own; others get 404', async () => {
    const city = (await call('bozhou_aqb', 'GET', '/api/leaders')).json() as { items: Leader[] };
    expect(city.items).toHaveLength(8);
    expect(city.items.filter((l) => l.editable).map((l) => l.name)).toContain('刘明远（演示）');
    expect(city.items.find((l) => l.id === people.guoyang_top)?.editable).toBe(false);
    const county = (await call('guoyang_aqb', 'GET', '/api/leaders')).json() as { items: Leader[] };
    expect(county.items.map((l) => l.id).sort()).toEqual([people.guoyang_top, people.guoyang_deputy].sort());
    expect(((await call('mengcheng_aqb', 'GET', '/api/leaders')).json() as { items: Leader[] }).items).toEqual([]);
    for (const who of ['bozhou_yjj', 'guoyang_town', 'ent_admin', 'sysadmin', 'bozhou_jb', 'auditor']) {
      expect((await call(who, 'GET', '/api/leaders')).statusCode, who).toBe(404);
    }
  });

  it('creates a leader with its audit row; bad input names the field in Chinese', async () => {
    const created = await call('bozhou_aqb', 'POST', '/api/leaders', { name: '钱进（演示）', post: '副市长', role: 'deputy', sectors: ['school'] });
    expect(created.statusCode).toBe(201);
    const body = created.json() as Leader;
    expect(body).toMatchObject({ name: '钱进（演示）', role: 'deputy', editable: true, regionCode: '341600000000' });
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, body.id));
    expect(audit?.action).toBe('leader.create');

    const missing = await call('bozhou_aqb', 'POST', '/api/leaders', { name: '无职务', role: 'deputy' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ field: 'post' });
    expect((missing.json() as { message: string }).message).toContain('职务');
    const badOrg = await call('bozhou_aqb', 'POST', '/api/leaders', { name: '某某', post: '局长', role: 'member_head', memberOrgId: '00000000-0000-4000-8000-000000000000' });
    expect(badOrg.statusCode).toBe(400);
    expect(badOrg.json()).toMatchObject({ field: 'memberOrgId' });
    // a department cannot create one at all
    expect((await call('bozhou_yjj', 'POST', '/api/leaders', { name: '某某', post: '局长', role: 'deputy' })).statusCode).toBe(404);
  });

  it('the upper level cannot change a lower level\'s leader (403), another county cannot see it (404), a stale version is 409', async () => {
    const leader = ((await call('guoyang_aqb', 'GET', '/api/leaders')).json() as { items: Leader[] }).items.find((l) => l.id === people.guoyang_deputy);
    if (!leader) throw new Error('leader missing');
    expect((await call('bozhou_aqb', 'PATCH', `/api/leaders/${leader.id}`, { version: leader.version, post: '副县长' })).statusCode).toBe(403);
    expect((await call('mengcheng_aqb', 'PATCH', `/api/leaders/${leader.id}`, { version: leader.version, post: '副县长' })).statusCode).toBe(404);
    const ok = await call('guoyang_aqb', 'PATCH', `/api/leaders/${leader.id}`, { version: leader.version, post: '副县长（分管应急、工贸）' });
    expect(ok.statusCode).toBe(200);
    // a change leaves what it does not name as it was (no defaults filled in)
    expect(ok.json()).toMatchObject({ post: '副县长（分管应急、工贸）', sectors: ['hazchem', 'industry_trade'], role: 'deputy', active: true });
    expect((await call('guoyang_aqb', 'PATCH', `/api/leaders/${leader.id}`, { version: leader.version, post: '旧版本' })).statusCode).toBe(409);
  });
});

describe('meetings and the cadence rules', () => {
  let meetingId = '';
  it('records a meeting chaired by the mayor; the chair comes from the leader record', async () => {
    const response = await call('bozhou_aqb', 'POST', '/api/meetings', {
      kind: 'hearing',
      name: '听取全市安全生产治本攻坚三年行动进展情况汇报',
      date: '2026-10-15',
      chairLeaderId: people.mayor,
      attendees: ['市安委会各成员单位主要负责同志'],
      topics: ['治本攻坚第三季度进展', '存量隐患清零'],
      minutes: '会议听取了市应急管理局关于治本攻坚进展情况的汇报……',
    });
    expect(response.statusCode).toBe(201);
    const body = response.json() as { id: string; chairName: string; chairPost: string; kindLabel: string };
    expect(body).toMatchObject({ chairName: '刘明远（演示）', chairPost: '市长、市安委会主任', kindLabel: '听取汇报' });
    meetingId = body.id;
  });

  it('refuses a future date, a chair another county keeps, and is invisible to other counties and departments', async () => {
    const base = { kind: 'dispatch', name: '调度会', chairLeaderId: people.mayor };
    const future = await call('bozhou_aqb', 'POST', '/api/meetings', { ...base, date: '2026-12-01' });
    expect(future.json()).toMatchObject({ code: 'VALIDATION', field: 'date' });
    const foreignChair = await call('mengcheng_aqb', 'POST', '/api/meetings', { ...base, date: '2026-10-01', chairLeaderId: people.guoyang_top });
    expect(foreignChair.json()).toMatchObject({ code: 'VALIDATION', field: 'chairLeaderId' });
    const noChair = await call('bozhou_aqb', 'POST', '/api/meetings', { kind: 'dispatch', name: '调度会', date: '2026-10-01' });
    expect(noChair.json()).toMatchObject({ code: 'VALIDATION', field: 'chairName' });
    for (const who of ['mengcheng_aqb', 'guoyang_aqb', 'bozhou_yjj', 'ent_admin', 'sysadmin']) {
      expect((await call(who, 'GET', `/api/meetings/${meetingId}`)).statusCode, who).toBe(404);
      expect((await call(who, 'PATCH', `/api/meetings/${meetingId}`, { version: 1, name: 'x' })).statusCode, who).toBe(404);
    }
  });

  it('checks the cadence per leader: the mayor met 2026 Q4 by the hearing, missed the ended quarters', async () => {
    const report = (await call('bozhou_aqb', 'GET', '/api/meetings/cadence?year=2026&regionCode=341600000000')).json() as {
      leaders: { leaderId: string; periods: { period: string; state: string }[]; met: number; missed: number }[];
    };
    const mayor = report.leaders.find((l) => l.leaderId === people.mayor);
    expect(mayor?.periods.map((p) => [p.period, p.state])).toEqual([
      ['2026-Q1', 'missed'],
      ['2026-Q2', 'missed'],
      ['2026-Q3', 'missed'],
      ['2026-Q4', 'met'],
    ]);
    const deputy = report.leaders.find((l) => l.leaderId === people.deputy_yj);
    expect(deputy?.periods).toHaveLength(11);
    expect(deputy?.missed).toBe(10);
    // member-unit heads have no chairing rule
    expect(report.leaders.some((l) => l.leaderId === people.yjj_head)).toBe(false);
    expect((await call('bozhou_yjj', 'GET', '/api/meetings/cadence')).statusCode).toBe(404);
  });

  it('the 履职档案 lists the meetings the leader chaired and the cadence', async () => {
    const record = (await call('bozhou_aqb', 'GET', `/api/leaders/${people.mayor}/record?year=2026`)).json() as { meetingsChaired: { id: string }[]; cadence: { rate: number } | null };
    expect(record.meetingsChaired.map((m) => m.id)).toEqual([meetingId]);
    expect(record.cadence?.rate).toBeCloseTo(0.25);
    expect((await call('mengcheng_aqb', 'GET', `/api/leaders/${people.mayor}/record`)).statusCode).toBe(404);
  });
});

describe('duty lists', () => {
  it('creates one per leader and year, refuses a second, and files it with the upper level', async () => {
    const created = await call('guoyang_aqb', 'POST', '/api/duty-lists', { leaderId: people.guoyang_top, year: 2026, items: [{ text: '全面负责全县安全生产工作' }], filedWithOrgId: org.city.aqb });
    expect(created.statusCode).toBe(201);
    const list = created.json() as { id: string; version: number; filedOn: string | null };
    const again = await call('guoyang_aqb', 'POST', '/api/duty-lists', { leaderId: people.guoyang_top, year: 2026, items: [{ text: 'x' }] });
    expect(again.json()).toMatchObject({ code: 'VALIDATION', field: 'year' });
    const empty = await call('guoyang_aqb', 'POST', '/api/duty-lists', { leaderId: people.guoyang_deputy, year: 2026, items: [] });
    expect(empty.json()).toMatchObject({ code: 'VALIDATION', field: 'items' });
    const filed = await call('guoyang_aqb', 'POST', `/api/duty-lists/${list.id}/file`, { version: list.version });
    expect(filed.json()).toMatchObject({ filedOn: '2026-11-23', filedWithOrgName: '亳州市安全生产委员会办公室' });
    // the city reads it, cannot file it again on the county's behalf
    expect((await call('bozhou_aqb', 'GET', '/api/duty-lists?year=2026')).json()).toMatchObject({ items: [{ id: list.id, editable: false }] });
    expect((await call('bozhou_aqb', 'POST', `/api/duty-lists/${list.id}/file`, { version: 2 })).statusCode).toBe(403);
    expect((await call('mengcheng_aqb', 'POST', `/api/duty-lists/${list.id}/file`, { version: 2 })).statusCode).toBe(404);
  });
});

describe('working groups and sector leads', () => {
  it('the 联络员 of an org are found for reminders', async () => {
    const liaisons = await systemLiaisonsOf(t.database.db, [org.city.zjj, org.counties.lixin]);
    expect(liaisons.map((l) => l.orgId).sort()).toEqual([org.city.zjj, org.counties.lixin].sort());
    expect(liaisons.every((l) => /^1390000\d{4}$/.test(l.phone))).toBe(true);
    expect((await call('guoyang_aqb', 'GET', '/api/working-groups')).json()).toEqual({ items: [] });
    expect((await call('bozhou_yjj', 'GET', '/api/working-groups')).statusCode).toBe(404);
  });

  it('overrides apply to the region subtree, the most specific one wins', async () => {
    const list = (await call('bozhou_aqb', 'GET', '/api/sector-leads')).json() as { items: { sector: string | null; leadOrgName: string; catalogueLead: string | null }[] };
    expect(list.items.find((s) => s.sector === 'city_gas')).toMatchObject({ leadOrgName: '亳州市城市管理局', catalogueLead: '住房城乡建设' });
    const [guoyangZjj] = await t.database.db.select({ id: orgs.id }).from(orgs).where(eq(orgs.name, '涡阳县住房和城乡建设局'));
    const [mengchengZjj] = await t.database.db.select({ id: orgs.id }).from(orgs).where(eq(orgs.name, '蒙城县住房和城乡建设局'));
    if (!guoyangZjj || !mengchengZjj) throw new Error('demo orgs missing');
    const foreign = await call('guoyang_aqb', 'POST', '/api/sector-leads', { sector: 'city_gas', leadOrgId: mengchengZjj.id });
    expect(foreign.json()).toMatchObject({ code: 'VALIDATION', field: 'leadOrgId' });
    const local = await call('guoyang_aqb', 'POST', '/api/sector-leads', { sector: 'city_gas', leadOrgId: guoyangZjj.id, basis: '县住建局牵头城镇燃气' });
    expect(local.statusCode).toBe(201);
    const duplicate = await call('guoyang_aqb', 'POST', '/api/sector-leads', { sector: 'city_gas', leadOrgId: guoyangZjj.id });
    expect(duplicate.json()).toMatchObject({ code: 'VALIDATION', field: 'sector' });
    const unknown = await call('guoyang_aqb', 'POST', '/api/sector-leads', { sector: 'nope', leadOrgId: guoyangZjj.id });
    expect(unknown.json()).toMatchObject({ code: 'SECTOR_UNKNOWN', field: 'sector' });
    const guoyangTown = `${DEMO_COUNTIES.guoyang.slice(0, 6)}100000`;
    expect(await systemSectorLeadFor(t.database.db, guoyangTown, 'city_gas')).toMatchObject({ leadOrgId: guoyangZjj.id });
    expect(await systemSectorLeadFor(t.database.db, `${DEMO_COUNTIES.mengcheng.slice(0, 6)}100000`, 'city_gas')).toMatchObject({ leadOrgId: org.city.cgj });
    expect(await systemSectorLeadFor(t.database.db, guoyangTown, 'hazchem')).toBeNull();
    // 蒙城县 does not see 涡阳县's override; the city sees it read only
    const seenByCity = (await call('bozhou_aqb', 'GET', '/api/sector-leads')).json() as { items: { id: string; editable: boolean; regionCode: string }[] };
    const theirs = seenByCity.items.find((s) => s.regionCode === DEMO_COUNTIES.guoyang);
    expect(theirs?.editable).toBe(false);
    expect((await call('mengcheng_aqb', 'PATCH', `/api/sector-leads/${theirs?.id ?? ''}`, { version: 1, basis: 'x' })).statusCode).toBe(404);
    expect((await call('bozhou_aqb', 'PATCH', `/api/sector-leads/${theirs?.id ?? ''}`, { version: 1, basis: 'x' })).statusCode).toBe(403);
  });

  it('tip routing reads the overrides: 城镇燃气 in 蒙城县 goes to the city 城市管理局, in 涡阳县 to its own override, hazchem as before', async () => {
    const mengchengTown = `${DEMO_COUNTIES.mengcheng.slice(0, 6)}100000`;
    const gas = await suggestRoute(t.database.db, { sector: 'city_gas', targetEnterpriseId: null, regionCode: mengchengTown });
    expect(gas).toMatchObject({ orgId: org.city.cgj, reason: '按本地区行业领域牵头部门设置（一件事）确定' });
    const [guoyangZjj] = await t.database.db.select({ id: orgs.id }).from(orgs).where(eq(orgs.name, '涡阳县住房和城乡建设局'));
    expect(await suggestRoute(t.database.db, { sector: 'city_gas', targetEnterpriseId: null, regionCode: `${DEMO_COUNTIES.guoyang.slice(0, 6)}100000` })).toMatchObject({ orgId: guoyangZjj?.id });
    const [mengchengYjj] = await t.database.db.select({ id: orgs.id }).from(orgs).where(eq(orgs.name, '蒙城县应急管理局'));
    expect(await suggestRoute(t.database.db, { sector: 'hazchem', targetEnterpriseId: null, regionCode: mengchengTown })).toMatchObject({ orgId: mengchengYjj?.id, reason: '按行业领域牵头部门（一件事）和属地确定' });
    // a department leads only a sector it supervises, so tips routed to it stay visible to it
    const notSupervised = await call('bozhou_aqb', 'POST', '/api/sector-leads', { sector: 'school', leadOrgId: org.city.cgj });
    expect(notSupervised.json()).toMatchObject({ code: 'VALIDATION', field: 'leadOrgId' });
  });
});

