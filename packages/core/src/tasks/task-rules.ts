// Plans and tasks (B-1) as pure rules: task kinds and statuses, milestones and recurring occurrences, the next due
// date, overdue (derived like a hazard's 逾期: open and its due date has passed), what blocks issuing a task,
// indicator progress against its target, on-time completion, and a plan's filing with the upper level.

import { rate } from '../stats/definitions.ts';
import { periodBounds, periodLabel, periodsBetween, type Cadence, type PeriodKey } from './periods.ts';

export const planKinds = ['three_year', 'sub_plan', 'annual', 'special', 'sector'] as const;
export type PlanKind = (typeof planKinds)[number];
export const planKindLabels: Record<PlanKind, string> = {
  three_year: '三年行动实施方案',
  sub_plan: '子方案',
  annual: '年度行动计划',
  special: '专项方案',
  sector: '行业领域子方案',
};

export const planStatuses = ['draft', 'issued', 'filed'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const planStatusLabels: Record<PlanStatus, string> = { draft: '草拟', issued: '已印发', filed: '已备案' };

export const taskKinds = ['milestone', 'recurring', 'indicator', 'assignment'] as const;
export type TaskKind = (typeof taskKinds)[number];
export const taskKindLabels: Record<TaskKind, string> = {
  milestone: '节点任务',
  recurring: '常态化工作',
  indicator: '指标任务',
  assignment: '督办交办事项',
};

/** Stored statuses. 逾期 is never stored: it is derived from the due dates and today. */
export const taskStatuses = ['draft', 'issued', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const openTaskStatuses = ['issued', 'in_progress'] as const satisfies readonly TaskStatus[];

/** What the lists and figures show: 草拟 / 未开始 / 推进中 / 已完成 / 逾期 / 已取消. */
export const taskDisplayStatuses = ['draft', 'not_started', 'in_progress', 'done', 'overdue', 'cancelled'] as const;
export type TaskDisplayStatus = (typeof taskDisplayStatuses)[number];
export const taskDisplayStatusLabels: Record<TaskDisplayStatus, string> = {
  draft: '草拟',
  not_started: '未开始',
  in_progress: '推进中',
  done: '已完成',
  overdue: '逾期',
  cancelled: '已取消',
};

export type Milestone = { label: string; due: string; doneOn: string | null };

export type TaskTiming = {
  status: TaskStatus;
  kind: TaskKind;
  /** The task's final due date (完成时限); null only in a draft. */
  dueDate: string | null;
  milestones: readonly Milestone[];
  /** Recurring duties: the cadence, the first day the duty runs, and the periods reported done. */
  recurrence: { cadence: Cadence; from: string } | null;
  donePeriods: readonly PeriodKey[];
};

export const isOpenTask = (status: TaskStatus): boolean => status === 'issued' || status === 'in_progress';

export type Occurrence = { period: PeriodKey; label: string; due: string; done: boolean };

/**
 * One occurrence per period of a recurring duty, from its start to its due date (or to `until` when earlier):
 * each is due at the period's end.
 */
export function occurrences(recurrence: { cadence: Cadence; from: string }, dueDate: string, donePeriods: readonly PeriodKey[], until?: string): Occurrence[] {
  const to = until !== undefined && until < dueDate ? until : dueDate;
  const done = new Set(donePeriods);
  return periodsBetween(recurrence.cadence, recurrence.from, to).map((period) => {
    const { end } = periodBounds(period);
    return { period, label: periodLabel(period), due: end < dueDate ? end : dueDate, done: done.has(period) };
  });
}

/**
 * The earliest date the task still owes something by: its first milestone not done, its first recurring
 * occurrence not done, or its own due date. Null for drafts without a due date, and for done or cancelled tasks.
 * It does not move as time passes, only when the task changes, so it can be stored and indexed.
 */
export function nextDue(task: TaskTiming): string | null {
  if (!isOpenTask(task.status) && task.status !== 'draft') return null;
  if (task.dueDate === null) return null;
  const candidates = [task.dueDate];
  for (const m of task.milestones) if (m.doneOn === null) candidates.push(m.due);
  if (task.recurrence) {
    const first = occurrences(task.recurrence, task.dueDate, task.donePeriods).find((o) => !o.done);
    if (first) candidates.push(first.due);
  }
  return candidates.reduce((a, b) => (b < a ? b : a));
}

/** Overdue as of a day: open and something was due before that day (the due day itself is still on time). */
export function isTaskOverdue(task: TaskTiming, today: string): boolean {
  if (!isOpenTask(task.status)) return false;
  const due = nextDue(task);
  return due !== null && due < today;
}

export function taskDisplayStatus(task: TaskTiming, today: string): TaskDisplayStatus {
  switch (task.status) {
    case 'draft':
      return 'draft';
    case 'done':
      return 'done';
    case 'cancelled':
      return 'cancelled';
    case 'issued':
      return isTaskOverdue(task, today) ? 'overdue' : 'not_started';
    case 'in_progress':
      return isTaskOverdue(task, today) ? 'overdue' : 'in_progress';
  }
}

/** The same derivation for a stored row (status + next_due), as the SQL computes it. */
export function displayStatusOf(status: TaskStatus, storedNextDue: string | null, today: string): TaskDisplayStatus {
  if (isOpenTask(status) && storedNextDue !== null && storedNextDue < today) return 'overdue';
  if (status === 'issued') return 'not_started';
  return status;
}

export type IssueCheck = { field: string; message: string };

/**
 * Why a task cannot be issued yet (zh-CN, naming the field), else null: a task without a lead org or due date
 * cannot be issued (B-1); milestones must fall on or before the due date; an indicator needs a target; a recurring
 * duty needs its cadence.
 */
export function explainIssueBlocked(task: {
  kind: TaskKind;
  leadOrgId: string | null;
  dueDate: string | null;
  milestones: readonly Pick<Milestone, 'label' | 'due'>[];
  indicator: { target: number | null } | null;
  recurrence: { cadence: Cadence } | null;
}): IssueCheck | null {
  if (task.leadOrgId === null) return { field: 'leadOrgId', message: '未指定牵头单位，不能下发' };
  if (task.dueDate === null) return { field: 'dueDate', message: '未设定完成时限，不能下发' };
  const late = task.milestones.findIndex((m) => m.due > (task.dueDate ?? ''));
  if (late >= 0) return { field: `milestones.${late}.due`, message: `节点「${task.milestones[late]?.label ?? ''}」的时限晚于任务完成时限` };
  if (task.kind === 'indicator' && (task.indicator === null || task.indicator.target === null)) return { field: 'indicator.target', message: '指标任务须设定目标值' };
  if (task.kind === 'recurring' && task.recurrence === null) return { field: 'recurrence.cadence', message: '常态化工作须设定频次' };
  return null;
}

// ---- indicators ----

export const indicatorDirections = ['increase', 'decrease'] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];

export type IndicatorProgress = {
  value: number | null;
  /** Share of the way from the baseline to the target, 0–1; null without a value or when baseline = target. */
  progress: number | null;
  met: boolean;
};

/**
 * Progress of an indicator from its baseline toward its target: increase (e.g. a clearance rate up to 100%) or
 * decrease (e.g. overdue hazards down to 0). Met when the value reaches the target.
 */
export function indicatorProgress(indicator: { baseline: number | null; target: number; direction: IndicatorDirection }, value: number | null): IndicatorProgress {
  if (value === null) return { value, progress: null, met: false };
  const met = indicator.direction === 'increase' ? value >= indicator.target : value <= indicator.target;
  const baseline = indicator.baseline ?? (indicator.direction === 'increase' ? 0 : null);
  if (baseline === null || baseline === indicator.target) return { value, progress: met ? 1 : null, met };
  const share = (value - baseline) / (indicator.target - baseline);
  return { value, progress: Math.min(1, Math.max(0, share)), met };
}

// ---- figures ----

export type TaskFigureInput = { status: TaskStatus; dueDate: string | null; nextDue: string | null; completedOn: string | null };
export type TaskFigures = { total: number; due: number; done: number; doneOnTime: number; overdue: number; open: number };

export const emptyTaskFigures = (): TaskFigures => ({ total: 0, due: 0, done: 0, doneOnTime: 0, overdue: 0, open: 0 });

/**
 * Adds one task to the figures as of a day (drafts and cancelled tasks are not counted): due = its due date is on
 * or before the day; done on time = completed on or before its due date; overdue = open with something due
 * before the day. The SQL of the tasks module computes exactly this; tests use it as the oracle.
 */
export function addTaskToFigures(f: TaskFigures, task: TaskFigureInput, asOf: string): TaskFigures {
  if (task.status === 'draft' || task.status === 'cancelled' || task.dueDate === null) return f;
  const done = task.status === 'done' && task.completedOn !== null && task.completedOn <= asOf;
  return {
    total: f.total + 1,
    due: f.due + (task.dueDate <= asOf ? 1 : 0),
    done: f.done + (done ? 1 : 0),
    doneOnTime: f.doneOnTime + (done && task.completedOn !== null && task.completedOn <= task.dueDate ? 1 : 0),
    overdue: f.overdue + (isOpenTask(task.status) && task.nextDue !== null && task.nextDue < asOf ? 1 : 0),
    open: f.open + (isOpenTask(task.status) ? 1 : 0),
  };
}

/** 按期完成率: tasks done by their due date over tasks whose due date has come; null when none has. */
export const taskOnTimeRate = (f: Pick<TaskFigures, 'due' | 'doneOnTime'>): number | null => rate(f.doneOnTime, f.due);

// ---- plan filing with the upper level ----

export const planFilingStates = ['not_required', 'pending', 'overdue', 'filed', 'filed_late'] as const;
export type PlanFilingState = (typeof planFilingStates)[number];
export const planFilingStateLabels: Record<PlanFilingState, string> = {
  not_required: '无需备案',
  pending: '待备案',
  overdue: '逾期未备案',
  filed: '已备案',
  filed_late: '逾期备案',
};

/** A sub-plan's filing: 「2月28日前将各自方案报市安委会办公室」. */
export function planFilingState(plan: { filingDue: string | null; filedOn: string | null }, today: string): PlanFilingState {
  if (plan.filingDue === null) return plan.filedOn === null ? 'not_required' : 'filed';
  if (plan.filedOn !== null) return plan.filedOn <= plan.filingDue ? 'filed' : 'filed_late';
  return today > plan.filingDue ? 'overdue' : 'pending';
}
