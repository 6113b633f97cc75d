import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { idCardCheckChar, rankServiceBodies, reviewSampleSize, usccCheckChar } from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { insertTestHazard } from '../notifications/test-fixtures.ts';

let t: TestApp;
const tokens: Record<string, string> = {};
const token = (who: string) => tokens[who] ?? '';
const USERS = ['guoyang_yjj', 'guoyang_aqb', 'guoyang_town', 'bozhou_aqb', 'mengcheng_yjj', 'mengcheng_aqb', 'ent_admin', 'sysadmin', 'expert_demo'];
const responses: string[] = [];

const uscc = (n: number) => {
  const first = `9134162100000${String(n).padStart(4, '0')}`;
  return `${first}${usccCheckChar(first) ?? ''}`;
};
const idFirst = '34162119850312201';
const ID_NUMBER = `${idFirst}${idCardCheckChar(idFirst) ?? ''}`;

const req = async (who: string | null, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, body?: unknown) => {
  const res = await t.request(who === null ? null : token(who), method, url, body);
  responses.push(res.body);
  return res;
};

let enterprises: string[] = [];
let otherEnterprise = '';
let bodyA = '';
let bodyB = '';
let staffId = '';
let reviewId = '';

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 150 });
  for (const u of USERS) tokens[u] = await t.login(u);
  enterprises = (await t.rows<{ id: string }>(sql`SELECT id::text FROM enterprises WHERE region_code LIKE '341621%' AND 'hazchem' = ANY(sectors) ORDER BY uscc LIMIT 6`)).map((r) => r.id);
  otherEnterprise = (await t.rows<{ id: string }>(sql`SELECT id::text FROM enterprises WHERE region_code LIKE '341622%' LIMIT 1`))[0]?.id ?? '';
});
afterAll(async () => t?.close());

const newBody = (n: number, overrides: Record<string, unknown> = {}) => ({
  uscc: uscc(n),
  name: `亳州示例安全评价有限公司${n}`,
  type: 'safety_assessment',
  licences: [{ name: '安全评价机构资质证书', number: `APJ-（皖）-${n}`, scope: '危险化学品', expiresOn: '2028-06-30' }],
  contact: '张示例',
  phone: '0558-0000000',
  ...overrides,
});

