// 第三方服务机构 (MODULES A-6): the register kept by a committee or regulator, its staff (ID numbers sealed), reports,
// the quarter's 复核 draw (core drawReviewSample, one per org and quarter), review results, ranking and contracts.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  addDays,
  defaultServiceBodySettings,
  drawReviewSample,
  explainReviewResultError,
  explainStatusChangeError,
  explainUsccError,
  maskIdNumber,
  quarterRange,
  serviceBodyStatusLabels,
  type ReviewResult,
  type Scope,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import type { ServiceLicence } from '../../db/schema/index.ts';
import { checkedIdNumber } from '../../lib/id-number.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Initiator } from '../../lib/request-context.ts';
import { inTransaction } from '../../workflow/unit.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import type { FieldSealer } from '../tips/tip-crypto.ts';
import * as repo from './service-bodies.repository.ts';
import type { ContractInput, CreateBodyInput, PatchBodyInput, ReportInput, StaffInput, StaffPatchInput } from './service-bodies.schema.ts';

export type ServiceBodyDeps = { db: Db; clock: Clock; crypto: FieldSealer };
export type Owner = { id: string; regionCode: string };

export const staffIdContext = (staffId: string) => `service_body_staff:${staffId}:id_number`;

const settings = defaultServiceBodySettings;

function audit(db: Db, at: Date, who: Initiator, action: string, entityId: string, regionCode: string, detail: Record<string, unknown>) {
  return appendAudit(db, { at, actorUserId: who.userId, actorName: who.name, ip: who.ip, action, entityType: 'service_body', entityId, regionCode, detail });
}

const nextExpiry = (licences: readonly ServiceLicence[]): string | null => licences.map((l) => l.expiresOn).sort()[0] ?? null;

function checkUscc(uscc: string): void {
  const reason = explainUsccError(uscc);
  if (reason) throw AppError('ENTERPRISE_USCC_INVALID', { field: 'uscc', message: `「统一社会信用代码」${reason}` });
}

/** Only the org that keeps the register changes it (others in the region read it). */
export function requireOwner(body: { orgId: string }, owner: Owner | null): Owner {
  if (!owner || owner.id !== body.orgId) throw AppError('FORBIDDEN', { message: '只能修改本单位名录中的服务机构' });
  return owner;
}

export async function createBody(deps: ServiceBodyDeps, owner: Owner, who: Initiator, input: CreateBodyInput): Promise<repo.BodyRow> {
  checkUscc(input.uscc);
  if (await repo.usccTaken(deps.db, owner.id, input.uscc)) throw AppError('ENTERPRISE_USCC_TAKEN', { field: 'uscc', message: '本单位名录中已有该统一社会信用代码的机构' });
  const now = deps.clock.now();
  return inTransaction(deps.db, async ({ tx }) => {
    const row = await repo.insertBody(tx, { ...input, orgId: owner.id, regionCode: owner.regionCode, nextExpiry: nextExpiry(input.licences), createdBy: who.userId });
    await audit(tx, now, who, 'service_body.create', row.id, row.regionCode, { name: row.name, uscc: row.uscc, type: row.type });
    return row;
  });
}

export async function updateBody(deps: ServiceBodyDeps, current: repo.BodyRow, who: Initiator, input: PatchBodyInput): Promise<repo.BodyRow> {
  const { version, ...changes } = input;
  const status = changes.status ?? current.status;
  const statusChanged = status !== current.status;
  if (statusChanged) {
    const reason = explainStatusChangeError(status, changes.statusReason);
    if (reason) throw AppError('VALIDATION', { field: 'statusReason', message: reason });
  }
  const values = {
    ...changes,
    ...(changes.licences ? { nextExpiry: nextExpiry(changes.licences) } : {}),
    // Back on the list, the old reason no longer applies.
    ...(statusChanged && status === 'listed' ? { statusReason: changes.statusReason ?? '' } : {}),
  };
  const now = deps.clock.now();
  return inTransaction(deps.db, async ({ tx }) => {
    const row = await repo.updateBodyIfVersion(tx, current.id, version, values);
    if (!row) throw AppError('CONFLICT');
    const fields = Object.keys(changes).filter((k) => k !== 'status' && k !== 'statusReason');
    if (fields.length > 0) await audit(tx, now, who, 'service_body.update', row.id, row.regionCode, { fields });
    if (statusChanged) await audit(tx, now, who, 'service_body.status', row.id, row.regionCode, { from: serviceBodyStatusLabels[current.status], to: serviceBodyStatusLabels[status], reason: row.statusReason });
    return row;
  });
}

export async function addStaff(deps: ServiceBodyDeps, body: repo.BodyRow, who: Initiator, input: StaffInput): Promise<repo.StaffRow> {
  const now = deps.clock.now();
  const idNumber = checkedIdNumber(input.idNumber, now);
  const id = randomUUID();
  return inTransaction(deps.db, async ({ tx }) => {
    const row = await repo.insertStaff(tx, {
      id,
      bodyId: body.id,
      name: input.name,
      phone: input.phone,
      certificate: input.certificate,
      idNumberSealed: idNumber ? deps.crypto.seal(idNumber, staffIdContext(id)) : null,
      idNumberMasked: idNumber ? maskIdNumber(idNumber) : '',
    });
    // The audit row says an ID number was recorded, never which.
    await audit(tx, now, who, 'service_body.staff_add', body.id, body.regionCode, { name: input.name, idRecorded: idNumber !== null });
    return row;
  });
}

