import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import ExcelJS from '../../lib/exceljs.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { multipartBody, XLSX_TYPE } from '../../testing/multipart.ts';
import { taskEvents, tasks } from '../../db/schema/index.ts';
import { ensureDemoPlanOrgs, type DemoPlanOrgs } from '../../seed/demo-plan-orgs.ts';

let t: TestApp;
let org: DemoPlanOrgs;
const tokens: Record<string, string> = {};
const users = ['bozhou_aqb', 'bozhou_yjj', 'guoyang_aqb', 'mengcheng_aqb', 'guoyang_yjj', 'guoyang_town', 'ent_admin', 'sysadmin', 'bozhou_jb', 'auditor', 'expert_demo'];

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 30 });
  org = await ensureDemoPlanOrgs(t.database.db, t.clock.now());
  for (const u of users) tokens[u] = await t.login(u);
});
afterAll(async () => t?.close());

const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) => t.request(tokens[who] ?? null, method, url, body);
const json = <T,>(r: LightMyRequestResponse) => r.json() as T;

type Plan = { id: string; status: string; version: number; actions: string[]; filingState: string; timeline: { kind: string }[]; timelineVerified: boolean; own: boolean };
type Task = {
  id: string;
  status: string;
  displayStatus: string;
  version: number;
  actions: string[];
  requirements: Record<string, Record<string, { required: unknown }>>;
  milestones: { label: string; doneOn: string | null; overdue: boolean }[];
  timeline: { kind: string; payload: Record<string, unknown> }[];
  timelineVerified: boolean;
  issueBlocked: string | null;
  completedOn: string | null;
};

let cityPlan: Plan;
let subPlan: Plan;
let task: Task;

async function act<T>(who: string, url: string, body: Record<string, unknown>, expected = 200): Promise<T> {
  const response = await call(who, 'POST', url, body);
  expect(response.statusCode, response.body).toBe(expected);
  return json<T>(response);
}

