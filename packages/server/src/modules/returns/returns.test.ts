import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { notifications, returnEvents } from '../../db/schema/index.ts';
import { ensureDemoPlanOrgs, type DemoPlanOrgs } from '../../seed/demo-plan-orgs.ts';
import { seedDemoPlanPeople } from '../../seed/demo-plan-people.ts';
import { runReturnReminders } from './returns.reminders.ts';

let t: TestApp;
let org: DemoPlanOrgs;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 30 });
  org = await ensureDemoPlanOrgs(t.database.db, t.clock.now());
  await seedDemoPlanPeople(t.database.db, org, t.clock.now());
  for (const u of ['bozhou_aqb', 'bozhou_yjj', 'guoyang_aqb', 'mengcheng_aqb', 'guoyang_yjj', 'ent_admin', 'sysadmin', 'bozhou_jb', 'auditor']) tokens[u] = await t.login(u);
});
afterAll(async () => t?.close());

const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) => t.request(tokens[who] ?? null, method, url, body);
const json = <T,>(r: LightMyRequestResponse) => r.json() as T;

type Requirement = { id: string; version: number; dueRuleLabel: string; sections: string[] };
type Return = { id: string; status: string; version: number; timeliness: string; actions: string[]; report: { figures: { key: string; value: number | null }[]; text: string; problems: string[] }; timeline: { kind: string; payload: Record<string, unknown> }[]; timelineVerified: boolean };

let requirement: Requirement;
let filed: Return;
const report = { text: '本月组织开展危化品专项检查12次，发现问题34项，已整改29项。', problems: ['部分企业重大危险源监测预警系统数据接入不稳定'] };

describe('report requirements', () => {
  it('the city 安委办 requires a monthly return by the 20th from its 应急管理局 and 涡阳县; bad input names the field', async () => {
    const bad = await call('bozhou_aqb', 'POST', '/api/report-requirements', { kind: 'progress', name: '月度工作进展', cadence: 'monthly', dueRule: { kind: 'day_of_last_month', day: 20 }, reportingOrgIds: [org.city.yjj], startPeriod: '2026-Q3' });
    expect(json<{ field: string; message: string }>(bad)).toMatchObject({ field: 'startPeriod' });
    const foreign = await call('guoyang_aqb', 'POST', '/api/report-requirements', { kind: 'progress', name: 'x', cadence: 'monthly', dueRule: { kind: 'period_end' }, reportingOrgIds: [org.city.yjj], startPeriod: '2026-09' });
    expect(json<{ field: string }>(foreign)).toMatchObject({ field: 'reportingOrgIds.0' });
    const created = await call('bozhou_aqb', 'POST', '/api/report-requirements', {
      kind: 'progress',
      name: '治本攻坚月度工作进展和任务清单完成情况',
      cadence: 'monthly',
      dueRule: { kind: 'day_of_last_month', day: 20 },
      graceDays: 10,
      reportingOrgIds: [org.city.yjj, org.counties.guoyang],
      startPeriod: '2026-09',
    });
    expect(created.statusCode, created.body).toBe(201);
    requirement = json<Requirement>(created);
    expect(requirement.dueRuleLabel).toBe('每月20日前');
    expect(requirement.sections).toContain('task_progress');
    // the reporting orgs see it; others do not
    expect(json<{ items: unknown[] }>(await call('bozhou_yjj', 'GET', '/api/report-requirements')).items).toHaveLength(1);
    expect(json<{ items: unknown[] }>(await call('guoyang_aqb', 'GET', '/api/report-requirements')).items).toHaveLength(1);
    expect((await call('mengcheng_aqb', 'GET', `/api/report-requirements/${requirement.id}`)).statusCode).toBe(404);
  });
});

