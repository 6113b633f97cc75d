// Hazard intake (企业自查上报 / 监管登记, and a tip's verified hazard), duplicate detection and linking a new
// finding to an open hazard. The lifecycle actions are the workflow in hazards.workflow.ts.
import { createHash } from 'node:crypto';
import {
  canonicalJson,
  duplicateScore,
  explainHazardDatesInvalid,
  formatHazardNo,
  hazardIntakeRequirements,
  hazardSectorOptions,
  initialStatusFor,
  isEnterpriseActor,
  isOpen,
  textFingerprint,
  type FormRequirements,
} from '@zhiben/core';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { deadlineHorizonDays } from '../../lib/limits.ts';
import { AppError } from '../../errors.ts';
import { findEnterprise, type EnterpriseRow } from '../enterprises/enterprises.repository.ts';
import { resolveEvidence } from '../files/files.service.ts';
import { listSectors } from '../reference/reference.repository.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { enforceRequirements } from '../../workflow/present.ts';
import { hazardStream } from '../../workflow/streams.ts';
import { appendCreated, recordEvent } from '../../workflow/timeline.ts';
import { inTransaction, type Unit } from '../../workflow/unit.ts';
import * as repo from './hazards.repository.ts';
import type { CreateHazardInput, Evidence, EvidenceInput, HazardSource, duplicatesBody, linkBody } from './hazards.schema.ts';

/** A hazard with the names its views show (what findHazard returns). */
export type JoinedHazard = { hazard: repo.HazardRow; enterpriseName: string; enterpriseUscc: string; regionName: string };

export async function loadEvidence(db: Db, userId: string, items: readonly EvidenceInput[]): Promise<Evidence[]> {
  return items.length === 0 ? [] : resolveEvidence(db, userId, items);
}

export async function validateCriteria(db: Db, ids: readonly string[], field = 'criterionIds'): Promise<void> {
  refuseMissingCriteria(ids, await repo.findCriteria(db, ids), field);
}

function refuseMissingCriteria(ids: readonly string[], found: readonly { id: string }[], field = 'criterionIds'): void {
  const missing = ids.filter((id) => !found.some((c) => c.id === id));
  if (missing.length > 0) throw AppError('VALIDATION', { field, message: `判定依据条款不存在：${missing.join('、')}` });
}

/** Enterprise users report; staff register (core isEnterpriseActor: the one answer to "staff or enterprise?"). */
export const intakeChannel = (ctx: Pick<ActionContext, 'actor'>): 'report' | 'register' => (isEnterpriseActor(ctx.actor) ? 'report' : 'register');

const scopeSectors = (ctx: ActionContext): readonly string[] | null => (ctx.auth.scope.kind === 'region' ? ctx.auth.scope.sectors : null);

/** The intake form's requirements for this caller (and enterprise, which decides the sectors): GET /api/hazards/form-requirements. */
export function intakeRequirements(ctx: ActionContext, enterprise: Pick<EnterpriseRow, 'sectors'> | null, viaTip = false): FormRequirements {
  return hazardIntakeRequirements({
    channel: intakeChannel(ctx),
    today: ctx.today,
    horizonDays: deadlineHorizonDays,
    viaTip,
    ...(enterprise ? { sectors: hazardSectorOptions(enterprise.sectors, scopeSectors(ctx)) } : {}),
  });
}

export async function intakeFormRequirements(ctx: ActionContext, enterpriseId: string | undefined) {
  const enterprise = enterpriseId ? await findEnterprise(ctx.db, ctx.auth.scope, enterpriseId) : null;
  if (enterpriseId && !enterprise) throw AppError('NOT_FOUND', { field: 'enterpriseId', message: '企业不存在或不在本单位辖区' });
  return { channel: intakeChannel(ctx), requirements: intakeRequirements(ctx, enterprise) };
}

/**
 * The sector a new hazard is filed under: the one asked for, or the first the form offers. Only the
 * enterprise's own sectors within the caller's supervision (hazardSectorOptions), so the competent regulator
 * never loses sight of it.
 */
