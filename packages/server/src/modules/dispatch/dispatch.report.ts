// What the three documents of 「一月一调度、一季一通报、一年一评估」 show, gathered from the same functions as the APIs:
// the 月通报's hazard part (circulars.service loadCircular), task figures (tasks.figures = GET /api/tasks/figures),
// returns due in the period (returns.service = GET /api/returns/figures), the round's meeting, problems and 交办
// items, and — for the quarter and the year — meeting cadence, indicators, investment and publicity. Everything is
// taken as of the period's last day (today while it runs).
import {
  activityKindLabels,
  dueDate,
  indicatorProgress,
  investmentCategories,
  investmentCategoryLabels,
  isPeriodOf,
  monthLabel,
  periodBounds,
  periodLabel,
  taskDisplayStatusLabels,
  taskKindLabels,
  type ActivityKind,
  type PlanScope,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { loadCircular, type CircularData } from '../circulars/circulars.service.ts';
import { cadenceReport } from '../meetings/meetings.service.ts';
import { findMeeting } from '../meetings/meetings.repository.ts';
import { orgsByIds } from '../plans/plan-orgs.repository.ts';
import { findPlan, regionNameMap } from '../plans/plans.repository.ts';
import { countExpected, filedReports, listExpected, listRequirements, type RequirementRow } from '../returns/returns.repository.ts';
import { duePeriodsOf } from '../returns/returns.service.ts';
import { readIndicator } from '../tasks/indicator-sources.ts';
import { taskFigures } from '../tasks/tasks.figures.ts';
import { allTasks, type TaskFilter } from '../tasks/tasks.repository.ts';
import { displayCode } from '../tasks/tasks.presenter.ts';
import type { TaskFiguresResponse } from '../tasks/tasks.schema.ts';
import type { RoundRow } from './dispatch.repository.ts';

export type DocumentKind = 'monthly' | 'quarterly' | 'annual';
type CommitteeScope = Extract<PlanScope, { kind: 'plans' }> & { regionPrefix: string };

export type TaskRow = TaskFiguresResponse['rows'][number];
export type OverdueTask = { displayCode: string; name: string; leadOrgName: string; dueDate: string; nextDue: string; daysOverdue: number };
export type ReturnLine = { orgName: string; requirementName: string; periodLabel: string; dueDate: string; firstFiledOn: string | null; timeliness: 'late' | 'missing' };
export type Decision = { displayCode: string; name: string; kindLabel: string; leadOrgName: string; coOrgNames: string; dueDate: string; statusLabel: string };
export type IndicatorLine = { displayCode: string; name: string; definition: string; unit: string; target: number; value: number | null; progress: number | null; met: boolean; dueDate: string | null };
export type PlanTaskLine = { actionCode: string; actionName: string; displayCode: string; name: string; leadOrgName: string; dueDate: string; statusLabel: string; completedOn: string | null };

export type DispatchDocData = {
  kind: DocumentKind;
  title: string;
  /** yyyy-mm, yyyy-Qn or yyyy. */
  period: string;
  periodLabel: string;
  asOf: string;
  region: { code: string; name: string; level: string };
  orgName: string;
  planName: string | null;
  circular: CircularData;
  tasks: { total: TaskRow; byAction: TaskRow[]; byOrg: TaskRow[]; overdue: OverdueTask[] };
  returns: { expected: number; onTime: number; late: number; missing: number; onTimeRate: number | null; lines: ReturnLine[] };
  meeting: { date: string; chair: string; attendees: string[]; topics: string[]; minutes: string } | null;
  decisions: Decision[];
  problems: { orgName: string; text: string }[];
  cadence: { name: string; post: string; met: number; missed: number; rate: number | null }[] | null;
  indicators: IndicatorLine[];
  investment: { category: string; total: number }[] | null;
  activities: { kind: string; count: number }[] | null;
  planTasks: PlanTaskLine[] | null;
};

const LIST_LIMIT = 300;

/** The last month of a period (the 月通报 part is that month's, or the current one while the period runs) and its bounds. */
function periodFrame(kind: DocumentKind, period: string): { month: string; start: string; end: string } {
  const expected = { monthly: 'monthly', quarterly: 'quarterly', annual: 'annual' } as const;
  if (!isPeriodOf(expected[kind], period)) throw AppError('VALIDATION', { field: 'period', message: `「报送期」${period}与文书类型不符` });
  const { start, end } = periodBounds(period);
  return { month: end.slice(0, 7), start, end };
}

export const documentTitle = (kind: DocumentKind, regionName: string, period: string): string => {
  switch (kind) {
    case 'monthly':
      return `${regionName}安全生产治本攻坚三年行动调度通报（${monthLabel(period)}）`;
    case 'quarterly':
      return `${regionName}安全生产治本攻坚三年行动${periodLabel(period)}工作通报`;
    case 'annual':
      return `${regionName}安全生产治本攻坚三年行动${period}年度自评报告`;
  }
};

/**
 * Loads one document's data. `round` is the monthly round (its meeting, problems and decisions); for the quarter
 * and the year the rounds of the period are passed instead. `planId` limits the tasks to one plan.
 */
export async function loadDispatchDocument(
  db: Db,
  scope: CommitteeScope,
  org: { id: string; name: string; regionCode: string },
  request: { kind: DocumentKind; period: string; planId: string | null; rounds: readonly RoundRow[] },
  today: string,
  progress: (done: number, total: number) => Promise<void> = async () => undefined,
): Promise<DispatchDocData> {
  const { kind, period } = request;
  const frame = periodFrame(kind, period);
  if (frame.start > today) throw AppError('VALIDATION', { field: 'period', message: '「报送期」尚未开始' });
  const asOf = frame.end < today ? frame.end : today;
  const steps = 6;
  const hazardScope = { kind: 'region' as const, regionPrefix: scope.regionPrefix, sectors: null };
  // A period still running takes the hazards of the current month (as of today).
  const month = frame.month < today.slice(0, 7) ? frame.month : today.slice(0, 7);
  const circular = await loadCircular(db, hazardScope, { month, regionCode: org.regionCode, today, listLimit: LIST_LIMIT });
  await progress(1, steps);

  const plan = request.planId ? await findPlan(db, scope, request.planId) : null;
  if (request.planId && !plan) throw AppError('NOT_FOUND');
  const figuresRequest = { planId: request.planId ?? undefined, regionCode: org.regionCode };
  const [total, byAction, byOrg] = await Promise.all([
    taskFigures(db, scope, { ...figuresRequest, by: 'none' }, asOf),
    taskFigures(db, scope, { ...figuresRequest, by: 'action' }, asOf),
    taskFigures(db, scope, { ...figuresRequest, by: 'org' }, asOf),
  ]);
  const filter: TaskFilter = { planId: request.planId ?? undefined, regionCode: org.regionCode };
  const taskRows = await allTasks(db, scope, filter, asOf);
  const orgNames = await orgsByIds(db, taskRows.flatMap(({ task }) => [...(task.leadOrgId ? [task.leadOrgId] : []), ...task.coOrgIds]));
  const nameOf = (id: string | null) => (id ? (orgNames.get(id)?.name ?? '') : '—');
  const overdue = taskRows
    .filter(({ displayStatus, task }) => displayStatus === 'overdue' && task.nextDue !== null)
    .map(({ task }) => ({ displayCode: displayCode(task), name: task.name, leadOrgName: nameOf(task.leadOrgId), dueDate: task.dueDate ?? '', nextDue: task.nextDue ?? '', daysOverdue: daysBetween(task.nextDue ?? asOf, asOf) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.displayCode.localeCompare(b.displayCode, 'zh'));
  await progress(2, steps);

  // Returns due within the period, to the 安委办's own requirements, as they stood at the as-of day.
  const requirements = (await listRequirements(db, scope, {})).filter((r) => r.orgId === org.id);
  const duePeriods = duePeriodsOf(requirements, asOf).filter((p) => p.due >= frame.start && p.due <= frame.end);
  const [counts, late, missing] = await Promise.all([
    countExpected(db, scope, duePeriods, asOf, 'requirement'),
    listExpected(db, scope, duePeriods, asOf, { timeliness: 'late' }, 1, 1000),
    listExpected(db, scope, duePeriods, asOf, { timeliness: 'missing' }, 1, 1000),
  ]);
  const returnOrgNames = await orgsByIds(db, [...late.items, ...missing.items].map((r) => r.org_id));
  const sum = (f: (c: (typeof counts)[number]) => number) => counts.reduce((n, c) => n + f(c), 0);
  const returnTotals = { expected: sum((c) => c.expected), onTime: sum((c) => c.on_time), late: sum((c) => c.late), missing: sum((c) => c.missing) };
  const returnLine = (r: (typeof late.items)[number], timeliness: 'late' | 'missing'): ReturnLine => ({
    orgName: returnOrgNames.get(r.org_id)?.name ?? '',
    requirementName: r.requirement_name,
    periodLabel: periodLabel(r.period),
    dueDate: r.due,
    firstFiledOn: r.first_filed_on,
    timeliness,
  });
  await progress(3, steps);

  const roundIds = new Set(request.rounds.map((r) => r.id));
  const decisions = taskRows
    .filter(({ task }) => task.roundId !== null && roundIds.has(task.roundId))
    .map(({ task, displayStatus }) => ({
      displayCode: displayCode(task),
      name: task.name,
      kindLabel: taskKindLabels[task.kind],
      leadOrgName: nameOf(task.leadOrgId),
      coOrgNames: task.coOrgIds.map((id) => nameOf(id)).join('、'),
      dueDate: task.dueDate ?? '',
      statusLabel: taskDisplayStatusLabels[displayStatus],
    }));
  const problemOrgs = await orgsByIds(db, request.rounds.flatMap((r) => r.problems.flatMap((p) => (p.orgId ? [p.orgId] : []))));
  const problems = request.rounds.flatMap((r) => r.problems.map((p) => ({ orgName: p.orgId ? (problemOrgs.get(p.orgId)?.name ?? p.orgName) : p.orgName, text: p.text })));
  const monthlyMeeting = kind === 'monthly' && request.rounds[0]?.meetingId ? await findMeeting(db, scope, request.rounds[0].meetingId) : null;
  await progress(4, steps);

  let cadence: DispatchDocData['cadence'] = null;
  if (kind !== 'monthly') {
    const report = await cadenceReport(db, scope, Number(period.slice(0, 4)), asOf, org.regionCode);
    cadence = report.leaders.map((l) => {
      const inPeriod = l.periods.filter((p) => periodBounds(p.period).start >= frame.start && periodBounds(p.period).end <= frame.end);
      const met = inPeriod.filter((p) => p.state === 'met').length;
      const missed = inPeriod.filter((p) => p.state === 'missed').length;
      return { name: l.name, post: l.post, met, missed, rate: met + missed === 0 ? null : met / (met + missed) };
    });
  }
  const indicators: IndicatorLine[] = [];
  for (const { task } of taskRows) {
    const i = task.indicator;
    if (!i || task.status === 'cancelled' || task.status === 'draft') continue;
    const value = i.dataSource === 'manual' ? i.value : await readIndicator(db, i.dataSource, task.regionCode, asOf, today);
    const p = indicatorProgress({ baseline: i.baseline, target: i.target, direction: i.direction }, value);
    indicators.push({ displayCode: displayCode(task), name: task.name, definition: i.definition, unit: i.unit, target: i.target, value, progress: p.progress, met: p.met, dueDate: task.dueDate });
  }
  await progress(5, steps);

  const investment = kind === 'annual' ? await investmentTotals(db, scope, requirements, period, asOf) : null;
  const activities = kind === 'monthly' ? null : await activityCounts(db, scope, requirements, frame, asOf);
  const planTasks =
    kind === 'annual'
      ? taskRows
          .filter(({ task }) => task.status !== 'draft')
          .map(({ task, displayStatus }) => ({
            actionCode: task.actionCode,
            actionName: task.actionName,
            displayCode: displayCode(task),
            name: task.name,
            leadOrgName: nameOf(task.leadOrgId),
            dueDate: task.dueDate ?? '',
            statusLabel: taskDisplayStatusLabels[displayStatus],
            completedOn: task.completedOn,
          }))
      : null;
  const regionName = (await regionNameMap(db, [org.regionCode])).get(org.regionCode) ?? circular.region.name;
  await progress(6, steps);

  return {
    kind,
    title: documentTitle(kind, regionName, period),
    period,
    periodLabel: kind === 'monthly' ? monthLabel(period) : periodLabel(period),
    asOf,
    region: circular.region,
    orgName: org.name,
    planName: plan?.name ?? null,
    circular,
    tasks: { total: total.total, byAction: byAction.rows, byOrg: byOrg.rows, overdue },
    returns: {
      ...returnTotals,
      onTimeRate: returnTotals.expected === 0 ? null : returnTotals.onTime / returnTotals.expected,
      lines: [...late.items.map((r) => returnLine(r, 'late')), ...missing.items.map((r) => returnLine(r, 'missing'))],
    },
    meeting: monthlyMeeting
      ? { date: monthlyMeeting.date, chair: `${monthlyMeeting.chairPost}${monthlyMeeting.chairName}`, attendees: monthlyMeeting.attendees, topics: monthlyMeeting.topics, minutes: monthlyMeeting.minutes }
      : null,
    decisions,
    problems,
    cadence,
    indicators,
    investment,
    activities,
    planTasks,
  };
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** 人防、技防、工程防、管理防 and 专项资金 summed over the year's investment returns (万元). */
async function investmentTotals(db: Db, scope: PlanScope, requirements: readonly RequirementRow[], year: string, asOf: string) {
  const own = requirements.filter((r) => r.kind === 'investment' && r.cadence === 'annual');
  const periods = own.map((r) => ({ requirementId: r.id, period: year, due: dueDate(r.dueRule, year) }));
  const totals = new Map<string, number>([...investmentCategories.map((c) => [c, 0] as const), ['specialFund', 0]]);
  if (periods.length === 0) return [...totals].map(([category, total]) => ({ category: labelOfInvestment(category), total }));
  const rows = await filedReports(db, scope, periods, asOf);
  for (const report of rows) {
    if (!report.investment) continue;
    for (const [key, value] of Object.entries(report.investment)) totals.set(key, (totals.get(key) ?? 0) + value);
  }
  return [...totals].map(([category, total]) => ({ category: labelOfInvestment(category), total: Math.round(total * 100) / 100 }));
}

const labelOfInvestment = (key: string) => (key === 'specialFund' ? '专项资金' : (investmentCategoryLabels[key as (typeof investmentCategories)[number]] ?? key));

/** Publicity activities reported for the period's quarters, by kind. */
async function activityCounts(db: Db, scope: PlanScope, requirements: readonly RequirementRow[], frame: { start: string; end: string }, asOf: string) {
  const own = requirements.filter((r) => r.kind === 'publicity');
  const periods = duePeriodsOf(own, asOf).filter((p) => periodBounds(p.period).start >= frame.start && periodBounds(p.period).end <= frame.end);
  const counts = new Map<ActivityKind, number>();
  for (const report of await filedReports(db, scope, periods, asOf)) for (const a of report.activities) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([kind, count]) => ({ kind: activityKindLabels[kind], count }));
}
