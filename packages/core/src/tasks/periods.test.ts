import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cadences,
  dueDate,
  dueRuleLabel,
  explainDueRuleError,
  filingState,
  filingWindow,
  onTimeRate,
  periodBounds,
  periodCadence,
  periodLabel,
  periodOf,
  periodsBetween,
  shiftPeriod,
  timeliness,
  type Cadence,
  type DueRule,
  type Timeliness,
} from './periods.ts';
import { addDays } from '../dates.ts';

const dateArb = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const cadenceArb = fc.constantFrom(...cadences);
const ruleArb: fc.Arbitrary<DueRule> = fc.oneof(
  fc.integer({ min: 1, max: 31 }).map((day) => ({ kind: 'day_of_last_month' as const, day })),
  fc.constant({ kind: 'last_week' as const }),
  fc.constant({ kind: 'period_end' as const }),
  fc.integer({ min: 0, max: 40 }).map((days) => ({ kind: 'days_after_end' as const, days })),
);

describe('periods', () => {
  it.each<[Cadence, string, string, string, string]>([
    ['monthly', '2025-02-14', '2025-02', '2025-02-01', '2025-02-28'],
    ['monthly', '2024-02-29', '2024-02', '2024-02-01', '2024-02-29'],
    ['quarterly', '2025-05-31', '2025-Q2', '2025-04-01', '2025-06-30'],
    ['quarterly', '2025-12-31', '2025-Q4', '2025-10-01', '2025-12-31'],
    ['half_yearly', '2025-07-01', '2025-H2', '2025-07-01', '2025-12-31'],
    ['half_yearly', '2025-06-30', '2025-H1', '2025-01-01', '2025-06-30'],
    ['annual', '2026-03-09', '2026', '2026-01-01', '2026-12-31'],
  ])('%s period of %s is %s [%s, %s]', (cadence, date, key, start, end) => {
    expect(periodOf(cadence, date)).toBe(key);
    expect(periodBounds(key)).toEqual({ start, end });
    expect(periodCadence(key)).toBe(cadence);
  });

  it.each([
    ['2025-03', '2025年3月'],
    ['2025-Q1', '2025年第一季度'],
    ['2025-Q4', '2025年第四季度'],
    ['2025-H1', '2025年上半年'],
    ['2025-H2', '2025年下半年'],
    ['2025', '2025年度'],
  ])('label of %s is %s', (key, label) => expect(periodLabel(key)).toBe(label));

  it.each(['2025-13', '2025-Q5', '2025-H3', '25', 'abc'])('%s is not a period', (key) => {
    expect(periodCadence(key)).toBeNull();
    expect(() => periodBounds(key)).toThrow();
  });

  it('a date lies within the bounds of its period, and consecutive periods tile the calendar', () => {
    fc.assert(
      fc.property(cadenceArb, dateArb, (cadence, date) => {
        const key = periodOf(cadence, date);
        const { start, end } = periodBounds(key);
        expect(start <= date && date <= end).toBe(true);
        expect(periodBounds(shiftPeriod(key, 1)).start).toBe(addDays(end, 1));
        expect(shiftPeriod(shiftPeriod(key, 5), -5)).toBe(key);
      }),
    );
  });

  it('periodsBetween lists every period overlapping the range once, in order', () => {
    fc.assert(
      fc.property(cadenceArb, dateArb, dateArb, (cadence, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const keys = periodsBetween(cadence, from, to);
        expect(keys[0]).toBe(periodOf(cadence, from));
        expect(keys[keys.length - 1]).toBe(periodOf(cadence, to));
        for (let i = 1; i < keys.length; i++) expect(keys[i]).toBe(shiftPeriod(keys[i - 1] ?? '', 1));
      }),
    );
    expect(periodsBetween('monthly', '2025-03-01', '2025-01-01')).toEqual([]);
  });
});