describe('第三方服务机构 register', () => {
  it('registers a body for the caller org; bad input is 400 naming the field in Chinese; a second USCC in the register is 409', async () => {
    const bad = await req('guoyang_yjj', 'POST', '/api/service-bodies', newBody(1, { uscc: '9134162100000ABC' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'uscc' });
    expect(bad.json().message).toContain('统一社会信用代码');
    const badDate = await req('guoyang_yjj', 'POST', '/api/service-bodies', newBody(1, { licences: [{ name: 'x', number: 'y', scope: '', expiresOn: '2026-02-30' }] }));
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().field).toBe('licences.0.expiresOn');
    const badType = await req('guoyang_yjj', 'POST', '/api/service-bodies', newBody(1, { type: 'other' }));
    expect(badType.json().field).toBe('type');
    const a = await req('guoyang_yjj', 'POST', '/api/service-bodies', newBody(1));
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ typeLabel: '安全评价', status: 'listed', statusLabel: '在册', licenceState: 'valid', mine: true, version: 1, regionCode: '341621000000' });
    bodyA = a.json().id;
    expect((await req('guoyang_yjj', 'POST', '/api/service-bodies', newBody(1))).statusCode).toBe(409);
    // Licence expiring in 20 days: on the body and as a 待办.
    const b = await req('guoyang_yjj', 'POST', '/api/service-bodies', newBody(2, { name: '亳州示例检测检验有限公司', type: 'testing', licences: [{ name: '检验检测机构资质认定证书', number: 'CMA-示例-2', scope: '', expiresOn: '2026-12-13' }] }));
    expect(b.statusCode).toBe(201);
    expect(b.json()).toMatchObject({ licenceState: 'expiring', licenceStateLabel: '30日内到期' });
    bodyB = b.json().id;
    // Only managers register: a township officer reads, an enterprise or sysadmin sees nothing.
    expect((await req('guoyang_town', 'POST', '/api/service-bodies', newBody(3))).statusCode).toBe(404);
    expect((await req('ent_admin', 'POST', '/api/service-bodies', newBody(3))).statusCode).toBe(404);
  });

  it('is read by officers whose region covers the owner org, filtered by type, status and licence expiry', async () => {
    for (const who of ['guoyang_yjj', 'guoyang_aqb', 'bozhou_aqb']) {
      const list = (await req(who, 'GET', '/api/service-bodies')).json();
      expect(list.items.map((i: { id: string }) => i.id).sort(), who).toEqual([bodyA, bodyB].sort());
    }
    // A county's register is below a township officer's region scope only when the township keeps it: none here.
    for (const who of ['mengcheng_yjj', 'guoyang_town']) expect((await req(who, 'GET', '/api/service-bodies')).json(), who).toEqual({ items: [], total: 0 });
    for (const who of ['ent_admin', 'sysadmin', 'expert_demo']) expect((await req(who, 'GET', '/api/service-bodies')).statusCode, who).toBe(404);
    expect((await req('guoyang_yjj', 'GET', '/api/service-bodies?type=testing')).json().items.map((i: { id: string }) => i.id)).toEqual([bodyB]);
    expect((await req('guoyang_yjj', 'GET', '/api/service-bodies?licence=attention')).json().total).toBe(1);
    expect((await req('guoyang_yjj', 'GET', '/api/service-bodies?licence=expired')).json().total).toBe(0);
    const todos = (await req('guoyang_yjj', 'GET', '/api/todos')).json().items as { key: string; count: number }[];
    expect(todos.find((x) => x.key === 'service_bodies.licence_attention')?.count).toBe(1);
  });

  it('changes status only with a reason, audited; compare-and-set on version; only the owner org edits', async () => {
    const noReason = await req('guoyang_yjj', 'PATCH', `/api/service-bodies/${bodyB}`, { version: 1, status: 'suspended' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ field: 'statusReason', message: '将机构设为「暂停」须填写原因' });
    expect((await req('bozhou_aqb', 'PATCH', `/api/service-bodies/${bodyB}`, { version: 1, status: 'suspended', statusReason: '资质将到期' })).statusCode).toBe(403);
    const ok = await req('guoyang_yjj', 'PATCH', `/api/service-bodies/${bodyB}`, { version: 1, status: 'suspended', statusReason: '资质将到期未续' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'suspended', statusLabel: '暂停', statusReason: '资质将到期未续', version: 2 });
    expect((await req('guoyang_yjj', 'PATCH', `/api/service-bodies/${bodyB}`, { version: 1, name: 'x' })).statusCode).toBe(409);
    const [audit] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'service_body.status' AND entity_id = ${bodyB}`);
    expect(audit?.n).toBe(1);
    expect((await req('guoyang_yjj', 'GET', '/api/service-bodies?status=suspended')).json().total).toBe(1);
  });

  it('seals a staff member’s ID number: only the masked form is shown, the clear number is in no column', async () => {
    const bad = await req('guoyang_yjj', 'POST', `/api/service-bodies/${bodyA}/staff`, { name: '李示例', idNumber: '341621198503122010' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('idNumber');
    expect(bad.json().message).toContain('身份证号');
    const res = await req('guoyang_yjj', 'POST', `/api/service-bodies/${bodyA}/staff`, { name: '李示例', phone: '13900000000', idNumber: ID_NUMBER, certificate: { name: '安全评价师', number: 'PJS-示例-1', expiresOn: '2029-01-01' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().idNumberMasked).toBe(`341621********${ID_NUMBER.slice(-4)}`);
    staffId = res.json().id;
    const patch = await req('guoyang_yjj', 'PATCH', `/api/service-bodies/${bodyA}/staff/${staffId}`, { version: 1, active: false });
    expect(patch.json()).toMatchObject({ active: false, version: 2 });
    const detail = (await req('guoyang_yjj', 'GET', `/api/service-bodies/${bodyA}`)).json();
    expect(detail.staff).toHaveLength(1);
    const [row] = await t.rows<{ r: string }>(sql`SELECT row_to_json(s)::text AS r FROM service_body_staff s WHERE id = ${staffId}`);
    expect(row?.r).not.toContain(ID_NUMBER);
    // No column of any table holds it (the sealed text is ciphertext, the masked form hides the birth date).
    const tables = await t.rows<{ name: string }>(sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    expect(tables.length).toBeGreaterThan(20);
    for (const { name } of tables) {
      const [hit] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)} x WHERE x::text LIKE ${`%${ID_NUMBER}%`}`);
      expect(hit?.n, name).toBe(0);
    }
  });
});