function chooseSector(ctx: ActionContext, enterprise: EnterpriseRow, requested: string | undefined, known: ReadonlySet<string>): string {
  const options = hazardSectorOptions(enterprise.sectors, scopeSectors(ctx));
  if (requested) {
    if (!known.has(requested)) throw AppError('SECTOR_UNKNOWN', { field: 'sector' });
    if (!enterprise.sectors.includes(requested)) throw AppError('HAZARD_SECTOR_NOT_OF_ENTERPRISE', { field: 'sector' });
    if (!options.includes(requested)) throw AppError('ENTERPRISE_SECTOR_OUT_OF_SCOPE', { field: 'sector', message: '行业领域不在本部门监管范围内' });
    return requested;
  }
  const sector = options[0];
  if (!sector) throw AppError('VALIDATION', { field: 'sector', message: '请选择隐患所属行业领域' });
  return sector;
}

const requestHash = (body: unknown) => createHash('sha256').update(canonicalJson(body)).digest('hex');

/** A hazard verified from a tip: its source is `tip` and its creation event names the tip (hidden from enterprises by the presenter). */
export type TipOrigin = { tipId: string; tipNo: string };
/** A hazard raised by a 不符合 item of an inspection: its creation event names the inspection and the item. */
export type InspectionOrigin = { inspectionId: string; inspectionNo: string | null; itemSeq: number };

/**
 * 企业自查上报 or 监管登记, with an optional Idempotency-Key: a retry returns the first hazard. With `tipOrigin`
 * (tips module only) the source is `tip` and `unit` is the tip's transaction, so hazard and tip commit together.
 */
export async function createHazard(
  ctx: ActionContext,
  input: CreateHazardInput,
  idempotencyKey: string | null,
  options: { tipOrigin?: TipOrigin; inspectionOrigin?: InspectionOrigin; unit?: Unit } = {},
): Promise<JoinedHazard> {
  const { db } = ctx;
  const userId = ctx.auth.user.id;
  const bodyHash = requestHash(input);
  // The three reads side by side (one round trip's wait instead of three); a replayed key answers before anything
  // they found is judged.
  const [previous, enterprise, criteriaFound] = await Promise.all([
    idempotencyKey ? repo.findIdempotencyKey(db, userId, idempotencyKey) : null,
    findEnterprise(db, ctx.auth.scope, input.enterpriseId),
    repo.findCriteria(db, input.criterionIds),
  ]);
  if (previous) return replay(ctx, previous, bodyHash);
  const { tipOrigin } = options;
  const channel = intakeChannel(ctx);
  if (!enterprise) throw AppError('NOT_FOUND', { field: 'enterpriseId', message: '企业不存在或不在本单位辖区' });
  const source: HazardSource = tipOrigin ? 'tip' : (input.source ?? (channel === 'report' ? 'self_inspection' : 'supervision'));
  enforceRequirements(intakeRequirements(ctx, null, tipOrigin !== undefined && channel === 'register'), { ...input, source });
  const invalidDates = explainHazardDatesInvalid(input, ctx.today, deadlineHorizonDays);
  if (invalidDates) throw AppError('VALIDATION', invalidDates);
  refuseMissingCriteria(input.criterionIds, criteriaFound);
  // The enterprise's own sectors are catalogue sectors (checked when it was registered): the catalogue is read only
  // to tell an unknown sector from one the enterprise does not work in.
  const known = input.sector !== undefined && !enterprise.sectors.includes(input.sector) ? new Set((await listSectors(db)).map((s) => s.code)) : new Set(enterprise.sectors);
  const sector = chooseSector(ctx, enterprise, input.sector, known);
  const evidence = await loadEvidence(db, userId, input.evidence);

  const status = initialStatusFor(channel, input.fixedOnSite);
  const create = async (unit: Unit): Promise<repo.HazardRow> => {
    const { tx } = unit;
    const year = Number(input.foundAt.slice(0, 4));
    const hazardNo = formatHazardNo(enterprise.regionCode, year, await repo.nextHazardSeq(tx, enterprise.regionCode.slice(0, 6), year));
    const hazard = await repo.insertHazardRow(tx, {
      hazardNo,
      enterpriseId: enterprise.id,
      regionCode: enterprise.regionCode,
      sector,
      level: input.level,
      source,
      criterionIds: input.criterionIds,
      title: input.title,
      description: input.description,
      location: input.location,
      foundAt: input.foundAt,
      foundByOrgId: channel === 'register' ? (ctx.auth.user.org?.id ?? null) : null,
      foundByUserId: userId,
      foundByEnterprise: channel === 'report' && source === 'self_inspection',
      deadline: input.deadline,
      interimControls: input.interimControls,
      status,
      fixedOnSite: input.fixedOnSite,
      fingerprint: textFingerprint(`${input.title} ${input.description}`),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    // The subscribers queue the major-hazard notices (register) and the statistics in this transaction; the
    // idempotency key goes out beside them (it reads nothing they write).
    const keeping = idempotencyKey ? repo.insertIdempotencyKey(tx, { userId, key: idempotencyKey, requestHash: bodyHash, statusCode: 201, response: { hazardId: hazard.id }, createdAt: ctx.now }) : null;
    const appending = appendCreated(unit, hazardStream, hazard, {
      at: ctx.now,
      actorId: userId,
      actorName: ctx.who.name,
      kind: channel,
      fromStatus: null,
      toStatus: status,
      payload: { hazardNo, level: input.level, source, sector, title: input.title, deadline: input.deadline, criterionIds: input.criterionIds, fixedOnSite: input.fixedOnSite, evidence, ...(tipOrigin ? { tipId: tipOrigin.tipId, tipNo: tipOrigin.tipNo } : {}), ...(options.inspectionOrigin ? { inspection: options.inspectionOrigin } : {}) },
    });
    await Promise.all([appending, keeping]);
    return hazard;
  };
  const joined = (hazard: repo.HazardRow): JoinedHazard => ({ hazard, enterpriseName: enterprise.name, enterpriseUscc: enterprise.uscc, regionName: enterprise.regionName });
  if (options.unit) return joined(await create(options.unit));
  try {
    return joined(await inTransaction(db, create));
  } catch (error) {
    // A concurrent retry with the same key won the race: answer what it answered.
    if (idempotencyKey && isUniqueViolation(error)) {
      const previous = await repo.findIdempotencyKey(db, userId, idempotencyKey);
      if (previous) return replay(ctx, previous, bodyHash);
    }
    throw error;
  }
}

async function replay(ctx: ActionContext, previous: { requestHash: string; response: Record<string, unknown> }, bodyHash: string): Promise<JoinedHazard> {
  if (previous.requestHash !== bodyHash) throw AppError('IDEMPOTENCY_MISMATCH', { field: 'Idempotency-Key' });
  const found = await repo.findHazard(ctx.db, ctx.auth.scope, String(previous.response.hazardId));
  if (!found) throw AppError('NOT_FOUND');
  return found;
}

export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === '23505') return true;
  }
  return false;
}

