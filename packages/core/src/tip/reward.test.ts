import { describe, expect, it } from 'vitest';
import { computeReward, defaultRewardRules, explainRewardRulesError, type RewardFacts, type RewardRules } from './reward.ts';

const verified = (penaltyYuan: number | null, extra: Partial<RewardFacts> = {}): RewardFacts => ({
  verified: true,
  violationKind: 'major_hazard',
  penaltyYuan,
  firstReporter: true,
  ...extra,
});

describe('computeReward (《安全生产领域举报奖励办法》 defaults: 15%, min 3,000, max 300,000)', () => {
  const cases: [name: string, facts: RewardFacts, expected: number, eligible: boolean][] = [
    ['15% of the penalty', verified(100_000), 15_000, true],
    ['15% of an odd penalty rounds half up to whole yuan', verified(33_333), 5_000, true],
    ['illegal act earns the same share', verified(200_000, { violationKind: 'illegal_act' }), 30_000, true],
    ['floor: small penalty', verified(10_000), 3_000, true],
    ['floor: exactly at the floor', verified(20_000), 3_000, true],
    ['just above the floor', verified(20_007), 3_001, true],
    ['floor: no penalty imposed', verified(null), 3_000, true],
    ['floor: zero penalty', verified(0), 3_000, true],
    ['ceiling: exactly at the ceiling', verified(2_000_000), 300_000, true],
    ['ceiling: huge penalty', verified(50_000_000), 300_000, true],
    ['unverified earns nothing', verified(100_000, { verified: false }), 0, false],
    ['general hazard earns nothing', verified(100_000, { violationKind: 'general_hazard' }), 0, false],
    ['nothing found earns nothing', verified(100_000, { violationKind: 'none' }), 0, false],
    ['no finding recorded earns nothing', verified(100_000, { violationKind: null }), 0, false],
    ['only the first reporter of a matter', verified(100_000, { firstReporter: false }), 0, false],
  ];
  it.each(cases)('%s', (_name, facts, expected, eligible) => {
    const result = computeReward(facts);
    expect(result.amountYuan).toBe(expected);
    expect(result.eligible).toBe(eligible);
    expect(result.rule).toContain('15%');
  });

  it('uses configured rules', () => {
    const rules: RewardRules = { percent: 10, minYuan: 1_000, maxYuan: 50_000, eligibleKinds: ['major_hazard', 'illegal_act', 'general_hazard'] };
    expect(computeReward(verified(100_000), rules).amountYuan).toBe(10_000);
    expect(computeReward(verified(1_000), rules).amountYuan).toBe(1_000);
    expect(computeReward(verified(1_000_000), rules).amountYuan).toBe(50_000);
    expect(computeReward(verified(100_000, { violationKind: 'general_hazard' }), rules).amountYuan).toBe(10_000);
  });

  it.each([
    [{ ...defaultRewardRules, percent: 0 }, '奖励比例'],
    [{ ...defaultRewardRules, minYuan: -1 }, '最低奖励'],
    [{ ...defaultRewardRules, maxYuan: 100 }, '最高奖励'],
  ])('rejects invalid rules %#', (rules, message) => {
    expect(explainRewardRulesError(rules)).toContain(message);
  });
  it('accepts the defaults', () => expect(explainRewardRulesError(defaultRewardRules)).toBeNull());
});
