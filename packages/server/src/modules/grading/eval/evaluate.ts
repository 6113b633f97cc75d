import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGradingIndex, standardsInForce, suggestCriteria, type GradingIndex, type Verdict } from '@zhiben/core';
import { criteriaReference } from '../../../seed/reference.ts';
import { jiebaSegmenter } from '../grading.segmenter.ts';

// The 判定助手 evaluation: real descriptions from public notices with the authority's conclusion, scored the way the
// API scores a description (standards in force on the finding date, no enterprise). `npm run eval:grading`.

export type EvalCase = {
  id: string;
  label: 'major' | 'general';
  description: string;
  criterionId: string | null;
  cited: string;
  foundAt: string;
  /** Only where the cited version's items are not in the reference data: the successor's effective date. */
  evaluateAt?: string;
  split: 'tune' | 'holdout';
  source: { title: string; issuer: string; url: string | null; note?: string };
};

export const casesFile = fileURLToPath(new URL('./cases.json', import.meta.url));
export const loadCases = (): EvalCase[] => (JSON.parse(readFileSync(casesFile, 'utf8')) as { cases: EvalCase[] }).cases;

export type CaseOutcome = { case: EvalCase; verdict: Verdict; ranked: string[]; rank: number | null };

export type Figures = {
  major: number;
  top1: number;
  top3: number;
  majorCalledMajor: number;
  general: number;
  falseMajor: number;
  generalUncertain: number;
};

export function referenceIndex(): { index: GradingIndex; standards: { id: string; effective: string | null; title: string }[] } {
  const { standardRows, criterionRows } = criteriaReference();
  return { index: buildGradingIndex(criterionRows, jiebaSegmenter), standards: standardRows };
}

export function runCases(cases: readonly EvalCase[], index: GradingIndex, standards: readonly { id: string; effective: string | null }[]): CaseOutcome[] {
  return cases.map((c) => {
    const allowed = new Set(standardsInForce(standards, c.evaluateAt ?? c.foundAt));
    const result = suggestCriteria(index, c.description, { allowedStandards: allowed });
    const ranked = result.items.map((i) => i.criterionId);
    const at = c.criterionId ? ranked.indexOf(c.criterionId) : -1;
    return { case: c, verdict: result.verdict, ranked, rank: at >= 0 ? at + 1 : null };
  });
}

export function figuresOf(outcomes: readonly CaseOutcome[]): Figures {
  const major = outcomes.filter((o) => o.case.label === 'major');
  const general = outcomes.filter((o) => o.case.label === 'general');
  return {
    major: major.length,
    top1: major.filter((o) => o.rank === 1).length,
    top3: major.filter((o) => o.rank !== null && o.rank <= 3).length,
    majorCalledMajor: major.filter((o) => o.verdict === 'major').length,
    general: general.length,
    falseMajor: general.filter((o) => o.verdict === 'major').length,
    generalUncertain: general.filter((o) => o.verdict === 'uncertain').length,
  };
}
