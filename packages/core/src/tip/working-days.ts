// Working-day arithmetic for acceptance deadlines (受理时限): Monday–Friday, minus public holidays, plus the
// make-up working days (调休上班) the State Council announces each year. Dates are yyyy-mm-dd (China time).

/**
 * `years`: the years whose holidays the calendar holds; a day of any other year is unknown. `provisional`: years
 * held only as the statutory days off of the 《全国年节及纪念日放假办法》, before the State Council's notice with its
 * 调休 is published — usable, but every screen and the start-up log say so.
 */
export type WorkCalendar = { holidays: ReadonlySet<string>; workdays: ReadonlySet<string>; years: ReadonlySet<number>; provisional: ReadonlySet<number> };

/** Years default to those the holidays fall in (every year has New Year's Day, so a notice always lists one). */
export function workCalendar(holidays: readonly string[], workdays: readonly string[], years?: readonly number[], provisional: readonly number[] = []): WorkCalendar {
  return {
    holidays: new Set(holidays),
    workdays: new Set(workdays),
    years: new Set(years ?? holidays.map((d) => Number(d.slice(0, 4)))),
    provisional: new Set(provisional),
  };
}

/** The provisional years among `years` (for the start-up warning and the inbox notice). */
export const provisionalYears = (calendar: WorkCalendar, years: readonly number[]): number[] => years.filter((y) => calendar.provisional.has(y));

export const CALENDAR_MISSING = 'WorkCalendarMissingError';

/**
 * A day of a year without a calendar is not guessed (treating holidays as working days would shorten every SLA
 * over Spring Festival without anyone noticing): it throws, naming the year, until the year's notice is configured.
 */
function calendarMissing(year: number): Error {
  const error = new Error(`缺少 ${year} 年的节假日安排（国务院办公厅通知），受理时限无法计算：请在 TIP_CALENDAR_FILE 中配置 ${year} 年的放假和调休日期`);
  error.name = CALENDAR_MISSING;
  return error;
}

/** The years among `dates` the calendar does not hold (for the start-up warning). */
export const uncoveredYears = (calendar: WorkCalendar, years: readonly number[]): number[] => years.filter((y) => !calendar.years.has(y));

/**
 * 2025 and 2026 from the State Council notices (国办发明电〔2024〕12号 of 2024-11-12, 国办发明电〔2025〕7号 of
 * 2025-11-04; checked against the published texts on 2026-12-04). The 2027 notice was not available then:
 * 2027 is provisional (below); a day of a year with no calendar at all fails loudly.
 */
export const defaultHolidays: readonly string[] = [
  // 2025
  '2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04',
  '2025-04-04', '2025-04-05', '2025-04-06', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05',
  '2025-05-31', '2025-06-01', '2025-06-02', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05',
  '2025-10-06', '2025-10-07', '2025-10-08',
  // 2026
  '2026-01-01', '2026-01-02', '2026-01-03', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19',
  '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23', '2026-04-04', '2026-04-05', '2026-04-06', '2026-05-01',
  '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05', '2026-06-19', '2026-06-20', '2026-06-21', '2026-09-25',
  '2026-09-26', '2026-09-27', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06',
  '2026-10-07',
];
export const defaultMakeUpWorkdays: readonly string[] = [
  '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11',
  '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
];
/**
 * 2027, provisional: the 13 statutory days off of the 《全国年节及纪念日放假办法》 (as revised 2024-11-10) — 元旦
 * 1-01; 春节 除夕 to 正月初三 (2-05 … 2-08); 清明 4-05; 劳动节 5-01, 5-02; 端午 6-09; 中秋 9-15; 国庆 10-01 … 10-03 — without
 * the 调休 of the State Council's notice, which was not published when this was written. Replace it (TIP_CALENDAR_FILE,
 * or here) when the notice appears; until then the SLA is marked 暂按法定节假日推算 wherever it is shown.
 */
export const provisionalHolidays2027: readonly string[] = [
  '2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-04-05', '2027-05-01', '2027-05-02',
  '2027-06-09', '2027-09-15', '2027-10-01', '2027-10-02', '2027-10-03',
];
export const defaultProvisionalYears: readonly number[] = [2027];
export const defaultWorkCalendar: WorkCalendar = workCalendar([...defaultHolidays, ...provisionalHolidays2027], defaultMakeUpWorkdays, undefined, defaultProvisionalYears);

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const toTime = (date: string): number => {
  if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw new RangeError(`invalid date ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
};
const fromTime = (time: number): string => new Date(time).toISOString().slice(0, 10);

export function isWorkingDay(date: string, calendar: WorkCalendar = defaultWorkCalendar): boolean {
  const year = Number(date.slice(0, 4));
  if (!calendar.years.has(year)) throw calendarMissing(year);
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = new Date(toTime(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date N working days after `start` (the day of receipt does not count, 次日起算). N = 0 gives start.
 */
export function addWorkingDays(start: string, days: number, calendar: WorkCalendar = defaultWorkCalendar): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a non-negative integer, got ${days}`);
  let time = toTime(start);
  let left = days;
  while (left > 0) {
    time += DAY_MS;
    if (isWorkingDay(fromTime(time), calendar)) left -= 1;
  }
  return fromTime(time);
}

/** Working days in (from, to]: how many working days of the period have started by `to`. Negative when to < from. */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar = defaultWorkCalendar): number {
  const a = toTime(from);
  const b = toTime(to);
  const sign = b >= a ? 1 : -1;
  let count = 0;
  for (let t = Math.min(a, b) + DAY_MS; t <= Math.max(a, b); t += DAY_MS) if (isWorkingDay(fromTime(t), calendar)) count += 1;
  return sign * count;
}
