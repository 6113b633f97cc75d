// Reporting periods and due rules for periodic returns (B-2) and recurring duties: the cadences the seeds use
// (monthly, quarterly, half-yearly, annual), period keys, their bounds and labels, the due rules
// (「每月28日前」「每季度的最后一周」「每年12月底之前」「每月1日起」), the filing window and on-time / late / missing.
// Dates are yyyy-mm-dd calendar dates in China.

import { addDays } from '../dates.ts';
import { monthEnd } from '../stats/definitions.ts';

export const cadences = ['monthly', 'quarterly', 'half_yearly', 'annual'] as const;
export type Cadence = (typeof cadences)[number];
export const cadenceLabels: Record<Cadence, string> = { monthly: '每月', quarterly: '每季度', half_yearly: '每半年', annual: '每年' };

/** Months in one period of a cadence. */
export const cadenceMonths: Record<Cadence, number> = { monthly: 1, quarterly: 3, half_yearly: 6, annual: 12 };

const PERIOD_PATTERNS: Record<Cadence, RegExp> = {
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  half_yearly: /^(\d{4})-H([12])$/,
  annual: /^(\d{4})$/,
};

/** A period key: 2025-03 (month), 2025-Q1, 2025-H1, 2025 (year). */
export type PeriodKey = string;

/** The cadence a period key belongs to, or null when it is not a period key. */
export function periodCadence(key: string): Cadence | null {
  for (const cadence of cadences) if (PERIOD_PATTERNS[cadence].test(key)) return cadence;
  return null;
}

export const isPeriodOf = (cadence: Cadence, key: string): boolean => PERIOD_PATTERNS[cadence].test(key);

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Year and zero-based index of the period within the year (month 0–11, quarter 0–3, half 0–1, year 0). */
function parsePeriod(key: PeriodKey): { cadence: Cadence; year: number; index: number } {
  const cadence = periodCadence(key);
  if (cadence === null) throw new RangeError(`invalid period ${key}`);
  const match = PERIOD_PATTERNS[cadence].exec(key);
  const year = Number(match?.[1]);
  const index = cadence === 'annual' ? 0 : Number(match?.[2]) - 1;
  return { cadence, year, index };
}

function keyOf(cadence: Cadence, year: number, index: number): PeriodKey {
  switch (cadence) {
    case 'monthly':
      return `${year}-${pad2(index + 1)}`;
    case 'quarterly':
      return `${year}-Q${index + 1}`;
    case 'half_yearly':
      return `${year}-H${index + 1}`;
    case 'annual':
      return String(year);
  }
}

/** The period of a cadence that contains a date. */
export function periodOf(cadence: Cadence, date: string): PeriodKey {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  return keyOf(cadence, year, Math.floor(month / cadenceMonths[cadence]));
}

/** First and last day of a period. */
export function periodBounds(key: PeriodKey): { start: string; end: string } {
  const { cadence, year, index } = parsePeriod(key);
  const firstMonth = index * cadenceMonths[cadence] + 1;
  const lastMonth = firstMonth + cadenceMonths[cadence] - 1;
  return { start: `${year}-${pad2(firstMonth)}-01`, end: monthEnd(`${year}-${pad2(lastMonth)}`) };
}

/** The period after (n = 1) or before (n = −1) this one, n steps away. */
export function shiftPeriod(key: PeriodKey, n: number): PeriodKey {
  const { cadence, year, index } = parsePeriod(key);
  const perYear = 12 / cadenceMonths[cadence];
  const absolute = year * perYear + index + n;
  return keyOf(cadence, Math.floor(absolute / perYear), ((absolute % perYear) + perYear) % perYear);
}

/** Periods of a cadence that overlap [from, to], oldest first. */
export function periodsBetween(cadence: Cadence, from: string, to: string): PeriodKey[] {
  if (from > to) return [];
  const out: PeriodKey[] = [];
  const last = periodOf(cadence, to);
  for (let key = periodOf(cadence, from); ; key = shiftPeriod(key, 1)) {
    out.push(key);
    if (key === last) return out;
  }
}

const QUARTER_WORDS = ['一', '二', '三', '四'] as const;

/** 2025年3月, 2025年第一季度, 2025年上半年, 2025年度 */
export function periodLabel(key: PeriodKey): string {
  const { cadence, year, index } = parsePeriod(key);
  switch (cadence) {
    case 'monthly':
      return `${year}年${index + 1}月`;
    case 'quarterly':
      return `${year}年第${QUARTER_WORDS[index]}季度`;
    case 'half_yearly':
      return `${year}年${index === 0 ? '上' : '下'}半年`;
    case 'annual':
      return `${year}年度`;
  }
}

// ---- due rules ----

/**
 * When a period's return is due:
 * - day_of_last_month: the given day of the period's last month (「每月28日前」; a quarter's 28th is in its third month);
 *   a day the month lacks falls on its last day;
 * - last_week: the last seven days of the period, due on its last day (「每季度的最后一周」);
 * - period_end: the period's last day (「每年12月底之前」);
 * - days_after_end: N days after the period ends (「每月1日起…专线上报」: the first days of the next month).
 */