describe('filing a return (today is 2026-11-23)', () => {
  it('lists what the org may file now, pre-filled with the figures Zhiben knows', async () => {
    const toFile = json<{ items: { period: string; due: string; closes: string; timeliness: string }[] }>(await call('bozhou_yjj', 'GET', '/api/returns/to-file'));
    // 2026-10 closed on 10-30 (due 10-20 + 10 days); 2026-11 is due 11-20, still open for a late return until 11-30
    expect(toFile.items).toEqual([expect.objectContaining({ period: '2026-11', due: '2026-11-20', closes: '2026-11-30', timeliness: 'missing' })]);
    const prefill = json<{ report: { figures: { key: string; value: number | null; source: string }[] } }>(await call('bozhou_yjj', 'GET', `/api/returns/prefill?requirementId=${requirement.id}&period=2026-11`));
    expect(prefill.report.figures.map((f) => f.key)).toContain('stock_clearance_rate');
    expect(prefill.report.figures.every((f) => f.source === 'zhiben')).toBe(true);
  });

  it('refuses a closed period, a period not begun and an org not required to file — naming the field', async () => {
    const closed = await call('bozhou_yjj', 'POST', '/api/returns', { requirementId: requirement.id, period: '2026-10', report });
    expect(closed.statusCode).toBe(400);
    expect(json<{ code: string; field: string; message: string }>(closed)).toMatchObject({ code: 'RETURN_NOT_FILEABLE', field: 'period', message: '报送期已关闭（截止2026-10-20，逾期补报至2026-10-30）' });
    const early = await call('bozhou_yjj', 'POST', '/api/returns', { requirementId: requirement.id, period: '2026-12', report });
    expect(json<{ field: string }>(early)).toMatchObject({ field: 'period' });
    const notRequired = await call('bozhou_aqb', 'POST', '/api/returns', { requirementId: requirement.id, period: '2026-11', report });
    expect(json<{ code: string; field: string }>(notRequired)).toMatchObject({ code: 'RETURN_NOT_FILEABLE', field: 'orgId' });
    // an org that is not a reporting org does not even see the requirement
    expect((await call('guoyang_yjj', 'POST', '/api/returns', { requirementId: requirement.id, period: '2026-11', report })).statusCode).toBe(404);
    const noText = await call('bozhou_yjj', 'POST', '/api/returns', { requirementId: requirement.id, period: '2026-11', report: { text: '' } });
    expect(json<{ field: string }>(noText)).toMatchObject({ field: 'report.text' });
  });

  it('files once: a second filing of the same period — even at the same moment — is 409, never a second record', async () => {
    const body = { requirementId: requirement.id, period: '2026-11', report };
    const [a, b] = await Promise.all([call('bozhou_yjj', 'POST', '/api/returns', body), call('bozhou_yjj', 'POST', '/api/returns', body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    filed = json<Return>(a.statusCode === 201 ? a : b);
    expect(filed).toMatchObject({ status: 'submitted', timeliness: 'late', timelineVerified: true });
    expect(filed.report.problems).toEqual(report.problems);
    expect(json<{ code: string }>(a.statusCode === 409 ? a : b).code).toBe('RETURN_ALREADY_FILED');
    expect((await call('bozhou_yjj', 'POST', '/api/returns', body)).statusCode).toBe(409);
  });

  it('待办: the filing org no longer has it to file; the issuer has it to review (its own returns upward are not its review)', async () => {
    type Todo = { key: string; count: number; api: string };
    const todos = async (who: string) => json<{ items: Todo[] }>(await call(who, 'GET', '/api/todos')).items;
    const countOf = (items: Todo[], key: string) => items.find((i) => i.key === key)?.count;
    const issuer = await todos('bozhou_aqb');
    expect(countOf(issuer, 'returns.submitted')).toBe(1);
    const review = json<{ items: { id: string | null }[]; total: number }>(await call('bozhou_aqb', 'GET', issuer.find((i) => i.key === 'returns.submitted')?.api ?? ''));
    expect(review.items.map((i) => i.id)).toEqual([filed.id]);
    // 涡阳县 has not filed November (missing) — its own to-do; the 应急管理局 filed it, so nothing is missing for November.
    const county = await todos('guoyang_aqb');
    expect(countOf(county, 'returns.mine_missing')).toBe(3);
    expect(countOf(county, 'returns.submitted')).toBe(0);
    const bureau = await todos('bozhou_yjj');
    expect(countOf(bureau, 'returns.mine_missing')).toBe(2);
    expect(countOf(bureau, 'returns.submitted')).toBeUndefined();
    for (const [who, items] of [['bozhou_aqb', issuer], ['guoyang_aqb', county], ['bozhou_yjj', bureau]] as const) {
      for (const item of items.filter((i) => i.key.startsWith('returns.'))) {
        expect(json<{ total: number }>(await call(who, 'GET', item.api)).total, `${who} ${item.key}`).toBe(item.count);
      }
    }
  });

  it('the issuer sends it back, the org files it again, the issuer accepts it — then it is locked; every filing stays on the timeline', async () => {
    expect(filed.actions).toEqual([]);
    const asIssuer = json<Return>(await call('bozhou_aqb', 'GET', `/api/returns/${filed.id}`));
    expect(asIssuer.actions).toEqual(['accept', 'send_back']);
    const noComment = await call('bozhou_aqb', 'POST', `/api/returns/${filed.id}/actions/send_back`, { version: asIssuer.version, comment: '' });
    expect(json<{ field: string }>(noComment)).toMatchObject({ field: 'comment' });
    const back = json<Return>(await call('bozhou_aqb', 'POST', `/api/returns/${filed.id}/actions/send_back`, { version: asIssuer.version, comment: '请补充整改数据的佐证材料' }));
    expect(back.status).toBe('returned');
    expect((await call('bozhou_aqb', 'POST', `/api/returns/${filed.id}/actions/resubmit`, { version: back.version, report })).statusCode).toBe(403);
    const again = json<Return>(await call('bozhou_yjj', 'POST', `/api/returns/${filed.id}/actions/resubmit`, { version: back.version, report: { ...report, text: `${report.text}（已补充佐证）` } }));
    expect(again).toMatchObject({ status: 'submitted', timeliness: 'late' });
    const accepted = json<Return>(await call('bozhou_aqb', 'POST', `/api/returns/${filed.id}/actions/accept`, { version: again.version }));
    expect(accepted).toMatchObject({ status: 'accepted', actions: [] });
    const locked = await call('bozhou_aqb', 'POST', `/api/returns/${filed.id}/actions/send_back`, { version: accepted.version, comment: 'x' });
    expect(locked.statusCode).toBe(403);
    expect(json<{ message: string }>(locked).message).toBe('报送已审核通过并锁定，不能再修改');
    const events = await t.database.db.select().from(returnEvents).where(eq(returnEvents.subjectId, filed.id));
    expect(events.map((e) => e.kind)).toEqual(['submit', 'send_back', 'resubmit', 'accept']);
    expect((events[0]?.payload as { report: { text: string } }).report.text).toBe(report.text);
    expect((events[2]?.payload as { report: { text: string } }).report.text).toContain('已补充佐证');
  });

  it('counts on time / late / missing per org: 涡阳县 never filed, the 应急管理局 filed November late', async () => {
    const byOrg = json<{ rows: { key: string; onTime: number; late: number; missing: number; onTimeRate: number | null }[]; total: { expected: number } }>(
      await call('bozhou_aqb', 'GET', '/api/returns/figures?by=org'),
    );
    expect(byOrg.rows.find((r) => r.key === org.city.yjj)).toMatchObject({ onTime: 0, late: 1, missing: 2, onTimeRate: 0 });
    expect(byOrg.rows.find((r) => r.key === org.counties.guoyang)).toMatchObject({ onTime: 0, late: 0, missing: 3 });
    const missing = json<{ items: { orgName: string; period: string }[]; total: number }>(await call('bozhou_aqb', 'GET', '/api/returns?timeliness=missing'));
    expect(missing.total).toBe(5);
    // an org sees only its own returns
    const own = json<{ items: { orgId: string }[] }>(await call('guoyang_aqb', 'GET', '/api/returns'));
    expect(new Set(own.items.map((i) => i.orgId))).toEqual(new Set([org.counties.guoyang]));
  });

  it('cross-scope: other counties, other departments and everyone without the capability get 404', async () => {
    for (const who of ['mengcheng_aqb', 'guoyang_yjj', 'guoyang_aqb', 'ent_admin', 'sysadmin', 'bozhou_jb', 'auditor']) {
      expect((await call(who, 'GET', `/api/returns/${filed.id}`)).statusCode, who).toBe(404);
      expect((await call(who, 'POST', `/api/returns/${filed.id}/actions/accept`, { version: 1 })).statusCode, who).toBe(404);
      expect((await call(who, 'PATCH', `/api/report-requirements/${requirement.id}`, { version: 1, name: 'x' })).statusCode, who).toBe(who === 'guoyang_aqb' ? 403 : 404);
    }
    for (const who of ['ent_admin', 'sysadmin', 'bozhou_jb', 'auditor']) {
      for (const url of ['/api/returns', '/api/returns/figures', '/api/returns/to-file', '/api/report-requirements', `/api/returns/prefill?requirementId=${requirement.id}&period=2026-11`]) {
        expect((await call(who, 'GET', url)).statusCode, `${who} ${url}`).toBe(404);
      }
    }
  });
});

describe('reminders through the notifications outbox', () => {
  it('the 联络员 of orgs that have not filed are reminded 3 days before; the issuer gets the late list the day after', async () => {
    t.clock.set(new Date('2026-12-17T02:00:00Z')); // China 2026-12-17: 2026-12 is due on the 20th
    const soon = await runReturnReminders({ db: t.database.db, clock: t.clock });
    expect(soon).toMatchObject({ dueSoon: 2 });
    const rows = await t.database.db.select().from(notifications).where(like(notifications.dedupeKey, `return:${requirement.id}:2026-12:%`));
    expect(rows.filter((r) => r.template === 'return_due_soon' && r.channel === 'sms')).toHaveLength(2);
    expect((await runReturnReminders({ db: t.database.db, clock: t.clock })).inserted).toBe(0);
    t.clock.set(new Date('2026-12-21T02:00:00Z'));
    const late = await runReturnReminders({ db: t.database.db, clock: t.clock });
    expect(late.late).toBe(2);
    const list = await t.database.db.select().from(notifications).where(and(eq(notifications.template, 'return_late_list'), like(notifications.dedupeKey, `return:${requirement.id}:2026-12:%`)));
    expect(list.length).toBeGreaterThan(0);
    expect(list[0]?.body).toContain('亳州市应急管理局');
    expect(list[0]?.body).toContain('涡阳县安全生产委员会办公室');
    t.clock.set(new Date('2026-11-23T08:00:00.000Z'));
  });
});
