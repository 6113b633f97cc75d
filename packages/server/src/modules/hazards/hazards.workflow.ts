// The hazard lifecycle (DESIGN §3) on the workflow kernel: the core machine, the hazard stream, and one small
// payload handler per action. The pipeline (workflow/pipeline.ts) does the rest: version, machine, compare-and-set,
// timeline event, subscribers (statistics, major-hazard notices), after-commit hooks.
import {
  hazardActionRequirements,
  hazardMachine,
  isOpen,
  listingLevelFor,
  missingPlanFields,
  type HazardAction,
  type HazardFacts,
  type HazardStatus,
} from '@zhiben/core';
import type { z } from 'zod';
import type { HazardListingColumn } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { performWorkflowAction, type PayloadHandler, type WorkflowDefinition } from '../../workflow/pipeline.ts';
import { enforceRequirements } from '../../workflow/present.ts';
import { hazardStream, type HazardEventExtra } from '../../workflow/streams.ts';
import { recordEvent } from '../../workflow/timeline.ts';
import * as repo from './hazards.repository.ts';
import type { actionBodies } from './hazards.schema.ts';
import { loadEvidence, validateCriteria } from './hazards.service.ts';

export type HazardActionInputs = { [A in HazardAction]: z.infer<(typeof actionBodies)[A]> };
type Handler<A extends HazardAction> = PayloadHandler<repo.HazardRow, HazardEventExtra, HazardFacts, HazardActionInputs[A]>;

export function factsOf(row: repo.HazardRow): HazardFacts {
  return {
    status: row.status,
    level: row.level,
    enterpriseId: row.enterpriseId,
    regionCode: row.regionCode,
    sector: row.sector,
    foundByOrgId: row.foundByOrgId,
    foundByEnterprise: row.foundByEnterprise,
    listing: row.listing ? { level: row.listing.level, orgId: row.listing.orgId } : null,
    planComplete: row.plan !== null && missingPlanFields(row.plan, row.level).length === 0,
    pendingExtension: row.pendingExtension !== null,
    deadline: row.deadline,
    version: row.version,
  };
}

/** The form requirements of an action on this hazard today: sent with the record, checked on submission. */
export const actionRequirements = (row: repo.HazardRow, action: HazardAction, ctx: Pick<ActionContext, 'today'>) => hazardActionRequirements(row, action, { today: ctx.today });

const check = (row: repo.HazardRow, action: HazardAction, ctx: ActionContext, values: unknown) => enforceRequirements(actionRequirements(row, action, ctx), values);

/** 不予认定, 作废 and 退回: a reason on the timeline; closing ones also stamp the day it left the open stock. */
const withReason =
  <A extends 'dismiss' | 'void' | 'return'>(action: A): Handler<A> =>
  (row, b, ctx) => {
    check(row, action, ctx, b);
    return { payload: { reason: b.reason }, ...(action === 'return' ? {} : { changes: { dismissedAt: ctx.now } }) };
  };

