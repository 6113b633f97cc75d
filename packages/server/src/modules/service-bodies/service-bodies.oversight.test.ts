import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { checkSampleSeed, drawCheckSample, idCardCheckChar, usccCheckChar } from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// 安责险 policies and prevention visits, 资质保持/过程控制/执业行为 checks and the quarter's check sample, and the
// registers of 执法技术检查员/社会监督员 — through HTTP, with SQL oracles for the counts.
let t: TestApp;
const tokens: Record<string, string> = {};
const token = (who: string) => tokens[who] ?? '';
const USERS = ['guoyang_yjj', 'guoyang_aqb', 'guoyang_town', 'mengcheng_yjj', 'mengcheng_aqb', 'ent_admin', 'sysadmin', 'expert_demo'];
const responses: string[] = [];

const uscc = (n: number) => {
  const first = `9134162100001${String(n).padStart(4, '0')}`;
  return `${first}${usccCheckChar(first) ?? ''}`;
};
const idFirst = '34162119870615301';
const ID_NUMBER = `${idFirst}${idCardCheckChar(idFirst) ?? ''}`;

const req = async (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) => {
  const res = await t.request(token(who), method, url, body);
  responses.push(res.body);
  return res;
};

let enterprises: string[] = [];
const sectorOf = new Map<string, string>();
let otherEnterprise = '';
let insurer = '';
let assessor = '';
let personId = '';
const INSURER_NAME = '亳州示例财产保险有限公司（测试）';

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 150 });
  for (const u of USERS) tokens[u] = await t.login(u);
  // Enterprises the owner (a sector regulator) sees, with a sector of its own for the checklist.
  const seen = (await t.request(tokens.guoyang_yjj ?? '', 'GET', '/api/enterprises?pageSize=50')).json() as { items: { id: string; sectors: string[] }[] };
  const rows = seen.items.filter((e) => e.sectors.length > 0).slice(0, 6).map((e) => ({ id: e.id, sector: e.sectors[0] ?? '' }));
  enterprises = rows.map((r) => r.id);
  for (const r of rows) sectorOf.set(r.id, r.sector);
  otherEnterprise = (await t.rows<{ id: string }>(sql`SELECT id::text FROM enterprises WHERE region_code LIKE '341622%' LIMIT 1`))[0]?.id ?? '';
  const body = (n: number, name: string, type: string) => ({ uscc: uscc(n), name, type, licences: [], contact: '', phone: '' });
  insurer = (await req('guoyang_yjj', 'POST', '/api/service-bodies', body(1, INSURER_NAME, 'insurer'))).json().id;
  assessor = (await req('guoyang_yjj', 'POST', '/api/service-bodies', body(2, '亳州示例安全评价有限公司（测试）', 'safety_assessment'))).json().id;
});
afterAll(async () => t?.close());

const policy = (enterpriseId: string, no: string, periodFrom: string, periodTo: string) => ({ enterpriseId, policyNo: no, periodFrom, periodTo, premiumFen: 360_000 });

/** A closed 保险机构事故预防服务 visit on `day` by a 第三方人员 of unit `unit`, with `findings` hazards found. */
async function visit(enterpriseId: string, day: string, unit: string, findings: number): Promise<string> {
  const planned = await req('guoyang_yjj', 'POST', '/api/inspections', {
    kind: 'insurer_service',
    methods: [],
    subjectKind: 'enterprise',
    enterpriseId,
    plannedOn: day,
    checklist: { sector: sectorOf.get(enterpriseId) ?? 'hazchem' },
    members: [{ userId: null, name: '保险示例人员', role: 'third_party', orgName: unit }],
  });
  expect(planned.statusCode, planned.body).toBe(201);
  const id = planned.json().id as string;
  await t.database.unsafeOwnerExec(`UPDATE inspections SET status = 'closed', check_date = '${day}', findings = ${findings} WHERE id = '${id}'`);
  return id;
}