describe('reports, the quarter’s 复核 sample and the ranking', () => {
  it('records reports for enterprises in scope only', async () => {
    const out = await req('guoyang_yjj', 'POST', `/api/service-bodies/${bodyA}/reports`, { enterpriseId: otherEnterprise, type: '安全现状评价报告', reportDate: '2026-10-10' });
    expect(out.statusCode).toBe(400);
    expect(out.json()).toMatchObject({ field: 'enterpriseId', message: '「委托企业」不存在或不在本单位辖区' });
    expect((await req('guoyang_yjj', 'POST', `/api/service-bodies/${bodyA}/reports`, { enterpriseId: enterprises[0], type: '', reportDate: '2026-10-10' })).json().field).toBe('type');
    for (let i = 0; i < 12; i++) {
      const body = i < 8 ? bodyA : bodyB;
      const res = await req('guoyang_yjj', 'POST', `/api/service-bodies/${body}/reports`, { enterpriseId: enterprises[i % enterprises.length], type: '安全现状评价报告', reportDate: `2026-1${i % 2}-${String(10 + i).padStart(2, '0')}`, conclusion: '基本符合安全生产条件' });
      expect(res.statusCode, res.body).toBe(201);
    }
    // One of last quarter: not in this quarter's sample.
    expect((await req('guoyang_yjj', 'POST', `/api/service-bodies/${bodyA}/reports`, { enterpriseId: enterprises[0], type: '检测报告', reportDate: '2026-09-01' })).statusCode).toBe(201);
    expect((await req('guoyang_yjj', 'GET', `/api/service-bodies/${bodyA}/reports`)).json().total).toBe(9);
  });

  it('draws at least one report per body at 10 %, reproducibly: a second draw of the quarter returns the same sample', async () => {
    expect((await req('guoyang_yjj', 'POST', '/api/service-bodies/review-samples', { quarter: '2026-Q5' })).json().field).toBe('quarter');
    expect((await req('guoyang_yjj', 'POST', '/api/service-bodies/review-samples', { quarter: '2027-Q1' })).json()).toMatchObject({ field: 'quarter', message: '「季度」不能晚于本季度' });
    const first = await req('guoyang_yjj', 'POST', '/api/service-bodies/review-samples', { quarter: '2026-Q4' });
    expect(first.statusCode, first.body).toBe(200);
    const items = first.json().items as { id: string; bodyId: string; reportDate: string; result: null }[];
    expect(items.filter((i) => i.bodyId === bodyA)).toHaveLength(reviewSampleSize(8, 10));
    expect(items.filter((i) => i.bodyId === bodyB)).toHaveLength(reviewSampleSize(4, 10));
    expect(items.every((i) => i.reportDate >= '2026-10-01')).toBe(true);
    const again = await req('guoyang_yjj', 'POST', '/api/service-bodies/review-samples', { quarter: '2026-Q4' });
    expect(again.json().items.map((i: { id: string }) => i.id)).toEqual(items.map((i) => i.id));
    expect(again.json().seed).toBe(first.json().seed);
    const [draws] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM service_review_draws`);
    expect(draws?.n).toBe(1);
    reviewId = items.find((i) => i.bodyId === bodyA)?.id ?? '';
    // The city reads the county's sample; another county sees none of it.
    expect((await req('bozhou_aqb', 'GET', '/api/service-bodies/review-samples?quarter=2026-Q4')).json().items).toHaveLength(items.length);
    expect((await req('mengcheng_yjj', 'GET', '/api/service-bodies/review-samples?quarter=2026-Q4')).json().items).toHaveLength(0);
  });

  it('records a result: a 不合格 needs a defect; stale versions conflict', async () => {
    const noDefect = await req('guoyang_yjj', 'PUT', `/api/service-report-reviews/${reviewId}`, { version: 1, result: 'fail', defects: [] });
    expect(noDefect.statusCode).toBe(400);
    expect(noDefect.json()).toMatchObject({ field: 'defects', message: '复核结论为「不合格」时须至少填写一项问题' });
    expect((await req('guoyang_yjj', 'PUT', `/api/service-report-reviews/${reviewId}`, { version: 1, result: 'maybe', defects: [] })).json().field).toBe('result');
    const ok = await req('guoyang_yjj', 'PUT', `/api/service-report-reviews/${reviewId}`, { version: 1, result: 'fail', defects: ['现场检查记录缺失', '结论依据不足'] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ result: 'fail', resultLabel: '不合格', defects: ['现场检查记录缺失', '结论依据不足'], version: 2 });
    expect((await req('guoyang_yjj', 'PUT', `/api/service-report-reviews/${reviewId}`, { version: 1, result: 'pass' })).statusCode).toBe(409);
    expect((await req('bozhou_aqb', 'PUT', `/api/service-report-reviews/${reviewId}`, { version: 2, result: 'pass' })).statusCode).toBe(403);
    const detail = (await req('guoyang_yjj', 'GET', `/api/service-bodies/${bodyA}`)).json();
    expect(detail.reports.find((r: { review: { id: string } | null }) => r.review?.id === reviewId).review).toMatchObject({ result: 'fail', resultLabel: '不合格' });
  });

  it('ranks bodies by failure rate as core rankServiceBodies does, flagging those above the threshold', async () => {
    const ranking = (await req('guoyang_aqb', 'GET', '/api/service-bodies/ranking?quarter=2026-Q4')).json();
    const counts = await t.rows<{ bodyId: string; sampled: number; reviewed: number; failed: number }>(sql`
      SELECT b.id::text AS "bodyId", count(v.id)::int AS sampled, count(v.result)::int AS reviewed, count(*) FILTER (WHERE v.result = 'fail')::int AS failed
      FROM service_bodies b LEFT JOIN service_reports r ON r.body_id = b.id LEFT JOIN service_report_reviews v ON v.report_id = r.id AND v.quarter = '2026-Q4'
      GROUP BY b.id ORDER BY b.name, b.id`);
    const oracle = rankServiceBodies(counts);
    expect(ranking.items.map((i: { bodyId: string; failureRate: number | null; rank: number | null; flagged: boolean }) => [i.bodyId, i.failureRate, i.rank, i.flagged])).toEqual(
      oracle.map((o) => [o.bodyId, o.failureRate, o.rank, o.flagged]),
    );
    expect(ranking.items.find((i: { bodyId: string }) => i.bodyId === bodyA)).toMatchObject({ sampled: 1, reviewed: 1, failed: 1, failureRate: 1 });
    expect((await req('mengcheng_yjj', 'GET', '/api/service-bodies/ranking?quarter=2026-Q4')).json().items).toEqual([]);
    expect((await req('guoyang_yjj', 'GET', '/api/service-bodies/ranking?quarter=2026-Q9')).statusCode).toBe(400);
  });
});

describe('政府购买服务 and purchased inspections', () => {
  it('records a contract and counts the closed 第三方检查 by the body’s staff against it', async () => {
    const bad = await req('guoyang_yjj', 'POST', '/api/service-contracts', { bodyId: bodyA, scope: '危化企业第三方检查', enterpriseIds: [otherEnterprise], periodFrom: '2026-01-01', periodTo: '2026-12-31', amountFen: 12_000_000, inspectionsContracted: 10 });
    expect(bad.json()).toMatchObject({ field: 'enterpriseIds' });
    expect((await req('guoyang_yjj', 'POST', '/api/service-contracts', { bodyId: bodyA, scope: 'x', periodFrom: '2026-12-01', periodTo: '2026-01-01', amountFen: 1, inspectionsContracted: 1 })).json().field).toBe('periodTo');
    const res = await req('guoyang_yjj', 'POST', '/api/service-contracts', { bodyId: bodyA, scope: '危化企业第三方检查', enterpriseIds: enterprises.slice(0, 3), periodFrom: '2026-01-01', periodTo: '2026-12-31', amountFen: 12_000_000, inspectionsContracted: 10 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ inspectionsDone: 0, inspectionsContracted: 10, amountFen: 12_000_000 });
    const [expert] = await t.rows<{ id: string }>(sql`SELECT id::text FROM users WHERE username = 'expert_demo'`);
    const planned = await req('guoyang_yjj', 'POST', '/api/inspections', {
      kind: 'third_party',
      methods: ['four_no_two_straight'],
      subjectKind: 'enterprise',
      enterpriseId: enterprises[0],
      plannedOn: '2026-11-23',
      checklist: { sector: 'hazchem' },
      members: [{ userId: expert?.id, name: '李示例', role: 'third_party', orgName: '亳州示例安全评价有限公司1' }],
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const inspectionId = planned.json().id as string;
    await t.database.unsafeOwnerExec(`UPDATE inspections SET status = 'closed', check_date = '2026-11-23' WHERE id = '${inspectionId}'`);
    const list = (await req('guoyang_yjj', 'GET', `/api/service-contracts?bodyId=${bodyA}`)).json();
    expect(list.items[0]).toMatchObject({ inspectionsDone: 1, inspectionsContracted: 10 });
    expect((await req('mengcheng_yjj', 'GET', '/api/service-contracts')).json().items).toEqual([]);

    // The third-party member sees the inspection but cannot confirm a major hazard: only the sector regulator does.
    expect((await req('expert_demo', 'GET', `/api/inspections/${inspectionId}`)).statusCode).toBe(200);
    const hazard = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId: enterprises[0] ?? '', deadline: '2026-12-31', sector: 'hazchem', level: 'major', status: 'pending_confirmation' });
    const confirm = await req('expert_demo', 'POST', `/api/hazards/${hazard.id}/actions/confirm`, { version: 1, level: 'major' });
    expect([403, 404]).toContain(confirm.statusCode);
    const [status] = await t.rows<{ status: string }>(sql`SELECT status FROM hazards WHERE id = ${hazard.id}`);
    expect(status?.status).toBe('pending_confirmation');
  });
});

describe('scope', () => {
  it('answers 404 for a body, staff, review or contract body of another county on every endpoint', async () => {
    for (const who of ['mengcheng_yjj', 'mengcheng_aqb']) {
      const cases: [string, 'GET' | 'POST' | 'PUT' | 'PATCH', string, unknown][] = [
        ['detail', 'GET', `/api/service-bodies/${bodyA}`, undefined],
        ['patch', 'PATCH', `/api/service-bodies/${bodyA}`, { version: 1, name: 'x' }],
        ['staff add', 'POST', `/api/service-bodies/${bodyA}/staff`, { name: '王示例' }],
        ['staff patch', 'PATCH', `/api/service-bodies/${bodyA}/staff/${staffId}`, { version: 2, active: true }],
        ['reports', 'GET', `/api/service-bodies/${bodyA}/reports`, undefined],
        ['report add', 'POST', `/api/service-bodies/${bodyA}/reports`, { enterpriseId: otherEnterprise, type: '报告', reportDate: '2026-11-01' }],
        ['review', 'PUT', `/api/service-report-reviews/${reviewId}`, { version: 2, result: 'pass' }],
        ['contract add', 'POST', '/api/service-contracts', { bodyId: bodyA, scope: 'x', periodFrom: '2026-01-01', periodTo: '2026-12-31', amountFen: 1, inspectionsContracted: 1 }],
        ['contracts of body', 'GET', `/api/service-contracts?bodyId=${bodyA}`, undefined],
      ];
      for (const [name, method, url, body] of cases) expect((await req(who, method, url, body)).statusCode, `${who} ${name}`).toBe(404);
    }
    // Enterprise and platform accounts: every endpoint 404.
    for (const who of ['ent_admin', 'sysadmin']) {
      for (const url of [`/api/service-bodies/${bodyA}`, '/api/service-bodies/ranking', '/api/service-bodies/review-samples', '/api/service-contracts']) expect((await req(who, 'GET', url)).statusCode, `${who} ${url}`).toBe(404);
      expect((await req(who, 'POST', '/api/service-bodies/review-samples', { quarter: '2026-Q4' })).statusCode).toBe(404);
    }
    // A township officer's region does not cover the county's register.
    expect((await req('guoyang_town', 'GET', `/api/service-bodies/${bodyA}`)).statusCode).toBe(404);
    expect((await req('guoyang_town', 'PUT', `/api/service-report-reviews/${reviewId}`, { version: 2, result: 'pass' })).statusCode).toBe(404);
  });

  it('never sent the clear ID number in any response', () => {
    expect(responses.length).toBeGreaterThan(50);
    for (const body of responses) expect(body).not.toContain(ID_NUMBER);
  });
});
