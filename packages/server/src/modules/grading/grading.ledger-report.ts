import { suggestCriteria, type LedgerGradingReportOf, type LedgerRowAdviceOf } from '@zhiben/core';
import { checkGrading, presentItem, type Grader } from './grading.grader.ts';
import type { SuggestionItem } from './grading.schema.ts';

// The 判定助手's report on a 台账 preview, row by row: every row checked (verdict, flag), full suggestions kept only
// for the first rows and the flagged ones, since a job result must stay small. Pure: the ledger worker thread and the
// in-process fallback (grading.ledger.ts) both build it.

/** A parsed row, before its enterprise (and so its sectors) is resolved: enough to check its grading. */
export type LedgerCheckInput = {
  row: number;
  title: string;
  description: string;
  level: 'general' | 'major';
  criterionIds: readonly string[];
  foundAt: string;
};
export type LedgerGradingInput = LedgerCheckInput & { sectors: readonly string[] };
export type LedgerRowCheck = ReturnType<typeof checkGrading>;
export type LedgerRowAdvice = LedgerRowAdviceOf<SuggestionItem>;
export type LedgerGradingReport = LedgerGradingReportOf<SuggestionItem>;

/** Rows kept with their suggestions: the first ones (as the preview's sample) and flagged ones, up to the cap. */
export const LEDGER_ADVICE_FIRST_ROWS = 20;
export const LEDGER_ADVICE_MAX_ROWS = 300;
const SUGGESTIONS_PER_ROW = 3;

export type LedgerReportBuilder = {
  /** Checks one row; `preferred`: the standards of the row's sectors (ranked first in its suggestions). */
  check: (input: LedgerGradingInput, preferred: ReadonlySet<string>) => void;
  /** The same in two steps: the check as soon as the row is parsed, recorded once the row is known valid. */
  quick: (input: LedgerCheckInput) => LedgerRowCheck;
  /** `listed: false`: counted, but not given full suggestions (time ran out); the report says rows were left out. */
  record: (input: LedgerCheckInput, check: LedgerRowCheck, preferred: ReadonlySet<string>, listed?: boolean) => void;
  /** The report, with `unchecked` valid rows that were not checked. */
  result: (unchecked: number) => LedgerGradingReport;
};

/** `firstRows`: rows listed whatever their flag (the preview's sample); 0 for the rows a ledger ends with. */
export function ledgerReportBuilder(grader: Grader, firstRows = LEDGER_ADVICE_FIRST_ROWS): LedgerReportBuilder {
  const counts: LedgerGradingReport['counts'] = { major: 0, uncertain: 0, not_major: 0, weak_basis: 0, missing_basis: 0, under_graded: 0 };
  const rows: LedgerRowAdvice[] = [];
  let checked = 0;
  let truncated = false;
  const quick = (input: LedgerCheckInput) => checkGrading(grader, input);
  const record = (input: LedgerCheckInput, check: LedgerRowCheck, preferred: ReadonlySet<string>, listed = true) => {
    checked++;
    counts[check.verdict]++;
    if (check.flag) counts[check.flag]++;
    if (checked > firstRows && !check.flag) return;
    if (rows.length >= LEDGER_ADVICE_MAX_ROWS || !listed) {
      truncated = true;
      return;
    }
    // Full suggestions (highlights, reasons, the enterprise's standards first) only for the rows listed.
    const full = suggestCriteria(grader.index, check.text, { allowedStandards: grader.inForce(input.foundAt), preferredStandards: preferred, limit: SUGGESTIONS_PER_ROW });
    rows.push({
      row: input.row, title: input.title, level: input.level, criterionIds: [...input.criterionIds], verdict: full.verdict,
      verdictReason: full.verdictReason, flag: check.flag, items: full.items.map((i) => presentItem(grader, i)),
    });
  };
  return {
    quick,
    record,
    check: (input, preferred) => record(input, quick(input), preferred),
    result: (unchecked) => ({ checked, unchecked, counts: { ...counts }, rows: [...rows], rowsTruncated: truncated }),
  };
}

/**
 * One report from two that checked different rows, `front` every row before those of `back` (the ledger thread and
 * the main thread, grading.ledger.ts): counts add up, and the rows listed are the first of both by row, up to the cap —
 * what one builder over all the rows would list.
 */
export function mergeLedgerReports(front: LedgerGradingReport, back: LedgerGradingReport): LedgerGradingReport {
  const counts = { ...front.counts };
  for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += back.counts[key];
  const rows = [...front.rows, ...back.rows].sort((a, b) => a.row - b.row);
  return {
    checked: front.checked + back.checked,
    unchecked: front.unchecked + back.unchecked,
    counts,
    rows: rows.slice(0, LEDGER_ADVICE_MAX_ROWS),
    rowsTruncated: front.rowsTruncated || back.rowsTruncated || rows.length > LEDGER_ADVICE_MAX_ROWS,
  };
}