describe('安责险 policies and prevention visits', () => {
  it('records policies of an insurer only, refusing a reversed or overlapping period and an enterprise out of scope (400 naming the field)', async () => {
    const e0 = enterprises[0] ?? '';
    const notInsurer = await req('guoyang_yjj', 'POST', `/api/service-bodies/${assessor}/policies`, policy(e0, 'P-0', '2026-01-01', '2026-12-31'));
    expect(notInsurer.statusCode).toBe(400);
    expect(notInsurer.json()).toMatchObject({ field: 'bodyId' });
    expect(notInsurer.json().message).toContain('保险');
    const reversed = await req('guoyang_yjj', 'POST', `/api/service-bodies/${insurer}/policies`, policy(e0, 'P-0', '2026-12-31', '2026-01-01'));
    expect(reversed.json()).toMatchObject({ field: 'periodTo' });
    expect(reversed.json().message).toContain('「保险期止」不能早于「保险期起」');
    const outside = await req('guoyang_yjj', 'POST', `/api/service-bodies/${insurer}/policies`, policy(otherEnterprise, 'P-0', '2026-01-01', '2026-12-31'));
    expect(outside.json()).toMatchObject({ field: 'enterpriseId' });
    expect(outside.json().message).toContain('投保企业');
    const badDate = await req('guoyang_yjj', 'POST', `/api/service-bodies/${insurer}/policies`, policy(e0, 'P-0', '2026-02-30', '2026-12-31'));
    expect(badDate.json().field).toBe('periodFrom');

    const ok = await req('guoyang_yjj', 'POST', `/api/service-bodies/${insurer}/policies`, policy(e0, 'AZX-2026-001', '2026-01-01', '2026-12-31'));
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ policyNo: 'AZX-2026-001', periodFrom: '2026-01-01', premiumFen: 360_000 });
    const overlap = await req('guoyang_yjj', 'POST', `/api/service-bodies/${insurer}/policies`, policy(e0, 'AZX-2026-009', '2026-12-31', '2027-12-30'));
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json()).toMatchObject({ field: 'periodFrom' });
    expect(overlap.json().message).toContain('重叠');
    // A renewal the day after is fine; so are other enterprises, and a policy that started the year before.
    expect((await req('guoyang_yjj', 'POST', `/api/service-bodies/${insurer}/policies`, policy(e0, 'AZX-2027-001', '2027-01-01', '2027-12-31'))).statusCode).toBe(201);
    for (const [k, e] of enterprises.slice(1, 3).entries()) expect((await req('guoyang_yjj', 'POST', `/api/service-bodies/${insurer}/policies`, policy(e, `AZX-2026-10${k}`, '2026-03-01', '2027-02-28'))).statusCode).toBe(201);
    expect((await req('guoyang_yjj', 'POST', `/api/service-bodies/${insurer}/policies`, policy(enterprises[3] ?? '', 'AZX-2025-001', '2025-06-01', '2026-05-31'))).statusCode).toBe(201);
    // Another county's officer of the same city? No: a township officer reads but cannot write (not the owner).
    expect((await req('guoyang_aqb', 'POST', `/api/service-bodies/${insurer}/policies`, policy(enterprises[4] ?? '', 'X', '2026-01-01', '2026-12-31'))).statusCode).toBe(403);
  });

  it('counts enterprises visited within their policy by the insurer’s own staff, per policy year and per calendar year, as the SQL oracle does', async () => {
    const [e0, e1, e2, e3] = enterprises;
    await visit(e0 ?? '', '2026-03-10', INSURER_NAME, 2);
    await visit(e0 ?? '', '2026-09-10', INSURER_NAME, 1);
    await visit(e1 ?? '', '2026-11-02', INSURER_NAME, 0);
    await visit(e2 ?? '', '2026-11-03', '另一家保险公司（测试）', 4); // another unit: not this insurer's visit
    await visit(e2 ?? '', '2026-02-01', INSURER_NAME, 5); // before the policy started
    await visit(e3 ?? '', '2026-04-01', INSURER_NAME, 3); // within the 2025 policy, in calendar 2026

    const list = (await req('guoyang_aqb', 'GET', `/api/service-bodies/${insurer}/policies`)).json();
    expect(list.total).toBe(5);
    expect(list.years).toEqual([
      { policyYear: 2027, insured: 1, visited: 0, hazards: 0 },
      { policyYear: 2026, insured: 3, visited: 2, hazards: 3 },
      { policyYear: 2025, insured: 1, visited: 1, hazards: 3 },
    ]);

    const figures = (await req('guoyang_yjj', 'GET', '/api/service-bodies/insurer-figures?year=2026')).json();
    const mine = figures.items.find((i: { bodyId: string }) => i.bodyId === insurer);
    const [oracle] = await t.rows<{ insured: number; visited: number; hazards: number }>(sql`
      WITH v AS (
        SELECT DISTINCT i.id, i.enterprise_id, i.findings FROM inspections i
        WHERE i.kind = 'insurer_service' AND i.status = 'closed' AND date_part('year', i.check_date) = 2026
          AND EXISTS (SELECT 1 FROM inspection_members m WHERE m.inspection_id = i.id AND m.role = 'third_party' AND m.org_name = ${INSURER_NAME})
          AND EXISTS (SELECT 1 FROM insurance_policies p WHERE p.body_id = ${insurer}::uuid AND p.enterprise_id = i.enterprise_id AND i.check_date <@ daterange(p.period_from, p.period_to, '[]')))
      SELECT (SELECT count(DISTINCT enterprise_id)::int FROM insurance_policies WHERE body_id = ${insurer}::uuid AND daterange(period_from, period_to, '[]') && daterange('2026-01-01', '2026-12-31', '[]')) AS insured,
        (SELECT count(DISTINCT enterprise_id)::int FROM v) AS visited, (SELECT coalesce(sum(findings), 0)::int FROM v) AS hazards`);
    expect(mine).toMatchObject({ ...oracle, name: INSURER_NAME });
    expect(mine).toMatchObject({ insured: 4, visited: 3, hazards: 6, visitedRate: 0.75 });
    expect(figures.items.some((i: { bodyId: string }) => i.bodyId === assessor)).toBe(false);
    expect((await req('guoyang_yjj', 'GET', '/api/service-bodies/insurer-figures?year=20260')).json().field).toBe('year');
    expect((await req('mengcheng_yjj', 'GET', '/api/service-bodies/insurer-figures?year=2026')).json().items).toEqual([]);
  });
});