export async function updateStaff(deps: ServiceBodyDeps, body: repo.BodyRow, current: repo.StaffRow, who: Initiator, input: StaffPatchInput): Promise<repo.StaffRow> {
  const now = deps.clock.now();
  const { version, idNumber: rawId, ...changes } = input;
  const idNumber = checkedIdNumber(rawId, now);
  return inTransaction(deps.db, async ({ tx }) => {
    const row = await repo.updateStaffIfVersion(tx, current.id, version, {
      ...changes,
      ...(idNumber ? { idNumberSealed: deps.crypto.seal(idNumber, staffIdContext(current.id)), idNumberMasked: maskIdNumber(idNumber) } : {}),
    });
    if (!row) throw AppError('CONFLICT');
    await audit(tx, now, who, 'service_body.staff_update', body.id, body.regionCode, { name: row.name, fields: Object.keys(changes), idChanged: idNumber !== null });
    return row;
  });
}

/** A report for an enterprise in the caller's scope (out of scope: the field is refused as if it did not exist). */
export async function addReport(deps: ServiceBodyDeps, scope: Scope, body: repo.BodyRow, who: Initiator, input: ReportInput): Promise<repo.ReportRow> {
  const enterprise = await findEnterprise(deps.db, scope, input.enterpriseId);
  if (!enterprise) throw AppError('VALIDATION', { field: 'enterpriseId', message: '「委托企业」不存在或不在本单位辖区' });
  return inTransaction(deps.db, async ({ tx }) => repo.insertReport(tx, { ...input, bodyId: body.id, regionCode: enterprise.regionCode, createdBy: who.userId }));
}

/**
 * The quarter's 复核 draw over the org's bodies: on the first call a seed is drawn, each body's reports of the
 * quarter sampled with it (core drawReviewSample) and the draw kept; later calls return that draw. Reports added
 * after the draw are not sampled for that quarter (a sample that grew each time it was asked for would not be one).
 */
export async function drawReviews(deps: ServiceBodyDeps, owner: Owner, who: Initiator, quarter: string, ratePercent = settings.reviewRatePercent): Promise<{ created: boolean }> {
  const now = deps.clock.now();
  const { from, to } = quarterRange(quarter);
  return inTransaction(deps.db, async ({ tx }) => {
    const draw = await repo.insertDrawOnce(tx, { orgId: owner.id, quarter, seed: randomBytes(32).toString('hex'), ratePercent, drawnBy: who.userId, drawnAt: now });
    if (!draw) return { created: false };
    const byBody = new Map<string, string[]>();
    for (const r of await repo.systemReportsOfOrgInRange(tx, owner.id, from, to)) byBody.set(r.bodyId, [...(byBody.get(r.bodyId) ?? []), r.id]);
    const rows = [...byBody].flatMap(([bodyId, ids]) =>
      drawReviewSample(draw.seed, quarter, bodyId, ids, draw.ratePercent).map((reportId) => ({ drawId: draw.id, reportId, quarter, sampledAt: now, sampledBy: who.userId })),
    );
    await repo.insertReviews(tx, rows);
    await appendAudit(tx, { at: now, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'service_body.review_draw', entityType: 'service_body', entityId: draw.id, regionCode: owner.regionCode, detail: { quarter, sampled: rows.length } });
    return { created: true };
  });
}

export async function recordReview(deps: ServiceBodyDeps, review: repo.ReviewListRow, who: Initiator, input: { version: number; result: ReviewResult; defects: string[] }): Promise<repo.ReviewRow> {
  const reason = explainReviewResultError(input.result, input.defects);
  if (reason) throw AppError('VALIDATION', { field: 'defects', message: reason });
  const now = deps.clock.now();
  const defects = input.result === 'fail' ? input.defects : [];
  return inTransaction(deps.db, async ({ tx }) => {
    const row = await repo.updateReviewIfVersion(tx, review.id, input.version, { result: input.result, defects, reviewedBy: who.userId, reviewedAt: now });
    if (!row) throw AppError('CONFLICT');
    return row;
  });
}

export async function addContract(deps: ServiceBodyDeps, scope: Scope, owner: Owner, who: Initiator, input: ContractInput): Promise<repo.ContractRow> {
  if (input.periodTo < input.periodFrom) throw AppError('VALIDATION', { field: 'periodTo', message: '「服务期止」不能早于「服务期起」' });
  const ids = [...new Set(input.enterpriseIds)];
  const found = await repo.enterpriseIdsIn(deps.db, scope, ids);
  if (ids.some((id) => !found.has(id))) throw AppError('VALIDATION', { field: 'enterpriseIds', message: '「服务企业」中有企业不存在或不在本单位辖区' });
  const now = deps.clock.now();
  return inTransaction(deps.db, async ({ tx }) => {
    const row = await repo.insertContract(tx, { ...input, enterpriseIds: ids, orgId: owner.id, regionCode: owner.regionCode, createdBy: who.userId });
    await audit(tx, now, who, 'service_body.contract', input.bodyId, owner.regionCode, { scope: input.scope, amountFen: input.amountFen, inspectionsContracted: input.inspectionsContracted });
    return row;
  });
}

export const expiringUntil = (today: string): string => addDays(today, settings.expiringWithinDays);