describe('due rules', () => {
  it.each<[DueRule, string, string]>([
    // 长宁 「每月28日前」
    [{ kind: 'day_of_last_month', day: 28 }, '2025-02', '2025-02-28'],
    [{ kind: 'day_of_last_month', day: 28 }, '2025-Q1', '2025-03-28'],
    // a day the month lacks falls on its last day
    [{ kind: 'day_of_last_month', day: 31 }, '2025-04', '2025-04-30'],
    [{ kind: 'day_of_last_month', day: 30 }, '2024-02', '2024-02-29'],
    // 000 「每季度的最后一周」 and 「每年12月底之前」
    [{ kind: 'last_week' }, '2025-Q3', '2025-09-30'],
    [{ kind: 'period_end' }, '2025', '2025-12-31'],
    // 000 「每月1日起…完成专线上报」: the first days of the next month
    [{ kind: 'days_after_end', days: 5 }, '2025-12', '2026-01-05'],
    [{ kind: 'days_after_end', days: 0 }, '2025-H1', '2025-06-30'],
  ])('%j for %s is due %s', (rule, key, due) => expect(dueDate(rule, key)).toBe(due));

  it('a due date is never before the period starts nor inside an earlier period', () => {
    fc.assert(
      fc.property(cadenceArb, dateArb, ruleArb, (cadence, date, rule) => {
        const key = periodOf(cadence, date);
        expect(dueDate(rule, key) >= periodBounds(key).start).toBe(true);
        // later periods are due later (or the same day for days_after_end across short months — never earlier)
        expect(dueDate(rule, shiftPeriod(key, 1)) >= dueDate(rule, key)).toBe(true);
      }),
    );
  });

  it.each<[Cadence, DueRule, string]>([
    ['monthly', { kind: 'day_of_last_month', day: 28 }, '每月28日前'],
    ['quarterly', { kind: 'last_week' }, '每季度最后一周'],
    ['annual', { kind: 'period_end' }, '每年12月底前'],
    ['monthly', { kind: 'days_after_end', days: 5 }, '每月结束后5日内'],
  ])('%s %j reads %s', (cadence, rule, label) => expect(dueRuleLabel(cadence, rule)).toBe(label));

  it.each<[DueRule, boolean]>([
    [{ kind: 'day_of_last_month', day: 0 }, false],
    [{ kind: 'day_of_last_month', day: 32 }, false],
    [{ kind: 'day_of_last_month', day: 2.5 }, false],
    [{ kind: 'day_of_last_month', day: 28 }, true],
    [{ kind: 'days_after_end', days: -1 }, false],
    [{ kind: 'days_after_end', days: 91 }, false],
    [{ kind: 'period_end' }, true],
  ])('%j valid: %s', (rule, ok) => expect(explainDueRuleError('monthly', rule) === null).toBe(ok));
});

describe('filing window and timeliness', () => {
  const rule: DueRule = { kind: 'day_of_last_month', day: 28 };
  it('opens with the period, is due on the rule, closes after the grace days', () => {
    const window = filingWindow(rule, '2025-03', 10);
    expect(window).toEqual({ opens: '2025-03-01', due: '2025-03-28', closes: '2025-04-07' });
    expect(filingState(window, '2025-02-28')).toBe('not_started');
    expect(filingState(window, '2025-03-01')).toBe('open');
    expect(filingState(window, '2025-04-07')).toBe('open');
    expect(filingState(window, '2025-04-08')).toBe('closed');
  });

  it.each<[string | null, string, Timeliness]>([
    ['2025-03-20', '2025-04-30', 'on_time'],
    ['2025-03-28', '2025-03-28', 'on_time'],
    ['2025-03-29', '2025-04-30', 'late'],
    [null, '2025-03-28', 'pending'],
    [null, '2025-03-29', 'missing'],
    // filed after "today" (a view of the past): not yet filed then
    ['2025-04-02', '2025-03-30', 'missing'],
  ])('filed %s, seen on %s: %s', (filed, today, expected) => expect(timeliness('2025-03-28', filed, today)).toBe(expected));

  it('the on-time rate counts late and missing returns against it', () => {
    expect(onTimeRate({ onTime: 3, late: 1, missing: 0 })).toBe(0.75);
    expect(onTimeRate({ onTime: 0, late: 0, missing: 0 })).toBeNull();
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(50), (onTime, late, missing) => {
        const r = onTimeRate({ onTime, late, missing });
        if (onTime + late + missing === 0) expect(r).toBeNull();
        else expect(r).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