describe('资质保持/过程控制/执业行为 checks', () => {
  it('records checks (a fail needs a finding), lists them, and a body with two failed in the quarter is flagged on the ranking', async () => {
    const noFinding = await req('guoyang_yjj', 'POST', `/api/service-bodies/${assessor}/checks`, { kind: 'conduct', checkedOn: '2026-11-05', result: 'fail', findings: [] });
    expect(noFinding.statusCode).toBe(400);
    expect(noFinding.json()).toMatchObject({ field: 'findings' });
    expect(noFinding.json().message).toContain('不合格');
    expect((await req('guoyang_yjj', 'POST', `/api/service-bodies/${assessor}/checks`, { kind: 'other', checkedOn: '2026-11-05', result: 'pass' })).json().field).toBe('kind');
    expect((await req('guoyang_yjj', 'POST', `/api/service-bodies/${assessor}/checks`, { kind: 'process', checkedOn: '2026-11-31', result: 'pass' })).json().field).toBe('checkedOn');

    const first = await req('guoyang_yjj', 'POST', `/api/service-bodies/${assessor}/checks`, { kind: 'conduct', checkedOn: '2026-10-20', result: 'fail', findings: ['出具虚假报告（测试）'], action: 'rectify' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ kindLabel: '执业行为', resultLabel: '不合格', actionLabel: '责令整改' });
    // A pass keeps no findings or action.
    const pass = await req('guoyang_yjj', 'POST', `/api/service-bodies/${assessor}/checks`, { kind: 'qualification', checkedOn: '2026-10-21', result: 'pass', findings: ['x'], action: 'remove' });
    expect(pass.json()).toMatchObject({ findings: [], action: 'none' });
    let ranking = (await req('guoyang_aqb', 'GET', '/api/service-bodies/ranking?quarter=2026-Q4')).json();
    expect(ranking.settings.flagFailedChecks).toBe(2);
    expect(ranking.items.find((i: { bodyId: string }) => i.bodyId === assessor)).toMatchObject({ failedChecks: 1, flagged: false });
    // A failed check of the previous quarter does not count for this one.
    await req('guoyang_yjj', 'POST', `/api/service-bodies/${assessor}/checks`, { kind: 'process', checkedOn: '2026-09-30', result: 'fail', findings: ['过程记录缺失（测试）'] });
    await req('guoyang_yjj', 'POST', `/api/service-bodies/${assessor}/checks`, { kind: 'qualification', checkedOn: '2026-11-10', result: 'fail', findings: ['专职人员不足（测试）'], action: 'suspend' });
    ranking = (await req('guoyang_aqb', 'GET', '/api/service-bodies/ranking?quarter=2026-Q4')).json();
    const row = ranking.items.find((i: { bodyId: string }) => i.bodyId === assessor);
    expect(row).toMatchObject({ failedChecks: 2, flagged: true });
    expect(row.flagReason).toContain('监督检查不合格2次');
    // The action is recorded only: the body stays listed.
    expect((await req('guoyang_yjj', 'GET', `/api/service-bodies/${assessor}`)).json().status).toBe('listed');
    const checks = (await req('guoyang_town', 'GET', `/api/service-bodies/${assessor}/checks`)).statusCode;
    expect(checks).toBe(404);
    const list = (await req('guoyang_aqb', 'GET', `/api/service-bodies/${assessor}/checks`)).json();
    expect(list.total).toBe(4);
    expect(list.items[0]).toMatchObject({ checkedOn: '2026-11-10', actionLabel: '暂停' });
    expect((await req('guoyang_aqb', 'POST', `/api/service-bodies/${assessor}/checks`, { kind: 'conduct', checkedOn: '2026-11-05', result: 'pass' })).statusCode).toBe(403);
  });

  it('samples the org’s listed bodies for 资质保持 checks reproducibly, with the 复核 draw’s seed once there is one', async () => {
    const a = (await req('guoyang_yjj', 'GET', '/api/service-bodies/check-sample?quarter=2026-Q4')).json();
    const [org] = await t.rows<{ id: string }>(sql`SELECT org_id::text AS id FROM users WHERE username = 'guoyang_yjj'`);
    const listed = await t.rows<{ id: string }>(sql`SELECT id::text FROM service_bodies WHERE org_id = ${org?.id}::uuid AND status = 'listed'`);
    expect(a).toMatchObject({ seedSource: 'derived', seed: checkSampleSeed(org?.id ?? '', '2026-Q4'), ratePercent: 30, listed: listed.length });
    expect(a.items.map((i: { bodyId: string }) => i.bodyId).sort()).toEqual(drawCheckSample(a.seed, '2026-Q4', listed.map((l) => l.id), 30).sort());
    expect(a.items.length).toBe(Math.max(1, Math.ceil(listed.length * 0.3)));
    expect((await req('guoyang_yjj', 'GET', '/api/service-bodies/check-sample?quarter=2026-Q4')).json()).toEqual(a);
    expect((await req('guoyang_yjj', 'POST', '/api/service-bodies/review-samples', { quarter: '2026-Q4' })).statusCode).toBe(200);
    const b = (await req('guoyang_yjj', 'GET', '/api/service-bodies/check-sample?quarter=2026-Q4')).json();
    const [draw] = await t.rows<{ seed: string }>(sql`SELECT seed FROM service_review_draws WHERE org_id = ${org?.id}::uuid AND quarter = '2026-Q4'`);
    expect(b).toMatchObject({ seedSource: 'review_draw', seed: draw?.seed });
    expect((await req('guoyang_yjj', 'GET', '/api/service-bodies/check-sample?quarter=2026-Q5')).json().field).toBe('quarter');
    // Another county's org draws from its own register (empty here).
    expect((await req('mengcheng_yjj', 'GET', '/api/service-bodies/check-sample?quarter=2026-Q4')).json()).toMatchObject({ listed: 0, items: [] });
  });
});

