// Tasks (B-1) on the workflow kernel: the core machine (草拟 → 下发 → 推进 → 完成, 退回重办, 取消), the task stream and
// one small payload handler per action. The pipeline (workflow/pipeline.ts) does the rest: version, machine,
// compare-and-set, timeline event, subscribers.
import {
  explainIssueBlocked,
  nextDue,
  nextTaskStatus,
  occurrences,
  taskActionRequirements,
  taskMachine,
  type FormRequirements,
  type TaskAction,
  type TaskFacts,
  type TaskStatus,
} from '@zhiben/core';
import { AppError } from '../../errors.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { performWorkflowAction, type PayloadHandler, type WorkflowDefinition } from '../../workflow/pipeline.ts';
import { enforceRequirements } from '../../workflow/present.ts';
import { taskStream, type TaskEventExtra } from '../../workflow/streams.ts';
import { resolveEvidence } from '../files/files.service.ts';
import { taskFacts } from './tasks.presenter.ts';
import * as repo from './tasks.repository.ts';
import type { TaskActionInputs } from './tasks.schema.ts';
import { checkTaskFields } from './tasks.service.ts';

type Handler<A extends TaskAction> = PayloadHandler<repo.TaskRow, TaskEventExtra, TaskFacts, TaskActionInputs[A]>;

/** The form requirements of an action on this task today: sent with the task, checked on submission. */
export function taskRequirements(row: repo.TaskRow, action: TaskAction, today: string): FormRequirements {
  return taskActionRequirements(action, {
    today,
    kind: row.kind,
    issuedOn: row.issuedOn,
    dueDate: row.dueDate,
    milestones: row.milestones,
    recurrence: row.recurrence,
    donePeriods: row.donePeriods,
    manualIndicator: row.indicator?.dataSource === 'manual',
  });
}

const check = (row: repo.TaskRow, action: TaskAction, ctx: ActionContext, values: unknown) => enforceRequirements(taskRequirements(row, action, ctx.today), values);

/** The next due date the task owes after an action that leaves it in `status` with these milestones and periods. */
const owed = (row: repo.TaskRow, status: TaskStatus, changes: Partial<repo.TaskRow> = {}) => nextDue({ ...row, ...changes, status });

const handlers: { [A in TaskAction]: Handler<A> } = {
  issue: (row, b, ctx) => {
    const blocked = explainIssueBlocked(row);
    if (blocked) throw AppError('VALIDATION', { field: blocked.field, message: blocked.message });
    return { changes: { issuedOn: ctx.today, nextDue: owed(row, 'issued') }, payload: { note: b.note, leadOrgId: row.leadOrgId, dueDate: row.dueDate } };
  },
  report_progress: async (row, b, ctx) => {
    check(row, 'report_progress', ctx, { ...b, milestonesDone: b.milestonesDone.map(String) });
    const milestones = row.milestones.map((m, i) => (b.milestonesDone.includes(i) && m.doneOn === null ? { ...m, doneOn: ctx.today } : m));
    let donePeriods = row.donePeriods;
    if (b.periodDone !== null) {
      const open = row.recurrence && row.dueDate ? occurrences(row.recurrence, row.dueDate, row.donePeriods, ctx.today).filter((o) => !o.done) : [];
      if (!open.some((o) => o.period === b.periodDone)) throw AppError('VALIDATION', { field: 'periodDone', message: '「本期完成」不是该常态化工作待完成的周期' });
      donePeriods = [...row.donePeriods, b.periodDone].sort();
    }
    const indicator = row.indicator && b.indicatorValue !== null ? { ...row.indicator, value: b.indicatorValue, valueOn: ctx.today } : row.indicator;
    const evidence = await resolveEvidence(ctx.db, ctx.auth.user.id, b.evidence);
    const changes = { milestones, donePeriods, indicator, progressPercent: b.percent ?? row.progressPercent, lastProgressAt: ctx.now };
    return {
      changes: { ...changes, nextDue: owed(row, nextTaskStatus(row.status, 'report_progress'), changes) },
      payload: {
        text: b.text,
        percent: b.percent,
        evidence,
        milestonesDone: b.milestonesDone.map((i) => row.milestones[i]?.label ?? String(i)),
        periodDone: b.periodDone,
        indicatorValue: b.indicatorValue,
      },
    };
  },
  complete: async (row, b, ctx) => {
    check(row, 'complete', ctx, b);
    const completedOn = b.completedOn ?? ctx.today;
    const evidence = await resolveEvidence(ctx.db, ctx.auth.user.id, b.evidence);
    return {
      changes: { completedOn, progressPercent: 100, lastProgressAt: ctx.now, nextDue: null, milestones: row.milestones.map((m) => (m.doneOn === null ? { ...m, doneOn: completedOn } : m)) },
      payload: { text: b.text, evidence, completedOn },
    };
  },
  add_note: async (row, b, ctx) => {
    check(row, 'add_note', ctx, b);
    return { payload: { text: b.text, evidence: await resolveEvidence(ctx.db, ctx.auth.user.id, b.evidence), orgName: ctx.auth.user.org?.name ?? null } };
  },
  reopen: (row, b, ctx) => {
    check(row, 'reopen', ctx, b);
    return { changes: { completedOn: null, nextDue: owed(row, 'in_progress') }, payload: { reason: b.reason } };
  },
  revise: async (row, b, ctx) => {
    check(row, 'revise', ctx, { name: row.name, kind: row.kind, ...b });
    const { version: _version, ...fields } = b;
    const changes = await checkTaskFields(ctx, row, fields);
    if (row.status !== 'draft' && changes.leadOrgId === null) throw AppError('VALIDATION', { field: 'leadOrgId', message: '已下发的任务不能取消牵头单位' });
    if (row.status !== 'draft' && changes.dueDate === null) throw AppError('VALIDATION', { field: 'dueDate', message: '已下发的任务不能取消完成时限' });
    return { changes: { ...changes, nextDue: owed(row, row.status, changes) }, payload: { changed: Object.keys(changes), ...changes } };
  },
  cancel: (row, b, ctx) => {
    check(row, 'cancel', ctx, b);
    return { changes: { nextDue: null }, payload: { reason: b.reason } };
  },
};

const taskWorkflow: WorkflowDefinition<repo.TaskRow, TaskEventExtra, TaskFacts, TaskAction, TaskStatus, TaskActionInputs> = {
  stream: taskStream,
  machine: taskMachine,
  facts: (row) => taskFacts(row),
  handlers,
  compareAndSet: (tx, row, changes, status, at) => repo.compareAndSetTask(tx, row, { ...changes, status, updatedAt: at }),
};

/** One workflow action on a task the route loaded within scope; returns the task as written. */
export async function performTaskAction<A extends TaskAction>(ctx: ActionContext, row: repo.TaskRow, action: A, input: TaskActionInputs[A]): Promise<repo.TaskRow> {
  return (await performWorkflowAction(taskWorkflow, ctx, row, action, input)).row;
}
