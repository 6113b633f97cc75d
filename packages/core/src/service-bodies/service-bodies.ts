// 第三方服务机构 (MODULES A-6, E3/E4): the register's vocabulary and the oversight rules — the quarter of a date,
// the quarter's 复核 sample of each body's reports, failure rates, the ranking and the 通报曝光/移出 flag, and the
// licence expiry state. No I/O: the server stores the inputs and results, the web shows them.
import { addDays, isIsoDate } from '../dates.ts';
import { fromHex, hmacSm3, toHex, utf8 } from '../draw/sm3.ts';
import { rankWithChange, rate } from '../stats/definitions.ts';

/** 建议通报曝光/移出 for failed 资质保持/过程控制/执业行为 checks in the quarter, or null below the threshold. */
export function checkFlagOf(failedChecks: number, settings: ServiceBodySettings = defaultServiceBodySettings): string | null {
  if (failedChecks < settings.flagFailedChecks) return null;
  return `本季度监督检查不合格${failedChecks}次（达到${settings.flagFailedChecks}次），建议通报曝光、移出名录`;
}

export const serviceBodyTypes = ['safety_assessment', 'testing', 'training', 'technical_service', 'insurer'] as const;
export type ServiceBodyType = (typeof serviceBodyTypes)[number];
export const serviceBodyTypeLabels: Record<ServiceBodyType, string> = {
  safety_assessment: '安全评价',
  testing: '检测检验',
  training: '培训',
  technical_service: '技术服务',
  insurer: '保险',
};

export const serviceBodyStatuses = ['listed', 'suspended', 'removed'] as const;
export type ServiceBodyStatus = (typeof serviceBodyStatuses)[number];
export const serviceBodyStatusLabels: Record<ServiceBodyStatus, string> = { listed: '在册', suspended: '暂停', removed: '移出' };

export const reviewResults = ['pass', 'fail'] as const;
export type ReviewResult = (typeof reviewResults)[number];
export const reviewResultLabels: Record<ReviewResult, string> = { pass: '合格', fail: '不合格' };

export const licenceStates = ['expired', 'expiring', 'valid'] as const;
export type LicenceState = (typeof licenceStates)[number];
export const licenceStateLabels: Record<LicenceState, string> = { expired: '已过期', expiring: '30日内到期', valid: '有效' };

export type ServiceBodySettings = {
  /** Share of a body's reports of the quarter drawn for 复核, in percent (at least one report when it has any). */
  reviewRatePercent: number;
  /** A body whose failure rate is above this (percent) with at least `flagMinReviewed` reviewed is flagged. */
  flagFailurePercent: number;
  flagMinReviewed: number;
  /** Bodies with fewer reviewed reports are listed, not ranked (rankWithChange's minimum sample). */
  rankingMinSample: number;
  /** A licence expiring within this many days is 即将到期. */
  expiringWithinDays: number;
  /** A body with at least this many failed 资质保持/过程控制/执业行为 checks in the quarter is flagged. */
  flagFailedChecks: number;
  /** Share of the org's listed bodies drawn each quarter for 资质保持 checks, in percent (at least one). */
  checkRatePercent: number;
};

export const defaultServiceBodySettings: ServiceBodySettings = { reviewRatePercent: 10, flagFailurePercent: 30, flagMinReviewed: 3, rankingMinSample: 3, expiringWithinDays: 30, flagFailedChecks: 2, checkRatePercent: 30 };

const QUARTER = /^(\d{4})-Q([1-4])$/;
export const isQuarter = (value: string): boolean => QUARTER.test(value);

