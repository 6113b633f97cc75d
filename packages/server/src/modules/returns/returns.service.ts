import {
  cadenceLabels,
  defaultSections,
  dueDate,
  dueRuleLabel,
  explainDueRuleError,
  filingState,
  filingWindow,
  isIssuer,
  isPeriodOf,
  onTimeRate,
  periodBounds,
  periodLabel,
  periodsBetween,
  regionPrefix,
  requirementPeriodsDue,
  returnKindLabels,
  returnStatusLabels,
  taskDisplayStatusLabels,
  timelinessLabels,
  addDays,
  type WorkflowActor,
  type PlanScope,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import type { ReturnReportColumn } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Initiator } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { orgsByIds, orgsInRegion, type OrgSummary } from '../plans/plan-orgs.repository.ts';
import { findPlan } from '../plans/plans.repository.ts';
import type { PlanManager } from '../plans/plans.guard.ts';
import { regionFigures } from '../stats/stats.service.ts';
import { listTasks } from '../tasks/tasks.repository.ts';
import * as repo from './returns.repository.ts';
import type { RequirementInput, RequirementUpdate, RequirementView, ReturnFiguresResponse, ReturnReportInput, ReturnRow, ReturnsQuery } from './returns.schema.ts';

export type ReturnDeps = { db: Db; clock: Clock };

export function presentRequirements(rows: readonly repo.RequirementRow[], names: ReadonlyMap<string, OrgSummary>, actor: WorkflowActor): RequirementView[] {
  return rows.map((r) => ({
    id: r.id,
    orgId: r.orgId,
    orgName: names.get(r.orgId)?.name ?? '',
    regionCode: r.regionCode,
    planId: r.planId,
    kind: r.kind,
    kindLabel: returnKindLabels[r.kind],
    name: r.name,
    cadence: r.cadence,
    cadenceLabel: cadenceLabels[r.cadence],
    dueRule: r.dueRule,
    dueRuleLabel: dueRuleLabel(r.cadence, r.dueRule),
    graceDays: r.graceDays,
    remindDaysBefore: r.remindDaysBefore,
    sections: r.sections,
    reportingOrgs: r.reportingOrgIds.map((id) => ({ id, name: names.get(id)?.name ?? '' })),
    startPeriod: r.startPeriod,
    endPeriod: r.endPeriod,
    active: r.active,
    note: r.note,
    version: r.version,
    editable: isIssuer(actor, r.orgId),
  }));
}

export async function requirementViews(db: Db, rows: readonly repo.RequirementRow[], actor: WorkflowActor): Promise<RequirementView[]> {
  return presentRequirements(rows, await orgsByIds(db, rows.flatMap((r) => [r.orgId, ...r.reportingOrgIds])), actor);
}

/** Reporting orgs: staff orgs of the issuer's region subtree (departments, townships, lower 安委办); else 400 naming the item. */
async function checkReportingOrgs(db: Db, regionPrefixOf: string, ids: readonly string[]): Promise<void> {
  const allowed = new Set((await orgsInRegion(db, regionPrefixOf)).map((o) => o.id));
  const bad = ids.findIndex((id) => !allowed.has(id));
  if (bad >= 0) throw AppError('VALIDATION', { field: `reportingOrgIds.${bad}`, message: `「报送单位」第${bad + 1}项不是本辖区的单位` });
  if (new Set(ids).size !== ids.length) throw AppError('VALIDATION', { field: 'reportingOrgIds', message: '「报送单位」有重复' });
}

function checkPeriods(input: Pick<RequirementInput, 'cadence' | 'startPeriod' | 'endPeriod' | 'dueRule'>): void {
  if (!isPeriodOf(input.cadence, input.startPeriod)) throw AppError('VALIDATION', { field: 'startPeriod', message: `「起始报送期」应为${cadenceLabels[input.cadence]}的报送期，如 ${periodLabelExample(input.cadence)}` });
  if (input.endPeriod !== null && !isPeriodOf(input.cadence, input.endPeriod)) throw AppError('VALIDATION', { field: 'endPeriod', message: `「截止报送期」应为${cadenceLabels[input.cadence]}的报送期` });
  if (input.endPeriod !== null && input.endPeriod < input.startPeriod) throw AppError('VALIDATION', { field: 'endPeriod', message: '「截止报送期」不能早于起始报送期' });
  const ruleError = explainDueRuleError(input.cadence, input.dueRule);
  if (ruleError) throw AppError('VALIDATION', { field: 'dueRule', message: `「报送时限」${ruleError}` });
}

