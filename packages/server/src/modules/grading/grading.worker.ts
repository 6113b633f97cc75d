import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { buildGrader, type GradingData } from './grading.grader.ts';
import { ledgerReportBuilder, type LedgerCheckInput, type LedgerReportBuilder, type LedgerRowCheck } from './grading.ledger-report.ts';
import { ROW_FREE, ROW_ON_THREAD, type FromLedgerWorker, type LedgerWorkerRow, type ToLedgerWorker } from './grading.worker-protocol.ts';

// The 判定助手's ledger thread: checks 台账 rows off the main thread, so a large preview is graded on the second core
// while the main thread parses and resolves it (and other users' requests are not held up). Started by
// grading.worker-pool.ts with the criteria as workerData; one job per preview, rows in batches, in order.

const grader = buildGrader(workerData as GradingData);
// Then a lower priority, for this thread only (on Linux a thread has its own nice value): under contention checking
// yields the CPU to requests and to PostgreSQL on the same machine. Not the lowest, so the preview's own garbage
// collection does not starve it (bench:grading could not tell 0, 10 and 19 apart on this noisy 2-core machine).
const LEDGER_THREAD_NICE = 10;
try {
  os.setPriority(LEDGER_THREAD_NICE);
} catch {
  // not permitted here: the thread runs at normal priority
}
type Job = {
  touched: number;
  builder: LedgerReportBuilder;
  cancel: Int32Array;
  always: number;
  checked: number;
  /** Rows checked as soon as parsed. */
  prechecked: number;
  skipped: number;
  preferred: Map<string, ReadonlySet<string>>;
  /**
   * Rows sent as soon as they were parsed, checked, by row number, until the row is known valid (or not); `onMain`:
   * the main thread claimed the row (it checks and counts it).
   */
  early: Map<number, { input: LedgerCheckInput; check: LedgerRowCheck | null; onMain?: true }>;
};
const jobs = new Map<number, Job>();
const port = parentPort!;
const reply = (message: FromLedgerWorker) => port.postMessage(message);
/** A job whose preview failed before asking for its report is dropped after this long without rows. */
const ABANDONED_AFTER_MS = 10 * 60_000;

/** The preview's time is up, and at least `always` rows have been (pre)checked: check no more. */
const cancelled = (state: Job, done: number) => done >= state.always && Atomics.load(state.cancel, 0) !== 0;

function touch(job: number): Job | undefined {
  const state = jobs.get(job);
  if (state) state.touched = Date.now();
  return state;
}

/** Rows just parsed: checked now, while the main thread goes on reading the ledger; recorded when known valid. */
function checkParsed(job: number, rows: readonly LedgerCheckInput[], shared: SharedArrayBuffer) {
  const state = touch(job);
  if (!state) return;
  const claims = new Uint8Array(shared);
  rows.forEach((row, i) => {
    // Claimed even when time is up: a row is reported by one side only, checked or not (the main thread counts the
    // rows it claimed).
    if (Atomics.compareExchange(claims, i, ROW_FREE, ROW_ON_THREAD) !== ROW_FREE) state.early.set(row.row, { input: row, check: null, onMain: true });
    else if (cancelled(state, state.prechecked)) state.early.set(row.row, { input: row, check: null });
    else {
      state.early.set(row.row, { input: row, check: state.builder.quick(row) });
      state.prechecked++;
    }
  });
}

/** Valid rows: counted and, for the rows listed, given full suggestions (the standards of their sectors first). */
function recordRows(job: number, rows: readonly LedgerWorkerRow[], standards: Readonly<Record<string, readonly string[]>>) {
  const state = touch(job);
  if (!state) return;
  for (const [key, ids] of Object.entries(standards)) state.preferred.set(key, new Set(ids));
  for (const row of rows) {
    const early = state.early.get(row.row);
    state.early.delete(row.row);
    if (early?.onMain) continue;
    const input = row.input ?? early?.input;
    // The preview's time budget ran out: rows already checked still count (without full suggestions), the rest are
    // reported unchecked (the console checks them in a follow-up job) — except the first rows, which the preview
    // lists with their suggestions.
    const late = cancelled(state, state.checked);
    if (!input || (late && !early?.check)) {
      state.skipped++;
      continue;
    }
    state.builder.record(input, early?.check ?? state.builder.quick(input), state.preferred.get(row.sectors) ?? new Set(), !late);
    state.checked++;
  }
}

port.on('message', (message: ToLedgerWorker) => {
  try {
    switch (message.type) {
      case 'open':
        for (const [id, job] of jobs) if (Date.now() - job.touched > ABANDONED_AFTER_MS) jobs.delete(id);
        jobs.set(message.job, { touched: Date.now(), builder: ledgerReportBuilder(grader), cancel: new Int32Array(message.cancel), always: message.always, checked: 0, prechecked: 0, skipped: 0, preferred: new Map(), early: new Map() });
        return;
      case 'parsed':
        checkParsed(message.job, message.rows, message.claims);
        return;
      case 'rows':
        recordRows(message.job, message.rows, message.standards);
        return;
      case 'close': {
        const state = jobs.get(message.job);
        jobs.delete(message.job);
        reply(state ? { type: 'report', job: message.job, report: state.builder.result(state.skipped) } : { type: 'failed', job: message.job, message: 'unknown job' });
        return;
      }
    }
  } catch (error) {
    jobs.delete(message.job);
    reply({ type: 'failed', job: message.job, message: error instanceof Error ? error.message : String(error) });
  }
});
reply({ type: 'ready' });
