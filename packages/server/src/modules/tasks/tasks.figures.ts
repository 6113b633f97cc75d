import { periodLabel, rankWithTies, regionPrefix, taskOnTimeRate, type PlanScope } from '@zhiben/core';
import { and } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { tasks } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { orgsByIds } from '../plans/plan-orgs.repository.ts';
import { regionNameMap } from '../plans/plans.repository.ts';
import { listRequirements } from '../returns/returns.repository.ts';
import { returnFigures } from '../returns/returns.service.ts';
import { displayCode } from './tasks.presenter.ts';
import * as repo from './tasks.repository.ts';
import type { BoardResponse, RankingResponse, TaskFiguresResponse } from './tasks.schema.ts';

const CHILD_PREFIX: Record<number, number> = { 2: 4, 4: 6, 6: 9, 9: 12 };
/** Dispatch decisions belong to no 行动 of the plan. */
const NO_ACTION = '督办交办事项';

/** The region a figure request is about: the caller's own by default, any in its subtree; 404 outside it. */
function requestedRegion(scope: Extract<PlanScope, { kind: 'plans' }>, regionCode: string | undefined): string | null {
  if (scope.regionPrefix === null) return null;
  const code = regionCode ?? scope.regionPrefix.padEnd(12, '0');
  if (!regionPrefix(code).startsWith(scope.regionPrefix)) throw AppError('NOT_FOUND');
  return code;
}

async function actionNames(db: Db, scope: PlanScope, filter: repo.TaskFilter, today: string): Promise<Map<string, string>> {
  const rows = await db
    .selectDistinct({ code: tasks.actionCode, name: tasks.actionName })
    .from(tasks)
    .where(and(repo.taskScopeWhere(scope), repo.taskFilterWhere(filter, today)));
  return new Map(rows.map((r) => [r.code, r.name]));
}

const toRow = (r: repo.RawTaskFigures, key: string, label: string, regionCode: string | null) => ({
  key,
  label,
  total: r.total,
  due: r.due,
  done: r.done,
  doneOnTime: r.done_on_time,
  overdue: r.overdue,
  open: r.open,
  onTimeRate: taskOnTimeRate({ due: r.due, doneOnTime: r.done_on_time }),
  regionCode,
});

/**
 * Tasks due / done / overdue and the on-time rate, by lead org, 行动, due period or region (drill-down: the region's
 * own tasks and each lower region's), as of today. Figures count what the caller's scope sees.
 */
export async function taskFigures(
  db: Db,
  scope: Extract<PlanScope, { kind: 'plans' }>,
  request: { by: repo.TaskGrouping; planId?: string | undefined; regionCode?: string | undefined; dueFrom?: string | undefined; dueTo?: string | undefined },
  today: string,
): Promise<TaskFiguresResponse> {
  const regionCode = requestedRegion(scope, request.regionCode);
  const filter: repo.TaskFilter = { planId: request.planId, regionCode: regionCode ?? undefined, dueFrom: request.dueFrom, dueTo: request.dueTo };
  const grouping = request.by === 'region' && regionCode ? { code: regionCode, childPrefixLength: CHILD_PREFIX[regionPrefix(regionCode).length] ?? 12 } : null;
  const [rows, [total]] = await Promise.all([repo.taskFiguresBy(db, scope, filter, today, request.by, grouping), repo.taskFiguresBy(db, scope, filter, today, 'none')]);
  const keys = rows.map((r) => r.key ?? '');
  const [orgNames, actions, regions] = await Promise.all([
    request.by === 'org' ? orgsByIds(db, keys.filter((k) => k !== '')) : Promise.resolve(new Map()),
    request.by === 'action' ? actionNames(db, scope, filter, today) : Promise.resolve(new Map<string, string>()),
    request.by === 'region' || regionCode ? regionNameMap(db, [...keys, ...(regionCode ? [regionCode] : [])]) : Promise.resolve(new Map<string, string>()),
  ]);
  const label = (key: string): string => {
    switch (request.by) {
      case 'org':
        return orgNames.get(key)?.name ?? '（未指定牵头单位）';
      case 'action':
        return key === '' ? NO_ACTION : `${key}${actions.get(key) ?? ''}`;
      case 'month':
      case 'quarter':
      case 'year':
        return periodLabel(key);
      case 'region':
        return key === regionCode ? `${regions.get(key) ?? key}（本级）` : (regions.get(key) ?? key);
      case 'none':
        return '合计';
    }
  };
  const empty: repo.RawTaskFigures = { key: null, total: 0, due: 0, done: 0, done_on_time: 0, overdue: 0, open: 0 };
  return {
    asOf: today,
    by: request.by,
    region: regionCode ? { code: regionCode, name: regions.get(regionCode) ?? regionCode } : null,
    rows: rows.map((r) => toRow(r, r.key ?? '', label(r.key ?? ''), request.by === 'region' ? r.key : null)),
    total: toRow(total ?? empty, '', '合计', null),
  };
}

