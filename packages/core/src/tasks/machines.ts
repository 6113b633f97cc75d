// The workflows of Module B as pure state machines on the kernel's shape (workflow/machine.ts): plans (印发 → 备案),
// tasks (草拟 → 下发 → 推进 → 完成), returns (报送 → 审核通过 / 退回 → 再报送; locked once accepted) and dispatch rounds
// (调度中 → 已召开 → 已通报). The server loads the record within scope and runs the action pipeline, which asks
// explainDenied (403 with the reason) before it compare-and-sets.

import type { WorkflowActor } from '../workflow/actor.ts';
import { appliesIn, defineMachine, type TransitionTable } from '../workflow/machine.ts';
import { actsFor, isIssuer } from './plan-scope.ts';
import { type PlanStatus, planStatusLabels, type TaskKind, type TaskStatus, type Milestone } from './task-rules.ts';
import { returnStatusLabels, type ReturnStatus } from './returns.ts';
import type { Cadence } from './periods.ts';

function statusRefusal<S extends string, A extends string>(table: TransitionTable<A, S>, labels: Record<S, string>, actionLabels: Record<A, string>, what: string, status: S, action: A): string | null {
  return appliesIn(table, status, action) ? null : `${what}当前为「${labels[status]}」，不能${actionLabels[action]}`;
}

// ---- plans ----

export const planActions = ['issue', 'file', 'revise'] as const;
export type PlanAction = (typeof planActions)[number];
export const planActionLabels: Record<PlanAction, string> = { issue: '印发', file: '报上级备案', revise: '修改' };
export const planTransitions: TransitionTable<PlanAction, PlanStatus> = {
  issue: { from: ['draft'], to: 'issued' },
  file: { from: ['issued'], to: 'filed' },
  revise: { from: ['draft', 'issued', 'filed'], to: 'unchanged' },
};
export type PlanFacts = { status: PlanStatus; orgId: string; filingOrgId: string | null };

export function explainPlanDenied(plan: PlanFacts, actor: WorkflowActor, action: PlanAction): string | null {
  const status = statusRefusal(planTransitions, planStatusLabels, planActionLabels, '方案', plan.status, action);
  if (status) return status;
  if (!isIssuer(actor, plan.orgId)) return `仅制定方案的单位可以${planActionLabels[action]}，上级只能查阅`;
  if (action === 'file' && plan.filingOrgId === null) return '该方案未设定备案单位';
  return null;
}
export const planMachine = defineMachine<PlanFacts, WorkflowActor, PlanAction, PlanStatus>({ actions: planActions, transitions: planTransitions, statusLabels: planStatusLabels, actionLabels: planActionLabels, explainDenied: explainPlanDenied });

// ---- tasks ----

export const taskActions = ['issue', 'report_progress', 'complete', 'add_note', 'reopen', 'revise', 'cancel'] as const;
export type TaskAction = (typeof taskActions)[number];
export const taskActionLabels: Record<TaskAction, string> = {
  issue: '下发',
  report_progress: '报告进展',
  complete: '报告完成',
  add_note: '补充说明',
  reopen: '退回重办',
  revise: '修改任务',
  cancel: '取消任务',
};
const taskStatusLabels: Record<TaskStatus, string> = { draft: '草拟', issued: '已下发', in_progress: '推进中', done: '已完成', cancelled: '已取消' };
export const taskTransitions: TransitionTable<TaskAction, TaskStatus> = {
  issue: { from: ['draft'], to: 'issued' },
  report_progress: { from: ['issued', 'in_progress'], to: 'in_progress' },
  complete: { from: ['issued', 'in_progress'], to: 'done' },
  add_note: { from: ['issued', 'in_progress', 'done'], to: 'unchanged' },
  reopen: { from: ['done'], to: 'in_progress' },
  revise: { from: ['draft', 'issued', 'in_progress'], to: 'unchanged' },
  cancel: { from: ['draft', 'issued', 'in_progress'], to: 'cancelled' },
};

export type TaskFacts = {
  status: TaskStatus;
  kind: TaskKind;
  /** The org whose 安委办 issued the plan (or the dispatch round) the task belongs to. */
  issuerOrgId: string;
  leadOrgId: string | null;
  coOrgIds: readonly string[];
  dueDate: string | null;
  milestones: readonly Milestone[];
  indicator: { target: number | null } | null;
  recurrence: { cadence: Cadence; from: string } | null;
};