const periodLabelExample = (cadence: RequirementInput['cadence']) => ({ monthly: '2025-03', quarterly: '2025-Q1', half_yearly: '2025-H1', annual: '2025' })[cadence];

export async function createRequirement(deps: ReturnDeps, manager: PlanManager, who: Initiator, input: RequirementInput): Promise<string> {
  checkPeriods(input);
  await checkReportingOrgs(deps.db, regionPrefix(manager.org.regionCode), input.reportingOrgIds);
  if (input.planId !== null && !(await findPlan(deps.db, manager.scope, input.planId))) throw AppError('VALIDATION', { field: 'planId', message: '「方案」不存在' });
  const at = deps.clock.now();
  const { sections, ...rest } = input;
  return deps.db.transaction(async (tx) => {
    const id = await repo.insertRequirement(tx, { ...rest, sections: sections ?? [...defaultSections[input.kind]], orgId: manager.org.id, regionCode: manager.org.regionCode, createdAt: at, updatedAt: at });
    await appendAudit(tx, { at, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'report_requirement.create', entityType: 'report_requirement', entityId: id, regionCode: manager.org.regionCode, detail: { name: input.name, cadence: input.cadence, dueRule: input.dueRule, reportingOrgs: input.reportingOrgIds.length } });
    return id;
  });
}

export async function updateRequirement(deps: ReturnDeps, scope: PlanScope, actor: WorkflowActor, who: Initiator, id: string, input: RequirementUpdate): Promise<void> {
  const row = await repo.findRequirement(deps.db, scope, id);
  if (!row) throw AppError('NOT_FOUND');
  if (!isIssuer(actor, row.orgId)) throw AppError('FORBIDDEN', { message: '仅发出报送要求的安委会办公室可以修改' });
  const { version, ...changes } = input;
  checkPeriods({ cadence: row.cadence, startPeriod: row.startPeriod, endPeriod: changes.endPeriod === undefined ? row.endPeriod : changes.endPeriod, dueRule: changes.dueRule ?? row.dueRule });
  if (changes.reportingOrgIds) await checkReportingOrgs(deps.db, regionPrefix(row.regionCode), changes.reportingOrgIds);
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (!(await repo.updateRequirementIfVersion(tx, id, version, { ...changes, updatedAt: at }))) throw AppError('CONFLICT');
    await appendAudit(tx, { at, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'report_requirement.update', entityType: 'report_requirement', entityId: id, regionCode: row.regionCode, detail: { changes } });
  });
}

// ---- expected returns ----

/** The due periods of requirements as of today, each with its due date. */
export function duePeriodsOf(rows: readonly repo.RequirementRow[], today: string, only?: { period?: string | undefined; from?: string | undefined; to?: string | undefined }): repo.ExpectedPeriod[] {
  return rows.flatMap((r) =>
    requirementPeriodsDue(r, today)
      .filter((p) => (only?.period === undefined || p === only.period) && (only?.from === undefined || p >= only.from) && (only?.to === undefined || p <= only.to))
      .map((period) => ({ requirementId: r.id, period, due: dueDate(r.dueRule, period) })),
  );
}

/**
 * The expected returns of the requirements in scope (one or all) for their due periods, filtered: what GET
 * /api/returns lists and the 待办 counts (`mine`: filed by the caller's org; `issued`: asked for by it).
 */
