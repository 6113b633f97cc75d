import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultExpertSettings,
  expertLevelOf,
  explainAssignmentDenied,
  maskIdNumber,
  orderCandidates,
  qualificationState,
  serviceVisitsDue,
  shouldSuspendAfterRatings,
  worstQualificationState,
  type AssignmentFacts,
} from './experts.ts';

const ok: AssignmentFacts = { name: '张工', status: 'active', conflicted: false, recentVisits: 0 };

describe('qualificationState', () => {
  it.each<[string | null, 'valid' | 'expiring' | 'expired']>([
    [null, 'valid'],
    ['2026-12-04', 'expired'],
    ['2026-12-05', 'expiring'],
    ['2027-02-03', 'expiring'],
    ['2027-02-04', 'valid'],
  ])('expires on %s → %s (today 2026-12-05, 60 days)', (expiresOn, state) => {
    expect(qualificationState(expiresOn, '2026-12-05')).toBe(state);
  });

  it('reports the worst of several', () => {
    expect(worstQualificationState([{ name: 'a', number: '1', expiresOn: '2030-01-01' }, { name: 'b', number: '2', expiresOn: '2026-01-01' }], '2026-12-05')).toBe('expired');
    expect(worstQualificationState([], '2026-12-05')).toBe('valid');
  });
});

describe('explainAssignmentDenied', () => {
  it.each<[string, Partial<AssignmentFacts>, string | null]>([
    ['an active expert without conflict', {}, null],
    ['a suspended expert', { status: 'suspended' }, '已暂停'],
    ['a withdrawn expert', { status: 'withdrawn' }, '已退出'],
    ['a conflict', { conflicted: true }, '须回避'],
    ['one visit below the rotation limit', { recentVisits: 1 }, null],
    ['at the rotation limit', { recentVisits: 2 }, '达到轮换上限2次'],
  ])('%s', (_, facts, reason) => {
    const result = explainAssignmentDenied({ ...ok, ...facts });
    if (reason === null) expect(result).toBeNull();
    else expect(result).toContain(reason);
  });

  it('orders only assignable candidates, fewest visits first', () => {
    const facts = fc.array(
      fc.record({ id: fc.uuid(), name: fc.string(), status: fc.constantFrom('active', 'suspended', 'withdrawn'), conflicted: fc.boolean(), recentVisits: fc.nat(4), visitsThisYear: fc.nat(20) }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(facts, (candidates) => {
        const ordered = orderCandidates(candidates);
        expect(ordered.length).toBe(candidates.filter((c) => explainAssignmentDenied(c) === null).length);
        for (let k = 1; k < ordered.length; k++) {
          const [a, b] = [ordered[k - 1]!, ordered[k]!];
          expect(a.recentVisits < b.recentVisits || (a.recentVisits === b.recentVisits && a.visitsThisYear <= b.visitsThisYear)).toBe(true);
        }
      }),
    );
  });
});

describe('shouldSuspendAfterRatings', () => {
  it.each<[number[], boolean]>([
    [[1, 2, 2], true],
    [[1, 2, 3], false],
    [[1, 1], false],
    [[2, 2, 2, 5], true],
    [[5, 1, 1, 1], false],
  ])('%j → %s', (scores, suspend) => {
    expect(shouldSuspendAfterRatings(scores)).toBe(suspend);
  });

  it('suspends exactly when the newest N scores are all at or below the low score', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 8 }), (scores) => {
        const n = defaultExpertSettings.suspendAfterLowRatings;
        const expected = scores.length >= n && scores.slice(0, n).every((s) => s <= defaultExpertSettings.lowScore);
        expect(shouldSuspendAfterRatings(scores)).toBe(expected);
      }),
    );
  });
});

describe('levels, plan and masking', () => {
  it('takes the library level from the owner region', () => {
    expect(expertLevelOf('340000000000')).toBe('province');
    expect(expertLevelOf('341600000000')).toBe('city');
    expect(expertLevelOf('341621000000')).toBe('county');
    expect(expertLevelOf('341621100000')).toBeNull();
  });

  it('counts the service visits still due by class', () => {
    expect(serviceVisitsDue('A', 0)).toBe(2);
    expect(serviceVisitsDue('A', 3)).toBe(0);
    expect(serviceVisitsDue('C', 0)).toBe(0);
  });

  it('masks the birth date and sequence, keeping the region and the last four', () => {
    expect(maskIdNumber('341621199001011234')).toBe('341621********1234');
    expect(maskIdNumber('123')).toBe('***');
  });
});
