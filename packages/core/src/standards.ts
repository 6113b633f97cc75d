// Which 判定标准 apply to a hazard: those in force on its finding date. A standard is in force from its effective
// date; one without a recorded effective date (规范性文件 in force since publication) always is. The criterion
// picker, the 判定助手 and its evaluation all use this one rule.

export type StandardDates = { id: string; effective: string | null };

export const standardInForce = (standard: Pick<StandardDates, 'effective'>, at: string): boolean =>
  standard.effective === null || standard.effective <= at;

export const standardsInForce = (standards: readonly StandardDates[], at: string): string[] =>
  standards.filter((s) => standardInForce(s, at)).map((s) => s.id);