export async function listReturns(db: Db, scope: Extract<PlanScope, { kind: 'plans' }>, query: ReturnsQuery, today: string) {
  const { page, pageSize, requirementId, period, mine, issued, orgId, ...filter } = query;
  const found = requirementId ? [await repo.findRequirement(db, scope, requirementId)].filter((r) => r !== null) : await repo.listRequirements(db, scope, {});
  if (requirementId && found.length === 0) throw AppError('NOT_FOUND');
  const requirements = issued ? found.filter((r) => r.orgId === scope.orgId) : found;
  return repo.listExpected(db, scope, duePeriodsOf(requirements, today, { period }), today, { ...filter, orgId: mine ? scope.orgId : orgId }, page, pageSize);
}

export async function presentExpected(db: Db, rows: readonly repo.ExpectedRow[]): Promise<ReturnRow[]> {
  const names = await orgsByIds(db, rows.map((r) => r.org_id));
  return rows.map((r) => ({
    id: r.id,
    requirementId: r.requirement_id,
    requirementName: r.requirement_name,
    kind: r.kind,
    period: r.period,
    periodLabel: periodLabel(r.period),
    orgId: r.org_id,
    orgName: names.get(r.org_id)?.name ?? '',
    dueDate: r.due,
    firstFiledOn: r.first_filed_on,
    status: r.status,
    statusLabel: r.status ? returnStatusLabels[r.status] : null,
    timeliness: r.timeliness,
    timelinessLabel: timelinessLabels[r.timeliness],
  }));
}

/** On time / late / missing and the on-time rate, by org, period or requirement, over the returns due by today. */
export async function returnFigures(db: Db, scope: PlanScope, requirements: readonly repo.RequirementRow[], today: string, by: 'org' | 'period' | 'requirement', range: { from?: string | undefined; to?: string | undefined } = {}): Promise<ReturnFiguresResponse> {
  const counts = await repo.countExpected(db, scope, duePeriodsOf(requirements, today, range), today, by);
  const names = by === 'org' ? await orgsByIds(db, counts.map((c) => c.key)) : new Map<string, OrgSummary>();
  const requirementNames = new Map(requirements.map((r) => [r.id, r.name]));
  const label = (key: string) => (by === 'org' ? (names.get(key)?.name ?? key) : by === 'period' ? periodLabel(key) : (requirementNames.get(key) ?? key));
  const rows = counts.map((c) => ({ key: c.key, label: label(c.key), expected: c.expected, onTime: c.on_time, late: c.late, missing: c.missing, onTimeRate: onTimeRate({ onTime: c.on_time, late: c.late, missing: c.missing }) }));
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
  const total = { expected: sum((r) => r.expected), onTime: sum((r) => r.onTime), late: sum((r) => r.late), missing: sum((r) => r.missing) };
  return { asOf: today, rows, total: { ...total, onTimeRate: onTimeRate(total) } };
}

/** The periods an org may file now (window open) for the requirements that name it. */
export function openPeriods(row: repo.RequirementRow, today: string): { period: string; opens: string; due: string; closes: string }[] {
  const from = periodBounds(row.startPeriod).start;
  const lookBack = addDays(today, -(row.graceDays + 400));
  const last = row.endPeriod === null ? today : periodBounds(row.endPeriod).end;
  const to = last < today ? last : today;
  if (!row.active) return [];
  return periodsBetween(row.cadence, from > lookBack ? from : lookBack, to)
    .map((period) => ({ period, ...filingWindow(row.dueRule, period, row.graceDays) }))
    .filter((w) => filingState(w, today) === 'open');
}

// ---- the report: pre-filled with what Zhiben knows, then checked against the template ----

const figureLabels: Record<string, { label: string; unit: string }> = {
  hazards_total: { label: '排查隐患总数', unit: '项' },
  hazards_closed: { label: '已整改销号', unit: '项' },
  hazards_open: { label: '未销号隐患', unit: '项' },
  hazards_overdue: { label: '逾期未整改隐患', unit: '项' },
  hazards_long_standing: { label: '长期未整改隐患（逾期90天以上）', unit: '项' },
  hazards_open_major: { label: '未销号重大事故隐患', unit: '项' },
  rectification_rate: { label: '隐患整改率', unit: '%' },
  stock_clearance_rate: { label: '存量隐患清零率', unit: '%' },
};

