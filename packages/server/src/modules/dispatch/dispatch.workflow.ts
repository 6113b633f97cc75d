// The monthly dispatch round (月调度) on the workflow kernel: opened by the 安委办, problems recorded, the dispatch
// meeting held (a meeting record of kind 调度会), decisions made — each a task or a 督办交办 item issued at once to its
// lead org with a deadline — and closed with the 调度通报's 文号.
import { randomUUID } from 'node:crypto';
import {
  monthLabel,
  nextDue,
  roundActionRequirements,
  roundMachine,
  type FormRequirements,
  type RoundAction,
  type RoundFacts,
  type RoundStatus,
} from '@zhiben/core';
import { AppError } from '../../errors.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { performWorkflowAction, type PayloadHandler, type WorkflowDefinition } from '../../workflow/pipeline.ts';
import { enforceRequirements } from '../../workflow/present.ts';
import { roundStream, taskStream, type RoundEventExtra } from '../../workflow/streams.ts';
import { appendCreated } from '../../workflow/timeline.ts';
import { inTransaction } from '../../workflow/unit.ts';
import { createMeeting } from '../meetings/meetings.service.ts';
import { orgsByIds } from '../plans/plan-orgs.repository.ts';
import type { PlanManager } from '../plans/plans.guard.ts';
import { findPlan, regionNameMap } from '../plans/plans.repository.ts';
import { checkTaskFields } from '../tasks/tasks.service.ts';
import { insertTaskRows } from '../tasks/tasks.repository.ts';
import * as repo from './dispatch.repository.ts';
import type { OpenRoundInput, RoundActionInputs } from './dispatch.schema.ts';

type Handler<A extends RoundAction> = PayloadHandler<repo.RoundRow, RoundEventExtra, RoundFacts, RoundActionInputs[A]>;

export const roundFacts = (row: repo.RoundRow): RoundFacts => ({ status: row.status, orgId: row.orgId });
export const roundRequirements = (row: repo.RoundRow, action: RoundAction, today: string): FormRequirements => roundActionRequirements(action, { today, month: row.month });

