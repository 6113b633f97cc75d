import { explainItemError, explainPhotoError, type FieldPhoto, type InspectionKind } from '@zhiben/core';
import { inspectionKindSource } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { recordEvent } from '../../workflow/timeline.ts';
import { hazardStream } from '../../workflow/streams.ts';
import type { Unit } from '../../workflow/unit.ts';
import { uploadedByUser } from '../files/files.repository.ts';
import { findHazard } from '../hazards/hazards.repository.ts';
import { createHazard, validateCriteria } from '../hazards/hazards.service.ts';
import * as repo from './inspections.repository.ts';
import type { ItemAnswerInput } from './inspections.schema.ts';

// Item results (MODULES A-1): each answer checked by core's explainItemError; a 不符合 raises a hazard through the
// hazards service in the inspection's transaction (source from the inspection kind) or joins an open one. Shared by
// the officer's `record` action and the principal-led check's one submission.

type ItemRow = Awaited<ReturnType<typeof repo.listItems>>[number];

/** Photos must be the caller's own uploads (or already on this inspection) and carry their capture time. */
export async function checkPhotos(ctx: ActionContext, photos: readonly FieldPhoto[], field: string, known: ReadonlySet<string> = new Set()): Promise<void> {
  const timing = explainPhotoError(photos, ctx.now, field);
  if (timing) throw AppError('VALIDATION', timing);
  const fresh = [...new Set(photos.map((p) => p.sha256))].filter((h) => !known.has(h));
  const mine = await uploadedByUser(ctx.db, ctx.auth.user.id, fresh);
  const missing = fresh.findIndex((h) => !mine.has(h));
  if (missing >= 0) throw AppError('VALIDATION', { field, message: '照片不存在或未上传，请重新拍摄上传' });
}

export type PreparedAnswer = { answer: ItemAnswerInput; item: ItemRow | { seq: number; criterionIds: string[]; major: boolean; evidence: 'none' | 'photo' | 'document'; text: string }; field: string };

/**
 * Validates answers against their items before any write: item rules, photos, criteria, and the hazard choice (a
 * staff member without an enterprise to file under, or an expert, may not raise one: the officer does).
 */
export async function prepareAnswers(
  ctx: ActionContext,
  items: readonly PreparedAnswer['item'][],
  answers: readonly ItemAnswerInput[],
  options: { mayRaise: boolean; knownPhotos?: ReadonlySet<string>; fieldPrefix?: string },
): Promise<PreparedAnswer[]> {
  const seen = new Set<number>();
  const prepared: PreparedAnswer[] = [];
  for (const [k, answer] of answers.entries()) {
    const field = `${options.fieldPrefix ?? 'items'}.${k}`;
    const item = items.find((i) => i.seq === answer.seq);
    if (!item) throw AppError('VALIDATION', { field: `${field}.seq`, message: `检查项第${answer.seq}项不存在` });
    if (seen.has(answer.seq)) throw AppError('VALIDATION', { field: `${field}.seq`, message: `检查项第${answer.seq}项重复填写` });
    seen.add(answer.seq);
    const problem = explainItemError(
      { major: item.major, criterionIds: item.criterionIds, evidence: item.evidence },
      { result: answer.result, criterionIds: answer.criterionIds, photos: answer.photos, hazardAction: answer.hazard?.action ?? null, major: answer.major },
      ctx.now,
      field,
    );
    // Who may not raise (experts, subjects without an enterprise) leaves the 不符合 for the officer to handle.
    if (problem && !(problem.field === `${field}.hazard` && answer.result === 'fail' && !options.mayRaise)) throw AppError('VALIDATION', { field: problem.field, message: `第${item.seq}项：${problem.message}` });
    if (answer.hazard && !options.mayRaise) throw AppError('VALIDATION', { field: `${field}.hazard`, message: `第${item.seq}项：由检查组的监管人员登记或关联隐患` });
    await checkPhotos(ctx, answer.photos, `${field}.photos`, options.knownPhotos);
    if (answer.criterionIds.length > 0) await validateCriteria(ctx.db, answer.criterionIds, `${field}.criterionIds`);
    prepared.push({ answer, item, field });
  }
  return prepared;
}

/** A record whose number is taken at the end of its transaction has none yet (its events name it by id). */
const numberOf = (inspection: { inspectionNo: string }) => (inspection.inspectionNo.startsWith('pending:') ? null : inspection.inspectionNo);

export type Written = { seq: number; hazardId: string | null; hazardLevel: 'general' | 'major' | null; link: 'raised' | 'linked' | null };

