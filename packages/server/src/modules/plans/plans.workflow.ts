// Plans (B-1) on the workflow kernel: a 安委办 (or a department, for its sector sub-plan) drafts a plan, 印发 it with
// its 文号, and files it with the upper 安委办 by the filing deadline (「2月28日前将各自方案报市安委会办公室」).
import {
  planActionRequirements,
  planMachine,
  regionPrefix,
  type FormRequirements,
  type PlanAction,
  type PlanFacts,
  type PlanScope,
  type PlanStatus,
} from '@zhiben/core';
import { AppError } from '../../errors.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { performWorkflowAction, type PayloadHandler, type WorkflowDefinition } from '../../workflow/pipeline.ts';
import { enforceRequirements } from '../../workflow/present.ts';
import { planStream, type PlanEventExtra } from '../../workflow/streams.ts';
import { appendCreated } from '../../workflow/timeline.ts';
import { inTransaction } from '../../workflow/unit.ts';
import { orgsByIds } from './plan-orgs.repository.ts';
import * as repo from './plans.repository.ts';
import type { CreatePlanInput, PlanActionInputs } from './plans.schema.ts';

type Handler<A extends PlanAction> = PayloadHandler<repo.PlanRow, PlanEventExtra, PlanFacts, PlanActionInputs[A]>;

export const planFacts = (row: repo.PlanRow): PlanFacts => ({ status: row.status, orgId: row.orgId, filingOrgId: row.filingOrgId });
export const planRequirements = (row: repo.PlanRow, action: PlanAction, today: string): FormRequirements => planActionRequirements(action, { today, periodFrom: row.periodFrom });

type Org = { id: string; kind: string; regionCode: string };

/**
 * Checks what a plan names: its period, the parent plan (visible to the caller), the sector of a sector sub-plan, and
 * the filing org — a 安委办 of a higher level whose region contains the plan's.
 */
async function checkPlanFields(ctx: ActionContext, scope: PlanScope, org: Org, input: Partial<CreatePlanInput>, current?: repo.PlanRow): Promise<void> {
  const from = input.periodFrom ?? current?.periodFrom;
  const to = input.periodTo ?? current?.periodTo;
  if (from && to && to < from) throw AppError('VALIDATION', { field: 'periodTo', message: '「截止日期」不能早于起始日期' });
  if (input.parentId && !(await repo.findPlan(ctx.db, scope, input.parentId)) && !(await repo.unsafeUpperPlan(ctx.db, input.parentId, org.regionCode))) {
    throw AppError('VALIDATION', { field: 'parentId', message: '「上级方案」不存在' });
  }
  if (input.sector) {
    const known = (await repo.sectorCatalogue(ctx.db)).some((s) => s.code === input.sector);
    if (!known) throw AppError('SECTOR_UNKNOWN', { field: 'sector' });
  }
  if (input.filingOrgId) {
    const filing = (await orgsByIds(ctx.db, [input.filingOrgId])).get(input.filingOrgId);
    const above = filing && filing.kind === 'committee' && filing.id !== org.id && org.regionCode.startsWith(regionPrefix(filing.regionCode));
    if (!above) throw AppError('VALIDATION', { field: 'filingOrgId', message: '「备案单位」须为上级安委会办公室' });
  }
  if (input.filingDue && !input.filingOrgId && !current?.filingOrgId) throw AppError('VALIDATION', { field: 'filingOrgId', message: '设定备案期限时须指定备案单位' });
}

/** A draft plan of the caller's org: a 安委办 any kind, a department only its sector sub-plan. */
export async function createPlan(ctx: ActionContext, scope: PlanScope, org: Org, input: CreatePlanInput): Promise<repo.PlanRow> {
  if (org.kind !== 'committee' && (input.kind !== 'sector' || org.kind !== 'regulator')) {
    throw AppError('FORBIDDEN', { message: '行业部门只能制定本行业领域的子方案' });
  }
  if (input.kind === 'sector' && !input.sector) throw AppError('VALIDATION', { field: 'sector', message: '行业领域子方案须选择行业领域' });
  await checkPlanFields(ctx, scope, org, input);
  return inTransaction(ctx.db, async (unit) => {
    const row = await repo.insertPlanRow(unit.tx, { ...input, orgId: org.id, regionCode: org.regionCode, status: 'draft', version: 1, createdAt: ctx.now, updatedAt: ctx.now });
    await appendCreated(unit, planStream, row, { at: ctx.now, actorId: ctx.auth.user.id, actorName: ctx.who.name, kind: 'create', fromStatus: null, toStatus: 'draft', payload: { name: row.name, kind: row.kind } });
    return row;
  });
}

function planWorkflow(scope: PlanScope, org: Org): WorkflowDefinition<repo.PlanRow, PlanEventExtra, PlanFacts, PlanAction, PlanStatus, PlanActionInputs> {
  const check = (row: repo.PlanRow, action: PlanAction, ctx: ActionContext, values: unknown) => enforceRequirements(planRequirements(row, action, ctx.today), values);
  const handlers: { [A in PlanAction]: Handler<A> } = {
    issue: (row, b, ctx) => {
      check(row, 'issue', ctx, b);
      return { changes: { docNo: b.docNo, issuedOn: b.issuedOn }, payload: { docNo: b.docNo, issuedOn: b.issuedOn } };
    },
    file: (row, b, ctx) => {
      check(row, 'file', ctx, b);
      const filedOn = b.filedOn ?? ctx.today;
      return { changes: { filedOn }, payload: { filedOn, filingOrgId: row.filingOrgId, filingDue: row.filingDue, note: b.note } };
    },
    revise: async (row, b, ctx) => {
      check(row, 'revise', ctx, { name: row.name, ...b });
      const { version: _version, ...changes } = b;
      await checkPlanFields(ctx, scope, org, changes, row);
      return { changes, payload: { changed: Object.keys(changes), ...changes } };
    },
  };
  return {
    stream: planStream,
    machine: planMachine,
    facts: (row) => planFacts(row),
    handlers,
    compareAndSet: (tx, row, changes, status, at) => repo.compareAndSetPlan(tx, row, { ...changes, status, updatedAt: at }),
  };
}

export async function performPlanAction<A extends PlanAction>(ctx: ActionContext, scope: PlanScope, org: Org, row: repo.PlanRow, action: A, input: PlanActionInputs[A]): Promise<repo.PlanRow> {
  return (await performWorkflowAction(planWorkflow(scope, org), ctx, row, action, input)).row;
}
