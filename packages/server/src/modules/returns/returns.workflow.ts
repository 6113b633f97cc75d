// Returns (B-2) on the workflow kernel: filing creates the record (one per requirement, period and org — a second
// filing is refused, never written over), the issuer accepts (locked) or sends it back, the org files it again.
// Every filing's report is kept on the return's timeline.
import {
  dueDate,
  explainFilingRefused,
  fileReturnRequirements,
  returnActionRequirements,
  returnMachine,
  type FormRequirements,
  type PlanScope,
  type ReturnAction,
  type ReturnFacts,
  type ReturnStatus,
} from '@zhiben/core';
import { AppError } from '../../errors.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { performWorkflowAction, type PayloadHandler, type WorkflowDefinition } from '../../workflow/pipeline.ts';
import { enforceRequirements } from '../../workflow/present.ts';
import { returnStream, type ReturnEventExtra } from '../../workflow/streams.ts';
import { appendCreated } from '../../workflow/timeline.ts';
import { inTransaction } from '../../workflow/unit.ts';
import * as repo from './returns.repository.ts';
import type { FileReturnInput, ReturnActionInputs } from './returns.schema.ts';
import { mergeReport, prefillReport } from './returns.service.ts';

type Handler<A extends ReturnAction> = PayloadHandler<repo.SubmissionRow, ReturnEventExtra, ReturnFacts, ReturnActionInputs[A]>;

export const returnFacts = (row: repo.SubmissionRow): ReturnFacts => ({ status: row.status, orgId: row.orgId, issuerOrgId: row.issuerOrgId });

export const returnRequirements = (requirement: Pick<repo.RequirementRow, 'sections'>, action: ReturnAction): FormRequirements => returnActionRequirements(action, requirement.sections);

type Org = { id: string; kind: string; regionCode: string; sectors: readonly string[] };

/** The report as it will be stored: the org's entries over what Zhiben knows for the org and the period. */
async function composeReport(ctx: ActionContext, scope: PlanScope, org: Org, requirement: repo.RequirementRow, period: string, input: FileReturnInput['report']) {
  const prefilled = await prefillReport(ctx.db, scope, org, period, ctx.today);
  return mergeReport(prefilled, input, requirement.sections);
}

/**
 * Files the caller's org's return for a period: refused when the org is not among the reporting orgs or the period
 * is not open (400 naming the field), and when the org has already filed it (409; a returned one is filed again
 * through `resubmit`). The unique key settles two filings at once: one wins, the other gets 409.
 */
export async function fileReturn(ctx: ActionContext, scope: PlanScope, org: Org, input: FileReturnInput): Promise<repo.SubmissionRow> {
  const requirement = await repo.findRequirement(ctx.db, scope, input.requirementId);
  if (!requirement) throw AppError('NOT_FOUND', { field: 'requirementId', message: '报送要求不存在' });
  const refused = explainFilingRefused(requirement, org.id, input.period, ctx.today);
  if (refused) throw AppError('RETURN_NOT_FILEABLE', { field: refused.field, message: refused.message });
  if (await repo.submissionFor(ctx.db, requirement.id, input.period, org.id)) throw AppError('RETURN_ALREADY_FILED', { field: 'period' });
  enforceRequirements(fileReturnRequirements(requirement.sections), input);
  const report = await composeReport(ctx, scope, org, requirement, input.period, input.report);
  return inTransaction(ctx.db, async (unit) => {
    const row = await repo.insertSubmission(unit.tx, {
      requirementId: requirement.id,
      period: input.period,
      orgId: org.id,
      regionCode: requirement.regionCode,
      issuerOrgId: requirement.orgId,
      dueDate: dueDate(requirement.dueRule, input.period),
      status: 'submitted',
      firstFiledOn: ctx.today,
      submittedAt: ctx.now,
      submittedBy: ctx.auth.user.id,
      report,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (!row) throw AppError('RETURN_ALREADY_FILED', { field: 'period' });
    await appendCreated(unit, returnStream, row, { at: ctx.now, actorId: ctx.auth.user.id, actorName: ctx.who.name, kind: 'submit', fromStatus: null, toStatus: 'submitted', payload: { period: input.period, report } });
    return row;
  });
}

function returnWorkflow(scope: PlanScope, org: Org | null): WorkflowDefinition<repo.SubmissionRow, ReturnEventExtra, ReturnFacts, ReturnAction, ReturnStatus, ReturnActionInputs> {
  const requirementOf = async (ctx: ActionContext, row: repo.SubmissionRow) => {
    const requirement = await repo.findRequirement(ctx.db, scope, row.requirementId);
    if (!requirement) throw AppError('NOT_FOUND');
    return requirement;
  };
  const review = (action: 'accept' | 'send_back'): Handler<typeof action> => async (row, b, ctx) => {
    enforceRequirements(returnRequirements(await requirementOf(ctx, row), action), b);
    return { changes: { reviewComment: b.comment, reviewedBy: ctx.auth.user.id, reviewedAt: ctx.now }, payload: { comment: b.comment } };
  };
  const handlers: { [A in ReturnAction]: Handler<A> } = {
    resubmit: async (row, b, ctx) => {
      const requirement = await requirementOf(ctx, row);
      enforceRequirements(returnRequirements(requirement, 'resubmit'), b);
      if (!org || org.id !== row.orgId) throw AppError('FORBIDDEN', { message: '仅报送单位可以重新报送' });
      const report = await composeReport(ctx, scope, org, requirement, row.period, b.report);
      return { changes: { report, submittedAt: ctx.now, submittedBy: ctx.auth.user.id }, payload: { report } };
    },
    accept: review('accept'),
    send_back: review('send_back'),
  };
  return {
    stream: returnStream,
    machine: returnMachine,
    facts: (row) => returnFacts(row),
    handlers,
    compareAndSet: (tx, row, changes, status, at) => repo.compareAndSetSubmission(tx, row, { ...changes, status, updatedAt: at }),
  };
}

/** One workflow action on a return the route loaded within scope; `org` is the caller's org (it files again). */
export async function performReturnAction<A extends ReturnAction>(ctx: ActionContext, scope: PlanScope, org: Org | null, row: repo.SubmissionRow, action: A, input: ReturnActionInputs[A]): Promise<repo.SubmissionRow> {
  return (await performWorkflowAction(returnWorkflow(scope, org), ctx, row, action, input)).row;
}
