import { randomUUID } from 'node:crypto';
import { premisesKindSector, regionLevel, type PremisesKind, type Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { checkedIdNumber } from '../../lib/id-number.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Initiator } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import { findRegion } from '../reference/reference.repository.ts';
import type { TipCrypto } from '../tips/tip-crypto.ts';
import * as repo from './premises.repository.ts';
import type { CreatePremisesInput, UpdatePremisesInput } from './premises.schema.ts';

/** The sealing of owner ID numbers reuses the tip identity key and cipher (SM4-CTR + HMAC-SM3) with its own context. */
export type PremisesDeps = { db: Db; clock: Clock; crypto: TipCrypto };

export const ownerIdContext = (premisesId: string) => `premises:${premisesId}:owner_id_number`;

function audit(db: Db, at: Date, who: Initiator, action: string, id: string, regionCode: string, detail: Record<string, unknown>) {
  return appendAudit(db, { at, actorUserId: who.userId, actorName: who.name, ip: who.ip, action, entityType: 'premises', entityId: id, regionCode, detail });
}

/** A premises lies in a township or village of the caller's region (MODULES A-0: down to village level). */
async function checkPlacement(db: Db, scope: Scope, regionCode: string) {
  if (scope.kind !== 'region') throw AppError('FORBIDDEN', { field: 'regionCode', message: '无权登记场所' });
  if (!(await findRegion(db, regionCode))) throw AppError('REGION_UNKNOWN', { field: 'regionCode' });
  if (!regionCode.startsWith(scope.regionPrefix)) throw AppError('ENTERPRISE_REGION_OUT_OF_SCOPE', { field: 'regionCode', message: '所在地区不在本单位辖区内' });
  const level = regionLevel(regionCode);
  if (level !== 'township' && level !== 'village') throw AppError('VALIDATION', { field: 'regionCode', message: '「所在地区」须选到乡镇（街道）或村（社区）' });
}

async function checkLinks(db: Db, scope: Scope, regionCode: string, enterpriseId: string | null, gridOfficerId: string | null) {
  if (enterpriseId && !(await findEnterprise(db, scope, enterpriseId))) {
    throw AppError('VALIDATION', { field: 'enterpriseId', message: '「使用单位」不存在或不在本单位辖区' });
  }
  if (gridOfficerId && !(await repo.gridOfficersFor(db, regionCode)).some((o) => o.id === gridOfficerId)) {
    throw AppError('VALIDATION', { field: 'gridOfficerId', message: '「网格员」须为该场所所在乡镇（村）的工作人员' });
  }
}

const sectorOf = (kind: PremisesKind) => premisesKindSector[kind];

export async function createPremises(deps: PremisesDeps, scope: Scope, who: Initiator, input: CreatePremisesInput): Promise<string> {
  const now = deps.clock.now();
  await checkPlacement(deps.db, scope, input.regionCode);
  await checkLinks(deps.db, scope, input.regionCode, input.enterpriseId, input.gridOfficerId);
  const idNumber = checkedIdNumber(input.owner.idNumber, now, 'owner.idNumber', '产权人身份证号');
  const id = randomUUID();
  await deps.db.transaction(async (tx) => {
    await repo.insertPremises(tx, {
      id,
      kind: input.kind,
      name: input.name,
      address: input.address,
      regionCode: input.regionCode,
      sector: sectorOf(input.kind),
      lat: input.lat,
      lng: input.lng,
      ownerName: input.owner.name,
      ownerPhone: input.owner.phone,
      ownerIdSealed: idNumber ? deps.crypto.seal(idNumber, ownerIdContext(id)) : null,
      userName: input.user.name,
      userPhone: input.user.phone,
      enterpriseId: input.enterpriseId,
      grid: input.grid,
      gridOfficerId: input.gridOfficerId,
      status: input.status,
      note: input.note,
      createdBy: who.userId,
      createdAt: now,
      updatedAt: now,
    });
    // The audit row names the fields, never the ID number.
    await audit(tx, now, who, 'premises.create', id, input.regionCode, { kind: input.kind, name: input.name, ownerIdRecorded: idNumber !== null });
  });
  return id;
}

export async function updatePremises(deps: PremisesDeps, scope: Scope, who: Initiator, current: repo.PremisesRow, input: UpdatePremisesInput): Promise<void> {
  const now = deps.clock.now();
  const { version, owner, user, ...changes } = input;
  const regionCode = changes.regionCode ?? current.regionCode;
  if (changes.regionCode) await checkPlacement(deps.db, scope, changes.regionCode);
  await checkLinks(
    deps.db,
    scope,
    regionCode,
    changes.enterpriseId !== undefined && changes.enterpriseId !== current.enterpriseId ? changes.enterpriseId : null,
    // The grid officer is checked again when the premises moves.
    changes.gridOfficerId !== undefined ? (changes.gridOfficerId !== current.gridOfficerId || changes.regionCode ? changes.gridOfficerId : null) : changes.regionCode ? current.gridOfficerId : null,
  );
  const idNumber = checkedIdNumber(owner?.idNumber, now, 'owner.idNumber', '产权人身份证号');
  await deps.db.transaction(async (tx) => {
    const updated = await repo.updatePremisesIfVersion(tx, current.id, version, {
      ...changes,
      ...(changes.kind ? { sector: sectorOf(changes.kind) } : {}),
      ...(owner ? { ownerName: owner.name, ownerPhone: owner.phone } : {}),
      ...(idNumber ? { ownerIdSealed: deps.crypto.seal(idNumber, ownerIdContext(current.id)) } : {}),
      ...(user ? { userName: user.name, userPhone: user.phone } : {}),
      updatedAt: now,
    });
    if (!updated) throw AppError('CONFLICT');
    const fields = [...Object.keys(changes), ...(owner ? ['owner'] : []), ...(user ? ['user'] : [])];
    await audit(tx, now, who, 'premises.update', current.id, regionCode, { fields, version, ownerIdChanged: idNumber !== null });
  });
}

/** The owner's ID number, for a stated purpose; the audit row is written in the same transaction as the read. */
export async function revealOwnerId(deps: PremisesDeps, who: Initiator, row: repo.PremisesRow, purpose: string): Promise<string> {
  if (!row.ownerIdSealed) throw AppError('NOT_FOUND', { message: '未登记产权人身份证号' });
  const sealed = row.ownerIdSealed;
  return deps.db.transaction(async (tx) => {
    await audit(tx, deps.clock.now(), who, 'premises.reveal_owner_id', row.id, row.regionCode, { purpose });
    return deps.crypto.open(sealed, ownerIdContext(row.id));
  });
}
