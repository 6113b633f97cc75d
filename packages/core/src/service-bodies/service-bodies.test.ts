import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { explainHazardDenied, type HazardFacts } from '../hazard/hazard-machine.ts';
import type { WorkflowActor } from '../workflow/actor.ts';
import {
  drawReviewSample,
  explainReviewResultError,
  explainStatusChangeError,
  flagOf,
  licenceState,
  previousQuarter,
  quarterOf,
  quarterRange,
  rankServiceBodies,
  reviewSampleSize,
  worstLicenceState,
} from './service-bodies.ts';

const seed = 'a1'.repeat(32);

describe('quarters', () => {
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-09-30', '2026-Q3'],
    ['2026-12-31', '2026-Q4'],
  ])('%s is in %s', (date, quarter) => expect(quarterOf(date)).toBe(quarter));

  it.each([
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
  ])('%s runs %s–%s', (quarter, from, to) => expect(quarterRange(quarter)).toEqual({ from, to }));

  it('every day of a quarter is in it, and the quarter before ends the day before', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (d) => {
        const date = d.toISOString().slice(0, 10);
        const q = quarterOf(date);
        const { from, to } = quarterRange(q);
        expect(from <= date && date <= to).toBe(true);
        expect(quarterRange(previousQuarter(q)).to < from).toBe(true);
      }),
    );
  });
});

describe('the 复核 sample', () => {
  it.each([
    [0, 10, 0],
    [1, 10, 1],
    [9, 10, 1],
    [10, 10, 1],
    [11, 10, 2],
    [20, 25, 5],
    [3, 100, 3],
  ])('%i reports at %i%% → %i drawn', (count, ratePercent, n) => expect(reviewSampleSize(count, ratePercent)).toBe(n));

  it('is reproducible, independent of input order, and a subset of the reports of the right size', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { maxLength: 40 }), fc.integer({ min: 1, max: 100 }), (ids, ratePercent) => {
        const a = drawReviewSample(seed, '2026-Q3', 'body', ids, ratePercent);
        const b = drawReviewSample(seed, '2026-Q3', 'body', [...ids].reverse(), ratePercent);
        expect(b).toEqual(a);
        expect(a.length).toBe(reviewSampleSize(ids.length, ratePercent));
        expect(a.every((id) => ids.includes(id))).toBe(true);
      }),
    );
  });

  it('depends on the seed and the quarter', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `r${i}`);
    const base = drawReviewSample(seed, '2026-Q3', 'b', ids, 10);
    expect(drawReviewSample('b2'.repeat(32), '2026-Q3', 'b', ids, 10)).not.toEqual(base);
    expect(drawReviewSample(seed, '2026-Q4', 'b', ids, 10)).not.toEqual(base);
  });

  it('refuses an empty or non-hex seed', () => {
    expect(() => drawReviewSample('', 'q', 'b', ['x'], 10)).toThrow();
    expect(() => drawReviewSample('zz', 'q', 'b', ['x'], 10)).toThrow();
  });
});

describe('failure rate, ranking and flag', () => {
  it('ranks lower failure rates first, lists bodies below the minimum sample without a rank, flags above 30 %', () => {
    const ranked = rankServiceBodies([
      { bodyId: 'a', sampled: 5, reviewed: 5, failed: 0 },
      { bodyId: 'b', sampled: 5, reviewed: 4, failed: 2 },
      { bodyId: 'c', sampled: 2, reviewed: 2, failed: 2 },
      { bodyId: 'd', sampled: 3, reviewed: 0, failed: 0 },
      { bodyId: 'e', sampled: 10, reviewed: 10, failed: 3 },
    ]);
    expect(ranked.map((r) => [r.bodyId, r.failureRate, r.rank, r.flagged])).toEqual([
      ['a', 0, 1, false],
      ['b', 0.5, 3, true],
      ['c', 1, null, false],
      ['d', null, null, false],
      ['e', 0.3, 2, false],
    ]);
    expect(ranked[1]?.flagReason).toBe('复核不合格率50%，超过30%（复核4份、不合格2份），建议通报曝光、移出名录');
  });

  it('flags exactly when the rate is above the threshold with enough reviewed', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), (a, b) => {
        const reviewed = Math.max(a, b);
        const failed = Math.min(a, b);
        const flagged = flagOf({ reviewed, failed }) !== null;
        expect(flagged).toBe(reviewed >= 3 && failed * 100 > 30 * reviewed);
      }),
    );
  });
});

describe('licence expiry', () => {
  it.each([
    ['2026-11-30', 'expired'],
    ['2026-12-01', 'expiring'],
    ['2026-12-31', 'expiring'],
    ['2027-01-01', 'valid'],
  ] as const)('%s on 2026-12-01 is %s', (expiresOn, state) => expect(licenceState(expiresOn, '2026-12-01')).toBe(state));

  it('a body takes its worst licence', () => {
    expect(worstLicenceState([], '2026-12-01')).toBe('valid');
    expect(worstLicenceState(['2028-01-01', '2026-12-10'], '2026-12-01')).toBe('expiring');
    expect(worstLicenceState(['2026-12-10', '2020-01-01', '2028-01-01'], '2026-12-01')).toBe('expired');
  });
});

describe('forms', () => {
  it('a 不合格 needs a defect; suspending or removing needs a reason', () => {
    expect(explainReviewResultError('pass', [])).toBeNull();
    expect(explainReviewResultError('fail', [' '])).toBe('复核结论为「不合格」时须至少填写一项问题');
    expect(explainReviewResultError('fail', ['结论依据不足'])).toBeNull();
    expect(explainStatusChangeError('listed', null)).toBeNull();
    expect(explainStatusChangeError('removed', '')).toBe('将机构设为「移出」须填写原因');
    expect(explainStatusChangeError('suspended', '资质过期')).toBeNull();
  });
});

describe('purchased inspections (第三方检查)', () => {
  const facts: HazardFacts = {
    status: 'pending_confirmation',
    level: 'major',
    enterpriseId: 'e1',
    regionCode: '341621100000',
    sector: 'hazchem',
    foundByOrgId: 'committee',
    foundByEnterprise: false,
    listing: null,
    planComplete: false,
    pendingExtension: false,
    deadline: '2026-12-31',
    version: 1,
  };
  const thirdParty: WorkflowActor = { userId: 'u', roles: ['expert'], orgId: 'committee', orgKind: 'committee', orgRegionCode: '341600000000', orgSectors: [], enterpriseId: null };
  const regulator: WorkflowActor = { userId: 'r', roles: ['regulator_officer'], orgId: 'yjj', orgKind: 'regulator', orgRegionCode: '341621000000', orgSectors: ['hazchem'], enterpriseId: null };

  it('only the sector regulator confirms a major hazard, never the third-party member who found it', () => {
    expect(explainHazardDenied(facts, thirdParty, 'confirm')).toBe('仅负责该行业领域的监管部门可以认定');
    expect(explainHazardDenied(facts, regulator, 'confirm')).toBeNull();
  });
});
