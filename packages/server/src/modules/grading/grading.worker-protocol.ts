import type { LedgerCheckInput, LedgerGradingReport } from './grading.ledger-report.ts';

// The messages between the main thread (grading.worker-pool.ts) and the 判定助手's ledger thread (grading.worker.ts).
// A file of its own so the thread loads only what it runs (not the pool's database side).

/**
 * Who checks a prepared row, one byte per row of a batch in memory shared with the thread: each side claims a row
 * with compare-and-swap before checking it, so no row is checked twice. The thread takes rows from the front; at the
 * end of a preview the main thread takes the rows the thread has not reached, from the back (grading.ledger.ts).
 */
export const ROW_FREE = 0;
export const ROW_ON_THREAD = 1;
export const ROW_ON_MAIN = 2;

/** A valid row: its number, the key of its sectors' standards, and the row itself unless it was sent by `prepare`. */
export type LedgerWorkerRow = { row: number; sectors: string; input?: LedgerCheckInput };
export type ToLedgerWorker =
  | { type: 'open'; job: number; cancel: SharedArrayBuffer; always: number }
  | { type: 'parsed'; job: number; rows: readonly LedgerCheckInput[]; claims: SharedArrayBuffer }
  | { type: 'rows'; job: number; rows: readonly LedgerWorkerRow[]; standards: Readonly<Record<string, readonly string[]>> }
  | { type: 'close'; job: number };
export type FromLedgerWorker = { type: 'ready' } | { type: 'report'; job: number; report: LedgerGradingReport } | { type: 'failed'; job: number; message: string };
