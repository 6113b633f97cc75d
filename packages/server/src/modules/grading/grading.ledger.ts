import { suggestCriteria, type LedgerGradingReportOf, type LedgerRowAdviceOf } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { standardsOfSectors } from '../reference/reference.repository.ts';
import type { SuggestionItem } from './grading.schema.ts';
import { checkGrading, graderFor, presentItem } from './grading.service.ts';

// The 判定助手 in a 台账 preview: valid rows are checked (verdict, flag) in order; the job result keeps full suggestions
// only for the first rows and the flagged ones, since a job result must stay small. Checking is held to a time budget
// (LEDGER_GRADING_BUDGET of the preview's own time so far), so a very large ledger's preview is never slowed by more
// than that: rows beyond the budget are counted as unchecked and the report says so, and the console then checks every
// row in a follow-up job (POST /api/hazards/import/grading) while the officer reads the preview.

export type LedgerGradingInput = {
  row: number;
  title: string;
  description: string;
  level: 'general' | 'major';
  criterionIds: readonly string[];
  foundAt: string;
  sectors: readonly string[];
};

export type LedgerRowAdvice = LedgerRowAdviceOf<SuggestionItem>;
export type LedgerGradingReport = LedgerGradingReportOf<SuggestionItem>;

/** Rows kept with their suggestions: the first ones (as the preview's sample) and flagged ones, up to the cap. */
export const LEDGER_ADVICE_FIRST_ROWS = 20;
export const LEDGER_ADVICE_MAX_ROWS = 300;
const SUGGESTIONS_PER_ROW = 3;
/** Share of the preview's own time (parsing, checks) the assistant may add. */
export const LEDGER_GRADING_BUDGET = 0.2;
/** Rows checked regardless of the budget: the first rows, which the preview lists with their suggestions. */
export const LEDGER_GRADING_ALWAYS = LEDGER_ADVICE_FIRST_ROWS;

export type LedgerGrader = { add: (row: LedgerGradingInput) => Promise<void>; result: () => LedgerGradingReport };

/**
 * `startedAt`: when the preview began (performance.now()), so its parsing counts toward the budget. `everyRow`: no
 * budget — the follow-up check the console starts when a preview left rows unchecked (its own job, with progress).
 */
export async function ledgerGrader(db: Db, startedAt = performance.now(), options: { everyRow?: boolean } = {}): Promise<LedgerGrader> {
  const grader = await graderFor(db);
  let spent = 0;
  let unchecked = 0;
  const bySectors = new Map<string, ReadonlySet<string>>();
  const counts: LedgerGradingReport['counts'] = { major: 0, uncertain: 0, not_major: 0, weak_basis: 0, missing_basis: 0, under_graded: 0 };
  const rows: LedgerRowAdvice[] = [];
  let checked = 0;
  let truncated = false;
  return {
    add: async (input) => {
      const now = performance.now();
      if (!options.everyRow && checked >= LEDGER_GRADING_ALWAYS && spent > LEDGER_GRADING_BUDGET * (now - startedAt - spent)) {
        unchecked++;
        return;
      }
      const key = [...input.sectors].sort().join(',');
      let preferred = bySectors.get(key);
      if (!preferred) bySectors.set(key, (preferred = new Set(await standardsOfSectors(db, input.sectors))));
      const check = checkGrading(grader, input);
      checked++;
      counts[check.verdict]++;
      if (check.flag) counts[check.flag]++;
      if (checked <= LEDGER_ADVICE_FIRST_ROWS || check.flag) {
        if (rows.length >= LEDGER_ADVICE_MAX_ROWS) truncated = true;
        else {
          // Full suggestions (highlights, reasons, the enterprise's standards first) only for the rows listed.
          const full = suggestCriteria(grader.index, check.text, { allowedStandards: grader.inForce(input.foundAt), preferredStandards: preferred, limit: SUGGESTIONS_PER_ROW });
          rows.push({
            row: input.row, title: input.title, level: input.level, criterionIds: [...input.criterionIds], verdict: full.verdict,
            verdictReason: full.verdictReason, flag: check.flag, items: full.items.map((i) => presentItem(grader, i)),
          });
        }
      }
      spent += performance.now() - now;
    },
    result: () => ({ checked, unchecked, counts, rows, rowsTruncated: truncated }),
  };
}