const handlers: { [A in HazardAction]: Handler<A> } = {
  confirm: async (row, b, ctx) => {
    // The form starts from the hazard's level and criteria; what the body leaves out stays as it is.
    const level = b.level ?? row.level;
    const criterionIds = b.criterionIds ?? row.criterionIds;
    const deadline = b.deadline ?? row.deadline;
    check(row, 'confirm', ctx, { level, criterionIds, deadline: b.deadline });
    await validateCriteria(ctx.db, criterionIds);
    return { changes: { level, criterionIds, deadline }, payload: { level, criterionIds, deadline, note: b.note, levelChanged: level !== row.level } };
  },
  dismiss: withReason('dismiss'),
  void: withReason('void'),
  return: withReason('return'),
  submit_plan: (row, b, ctx) => {
    const missing = missingPlanFields(b.plan, row.level);
    if (missing.length > 0) throw AppError('VALIDATION', { field: 'plan', message: `治理方案缺少：${missing.join('、')}（重大事故隐患须“五落实”）` });
    check(row, 'submit_plan', ctx, b);
    return {
      changes: { plan: b.plan, ...(b.interimControls !== undefined ? { interimControls: b.interimControls } : {}) },
      payload: { plan: b.plan, interimControls: b.interimControls ?? null },
    };
  },
  report_progress: async (row, b, ctx) => {
    check(row, 'report_progress', ctx, b);
    return { payload: { note: b.note, evidence: await loadEvidence(ctx.db, ctx.auth.user.id, b.evidence) } };
  },
  request_extension: (row, b, ctx) => {
    check(row, 'request_extension', ctx, b);
    return {
      changes: { pendingExtension: { reason: b.reason, interimControls: b.interimControls, newDeadline: b.newDeadline, requestedAt: ctx.now.toISOString() } },
      payload: { reason: b.reason, interimControls: b.interimControls, newDeadline: b.newDeadline, previousDeadline: row.deadline },
    };
  },
  decide_extension: (row, b) => {
    const pending = row.pendingExtension;
    const approved = b.approve && pending !== null;
    return {
      changes: { pendingExtension: null, ...(approved ? { deadline: pending.newDeadline, interimControls: pending.interimControls } : {}) },
      payload: { approve: b.approve, note: b.note, newDeadline: b.approve ? (pending?.newDeadline ?? null) : null, previousDeadline: row.deadline },
    };
  },
  complete: async (row, b, ctx) => {
    check(row, 'complete', ctx, b);
    return { payload: { note: b.note, evidence: await loadEvidence(ctx.db, ctx.auth.user.id, b.evidence) } };
  },
  verify: async (row, b, ctx) => {
    check(row, 'verify', ctx, b);
    return { changes: { closedAt: ctx.now }, payload: { note: b.note, evidence: await loadEvidence(ctx.db, ctx.auth.user.id, b.evidence) } };
  },
  list: (row, b, ctx) => {
    check(row, 'list', ctx, b);
    const level = listingLevelFor(ctx.actor);
    const org = ctx.auth.user.org;
    if (!level || !org) throw AppError('FORBIDDEN', { message: '本单位不能挂牌督办' });
    const listing: HazardListingColumn = { level, orgId: org.id, orgName: org.name, docNo: b.docNo, deadline: b.deadline, listedAt: ctx.now.toISOString() };
    return { changes: { listing }, payload: { ...listing } };
  },
  delist: (row, b, ctx) => {
    check(row, 'delist', ctx, b);
    return { changes: { listing: null }, payload: { note: b.note, docNo: b.docNo, listing: row.listing } };
  },
  merge: async (row, b, ctx) => {
    if (b.intoHazardId === row.id) throw AppError('VALIDATION', { field: 'intoHazardId', message: '不能合并到自身' });
    const found = await repo.findHazard(ctx.db, ctx.auth.scope, b.intoHazardId);
    if (!found) throw AppError('NOT_FOUND', { field: 'intoHazardId', message: '要合并到的隐患不存在或不在辖区内' });
    const target = found.hazard;
    if (target.enterpriseId !== row.enterpriseId) throw AppError('VALIDATION', { field: 'intoHazardId', message: '只能合并同一企业的隐患' });
    const targetClosed = () => AppError('VALIDATION', { field: 'intoHazardId', message: '要合并到的隐患已销号或作废' });
    if (!isOpen(target.status)) throw targetClosed();
    return {
      changes: { mergedInto: target.id },
      payload: { intoHazardId: target.id, intoHazardNo: target.hazardNo, note: b.note },
      // The duplicate's finding joins the canonical record (merged hazards never count; their counts go there).
      after: async (unit) => {
        const joined = await recordEvent(unit, hazardStream, target.id, {
          at: ctx.now,
          actorId: ctx.auth.user.id,
          actorName: ctx.who.name,
          kind: 'merged_from',
          payload: { hazardId: row.id, hazardNo: row.hazardNo, source: row.source, title: row.title, foundAt: row.foundAt },
        });
        if (!joined || !isOpen(joined.subject.status)) throw targetClosed();
      },
    };
  },
};

export const hazardWorkflow: WorkflowDefinition<repo.HazardRow, HazardEventExtra, HazardFacts, HazardAction, HazardStatus, HazardActionInputs> = {
  stream: hazardStream,
  machine: hazardMachine,
  facts: factsOf,
  handlers,
  compareAndSet: (tx, row, changes, status, at) => repo.compareAndSetHazard(tx, row, { ...changes, status, updatedAt: at }),
};

/** One lifecycle action on a hazard the route loaded within scope; returns the hazard as written. */
export async function performHazardAction<A extends HazardAction>(ctx: ActionContext, row: repo.HazardRow, action: A, input: HazardActionInputs[A]): Promise<repo.HazardRow> {
  return (await performWorkflowAction(hazardWorkflow, ctx, row, action, input)).row;
}
