// How tips arrive and what the reporter does afterwards: public submission (idempotent, merged within 10 minutes),
// an officer's entry of a phone/letter/visit tip, the receipt-code lookup and the reporter's follow-up. Every
// change is an event on the tip's timeline (workflow/timeline.ts, tip stream).
import {
  addWorkingDays,
  canonicalJson,
  explainIdCardError,
  generateReceiptCode,
  normalizeReceiptCode,
  regionPrefix,
  tipChannelLabels,
  tipOpenForFollowup,
  type TipChannel,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import { chinaDate } from '../../lib/dates.ts';
import type { AuthContext, Initiator } from '../../lib/request-context.ts';
import { tipStream, type TipRecord } from '../../workflow/streams.ts';
import { appendCreated, listEvents, recordEvent } from '../../workflow/timeline.ts';
import { inTransaction, type Unit } from '../../workflow/unit.ts';
import type { UploadedFile } from '../files/files.schema.ts';
import { findRegion } from '../reference/reference.repository.ts';
import { isUniqueViolation } from '../hazards/hazards.service.ts';
import type { TipCrypto } from './tip-crypto.ts';
import type { TipSettings } from './tips.config.ts';
import { sealIdentity, type IdentityField } from './tips.identity.ts';
import * as repo from './tips.repository.ts';
import type { ReporterInput, TipSubmission } from './tips.schema.ts';

export type TipDeps = { db: Db; clock: Clock; settings: TipSettings; crypto: TipCrypto };

const MERGE_WINDOW_MS = 10 * 60 * 1000;

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
async function insertNewTip(deps: TipDeps, unit: Unit, submission: Submission, target: { enterpriseId: string | null; regionCode: string }, reporter: ReporterInput | null, receivingOrgId: string, now: Date): Promise<TipRecord> {
  const { tx } = unit;
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
  await appendCreated(unit, tipStream, tip, {
    at: now,
    actorId: submission.actor.userId,
    actorName: submission.actor.name,
    kind: 'received',
    fromStatus: null,
    toStatus: 'received',
    payload: { channel: submission.channel, anonymous: input.anonymous },
    extra: { note: `${tipChannelLabels[submission.channel]}${submission.files.length > 0 ? `，附件${submission.files.length}个` : ''}` },
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
    return await inTransaction(db, async (unit) => {
      const { tx } = unit;
      await repo.lockSubmissions(tx, contentHash);
      const same = await repo.findRecentSameSubmission(tx, contentHash, ipHash, new Date(now.getTime() - MERGE_WINDOW_MS));
      if (same) {
        const tipRow = await repo.tipNoOf(tx, same.tipId);
        if (!tipRow) throw new Error('submission without tip');
        const receiptCode = await issueReceipt(deps, tx, same.tipId, now);
        await addAttachments(tx, same.tipId, files, now);
        await recordEvent(unit, tipStream, same.tipId, {
          at: now, actorId: null, actorName: '举报人', kind: 'merged_submission', payload: {},
          extra: { note: `10分钟内同一内容再次提交，已合并${files.length > 0 ? `（新增附件${files.length}个）` : ''}` },
        });
        await repo.insertSubmission(tx, { tipId: same.tipId, idempotencyKey, contentHash, ipHash, receiptSealed: deps.crypto.seal(receiptCode, `receipt:${same.tipId}`), merged: true, createdAt: now });
        return { tipNo: tipRow.tipNo, receiptCode, receivedAt: same.createdAt.toISOString(), merged: true };
      }
      const tip = await insertNewTip(deps, unit, { channel: 'web', input, files, ip, actor: { userId: null, name: tipChannelLabels.web } }, target, reporter, receiving.id, now);
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

async function replaySubmission(deps: TipDeps, previous: NonNullable<Awaited<ReturnType<typeof repo.findSubmissionByKey>>>, contentHash: string): Promise<TipReceiptResult> {
  if (previous.contentHash !== contentHash) throw AppError('IDEMPOTENCY_MISMATCH', { field: 'Idempotency-Key' });
  const tip = await repo.tipNoOf(deps.db, previous.tipId);
  if (!tip) throw new Error('submission without tip');
  return { tipNo: tip.tipNo, receiptCode: deps.crypto.open(previous.receiptSealed, `receipt:${previous.tipId}`), receivedAt: previous.createdAt.toISOString(), merged: previous.merged };
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
  return inTransaction(deps.db, async (unit) => {
    const tip = await insertNewTip(deps, unit, { channel, input, files: [], ip: null, actor: { userId: who.userId, name: who.name } }, target, reporter, org.id, now);
    const receiptCode = await issueReceipt(deps, unit.tx, tip.id, now);
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
  const events = await listEvents(deps.db, tipStream, tip.id);
  return { tip, events };
}

export async function addFollowup(deps: TipDeps, receiptCode: string, text: string, files: readonly UploadedFile[]): Promise<void> {
  const tip = await tipByReceipt(deps, receiptCode);
  if (!tipOpenForFollowup(tip.status)) throw AppError('TIP_CLOSED');
  const now = deps.clock.now();
  await inTransaction(deps.db, async (unit) => {
    // Moves the tip's version on: what officers must read has changed.
    await recordEvent(unit, tipStream, tip.id, { at: now, actorId: null, actorName: '举报人', kind: 'followup', payload: { attachments: files.length }, extra: { note: text, message: 'reporter' } });
    await addAttachments(unit.tx, tip.id, files, now);
  });
}
