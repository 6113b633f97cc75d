// The verdict on a description: is it a major hazard (重大事故隐患) at all? 'major' only when the best item clearly
// matches: high score, most of the item's conditions stated, stated as a defect, and not a catch-all item.
// The thresholds are named here and tuned on the training half of the evaluation set (npm run eval:grading).

import type { Polarity } from './text.ts';

export type Verdict = 'major' | 'not_major' | 'uncertain';

/** Best item's score at or above which (with the coverage below) the hazard looks major. */
export const MAJOR_MIN_SCORE = 0.5;
/** Share of the best item's conditions the description must state for 'major'. */
export const MAJOR_MIN_COVERAGE = 0.6;
/** Below this best score nothing fits: 'not_major' (未匹配重大事故隐患判定标准). */
export const UNCERTAIN_MIN_SCORE = 0.3;
/** Items scoring less are not suggested at all. */
export const SUGGEST_MIN_SCORE = 0.18;
/** An item of the enterprise's own standards is ranked first only if it scores at least this. */
export const PREFERRED_MIN_SCORE = 0.25;

/** catchAll: a catch-all item; topicOnly: an item known only by a topic label (its text is not published here). */
export type VerdictInput = { score: number; coverage: number; polarity: Polarity; catchAll: boolean; topicOnly?: boolean };

export function verdictFor(top: VerdictInput | null): { verdict: Verdict; reason: string } {
  if (!top || top.score < UNCERTAIN_MIN_SCORE) return { verdict: 'not_major', reason: '未匹配重大事故隐患判定标准' };
  if (top.polarity === 'compliant') return { verdict: 'not_major', reason: '描述表明相关要求已落实，未匹配重大事故隐患判定标准' };
  const clear = top.score >= MAJOR_MIN_SCORE && top.coverage >= MAJOR_MIN_COVERAGE;
  if (clear && top.catchAll) return { verdict: 'uncertain', reason: '仅符合兜底条款，需结合具体情形判定' };
  if (clear && top.topicOnly) return { verdict: 'uncertain', reason: '与条款主题相符，条文未收录，请对照标准原文核实' };
  if (clear && top.polarity === 'defect') return { verdict: 'major', reason: '描述与判定标准条款的情形基本一致，疑似重大事故隐患' };
  if (clear && top.polarity === 'minor') return { verdict: 'uncertain', reason: '描述为执行不规范，请核实是否属于条款所列的缺失情形' };
  if (clear) return { verdict: 'uncertain', reason: '与条款用语相近，但描述未表明存在缺陷' };
  return { verdict: 'uncertain', reason: '与判定标准条款部分相符，请核实是否具备全部情形' };
}

/** A major hazard whose cited item scores below this against its own description is listed as weakly founded. */
export const WEAK_BASIS_MAX_SCORE = 0.3;

/** What the data-quality view and the ledger preview flag about a hazard's grading. */
export type GradingFlag = 'weak_basis' | 'missing_basis' | 'under_graded';

/**
 * weak_basis: a major hazard whose best cited item scores below WEAK_BASIS_MAX_SCORE against its description;
 * missing_basis: a major hazard citing nothing; under_graded: a general hazard whose description the assistant
 * calls major.
 */
export function gradingFlag(hazard: { level: 'general' | 'major'; citedIds: readonly string[] }, verdict: Verdict, citedScore: number | null): GradingFlag | null {
  if (hazard.level === 'major') {
    if (hazard.citedIds.length === 0) return 'missing_basis';
    return citedScore !== null && citedScore < WEAK_BASIS_MAX_SCORE ? 'weak_basis' : null;
  }
  return verdict === 'major' ? 'under_graded' : null;
}
