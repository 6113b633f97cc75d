// 主要负责人带队检查 cadence (MODULES A-2; all five plans: 「每季度带队对本单位重大事故隐患排查整治情况」,
// 「高危行业领域每月至少1次」): the period an enterprise owes a check in, the period's state as of a date, the
// compliance figure, and the reminder schedule. Dates are China calendar dates (yyyy-mm-dd). The server keeps one
// row per enterprise and period (when the duty began, and the day the first qualifying check was submitted); this
// file is the rule those rows are read by and the oracle the tests compare them with.
import { monthEnd, rate } from '../stats/definitions.ts';

export type CheckCadence = 'month' | 'quarter';
export const checkCadenceLabels: Record<CheckCadence, string> = { month: '每月', quarter: '每季度' };

/** One period of the duty, first and last day inclusive. */
export type CheckPeriod = { cadence: CheckCadence; start: string; end: string };

/** Monthly for a high-risk enterprise (its own flag, or any of its sectors flagged high-risk), else quarterly. */
export function cadenceFor(enterprise: { highRisk: boolean; sectors: readonly string[] }, highRiskSectors: ReadonlySet<string>): CheckCadence {
  return enterprise.highRisk || enterprise.sectors.some((s) => highRiskSectors.has(s)) ? 'month' : 'quarter';
}

const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const pad2 = (n: number) => String(n).padStart(2, '0');

