// DESIGN §5 analytics definitions: the pure part (constants, rates, buckets, quantiles, year on year, ranking).
// The SQL layer (server modules/stats) aggregates with the same constants; its quantiles use percentile_cont,
// which is the linear interpolation implemented by `quantile` here.

/** Stock = found on or before this date. */
export const STOCK_CUTOFF = '2023-12-31';
/** The plan's target: stock cleared (clearance rate 100%) by this date. */
export const STOCK_TARGET_DATE = '2024-12-31';
/** First month end of the burn-down series. */
export const BURN_DOWN_START = '2024-01';

export const ageingBuckets = ['d1_30', 'd31_90', 'over90'] as const;
export type AgeingBucket = (typeof ageingBuckets)[number];
export const ageingBucketLabels: Record<AgeingBucket, string> = { d1_30: '逾期1–30天', d31_90: '逾期31–90天', over90: '逾期90天以上' };
/**
 * Edges of the ageing buckets in days overdue (D − deadline): 1–30, 31–90, more than 90. The single source of
 * the list filter, the statistics SQL (facts and cubes) and the test oracles.
 */
export const OVERDUE_MIN_DAYS = 1;
export const AGEING_FIRST_BUCKET_MAX_DAYS = 30;
/** Overdue beyond this many days is long-standing (the plan treats these as accidents). */
export const LONG_STANDING_DAYS = 90;

/**
 * Hazard timeline events that change no figure of §5 (no status, deadline, level, listing or finding): a plan, a
 * progress note, an extension request (the deadline moves only on approval), a linked report, a merge into this
 * hazard (the duplicate's counts leave with its own `merge` event), a delivered notification, an escalation.
 * The statistics facts neither split on their days nor are refreshed by them.
 */
export const figureNeutralHazardEvents = ['submit_plan', 'report_progress', 'request_extension', 'linked_report', 'merged_from', 'notification', 'escalation'] as const;
export const changesFigures = (eventKind: string): boolean => !(figureNeutralHazardEvents as readonly string[]).includes(eventKind);

/** Rate with safe division: null when nothing is in the denominator (shown as “—”, never 0% or 100%). */
export function rate(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return numerator / denominator;
}

