import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { testTipSettings } from '../tips/tips.config.ts';
import { seedDemoExperts } from '../../seed/demo-experts.ts';
import { staffInspection } from '../../seed/demo-inspections.ts';
import { createExpertCrypto } from './experts.service.ts';

let t: TestApp;
const tokens: Record<string, string> = {};
const token = (who: string) => tokens[who] ?? '';
const USERS = ['bozhou_aqb', 'guoyang_yjj', 'guoyang_yjj2', 'guoyang_aqb', 'guoyang_town', 'mengcheng_yjj', 'ent_admin', 'sysadmin', 'expert_demo', 'bozhou_jb'];
const ID_NUMBER = '341621198001010017';
let hazchem: { id: string; name: string }[] = [];

type Expert = { id: string; name: string; version: number; level: string; status: string; statusReason: string; idNumberMasked: string; qualificationState: string; visits: number; averageScore: number | null; actions: string[]; conflicts: { id: string }[]; visitList: { inspectionId: string; status: string; ratable: boolean; rating: { score: number } | null }[] };
type List = { items: Expert[]; total: number };

const list = async (who: string, query = '') => (await t.request(token(who), 'GET', `/api/experts?pageSize=100${query}`)).json() as List;
const byName = async (who: string, name: string) => (await list(who, `&q=${encodeURIComponent(name)}`)).items.find((e) => e.name === name);
const body = (over: Record<string, unknown> = {}) => ({ name: '（测试）钱工', source: 'sector_expert', sectors: ['hazchem'], topics: ['hot_work'], qualifications: [{ name: '注册安全工程师', number: 'T-1', expiresOn: '2027-01-10' }], ...over });

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 600 });
  for (const u of USERS) tokens[u] = await t.login(u);
  const seeded = await seedDemoExperts(t.database.db, t.app.services.config.filesDir, createExpertCrypto(testTipSettings().identityKey), { now: t.clock.now() });
  expect(seeded).toEqual({ experts: 9, visits: 4 });
  hazchem = await t.rows<{ id: string; name: string }>(sql`SELECT id::text, name FROM enterprises WHERE region_code LIKE '341621%' AND status = 'operating' AND 'hazchem' = ANY(sectors) ORDER BY uscc LIMIT 8`);
}, 180_000);
afterAll(async () => t?.close());

