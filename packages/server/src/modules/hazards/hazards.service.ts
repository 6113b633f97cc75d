import { createHash } from 'node:crypto';
import {
  canonicalJson,
  duplicateScore,
  explainDenied,
  formatHazardNo,
  initialStatusFor,
  isEnterpriseRole,
  listingLevelFor,
  missingPlanFields,
  nextStatus,
  textFingerprint,
  toHazardActor,
  type HazardAction,
  type HazardFacts,
  type HazardStatus,
} from '@zhiben/core';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { HazardListingColumn } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import { chinaDate } from '../../lib/dates.ts';
import type { AuthContext, Initiator } from '../../lib/request-context.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import { resolveEvidence } from '../files/files.service.ts';
import { enqueueHazardNotices } from '../notifications/notifications.service.ts';
import { listSectors } from '../reference/reference.repository.ts';
import { appendHazardEvent } from './hazard-events.repository.ts';
import * as repo from './hazards.repository.ts';
import {
  enterpriseReportSources,
  staffRegisterSources,
  type actionBodies,
  type CreateHazardInput,
  type Evidence,
  type EvidenceInput,
  type HazardSource,
  type duplicatesBody,
  type linkBody,
} from './hazards.schema.ts';

export type HazardDeps = { db: Db; clock: Clock };

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

const isEnterpriseUser = (auth: AuthContext) => auth.user.roles.some(isEnterpriseRole);

async function loadEvidence(db: Db, userId: string, items: readonly EvidenceInput[]): Promise<Evidence[]> {
  return items.length === 0 ? [] : resolveEvidence(db, userId, items);
}

async function validateCriteria(db: Db, ids: readonly string[], field = 'criterionIds') {
  const found = await repo.findCriteria(db, ids);
  const missing = ids.filter((id) => !found.some((c) => c.id === id));
  if (missing.length > 0) throw AppError('VALIDATION', { field, message: `判定依据条款不存在：${missing.join('、')}` });
}

/** Which sector a new hazard belongs to: the one asked for, or the enterprise's first sector the caller supervises. */
function chooseSector(auth: AuthContext, enterpriseSectors: readonly string[], requested: string | undefined, known: ReadonlySet<string>) {
  const allowed = auth.scope.kind === 'region' && auth.scope.sectors !== null ? enterpriseSectors.filter((s) => auth.scope.kind === 'region' && auth.scope.sectors?.includes(s)) : [...enterpriseSectors];
  if (requested) {
    if (!known.has(requested)) throw AppError('SECTOR_UNKNOWN', { field: 'sector' });
    if (auth.scope.kind === 'region' && auth.scope.sectors !== null && !auth.scope.sectors.includes(requested)) {
      throw AppError('ENTERPRISE_SECTOR_OUT_OF_SCOPE', { field: 'sector', message: '行业领域不在本部门监管范围内' });
    }
    return requested;
  }
  const sector = allowed[0];
  if (!sector) throw AppError('VALIDATION', { field: 'sector', message: '请选择隐患所属行业领域' });
  return sector;
}

const requestHash = (body: unknown) => createHash('sha256').update(canonicalJson(body)).digest('hex');

/** A hazard verified from a tip: its source is `tip` and its creation event names the tip (hidden from enterprises by the presenter). */
export type TipOrigin = { tipId: string; tipNo: string };

/**
 * 企业自查上报 or 监管登记, with an optional Idempotency-Key: a retry returns the first hazard. With `tipOrigin`
 * (tips module only) the source is `tip`; pass the tip's transaction as `deps.db` so both commit together.
 */