export const emptyReport = (): ReturnReportColumn => ({ text: '', taskProgress: [], figures: [], problems: [], nextSteps: '', investment: null, activities: [] });

/**
 * What Zhiben already knows for an org and a period: the hazard figures of the org's region (a department's
 * sectors only) as of the period's end (today while it runs), and the progress of the tasks the org leads.
 */
export async function prefillReport(db: Db, scope: PlanScope, org: { id: string; kind: string; regionCode: string; sectors: readonly string[] }, period: string, today: string): Promise<ReturnReportColumn> {
  const end = periodBounds(period).end;
  const asOf = end < today ? end : today;
  const hazardScope = { kind: 'region' as const, regionPrefix: regionPrefix(org.regionCode), sectors: org.kind === 'regulator' ? [...org.sectors] : null };
  const [f, led] = await Promise.all([regionFigures(db, hazardScope, { asOf, today, regionCode: org.regionCode }), listTasks(db, scope, { leadOrgId: org.id }, today, 1, 500)]);
  const values: Record<string, number | null> = {
    hazards_total: f.total,
    hazards_closed: f.closed,
    hazards_open: f.open,
    hazards_overdue: f.overdue,
    hazards_long_standing: f.longStanding,
    hazards_open_major: f.openMajor,
    rectification_rate: f.rectificationRate,
    stock_clearance_rate: f.stockClearanceRate,
  };
  return {
    ...emptyReport(),
    figures: Object.entries(figureLabels).map(([key, meta]) => ({ key, label: meta.label, unit: meta.unit, value: values[key] ?? null, source: 'zhiben' as const })),
    taskProgress: led.items
      .filter(({ task }) => task.status !== 'draft' && task.status !== 'cancelled')
      .map(({ task, displayStatus }) => ({ taskId: task.id, code: task.code, name: task.name, status: taskDisplayStatusLabels[displayStatus], percent: task.progressPercent, text: '' })),
  };
}

/**
 * The report as stored: the org's entries over the pre-filled one (a figure Zhiben knows stays Zhiben's, an unknown
 * key is refused, task progress only for tasks the org leads), restricted to the requirement's sections.
 */
export function mergeReport(prefilled: ReturnReportColumn, input: ReturnReportInput, sections: readonly string[]): ReturnReportColumn {
  const has = (s: string) => sections.includes(s);
  const known = new Map(prefilled.figures.map((f) => [f.key, f]));
  const badFigure = input.figures.findIndex((f) => !known.has(f.key));
  if (badFigure >= 0) throw AppError('VALIDATION', { field: `report.figures.${badFigure}.key`, message: `「主要数据」第${badFigure + 1}项不是该报送要求的数据项` });
  const manual = new Map(input.figures.map((f) => [f.key, f.value]));
  const tasks = new Map(prefilled.taskProgress.map((t) => [t.taskId, t]));
  const badTask = input.taskProgress.findIndex((t) => !tasks.has(t.taskId));
  if (badTask >= 0) throw AppError('VALIDATION', { field: `report.taskProgress.${badTask}.taskId`, message: `「任务完成情况」第${badTask + 1}项不是本单位牵头的任务` });
  const progress = new Map(input.taskProgress.map((t) => [t.taskId, t]));
  if (has('investment') && input.investment === null) throw AppError('VALIDATION', { field: 'report.investment', message: '「安全投入」须填写人防、技防、工程防、管理防投入金额（万元）' });
  return {
    text: has('text') ? input.text : '',
    figures: has('figures') ? prefilled.figures.map((f) => (f.value === null && manual.has(f.key) ? { ...f, value: manual.get(f.key) ?? null, source: 'manual' as const } : f)) : [],
    taskProgress: has('task_progress')
      ? prefilled.taskProgress.map((t) => {
          const entry = progress.get(t.taskId);
          return entry ? { ...t, percent: entry.percent ?? t.percent, text: entry.text } : t;
        })
      : [],
    problems: has('problems') ? input.problems : [],
    nextSteps: has('next_steps') ? input.nextSteps : '',
    investment: has('investment') ? input.investment : null,
    activities: has('activities') ? input.activities : [],
  };
}

