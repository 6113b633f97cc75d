import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { formatRate } from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { meetings, roundEvents } from '../../db/schema/index.ts';
import { seedDemoHazards } from '../../seed/demo-hazards.ts';
import { ensureDemoPlanOrgs, type DemoPlanOrgs } from '../../seed/demo-plan-orgs.ts';
import { seedDemoPlanPeople, type DemoLeaders } from '../../seed/demo-plan-people.ts';

let t: TestApp;
let org: DemoPlanOrgs;
let people: DemoLeaders;
const tokens: Record<string, string> = {};
let planId = '';

const call = (who: string, method: 'GET' | 'POST', url: string, body?: unknown) => t.request(tokens[who] ?? null, method, url, body);
const json = <T,>(r: LightMyRequestResponse) => r.json() as T;
async function ok<T>(who: string, method: 'GET' | 'POST', url: string, body?: unknown, status = 200): Promise<T> {
  const response = await call(who, method, url, body);
  expect(response.statusCode, response.body).toBe(status);
  return json<T>(response);
}

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 150 });
  org = await ensureDemoPlanOrgs(t.database.db, t.clock.now());
  people = await seedDemoPlanPeople(t.database.db, org, t.clock.now());
  await seedDemoHazards(t.database.db, { count: 60, now: t.clock.now() });
  for (const u of ['bozhou_aqb', 'bozhou_yjj', 'guoyang_aqb', 'mengcheng_aqb', 'ent_admin', 'sysadmin', 'bozhou_jb']) tokens[u] = await t.login(u);
  // A plan with tasks in two 行动, a monthly requirement, and one return filed late.
  const plan = await ok<{ id: string; version: number }>('bozhou_aqb', 'POST', '/api/plans', {
    kind: 'three_year',
    name: '亳州市安全生产治本攻坚三年行动实施方案(2024—2026年)',
    periodFrom: '2024-01-01',
    periodTo: '2026-12-31',
    actionLines: [
      { code: '（一）', name: '安全生产责任落实行动' },
      { code: '（三）', name: '开展重大事故隐患动态清零行动' },
    ],
  }, 201);
  planId = plan.id;
  await ok('bozhou_aqb', 'POST', `/api/plans/${planId}/actions/issue`, { version: plan.version, docNo: '亳安〔2024〕1号', issuedOn: '2024-02-21' });
  const tasks = [
    { code: '1', actionCode: '（一）', name: '开展安全生产督导', leadOrgId: org.city.aqb, dueDate: '2026-12-31' },
    { code: '16', actionCode: '（三）', name: '完善重大事故隐患治理督办制度', leadOrgId: org.city.yjj, dueDate: '2024-12-31' },
    { code: '17', actionCode: '（三）', name: '健全重大事故隐患数据库', leadOrgId: org.city.yjj, dueDate: '2026-06-30' },
  ];
  for (const task of tasks) await ok('bozhou_aqb', 'POST', '/api/tasks', { planId, kind: 'milestone', ...task }, 201);
  await ok('bozhou_aqb', 'POST', `/api/plans/${planId}/tasks/issue`, {});
  const requirement = await ok<{ id: string }>('bozhou_aqb', 'POST', '/api/report-requirements', {
    kind: 'progress', name: '治本攻坚月度工作进展', planId, cadence: 'monthly', dueRule: { kind: 'day_of_last_month', day: 20 }, reportingOrgIds: [org.city.yjj, org.counties.guoyang], startPeriod: '2026-10',
  }, 201);
  await ok('bozhou_yjj', 'POST', '/api/returns', { requirementId: requirement.id, period: '2026-11', report: { text: '本月开展危化品专项检查。', problems: ['重大危险源监测数据接入不稳定'] } }, 201);
});
afterAll(async () => t?.close());

type Round = {
  id: string;
  status: string;
  version: number;
  actions: string[];
  problems: { id: string; text: string }[];
  returnProblems: { submissionId: string; orgId: string; text: string }[];
  returns: { expected: number; onTime: number; late: number; missing: number };
  meeting: { chairName: string } | null;
  decisions: { code: string; name: string; status: string; leadOrg: { name: string } | null }[];
  timeline: { kind: string }[];
  timelineVerified: boolean;
};
let round: Round;

