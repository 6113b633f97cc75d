// Working-day arithmetic for acceptance deadlines (受理时限): Monday–Friday, minus public holidays, plus the
// make-up working days (调休上班) the State Council announces each year. Dates are yyyy-mm-dd (China time).

/** `years`: the years whose State Council arrangement the calendar holds; a day of any other year is unknown. */
export type WorkCalendar = { holidays: ReadonlySet<string>; workdays: ReadonlySet<string>; years: ReadonlySet<number> };

/** Years default to those the holidays fall in (every year has New Year's Day, so a notice always lists one). */
export function workCalendar(holidays: readonly string[], workdays: readonly string[], years?: readonly number[]): WorkCalendar {
  return { holidays: new Set(holidays), workdays: new Set(workdays), years: new Set(years ?? holidays.map((d) => Number(d.slice(0, 4)))) };
}

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
 * deployments add it with TIP_CALENDAR_FILE when it is published (a 2027 day fails loudly until then).
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
export const defaultWorkCalendar: WorkCalendar = workCalendar(defaultHolidays, defaultMakeUpWorkdays);

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
