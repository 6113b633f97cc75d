import type { GradingFlag, Verdict } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { standardsOfSectors } from '../reference/reference.repository.ts';
import type { SuggestionItem } from './grading.schema.ts';
import { checkGrading, graderFor, presentItem } from './grading.service.ts';

// The 判定助手 in a 台账 preview: every valid row is checked (verdict, flag); the job result keeps full suggestions
// only for the first rows and the flagged ones, since a job result must stay small.

export type LedgerGradingInput = {
  row: number;
  title: string;
  description: string;
  level: 'general' | 'major';
  criterionIds: readonly string[];
  foundAt: string;
  sectors: readonly string[];
};

export type LedgerRowAdvice = {
  row: number;
  title: string;
  level: 'general' | 'major';
  criterionIds: string[];
  verdict: Verdict;
  verdictReason: string;
  flag: GradingFlag | null;
  items: SuggestionItem[];
};

export type LedgerGradingReport = {
  checked: number;
  counts: Record<Verdict | GradingFlag, number>;
  rows: LedgerRowAdvice[];
  /** More rows were flagged than the report keeps. */
  rowsTruncated: boolean;
};

/** Rows kept with their suggestions: the first ones (as the preview's sample) and flagged ones, up to the cap. */
export const LEDGER_ADVICE_FIRST_ROWS = 20;
export const LEDGER_ADVICE_MAX_ROWS = 300;
const SUGGESTIONS_PER_ROW = 3;

export type LedgerGrader = { add: (row: LedgerGradingInput) => Promise<void>; result: () => LedgerGradingReport };

export async function ledgerGrader(db: Db): Promise<LedgerGrader> {
  const grader = await graderFor(db);
  const bySectors = new Map<string, ReadonlySet<string>>();
  const counts: LedgerGradingReport['counts'] = { major: 0, uncertain: 0, not_major: 0, weak_basis: 0, missing_basis: 0, under_graded: 0 };
  const rows: LedgerRowAdvice[] = [];
  let checked = 0;
  let truncated = false;
  return {
    add: async (input) => {
      const key = [...input.sectors].sort().join(',');
      let preferred = bySectors.get(key);
      if (!preferred) bySectors.set(key, (preferred = new Set(await standardsOfSectors(db, input.sectors))));
      const check = checkGrading(grader, { ...input, preferred }, SUGGESTIONS_PER_ROW);
      checked++;
      counts[check.result.verdict]++;
      if (check.flag) counts[check.flag]++;
      if (checked > LEDGER_ADVICE_FIRST_ROWS && !check.flag) return;
      if (rows.length >= LEDGER_ADVICE_MAX_ROWS) {
        truncated = true;
        return;
      }
      rows.push({
        row: input.row, title: input.title, level: input.level, criterionIds: [...input.criterionIds], verdict: check.result.verdict,
        verdictReason: check.result.verdictReason, flag: check.flag, items: check.result.items.map((i) => presentItem(grader, i)),
      });
    },
    result: () => ({ checked, counts, rows, rowsTruncated: truncated }),
  };
}