describe('a month\'s dispatch: open, problems, meeting, decisions, close', () => {
  it('opens the round once per month, not for a future month', async () => {
    round = await ok<Round>('bozhou_aqb', 'POST', '/api/dispatch-rounds', { month: '2026-11', planId }, 201);
    expect(round).toMatchObject({ status: 'open', actions: ['add_problem', 'hold_meeting'], timelineVerified: true });
    // the month's returns: 应急管理局 filed late, 涡阳县 missing
    expect(round.returns).toMatchObject({ expected: 2, onTime: 0, late: 1, missing: 1 });
    expect(round.returnProblems.map((p) => p.text)).toEqual(['重大危险源监测数据接入不稳定']);
    const twice = await call('bozhou_aqb', 'POST', '/api/dispatch-rounds', { month: '2026-11' });
    expect(twice.statusCode).toBe(409);
    expect(json<{ field: string }>(twice).field).toBe('month');
    const future = await call('bozhou_aqb', 'POST', '/api/dispatch-rounds', { month: '2027-01' });
    expect(json<{ field: string }>(future)).toMatchObject({ field: 'month' });
  });

  it('records a problem from a return, holds the meeting (a meeting record the cadence counts), decides a 交办 item, closes', async () => {
    const adopted = round.returnProblems[0];
    if (!adopted) throw new Error('no problem');
    round = await ok<Round>('bozhou_aqb', 'POST', `/api/dispatch-rounds/${round.id}/actions/add_problem`, { version: round.version, orgId: adopted.orgId, text: adopted.text, submissionId: adopted.submissionId });
    expect(round.returnProblems).toEqual([]);
    const early = await call('bozhou_aqb', 'POST', `/api/dispatch-rounds/${round.id}/actions/decide`, { version: round.version, kind: 'assignment', name: 'x', leadOrgId: org.city.yjj, dueDate: '2026-12-15' });
    expect(early.statusCode).toBe(403);
    const badDate = await call('bozhou_aqb', 'POST', `/api/dispatch-rounds/${round.id}/actions/hold_meeting`, { version: round.version, date: '2026-10-31', chairLeaderId: people.deputy_exec });
    expect(json<{ field: string }>(badDate)).toMatchObject({ field: 'date' });
    round = await ok<Round>('bozhou_aqb', 'POST', `/api/dispatch-rounds/${round.id}/actions/hold_meeting`, {
      version: round.version,
      date: '2026-11-22',
      chairLeaderId: people.deputy_exec,
      attendees: ['市安委会各成员单位分管负责同志'],
      topics: ['各成员单位11月治本攻坚进展', '重大危险源监测数据接入问题'],
      minutes: '会议听取了各单位工作进展汇报，研究部署了下一步工作。',
    });
    expect(round.meeting?.chairName).toBe('陈志强（演示）');
    const [meeting] = await t.database.db.select().from(meetings).where(eq(meetings.roundId, round.id));
    expect(meeting).toMatchObject({ kind: 'dispatch', chairLeaderId: people.deputy_exec });
    const pastDue = await call('bozhou_aqb', 'POST', `/api/dispatch-rounds/${round.id}/actions/decide`, { version: round.version, kind: 'assignment', name: 'x', leadOrgId: org.city.yjj, dueDate: '2026-11-01' });
    expect(json<{ field: string }>(pastDue)).toMatchObject({ field: 'dueDate' });
    round = await ok<Round>('bozhou_aqb', 'POST', `/api/dispatch-rounds/${round.id}/actions/decide`, {
      version: round.version,
      kind: 'assignment',
      name: '督促重大危险源企业12月15日前完成监测数据接入整改',
      leadOrgId: org.city.yjj,
      coOrgIds: [org.city.jxj],
      dueDate: '2026-12-15',
      problemId: round.problems[0]?.id,
    });
    expect(round.decisions).toMatchObject([{ code: '交办〔2026-11〕1号', status: 'issued', leadOrg: { name: '亳州市应急管理局' } }]);
    // the decision is the lead org's task now
    const theirs = json<{ items: { code: string }[] }>(await call('bozhou_yjj', 'GET', '/api/tasks?mine=true&kind=assignment'));
    expect(theirs.items.map((i) => i.code)).toEqual(['交办〔2026-11〕1号']);
    round = await ok<Round>('bozhou_aqb', 'POST', `/api/dispatch-rounds/${round.id}/actions/close`, { version: round.version, docNo: '亳安办〔2026〕45号' });
    expect(round.status).toBe('closed');
    const events = await t.database.db.select().from(roundEvents).where(eq(roundEvents.subjectId, round.id));
    expect(events.map((e) => e.kind)).toEqual(['open', 'add_problem', 'hold_meeting', 'decide', 'close']);
    expect(round.timelineVerified).toBe(true);
  });

  it('cross-scope: another county, a department and everyone without the capability get 404', async () => {
    for (const who of ['mengcheng_aqb', 'guoyang_aqb', 'bozhou_yjj', 'ent_admin', 'sysadmin', 'bozhou_jb']) {
      expect((await call(who, 'GET', `/api/dispatch-rounds/${round.id}`)).statusCode, who).toBe(404);
      expect((await call(who, 'POST', `/api/dispatch-rounds/${round.id}/actions/add_problem`, { version: round.version, text: 'x' })).statusCode, who).toBe(404);
    }
    for (const who of ['bozhou_yjj', 'ent_admin', 'sysadmin', 'bozhou_jb']) {
      expect((await call(who, 'GET', '/api/dispatch-rounds')).statusCode, who).toBe(404);
      expect((await call(who, 'POST', '/api/dispatch-rounds', { month: '2026-11' })).statusCode, who).toBe(404);
      expect((await call(who, 'POST', '/api/dispatch-documents', { kind: 'monthly', period: '2026-11' })).statusCode, who).toBe(404);
    }
    // the lower level's own rounds are its own; the upper level reads them
    const county = await ok<{ id: string }>('guoyang_aqb', 'POST', '/api/dispatch-rounds', { month: '2026-11' }, 201);
    expect((await call('bozhou_aqb', 'GET', `/api/dispatch-rounds/${county.id}`)).statusCode).toBe(200);
    const foreign = await call('bozhou_aqb', 'POST', `/api/dispatch-rounds/${county.id}/actions/add_problem`, { version: 1, text: 'x' });
    expect(foreign.statusCode).toBe(403);
  });
});

