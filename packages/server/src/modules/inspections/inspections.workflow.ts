// The inspection lifecycle (MODULES A-1) on the workflow kernel: the core machine, the inspection stream, and one
// payload handler per action. The pipeline does the rest (version, machine, compare-and-set, timeline, subscribers).
import {
  explainCloseError,
  explainStartProofError,
  inspectionActionRequirements,
  inspectionMachine,
  type InspectionAction,
  explainTestScoreInvalid,
  type InspectionFacts,
  type InspectionStatus,
} from '@zhiben/core';
import type { z } from 'zod';
import type { InspectionSignature } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { performWorkflowAction, type PayloadHandler, type WorkflowDefinition } from '../../workflow/pipeline.ts';
import { enforceRequirements } from '../../workflow/present.ts';
import { inspectionStream, type InspectionEventExtra } from '../../workflow/streams.ts';
import { checkPhotos, countFindings, prepareAnswers, writeAnswers } from './inspections.items.ts';
import * as repo from './inspections.repository.ts';
import type { actionBodies } from './inspections.schema.ts';

export type InspectionActionInputs = { [A in InspectionAction]: z.infer<(typeof actionBodies)[A]> };
type Row = repo.InspectionRow;
type Handler<A extends InspectionAction> = PayloadHandler<Row, InspectionEventExtra, InspectionFacts, InspectionActionInputs[A]>;

export async function inspectionFacts(db: ActionContext['db'], row: Row): Promise<InspectionFacts> {
  const members = await repo.listMembers(db, row.id);
  return {
    status: row.status,
    orgId: row.orgId,
    leaderId: row.leaderId,
    memberIds: members.flatMap((m) => (m.userId ? [m.userId] : [])),
    ledByPrincipal: row.ledByPrincipal,
    enterpriseOwn: row.kind === 'self_inspection' || row.kind === 'routine',
    unannounced: row.methods.includes('unannounced'),
    released: row.releasedAt !== null,
  };
}

export const actionRequirements = (row: Row, action: InspectionAction) =>
  inspectionActionRequirements(action, { remote: row.methods.includes('remote'), enforcement: row.kind === 'enforcement' });

const check = (row: Row, action: InspectionAction, values: unknown) => enforceRequirements(actionRequirements(row, action), values);

/** Staff who may raise hazards: those with a region scope (experts and third-party staff record, officers raise). */
const mayRaise = (ctx: ActionContext, row: Row) => ctx.auth.scope.kind === 'region' && row.enterpriseId !== null;

