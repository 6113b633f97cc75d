import type { Db } from '../../db/client.ts';
import { standardsOfSectors } from '../reference/reference.repository.ts';
import {
  LEDGER_ADVICE_FIRST_ROWS,
  ledgerReportBuilder,
  mergeLedgerReports,
  type LedgerCheckInput,
  type LedgerGradingInput,
  type LedgerGradingReport,
} from './grading.ledger-report.ts';
import { graderFor } from './grading.service.ts';
import { ledgerWorkerFor, type LedgerWorkerJob } from './grading.worker-pool.ts';
import { ROW_FREE, ROW_ON_MAIN, type LedgerWorkerRow } from './grading.worker-protocol.ts';

// The 判定助手 in a 台账 preview. Rows are checked on the ledger thread (grading.worker-pool.ts) while the main
// thread parses and resolves the ledger, so on a machine with a second core every row is checked at little cost to the
// preview. At the end, while the thread works through what it has not reached yet, the main thread checks those rows
// too, from the last one back (each row is claimed by one side only: ROW_FREE), and the two reports are merged. That
// end is held to a time budget (LEDGER_GRADING_BUDGET of the preview's own time): rows neither side reached by then are
// counted unchecked, the report says so, and the console checks every row in a follow-up job
// (POST /api/hazards/import/grading, `everyRow`: no budget). Without the thread (it failed, or `thread: false`) rows
// are checked in-process under the same budget.

export {
  LEDGER_ADVICE_FIRST_ROWS,
  LEDGER_ADVICE_MAX_ROWS,
  type LedgerGradingInput,
  type LedgerGradingReport,
  type LedgerRowAdvice,
} from './grading.ledger-report.ts';

/** Share of the preview's own time (parsing, checks) the assistant may add. */
export const LEDGER_GRADING_BUDGET = 0.2;
/** Rows checked regardless of the budget: the first rows, which the preview lists with their suggestions. */
export const LEDGER_GRADING_ALWAYS = LEDGER_ADVICE_FIRST_ROWS;
/** Rows sent to the thread at a time. */
const THREAD_BATCH = 200;
/** Rows the main thread checks between turns of the event loop. */
const YIELD_EVERY = 50;

export type LedgerGrader = {
  /** A row as soon as it is parsed (before its enterprise is resolved): the thread may check it meanwhile. */
  prepare: (row: LedgerCheckInput) => void;
  /** A valid row: it counts in the report. */
  add: (row: LedgerGradingInput) => Promise<void>;
  result: () => Promise<LedgerGradingReport>;
};
export type LedgerGraderOptions = {
  /** No budget: the follow-up check the console starts when a preview left rows unchecked (its own job, with progress). */
  everyRow?: boolean;
  /** Check on the ledger thread (default); false: in-process. */
  thread?: boolean;
  /**
   * How the rows were shared between the thread and the main thread (the benchmark and tests print it); `inProcess`:
   * the rows checked after the thread failed.
   */
  observe?: (split: { onThread: number; onMain: number; inProcess?: number }) => void;
};

