import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSampleSeed, drawCheckSample, explainCheckResultError, explainPeriodError, periodsOverlap, policyCovering, termState } from './oversight.ts';
import { checkFlagOf, defaultServiceBodySettings, rankServiceBodies } from './service-bodies.ts';

describe('failed checks flag a body (table)', () => {
  const cases: [failedChecks: number, threshold: number, flagged: boolean][] = [
    [0, 2, false],
    [1, 2, false],
    [2, 2, true],
    [5, 2, true],
    [2, 3, false],
    [1, 1, true],
  ];
  it.each(cases)('%i failed with threshold %i → flagged %s', (failed, threshold, flagged) => {
    const settings = { ...defaultServiceBodySettings, flagFailedChecks: threshold };
    expect(checkFlagOf(failed, settings) !== null).toBe(flagged);
    const [ranked] = rankServiceBodies([{ bodyId: 'b', sampled: 0, reviewed: 0, failed: 0, failedChecks: failed }], settings);
    expect(ranked?.flagged).toBe(flagged);
  });
  it('defaults to 2 and joins both reasons', () => {
    expect(defaultServiceBodySettings.flagFailedChecks).toBe(2);
    const [ranked] = rankServiceBodies([{ bodyId: 'b', sampled: 4, reviewed: 4, failed: 4, failedChecks: 2 }]);
    expect(ranked?.flagReason).toContain('复核不合格率');
    expect(ranked?.flagReason).toContain('监督检查不合格2次');
  });
});

describe('periods and checks', () => {
  it.each([
    ['2026-01-01', '2026-12-31', null],
    ['2026-01-01', '2026-01-01', null],
    ['2026-02-01', '2026-01-31', '「保险期止」不能早于「保险期起」'],
  ])('%s..%s', (from, to, reason) => expect(explainPeriodError(from, to, { from: '保险期起', to: '保险期止' })).toBe(reason));

  it('overlap is symmetric and means a shared day', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
    const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
    fc.assert(
      fc.property(period, period, day, (a, b, d) => {
        expect(periodsOverlap(a, b)).toBe(periodsOverlap(b, a));
        if (policyCovering([a], d) && policyCovering([b], d)) expect(periodsOverlap(a, b)).toBe(true);
      }),
    );
    expect(periodsOverlap({ from: '2025-01-01', to: '2025-12-31' }, { from: '2026-01-01', to: '2026-12-31' })).toBe(false);
  });

  it.each([
    ['pass', [], null],
    ['fail', [], '检查结论为「不合格」时须至少填写一项问题'],
    ['fail', ['  '], '检查结论为「不合格」时须至少填写一项问题'],
    ['fail', ['未按规定保持专职人员'], null],
  ] as const)('%s with %j', (result, findings, reason) => expect(explainCheckResultError(result, findings)).toBe(reason));

  it.each([
    ['active', '2026-12-31', '2026-12-05', 'active'],
    ['active', '2026-12-04', '2026-12-05', 'expired'],
    ['ended', '2027-12-31', '2026-12-05', 'ended'],
  ] as const)('term %s to %s on %s is %s', (status, to, today, state) => expect(termState(status, to, today)).toBe(state));
});

describe('check sample', () => {
  const seed = checkSampleSeed('org-1', '2026-Q4');
  it('is reproducible, order-free, 30 % rounded up and at least one', () => {
    expect(checkSampleSeed('org-1', '2026-Q4')).toBe(seed);
    expect(checkSampleSeed('org-2', '2026-Q4')).not.toBe(seed);
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 30 }), (ids) => {
        const a = drawCheckSample(seed, '2026-Q4', ids, 30);
        expect(drawCheckSample(seed, '2026-Q4', [...ids].reverse(), 30)).toEqual(a);
        expect(a.length).toBe(Math.max(1, Math.ceil((ids.length * 30) / 100)));
        for (const id of a) expect(ids).toContain(id);
      }),
      { numRuns: 50 },
    );
    expect(drawCheckSample(seed, '2026-Q4', [], 30)).toEqual([]);
  });
});
