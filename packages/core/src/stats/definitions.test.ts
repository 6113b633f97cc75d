import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ageingBucket,
  burnDownTarget,
  isLongStanding,
  lastMonths,
  median,
  monthEndsUntil,
  overdueDays,
  p90,
  previousMonthEnd,
  quantile,
  rankWithChange,
  rankWithinGroups,
  rankWithTies,
  rate,
  yearOnYear,
  type AgeingBucket,
} from './definitions.ts';

describe('rate', () => {
  it.each<[number, number, number | null]>([
    [0, 0, null],
    [3, 0, null],
    [0, 4, 0],
    [1, 4, 0.25],
    [4, 4, 1],
  ])('%d / %d → %s', (n, d, expected) => expect(rate(n, d)).toBe(expected));
});

describe('ageing buckets and long-standing', () => {
  it.each<[number, AgeingBucket | null, boolean]>([
    [-5, null, false],
    [0, null, false],
    [1, 'd1_30', false],
    [30, 'd1_30', false],
    [31, 'd31_90', false],
    [90, 'd31_90', false],
    [91, 'over90', true],
    [400, 'over90', true],
  ])('%d days overdue → %s, long-standing %s', (days, bucket, long) => {
    expect(ageingBucket(days)).toBe(bucket);
    expect(isLongStanding(days)).toBe(long);
  });
  it('counts calendar days from the deadline to D', () => {
    expect(overdueDays('2026-05-31', '2026-06-01')).toBe(1);
    expect(overdueDays('2026-06-01', '2026-06-01')).toBe(0);
    expect(overdueDays('2024-02-28', '2024-03-01')).toBe(2); // leap year
  });
});

describe('median and p90 (percentile_cont)', () => {
  it.each<[number[], number | null, number | null]>([
    [[], null, null],
    [[7], 7, 7],
    [[1, 2], 1.5, 1.9],
    [[10, 1, 5], 5, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5.5, 9.1],
  ])('%j → median %s, p90 %s', (values, m, p) => {
    expect(median(values)).toBe(m);
    if (p === null) expect(p90(values)).toBeNull();
    else expect(p90(values)).toBeCloseTo(p, 10);
  });
  it('quantile 0 and 1 are min and max', () => {
    expect(quantile([3, 9, 4], 0)).toBe(3);
    expect(quantile([3, 9, 4], 1)).toBe(9);
  });
});

describe('year on year', () => {
  it.each<[number, number, number, number | null]>([
    [120, 100, 20, 0.2],
    [80, 100, -20, -0.2],
    [5, 0, 5, null],
    [0, 0, 0, null],
  ])('%d vs %d', (current, previous, delta, ratio) => {
    expect(yearOnYear(current, previous)).toEqual({ current, previous, delta, ratio });
  });
});

describe('ranking with ties and change since last month', () => {
  it.each<[(number | null)[], 'higher_better' | 'lower_better', (number | null)[]]>([
    [[0.9, 0.5, 0.9, 0.7], 'higher_better', [1, 4, 1, 3]],
    [[0.9, 0.5, 0.9, 0.7], 'lower_better', [3, 1, 3, 2]],
    [[null, 2, 2, 1], 'lower_better', [null, 2, 2, 1]],
    [[], 'higher_better', []],
  ])('%j %s → %j', (values, direction, ranks) => expect(rankWithTies(values, direction)).toEqual(ranks));

  it('reports value and rank deltas against last month; new entries have null deltas', () => {
    const ranked = rankWithChange(
      [
        { key: 'a', value: 0.8 },
        { key: 'b', value: 0.6 },
        { key: 'c', value: 0.9 },
      ],
      [
        { key: 'a', value: 0.5 },
        { key: 'b', value: 0.7 },
      ],
      'higher_better',
    );
    expect(ranked).toEqual([
      { key: 'a', value: 0.8, rank: 2, previousValue: 0.5, previousRank: 2, valueDelta: expect.closeTo(0.3, 10), rankDelta: 0 },
      { key: 'b', value: 0.6, rank: 3, previousValue: 0.7, previousRank: 1, valueDelta: expect.closeTo(-0.1, 10), rankDelta: -2 },
      { key: 'c', value: 0.9, rank: 1, previousValue: null, previousRank: null, valueDelta: null, rankDelta: null },
    ]);
  });
});