export type DueRule =
  | { kind: 'day_of_last_month'; day: number }
  | { kind: 'last_week' }
  | { kind: 'period_end' }
  | { kind: 'days_after_end'; days: number };
export const dueRuleKinds = ['day_of_last_month', 'last_week', 'period_end', 'days_after_end'] as const satisfies readonly DueRule['kind'][];


export function dueDate(rule: DueRule, key: PeriodKey): string {
  const { end } = periodBounds(key);
  switch (rule.kind) {
    case 'day_of_last_month': {
      const day = Math.min(Math.max(1, Math.trunc(rule.day)), Number(end.slice(8, 10)));
      return `${end.slice(0, 8)}${pad2(day)}`;
    }
    case 'last_week':
    case 'period_end':
      return end;
    case 'days_after_end':
      return addDays(end, Math.max(0, Math.trunc(rule.days)));
  }
}

/** 「每月28日前」, 「每季度最后一周」, 「每年年底前」, 「每月结束后5日内」 */
export function dueRuleLabel(cadence: Cadence, rule: DueRule): string {
  const unit = { monthly: '月', quarterly: '季度', half_yearly: '半年', annual: '年' }[cadence];
  switch (rule.kind) {
    case 'day_of_last_month':
      return cadence === 'monthly' ? `每月${rule.day}日前` : `每${unit}最后一个月${rule.day}日前`;
    case 'last_week':
      return `每${unit}最后一周`;
    case 'period_end':
      return cadence === 'annual' ? '每年12月底前' : `每${unit}末前`;
    case 'days_after_end':
      return `每${unit}结束后${rule.days}日内`;
  }
}

/** Explains a due rule that cannot be used with a cadence (zh-CN), else null. */
export function explainDueRuleError(cadence: Cadence, rule: DueRule): string | null {
  switch (rule.kind) {
    case 'day_of_last_month':
      return Number.isInteger(rule.day) && rule.day >= 1 && rule.day <= 31 ? null : '报送日应为1–31之间的整数';
    case 'days_after_end':
      return Number.isInteger(rule.days) && rule.days >= 0 && rule.days <= 90 ? null : '期满后天数应为0–90之间的整数';
    case 'last_week':
      return cadence === 'monthly' || cadence === 'quarterly' || cadence === 'half_yearly' || cadence === 'annual' ? null : '报送周期无效';
    case 'period_end':
      return null;
  }
}

// ---- filing window and timeliness ----

/** Days after the due date during which a late return is still accepted; after that the period is closed. */
export const DEFAULT_GRACE_DAYS = 30;

/**
 * The window in which a period's return may be filed: from the period's start (early filing is allowed) until
 * `graceDays` after the due date. Before it the period has not begun; after it the period is closed.
 */
export function filingWindow(rule: DueRule, key: PeriodKey, graceDays: number = DEFAULT_GRACE_DAYS): { opens: string; due: string; closes: string } {
  const due = dueDate(rule, key);
  return { opens: periodBounds(key).start, due, closes: addDays(due, graceDays) };
}

export type FilingState = 'not_started' | 'open' | 'closed';

export function filingState(window: { opens: string; closes: string }, today: string): FilingState {
  if (today < window.opens) return 'not_started';
  if (today > window.closes) return 'closed';
  return 'open';
}

/** 按时 (on or before the due date), 逾期报送 (after it), 未报 (nothing filed and the due date passed), 待报 (not yet due). */
export const timelinessValues = ['on_time', 'late', 'missing', 'pending'] as const;
export type Timeliness = (typeof timelinessValues)[number];
export const timelinessLabels: Record<Timeliness, string> = { on_time: '按时报送', late: '逾期报送', missing: '未报送', pending: '待报送' };

/**
 * A return's timeliness as of `today`, from the day it was first filed (a return sent back and filed again
 * keeps the first filing's day: the org met the deadline, the content needed work).
 */
export function timeliness(due: string, firstFiledOn: string | null, today: string): Timeliness {
  if (firstFiledOn !== null && firstFiledOn <= today) return firstFiledOn <= due ? 'on_time' : 'late';
  return today > due ? 'missing' : 'pending';
}

/** Return on-time rate: on-time returns over the returns that were due (on time + late + missing); null when none were due. */
export function onTimeRate(counts: { onTime: number; late: number; missing: number }): number | null {
  const due = counts.onTime + counts.late + counts.missing;
  return due === 0 ? null : counts.onTime / due;
}

/** The periods of a requirement whose due date is on or before `today` (returns that can be late or missing). */
export function duePeriods(cadence: Cadence, rule: DueRule, from: string, to: string, today: string): PeriodKey[] {
  return periodsBetween(cadence, from, to).filter((key) => dueDate(rule, key) <= today);
}