describe('plans: drafted, 印发, filed with the upper level; the upper level reads the lower plans', () => {
  it('the city 安委办 drafts and issues its three-year plan; every change is on the verified timeline', async () => {
    const created = await act<Plan>('bozhou_aqb', '/api/plans', {
      kind: 'three_year',
      name: '亳州市安全生产治本攻坚三年行动实施方案(2024—2026年)',
      periodFrom: '2024-01-01',
      periodTo: '2026-12-31',
      actionLines: [
        { code: '（一）', name: '安全生产责任落实行动' },
        { code: '（三）', name: '开展重大事故隐患动态清零行动' },
      ],
    }, 201);
    expect(created).toMatchObject({ status: 'draft', own: true, timelineVerified: true });
    expect(created.actions).toEqual(['issue', 'revise']);
    const noDocNo = await call('bozhou_aqb', 'POST', `/api/plans/${created.id}/actions/issue`, { version: created.version, issuedOn: '2024-02-21' });
    expect(noDocNo.statusCode).toBe(400);
    expect(json<{ field: string; message: string }>(noDocNo)).toMatchObject({ field: 'docNo' });
    cityPlan = await act<Plan>('bozhou_aqb', `/api/plans/${created.id}/actions/issue`, { version: created.version, docNo: '亳安〔2024〕1号', issuedOn: '2024-02-21' });
    expect(cityPlan.status).toBe('issued');
    expect(cityPlan.timeline.map((e) => e.kind)).toEqual(['create', 'issue']);
    expect(cityPlan.timelineVerified).toBe(true);
  });

  it('涡阳县 files its sub-plan with the city after the deadline: filed late; the city reads it and cannot change it', async () => {
    const draft = await act<Plan>('guoyang_aqb', '/api/plans', {
      kind: 'sub_plan',
      parentId: cityPlan.id,
      name: '涡阳县安全生产治本攻坚三年行动实施方案',
      periodFrom: '2024-01-01',
      periodTo: '2026-12-31',
      filingOrgId: org.city.aqb,
      filingDue: '2024-02-28',
    }, 201);
    expect(draft.filingState).toBe('overdue');
    const wrongFiling = await call('guoyang_aqb', 'POST', '/api/plans', { kind: 'sub_plan', name: 'x', periodFrom: '2024-01-01', periodTo: '2026-12-31', filingOrgId: org.counties.mengcheng });
    expect(json<{ field: string }>(wrongFiling)).toMatchObject({ field: 'filingOrgId' });
    const issued = await act<Plan>('guoyang_aqb', `/api/plans/${draft.id}/actions/issue`, { version: draft.version, docNo: '涡安〔2024〕2号', issuedOn: '2024-02-26' });
    subPlan = await act<Plan>('guoyang_aqb', `/api/plans/${draft.id}/actions/file`, { version: issued.version });
    expect(subPlan).toMatchObject({ status: 'filed', filingState: 'filed_late' });
    const seenByCity = json<Plan>(await call('bozhou_aqb', 'GET', `/api/plans/${subPlan.id}`));
    expect(seenByCity).toMatchObject({ own: false, actions: [] });
    const change = await call('bozhou_aqb', 'POST', `/api/plans/${subPlan.id}/actions/revise`, { version: subPlan.version, name: '改名' });
    expect(change.statusCode).toBe(403);
    expect(json<{ message: string }>(change).message).toBe('仅制定方案的单位可以修改，上级只能查阅');
    expect((await call('mengcheng_aqb', 'GET', `/api/plans/${subPlan.id}`)).statusCode).toBe(404);
    expect((await call('guoyang_aqb', 'GET', `/api/plans/${cityPlan.id}`)).statusCode).toBe(404);
  });

  it('a department may draft only its sector sub-plan', async () => {
    const wrong = await call('bozhou_yjj', 'POST', '/api/plans', { kind: 'three_year', name: 'x', periodFrom: '2024-01-01', periodTo: '2026-12-31' });
    expect(wrong.statusCode).toBe(403);
    const sector = await call('bozhou_yjj', 'POST', '/api/plans', { kind: 'sector', sector: 'hazchem', name: '危险化学品安全专项整治子方案', periodFrom: '2024-03-01', periodTo: '2026-12-31', filingOrgId: org.city.aqb });
    expect(sector.statusCode).toBe(201);
    // the city 安委办 sees the department's sub-plan in its region, read only
    expect(json<{ items: { id: string; own: boolean }[] }>(await call('bozhou_aqb', 'GET', '/api/plans?kind=sector')).items).toMatchObject([{ own: false }]);
  });
});