describe('ranking like with like, with a minimum sample', () => {
  const entries = [
    { key: 'county-a', value: 1, sample: 2, group: 'county' },
    { key: 'county-b', value: 0.8, sample: 40, group: 'county' },
    { key: 'county-c', value: 0.9, sample: 12, group: 'county' },
    { key: 'city', value: 0.85, sample: 52, group: 'city' },
  ];

  it.each<[number, (number | null)[]]>([
    [0, [1, 3, 2, 1]],
    [10, [null, 2, 1, 1]],
    [13, [null, 1, null, 1]],
    [100, [null, null, null, null]],
  ])('minimum sample %i → ranks %j (the city is ranked alone; small samples are listed, not ranked)', (minSample, ranks) => {
    const ranked = rankWithinGroups(entries, [], 'higher_better', minSample);
    expect(ranked.map((r) => r.rank)).toEqual(ranks);
    expect(ranked.map((r) => r.value)).toEqual(entries.map((e) => e.value));
  });

  it('an entry below the minimum takes no place and moves no one; its change since last month is not a rank change', () => {
    const ranked = rankWithChange(
      [{ key: 'a', value: 1, sample: 3 }, { key: 'b', value: 0.5, sample: 30 }],
      [{ key: 'a', value: 0.2, sample: 30 }, { key: 'b', value: 0.4, sample: 30 }],
      'higher_better',
      10,
    );
    expect(ranked).toEqual([
      { key: 'a', value: 1, rank: null, previousValue: 0.2, previousRank: 2, valueDelta: expect.closeTo(0.8, 10), rankDelta: null },
      { key: 'b', value: 0.5, rank: 1, previousValue: 0.4, previousRank: 1, valueDelta: expect.closeTo(0.1, 10), rankDelta: 0 },
    ]);
  });

  it('property: with no minimum and one group it is rankWithChange; raising the minimum never gives a rank to a smaller sample', () => {
    const entry = fc.record({ value: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), sample: fc.nat(50) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), fc.nat(60), (rows, minSample) => {
        const current = rows.map((r, i) => ({ key: `k${i}`, ...r, group: 'g' }));
        expect(rankWithinGroups(current, [], 'higher_better')).toEqual(rankWithChange(current, [], 'higher_better'));
        const ranked = rankWithinGroups(current, [], 'higher_better', minSample);
        ranked.forEach((r, i) => {
          if ((current[i]?.sample ?? 0) < minSample) expect(r.rank).toBeNull();
        });
      }),
    );
  });
});

describe('calendar helpers', () => {
  it.each<[string, string]>([
    ['2026-06-15', '2026-05-31'],
    ['2026-03-01', '2026-02-28'],
    ['2024-03-31', '2024-02-29'],
    ['2026-01-10', '2025-12-31'],
  ])('previous month end of %s is %s', (d, expected) => expect(previousMonthEnd(d)).toBe(expected));

  it('month ends until D end with D itself', () => {
    expect(monthEndsUntil('2024-01', '2024-03-15')).toEqual(['2024-01-31', '2024-02-29', '2024-03-15']);
    expect(monthEndsUntil('2024-01', '2024-02-29')).toEqual(['2024-01-31', '2024-02-29']);
    expect(monthEndsUntil('2024-01', '2023-12-31')).toEqual([]);
    expect(monthEndsUntil('2024-11', '2025-01-02')).toEqual(['2024-11-30', '2024-12-31', '2025-01-02']);
  });

  it('last n months end with the month of D', () => {
    expect(lastMonths('2026-02-10', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(lastMonths('2026-02-10', 24)).toHaveLength(24);
    expect(lastMonths('2026-02-10', 24)[0]).toBe('2024-03');
  });

  it('burn-down target falls linearly to 0 at 2024-12-31', () => {
    expect(burnDownTarget(366, '2023-12-31', '2023-12-31')).toBe(366);
    expect(burnDownTarget(366, '2023-12-31', '2024-07-01')).toBe(183);
    expect(burnDownTarget(366, '2023-12-31', '2024-12-31')).toBe(0);
    expect(burnDownTarget(366, '2023-12-31', '2026-01-31')).toBe(0);
  });
});