function requireDate(date: string): { year: number; month: number } {
  const m = DATE.exec(date);
  if (!m) throw new Error(`日期无效：${date}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** The period of this cadence that contains the date. */
export function checkPeriodOf(date: string, cadence: CheckCadence): CheckPeriod {
  const { year, month } = requireDate(date);
  const first = cadence === 'month' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const last = cadence === 'month' ? month : first + 2;
  return { cadence, start: `${year}-${pad2(first)}-01`, end: monthEnd(`${year}-${pad2(last)}`) };
}

/** The period that follows (the day after its end). */
export function nextPeriod(period: CheckPeriod): CheckPeriod {
  const next = new Date(Date.parse(`${period.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return checkPeriodOf(next, period.cadence);
}

/** 2026-11 for a month, 2026-Q4 for a quarter: the period's key in URLs and reminders. */
export function periodKey(period: CheckPeriod): string {
  const { year, month } = requireDate(period.start);
  return period.cadence === 'month' ? `${year}-${pad2(month)}` : `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

/** 2026年11月 / 2026年第四季度 */
export function checkPeriodLabel(period: CheckPeriod): string {
  const { year, month } = requireDate(period.start);
  return period.cadence === 'month' ? `${year}年${month}月` : `${year}年第${QUARTER_NAMES[Math.floor((month - 1) / 3)]}季度`;
}

/** A reporting window of the compliance figures: a year, a quarter or a month. */
export type ReportWindow = { key: string; kind: 'year' | 'quarter' | 'month'; start: string; end: string; label: string };

const WINDOW = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

/** '2026' | '2026-Q3' | '2026-11' → the window; null for anything else. */
export function parseReportWindow(key: string): ReportWindow | null {
  const m = WINDOW.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  if (m[2]) {
    const p = checkPeriodOf(`${year}-${pad2((Number(m[2]) - 1) * 3 + 1)}-01`, 'quarter');
    return { key, kind: 'quarter', start: p.start, end: p.end, label: checkPeriodLabel(p) };
  }
  if (m[3]) {
    const p = checkPeriodOf(`${year}-${m[3]}-01`, 'month');
    return { key, kind: 'month', start: p.start, end: p.end, label: checkPeriodLabel(p) };
  }
  return { key, kind: 'year', start: `${year}-01-01`, end: `${year}-12-31`, label: `${year}年` };
}

/** The quarter window that contains the date (the compliance pages' default). */
export function quarterWindowOf(date: string): ReportWindow {
  const p = checkPeriodOf(date, 'quarter');
  return { key: periodKey(p), kind: 'quarter', start: p.start, end: p.end, label: checkPeriodLabel(p) };
}

/** The window of the same kind just before this one (ranking's "change since the previous period"). */
export function previousWindow(window: ReportWindow): ReportWindow {
  const dayBefore = new Date(Date.parse(`${window.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  switch (window.kind) {
    case 'year':
      return parseReportWindow(dayBefore.slice(0, 4)) as ReportWindow;
    case 'quarter':
      return quarterWindowOf(dayBefore);
    case 'month': {
      const p = checkPeriodOf(dayBefore, 'month');
      return { key: periodKey(p), kind: 'month', start: p.start, end: p.end, label: checkPeriodLabel(p) };
    }
  }
}

/** The periods of a cadence that overlap the window (a quarter holds three monthly periods; a month lies in one quarter). */
export function periodsOverlapping(window: Pick<ReportWindow, 'start' | 'end'>, cadence: CheckCadence): CheckPeriod[] {
  const periods: CheckPeriod[] = [];
  for (let p = checkPeriodOf(window.start, cadence); p.start <= window.end; p = nextPeriod(p)) periods.push(p);
  return periods;
}

export const periodStates = ['done', 'due', 'missed'] as const;
/** done: a qualifying check was submitted by D; due: running, none yet; missed: ended before D with none. */
export type PeriodState = (typeof periodStates)[number];
export const periodStateLabels: Record<PeriodState, string> = { done: '已开展', due: '待开展', missed: '未开展' };

/**
 * One enterprise-period as the server keeps it: `dueFrom` is the day the duty began (the period's first day, or the
 * day a new enterprise entered it), `doneOn` the China date the first qualifying check was submitted (null: none yet).
 */
export type PeriodRecord = { period: CheckPeriod; dueFrom: string; doneOn: string | null };

/** The state as of the end of day D, or null when the period had not begun (or the duty not started) by D. */
export function periodStateAsOf(record: PeriodRecord, asOf: string): PeriodState | null {
  if (record.period.start > asOf || record.dueFrom > asOf) return null;
  if (record.doneOn !== null && record.doneOn <= asOf) return 'done';
  return record.period.end < asOf ? 'missed' : 'due';
}

export type ComplianceCounts = { required: number; done: number; due: number; missed: number };
export type Compliance = ComplianceCounts & { rate: number | null };

/** Compliance = done / required enterprise-periods (due and missed both count against it); null with none required. */
export function compliance(counts: Omit<ComplianceCounts, 'required'>): Compliance {
  const required = counts.done + counts.due + counts.missed;
  return { required, ...counts, rate: rate(counts.done, required) };
}

/** Tallies states as of D over the records overlapping the window (the direct computation the SQL must equal). */
export function complianceOf(records: readonly PeriodRecord[], window: Pick<ReportWindow, 'start' | 'end'>, asOf: string): Compliance {
  const counts = { done: 0, due: 0, missed: 0 };
  for (const r of records) {
    if (r.period.start > window.end || r.period.end < window.start) continue;
    const state = periodStateAsOf(r, asOf);
    if (state !== null) counts[state] += 1;
  }
  return compliance(counts);
}

/**
 * Missed periods in a row (未开展排查 streak): from the newest period of the enterprise's cadence that has ended by D,
 * back period by period while each was owed and missed. A period done, or one not owed (the enterprise was not operating or
 * not yet registered), ends the streak; periods still running do not count.
 */
export function consecutiveMissed(records: readonly PeriodRecord[], asOf: string): number {
  const ended = records.filter((r) => r.period.end < asOf && r.dueFrom <= asOf);
  const latest = ended.reduce<PeriodRecord | null>((a, r) => (a === null || r.period.start > a.period.start ? r : a), null);
  if (latest === null) return 0;
  const cadence = latest.period.cadence;
  const byStart = new Map(ended.filter((r) => r.period.cadence === cadence).map((r) => [r.period.start, r]));
  let n = 0;
  // From the calendar's newest ended period of the cadence: a period at the end that was not owed counts 0.
  for (let period = lastEndedPeriods(cadence, asOf, 1)[0]; period !== undefined; period = previousPeriod(period)) {
    const record = byStart.get(period.start);
    if (!record || periodStateAsOf(record, asOf) !== 'missed') break;
    n += 1;
  }
  return n;
}

/** The period before (the day before its start). */
export function previousPeriod(period: CheckPeriod): CheckPeriod {
  return checkPeriodOf(new Date(Date.parse(`${period.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10), period.cadence);
}

/** The last `n` periods of a cadence that ended before D, newest first (the periods a streak of n looks at). */
export function lastEndedPeriods(cadence: CheckCadence, asOf: string, n: number): CheckPeriod[] {
  let period = checkPeriodOf(asOf, cadence);
  if (period.end >= asOf) period = previousPeriod(period);
  const out: CheckPeriod[] = [];
  for (let k = 0; k < n; k++, period = previousPeriod(period)) out.push(period);
  return out;
}

/** How many missed periods in a row put an enterprise on 进展缓慢 (MODULES A-2: 2+). */
export const DEFAULT_MISSED_PERIODS_THRESHOLD = 2;
/** Days before a period's end when the "due soon" reminder goes out (configurable; the plans give no number). */
export const DEFAULT_CHECK_REMINDER_DAYS_BEFORE = 7;
/** A check may be recorded up to this many days after it took place (补录); configurable. */
export const DEFAULT_CHECK_BACKDATE_DAYS = 7;
/** Missed-period notices are sent only this many days after the period's end (a server down for weeks does not flood). */
export const MISSED_NOTICE_WINDOW_DAYS = 31;

export const checkNoticeKinds = ['period_start', 'period_ending', 'period_missed'] as const;
export type CheckNoticeKind = (typeof checkNoticeKinds)[number];

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Which notice a not-yet-done enterprise-period is owed on `today`: the start reminder while the period is running
 * and before the "ending" window, the ending reminder in the last N days, the missed notice in the month after the
 * end. The sender dedupes per period and kind, so a job that runs often (or late) sends each at most once.
 */
export function checkNoticeDue(period: CheckPeriod, today: string, daysBefore: number): CheckNoticeKind | null {
  if (today < period.start) return null;
  if (today > period.end) return today <= addDays(period.end, MISSED_NOTICE_WINDOW_DAYS) ? 'period_missed' : null;
  return today >= addDays(period.end, -daysBefore) ? 'period_ending' : 'period_start';
}

/**
 * Why a principal-led check cannot be dated so (zh-CN), or null: not after today (that would be a future period),
 * and not more than `backdateDays` before today (补录 window).
 */
export function explainCheckDateError(checkDate: string, today: string, backdateDays: number): string | null {
  if (!DATE.test(checkDate)) return '「检查日期」应为 yyyy-mm-dd 格式的日期';
  if (checkDate > today) {
    return checkPeriodOf(checkDate, 'month').start > today ? '「检查日期」属于尚未开始的检查周期，不能登记' : '「检查日期」不能晚于今天';
  }
  if (checkDate < addDays(today, -backdateDays)) return `「检查日期」早于${backdateDays}天前：检查须在${backdateDays}天内登记`;
  return null;
}
