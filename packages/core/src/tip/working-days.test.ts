import { describe, expect, it } from 'vitest';
import { addWorkingDays, provisionalYears, defaultHolidays, defaultMakeUpWorkdays, defaultWorkCalendar, isWorkingDay, uncoveredYears, workCalendar, workingDaysBetween } from './working-days.ts';

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-23', true, 'Monday'],
    ['2026-11-27', true, 'Friday'],
    ['2026-11-28', false, 'Saturday'],
    ['2026-11-29', false, 'Sunday'],
    ['2026-10-05', false, '国庆 on a Monday'],
    ['2026-10-10', true, '调休 Saturday'],
    ['2026-02-14', true, '春节调休 Saturday'],
    ['2026-02-18', false, '春节 Wednesday'],
    ['2025-09-28', true, '调休 Sunday'],
  ])('%s → %s (%s)', (date, expected) => expect(isWorkingDay(date)).toBe(expected));
});

describe('addWorkingDays (the day of receipt does not count)', () => {
  it.each([
    ['2026-11-23', 0, '2026-11-23', 'zero days'],
    ['2026-11-23', 5, '2026-11-30', 'Mon + 5 → next Mon'],
    ['2026-11-27', 1, '2026-11-30', 'Fri + 1 skips the weekend'],
    ['2026-11-28', 1, '2026-11-30', 'received on Saturday'],
    ['2026-09-30', 1, '2026-10-08', 'over 国庆 (10-01..07 off)'],
    ['2026-10-09', 1, '2026-10-10', 'make-up Saturday counts'],
    ['2026-02-13', 1, '2026-02-14', 'make-up Saturday before 春节'],
    ['2026-02-14', 1, '2026-02-24', 'over 春节'],
  ])('%s + %i → %s (%s)', (start, days, expected) => expect(addWorkingDays(start, days)).toBe(expected));

  it('uses a configured calendar', () => {
    const calendar = workCalendar(['2030-01-07'], ['2030-01-05']);
    expect(addWorkingDays('2030-01-04', 1, calendar)).toBe('2030-01-05');
    expect(addWorkingDays('2030-01-05', 1, calendar)).toBe('2030-01-08');
  });

  it('rejects negative and fractional days and bad dates', () => {
    expect(() => addWorkingDays('2026-11-23', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-23', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-13-40', 1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-11-23', '2026-11-23', 0],
    ['2026-11-23', '2026-11-30', 5],
    ['2026-11-30', '2026-11-23', -5],
    ['2026-09-30', '2026-10-08', 1],
  ])('(%s, %s] → %i', (from, to, expected) => expect(workingDaysBetween(from, to, defaultWorkCalendar)).toBe(expected));
  it('agrees with addWorkingDays', () => {
    for (let n = 0; n < 40; n++) expect(workingDaysBetween('2026-09-25', addWorkingDays('2026-09-25', n))).toBe(n);
  });
});

describe('a year without a calendar fails loudly', () => {
  it('throws naming the year instead of treating its holidays as working days', () => {
    expect(() => isWorkingDay('2028-02-08')).toThrow(/缺少 2028 年的节假日安排/);
    expect(() => addWorkingDays('2027-12-30', 5)).toThrow(/2028/);
    expect(uncoveredYears(defaultWorkCalendar, [2025, 2026, 2027, 2028])).toEqual([2028]);
    // 2027 is held provisionally: the statutory days off, flagged, so a tip received at the end of 2026 still gets its SLA.
    expect(provisionalYears(defaultWorkCalendar, [2026, 2027])).toEqual([2027]);
    expect(isWorkingDay('2027-02-08')).toBe(false);
    expect(addWorkingDays('2026-12-30', 2)).toBe('2027-01-04');
    const with2027 = workCalendar([...defaultHolidays, '2027-01-01'], defaultMakeUpWorkdays);
    expect(addWorkingDays('2026-12-30', 1, with2027)).toBe('2026-12-31');
  });
});
