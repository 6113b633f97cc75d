import { buildGradingIndex, gradingFlag, quickCheck, standardsInForce, suggestCriteria, type GradingCriterion, type GradingIndex } from '@zhiben/core';
import type { SuggestionItem } from './grading.schema.ts';
import { jiebaSegmenter } from './grading.segmenter.ts';

// The 判定助手 over a set of criteria, without I/O: the service builds it from the database, the ledger worker
// (grading.worker.ts) from the same rows passed to its thread.

type StandardInfo = { id: string; title: string; effective: string | null; textIncluded: boolean };
/** What a grader is built from: the criteria and standards of the reference data (plain rows, cloneable). */
export type GradingData = { criteria: readonly (GradingCriterion & { clause: string | null })[]; standards: readonly StandardInfo[] };

export type Grader = {
  index: GradingIndex;
  standards: readonly StandardInfo[];
  titleOf: ReadonlyMap<string, string>;
  /** Display text of each item: its text, or clause and topic label where the text is not published. */
  textOf: ReadonlyMap<string, string>;
  /** Standards in force per finding date (memo: a ledger has few distinct dates). */
  inForce: (at: string) => ReadonlySet<string>;
};

export function buildGrader({ criteria, standards }: GradingData): Grader {
  const index = buildGradingIndex(criteria, jiebaSegmenter);
  const memo = new Map<string, ReadonlySet<string>>();
  return {
    index,
    standards,
    titleOf: new Map(standards.map((s) => [s.id, s.title])),
    textOf: new Map(criteria.map((r) => [r.id, r.text ?? (r.clause ? `第 ${r.clause} 条：${r.topic ?? ''}` : (r.topic ?? ''))])),
    inForce: (at) => {
      let set = memo.get(at);
      if (!set) memo.set(at, (set = new Set(standardsInForce(standards, at))));
      return set;
    },
  };
}

/** Item text with offsets shifted when the display text prefixes a clause number to a topic label. */
export function presentItem(grader: Grader, item: ReturnType<typeof suggestCriteria>['items'][number]): SuggestionItem {
  const doc = grader.index.byId.get(item.criterionId);
  const text = grader.textOf.get(item.criterionId) ?? '';
  const raw = doc?.criterion.text ?? doc?.criterion.topic ?? '';
  const shift = text.endsWith(raw) ? text.length - raw.length : 0;
  return {
    criterionId: item.criterionId,
    standardId: item.standardId,
    standardTitle: grader.titleOf.get(item.standardId) ?? item.standardId,
    text,
    textIncluded: doc?.criterion.text != null,
    score: item.score,
    coverage: item.coverage,
    matchedTerms: item.matchedTerms,
    highlights: item.highlights.map(([s, e]) => [s + shift, e + shift] as [number, number]),
    reason: item.reason,
    preferred: item.preferred,
    catchAll: item.catchAll,
  };
}

/** A hazard's grading against its own description: the flag, the best cited score and a better item if any. */
export function checkGrading(
  grader: Grader,
  hazard: { title: string; description: string; level: 'general' | 'major'; criterionIds: readonly string[]; foundAt: string },
) {
  const text = hazard.title && !hazard.description.startsWith(hazard.title) ? `${hazard.title}。${hazard.description}` : hazard.description;
  const check = quickCheck(grader.index, text, { allowedStandards: grader.inForce(hazard.foundAt), citedIds: hazard.level === 'major' ? hazard.criterionIds : [] });
  const flag = gradingFlag({ level: hazard.level, citedIds: hazard.criterionIds }, check.verdict, check.citedScore);
  const suggested = check.top && !hazard.criterionIds.includes(check.top.criterionId) ? check.top : null;
  return { flag, citedScore: check.citedScore, suggested, verdict: check.verdict, verdictReason: check.verdictReason, text };
}