/** Table rows of document.xml as arrays of cell texts. */
function tableRows(xml: string): string[][] {
  const text = (fragment: string) => [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((tr) => [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => text(tc[0])));
}
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

async function generate(who: string, body: { kind: string; period: string; planId?: string }): Promise<Buffer> {
  const started = await ok<{ job: { id: string; status: string; result: { fileName: string } | null; error: string | null } }>(who, 'POST', '/api/dispatch-documents?wait=true', body, 202);
  expect(started.job.status, started.job.error ?? '').toBe('succeeded');
  const file = await t.app.inject({ method: 'GET', url: `/api/dispatch-documents/${started.job.id}/file`, headers: { authorization: `Bearer ${tokens[who] ?? ''}` } });
  expect(file.statusCode).toBe(200);
  expect(file.headers['content-disposition']).toContain(encodeURIComponent(started.job.result?.fileName ?? '?'));
  // only the one who started it downloads it
  const other = await t.app.inject({ method: 'GET', url: `/api/dispatch-documents/${started.job.id}/file`, headers: { authorization: `Bearer ${tokens.guoyang_aqb ?? ''}` } });
  expect(other.statusCode).toBe(404);
  return file.rawPayload;
}

describe('the 调度通报 (.docx): its figures are the APIs\'', () => {
  it('hazards, task progress per 行动 and lead org, late and missing returns, the meeting and the month\'s 交办 items', async () => {
    const zip = await JSZip.loadAsync(await generate('bozhou_aqb', { kind: 'monthly', period: '2026-11' }));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('亳州市安全生产治本攻坚三年行动调度通报（2026年11月）');
    for (const section of ['一、重大事故隐患排查整治情况', '（一）总体情况', '二、治本攻坚任务推进情况', '三、工作报送情况', '四、调度会议和交办事项', '五、存在的主要问题', '六、下一步工作要求']) {
      expect(xml, section).toContain(section);
    }
    const rows = tableRows(xml);
    const dashboard = json<{ figures: { total: number; overdue: number; stockClearanceRate: number | null } }>(await call('bozhou_aqb', 'GET', '/api/stats/dashboard?asOf=2026-11-23'));
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(dashboard.figures.total).toBeGreaterThan(0);
    expect(value('隐患总数（不含作废、合并）')).toBe(String(dashboard.figures.total));
    expect(value('逾期未整改')).toBe(String(dashboard.figures.overdue));
    expect(value('存量隐患清零率')).toBe(formatRate(dashboard.figures.stockClearanceRate));

    type Figures = { rows: { label: string; total: number; due: number; done: number; doneOnTime: number; overdue: number; onTimeRate: number | null }[] };
    for (const by of ['action', 'org'] as const) {
      const api = json<Figures>(await call('bozhou_aqb', 'GET', `/api/tasks/figures?by=${by}&planId=${planId}&regionCode=341600000000`));
      expect(api.rows.length).toBeGreaterThan(0);
      for (const r of api.rows) {
        expect(rows.find((row) => row[0] === r.label), `${by} ${r.label}`).toEqual([r.label, String(r.total), String(r.due), String(r.done), String(r.doneOnTime), String(r.overdue), formatRate(r.onTimeRate)]);
      }
    }
    const text = paragraphs(xml).join('\n');
    const view = json<Round>(await call('bozhou_aqb', 'GET', `/api/dispatch-rounds/${round.id}`));
    expect(text).toContain(`应报送${view.returns.expected}份，按时报送${view.returns.onTime}份，逾期报送${view.returns.late}份，未报送${view.returns.missing}份`);
    expect(rows.some((r) => r[0] === '亳州市应急管理局' && r[4] === '2026-11-23')).toBe(true);
    expect(rows.some((r) => r[0] === '涡阳县安全生产委员会办公室' && r[4] === '未报送')).toBe(true);
    const decisions = json<{ items: { displayCode: string; name: string }[] }>(await call('bozhou_aqb', 'GET', `/api/tasks?roundId=${round.id}`));
    for (const d of decisions.items) expect(rows.some((r) => r[0] === d.displayCode && r[1] === d.name)).toBe(true);
    expect(text).toContain('陈志强（演示）主持召开调度会议');
    expect(text).toContain('重大危险源监测数据接入不稳定');
  });

  it('the quarterly 通报 and the annual self-evaluation are assembled the same way', async () => {
    const quarter = await JSZip.loadAsync(await generate('bozhou_aqb', { kind: 'quarterly', period: '2026-Q4' }));
    const qxml = (await quarter.file('word/document.xml')?.async('string')) ?? '';
    expect(qxml).toContain('亳州市安全生产治本攻坚三年行动2026年第四季度工作通报');
    expect(qxml).toContain('领导调度和会议频次落实情况');
    const year = await JSZip.loadAsync(await generate('bozhou_aqb', { kind: 'annual', period: '2026', planId }));
    const yxml = (await year.file('word/document.xml')?.async('string')) ?? '';
    expect(yxml).toContain('2026年度自评报告');
    // the self-evaluation starts from the plan's task list, each task with its state as the API shows it
    const planTasks = json<{ items: { displayCode: string; name: string; dueDate: string; displayStatusLabel: string; leadOrg: { name: string } | null }[] }>(await call('bozhou_aqb', 'GET', `/api/tasks?planId=${planId}`));
    const yrows = tableRows(yxml);
    for (const task of planTasks.items) {
      expect(yrows.some((r) => r[0] === task.displayCode && r[1] === task.name && r[2] === (task.leadOrg?.name ?? '—') && r[3] === task.dueDate && r[4] === task.displayStatusLabel), task.displayCode).toBe(true);
    }
    const bad = await call('bozhou_aqb', 'POST', '/api/dispatch-documents', { kind: 'quarterly', period: '2026-11' });
    expect(bad.statusCode).toBe(400);
    expect(json<{ field: string }>(bad).field).toBe('period');
  });
});