const emptyCounts = () => ({ total: 0, notStarted: 0, inProgress: 0, done: 0, overdue: 0, dueSoon: 0 });

/**
 * The task board: 行动 × lead org with not started / in progress / done / overdue / due soon, and the Gantt bars. A
 * plan's tasks, or else the region's own tasks (its plans and rounds; the lower levels run their own boards).
 */
export async function taskBoard(db: Db, scope: Extract<PlanScope, { kind: 'plans' }>, request: { planId?: string | undefined; regionCode?: string | undefined; soonDays: number }, today: string): Promise<BoardResponse> {
  const regionCode = requestedRegion(scope, request.regionCode);
  const filter: repo.TaskFilter = request.planId ? { planId: request.planId } : { regionExact: regionCode ?? undefined };
  const [cells, list, actions] = await Promise.all([repo.boardCells(db, scope, filter, today, request.soonDays), repo.allTasks(db, scope, filter, today, 2000), actionNames(db, scope, filter, today)]);
  const names = await orgsByIds(db, cells.flatMap((c) => (c.lead_org_id ? [c.lead_org_id] : [])));
  const byAction = new Map<string, ReturnType<typeof emptyCounts>>();
  const byOrg = new Map<string | null, ReturnType<typeof emptyCounts>>();
  const byCell = new Map<string, { actionCode: string; orgId: string | null; counts: ReturnType<typeof emptyCounts> }>();
  const add = (c: ReturnType<typeof emptyCounts>, cell: repo.BoardCell) => {
    c.total += cell.n;
    c.dueSoon += cell.due_soon;
    if (cell.status === 'not_started') c.notStarted += cell.n;
    else if (cell.status === 'in_progress') c.inProgress += cell.n;
    else if (cell.status === 'done') c.done += cell.n;
    else if (cell.status === 'overdue') c.overdue += cell.n;
  };
  for (const cell of cells) {
    if (cell.status === 'cancelled' || cell.status === 'draft') continue;
    const a = byAction.get(cell.action_code) ?? emptyCounts();
    add(a, cell);
    byAction.set(cell.action_code, a);
    const o = byOrg.get(cell.lead_org_id) ?? emptyCounts();
    add(o, cell);
    byOrg.set(cell.lead_org_id, o);
    const key = `${cell.action_code}|${cell.lead_org_id ?? ''}`;
    const x = byCell.get(key) ?? { actionCode: cell.action_code, orgId: cell.lead_org_id, counts: emptyCounts() };
    add(x.counts, cell);
    byCell.set(key, x);
  }
  return {
    asOf: today,
    actions: [...byAction].sort(([a], [b]) => actionOrder(a) - actionOrder(b) || a.localeCompare(b)).map(([code, counts]) => ({ code, name: code === '' ? NO_ACTION : (actions.get(code) ?? ''), counts })),
    orgs: [...byOrg].map(([id, counts]) => ({ id, name: id ? (names.get(id)?.name ?? '') : '（未指定牵头单位）', counts })).sort((a, b) => b.counts.total - a.counts.total || a.name.localeCompare(b.name, 'zh')),
    cells: [...byCell.values()],
    gantt: list
      .filter(({ task }) => task.status !== 'draft' && task.status !== 'cancelled' && task.dueDate !== null)
      .map(({ task, displayStatus }) => ({
        id: task.id,
        displayCode: displayCode(task),
        name: task.name,
        leadOrgName: task.leadOrgId ? (names.get(task.leadOrgId)?.name ?? null) : null,
        start: task.issuedOn ?? task.createdAt.toISOString().slice(0, 10),
        end: task.dueDate ?? '',
        displayStatus,
        milestones: task.milestones.map((m) => ({ label: m.label, due: m.due, done: m.doneOn !== null })),
      }))
      .sort((a, b) => a.end.localeCompare(b.end) || a.displayCode.localeCompare(b.displayCode, 'zh')),
  };
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** （三） sorts after （二）: the position of its numeral, else last. */
function actionOrder(code: string): number {
  const numeral = code.replace(/[（）()]/g, '');
  const index = CHINESE_NUMERALS.indexOf(numeral);
  return index === -1 ? 99 : index;
}

/**
 * 成员单位排名: the units a region's 安委会 leads — lead orgs of its own tasks and reporting orgs of its own
 * requirements — ranked by their task on-time rate (ties share a rank), with their return on-time rate and its own
 * rank beside it.
 */
export async function memberRanking(db: Db, scope: Extract<PlanScope, { kind: 'plans' }>, request: { regionCode?: string | undefined; planId?: string | undefined }, today: string): Promise<RankingResponse> {
  const regionCode = requestedRegion(scope, request.regionCode);
  const filter: repo.TaskFilter = request.planId ? { planId: request.planId } : { regionExact: regionCode ?? undefined };
  const [taskRows, requirements] = await Promise.all([repo.taskFiguresBy(db, scope, filter, today, 'org'), listRequirements(db, scope, {})]);
  const inRegion = regionCode ? requirements.filter((r) => r.regionCode === regionCode) : requirements;
  const returns = await returnFigures(db, scope, inRegion, today, 'org');
  const returnsByOrg = new Map(returns.rows.map((r) => [r.key, r]));
  const orgIds = [...new Set([...taskRows.flatMap((r) => (r.key ? [r.key] : [])), ...returns.rows.map((r) => r.key)])];
  const names = await orgsByIds(db, orgIds);
  const taskByOrg = new Map(taskRows.map((r) => [r.key ?? '', r]));
  const rows = orgIds.map((orgId) => {
    const t = taskByOrg.get(orgId) ?? { key: orgId, total: 0, due: 0, done: 0, done_on_time: 0, overdue: 0, open: 0 };
    const r = returnsByOrg.get(orgId);
    return {
      orgId,
      orgName: names.get(orgId)?.name ?? '',
      tasks: { total: t.total, due: t.due, done: t.done, doneOnTime: t.done_on_time, overdue: t.overdue, open: t.open, onTimeRate: taskOnTimeRate({ due: t.due, doneOnTime: t.done_on_time }) },
      returns: r ? { expected: r.expected, onTime: r.onTime, late: r.late, missing: r.missing, onTimeRate: r.onTimeRate } : { expected: 0, onTime: 0, late: 0, missing: 0, onTimeRate: null },
    };
  });
  const taskRanks = rankWithTies(rows.map((r) => r.tasks.onTimeRate), 'higher_better');
  const returnRanks = rankWithTies(rows.map((r) => r.returns.onTimeRate), 'higher_better');
  return {
    asOf: today,
    rows: rows
      .map((r, i) => ({ ...r, taskRank: taskRanks[i] ?? null, returnRank: returnRanks[i] ?? null }))
      .sort((a, b) => (a.taskRank ?? 9999) - (b.taskRank ?? 9999) || (a.returnRank ?? 9999) - (b.returnRank ?? 9999) || a.orgName.localeCompare(b.orgName, 'zh')),
  };
}

