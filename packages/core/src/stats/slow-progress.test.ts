import { describe, expect, it } from 'vitest';
import { ageingBucket, ageingBucketRange, ageingBuckets } from './definitions.ts';
import { consecutiveMonths, crossedThresholds, suggestEscalation, type EscalationKind, type SlowProgressMetric } from './slow-progress.ts';

describe('ageingBucketRange agrees with ageingBucket', () => {
  it.each([1, 2, 30, 31, 89, 90, 91, 365])('%d days', (days) => {
    const bucket = ageingBuckets.find((b) => {
      const { min, max } = ageingBucketRange(b);
      return days >= min && (max === null || days <= max);
    });
    expect(bucket).toBe(ageingBucket(days));
  });
});

describe('crossedThresholds', () => {
  const thresholds = { overdueShare: 0.2, longStanding: 2 };
  it.each<[number | null, number, SlowProgressMetric[]]>([
    [null, 0, []],
    [null, 2, ['longStanding']],
    [0.19, 1, []],
    [0.2, 1, ['overdueShare']],
    [0.5, 3, ['overdueShare', 'longStanding']],
  ])('share %s, long-standing %d → %j', (overdueShare, longStanding, expected) => {
    expect(crossedThresholds({ overdueShare, longStanding }, thresholds)).toEqual(expected);
  });
});

describe('consecutiveMonths', () => {
  it.each<[boolean[], number]>([
    [[], 0],
    [[false, true, true], 0],
    [[true], 1],
    [[true, true, false, true], 2],
    [[true, true, true, true, true], 5],
  ])('%j → %d', (history, expected) => expect(consecutiveMonths(history)).toBe(expected));
});

describe('suggestEscalation: 函告 → 通报 → 约谈 → 曝光', () => {
  it.each<[number, EscalationKind[], EscalationKind | null]>([
    [0, [], null],
    [0, ['exposure'], null],
    [1, [], 'letter'],
    [2, [], 'circular'],
    [3, [], 'interview'],
    [4, [], 'exposure'],
    [9, [], 'exposure'],
    // Already recorded during the streak: one step above the strongest one.
    [1, ['letter'], 'circular'],
    [1, ['interview', 'letter'], 'exposure'],
    [2, ['letter'], 'circular'],
    [3, ['letter'], 'interview'],
    [2, ['exposure'], 'exposure'],
  ])('%d month(s), recorded %j → %s', (months, recorded, expected) => {
    expect(suggestEscalation(months, recorded)).toBe(expected);
  });
});