describe('专家库', () => {
  it('lets a county read its own library and the city’s, another county only the city’s, and nobody else any', async () => {
    const county = await list('guoyang_yjj');
    expect(county.total).toBe(9);
    expect(county.items.filter((e) => e.level === 'city')).toHaveLength(6);
    const other = await list('mengcheng_yjj');
    expect(other.items.map((e) => e.level)).toEqual(Array(6).fill('city'));
    const city = await list('bozhou_aqb');
    expect(city.total).toBe(9);
    expect((await list('guoyang_yjj', '&level=county')).total).toBe(3);
    expect((await list('guoyang_yjj', '&topic=schools')).items.map((e) => e.name).sort()).toEqual(['（示例）李淑芬', '（示例）陈晓燕'].sort());
    expect((await list('guoyang_yjj', '&sector=hazchem&source=retired_staff')).items.map((e) => e.name).sort()).toEqual(['（示例）周涛', '（示例）张卫东'].sort());
    const countyExpert = county.items.find((e) => e.level === 'county');
    for (const path of ['/api/experts', `/api/experts/${countyExpert?.id}`, '/api/experts/figures', '/api/experts/service-plan']) {
      for (const who of ['ent_admin', 'sysadmin', 'bozhou_jb']) expect((await t.request(token(who), 'GET', path)).statusCode, `${who} ${path}`).toBe(404);
    }
    // Out of scope: another county's library record is 404 on every endpoint that names it.
    expect((await t.request(token('mengcheng_yjj'), 'GET', `/api/experts/${countyExpert?.id}`)).statusCode).toBe(404);
    expect((await t.request(token('mengcheng_yjj'), 'PATCH', `/api/experts/${countyExpert?.id}`, { version: 1, title: 'x' })).statusCode).toBe(404);
    expect((await t.request(token('mengcheng_yjj'), 'POST', `/api/experts/${countyExpert?.id}/ratings`, { inspectionId: countyExpert?.id, score: 5 })).statusCode).toBe(404);
    expect((await t.request(token('mengcheng_yjj'), 'GET', `/api/experts/candidates?enterpriseId=${hazchem[0]?.id}`)).statusCode).toBe(404);
  });

  it('shows qualification expiry and counts it as the owner’s 待办, equal to the list', async () => {
    const city = await list('bozhou_aqb', '&qualification=expiring&own=true');
    expect(city.items.map((e) => [e.name, e.qualificationState]).sort()).toEqual([['（示例）张卫东', 'expired'], ['（示例）李淑芬', 'expiring']].sort());
    const todos = ((await t.request(token('bozhou_aqb'), 'GET', '/api/todos')).json() as { items: { key: string; count: number }[] }).items;
    expect(todos.find((x) => x.key === 'experts.qualification_expiring')?.count).toBe(city.total);
    // The county owns no expiring expert; a township officer keeps no library.
    const county = ((await t.request(token('guoyang_yjj'), 'GET', '/api/todos')).json() as { items: { key: string; count: number }[] }).items;
    expect(county.find((x) => x.key === 'experts.qualification_expiring')?.count).toBe(0);
    const town = ((await t.request(token('guoyang_town'), 'GET', '/api/todos')).json() as { items: { key: string }[] }).items;
    expect(town.some((x) => x.key === 'experts.qualification_expiring')).toBe(false);
  });

  it('refuses bad input naming the field, seals the ID number and keeps one person once per library', async () => {
    const bad = async (over: Record<string, unknown>, field: string, message: RegExp) => {
      const res = await t.request(token('guoyang_yjj'), 'POST', '/api/experts', body(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(res.json(), JSON.stringify(over)).toMatchObject({ field, message: expect.stringMatching(message) });
    };
    await bad({ name: '' }, 'name', /不能为空/);
    await bad({ sectors: [] }, 'sectors', /至少选择一个行业领域/);
    await bad({ sectors: ['nope'] }, 'sectors', /行业领域「nope」不存在/);
    await bad({ idNumber: '341621198001010011' }, 'idNumber', /身份证号/);
    await bad({ qualifications: [{ name: '', number: '1' }] }, 'qualifications.0.name', /不能为空/);
    await bad({ conflictEnterpriseIds: ['00000000-0000-4000-8000-000000000000'] }, 'conflictEnterpriseIds.0', /回避企业/);
    await bad({ username: 'guoyang_zfy1' }, 'username', /不是专家账号/);
    await bad({ username: 'expert_demo' }, 'username', /已关联其他专家/);
    await bad({ regionServed: '341622000000' }, 'regionServed', /服务区域/);
    expect((await t.request(token('guoyang_town'), 'POST', '/api/experts', body())).statusCode).toBe(404);

    const created = await t.request(token('guoyang_yjj'), 'POST', '/api/experts', body({ idNumber: ID_NUMBER, conflictEnterpriseIds: [hazchem[0]?.id] }));
    expect(created.statusCode).toBe(201);
    const view = created.json() as Expert;
    expect(view).toMatchObject({ level: 'county', status: 'active', idNumberMasked: '341621********0017', actions: ['edit'], conflicts: [{ id: hazchem[0]?.id }] });
    expect(created.body).not.toContain(ID_NUMBER);
    const [stored] = await t.rows<{ row: string }>(sql`SELECT row_to_json(e)::text AS row FROM experts e WHERE id = ${view.id}`);
    expect(stored?.row).not.toContain(ID_NUMBER);
    const again = await t.request(token('guoyang_yjj'), 'POST', '/api/experts', body({ name: '（测试）钱工二', idNumber: ID_NUMBER.toLowerCase() }));
    expect(again.json()).toMatchObject({ field: 'idNumber', message: '该身份证号的专家已在本专家库中' });
  });

  it('lets only the owner org edit, with compare-and-set and a reason to suspend', async () => {
    const expert = await byName('guoyang_yjj', '（测试）钱工');
    expect((await t.request(token('guoyang_aqb'), 'PATCH', `/api/experts/${expert?.id}`, { version: expert?.version, title: 'x' })).json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.request(token('guoyang_yjj'), 'PATCH', `/api/experts/${expert?.id}`, { version: 99, title: 'x' })).statusCode).toBe(409);
    expect((await t.request(token('guoyang_yjj'), 'PATCH', `/api/experts/${expert?.id}`, { version: expert?.version, status: 'suspended' })).json()).toMatchObject({ field: 'statusReason' });
    const suspended = await t.request(token('guoyang_yjj2'), 'PATCH', `/api/experts/${expert?.id}`, { version: expert?.version, status: 'suspended', statusReason: '本人申请暂停一个月' });
    expect(suspended.json()).toMatchObject({ status: 'suspended', statusReason: '本人申请暂停一个月', version: 2 });
    const back = await t.request(token('guoyang_yjj'), 'PATCH', `/api/experts/${expert?.id}`, { version: 2, status: 'active' });
    expect(back.json()).toMatchObject({ status: 'active', statusReason: '' });
    const [audit] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = ${expert?.id ?? ''} AND action = 'expert.status'`);
    expect(audit?.n).toBe(2);
  });

  it('assigns by 回避 and 轮换: candidates leave out the conflicted, and planning refuses them with the reason', async () => {
    const conflicted = await byName('guoyang_yjj', '（测试）钱工');
    const res = (await t.request(token('guoyang_yjj'), 'GET', `/api/experts/candidates?enterpriseId=${hazchem[0]?.id}&sector=hazchem`)).json() as { items: { id: string; recentVisits: number }[]; excluded: { id: string; reason: string }[] };
    expect(res.items.some((c) => c.id === conflicted?.id)).toBe(false);
    expect(res.excluded.find((c) => c.id === conflicted?.id)?.reason).toContain('须回避');
    expect(res.items.map((c) => c.recentVisits)).toEqual([...res.items.map((c) => c.recentVisits)].sort((a, b) => a - b));
    const plan = (expertId: string | undefined, enterpriseId: string | undefined, plannedOn = '2026-11-25') =>
      t.request(token('guoyang_yjj'), 'POST', '/api/inspections', { kind: 'expert_service', subjectKind: 'enterprise', enterpriseId, plannedOn, checklist: { sector: 'hazchem' }, members: [{ expertId, name: '专家', role: 'expert' }] });
    const refused = await plan(conflicted?.id, hazchem[0]?.id);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ field: 'members.0.expertId', message: expect.stringContaining('须回避') });
    // Rotation: two visits within a year to one enterprise, then the third is refused.
    const rotating = await byName('guoyang_yjj', '（示例）赵明');
    expect((await plan(rotating?.id, hazchem[5]?.id)).statusCode).toBe(201);
    expect((await plan(rotating?.id, hazchem[5]?.id, '2026-12-01')).statusCode).toBe(201);
    expect((await plan(rotating?.id, hazchem[5]?.id, '2026-12-02')).json()).toMatchObject({ field: 'members.0.expertId', message: expect.stringContaining('达到轮换上限2次') });
    // Another county may not name this county's expert.
    expect((await t.request(token('mengcheng_yjj'), 'POST', '/api/inspections', { kind: 'expert_service', subjectKind: 'enterprise', enterpriseId: hazchem[5]?.id, plannedOn: '2026-11-25', checklist: { sector: 'hazchem' }, members: [{ expertId: rotating?.id, name: '专家', role: 'expert' }] })).statusCode).toBe(404);
  });

  it('shows the expert only the visits he is on, and his own record', async () => {
    const mine = (await t.request(token('expert_demo'), 'GET', '/api/inspections?pageSize=50')).json() as { items: { id: string; kind: string; status: string }[]; total: number };
    expect(mine.total).toBe(2);
    expect(mine.items.map((i) => [i.kind, i.status]).sort()).toEqual([['expert_service', 'closed'], ['expert_service', 'planned']]);
    const me = (await t.request(token('expert_demo'), 'GET', '/api/experts/me')).json() as Expert;
    expect(me).toMatchObject({ name: '演示专家', visits: 2, averageScore: 5, actions: [] });
    expect(me.visitList).toHaveLength(2);
    const others = (await t.request(token('guoyang_yjj'), 'GET', '/api/inspections?pageSize=200&kind=expert_service')).json() as { items: { id: string }[] };
    const notMine = others.items.find((i) => !mine.items.some((m) => m.id === i.id));
    expect((await t.request(token('expert_demo'), 'GET', `/api/inspections/${notMine?.id}`)).statusCode).toBe(404);
    expect((await t.request(token('expert_demo'), 'GET', '/api/experts')).statusCode).toBe(404);
    expect((await t.request(token('guoyang_yjj'), 'GET', '/api/experts/me')).statusCode).toBe(404);
  });

  it('rates once after a closed visit, by the org that held it, and suspends after three low ratings', async () => {
    const expert = await byName('guoyang_yjj', '（示例）周涛');
    const rate = (who: string, inspectionId: string | undefined, score: number) => t.request(token(who), 'POST', `/api/experts/${expert?.id}/ratings`, { inspectionId, score, comment: '' });
    const [held] = (await t.request(token('guoyang_yjj'), 'GET', `/api/experts/${expert?.id}`)).json().visitList as Expert['visitList'];
    expect(held?.rating?.score).toBe(3);
    expect((await rate('guoyang_yjj', held?.inspectionId, 2)).json()).toMatchObject({ field: 'inspectionId', message: '这次检查已评价过该专家' });
    expect((await rate('guoyang_yjj', held?.inspectionId, 7)).json()).toMatchObject({ field: 'score' });
    const team = [{ userId: null, expertId: expert?.id ?? '', name: '专家', role: 'expert' as const, orgName: '' }];
    const s = { db: t.database.db, filesDir: t.app.services.config.filesDir, photoSeq: 900 };
    const visits: string[] = [];
    for (const [k, day] of ['2026-11-02', '2026-11-09'].entries()) visits.push((await staffInspection(s, day, hazchem[6 + k]?.id ?? '', 'hazchem', 0, 'expert_service', team)) ?? '');
    expect((await rate('bozhou_aqb', visits[0], 1)).json()).toMatchObject({ code: 'FORBIDDEN' });
    // Two closed visits not rated yet: the holding org's 待评价, equal to its list; nobody else's.
    const unrated = await list('guoyang_yjj', '&unrated=true');
    expect(unrated.items.map((e) => e.name)).toEqual(['（示例）周涛']);
    const todo = async (who: string) => ((await t.request(token(who), 'GET', '/api/todos')).json() as { items: { key: string; count: number }[] }).items.find((x) => x.key === 'experts.to_rate')?.count;
    expect(await todo('guoyang_yjj')).toBe(unrated.total);
    expect(await todo('bozhou_aqb')).toBe(0);
    const first = (await rate('guoyang_yjj', visits[0], 1)).json() as Expert;
    expect(first.status).toBe('active');
    // Two low after a 3: not yet three in a row.
    expect(((await rate('guoyang_yjj', visits[1], 2)).json() as Expert).status).toBe('active');
    const planned = (await t.request(token('guoyang_yjj'), 'POST', '/api/inspections', { kind: 'expert_service', subjectKind: 'enterprise', enterpriseId: hazchem[4]?.id, plannedOn: '2026-11-30', checklist: { sector: 'hazchem' }, members: [{ expertId: expert?.id, name: '专家', role: 'expert' }] })).json() as { id: string };
    expect((await rate('guoyang_yjj', planned.id, 1)).json()).toMatchObject({ field: 'inspectionId', message: '检查结束后才能评价专家' });
    const third = (await staffInspection(s, '2026-11-16', hazchem[1]?.id ?? '', 'hazchem', 0, 'expert_service', team)) ?? '';
    const suspended = (await rate('guoyang_yjj', third, 2)).json() as Expert;
    expect(await todo('guoyang_yjj')).toBe(0);
    expect(suspended).toMatchObject({ status: 'suspended', statusReason: '连续3次评价不高于2分，自动暂停' });
    expect((await t.request(token('guoyang_yjj'), 'GET', `/api/experts/candidates?enterpriseId=${hazchem[2]?.id}`)).json().excluded).toContainEqual({ id: expert?.id, name: '（示例）周涛', reason: '专家「（示例）周涛」已暂停，不能指派' });
  });

  it('lists the 指导帮扶 plan by class and counts the library’s numbers', async () => {
    const plan = (await t.request(token('guoyang_yjj'), 'GET', '/api/experts/service-plan?pageSize=200')).json() as { items: { enterpriseId: string; class: string; visitsDue: number; visitsDone: number; visitsPlanned: number; stillDue: number }[]; total: number; totals: { due: number; done: number } };
    expect(plan.total).toBeGreaterThan(0);
    expect(plan.items.every((i) => i.class !== 'C' && i.visitsDue === (i.class === 'A' ? 2 : 1))).toBe(true);
    expect(plan.items.every((i) => i.stillDue === Math.max(0, i.visitsDue - i.visitsDone - i.visitsPlanned))).toBe(true);
    const served = plan.items.find((i) => i.enterpriseId === hazchem[1]?.id);
    expect(served?.visitsDone).toBeGreaterThan(0);
    const due = (await t.request(token('guoyang_yjj'), 'GET', '/api/experts/service-plan?pageSize=200&due=true')).json() as { items: { stillDue: number }[] };
    expect(due.items.every((i) => i.stillDue > 0)).toBe(true);
    const figures = (await t.request(token('guoyang_yjj'), 'GET', '/api/experts/figures?year=2026')).json() as { size: { total: number; byLevel: { level: string; n: number }[] }; bySector: { sector: string; n: number }[]; perExpert: { name: string; visits: number; findings: number }[]; visits: { total: number; findings: number; enterprisesServed: number }; expiring: number };
    expect(figures.size.total).toBe(10);
    expect(figures.size.byLevel).toEqual([{ level: 'city', n: 6 }, { level: 'county', n: 4 }]);
    expect(figures.perExpert.find((p) => p.name === '演示专家')).toMatchObject({ visits: 2, findings: 1 });
    expect((figures as unknown as { milestones: { key: string; met: boolean }[] }).milestones.map((m) => [m.key, m.met])).toEqual([['city', true], ['county', true]]);
    const [oracle] = await t.rows<{ total: number; findings: number }>(sql`SELECT count(*)::int AS total, sum(findings)::int AS findings FROM inspections i WHERE status <> 'cancelled' AND EXISTS (SELECT 1 FROM inspection_members m WHERE m.inspection_id = i.id AND m.expert_id IS NOT NULL)`);
    expect(figures.visits).toMatchObject({ total: oracle?.total, findings: oracle?.findings });
    // Another county sees none of 涡阳's visits.
    const other = (await t.request(token('mengcheng_yjj'), 'GET', '/api/experts/figures')).json() as { visits: { total: number }; size: { total: number } };
    expect(other).toMatchObject({ visits: { total: 0 }, size: { total: 6 }, milestones: [{ key: 'city', met: true }, { key: 'county', met: false, overdue: false }] });
    expect((await t.request(token('guoyang_yjj'), 'GET', '/api/experts/figures?year=abc')).statusCode).toBe(400);
  });
});