/** Opens the org's round for a month (not a future one; one per org and month: a second is 409). */
export async function openRound(ctx: ActionContext, manager: PlanManager, input: OpenRoundInput): Promise<repo.RoundRow> {
  if (input.month > ctx.today.slice(0, 7)) throw AppError('VALIDATION', { field: 'month', message: '「月份」不能晚于本月' });
  if (input.planId !== null && !(await findPlan(ctx.db, manager.scope, input.planId))) throw AppError('VALIDATION', { field: 'planId', message: '「方案」不存在' });
  if (await repo.roundOf(ctx.db, manager.org.id, input.month)) throw AppError('ROUND_EXISTS', { field: 'month', message: `${monthLabel(input.month)}的调度已开启` });
  const regionName = (await regionNameMap(ctx.db, [manager.org.regionCode])).get(manager.org.regionCode) ?? '';
  return inTransaction(ctx.db, async (unit) => {
    const row = await repo.insertRound(unit.tx, {
      orgId: manager.org.id,
      regionCode: manager.org.regionCode,
      planId: input.planId,
      month: input.month,
      name: input.name || `${regionName}${monthLabel(input.month)}安全生产治本攻坚调度`,
      status: 'open',
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (!row) throw AppError('ROUND_EXISTS', { field: 'month', message: `${monthLabel(input.month)}的调度已开启` });
    await appendCreated(unit, roundStream, row, { at: ctx.now, actorId: ctx.auth.user.id, actorName: ctx.who.name, kind: 'open', fromStatus: null, toStatus: 'open', payload: { month: input.month, planId: input.planId } });
    return row;
  });
}

function roundWorkflow(manager: PlanManager): WorkflowDefinition<repo.RoundRow, RoundEventExtra, RoundFacts, RoundAction, RoundStatus, RoundActionInputs> {
  const check = (row: repo.RoundRow, action: RoundAction, ctx: ActionContext, values: unknown) => enforceRequirements(roundRequirements(row, action, ctx.today), values);
  const handlers: { [A in RoundAction]: Handler<A> } = {
    add_problem: async (row, b, ctx) => {
      check(row, 'add_problem', ctx, b);
      const orgName = b.orgId ? ((await orgsByIds(ctx.db, [b.orgId])).get(b.orgId)?.name ?? null) : '';
      if (orgName === null) throw AppError('VALIDATION', { field: 'orgId', message: '「单位」不存在' });
      const problem = { id: randomUUID(), orgId: b.orgId, orgName, text: b.text, source: b.submissionId ? ('return' as const) : ('manual' as const), submissionId: b.submissionId };
      return { changes: { problems: [...row.problems, problem] }, payload: { problem } };
    },
    hold_meeting: (row, b, ctx) => {
      check(row, 'hold_meeting', ctx, { ...b, chairLeaderId: b.chairLeaderId ?? '' });
      return {
        before: async (unit) => {
          const meetingId = await createMeeting(
            { db: ctx.db, clock: ctx.clock },
            manager,
            ctx.who,
            { kind: 'dispatch', name: `${row.name}会议`, date: b.date, chairLeaderId: b.chairLeaderId, chairName: b.chairName, chairPost: b.chairPost, attendees: b.attendees, topics: b.topics, taskIds: [], minutes: b.minutes, analysis: b.analysis },
            { roundId: row.id, tx: unit.tx },
          );
          return { changes: { meetingId }, payload: { meetingId, date: b.date } };
        },
      };
    },
    decide: async (row, b, ctx) => {
      check(row, 'decide', ctx, b);
      const plan = row.planId ? await findPlan(ctx.db, manager.scope, row.planId) : null;
      const year = row.month.slice(0, 4);
      const number = row.decisionCount + 1;
      const code = `交办〔${row.month}〕${number}号`;
      const fields = { code, actionCode: '', name: b.name, body: b.body, kind: b.kind, leadOrgId: b.leadOrgId, coOrgIds: b.coOrgIds, responsible: '', leaderId: null, key: false, dueDate: b.dueDate, milestones: [], indicator: null, recurrence: null };
      const changes = await checkTaskFields({ db: ctx.db, scope: manager.scope }, null, fields, plan ?? { id: '', orgId: row.orgId, regionCode: row.regionCode, actionLines: [] });
      const problem = b.problemId ? row.problems.find((p) => p.id === b.problemId) : null;
      if (b.problemId && !problem) throw AppError('VALIDATION', { field: 'problemId', message: '「问题」不是本次调度记录的问题' });
      return {
        changes: { decisionCount: number },
        before: async (unit) => {
          const values = {
            ...fields,
            ...changes,
            planId: row.planId,
            issuerOrgId: row.orgId,
            regionCode: row.regionCode,
            donePeriods: [],
            status: 'issued' as const,
            issuedOn: ctx.today,
            roundId: row.id,
            reference: problem ? { kind: 'problem' as const, id: problem.id, label: problem.text.slice(0, 60) } : null,
            sort: 100_000 + Number(year) * 100 + number,
            version: 1,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          };
          const [task] = await insertTaskRows(unit.tx, [{ ...values, nextDue: nextDue({ ...values, recurrence: null }) }]);
          if (!task) throw AppError('TASK_CODE_TAKEN', { field: 'name' });
          await appendCreated(unit, taskStream, task, { at: ctx.now, actorId: ctx.auth.user.id, actorName: ctx.who.name, kind: 'decide', fromStatus: null, toStatus: 'issued', payload: { roundId: row.id, code, leadOrgId: task.leadOrgId, dueDate: task.dueDate } });
          return { payload: { taskId: task.id, code, name: b.name, kind: b.kind, leadOrgId: b.leadOrgId, dueDate: b.dueDate } };
        },
      };
    },
    close: (row, b, ctx) => {
      check(row, 'close', ctx, b);
      return { changes: { docNo: b.docNo, summary: b.summary, closedOn: ctx.today }, payload: { docNo: b.docNo } };
    },
  };
  return {
    stream: roundStream,
    machine: roundMachine,
    facts: (row) => roundFacts(row),
    handlers,
    compareAndSet: (tx, row, changes, status, at) => repo.updateRoundIfVersion(tx, row, { ...changes, status, updatedAt: at }),
  };
}

/** One workflow action on a round the route loaded within scope; `manager` is the caller as the round's 安委办. */
export async function performRoundAction<A extends RoundAction>(ctx: ActionContext, manager: PlanManager, row: repo.RoundRow, action: A, input: RoundActionInputs[A]): Promise<repo.RoundRow> {
  return (await performWorkflowAction(roundWorkflow(manager), ctx, row, action, input)).row;
}