describe('tasks: drafted, issued (only with lead org and due date), reported on, completed', () => {
  it('a draft without a lead org or due date cannot be issued: 400 naming the field', async () => {
    const draft = await act<Task>('bozhou_aqb', '/api/tasks', { planId: cityPlan.id, code: '16', actionCode: '（三）', name: '完善重大事故隐患治理督办制度', kind: 'milestone' }, 201);
    expect(draft).toMatchObject({ status: 'draft', displayStatus: 'draft', issueBlocked: '未指定牵头单位，不能下发' });
    const noLead = await call('bozhou_aqb', 'POST', `/api/tasks/${draft.id}/actions/issue`, { version: draft.version });
    expect(noLead.statusCode).toBe(400);
    expect(json<{ field: string; message: string }>(noLead)).toMatchObject({ field: 'leadOrgId', message: '未指定牵头单位，不能下发' });
    const withLead = await act<Task>('bozhou_aqb', `/api/tasks/${draft.id}/actions/revise`, { version: draft.version, leadOrgId: org.city.yjj, coOrgIds: [org.city.zjj] });
    const noDue = await call('bozhou_aqb', 'POST', `/api/tasks/${draft.id}/actions/issue`, { version: withLead.version });
    expect(json<{ field: string }>(noDue)).toMatchObject({ field: 'dueDate' });
    const dated = await act<Task>('bozhou_aqb', `/api/tasks/${draft.id}/actions/revise`, {
      version: withLead.version,
      dueDate: '2026-12-31',
      milestones: [
        { label: '2024年底前建立健全分区域、分行业重大事故隐患统计分析机制', due: '2024-12-31' },
        { label: '2026年11月底前完成督办制度修订', due: '2026-11-30' },
      ],
    });
    task = await act<Task>('bozhou_aqb', `/api/tasks/${draft.id}/actions/issue`, { version: dated.version });
    // the first milestone passed undone: the issued task is overdue at once (derived, like a hazard's 逾期)
    expect(task).toMatchObject({ status: 'issued', displayStatus: 'overdue' });
    expect(task.milestones[0]?.overdue).toBe(true);
    expect(task.timeline.map((e) => e.kind)).toEqual(['create', 'revise', 'revise', 'issue']);
    expect(task.timelineVerified).toBe(true);
  });

  it('a code is unique in its plan, and an org outside the region cannot lead', async () => {
    const dup = await call('bozhou_aqb', 'POST', '/api/tasks', { planId: cityPlan.id, code: '16', name: '重复', kind: 'milestone' });
    expect(dup.statusCode).toBe(409);
    expect(json<{ field: string }>(dup)).toMatchObject({ field: 'code' });
    const foreign = await call('bozhou_aqb', 'POST', '/api/tasks', { planId: cityPlan.id, code: '99', name: 'x', kind: 'milestone', leadOrgId: org.counties.guoyang });
    expect(foreign.statusCode).toBe(201); // a county 安委办 lies in the city's subtree
    const other = await call('guoyang_aqb', 'POST', '/api/tasks', { planId: subPlan.id, code: '1', name: 'x', kind: 'milestone', leadOrgId: org.city.yjj });
    expect(json<{ field: string }>(other)).toMatchObject({ field: 'leadOrgId' });
    // the county cannot put tasks into the city's plan (it does not even see it)
    expect((await call('guoyang_aqb', 'POST', '/api/tasks', { planId: cityPlan.id, code: '77', name: 'x', kind: 'milestone' })).statusCode).toBe(404);
  });

  it('the lead org sees the task, reports progress with a milestone done, and completes it; the co-org may only add notes', async () => {
    const mine = json<{ items: { id: string }[] }>(await call('bozhou_yjj', 'GET', '/api/tasks?mine=true'));
    expect(mine.items.map((i) => i.id)).toEqual([task.id]);
    const seen = json<Task>(await call('bozhou_yjj', 'GET', `/api/tasks/${task.id}`));
    expect(seen.actions).toEqual(['report_progress', 'complete', 'add_note']);
    expect(seen.requirements.report_progress?.text?.required).toBe(true);
    const empty = await call('bozhou_yjj', 'POST', `/api/tasks/${task.id}/actions/report_progress`, { version: seen.version, text: ' ' });
    expect(json<{ field: string }>(empty)).toMatchObject({ field: 'text' });
    const progressed = await act<Task>('bozhou_yjj', `/api/tasks/${task.id}/actions/report_progress`, { version: seen.version, text: '已建立分区域统计分析机制', percent: 60, milestonesDone: [0] });
    expect(progressed.milestones[0]?.doneOn).toBe('2026-11-23');
    expect(progressed.displayStatus).toBe('in_progress');
    const stale = await call('bozhou_yjj', 'POST', `/api/tasks/${task.id}/actions/complete`, { version: seen.version, text: '完成' });
    expect(stale.statusCode).toBe(409);
    const done = await act<Task>('bozhou_yjj', `/api/tasks/${task.id}/actions/complete`, { version: progressed.version, text: '督办制度已修订印发' });
    expect(done).toMatchObject({ status: 'done', displayStatus: 'done', completedOn: '2026-11-23' });
    const again = await call('bozhou_yjj', 'POST', `/api/tasks/${task.id}/actions/complete`, { version: done.version, text: 'x' });
    expect(again.statusCode).toBe(403);
    const reopened = await act<Task>('bozhou_aqb', `/api/tasks/${task.id}/actions/reopen`, { version: done.version, reason: '佐证材料不全' });
    expect(reopened.status).toBe('in_progress');
    const events = await t.database.db.select().from(taskEvents).where(eq(taskEvents.subjectId, task.id));
    expect(events.map((e) => e.kind)).toEqual(['create', 'revise', 'revise', 'issue', 'report_progress', 'complete', 'reopen']);
    const [row] = await t.database.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row?.version).toBe(events.length);
  });

  it('another county, an unassigned department and everyone without the capability get 404', async () => {
    for (const who of ['guoyang_aqb', 'mengcheng_aqb', 'guoyang_yjj', 'ent_admin', 'sysadmin', 'bozhou_jb', 'auditor', 'expert_demo']) {
      expect((await call(who, 'GET', `/api/tasks/${task.id}`)).statusCode, who).toBe(404);
      expect((await call(who, 'POST', `/api/tasks/${task.id}/actions/add_note`, { version: 1, text: 'x' })).statusCode, who).toBe(404);
    }
    for (const who of ['ent_admin', 'sysadmin', 'bozhou_jb', 'auditor', 'expert_demo']) {
      for (const url of ['/api/tasks', '/api/plans', '/api/tasks/figures', '/api/tasks/board', '/api/tasks/ranking', '/api/tasks/indicator-sources']) {
        expect((await call(who, 'GET', url)).statusCode, `${who} ${url}`).toBe(404);
      }
      expect((await call(who, 'POST', '/api/plans', { kind: 'special', name: 'x', periodFrom: '2024-01-01', periodTo: '2024-12-31' })).statusCode, who).toBe(404);
    }
    // a department's list and figures count only what is assigned to it
    expect(json<{ items: unknown[] }>(await call('guoyang_yjj', 'GET', '/api/tasks')).items).toEqual([]);
    expect(json<{ total: { total: number } }>(await call('guoyang_yjj', 'GET', '/api/tasks/figures?by=none')).total.total).toBe(0);
  });
});

