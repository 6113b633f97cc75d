// A draw's actions on the workflow kernel: 抽取 (the seed is opened and revealed, the result computed by core runDraw
// from the committed inputs text and recorded with its hash), 审核 (a second officer; the planned inspections are
// created in the same transaction), 公示结果 (once every drawn inspection is finished) and 作废 (before the draw date).
import {
  drawActionRequirements,
  drawMachine,
  drawResultHash,
  parseDrawInputsText,
  runDraw,
  sm3Hex,
  type DrawAction,
  type DrawFacts,
  type DrawStatus,
  type FormRequirements,
} from '@zhiben/core';
import type { DrawPickColumn } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { performWorkflowAction, type PayloadHandler, type WorkflowDefinition } from '../../workflow/pipeline.ts';
import { enforceRequirements } from '../../workflow/present.ts';
import { drawStream, type DrawRecord, type NoExtra } from '../../workflow/streams.ts';
import { planInspection } from '../inspections/inspections.service.ts';
import type { FieldSealer } from '../tips/tip-crypto.ts';
import * as repo from './random-draws.repository.ts';
import type { DrawActionInputs } from './random-draws.schema.ts';
import { seedContext } from './random-draws.service.ts';

type Handler<A extends DrawAction> = PayloadHandler<DrawRecord, NoExtra, DrawFacts, DrawActionInputs[A]>;

const finished = (status: string) => status === 'closed' || status === 'cancelled';

/** `inspections`: the draw's inspections when the caller has read them already (the record view). */
export async function drawFacts(db: ActionContext['db'], row: DrawRecord, today: string, inspections?: readonly { status: string }[]): Promise<DrawFacts> {
  const open = row.status === 'approved' ? (inspections ?? (await repo.drawInspections(db, row.id))).filter((i) => !finished(i.status)).length : 0;
  return { status: row.status, orgId: row.orgId, createdBy: row.createdBy, drawnBy: row.drawnBy, drawOn: row.drawOn, today, openInspections: open };
}

export const drawRequirements = (row: Pick<DrawRecord, 'drawOn' | 'publicInputLabel'>, action: DrawAction): FormRequirements => drawActionRequirements(action, row.drawOn, row.publicInputLabel);

function drawWorkflow(sealer: FieldSealer): WorkflowDefinition<DrawRecord, NoExtra, DrawFacts, DrawAction, DrawStatus, DrawActionInputs> {
  const handlers: { [A in DrawAction]: Handler<A> } = {
    draw: async (row, b, ctx) => {
      enforceRequirements(drawRequirements(row, 'draw'), b);
      const secrets = await repo.drawSecrets(ctx.db, row.id);
      if (!secrets) throw AppError('NOT_FOUND');
      // The committed text as stored: it must still be what the published hash covers, and the draw mixes in that hash.
      if (sm3Hex(secrets.inputsText) !== row.inputsHash) throw new Error(`stored inputs of draw ${row.id} no longer match the published hash`);
      const parsed = parseDrawInputsText(secrets.inputsText);
      if (!('inputs' in parsed)) throw new Error(`stored inputs of draw ${row.id} do not parse: ${parsed.error}`);
      const seed = sealer.open(secrets.seedSealed, seedContext(row.id));
      const picks = runDraw(parsed.inputs, seed, b.publicValue, { inputsHash: row.inputsHash });
      const names = new Map(parsed.inputs.candidates.map((c) => [c.id, c.name]));
      const inspectors = new Map(parsed.inputs.inspectors.map((i) => [i.id, i.name]));
      const result: DrawPickColumn[] = picks.map((p) => ({
        order: p.order,
        candidateId: p.candidateId,
        name: names.get(p.candidateId) ?? '',
        stratum: p.stratum,
        team: p.team.map((id) => ({ id, name: inspectors.get(id) ?? '' })),
        inspectionId: null,
      }));
      const resultHash = drawResultHash(picks);
      return {
        changes: { seed, publicValue: b.publicValue.trim(), result, resultHash, drawnBy: ctx.auth.user.id, drawnAt: ctx.now },
        payload: { seed, publicValue: b.publicValue.trim(), resultHash, picks: picks.map((p) => ({ order: p.order, candidateId: p.candidateId, team: p.team })) },
      };
    },
    approve: async (row, b, ctx) => {
      enforceRequirements(drawRequirements(row, 'approve'), b);
      const picks = row.result ?? [];
      return {
        before: async (unit) => {
          // The inspections are planned inside this transaction (planInspection nests in it as a savepoint): the
          // approval and every inspection it creates commit together or not at all.
          const inner = { ...ctx, db: unit.tx };
          const result: DrawPickColumn[] = [];
          for (const p of picks) {
            const inspection = await planInspection(
              inner,
              {
                kind: row.inspectionKind,
                methods: [],
                jointOrgs: [],
                subjectKind: 'enterprise',
                enterpriseId: p.candidateId,
                premisesId: null,
                plannedOn: row.definition.plannedOn,
                dueOn: row.definition.dueOn,
                campaign: row.title,
                members: p.team.map((m, k) => ({ userId: m.id, name: m.name, role: k === 0 ? ('leader' as const) : ('officer' as const), orgName: '' })),
                checklist: row.definition.checklist,
                trigger: { kind: 'random_draw', id: row.id },
              },
              { plannerJoins: false },
            );
            result.push({ ...p, inspectionId: inspection.id });
          }
          return { changes: { result }, payload: { comment: b.comment, inspections: result.length } };
        },
        changes: { approvedBy: ctx.auth.user.id, approvedAt: ctx.now },
      };
    },
    publish_results: async (row, b, ctx) => {
      enforceRequirements(drawRequirements(row, 'publish_results'), b);
      const done = await repo.drawInspections(ctx.db, row.id);
      const hazards = await repo.hazardCountsOfInspections(ctx.db, done.map((i) => i.id));
      return {
        changes: { resultsPublishedAt: ctx.now },
        payload: { results: done.map((i) => ({ inspectionNo: i.inspectionNo, enterpriseId: i.enterpriseId, status: i.status, hazards: hazards.get(i.id) ?? 0 })) },
      };
    },
    cancel: async (row, b) => {
      enforceRequirements(drawRequirements(row, 'cancel'), b);
      return { changes: { cancelReason: b.reason }, payload: { reason: b.reason } };
    },
  };
  return {
    stream: drawStream,
    machine: drawMachine,
    facts: (row, ctx) => drawFacts(ctx.db, row, ctx.today),
    handlers,
    compareAndSet: (tx, row, changes, status, at) => repo.compareAndSetDraw(tx, row, { ...changes, status, updatedAt: at }),
  };
}

/** One action on a draw the route loaded within scope. */
export async function performDrawAction<A extends DrawAction>(ctx: ActionContext, sealer: FieldSealer, row: DrawRecord, action: A, input: DrawActionInputs[A]): Promise<DrawRecord> {
  return (await performWorkflowAction(drawWorkflow(sealer), ctx, row, action, input)).row;
}
