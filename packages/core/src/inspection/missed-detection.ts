// 查不出 (000, 001, 004: 「明明有问题却查不出」; MODULES A-2): a major hazard found by anyone but the enterprise
// itself (staff, a tip, a worker report, an accident) within N days after a principal-led check that recorded 符合
// for the same criterion, or raised no major hazard at all. The regulator sees both records side by side and marks
// the pair 属实 or 不属实.
import type { HazardSource } from '../hazard/sources.ts';

/** Days after a check within which a finding by others counts against it (configurable; the plans give no number). */
export const DEFAULT_MISSED_DETECTION_DAYS = 30;

export type DetectionHazard = { foundAt: string; level: 'general' | 'major'; source: HazardSource; criterionIds: readonly string[] };
export type DetectionCheck = { id: string; checkDate: string; passedCriterionIds: readonly string[]; raisedMajor: boolean };

export const detectionReasons = ['criterion_passed', 'no_major_raised'] as const;
export type DetectionReason = (typeof detectionReasons)[number];
export const detectionReasonLabels: Record<DetectionReason, string> = {
  criterion_passed: '自查记录该判定条款为「符合」',
  no_major_raised: '自查未发现重大事故隐患',
};

export const detectionVerdicts = ['confirmed', 'rejected'] as const;
export type DetectionVerdict = (typeof detectionVerdicts)[number];
export const detectionVerdictLabels: Record<DetectionVerdict, string> = { confirmed: '属实', rejected: '不属实' };

export type DetectionMatch = { checkId: string; reason: DetectionReason; criterionIds: string[]; daysAfter: number };

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** Whether this hazard is the kind a principal-led check should have found: major, and not the enterprise's own finding. */
export const isDetectionCandidate = (hazard: Pick<DetectionHazard, 'level' | 'source'>): boolean => hazard.level === 'major' && hazard.source !== 'self_inspection';

/** The match of one hazard against one check, or null. */
export function matchCheck(hazard: DetectionHazard, check: DetectionCheck, windowDays: number): DetectionMatch | null {
  if (!isDetectionCandidate(hazard)) return null;
  const daysAfter = dayNumber(hazard.foundAt) - dayNumber(check.checkDate);
  if (daysAfter < 0 || daysAfter > windowDays) return null;
  const passed = hazard.criterionIds.filter((id) => check.passedCriterionIds.includes(id));
  if (passed.length > 0) return { checkId: check.id, reason: 'criterion_passed', criterionIds: passed, daysAfter };
  if (!check.raisedMajor) return { checkId: check.id, reason: 'no_major_raised', criterionIds: [], daysAfter };
  return null;
}

/** The most recent matching check before the finding (the one the enterprise would cite), or null. */
export function findMissedDetection(hazard: DetectionHazard, checks: readonly DetectionCheck[], windowDays: number): DetectionMatch | null {
  let best: DetectionMatch | null = null;
  for (const check of checks) {
    const match = matchCheck(hazard, check, windowDays);
    if (match && (best === null || match.daysAfter < best.daysAfter)) best = match;
  }
  return best;
}