describe('the 任务清单 .xlsx', () => {
  async function sheet(rows: (string | number)[][]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('任务清单');
    ws.addRow(['亳州市治本攻坚任务清单']);
    ws.addRow(['序号', '所属行动', '任务名称', '牵头单位', '配合单位', '完成时限', '阶段节点']);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  async function upload(planId: string, bytes: Buffer) {
    const { payload, headers } = multipartBody({ name: 'tasks.xlsx', type: XLSX_TYPE, data: bytes });
    const response = await t.app.inject({ method: 'POST', url: `/api/plans/${planId}/tasks/import?wait=true`, payload, headers: { authorization: `Bearer ${tokens.bozhou_aqb}`, ...headers } });
    expect(response.statusCode, response.body).toBe(202);
    return json<{ job: { status: string; result: { created: number; failed: number; total: number; errors: { row: number; column: string; message: string }[] } } }>(response).job;
  }

  it('reports unknown orgs, bad dates and duplicate codes row by row and saves nothing of a bad row', async () => {
    const job = await upload(
      cityPlan.id,
      await sheet([
        ['1', '（一）', '开展安全生产督导', '市安委办', '', '2026年底前', ''],
        ['2', '（一）', '压实地方党委、政府安全生产责任', '亳州市不存在局', '', '2026-12-31', ''],
        ['3', '', '压实行业部门安全生产责任', '市应急管理局', '市住房和城乡建设局、涡阳县安全生产委员会办公室', '2025年13月底', ''],
        ['1', '', '重复编号', '市应急管理局', '', '2026-12-31', ''],
        ['16', '（三）', '方案中已有的编号', '市应急管理局', '', '2026-12-31', ''],
        ['18', '（三）', '加快推动安全生产监管模式向事前预防数字化转型', '市应急管理局', '市经济和信息化局', '2026年底', '2024年底前：建设电力监测分析系统；2025年底前：监测预警全覆盖'],
        ['19', '（九）', '不在方案中的行动', '市应急管理局', '', '2026-12-31', ''],
      ]),
    );
    expect(job.status).toBe('succeeded');
    expect(job.result, JSON.stringify(job.result)).toMatchObject({ created: 2, failed: 5, total: 7 });
    expect(job.result.errors.map((e) => [e.row, e.column])).toEqual([
      [4, '牵头单位'],
      [5, '完成时限'],
      [6, '编号'],
      [7, '编号'],
      [9, '所属行动'],
    ]);
    expect(job.result.errors[0]?.message).toBe('单位「亳州市不存在局」不存在或不在本辖区');
    expect(job.result.errors[2]?.message).toBe('与第3行的编号重复');
    const saved = json<{ items: { code: string; milestones: unknown[]; leadOrg: { name: string } | null; status: string }[] }>(await call('bozhou_aqb', 'GET', `/api/tasks?planId=${cityPlan.id}&q=数字化`));
    expect(saved.items).toMatchObject([{ code: '18', status: 'draft', leadOrg: { name: '亳州市应急管理局' } }]);
    expect(saved.items[0]?.milestones).toHaveLength(2);
  });

  it('issues every issuable draft at once and lists the others with their reason', async () => {
    const result = await act<{ issued: number; blocked: { code: string; reason: string }[] }>('bozhou_aqb', `/api/plans/${cityPlan.id}/tasks/issue`, {});
    expect(result.issued).toBe(2);
    // the draft 99 made above has a lead org but no due date
    expect(result.blocked.map((b) => [b.code, b.reason])).toEqual([['99', '未设定完成时限，不能下发']]);
    expect((await call('bozhou_yjj', 'POST', `/api/plans/${cityPlan.id}/tasks/issue`, {})).statusCode).toBe(403);
  });

  it('exports the list in the import\'s columns: it re-imports into another plan as it is', async () => {
    const exported = await call('bozhou_aqb', 'GET', `/api/plans/${cityPlan.id}/tasks.xlsx`);
    expect(exported.statusCode).toBe(200);
    const other = await act<Plan>('bozhou_aqb', '/api/plans', { kind: 'annual', name: '2027年度行动计划', periodFrom: '2024-01-01', periodTo: '2027-12-31', actionLines: [{ code: '（一）', name: '安全生产责任落实行动' }, { code: '（三）', name: '开展重大事故隐患动态清零行动' }] }, 201);
    const job = await upload(other.id, exported.rawPayload);
    expect(job.result.errors, JSON.stringify(job.result.errors)).toEqual([]);
    const before = json<{ items: { code: string; name: string; leadOrg: { id: string } | null; dueDate: string; milestones: { due: string }[] }[] }>(await call('bozhou_aqb', 'GET', `/api/tasks?planId=${cityPlan.id}`));
    const after = json<typeof before>(await call('bozhou_aqb', 'GET', `/api/tasks?planId=${other.id}`));
    const shape = (list: typeof before) => list.items.map((i) => ({ code: i.code, name: i.name, lead: i.leadOrg?.id, due: i.dueDate, milestones: i.milestones.map((m) => m.due) })).sort((a, b) => a.code.localeCompare(b.code));
    expect(shape(after)).toEqual(shape(before));
    expect((await call('mengcheng_aqb', 'GET', `/api/plans/${cityPlan.id}/tasks.xlsx`)).statusCode).toBe(404);
  });
});

describe('figures, board and ranking', () => {
  it('the city sees its tasks by 行动 and lead org; a department only its own', async () => {
    const byAction = json<{ rows: { key: string; total: number }[] }>(await call('bozhou_aqb', 'GET', `/api/tasks/figures?by=action&planId=${cityPlan.id}`));
    expect(byAction.rows.map((r) => r.key)).toEqual(['（一）', '（三）']);
    const board = json<{ cells: unknown[]; gantt: { displayCode: string }[] }>(await call('bozhou_aqb', 'GET', `/api/tasks/board?planId=${cityPlan.id}`));
    expect(board.gantt.map((g) => g.displayCode)).toContain('（三）16');
    const ranking = json<{ rows: { orgName: string; taskRank: number | null }[] }>(await call('bozhou_aqb', 'GET', '/api/tasks/ranking'));
    expect(ranking.rows.map((r) => r.orgName)).toContain('亳州市应急管理局');
    const department = json<{ rows: { key: string }[] }>(await call('bozhou_yjj', 'GET', '/api/tasks/figures?by=org'));
    expect(department.rows.map((r) => r.key)).toEqual([org.city.yjj]);
    expect((await call('guoyang_aqb', 'GET', '/api/tasks/figures?regionCode=341600000000')).statusCode).toBe(404);
  });
});
