import { sql } from 'drizzle-orm';
import {
  addWorkingDays,
  canRevealIdentity,
  canonicalJson,
  computeReward,
  explainIdCardError,
  explainTipDenied,
  generateReceiptCode,
  normalizeReceiptCode,
  regionPrefix,
  tipChannelLabels,
  tipDeclineReasonLabels,
  tipNextStatus,
  tipOpenForFollowup,
  tipScopeFor,
  toTipActor,
  type RewardResult,
  type TipAction,
  type TipChannel,
  type TipFacts,
  type TipStatus,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import { chinaDate } from '../../lib/dates.ts';
import type { AuthContext, Initiator } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import type { UploadedFile } from '../files/files.schema.ts';
import { createHazard } from '../hazards/hazards.service.ts';
import { findRegion, listSectors } from '../reference/reference.repository.ts';
import type { TipCrypto } from './tip-crypto.ts';
import type { TipSettings } from './tips.config.ts';
import * as repo from './tips.repository.ts';
import type { ReporterInput, TipActionBody, TipSubmission } from './tips.schema.ts';

export type TipDeps = { db: Db; clock: Clock; settings: TipSettings; crypto: TipCrypto };

const MERGE_WINDOW_MS = 10 * 60 * 1000;
// Serialises concurrent identical submissions so exactly one creates the tip (transaction-scoped advisory lock).
const SUBMISSION_LOCK_NAMESPACE = 7_270_051;

export type IdentityField = 'name' | 'phone' | 'idNumber' | 'bankAccount' | 'bankName' | 'ip';
const identityFields: readonly IdentityField[] = ['name', 'phone', 'idNumber', 'bankAccount', 'bankName', 'ip'];
const fieldContext = (tipId: string, field: IdentityField) => `tip:${tipId}:${field}`;

/** Each identity field sealed on its own, bound to its tip and field name. */
export function sealIdentity(crypto: TipCrypto, tipId: string, values: Record<IdentityField, string | null>): Record<IdentityField, string | null> {
  const sealed = {} as Record<IdentityField, string | null>;
  for (const f of identityFields) {
    const value = values[f];
    sealed[f] = value === null ? null : crypto.seal(value, fieldContext(tipId, f));
  }
  return sealed;
}

export const dueAtOf = (dueOn: string): string => new Date(`${dueOn}T23:59:59.999+08:00`).toISOString();

export const formatTipNo = (year: number, seq: number) => `JB${year}${String(seq).padStart(6, '0')}`;

function validateReporter(input: TipSubmission, today: Date): ReporterInput | null {
  if (input.anonymous) return null;
  if (!input.reporter) throw AppError('TIP_REPORTER_REQUIRED', { field: 'reporter' });
  const idNumber = input.reporter.idNumber?.trim();
  if (idNumber) {
    // The message names the field only; the value is never echoed back (举报人保护).
    if (explainIdCardError(idNumber.toUpperCase(), today) !== null) throw AppError('VALIDATION', { field: 'reporter.idNumber', message: '「身份证号」无效，请核对' });
  }
  return input.reporter;
}

/** Which org receives a new tip: the most specific committee/regulator covering the region with a tip officer, else the nearest committee. */
async function receivingOrgFor(db: Db, regionCode: string) {
  const covering = await repo.orgsCovering(db, regionCode);
  const withOfficer = covering.find((o) => o.tipOfficers > 0);
  const org = withOfficer ?? covering.find((o) => o.kind === 'committee');
  if (!org) throw AppError('TIP_REGION_NOT_SERVED', { field: 'regionCode' });
  return org;
}

type Submission = {
  channel: TipChannel;
  input: TipSubmission;
  files: readonly UploadedFile[];
  ip: string | null;
  actor: { userId: string | null; name: string };
};

async function resolveTarget(db: Db, input: TipSubmission) {
  if (input.targetEnterpriseId) {
    const enterprise = await repo.systemFindEnterprise(db, input.targetEnterpriseId);
    if (!enterprise) throw AppError('VALIDATION', { field: 'targetEnterpriseId', message: '「被举报单位」不存在，请重新选择或直接填写名称' });
    return { enterpriseId: enterprise.id, regionCode: enterprise.regionCode };
  }
  const region = await findRegion(db, input.regionCode);
  if (!region) throw AppError('REGION_UNKNOWN', { field: 'regionCode' });
  return { enterpriseId: null, regionCode: region.code };
}

/** Creates a tip with its sealed identity, its receipt (hash only) and its first event, in the caller's transaction. */
async function insertNewTip(deps: TipDeps, tx: Db, submission: Submission, target: { enterpriseId: string | null; regionCode: string }, reporter: ReporterInput | null, receivingOrgId: string, now: Date) {
  const { input } = submission;
  const today = chinaDate(now);
  const year = Number(today.slice(0, 4));
  const tipNo = formatTipNo(year, await repo.nextTipSeq(tx, year));
  const tip = await repo.insertTip(tx, {
    tipNo,
    channel: submission.channel,
    status: 'received',
    category: input.category,
    targetName: input.targetName,
    targetEnterpriseId: target.enterpriseId,
    regionCode: target.regionCode,
    sector: null,
    address: input.address,
    lat: input.lat ?? null,
    lng: input.lng ?? null,
    content: input.content,
    anonymous: input.anonymous,
    hasIdentity: reporter !== null,
    receivingOrgId,
    receivedAt: now,
    dueOn: addWorkingDays(today, deps.settings.acceptWorkingDays, deps.settings.calendar),
    createdAt: now,
    updatedAt: now,
  });
  if (reporter) {
    // Anonymous tips store no identity at all, not even the IP (only its keyed hash, for merging duplicates).
    const values: Record<IdentityField, string | null> = {
      name: reporter.name,
      phone: reporter.phone,
      idNumber: reporter.idNumber?.trim().toUpperCase() || null,
      bankAccount: reporter.bankAccount?.replace(/\s+/g, '') || null,
      bankName: reporter.bankName?.trim() || null,
      ip: submission.ip,
    };
    await repo.insertIdentity(tx, { tipId: tip.id, ...sealIdentity(deps.crypto, tip.id, values), createdAt: now });
  }
  await repo.insertTipEvent(tx, {
    tipId: tip.id,
    at: now,
    actorId: submission.actor.userId,
    actorName: submission.actor.name,
    kind: 'received',
    fromStatus: null,
    toStatus: 'received',
    note: `${tipChannelLabels[submission.channel]}${submission.files.length > 0 ? `，附件${submission.files.length}个` : ''}`,
    payload: { channel: submission.channel, anonymous: input.anonymous },
  });
  await addAttachments(tx, tip.id, submission.files, now);
  return tip;
}

async function addAttachments(tx: Db, tipId: string, files: readonly UploadedFile[], now: Date) {
  await repo.insertAttachments(tx, files.map((f) => ({ tipId, sha256: f.sha256, name: f.name, mime: f.mime, size: f.size, createdAt: now })));
}

async function issueReceipt(deps: TipDeps, tx: Db, tipId: string, now: Date): Promise<string> {
  const code = generateReceiptCode();
  const normalized = normalizeReceiptCode(code);
  if (!normalized) throw new Error('generated receipt code does not normalise');
  await repo.insertReceipt(tx, { codeHash: deps.crypto.lookupHash('receipt', normalized), tipId, createdAt: now });
  return code;
}

export type TipReceiptResult = { tipNo: string; receiptCode: string; receivedAt: string; merged: boolean };

const contentHashOf = (deps: TipDeps, input: TipSubmission) =>
  deps.crypto.lookupHash('content', canonicalJson({ t: input.targetName, e: input.targetEnterpriseId ?? null, r: input.regionCode, c: input.category, x: input.content }));

/**
 * Public submission. One transaction writes the tip, sealed identity, receipt hash, attachments and the submission
 * record, so an acknowledged receipt is never lost. A retry with the same Idempotency-Key replays the first
 * answer; the same content from the same IP within 10 minutes is merged into the first tip (with its own code).
 */
export async function submitPublicTip(deps: TipDeps, input: TipSubmission, files: readonly UploadedFile[], ip: string, idempotencyKey: string | null): Promise<TipReceiptResult> {
  const { db, clock } = deps;
  const contentHash = contentHashOf(deps, input);
  if (idempotencyKey) {
    const previous = await repo.findSubmissionByKey(db, idempotencyKey);
    if (previous) return replaySubmission(deps, previous, contentHash);
  }
  const now = clock.now();
  const reporter = validateReporter(input, now);
  const target = await resolveTarget(db, input);
  const receiving = await receivingOrgFor(db, target.regionCode);
  const ipHash = deps.crypto.lookupHash('ip', ip);
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${SUBMISSION_LOCK_NAMESPACE}, hashtext(${contentHash}))`);
      const same = await repo.findRecentSameSubmission(tx, contentHash, ipHash, new Date(now.getTime() - MERGE_WINDOW_MS));
      if (same) {
        const tipRow = await repo.tipNoOf(tx, same.tipId);
        if (!tipRow) throw new Error('submission without tip');
        const receiptCode = await issueReceipt(deps, tx, same.tipId, now);
        await addAttachments(tx, same.tipId, files, now);
        await repo.insertTipEvent(tx, {
          tipId: same.tipId, at: now, actorId: null, actorName: '举报人', kind: 'merged_submission', fromStatus: null,
          toStatus: (await currentStatus(tx, same.tipId)), note: `10分钟内同一内容再次提交，已合并${files.length > 0 ? `（新增附件${files.length}个）` : ''}`, payload: {},
        });
        await repo.touchTip(tx, same.tipId, now);
        await repo.insertSubmission(tx, { tipId: same.tipId, idempotencyKey, contentHash, ipHash, receiptSealed: deps.crypto.seal(receiptCode, `receipt:${same.tipId}`), merged: true, createdAt: now });
        return { tipNo: tipRow.tipNo, receiptCode, receivedAt: same.createdAt.toISOString(), merged: true };
      }
      const tip = await insertNewTip(deps, tx, { channel: 'web', input, files, ip, actor: { userId: null, name: tipChannelLabels.web } }, target, reporter, receiving.id, now);
      const receiptCode = await issueReceipt(deps, tx, tip.id, now);
      await repo.insertSubmission(tx, { tipId: tip.id, idempotencyKey, contentHash, ipHash, receiptSealed: deps.crypto.seal(receiptCode, `receipt:${tip.id}`), merged: false, createdAt: now });
      return { tipNo: tip.tipNo, receiptCode, receivedAt: now.toISOString(), merged: false };
    });
  } catch (error) {
    // A concurrent retry with the same key won the race: answer what it answered.
    if (idempotencyKey && isUniqueViolation(error)) {
      const previous = await repo.findSubmissionByKey(db, idempotencyKey);
      if (previous) return replaySubmission(deps, previous, contentHash);
    }
    throw error;
  }
}

async function currentStatus(db: Db, tipId: string): Promise<TipStatus> {
  const rows = await db.execute(sql`SELECT status FROM tips WHERE id = ${tipId}`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { status: TipStatus }[];
  return list[0]?.status ?? 'received';
}

async function replaySubmission(deps: TipDeps, previous: NonNullable<Awaited<ReturnType<typeof repo.findSubmissionByKey>>>, contentHash: string): Promise<TipReceiptResult> {
  if (previous.contentHash !== contentHash) throw AppError('IDEMPOTENCY_MISMATCH', { field: 'Idempotency-Key' });
  const tip = await repo.tipNoOf(deps.db, previous.tipId);
  if (!tip) throw new Error('submission without tip');
  return { tipNo: tip.tipNo, receiptCode: deps.crypto.open(previous.receiptSealed, `receipt:${previous.tipId}`), receivedAt: previous.createdAt.toISOString(), merged: previous.merged };
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === '23505') return true;
  }
  return false;
}

/** A phone, letter or visit tip entered by a tip officer; the officer tells the caller the receipt code. */
export async function createOfficerTip(deps: TipDeps, auth: AuthContext, who: Initiator, channel: TipChannel, input: TipSubmission): Promise<{ tipId: string; receiptCode: string }> {
  const now = deps.clock.now();
  const reporter = validateReporter(input, now);
  const target = await resolveTarget(deps.db, input);
  const org = auth.user.org;
  // The officer's own org receives it when the tip lies in its region; otherwise it would vanish from their inbox.
  if (!org || !target.regionCode.startsWith(regionPrefix(org.regionCode))) {
    throw AppError('VALIDATION', { field: 'regionCode', message: '「所在地区」不在本单位受理范围内' });
  }
  return deps.db.transaction(async (tx) => {
    const tip = await insertNewTip(deps, tx, { channel, input, files: [], ip: null, actor: { userId: who.userId, name: who.name } }, target, reporter, org.id, now);
    const receiptCode = await issueReceipt(deps, tx, tip.id, now);
    return { tipId: tip.id, receiptCode };
  });
}

// ---- reporter side ----

async function tipByReceipt(deps: TipDeps, receiptCode: string) {
  const normalized = normalizeReceiptCode(receiptCode);
  if (!normalized) throw AppError('TIP_RECEIPT_NOT_FOUND', { field: 'receiptCode' });
  const tip = await repo.systemFindTipByReceipt(deps.db, deps.crypto.lookupHash('receipt', normalized));
  if (!tip) throw AppError('TIP_RECEIPT_NOT_FOUND', { field: 'receiptCode' });
  return tip;
}

export async function lookupTip(deps: TipDeps, receiptCode: string) {
  const tip = await tipByReceipt(deps, receiptCode);
  const events = await repo.listTipEvents(deps.db, tip.id);
  return { tip, events };
}

export async function addFollowup(deps: TipDeps, receiptCode: string, text: string, files: readonly UploadedFile[]): Promise<void> {
  const tip = await tipByReceipt(deps, receiptCode);
  if (!tipOpenForFollowup(tip.status)) throw AppError('TIP_CLOSED');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.insertTipEvent(tx, {
      tipId: tip.id, at: now, actorId: null, actorName: '举报人', kind: 'followup', fromStatus: tip.status, toStatus: tip.status,
      note: text, message: 'reporter', payload: { attachments: files.length },
    });
    await addAttachments(tx, tip.id, files, now);
    await repo.touchTip(tx, tip.id, now);
  });
}

// ---- officer side ----

/** The reward the calculator gives this tip under the configured rules (first reporter checked against earlier tips). */
export async function tipRewardOf(db: Db, row: repo.TipRow, rules: TipSettings['rewardRules']): Promise<RewardResult> {
  const investigation = row.investigation;
  const firstReporter = investigation?.verified ? !(await repo.earlierVerifiedTipOnSameMatter(db, row)) : true;
  return computeReward({ verified: investigation?.verified ?? false, violationKind: investigation?.violationKind ?? null, penaltyYuan: investigation?.penaltyYuan ?? null, firstReporter }, rules);
}

export async function tipFactsOf(db: Db, row: repo.TipRow, rules: TipSettings['rewardRules']): Promise<TipFacts> {
  const investigation = row.investigation;
  const reward = await tipRewardOf(db, row, rules);
  return {
    status: row.status,
    regionCode: row.regionCode,
    sector: row.sector,
    receivingOrgId: row.receivingOrgId,
    handlingOrgId: row.handlingOrgId,
    hasIdentity: row.hasIdentity,
    violationKind: investigation?.violationKind ?? null,
    hazardId: row.hazardId,
    rewardStatus: row.rewardStatus,
    rewardEligible: reward.eligible,
    rewardProposedBy: row.rewardProposedBy,
  };
}

/** The lead department for a sector in the tip's region: a regulator with that sector, county first; else the county committee. */
export async function suggestRoute(db: Db, tip: repo.TipRow): Promise<{ orgId: string; orgName: string; sector: string | null; reason: string } | null> {
  let sector = tip.sector;
  if (!sector && tip.targetEnterpriseId) sector = (await repo.systemFindEnterprise(db, tip.targetEnterpriseId))?.sectors[0] ?? null;
  const covering = await repo.orgsCovering(db, tip.regionCode);
  if (sector) {
    const regulator = covering.find((o) => o.kind === 'regulator' && o.sectors.includes(sector));
    if (regulator) return { orgId: regulator.id, orgName: regulator.name, sector, reason: '按行业领域牵头部门（一件事）和属地确定' };
  }
  const committee = covering.find((o) => o.kind === 'committee');
  if (!committee) return null;
  return { orgId: committee.id, orgName: committee.name, sector, reason: sector ? '本地区无该行业的监管部门，转安委办统筹' : '行业领域不明确，转安委办统筹' };
}

export type RouteOption = { id: string; name: string; kind: 'committee' | 'regulator'; regionCode: string; sectors: string[] };

/**
 * Orgs a tip may be routed to (the same rule the route action checks): the regulators and committees of the tip's
 * county, city and province, most specific first, the suggested one at the top. Read without the org register's
 * capability because it only lists the departments around a tip the caller may already route.
 */
export async function routeOptionsFor(db: Db, tip: repo.TipRow, suggestion: { orgId: string } | null): Promise<RouteOption[]> {
  const covering = await repo.orgsCovering(db, tip.regionCode);
  const options = covering.flatMap((o) => (o.kind === 'committee' || o.kind === 'regulator' ? [{ id: o.id, name: o.name, kind: o.kind, regionCode: o.regionCode, sectors: [...o.sectors] }] : []));
  const suggested = options.filter((o) => o.id === suggestion?.orgId);
  return [...suggested, ...options.filter((o) => o.id !== suggestion?.orgId)];
}

type ActionBody = { [A in TipAction]: TipActionBody<A> }[TipAction];

/**
 * One workflow action: load within scope (404), check the version (409) and the machine (403 with the reason),
 * validate the payload, then compare-and-set + event in one transaction.
 */
export async function performTipAction(deps: TipDeps, auth: AuthContext, who: Initiator, id: string, action: TipAction, body: ActionBody): Promise<void> {
  const { db, clock } = deps;
  const joined = await repo.findTip(db, tipScopeFor(auth.actor), id);
  if (!joined) throw AppError('NOT_FOUND');
  const tip = joined.tip;
  if (tip.version !== body.version) throw AppError('CONFLICT');
  const facts = await tipFactsOf(db, tip, deps.settings.rewardRules);
  const denied = explainTipDenied(facts, toTipActor(auth.actor), action);
  if (denied) throw AppError('FORBIDDEN', { message: denied });
  const now = clock.now();
  const base = { tipId: tip.id, at: now, actorId: who.userId, actorName: who.name, kind: action, fromStatus: tip.status };

  const commit = async (tx: Db, to: TipStatus, values: Partial<repo.TipRow>, event: { note?: string; message?: 'officer_feedback' | 'officer_question'; payload?: Record<string, unknown> }) => {
    const ok = await repo.updateTipIfVersion(tx, tip.id, tip.status, tip.version, { ...values, status: to, updatedAt: now });
    if (!ok) throw AppError('CONFLICT');
    await repo.insertTipEvent(tx, { ...base, toStatus: to, note: event.note ?? '', message: event.message ?? null, payload: event.payload ?? {} });
  };

  switch (action) {
    case 'accept': {
      const b = body as TipActionBody<'accept'>;
      await db.transaction((tx) => commit(tx, tipNextStatus(tip.status, action), { decidedAt: now }, { note: b.note }));
      return;
    }
    case 'decline': {
      const b = body as TipActionBody<'decline'>;
      let duplicateOf: string | null = null;
      if (b.reason === 'repeat') {
        if (!b.duplicateOfTipId || b.duplicateOfTipId === tip.id) throw AppError('TIP_DUPLICATE_INVALID', { field: 'duplicateOfTipId' });
        const original = await repo.findTip(db, tipScopeFor(auth.actor), b.duplicateOfTipId);
        if (!original || original.tip.status === 'received' || original.tip.status === 'declined') throw AppError('TIP_DUPLICATE_INVALID', { field: 'duplicateOfTipId' });
        duplicateOf = original.tip.id;
      }
      const feedback = `不予受理：${tipDeclineReasonLabels[b.reason]}${b.note ? `。${b.note}` : ''}`;
      await db.transaction((tx) =>
        commit(tx, 'declined', { decidedAt: now, declineReason: b.reason, declineNote: b.note || null, duplicateOfTipId: duplicateOf }, { note: feedback, message: 'officer_feedback', payload: { reason: b.reason, duplicateOfTipId: duplicateOf } }),
      );
      return;
    }
    case 'route': {
      const b = body as TipActionBody<'route'>;
      const sectors = new Set((await listSectors(db)).map((s) => s.code));
      if (!sectors.has(b.sector)) throw AppError('SECTOR_UNKNOWN', { field: 'sector' });
      let enterpriseId = tip.targetEnterpriseId;
      if (b.enterpriseId) {
        const enterprise = await repo.systemFindEnterprise(db, b.enterpriseId);
        if (!enterprise || !enterprise.regionCode.startsWith(tip.regionCode.slice(0, 6))) {
          throw AppError('VALIDATION', { field: 'enterpriseId', message: '「被举报单位」不存在或不在举报所在县区' });
        }
        enterpriseId = enterprise.id;
      }
      const org = b.orgId ? await repo.findOrg(db, b.orgId) : null;
      const suggestion = b.orgId ? null : await suggestRoute(db, { ...tip, sector: b.sector, targetEnterpriseId: enterpriseId });
      const orgId = org?.id ?? suggestion?.orgId;
      if (!orgId) throw AppError('TIP_ROUTE_NO_ORG', { field: 'orgId' });
      if (org) {
        const covers = (org.kind === 'committee' || org.kind === 'regulator') && tip.regionCode.startsWith(regionPrefix(org.regionCode));
        if (!covers) throw AppError('VALIDATION', { field: 'orgId', message: '「承办部门」不负责举报所在地区' });
        if (org.kind === 'regulator' && !org.sectors.includes(b.sector)) throw AppError('VALIDATION', { field: 'orgId', message: '「承办部门」不监管该行业领域' });
      }
      const orgName = org?.name ?? suggestion?.orgName ?? '';
      await db.transaction((tx) =>
        commit(tx, tipNextStatus(tip.status, action), { handlingOrgId: orgId, sector: b.sector, targetEnterpriseId: enterpriseId }, { note: `转${orgName}核查${b.note ? `：${b.note}` : ''}`, payload: { orgId, sector: b.sector } }),
      );
      return;
    }
    case 'investigate': {
      const b = body as TipActionBody<'investigate'>;
      if (b.verified && b.violationKind === 'none') throw AppError('VALIDATION', { field: 'violationKind', message: '查实的举报须选择查实的问题类型' });
      const violationKind = b.verified ? b.violationKind : 'none';
      const investigation = { findings: b.findings, verified: b.verified, violationKind, penaltyYuan: b.penaltyYuan, at: now.toISOString(), byUserId: auth.user.id };
      await db.transaction((tx) => commit(tx, tipNextStatus(tip.status, action, b.verified), { investigation }, { note: b.findings, payload: { verified: b.verified, violationKind, penaltyYuan: b.penaltyYuan } }));
      return;
    }
    case 'register_hazard': {
      const b = body as TipActionBody<'register_hazard'>;
      const enterpriseId = b.enterpriseId ?? tip.targetEnterpriseId;
      if (!enterpriseId) throw AppError('VALIDATION', { field: 'enterpriseId', message: '请选择隐患所在企业' });
      await db.transaction(async (tx) => {
        // The hazards service's own create path, inside this transaction: the hazard and the tip change commit together.
        const hazardId = await createHazard(
          { db: tx, clock },
          auth,
          who,
          {
            enterpriseId, sector: tip.sector ?? undefined, level: b.level, criterionIds: b.criterionIds, title: b.title, description: b.description,
            location: b.location, foundAt: b.foundAt ?? chinaDate(now), deadline: b.deadline, fixedOnSite: false, interimControls: '', evidence: [],
          },
          null,
          { tipId: tip.id, tipNo: tip.tipNo },
        );
        const hazardNo = await repo.hazardNoOf(tx, hazardId);
        await commit(tx, tip.status, { hazardId, targetEnterpriseId: enterpriseId }, { note: `已登记隐患 ${hazardNo ?? ''}`, payload: { hazardId } });
      });
      return;
    }
    case 'reply':
    case 'ask': {
      const b = body as TipActionBody<'reply'>;
      await db.transaction((tx) => commit(tx, tip.status, {}, { note: b.text, message: action === 'reply' ? 'officer_feedback' : 'officer_question' }));
      return;
    }
    case 'propose_reward': {
      const b = body as TipActionBody<'propose_reward'>;
      const reward = await tipRewardOf(db, tip, deps.settings.rewardRules);
      if (!reward.eligible) throw AppError('TIP_REWARD_NOT_ELIGIBLE', { message: reward.rule });
      const amount = b.amountYuan ?? reward.amountYuan;
      if (amount > deps.settings.rewardRules.maxYuan) throw AppError('VALIDATION', { field: 'amountYuan', message: `「奖励金额」不能超过${deps.settings.rewardRules.maxYuan}元` });
      if (amount !== reward.amountYuan && !b.note) throw AppError('VALIDATION', { field: 'note', message: '奖励金额与计算结果不同，须说明理由' });
      await db.transaction((tx) =>
        commit(tx, tip.status, { rewardStatus: 'proposed', rewardComputedYuan: reward.amountYuan, rewardAmountYuan: amount, rewardRule: reward.rule, rewardProposedBy: auth.user.id }, { note: `提出奖励 ${amount} 元${b.note ? `：${b.note}` : ''}`, payload: { amountYuan: amount, computedYuan: reward.amountYuan } }),
      );
      return;
    }
    case 'approve_reward': {
      const b = body as TipActionBody<'approve_reward'>;
      await db.transaction((tx) => commit(tx, tip.status, { rewardStatus: 'approved', rewardApprovedAt: now }, { note: `批准奖励 ${tip.rewardAmountYuan ?? 0} 元${b.note ? `：${b.note}` : ''}` }));
      return;
    }
    case 'record_payment': {
      const b = body as TipActionBody<'record_payment'>;
      if (b.amountYuan !== undefined && b.amountYuan !== tip.rewardAmountYuan) {
        throw AppError('VALIDATION', { field: 'amountYuan', message: `「发放金额」应与批准金额 ${tip.rewardAmountYuan ?? 0} 元一致` });
      }
      await db.transaction((tx) => commit(tx, tip.status, { rewardStatus: 'paid', rewardPaidAt: b.paidAt, rewardVoucherNo: b.voucherNo }, { note: `奖励已发放，凭证号 ${b.voucherNo}` }));
      return;
    }
    case 'close': {
      const b = body as TipActionBody<'close'>;
      await db.transaction((tx) => commit(tx, tipNextStatus(tip.status, action), { closedAt: now }, { note: b.note }));
      return;
    }
  }
}

export type RevealedIdentity = Record<IdentityField, string | null>;

/**
 * 查看举报人身份: only a tip officer of the receiving org, one tip at a time, with a stated purpose. The audit row
 * (purpose, no identity values) is written in the same transaction that reads the sealed fields.
 */
export async function revealIdentity(deps: TipDeps, auth: AuthContext, who: Initiator, id: string, purpose: string): Promise<RevealedIdentity> {
  const joined = await repo.findTip(deps.db, tipScopeFor(auth.actor), id);
  if (!joined) throw AppError('NOT_FOUND');
  const facts = await tipFactsOf(deps.db, joined.tip, deps.settings.rewardRules);
  if (!canRevealIdentity(facts, toTipActor(auth.actor))) throw AppError('TIP_REVEAL_FORBIDDEN');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await repo.findIdentity(tx, joined.tip.id);
    if (!row) throw AppError('NOT_FOUND', { message: '该举报没有举报人身份信息' });
    await appendAudit(tx, {
      at: now, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'tip.reveal', entityType: 'tip', entityId: joined.tip.id,
      regionCode: joined.tip.regionCode, detail: { tipNo: joined.tip.tipNo, purpose },
    });
    const open = (field: IdentityField) => (row[field] === null ? null : deps.crypto.open(row[field], fieldContext(joined.tip.id, field)));
    return { name: open('name'), phone: open('phone'), idNumber: open('idNumber'), bankAccount: open('bankAccount'), bankName: open('bankName'), ip: open('ip') };
  });
}

