// Rules of one inspection record (MODULES A-1): an item result, the proof of presence at the start, and what must be
// complete before it is closed. Each returns a zh-CN reason naming the field, or null; the server throws it with the
// field, the web shows the same requirement before the user submits.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.ts';
import type { EvidenceRequirement, ItemResult } from './vocabulary.ts';

/** A photo as the field app sends it: the capture time comes from the device (the server strips EXIF). */
export type FieldPhoto = { sha256: string; takenAt: string | null; lat?: number | null; lng?: number | null };

export type ItemRule = { major: boolean; criterionIds: readonly string[]; evidence: EvidenceRequirement };
export type ItemAnswer = { result: ItemResult; criterionIds: readonly string[]; photos: readonly FieldPhoto[]; hazardAction: 'raise' | 'link' | null; major: boolean };

export type RuleError = { field: string; message: string };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Photos must carry their capture time; the time may not lie in the future. */
export function explainPhotoError(photos: readonly FieldPhoto[], now: Date, field: string): RuleError | null {
  for (const [i, p] of photos.entries()) {
    if (p.takenAt === null || p.takenAt === '') return { field: `${field}.${i}.takenAt`, message: `第${i + 1}张照片缺少拍摄时间，请用现场拍照上传` };
    if (!ISO_INSTANT.test(p.takenAt) || Number.isNaN(Date.parse(p.takenAt))) return { field: `${field}.${i}.takenAt`, message: `第${i + 1}张照片的拍摄时间无效` };
    if (Date.parse(p.takenAt) > now.getTime() + 5 * 60_000) return { field: `${field}.${i}.takenAt`, message: `第${i + 1}张照片的拍摄时间晚于当前时间` };
  }
  return null;
}

/**
 * One answered checklist item. A 不符合 on a major item (or one the inspector marks major) needs its 判定标准
 * criterion and must raise or link a hazard; an item asking for a photo gets one when it fails.
 */
export function explainItemError(item: ItemRule, answer: ItemAnswer, now: Date, field: string): RuleError | null {
  const photoError = explainPhotoError(answer.photos, now, `${field}.photos`);
  if (photoError) return photoError;
  if (answer.result !== 'fail') {
    if (answer.hazardAction !== null) return { field: `${field}.hazard`, message: '只有「不符合」项才能登记或关联隐患' };
    return null;
  }
  const major = item.major || answer.major;
  const criteria = answer.criterionIds.length > 0 ? answer.criterionIds : item.criterionIds;
  if (major && criteria.length === 0) return { field: `${field}.criterionIds`, message: '重大事故隐患项为「不符合」时须选择判定标准条款' };
  if (item.evidence === 'photo' && answer.photos.length === 0) return { field: `${field}.photos`, message: '该项为「不符合」时须上传现场照片' };
  if (answer.hazardAction === null) return { field: `${field}.hazard`, message: '「不符合」项须登记隐患或关联已有隐患' };
  return null;
}

/** Proof of presence at the start (time, GPS point, photo); a 非现场 (remote) inspection proves with what was viewed instead. */
export function explainStartProofError(proof: { lat: number | null; lng: number | null; photos: readonly FieldPhoto[] }, remote: boolean, now: Date): RuleError | null {
  if (remote) return null;
  if (proof.lat === null || proof.lng === null) return { field: 'location', message: '须获取现场定位（GPS）后开始检查' };
  if (proof.photos.length === 0) return { field: 'photos', message: '须拍摄现场照片后开始检查' };
  return explainPhotoError(proof.photos, now, 'photos');
}

export type ClosingItem = { seq: number; text: string; result: ItemResult | null; hazardId: string | null };

/** What stands between an inspection and its closing: unanswered items, 不符合 without a hazard, no conclusion or leader signature. */
export function explainCloseError(items: readonly ClosingItem[], conclusion: string, signedByLeader: boolean): RuleError | null {
  const unanswered = items.filter((i) => i.result === null);
  if (unanswered.length > 0) {
    const first = unanswered.slice(0, 3).map((i) => `第${i.seq}项`).join('、');
    return { field: 'items', message: `尚有${unanswered.length}项未填写检查结果（${first}${unanswered.length > 3 ? '等' : ''}），不能结束检查` };
  }
  const dangling = items.filter((i) => i.result === 'fail' && i.hazardId === null);
  if (dangling.length > 0) return { field: 'items', message: `第${dangling[0]?.seq}项为「不符合」但未登记或关联隐患` };
  if (conclusion.trim() === '') return { field: 'conclusion', message: '请填写检查结论' };
  if (!signedByLeader) return { field: 'signatures', message: '须由带队负责人签字确认' };
  return null;
}

/** The frozen digest of a submitted principal-led check: any later change to the stored record no longer matches. */
export function recordHash(record: unknown): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex');
}
