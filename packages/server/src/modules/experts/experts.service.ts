import { createHmac, randomUUID } from 'node:crypto';
import {
  addDays,
  defaultExpertSettings,
  expertLevelOf,
  explainAssignmentDenied,
  isInRegion,
  maskIdNumber,
  orderCandidates,
  shouldSuspendAfterRatings,
  type ExpertSettings,
  type Qualification,
  type Role,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { checkedIdNumber } from '../../lib/id-number.ts';
import { AppError } from '../../errors.ts';
import type { AuthContext, Initiator } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import { findRegion } from '../reference/reference.repository.ts';
import { assertKnownSectors } from '../reference/sectors.ts';
import { createFieldSealer, deriveKey, type FieldSealer } from '../tips/tip-crypto.ts';
import * as repo from './experts.repository.ts';
import type { CreateExpertInput, RateExpertInput, UpdateExpertInput } from './experts.schema.ts';

/** ID numbers of experts are sealed with their own sub-keys (like tip identities); `idKey` finds a person twice in one library. */
export type ExpertCrypto = FieldSealer & { idKey: (idNumber: string) => string };
export function createExpertCrypto(masterKey: Buffer): ExpertCrypto {
  const lookup = deriveKey(masterKey, 'expert', 'id-number-lookup', 32);
  return { ...createFieldSealer(masterKey, 'expert'), idKey: (idNumber) => createHmac('sm3', lookup).update(idNumber.toUpperCase()).digest('hex') };
}
export const expertIdContext = (expertId: string) => `expert:${expertId}:id_number`;

export type ExpertDeps = { db: Db; now: Date; today: string; crypto: ExpertCrypto; settings?: ExpertSettings };

function audit(db: Db, at: Date, who: Initiator, action: string, id: string, regionCode: string, detail: Record<string, unknown>) {
  return appendAudit(db, { at, actorUserId: who.userId, actorName: who.name, ip: who.ip, action, entityType: 'expert', entityId: id, regionCode, detail });
}

/** The library an officer keeps is his org's: a province, city or county committee or department. */
export function ownerOrgOf(auth: AuthContext): { id: string; regionCode: string } {
  const org = auth.user.org;
  if (!org || auth.scope.kind !== 'region') throw AppError('FORBIDDEN', { message: '只有安委办或行业监管部门可以维护专家库' });
  const regionCode = auth.scope.regionPrefix.padEnd(12, '0');
  if (!expertLevelOf(regionCode)) throw AppError('FORBIDDEN', { message: '专家库由省、市、县三级的安委办或行业监管部门建立' });
  return { id: org.id, regionCode };
}

const earliestExpiry = (qualifications: readonly Qualification[]): string | null =>
  qualifications.reduce<string | null>((min, q) => (q.expiresOn !== null && (min === null || q.expiresOn < min) ? q.expiresOn : min), null);

async function checkConflicts(db: Db, auth: AuthContext, ids: readonly string[]) {
  for (const [k, id] of ids.entries()) {
    if (!(await findEnterprise(db, auth.scope, id))) throw AppError('VALIDATION', { field: `conflictEnterpriseIds.${k}`, message: '「回避企业」不存在或不在本单位辖区' });
  }
}

async function checkRegionServed(db: Db, ownerRegion: string, code: string) {
  if (!(await findRegion(db, code))) throw AppError('REGION_UNKNOWN', { field: 'regionServed' });
  if (!isInRegion(code, ownerRegion)) throw AppError('VALIDATION', { field: 'regionServed', message: '「服务区域」须在本专家库所属地区内' });
}

/** The expert's login: an existing account with role 专家, not linked to another expert. Accounts are made by the sysadmin. */
async function resolveAccount(db: Db, username: string | undefined, exceptExpertId: string | null): Promise<string | null | undefined> {
  if (username === undefined) return undefined;
  if (username === '') return null;
  const account = await repo.systemExpertAccount(db, username);
  if (!account || !(account.roles as Role[]).includes('expert')) throw AppError('VALIDATION', { field: 'username', message: '「登录账号」不存在或不是专家账号（专家账号由系统管理员开设，角色为「专家」）' });
  if (account.linkedExpertId && account.linkedExpertId !== exceptExpertId) throw AppError('VALIDATION', { field: 'username', message: '该账号已关联其他专家' });
  return account.id;
}

export async function createExpert(deps: ExpertDeps, auth: AuthContext, who: Initiator, input: CreateExpertInput): Promise<string> {
  const owner = ownerOrgOf(auth);
  await assertKnownSectors(deps.db, input.sectors);
  await checkConflicts(deps.db, auth, input.conflictEnterpriseIds);
  const regionServed = input.regionServed ?? owner.regionCode;
  await checkRegionServed(deps.db, owner.regionCode, regionServed);
  const idNumber = checkedIdNumber(input.idNumber, deps.now)?.toUpperCase() ?? null;
  const idKey = idNumber ? deps.crypto.idKey(idNumber) : null;
  if (idKey && (await repo.idNumberTaken(deps.db, owner.id, idKey, null))) throw AppError('VALIDATION', { field: 'idNumber', message: '该身份证号的专家已在本专家库中' });
  const userId = await resolveAccount(deps.db, input.username, null);
  const id = randomUUID();
  await deps.db.transaction(async (tx) => {
    await repo.insertExpert(tx, {
      id, ownerOrgId: owner.id, regionCode: owner.regionCode, name: input.name, phone: input.phone,
      idNumberSealed: idNumber ? deps.crypto.seal(idNumber, expertIdContext(id)) : null, idNumberMasked: idNumber ? maskIdNumber(idNumber) : '', idNumberKey: idKey,
      employer: input.employer, title: input.title, source: input.source, sectors: input.sectors, topics: input.topics, qualifications: input.qualifications,
      earliestExpiry: earliestExpiry(input.qualifications), regionServed, availability: input.availability, status: 'active', statusReason: '',
      conflictEnterpriseIds: [...new Set(input.conflictEnterpriseIds)], userId: userId ?? null, createdBy: auth.user.id, createdAt: deps.now, updatedAt: deps.now,
    });
    // The audit row names the fields, never the ID number.
    await audit(tx, deps.now, who, 'expert.create', id, owner.regionCode, { name: input.name, source: input.source, sectors: input.sectors, idNumberRecorded: idNumber !== null, account: userId !== undefined && userId !== null });
  });
  return id;
}

/** Only the owner org edits its library; others read it. */
export const mayEditExpert = (auth: AuthContext, row: repo.ExpertRow): boolean => auth.user.org?.id === row.ownerOrgId && auth.user.roles.some((r) => r === 'committee_officer' || r === 'regulator_officer');

export async function updateExpert(deps: ExpertDeps, auth: AuthContext, who: Initiator, current: repo.ExpertRow, input: UpdateExpertInput): Promise<void> {
  if (!mayEditExpert(auth, current)) throw AppError('FORBIDDEN', { message: '只有专家所在专家库的建库单位可以修改' });
  const { version, idNumber: rawId, username, statusReason, ...changes } = input;
  if (changes.sectors) await assertKnownSectors(deps.db, changes.sectors);
  if (changes.conflictEnterpriseIds) await checkConflicts(deps.db, auth, changes.conflictEnterpriseIds);
  if (changes.regionServed) await checkRegionServed(deps.db, current.regionCode, changes.regionServed);
  if (changes.status && changes.status !== 'active' && changes.status !== current.status && !statusReason) {
    throw AppError('VALIDATION', { field: 'statusReason', message: '暂停或退出专家须填写原因' });
  }
  const idNumber = checkedIdNumber(rawId, deps.now)?.toUpperCase() ?? null;
  const idKey = idNumber ? deps.crypto.idKey(idNumber) : null;
  if (idKey && (await repo.idNumberTaken(deps.db, current.ownerOrgId, idKey, current.id))) throw AppError('VALIDATION', { field: 'idNumber', message: '该身份证号的专家已在本专家库中' });
  const userId = await resolveAccount(deps.db, username, current.id);
  await deps.db.transaction(async (tx) => {
    const updated = await repo.updateExpertIfVersion(tx, current.id, version, {
      ...changes,
      ...(changes.conflictEnterpriseIds ? { conflictEnterpriseIds: [...new Set(changes.conflictEnterpriseIds)] } : {}),
      ...(changes.qualifications ? { earliestExpiry: earliestExpiry(changes.qualifications) } : {}),
      ...(idNumber && idKey ? { idNumberSealed: deps.crypto.seal(idNumber, expertIdContext(current.id)), idNumberMasked: maskIdNumber(idNumber), idNumberKey: idKey } : {}),
      ...(userId !== undefined ? { userId } : {}),
      ...(changes.status ? { statusReason: changes.status === 'active' ? '' : (statusReason ?? current.statusReason) } : {}),
      updatedAt: deps.now,
    });
    if (!updated) throw AppError('CONFLICT');
    const fields = [...Object.keys(changes), ...(idNumber ? ['idNumber'] : []), ...(username !== undefined ? ['username'] : [])];
    await audit(tx, deps.now, who, changes.status && changes.status !== current.status ? 'expert.status' : 'expert.update', current.id, current.regionCode, {
      fields,
      version,
      ...(changes.status && changes.status !== current.status ? { from: current.status, to: changes.status, reason: statusReason ?? '' } : {}),
    });
  });
}

/**
 * Rates the expert after a visit: an officer of the org that held it, once the visit is closed, once per visit.
 * N low ratings in a row suspend the expert (core shouldSuspendAfterRatings), in the same transaction, audited.
 */
export async function rateExpert(deps: ExpertDeps, auth: AuthContext, who: Initiator, expert: repo.ExpertRow, visit: { id: string; orgId: string; status: string }, input: RateExpertInput): Promise<{ suspended: boolean }> {
  const settings = deps.settings ?? defaultExpertSettings;
  if (!(await repo.isMember(deps.db, expert.id, visit.id))) throw AppError('VALIDATION', { field: 'inspectionId', message: '该专家不是这次检查的成员' });
  if (auth.user.org?.id !== visit.orgId) throw AppError('FORBIDDEN', { message: '由组织这次检查的单位评价专家' });
  if (visit.status !== 'closed') throw AppError('VALIDATION', { field: 'inspectionId', message: '检查结束后才能评价专家' });
  return deps.db.transaction(async (tx) => {
    const inserted = await repo.insertRating(tx, { id: randomUUID(), expertId: expert.id, inspectionId: visit.id, score: input.score, comment: input.comment, ratedBy: auth.user.id, ratedAt: deps.now });
    if (!inserted) throw AppError('VALIDATION', { field: 'inspectionId', message: '这次检查已评价过该专家' });
    await audit(tx, deps.now, who, 'expert.rate', expert.id, expert.regionCode, { inspectionId: visit.id, score: input.score });
    const suspend = expert.status === 'active' && shouldSuspendAfterRatings(await repo.recentScores(tx, expert.id, settings.suspendAfterLowRatings), settings);
    if (suspend) {
      const reason = `连续${settings.suspendAfterLowRatings}次评价不高于${settings.lowScore}分，自动暂停`;
      if (!(await repo.updateExpertIfVersion(tx, expert.id, expert.version, { status: 'suspended', statusReason: reason, updatedAt: deps.now }))) throw AppError('CONFLICT');
      await audit(tx, deps.now, who, 'expert.status', expert.id, expert.regionCode, { from: 'active', to: 'suspended', reason });
    }
    return { suspended: suspend };
  });
}

export type TeamMember = { userId: string | null; expertId?: string | null; name: string; role: string; orgName: string };

/**
 * The experts on a team being planned (A-5 assignment rules): a member naming an expert record, or an expert's account,
 * is checked for status, 回避 and 轮换 against the subject enterprise, and gets the record's account, name and employer.
 */
export async function resolveExpertMembers<M extends TeamMember>(db: Db, auth: AuthContext, members: readonly M[], enterpriseId: string | null, plannedOn: string, settings: ExpertSettings = defaultExpertSettings): Promise<(M & { expertId: string | null })[]> {
  const out: (M & { expertId: string | null })[] = [];
  for (const [k, m] of members.entries()) {
    const record = m.expertId ? await repo.findExpert(db, auth.scope, m.expertId) : m.userId && m.role === 'expert' ? await repo.findExpertOfUser(db, m.userId) : null;
    if (m.expertId && !record) throw AppError('VALIDATION', { field: `members.${k}.expertId`, message: '专家不存在或不在可用的专家库中' });
    if (!record) {
      out.push({ ...m, expertId: null });
      continue;
    }
    const [facts] = enterpriseId
      ? await repo.systemAssignmentFacts(db, [record.id], enterpriseId, addDays(plannedOn, -settings.rotationWindowDays), `${plannedOn.slice(0, 4)}-01-01`)
      : [{ name: record.name, status: record.status, conflicted: false, recentVisits: 0 }];
    const denied = facts ? explainAssignmentDenied(facts, settings) : null;
    if (denied) throw AppError('VALIDATION', { field: `members.${k}.expertId`, message: denied });
    out.push({ ...m, expertId: record.id, userId: record.userId, name: record.name, role: 'expert', orgName: record.employer || m.orgName });
  }
  return out;
}

/** Experts who may serve this enterprise, in rotation order, and those left out with the reason. */
export async function candidatesFor(db: Db, auth: AuthContext, enterpriseId: string, sector: string | null, today: string, settings: ExpertSettings = defaultExpertSettings) {
  if (!(await findEnterprise(db, auth.scope, enterpriseId))) throw AppError('NOT_FOUND');
  const ids = await repo.expertIdsForSector(db, auth.scope, sector);
  const facts = await repo.systemAssignmentFacts(db, ids, enterpriseId, addDays(today, -settings.rotationWindowDays), `${today.slice(0, 4)}-01-01`);
  return {
    // The facts carry what the list shows: no second read per candidate.
    items: orderCandidates(facts, settings).flatMap((f) => {
      const level = expertLevelOf(f.regionCode);
      return level ? [{ id: f.id, name: f.name, employer: f.employer, level, sectors: f.sectors, recentVisits: f.recentVisits, visitsThisYear: f.visitsThisYear, hasAccount: f.userId !== null }] : [];
    }),
    excluded: facts.flatMap((f) => {
      const reason = explainAssignmentDenied(f, settings);
      return reason ? [{ id: f.id, name: f.name, reason }] : [];
    }),
  };
}