export async function createHazard(deps: HazardDeps, auth: AuthContext, who: Initiator, input: CreateHazardInput, idempotencyKey: string | null, tipOrigin: TipOrigin | null = null): Promise<string> {
  const { db, clock } = deps;
  const userId = auth.user.id;
  const bodyHash = requestHash(input);
  if (idempotencyKey) {
    const previous = await repo.findIdempotencyKey(db, userId, idempotencyKey);
    if (previous) return replay(previous, bodyHash);
  }
  const channel = isEnterpriseUser(auth) ? 'report' : 'register';
  const enterprise = await findEnterprise(db, auth.scope, input.enterpriseId);
  if (!enterprise) throw AppError('NOT_FOUND', { field: 'enterpriseId', message: '企业不存在或不在本单位辖区' });
  const today = chinaDate(clock.now());
  if (input.foundAt > today) throw AppError('VALIDATION', { field: 'foundAt', message: '「发现日期」不能晚于今天' });
  if (input.deadline < input.foundAt) throw AppError('VALIDATION', { field: 'deadline', message: '「整改期限」不能早于发现日期' });

  const source: HazardSource = tipOrigin ? 'tip' : (input.source ?? (channel === 'report' ? 'self_inspection' : 'supervision'));
  const allowedSources: readonly HazardSource[] = tipOrigin && channel === 'register' ? ['tip'] : channel === 'report' ? enterpriseReportSources : staffRegisterSources;
  if (!allowedSources.includes(source)) throw AppError('VALIDATION', { field: 'source', message: '「隐患来源」不适用于本账号' });
  if (channel === 'report' && input.fixedOnSite) throw AppError('VALIDATION', { field: 'fixedOnSite', message: '立查立改仅适用于监管检查登记' });
  if (channel === 'register' && input.level === 'major' && input.criterionIds.length === 0) {
    throw AppError('VALIDATION', { field: 'criterionIds', message: '重大事故隐患须选择判定标准条款' });
  }
  await validateCriteria(db, input.criterionIds);
  const sectorCatalogue = new Set((await listSectors(db)).map((s) => s.code));
  const sector = chooseSector(auth, enterprise.sectors, input.sector, sectorCatalogue);
  const evidence = await loadEvidence(db, userId, input.evidence);
  if (input.fixedOnSite && evidence.length === 0) throw AppError('VALIDATION', { field: 'evidence', message: '立查立改须上传整改证据' });

  const status = initialStatusFor(channel, input.fixedOnSite);
  const now = clock.now();
  try {
    return await db.transaction(async (tx) => {
      const seq = await repo.nextHazardSeq(tx, enterprise.regionCode.slice(0, 6), Number(input.foundAt.slice(0, 4)));
      const hazardNo = formatHazardNo(enterprise.regionCode, Number(input.foundAt.slice(0, 4)), seq);
      const id = await repo.insertHazard(tx, {
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
        foundByOrgId: channel === 'register' ? (auth.user.org?.id ?? null) : null,
        foundByUserId: userId,
        foundByEnterprise: channel === 'report' && source === 'self_inspection',
        deadline: input.deadline,
        interimControls: input.interimControls,
        status,
        fixedOnSite: input.fixedOnSite,
        fingerprint: textFingerprint(`${input.title} ${input.description}`),
        createdAt: now,
        updatedAt: now,
      });
      await appendHazardEvent(tx, {
        hazardId: id,
        regionCode: enterprise.regionCode,
        at: now,
        actorId: userId,
        actorName: who.name,
        kind: channel,
        fromStatus: null,
        toStatus: status,
        payload: { hazardNo, level: input.level, source, sector, title: input.title, deadline: input.deadline, criterionIds: input.criterionIds, fixedOnSite: input.fixedOnSite, evidence, ...(tipOrigin ? { tipId: tipOrigin.tipId, tipNo: tipOrigin.tipNo } : {}) },
      });
      if (channel === 'register' && input.level === 'major') {
        await enqueueHazardNotices(tx, {
          hazardId: id, hazardNo, regionCode: enterprise.regionCode, enterpriseId: enterprise.id, sector, level: input.level,
          title: input.title, template: 'major_registered', deadline: input.deadline, dedupeKey: `${id}:major_registered`,
        }, now);
      }
      if (idempotencyKey) {
        await repo.insertIdempotencyKey(tx, { userId, key: idempotencyKey, requestHash: bodyHash, statusCode: 201, response: { hazardId: id }, createdAt: now });
      }
      return id;
    });
  } catch (error) {
    // A concurrent retry with the same key won the race: answer what it answered.
    if (idempotencyKey && isUniqueViolation(error)) {
      const previous = await repo.findIdempotencyKey(db, userId, idempotencyKey);
      if (previous) return replay(previous, bodyHash);
    }
    throw error;
  }
}

function replay(previous: { requestHash: string; response: Record<string, unknown> }, bodyHash: string): string {
  if (previous.requestHash !== bodyHash) throw AppError('IDEMPOTENCY_MISMATCH', { field: 'Idempotency-Key' });
  return String(previous.response.hazardId);
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === '23505') return true;
  }
  return false;
}