export async function findDuplicates(ctx: ActionContext, input: z.infer<typeof duplicatesBody>) {
  const enterprise = await findEnterprise(ctx.db, ctx.auth.scope, input.enterpriseId);
  if (!enterprise) throw AppError('NOT_FOUND', { field: 'enterpriseId' });
  const probe = { fingerprint: textFingerprint(`${input.title} ${input.description}`), criterionIds: input.criterionIds, location: input.location };
  const open = await repo.openHazardsOfEnterprise(ctx.db, ctx.auth.scope, enterprise.id);
  return open
    .flatMap((h) => {
      const match = duplicateScore(probe, h);
      return match ? [{ id: h.id, hazardNo: h.hazardNo, title: h.title, status: h.status, ...match }] : [];
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, 10);
}

/** A new finding of a hazard that is already open joins it instead of becoming a second record. */
export async function linkReport(ctx: ActionContext, joined: JoinedHazard, input: z.infer<typeof linkBody>): Promise<JoinedHazard> {
  const row = joined.hazard;
  if (!isOpen(row.status)) throw AppError('HAZARD_NOT_OPEN', { message: '只能关联到未销号的隐患' });
  const evidence = await loadEvidence(ctx.db, ctx.auth.user.id, input.evidence);
  const recorded = await inTransaction(ctx.db, (unit) =>
    recordEvent(unit, hazardStream, row.id, {
      at: ctx.now,
      actorId: ctx.auth.user.id,
      actorName: ctx.who.name,
      kind: 'linked_report',
      payload: { description: input.description, location: input.location, source: input.source ?? null, evidence },
    }),
  );
  if (!recorded) throw AppError('NOT_FOUND');
  return { ...joined, hazard: recorded.subject };
}