/** The quarter of a yyyy-mm-dd date, 'YYYY-Qn'. */
export function quarterOf(date: string): string {
  if (!isIsoDate(date)) throw new Error(`not a date: ${date}`);
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** First and last day of a quarter (inclusive). */
export function quarterRange(quarter: string): { from: string; to: string } {
  const match = QUARTER.exec(quarter);
  if (!match) throw new Error(`not a quarter: ${quarter}`);
  const year = Number(match[1]);
  const q = Number(match[2]);
  const firstMonth = (q - 1) * 3 + 1;
  const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const nextStart = q === 4 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + 3).padStart(2, '0')}-01`;
  return { from, to: addDays(nextStart, -1) };
}

/** The quarter before. */
export function previousQuarter(quarter: string): string {
  return quarterOf(addDays(quarterRange(quarter).from, -1));
}

/** How many of `count` reports are drawn at `ratePercent`: rounded up, at least 1 when there is any, never more than count. */
export function reviewSampleSize(count: number, ratePercent: number): number {
  if (count <= 0) return 0;
  return Math.min(count, Math.max(1, Math.ceil((count * ratePercent) / 100)));
}

/**
 * The deterministic 复核 sample of one body's reports for a quarter: each report gets HMAC-SM3(seed,
 * "quarter|bodyId|reportId") and the smallest ones are drawn. The same seed and reports give the same sample, in any
 * input order; the seed (hex) is kept with the sample so anyone can recompute it.
 */
export function drawReviewSample(seedHex: string, quarter: string, bodyId: string, reportIds: readonly string[], ratePercent: number): string[] {
  const key = fromHex(seedHex);
  if (key === null || key.length === 0) throw new Error('seed must be non-empty hex');
  const unique = [...new Set(reportIds)];
  const scored = unique.map((id) => ({ id, score: toHex(hmacSm3(key, utf8(`${quarter}|${bodyId}|${id}`))) }));
  scored.sort((a, b) => (a.score < b.score ? -1 : a.score > b.score ? 1 : a.id < b.id ? -1 : 1));
  return scored.slice(0, reviewSampleSize(unique.length, ratePercent)).map((s) => s.id);
}

export type BodyReviewCounts = {
  bodyId: string;
  sampled: number;
  reviewed: number;
  failed: number;
  /** Failed 资质保持/过程控制/执业行为 checks in the quarter (0 when not given). */
  failedChecks?: number;
};
export type BodyRanking = BodyReviewCounts & {
  /** failed / reviewed, null when nothing was reviewed. */
  failureRate: number | null;
  /** Lower failure rate ranks first; null when reviewed is below the minimum sample. */
  rank: number | null;
  flagged: boolean;
  flagReason: string | null;
};

/** 建议通报曝光/移出: failure rate above the threshold with enough reviewed reports. */
export function flagOf(counts: { reviewed: number; failed: number }, settings: ServiceBodySettings = defaultServiceBodySettings): string | null {
  const r = rate(counts.failed, counts.reviewed);
  if (r === null || counts.reviewed < settings.flagMinReviewed) return null;
  if (r * 100 <= settings.flagFailurePercent) return null;
  return `复核不合格率${Math.round(r * 1000) / 10}%，超过${settings.flagFailurePercent}%（复核${counts.reviewed}份、不合格${counts.failed}份），建议通报曝光、移出名录`;
}

/** Failure rate, rank (lower is better, ties share a rank) and flag per body. */
export function rankServiceBodies(rows: readonly BodyReviewCounts[], settings: ServiceBodySettings = defaultServiceBodySettings): BodyRanking[] {
  const ranked = rankWithChange(
    rows.map((r) => ({ key: r.bodyId, value: rate(r.failed, r.reviewed), sample: r.reviewed })),
    [],
    'lower_better',
    settings.rankingMinSample,
  );
  return rows.map((r, i) => {
    const reasons = [flagOf(r, settings), checkFlagOf(r.failedChecks ?? 0, settings)].filter((x): x is string => x !== null);
    const flagReason = reasons.length > 0 ? reasons.join('；') : null;
    return { ...r, failureRate: rate(r.failed, r.reviewed), rank: ranked[i]?.rank ?? null, flagged: flagReason !== null, flagReason };
  });
}

/** A licence's state on `today`: expired, expiring within the window (inclusive), or valid. */
export function licenceState(expiresOn: string, today: string, withinDays = defaultServiceBodySettings.expiringWithinDays): LicenceState {
  if (expiresOn < today) return 'expired';
  if (expiresOn <= addDays(today, withinDays)) return 'expiring';
  return 'valid';
}

/** The worst state of a body's licences (a body without licences is valid: nothing to expire). */
export function worstLicenceState(expiries: readonly string[], today: string, withinDays = defaultServiceBodySettings.expiringWithinDays): LicenceState {
  let worst: LicenceState = 'valid';
  for (const e of expiries) {
    const s = licenceState(e, today, withinDays);
    if (s === 'expired') return 'expired';
    if (s === 'expiring') worst = 'expiring';
  }
  return worst;
}

/** Why a review result is refused, or null: a 不合格 needs at least one defect. */
export function explainReviewResultError(result: ReviewResult, defects: readonly string[]): string | null {
  switch (result) {
    case 'pass':
      return null;
    case 'fail':
      return defects.some((d) => d.trim().length > 0) ? null : '复核结论为「不合格」时须至少填写一项问题';
  }
}

/** Why a status change is refused, or null: suspending or removing a body needs a reason. */
export function explainStatusChangeError(status: ServiceBodyStatus, reason: string | null | undefined): string | null {
  switch (status) {
    case 'listed':
      return null;
    case 'suspended':
    case 'removed':
      return reason && reason.trim().length > 0 ? null : `将机构设为「${serviceBodyStatusLabels[status]}」须填写原因`;
  }
}