/** Days overdue as of D: D − deadline in calendar days; positive only when the deadline has passed. */
export function overdueDays(deadline: string, asOf: string): number {
  return Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${deadline}T00:00:00Z`)) / 86_400_000);
}

/** Ageing bucket of an open hazard's days overdue; null when it is not overdue. */
export function ageingBucket(daysOverdue: number): AgeingBucket | null {
  if (daysOverdue < OVERDUE_MIN_DAYS) return null;
  if (daysOverdue <= AGEING_FIRST_BUCKET_MAX_DAYS) return 'd1_30';
  if (daysOverdue <= LONG_STANDING_DAYS) return 'd31_90';
  return 'over90';
}

export const isLongStanding = (daysOverdue: number): boolean => daysOverdue > LONG_STANDING_DAYS;

/** Days-overdue range of long-standing hazards (the list filter and the statistics use it). */
export const LONG_STANDING_RANGE = { min: LONG_STANDING_DAYS + 1, max: null } as const;

/** Quantile by linear interpolation between closest ranks (PostgreSQL percentile_cont); null for no values. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (position - lower);
}

export const median = (values: readonly number[]): number | null => quantile(values, 0.5);
export const p90 = (values: readonly number[]): number | null => quantile(values, 0.9);

export type YearOnYear = { current: number; previous: number; delta: number; ratio: number | null };

/** Year-on-year change; ratio is (current − previous) / previous, null when there was nothing last year. */
export function yearOnYear(current: number, previous: number): YearOnYear {
  return { current, previous, delta: current - previous, ratio: rate(current - previous, previous) };
}

export type RankDirection = 'higher_better' | 'lower_better';

/**
 * Standard competition ranking (1, 1, 3): equal values share a rank. Null values (rate without a denominator)
 * are not ranked (rank null) and sort last.
 */
export function rankWithTies(values: readonly (number | null)[], direction: RankDirection): (number | null)[] {
  const better = (a: number, b: number) => (direction === 'higher_better' ? a > b : a < b);
  return values.map((value) => {
    if (value === null) return null;
    let rank = 1;
    for (const other of values) if (other !== null && better(other, value)) rank += 1;
    return rank;
  });
}

export type RankedEntry = { key: string; value: number | null; rank: number | null; previousValue: number | null; previousRank: number | null; valueDelta: number | null; rankDelta: number | null };

/** Default smallest number of hazards behind a rate for its row to be ranked (RANKING_MIN_SAMPLE overrides it). */
export const DEFAULT_RANKING_MIN_SAMPLE = 10;

/** A ranking entry: its value, and the number of hazards behind it (sample) when a minimum sample applies. */
export type RankInput = { key: string; value: number | null; sample?: number };

/** The value a rank is computed from: none when the entry's sample is below the minimum (listed, not ranked). */
const rankableValue = (entry: RankInput, minSample: number): number | null => (entry.sample !== undefined && entry.sample < minSample ? null : entry.value);

/**
 * Ranks entries now and last month; rankDelta > 0 means the entry moved up (a smaller rank number).
 * Entries missing last month get null deltas. An entry whose sample is below minSample keeps its value but gets
 * no rank (two hazards both closed is not the best county): it neither takes nor pushes down a place.
 */
export function rankWithChange(current: readonly RankInput[], previous: readonly RankInput[], direction: RankDirection, minSample = 0): RankedEntry[] {
  const ranks = rankWithTies(current.map((e) => rankableValue(e, minSample)), direction);
  const previousRanks = rankWithTies(previous.map((e) => rankableValue(e, minSample)), direction);
  const previousByKey = new Map(previous.map((e, i) => [e.key, { value: e.value, rank: previousRanks[i] ?? null }]));
  return current.map((entry, i) => {
    const rank = ranks[i] ?? null;
    const before = previousByKey.get(entry.key);
    const previousValue = before?.value ?? null;
    const previousRank = before?.rank ?? null;
    return {
      key: entry.key,
      value: entry.value,
      rank,
      previousValue,
      previousRank,
      valueDelta: entry.value !== null && previousValue !== null ? entry.value - previousValue : null,
      rankDelta: rank !== null && previousRank !== null ? previousRank - rank : null,
    };
  });
}

/**
 * Ranks each group on its own (like with like: a city bureau, whose hazards are the sum of its counties', is never
 * ranked among the county bureaus). Entries keep their order; ranks and deltas are within their group.
 */
export function rankWithinGroups(current: readonly (RankInput & { group: string })[], previous: readonly RankInput[], direction: RankDirection, minSample = 0): RankedEntry[] {
  const groups = new Map<string, { entry: RankInput; index: number }[]>();
  current.forEach((entry, index) => groups.set(entry.group, [...(groups.get(entry.group) ?? []), { entry, index }]));
  const result: RankedEntry[] = [];
  for (const members of groups.values()) {
    const keys = new Set(members.map((m) => m.entry.key));
    const ranked = rankWithChange(members.map((m) => m.entry), previous.filter((p) => keys.has(p.key)), direction, minSample);
    members.forEach((m, j) => {
      const entry = ranked[j];
      if (entry) result[m.index] = entry;
    });
  }
  return result;
}

/** Last calendar day of a yyyy-mm month. */
export function monthEnd(month: string): string {
  const year = Number(month.slice(0, 4));
  const monthIndex = Number(month.slice(5, 7));
  // Day 0 of the next month is the last day of this one (UTC, so no time zone shifts the date).
  return new Date(Date.UTC(year, monthIndex, 0)).toISOString().slice(0, 10);
}

/** Last day of the month before the one containing D (the “change since last month” reference date). */
export function previousMonthEnd(asOf: string): string {
  const first = Date.parse(`${asOf.slice(0, 7)}-01T00:00:00Z`);
  return new Date(first - 86_400_000).toISOString().slice(0, 10);
}

/** Month ends from `fromMonth` (yyyy-mm) up to D; the last entry is D itself when D is not a month end. */
export function monthEndsUntil(fromMonth: string, asOf: string): string[] {
  const out: string[] = [];
  let [year, month] = fromMonth.split('-').map(Number) as [number, number];
  for (;;) {
    const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    if (end >= asOf) {
      if (`${year}-${String(month).padStart(2, '0')}` <= asOf.slice(0, 7)) out.push(asOf);
      return out;
    }
    out.push(end);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** The n months (yyyy-mm) ending with D's month, oldest first. */
export function lastMonths(asOf: string, n: number): string[] {
  const [year, month] = asOf.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i -= 1) {
    const d = new Date(Date.UTC(year, month - 1 - i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

/** Target line of the burn-down: linear from the stock open at the start to 0 at STOCK_TARGET_DATE, 0 afterwards. */
export function burnDownTarget(startOpen: number, startDate: string, date: string): number {
  const total = overdueDays(startDate, STOCK_TARGET_DATE);
  const elapsed = overdueDays(startDate, date);
  if (elapsed >= total) return 0;
  if (elapsed <= 0) return startOpen;
  return Math.round(startOpen * (1 - elapsed / total));
}

/** §5 self-found share counts hazards of this source. */
export const SELF_FOUND_SOURCE = 'self_inspection';

/** Days-overdue range [min, max] (max null = unbounded) of an ageing bucket; the hazard list filters on it. */
export function ageingBucketRange(bucket: AgeingBucket): { min: number; max: number | null } {
  switch (bucket) {
    case 'd1_30':
      return { min: OVERDUE_MIN_DAYS, max: AGEING_FIRST_BUCKET_MAX_DAYS };
    case 'd31_90':
      return { min: AGEING_FIRST_BUCKET_MAX_DAYS + 1, max: LONG_STANDING_DAYS };
    case 'over90':
      return { min: LONG_STANDING_DAYS + 1, max: null };
  }
}