describe('执法技术检查员 and 社会监督员', () => {
  const person = (overrides: Record<string, unknown> = {}) => ({
    kind: 'technical_inspector',
    name: '（示例）王检查',
    phone: '13800000000',
    idNumber: ID_NUMBER,
    employer: '（示例）亳州某化工设计院',
    certificate: { name: '注册安全工程师', number: 'ZA-示例-001', expiresOn: '2028-01-01' },
    termFrom: '2026-01-01',
    termTo: '2027-12-31',
    ...overrides,
  });

  it('keeps the register: ID sealed and masked, term states, filters, compare-and-set; 400 naming the field', async () => {
    const reversed = await req('guoyang_yjj', 'POST', '/api/supervision-people', person({ termTo: '2025-12-31' }));
    expect(reversed.json()).toMatchObject({ field: 'termTo' });
    expect(reversed.json().message).toContain('聘期止');
    const badId = await req('guoyang_yjj', 'POST', '/api/supervision-people', person({ idNumber: '341621198706153010' }));
    expect(badId.json()).toMatchObject({ field: 'idNumber' });
    expect(badId.json().message).toContain('身份证号');
    expect((await req('guoyang_yjj', 'POST', '/api/supervision-people', person({ kind: 'judge' }))).json().field).toBe('kind');

    const created = await req('guoyang_yjj', 'POST', '/api/supervision-people', person());
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ kindLabel: '执法技术检查员', idNumberMasked: `341621********${ID_NUMBER.slice(-4)}`, termStateLabel: '在任', mine: true, version: 1 });
    personId = created.json().id;
    const expired = await req('guoyang_yjj', 'POST', '/api/supervision-people', person({ kind: 'social_supervisor', name: '（示例）李监督', idNumber: undefined, certificate: null, termFrom: '2024-01-01', termTo: '2025-12-31' }));
    expect(expired.json()).toMatchObject({ kindLabel: '社会监督员', termState: 'expired', termStateLabel: '已届满', idNumberMasked: '' });

    const all = (await req('guoyang_aqb', 'GET', '/api/supervision-people')).json();
    expect(all.total).toBe(2);
    expect(all.items.every((i: { mine: boolean }) => !i.mine)).toBe(true);
    expect((await req('guoyang_aqb', 'GET', '/api/supervision-people?kind=social_supervisor')).json().items.map((i: { name: string }) => i.name)).toEqual(['（示例）李监督']);
    expect((await req('guoyang_aqb', 'GET', `/api/supervision-people?q=${encodeURIComponent('李监督')}`)).json().total).toBe(1);
    expect((await req('mengcheng_yjj', 'GET', '/api/supervision-people')).json().total).toBe(0);

    const ended = await req('guoyang_yjj', 'PATCH', `/api/supervision-people/${personId}`, { version: 1, status: 'ended' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ status: 'ended', termStateLabel: '已解聘', version: 2 });
    expect((await req('guoyang_yjj', 'PATCH', `/api/supervision-people/${personId}`, { version: 1, status: 'active' })).statusCode).toBe(409);
    expect((await req('guoyang_yjj', 'PATCH', `/api/supervision-people/${personId}`, { version: 2, termFrom: '2028-01-01' })).json().field).toBe('termTo');
    expect((await req('guoyang_yjj', 'GET', '/api/supervision-people?status=ended')).json().total).toBe(1);
    expect((await req('guoyang_aqb', 'PATCH', `/api/supervision-people/${personId}`, { version: 2, name: 'x' })).statusCode).toBe(403);

    const [stored] = await t.rows<{ row: string; sealed: string | null }>(sql`SELECT row_to_json(p)::text AS row, id_number_sealed AS sealed FROM supervision_people p WHERE id = ${personId}::uuid`);
    expect(stored?.sealed).toBeTruthy();
    expect(stored?.row).not.toContain(ID_NUMBER);
    const [audit] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE detail::text LIKE ${`%${ID_NUMBER}%`}`);
    expect(audit?.n).toBe(0);
  });
});

describe('scope', () => {
  it('answers 404 on every new endpoint for another county, a township officer, an enterprise and the platform', async () => {
    for (const who of ['mengcheng_yjj', 'mengcheng_aqb', 'guoyang_town']) {
      const cases: [string, 'GET' | 'POST' | 'PATCH', string, unknown][] = [
        ['policies', 'GET', `/api/service-bodies/${insurer}/policies`, undefined],
        ['policy add', 'POST', `/api/service-bodies/${insurer}/policies`, policy(enterprises[4] ?? '', 'X', '2026-01-01', '2026-12-31')],
        ['checks', 'GET', `/api/service-bodies/${assessor}/checks`, undefined],
        ['check add', 'POST', `/api/service-bodies/${assessor}/checks`, { kind: 'conduct', checkedOn: '2026-11-05', result: 'pass' }],
        ['person patch', 'PATCH', `/api/supervision-people/${personId}`, { version: 2, name: 'x' }],
      ];
      for (const [name, method, url, body] of cases) expect((await req(who, method, url, body)).statusCode, `${who} ${name}`).toBe(404);
    }
    for (const who of ['ent_admin', 'sysadmin']) {
      for (const url of [`/api/service-bodies/${insurer}/policies`, `/api/service-bodies/${assessor}/checks`, '/api/service-bodies/check-sample', '/api/service-bodies/insurer-figures', '/api/supervision-people']) {
        expect((await req(who, 'GET', url)).statusCode, `${who} ${url}`).toBe(404);
      }
      expect((await req(who, 'POST', '/api/supervision-people', { kind: 'social_supervisor', name: 'x', termFrom: '2026-01-01', termTo: '2026-12-31' })).statusCode).toBe(404);
      expect((await req(who, 'PATCH', `/api/supervision-people/${personId}`, { version: 2, name: 'x' })).statusCode).toBe(404);
    }
  });

  it('never sent the clear ID number in any response', () => {
    expect(responses.length).toBeGreaterThan(40);
    for (const body of responses) expect(body).not.toContain(ID_NUMBER);
  });
});