export function explainTaskDenied(task: TaskFacts, actor: WorkflowActor, action: TaskAction): string | null {
  const status = statusRefusal(taskTransitions, taskStatusLabels, taskActionLabels, '任务', task.status, action);
  if (status) return status;
  const lead = task.leadOrgId !== null && actsFor(actor, task.leadOrgId);
  switch (action) {
    case 'issue':
      // What the task still lacks (lead org, due date …) is the issue handler's 400 naming the field, not a refusal.
      return isIssuer(actor, task.issuerOrgId) ? null : '仅下达任务的单位可以下发任务';
    case 'revise':
    case 'cancel':
    case 'reopen':
      return isIssuer(actor, task.issuerOrgId) ? null : `仅下达任务的单位可以${taskActionLabels[action]}`;
    case 'report_progress':
    case 'complete':
      return lead ? null : `仅牵头单位可以${taskActionLabels[action]}，配合单位可补充说明`;
    case 'add_note':
      return lead || task.coOrgIds.some((o) => actsFor(actor, o)) || isIssuer(actor, task.issuerOrgId) ? null : '仅牵头单位、配合单位或下达单位可以补充说明';
  }
}
export const taskMachine = defineMachine<TaskFacts, WorkflowActor, TaskAction, TaskStatus>({ actions: taskActions, transitions: taskTransitions, statusLabels: taskStatusLabels, actionLabels: taskActionLabels, explainDenied: explainTaskDenied });
export const nextTaskStatus = (status: TaskStatus, action: TaskAction): TaskStatus => taskMachine.nextStatus({ status }, action);

// ---- returns ----

export const returnActions = ['resubmit', 'accept', 'send_back'] as const;
export type ReturnAction = (typeof returnActions)[number];
export const returnActionLabels: Record<ReturnAction, string> = { resubmit: '修改后重新报送', accept: '审核通过', send_back: '退回修改' };
export const returnTransitions: TransitionTable<ReturnAction, ReturnStatus> = {
  resubmit: { from: ['returned'], to: 'submitted' },
  accept: { from: ['submitted'], to: 'accepted' },
  send_back: { from: ['submitted'], to: 'returned' },
};
export type ReturnFacts = { status: ReturnStatus; orgId: string; issuerOrgId: string };

export function explainReturnDenied(ret: ReturnFacts, actor: WorkflowActor, action: ReturnAction): string | null {
  if (ret.status === 'accepted') return '报送已审核通过并锁定，不能再修改';
  const status = statusRefusal(returnTransitions, returnStatusLabels, returnActionLabels, '报送', ret.status, action);
  if (status) return status;
  switch (action) {
    case 'resubmit':
      return actsFor(actor, ret.orgId) ? null : '仅报送单位可以重新报送';
    case 'accept':
    case 'send_back':
      return isIssuer(actor, ret.issuerOrgId) ? null : `仅发出报送要求的安委会办公室可以${returnActionLabels[action]}`;
  }
}
export const returnMachine = defineMachine<ReturnFacts, WorkflowActor, ReturnAction, ReturnStatus>({ actions: returnActions, transitions: returnTransitions, statusLabels: returnStatusLabels, actionLabels: returnActionLabels, explainDenied: explainReturnDenied });

// ---- dispatch rounds ----

export const roundStatuses = ['open', 'held', 'closed'] as const;
export type RoundStatus = (typeof roundStatuses)[number];
export const roundStatusLabels: Record<RoundStatus, string> = { open: '调度中', held: '已召开调度会', closed: '已通报' };

export const roundActions = ['add_problem', 'hold_meeting', 'decide', 'close'] as const;
export type RoundAction = (typeof roundActions)[number];
export const roundActionLabels: Record<RoundAction, string> = { add_problem: '记录问题', hold_meeting: '记录调度会', decide: '形成交办事项', close: '印发调度通报' };
export const roundTransitions: TransitionTable<RoundAction, RoundStatus> = {
  add_problem: { from: ['open', 'held'], to: 'unchanged' },
  hold_meeting: { from: ['open'], to: 'held' },
  decide: { from: ['held'], to: 'unchanged' },
  close: { from: ['held'], to: 'closed' },
};
export type RoundFacts = { status: RoundStatus; orgId: string };

export function explainRoundDenied(round: RoundFacts, actor: WorkflowActor, action: RoundAction): string | null {
  const status = statusRefusal(roundTransitions, roundStatusLabels, roundActionLabels, '调度', round.status, action);
  if (status) return status;
  return isIssuer(actor, round.orgId) ? null : `仅组织调度的安委会办公室可以${roundActionLabels[action]}`;
}
export const roundMachine = defineMachine<RoundFacts, WorkflowActor, RoundAction, RoundStatus>({ actions: roundActions, transitions: roundTransitions, statusLabels: roundStatusLabels, actionLabels: roundActionLabels, explainDenied: explainRoundDenied });
