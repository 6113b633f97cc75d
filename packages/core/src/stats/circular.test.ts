import { describe, expect, it } from 'vitest';
import { circularAsOf, circularTitle, formatDays, formatRankChange, formatRate, formatYearOnYear, MONTH_PATTERN, nextMonthStart } from './circular.ts';
import { monthEnd } from './definitions.ts';

describe('month boundaries', () => {
  it.each<[string, string, string]>([
    ['2026-10', '2026-10-31', '2026-11-01'],
    ['2026-02', '2026-02-28', '2026-03-01'],
    ['2024-02', '2024-02-29', '2024-03-01'],
    ['2026-12', '2026-12-31', '2027-01-01'],
  ])('%s ends %s, next starts %s', (month, end, next) => {
    expect(monthEnd(month)).toBe(end);
    expect(nextMonthStart(month)).toBe(next);
  });

  it.each<[string, string, string | null]>([
    ['2026-10', '2026-11-23', '2026-10-31'],
    ['2026-11', '2026-11-23', '2026-11-23'],
    ['2026-11', '2026-11-30', '2026-11-30'],
    ['2026-12', '2026-11-23', null],
    ['2023-12', '2026-11-23', '2023-12-31'],
  ])('circular of %s on %s is as of %s', (month, today, asOf) => expect(circularAsOf(month, today)).toBe(asOf));

  it.each([
    ['2026-10', true],
    ['2026-1', false],
    ['2026-13', false],
    ['2026-00', false],
    ['202610', false],
    ['2026-10-01', false],
  ])('%s matches the month pattern: %s', (value, ok) => expect(MONTH_PATTERN.test(value as string)).toBe(ok));
});

describe('number formats', () => {
  it.each<[number | null, string]>([
    [null, '—'],
    [0, '0.0%'],
    [1, '100.0%'],
    [2 / 3, '66.7%'],
  ])('rate %s → %s', (value, text) => expect(formatRate(value)).toBe(text));

  it.each<[number | null, string]>([
    [null, '—'],
    [12, '12'],
    [12.25, '12'],
    [36.2, '36'],
    [36.5, '37'],
  ])('days %s → %s', (value, text) => expect(formatDays(value)).toBe(text));

  it.each<[number | null, number | null, string]>([
    [null, null, '—'],
    [3, null, '新增'],
    [3, 0, '持平'],
    [1, 2, '↑2'],
    [4, -1, '↓1'],
  ])('rank %s change %s → %s', (rank, delta, text) => expect(formatRankChange(rank, delta)).toBe(text));

  it.each<[number, number | null, string]>([
    [0, 0, '持平'],
    [3, 0.5, '增加3项（+50.0%）'],
    [-2, -0.4, '减少2项（−40.0%）'],
    [3, null, '增加3项'],
  ])('year on year %d (%s) → %s', (delta, ratio, text) => expect(formatYearOnYear(delta, ratio)).toBe(text));

  it('title', () => expect(circularTitle('亳州市', '2026-10')).toBe('亳州市安全生产治本攻坚三年行动重大事故隐患动态清零工作情况通报（2026年10月）'));
});