export async function findDuplicates(deps: HazardDeps, auth: AuthContext, input: z.infer<typeof duplicatesBody>) {
  const enterprise = await findEnterprise(deps.db, auth.scope, input.enterpriseId);
  if (!enterprise) throw AppError('NOT_FOUND', { field: 'enterpriseId' });
  const probe = { fingerprint: textFingerprint(`${input.title} ${input.description}`), criterionIds: input.criterionIds, location: input.location };
  const open = await repo.openHazardsOfEnterprise(deps.db, auth.scope, enterprise.id);
  return open
    .flatMap((h) => {
      const match = duplicateScore(probe, h);
      return match ? [{ id: h.id, hazardNo: h.hazardNo, title: h.title, status: h.status, ...match }] : [];
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, 10);
}

/** A new finding of a hazard that is already open joins it instead of becoming a second record. */
export async function linkReport(deps: HazardDeps, auth: AuthContext, who: Initiator, hazardId: string, input: z.infer<typeof linkBody>) {
  const found = await repo.findHazard(deps.db, auth.scope, hazardId);
  if (!found) throw AppError('NOT_FOUND');
  const row = found.hazard;
  if (!['pending_confirmation', 'rectifying', 'pending_verification'].includes(row.status)) {
    throw AppError('HAZARD_NOT_OPEN', { message: '只能关联到未销号的隐患' });
  }
  const evidence = await loadEvidence(deps.db, auth.user.id, input.evidence);
  await deps.db.transaction(async (tx) => {
    await appendHazardEvent(tx, {
      hazardId: row.id, regionCode: row.regionCode, at: deps.clock.now(), actorId: auth.user.id, actorName: who.name,
      kind: 'linked_report', fromStatus: row.status, toStatus: row.status,
      payload: { description: input.description, location: input.location, source: input.source ?? null, evidence },
    });
  });
}

type ActionInput<A extends HazardAction> = z.infer<(typeof actionBodies)[A]>;

/** Runs one transition of DESIGN §3: authorise with the core machine, compare-and-set, timeline event, all in one transaction. */
export async function performAction<A extends HazardAction>(deps: HazardDeps, auth: AuthContext, who: Initiator, hazardId: string, action: A, input: ActionInput<A>) {
  const { db, clock } = deps;
  const found = await repo.findHazard(db, auth.scope, hazardId);
  if (!found) throw AppError('NOT_FOUND');
  const row = found.hazard;
  if (input.version !== row.version) throw AppError('CONFLICT');
  const actor = toHazardActor(auth.actor);
  const denied = explainDenied(factsOf(row), actor, action);
  if (denied) throw AppError('FORBIDDEN', { message: denied });

  const now = clock.now();
  const today = chinaDate(now);
  const to: HazardStatus = nextStatus(factsOf(row), action);
  const changes: Parameters<typeof repo.updateHazardIf>[3] = { updatedAt: now };
  const payload: Record<string, unknown> = {};
  let notify: 'major_confirmed' | null = null;
  let mergeTarget: repo.HazardRow | null = null;

  const body = input as Record<string, unknown> & { version: number };
  switch (action) {
    case 'confirm': {
      const b = body as ActionInput<'confirm'>;
      const level = b.level ?? row.level;
      const criterionIds = b.criterionIds ?? row.criterionIds;
      if (level === 'major' && criterionIds.length === 0) throw AppError('VALIDATION', { field: 'criterionIds', message: '认定为重大事故隐患须选择判定标准条款' });
      await validateCriteria(db, criterionIds);
      if (b.deadline && b.deadline < today) throw AppError('VALIDATION', { field: 'deadline', message: '「整改期限」不能早于今天' });
      Object.assign(changes, { level, criterionIds, deadline: b.deadline ?? row.deadline });
      Object.assign(payload, { level, criterionIds, deadline: b.deadline ?? row.deadline, note: b.note, levelChanged: level !== row.level });
      if (level === 'major') notify = 'major_confirmed';
      break;
    }
    case 'dismiss':
    case 'void':
    case 'return': {
      payload.reason = (body as ActionInput<'dismiss'>).reason;
      if (action !== 'return') changes.dismissedAt = now;
      break;
    }
    case 'submit_plan': {
      const b = body as ActionInput<'submit_plan'>;
      const missing = missingPlanFields(b.plan, row.level);
      if (missing.length > 0) throw AppError('VALIDATION', { field: 'plan', message: `治理方案缺少：${missing.join('、')}（重大事故隐患须“五落实”）` });
      if (b.plan.deadline && b.plan.deadline > row.deadline) throw AppError('VALIDATION', { field: 'plan.deadline', message: '方案时限不能晚于整改期限，如需延期请申请延期' });
      changes.plan = b.plan;
      if (b.interimControls !== undefined) changes.interimControls = b.interimControls;
      Object.assign(payload, { plan: b.plan, interimControls: b.interimControls ?? null });
      break;
    }
    case 'report_progress': {
      const b = body as ActionInput<'report_progress'>;
      Object.assign(payload, { note: b.note, evidence: await loadEvidence(db, auth.user.id, b.evidence) });
      break;
    }
    case 'request_extension': {
      const b = body as ActionInput<'request_extension'>;
      if (b.newDeadline <= row.deadline) throw AppError('VALIDATION', { field: 'newDeadline', message: '「延期后期限」须晚于现整改期限' });
      changes.pendingExtension = { reason: b.reason, interimControls: b.interimControls, newDeadline: b.newDeadline, requestedAt: now.toISOString() };
      Object.assign(payload, { reason: b.reason, interimControls: b.interimControls, newDeadline: b.newDeadline, previousDeadline: row.deadline });
      break;
    }
    case 'decide_extension': {
      const b = body as ActionInput<'decide_extension'>;
      const pending = row.pendingExtension;
      changes.pendingExtension = null;
      if (b.approve && pending) {
        changes.deadline = pending.newDeadline;
        changes.interimControls = pending.interimControls;
      }
      Object.assign(payload, { approve: b.approve, note: b.note, newDeadline: b.approve ? (pending?.newDeadline ?? null) : null, previousDeadline: row.deadline });
      break;
    }
    case 'complete':
    case 'verify': {
      const b = body as ActionInput<'verify'>;
      const evidence = await loadEvidence(db, auth.user.id, b.evidence);
      if (action === 'verify' && row.level === 'major' && evidence.length === 0) {
        throw AppError('VALIDATION', { field: 'evidence', message: '重大事故隐患验收须上传验收材料' });
      }
      Object.assign(payload, { note: b.note, evidence });
      if (action === 'verify') changes.closedAt = now;
      break;
    }
    case 'list': {
      const b = body as ActionInput<'list'>;
      const level = listingLevelFor(actor);
      if (!level || !auth.user.org) throw AppError('FORBIDDEN', { message: '本单位不能挂牌督办' });
      const listing: HazardListingColumn = { level, orgId: auth.user.org.id, orgName: auth.user.org.name, docNo: b.docNo, deadline: b.deadline, listedAt: now.toISOString() };
      changes.listing = listing;
      Object.assign(payload, listing);
      break;
    }
    case 'delist': {
      const b = body as ActionInput<'delist'>;
      changes.listing = null;
      Object.assign(payload, { note: b.note, docNo: b.docNo, listing: row.listing });
      break;
    }
    case 'merge': {
      const b = body as ActionInput<'merge'>;
      if (b.intoHazardId === row.id) throw AppError('VALIDATION', { field: 'intoHazardId', message: '不能合并到自身' });
      const target = await repo.findHazard(db, auth.scope, b.intoHazardId);
      if (!target) throw AppError('NOT_FOUND', { field: 'intoHazardId', message: '要合并到的隐患不存在或不在辖区内' });
      if (target.hazard.enterpriseId !== row.enterpriseId) throw AppError('VALIDATION', { field: 'intoHazardId', message: '只能合并同一企业的隐患' });
      if (!['pending_confirmation', 'rectifying', 'pending_verification'].includes(target.hazard.status)) {
        throw AppError('VALIDATION', { field: 'intoHazardId', message: '要合并到的隐患已销号或作废' });
      }
      mergeTarget = target.hazard;
      changes.mergedInto = target.hazard.id;
      Object.assign(payload, { intoHazardId: target.hazard.id, intoHazardNo: target.hazard.hazardNo, note: b.note });
      break;
    }
  }

  await db.transaction(async (tx) => {
    if (!(await repo.updateHazardIf(tx, row.id, { status: row.status, version: row.version }, { ...changes, status: to }))) throw AppError('CONFLICT');
    await appendHazardEvent(tx, { hazardId: row.id, regionCode: row.regionCode, at: now, actorId: auth.user.id, actorName: who.name, kind: action, fromStatus: row.status, toStatus: to, payload });
    if (mergeTarget) {
      // The duplicate's finding joins the canonical record; its counts go there (merged hazards never count).
      await appendHazardEvent(tx, {
        hazardId: mergeTarget.id, regionCode: mergeTarget.regionCode, at: now, actorId: auth.user.id, actorName: who.name,
        kind: 'merged_from', fromStatus: mergeTarget.status, toStatus: mergeTarget.status,
        payload: { hazardId: row.id, hazardNo: row.hazardNo, source: row.source, title: row.title, foundAt: row.foundAt },
      });
    }
    if (notify) {
      await enqueueHazardNotices(tx, {
        hazardId: row.id, hazardNo: row.hazardNo, regionCode: row.regionCode, enterpriseId: row.enterpriseId, sector: row.sector,
        level: 'major', title: row.title, template: notify, deadline: (changes.deadline as string | undefined) ?? row.deadline, dedupeKey: `${row.id}:${notify}`,
      }, now);
    }
  });
}
