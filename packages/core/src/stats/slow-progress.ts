// 进展缓慢 (slow progress): when a sub-region, department or enterprise crosses a threshold, and which
// escalation (函告 → 通报 → 约谈 → 曝光) to suggest for it.

/** The escalation ladder, mildest first. */
export const escalationLadder = ['letter', 'circular', 'interview', 'exposure'] as const;
export type EscalationKind = (typeof escalationLadder)[number];
export const escalationKindLabels: Record<EscalationKind, string> = { letter: '函告', circular: '通报', interview: '约谈', exposure: '曝光' };

export type SlowProgressThresholds = {
  /** Overdue open hazards / open hazards at or above this share crosses (0..1). */
  overdueShare: number;
  /** This many long-standing hazards (overdue > 90 days) or more crosses. */
  longStanding: number;
};
export type SlowProgressMetric = keyof SlowProgressThresholds;

/** Defaults when the server config (SLOW_PROGRESS_* env) does not set them. */
export const DEFAULT_SLOW_PROGRESS: SlowProgressThresholds = { overdueShare: 0.3, longStanding: 1 };
/** What a threshold override may be: the server's query schema refuses outside these, the web form says so first. */
export const SLOW_PROGRESS_BOUNDS: Record<SlowProgressMetric, { min: number; max: number }> = {
  overdueShare: { min: 0, max: 1 },
  longStanding: { min: 1, max: 100_000 },
};

/** How many month ends (D included) are looked at to count repeat months. */
export const SLOW_PROGRESS_LOOKBACK_MONTHS = 6;

/** Which thresholds a subject crosses; empty when none. A share without open hazards (null) never crosses. */
export function crossedThresholds(figures: { overdueShare: number | null; longStanding: number }, thresholds: SlowProgressThresholds): SlowProgressMetric[] {
  const crossed: SlowProgressMetric[] = [];
  if (figures.overdueShare !== null && figures.overdueShare >= thresholds.overdueShare) crossed.push('overdueShare');
  if (figures.longStanding >= thresholds.longStanding) crossed.push('longStanding');
  return crossed;
}

/**
 * Consecutive months crossing, counted back from the newest: `history[0]` is D, `history[1]` the end of the
 * previous month, and so on. 0 when D itself does not cross.
 */
export function consecutiveMonths(history: readonly boolean[]): number {
  let n = 0;
  for (const crossed of history) {
    if (!crossed) break;
    n += 1;
  }
  return n;
}

/**
 * The escalation to suggest: one step up the ladder per repeat month (1st month 函告, 2nd 通报, 3rd 约谈, 4th+
 * 曝光), and never milder than one step above the strongest escalation already recorded during the streak.
 * Null when the subject does not cross now.
 */
export function suggestEscalation(months: number, recorded: readonly EscalationKind[]): EscalationKind | null {
  if (months < 1) return null;
  const top = escalationLadder.length - 1;
  const byMonths = Math.min(months - 1, top);
  const strongest = recorded.reduce((max, kind) => Math.max(max, escalationLadder.indexOf(kind)), -1);
  const afterRecorded = strongest < 0 ? 0 : Math.min(strongest + 1, top);
  return escalationLadder[Math.max(byMonths, afterRecorded)] ?? null;
}