const handlers: { [A in InspectionAction]: Handler<A> } = {
  start: async (row, b, ctx) => {
    const remote = row.methods.includes('remote');
    check(row, 'start', b);
    const proof = explainStartProofError({ lat: b.location.lat, lng: b.location.lng, photos: b.photos }, remote, ctx.now);
    if (proof) throw AppError('VALIDATION', proof);
    await checkPhotos(ctx, b.photos, 'photos');
    return {
      changes: { startedAt: ctx.now, checkDate: ctx.today, startLat: b.location.lat, startLng: b.location.lng, startPhotos: b.photos.map((p) => ({ sha256: p.sha256, takenAt: p.takenAt, lat: p.lat ?? null, lng: p.lng ?? null })), remoteEvidence: b.remoteEvidence },
      payload: { location: b.location, photos: b.photos.map((p) => ({ sha256: p.sha256, takenAt: p.takenAt })), remoteEvidence: b.remoteEvidence },
    };
  },
  record: async (row, b, ctx) => {
    if (b.items.length === 0 && b.tests.length === 0) throw AppError('VALIDATION', { field: 'items', message: '请至少填写一项检查结果或现场测试' });
    for (const [k, t] of b.tests.entries()) {
      const invalid = explainTestScoreInvalid(t);
      if (invalid) throw AppError('VALIDATION', { field: `tests.${k}.correct`, message: `第${k + 1}位被询问人：${invalid}` });
    }
    const items = await repo.listItems(ctx.db, row.id);
    const known = new Set(items.flatMap((i) => i.photos.map((p) => p.sha256)));
    const prepared = await prepareAnswers(ctx, items, b.items, { mayRaise: mayRaise(ctx, row), knownPhotos: known });
    const tests = await repo.listTests(ctx.db, row.id);
    return {
      before: async (unit) => {
        const written = await writeAnswers(unit, ctx, row, prepared);
        await repo.insertTests(unit.tx, b.tests.map((t, k) => ({ inspectionId: row.id, seq: tests.length + k + 1, ...t })));
        const after = items.map((i) => {
          const w = written.find((x) => x.seq === i.seq);
          const answer = prepared.find((p) => p.item.seq === i.seq)?.answer;
          if (!answer) return { result: i.result, hazardId: i.hazardId, hazardLevel: i.hazardLevel };
          return { result: answer.result, hazardId: answer.result === 'fail' ? (w?.hazardId ?? i.hazardId) : null, hazardLevel: answer.result === 'fail' ? (w?.hazardLevel ?? i.hazardLevel) : null };
        });
        return {
          changes: countFindings(after),
          payload: {
            items: b.items.map((a) => ({ seq: a.seq, result: a.result, note: a.note, photos: a.photos.map((p) => p.sha256), hazard: written.find((w) => w.seq === a.seq && w.hazardId) ?? null })),
            tests: b.tests.length,
          },
        };
      },
    };
  },
  close: async (row, b, ctx) => {
    check(row, 'close', b);
    const items = await repo.listItems(ctx.db, row.id);
    // A premises without a registered enterprise has nowhere to file a hazard yet: its 不符合 items stand as problems.
    const handled = items.map((i) => ({ seq: i.seq, text: i.text, result: i.result, hazardId: i.hazardId ?? (row.enterpriseId === null && i.result === 'fail' ? 'premises' : null) }));
    const signatures: InspectionSignature[] = b.signatures.map((s) => ({ role: s.role, name: s.name, userId: s.role === 'enterprise' ? null : ctx.auth.user.id, signedAt: ctx.now.toISOString(), image: s.image }));
    const problem = explainCloseError(handled, b.conclusion, signatures.some((s) => s.role === 'leader'));
    if (problem) throw AppError('VALIDATION', problem);
    // An enforcement inspection that found a major hazard ends with a case (C-1, not built yet) or a reviewable reason.
    if (row.kind === 'enforcement' && row.majorFindings > 0 && !b.noCaseReason) {
      throw AppError('VALIDATION', { field: 'noCaseReason', message: '执法检查发现重大事故隐患，须立案查处或填写不予立案理由' });
    }
    return {
      changes: { conclusion: b.conclusion, signatures, noCaseReason: b.noCaseReason, endedAt: ctx.now, checkDate: row.checkDate ?? ctx.today },
      payload: { conclusion: b.conclusion, signatures: signatures.map((s) => ({ role: s.role, name: s.name })), noCaseReason: b.noCaseReason, findings: row.findings, majorFindings: row.majorFindings },
    };
  },
  release: (_row, _b, ctx) => ({ changes: { releasedAt: ctx.now }, payload: {} }),
  cancel: (row, b) => {
    check(row, 'cancel', b);
    return { payload: { reason: b.reason } };
  },
};

export const inspectionWorkflow: WorkflowDefinition<Row, InspectionEventExtra, InspectionFacts, InspectionAction, InspectionStatus, InspectionActionInputs> = {
  stream: inspectionStream,
  machine: inspectionMachine,
  facts: (row, ctx) => inspectionFacts(ctx.db, row),
  handlers,
  compareAndSet: (tx, row, changes, status, at) => repo.compareAndSetInspection(tx, row, { ...changes, status, updatedAt: at }),
};

/** One lifecycle action on an inspection the route loaded within scope; returns the inspection as written. */
export async function performInspectionAction<A extends InspectionAction>(ctx: ActionContext, row: Row, action: A, input: InspectionActionInputs[A]): Promise<Row> {
  return (await performWorkflowAction(inspectionWorkflow, ctx, row, action, input)).row;
}
