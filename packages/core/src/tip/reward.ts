// Reward for a verified tip under 《安全生产领域举报奖励办法》(应急〔2018〕19号): for a verified major accident hazard
// or illegal act, a share of the administrative penalty, with a floor and a ceiling. Amounts are configurable
// because provinces set their own; only the first valid reporter of a matter is rewarded.
import type { TipViolationKind } from './tip-vocabulary.ts';

export type RewardRules = {
  /** Percent of the penalty, e.g. 15. */
  percent: number;
  minYuan: number;
  maxYuan: number;
  /** Findings that earn a reward at all. */
  eligibleKinds: readonly TipViolationKind[];
};

export const defaultRewardRules: RewardRules = { percent: 15, minYuan: 3_000, maxYuan: 300_000, eligibleKinds: ['major_hazard', 'illegal_act'] };

export type RewardFacts = {
  verified: boolean;
  violationKind: TipViolationKind | null;
  /** Administrative penalty in yuan; null when none was imposed (the floor still applies). */
  penaltyYuan: number | null;
  /** Not a repeat of an earlier matter, and no earlier reporter of the same matter was verified. */
  firstReporter: boolean;
};

export type RewardResult = { eligible: true; amountYuan: number; rule: string } | { eligible: false; amountYuan: 0; rule: string };

export function describeRewardRules(rules: RewardRules): string {
  return `查实重大事故隐患或违法行为，按行政处罚金额的${rules.percent}%计发，最低${rules.minYuan.toLocaleString('en-US')}元，最高${rules.maxYuan.toLocaleString('en-US')}元；仅奖励最先举报人`;
}

export function explainRewardRulesError(rules: RewardRules): string | null {
  if (!(rules.percent > 0 && rules.percent <= 100)) return '奖励比例须在 0–100% 之间';
  if (!(Number.isInteger(rules.minYuan) && rules.minYuan >= 0)) return '最低奖励须为非负整数（元）';
  if (!(Number.isInteger(rules.maxYuan) && rules.maxYuan >= rules.minYuan)) return '最高奖励须为整数且不低于最低奖励';
  return null;
}

export function computeReward(facts: RewardFacts, rules: RewardRules = defaultRewardRules): RewardResult {
  const rule = describeRewardRules(rules);
  if (!facts.verified) return { eligible: false, amountYuan: 0, rule: `未查实，不予奖励。${rule}` };
  if (facts.violationKind === null || !rules.eligibleKinds.includes(facts.violationKind)) {
    return { eligible: false, amountYuan: 0, rule: `查实的问题不属于重大事故隐患或违法行为，不予奖励。${rule}` };
  }
  if (!facts.firstReporter) return { eligible: false, amountYuan: 0, rule: `同一事项仅奖励最先举报人。${rule}` };
  const penalty = facts.penaltyYuan !== null && facts.penaltyYuan > 0 ? facts.penaltyYuan : 0;
  // Percent of whole yuan, rounded half up to whole yuan; integer arithmetic avoids 0.15 float drift.
  const share = Math.floor((penalty * Math.round(rules.percent * 100) + 5_000) / 10_000);
  const amountYuan = Math.min(rules.maxYuan, Math.max(rules.minYuan, share));
  return { eligible: true, amountYuan, rule };
}