/** `startedAt`: when the preview began (performance.now()), so its parsing counts toward the budget. */
export async function ledgerGrader(db: Db, startedAt = performance.now(), options: LedgerGraderOptions = {}): Promise<LedgerGrader> {
  const bySectors = new Map<string, Promise<ReadonlySet<string>>>();
  const sectorsKey = (sectors: readonly string[]) => (sectors.length === 1 ? sectors[0]! : [...sectors].sort().join(','));
  const preferredOf = (sectors: readonly string[]) => {
    const key = sectorsKey(sectors);
    let found = bySectors.get(key);
    if (!found) bySectors.set(key, (found = standardsOfSectors(db, sectors).then((ids) => new Set(ids))));
    return found;
  };
  const budgetLeft = (spent: number) => (options.everyRow ? Infinity : LEDGER_GRADING_BUDGET * (performance.now() - startedAt - spent) - spent);
  const inProcess = async (rows: readonly LedgerGradingInput[], spentBefore: number) => {
    const grader = await graderFor(db);
    const builder = ledgerReportBuilder(grader);
    let spent = spentBefore;
    let checked = 0;
    for (const row of rows) {
      const t = performance.now();
      if (checked >= LEDGER_GRADING_ALWAYS && budgetLeft(spent) < 0) return builder.result(rows.length - checked);
      builder.check(row, await preferredOf(row.sectors));
      checked++;
      spent += performance.now() - t;
    }
    return builder.result(0);
  };

  const worker = options.thread === false ? null : await ledgerWorkerFor(db).catch(() => null);
  const job: LedgerWorkerJob | null = worker?.open(LEDGER_GRADING_ALWAYS) ?? null;
  const valid: LedgerGradingInput[] = [];
  /** Each prepared row's claim byte, shared with the thread (see ROW_FREE). */
  const claimOf = new Map<number, { claims: Uint8Array; at: number }>();
  const standardsSent = new Set<string>();
  let parsed: LedgerCheckInput[] = [];
  let sent = 0;
  let spent = 0;
  const flushParsed = () => {
    if (parsed.length === 0) return;
    const shared = new SharedArrayBuffer(parsed.length);
    const claims = new Uint8Array(shared);
    parsed.forEach((row, at) => claimOf.set(row.row, { claims, at }));
    job?.prepare(parsed, shared);
    parsed = [];
  };
  /**
   * The main thread's share at the end: valid rows the thread has not claimed, from the last one back, until it meets
   * a row the thread claimed or time runs out (the first rows are left to the thread: it lists them).
   */
  const checkFromTheBack = async (deadline: number) => {
    const grader = await graderFor(db);
    const builder = ledgerReportBuilder(grader, 0);
    for (let k = valid.length - 1, n = 0; k >= LEDGER_GRADING_ALWAYS && performance.now() < deadline; k--) {
      const input = valid[k]!;
      const slot = claimOf.get(input.row);
      if (!slot) continue; // sent without `prepare`: the thread checks it
      if (Atomics.compareExchange(slot.claims, slot.at, ROW_FREE, ROW_ON_MAIN) !== ROW_FREE) break;
      builder.check(input, await preferredOf(input.sectors));
      // Other requests are served in between.
      if (++n % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    return builder.result(0);
  };
  // Valid rows go to the thread as row numbers with their sectors (the thread has the row from `prepare`); the
  // standards of a set of sectors go once.
  const flushValid = async () => {
    const rows: LedgerWorkerRow[] = [];
    const standards: Record<string, string[]> = {};
    for (const input of valid.slice(sent)) {
      const key = sectorsKey(input.sectors);
      if (!standardsSent.has(key)) {
        standardsSent.add(key);
        standards[key] = [...(await preferredOf(input.sectors))];
      }
      rows.push(claimOf.has(input.row) ? { row: input.row, sectors: key } : { row: input.row, sectors: key, input });
    }
    sent = valid.length;
    job?.send(rows, standards);
  };
  return {
    prepare: (row) => {
      if (!job) return; // in-process, checking early would not overlap anything
      const t = performance.now();
      parsed.push({ row: row.row, title: row.title, description: row.description, level: row.level, criterionIds: row.criterionIds, foundAt: row.foundAt });
      if (parsed.length >= THREAD_BATCH) flushParsed();
      spent += performance.now() - t;
    },
    add: async (input) => {
      valid.push(input);
      if (!job || valid.length - sent < THREAD_BATCH) return;
      const t = performance.now();
      flushParsed();
      await flushValid();
      spent += performance.now() - t;
    },
    result: async () => {
      if (!job) return inProcess(valid, spent);
      const t = performance.now();
      flushParsed();
      await flushValid();
      spent += performance.now() - t;
      const left = budgetLeft(spent);
      const deadline = Number.isFinite(left) ? performance.now() + Math.max(0, left) : null;
      const backStarted = performance.now();
      let back: LedgerGradingReport | null = null;
      try {
        back = await checkFromTheBack(deadline ?? Infinity);
        const front = await job.close(deadline);
        options.observe?.({ onThread: front.checked, onMain: back.checked });
        return mergeLedgerReports(front, back);
      } catch {
        // The thread failed (its report is lost, and so are the rows it checked): the rows the main thread has not
        // checked from the back are checked here, within what is left of the budget (the back's time is spent).
        if (!back) return inProcess(valid, spent);
        const onMain = (row: LedgerGradingInput) => {
          const slot = claimOf.get(row.row);
          return slot !== undefined && Atomics.load(slot.claims, slot.at) === ROW_ON_MAIN;
        };
        const own = await inProcess(valid.filter((row) => !onMain(row)), spent + (performance.now() - backStarted));
        options.observe?.({ onThread: 0, onMain: back.checked, inProcess: own.checked });
        return mergeLedgerReports(own, back);
      }
    },
  };
}