/**
 * Raises or joins the hazards of prepared answers and writes the item rows, in the caller's transaction. A raised
 * hazard goes through the hazards service's own create path (number, timeline, statistics, notices).
 */
export async function writeAnswers(
  unit: Unit,
  ctx: ActionContext,
  inspection: { id: string; inspectionNo: string; kind: InspectionKind; enterpriseId: string | null; sectors: readonly string[]; checkDate: string | null },
  prepared: readonly PreparedAnswer[],
): Promise<Written[]> {
  const txCtx = { ...ctx, db: unit.tx };
  const written: Written[] = [];
  for (const { answer, item, field } of prepared) {
    let hazardId: string | null = null;
    let hazardLevel: Written['hazardLevel'] = null;
    let link: Written['link'] = null;
    const criteria = answer.criterionIds.length > 0 ? answer.criterionIds : item.criterionIds;
    const major = item.major || answer.major;
    if (answer.result === 'fail' && answer.hazard?.action === 'raise') {
      if (!inspection.enterpriseId) throw AppError('VALIDATION', { field: `${field}.hazard`, message: '该场所未关联生产经营单位，暂不能登记隐患' });
      const sector = inspection.sectors.find(Boolean);
      const { hazard } = await createHazard(
        txCtx,
        {
          enterpriseId: inspection.enterpriseId,
          ...(sector ? { sector } : {}),
          level: major ? 'major' : 'general',
          source: inspectionKindSource[inspection.kind],
          criterionIds: major ? criteria : [...criteria],
          title: answer.hazard.title,
          description: [answer.hazard.description, answer.note].filter(Boolean).join('\n'),
          location: answer.location,
          foundAt: inspection.checkDate ?? ctx.today,
          deadline: answer.hazard.deadline,
          fixedOnSite: answer.hazard.fixedOnSite,
          interimControls: answer.hazard.interimControls,
          evidence: [],
        },
        null,
        { unit, inspectionOrigin: { inspectionId: inspection.id, inspectionNo: numberOf(inspection), itemSeq: item.seq } },
      );
      hazardId = hazard.id;
      hazardLevel = hazard.level;
      link = 'raised';
    } else if (answer.result === 'fail' && answer.hazard?.action === 'link') {
      const found = await findHazard(unit.tx, ctx.auth.scope, answer.hazard.hazardId);
      if (!found) throw AppError('VALIDATION', { field: `${field}.hazard.hazardId`, message: '要关联的隐患不存在或不在本单位辖区' });
      if (found.hazard.enterpriseId !== inspection.enterpriseId) throw AppError('VALIDATION', { field: `${field}.hazard.hazardId`, message: '只能关联被检查单位的隐患' });
      if (!['pending_confirmation', 'rectifying', 'pending_verification'].includes(found.hazard.status)) {
        throw AppError('VALIDATION', { field: `${field}.hazard.hazardId`, message: '只能关联未销号的隐患' });
      }
      await recordEvent(unit, hazardStream, found.hazard.id, {
        at: ctx.now,
        actorId: ctx.auth.user.id,
        actorName: ctx.who.name,
        kind: 'linked_report',
        payload: { description: answer.note || item.text, location: answer.location, source: inspectionKindSource[inspection.kind], inspection: { inspectionId: inspection.id, inspectionNo: numberOf(inspection), itemSeq: item.seq } },
      });
      hazardId = found.hazard.id;
      hazardLevel = found.hazard.level;
      link = 'linked';
    }
    await repo.updateItem(unit.tx, inspection.id, item.seq, {
      result: answer.result,
      note: answer.note,
      location: answer.location,
      photos: answer.photos.map((p) => ({ sha256: p.sha256, takenAt: p.takenAt, lat: p.lat ?? null, lng: p.lng ?? null })),
      markedMajor: answer.major,
      findingCriterionIds: answer.result === 'fail' ? [...criteria] : [],
      ...(answer.result === 'fail' ? (hazardId ? { hazardId, hazardLink: link } : {}) : { hazardId: null, hazardLink: null }),
      answeredBy: ctx.auth.user.id,
      answeredAt: ctx.now,
    });
    written.push({ seq: item.seq, hazardId, hazardLevel, link });
  }
  return written;
}

/** The findings counts of an inspection's items as they stand: 不符合 with a hazard, and the major ones. */
export function countFindings(items: readonly { result: string | null; hazardId: string | null; hazardLevel: string | null }[]) {
  const handled = items.filter((i) => i.result === 'fail' && i.hazardId !== null);
  return { findings: handled.length, majorFindings: handled.filter((i) => i.hazardLevel === 'major').length };
}
