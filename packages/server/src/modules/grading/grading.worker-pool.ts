import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Db } from '../../db/client.ts';
import type { LedgerCheckInput, LedgerGradingReport } from './grading.ledger-report.ts';
import type { FromLedgerWorker, LedgerWorkerRow, ToLedgerWorker } from './grading.worker-protocol.ts';
import type { GradingData } from './grading.grader.ts';
import { gradingDataOf } from './grading.service.ts';

// The main thread's side of the 判定助手's ledger thread (grading.worker.ts): one thread per process and set of
// criteria (every database of a process holds the same reference data, so tests share one), started on first use or
// at start-up. It keeps the process alive only while a report is awaited. A job that fails in the thread rejects, and the
// caller checks its rows in-process instead.

export type LedgerWorkerJob = {
  /** Rows as soon as they are parsed: the thread checks them while the main thread reads on (see ROW_FREE). */
  prepare: (rows: readonly LedgerCheckInput[], claims: SharedArrayBuffer) => void;
  /** Valid rows (resolved): these are counted in the report. `standards`: of sets of sectors not sent before. */
  send: (rows: readonly LedgerWorkerRow[], standards: Readonly<Record<string, readonly string[]>>) => void;
  /**
   * The report once the thread has checked every row sent; at `deadline` (a performance.now() time; null: none) the
   * rows it has not reached are reported unchecked, except the first `always` rows.
   */
  close: (deadline: number | null) => Promise<LedgerGradingReport>;
};
export type LedgerWorker = { open: (always: number) => LedgerWorkerJob; stop: () => Promise<void> };

const byFingerprint = new Map<string, LedgerWorker>();
const fingerprints = new WeakMap<GradingData, string>();

function startWorker(data: GradingData, fingerprint: string): LedgerWorker {
  // The sources' boot file registers tsx and loads grading.worker.ts; the server's build emits the bundled thread
  // under this name (scripts/build-server.mjs).
  const worker = new Worker(new URL('./grading.worker-boot.mjs', import.meta.url), { workerData: data });
  const waiting = new Map<number, { resolve: (report: LedgerGradingReport) => void; reject: (error: Error) => void }>();
  let waitingFor = 0;
  let nextJob = 1;
  let dead: Error | null = null;
  // Referenced only while a report is awaited: an idle thread never keeps the process (a test run, a CLI) alive.
  const holdProcess = (delta: number) => {
    waitingFor += delta;
    if (waitingFor > 0) worker.ref();
    else worker.unref();
  };
  worker.unref();
  const fail = (error: Error) => {
    dead ??= error;
    // Only this thread's entry: after an 'error' its 'exit' comes later, when a new thread may have taken the place.
    if (byFingerprint.get(fingerprint) === self) byFingerprint.delete(fingerprint);
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`判定助手线程已退出（${code}）`)));
  worker.on('message', (message: FromLedgerWorker) => {
    if (message.type === 'ready') return;
    const pending = waiting.get(message.job);
    waiting.delete(message.job);
    if (message.type === 'report') pending?.resolve(message.report);
    else pending?.reject(new Error(message.message));
  });
  const self: LedgerWorker = {
    stop: async () => {
      await worker.terminate();
    },
    open: (always) => {
      const job = nextJob++;
      const cancel = new SharedArrayBuffer(4);
      let opened = false;
      const post = (message: ToLedgerWorker) => {
        // Opened with its first rows: a preview that fails before any row leaves nothing in the thread.
        if (!opened) worker.postMessage({ type: 'open', job, cancel, always } satisfies ToLedgerWorker);
        opened = true;
        worker.postMessage(message);
      };
      return {
        prepare: (rows, claims) => {
          if (rows.length > 0 && !dead) post({ type: 'parsed', job, rows, claims });
        },
        send: (rows, standards) => {
          if (rows.length > 0 && !dead) post({ type: 'rows', job, rows, standards });
        },
        close: async (deadline) => {
          if (dead) throw dead;
          const report = new Promise<LedgerGradingReport>((resolve, reject) => waiting.set(job, { resolve, reject }));
          holdProcess(1);
          post({ type: 'close', job });
          const timer = deadline === null ? null : setTimeout(() => Atomics.store(new Int32Array(cancel), 0, 1), Math.max(0, deadline - performance.now()));
          try {
            return await report;
          } finally {
            if (timer) clearTimeout(timer);
            holdProcess(-1);
          }
        },
      };
    },
  };
  return self;
}

/** The ledger thread for this database's criteria (started on first use, and again after a thread died). */
export async function ledgerWorkerFor(db: Db): Promise<LedgerWorker> {
  const data = await gradingDataOf(db);
  let fingerprint = fingerprints.get(data);
  if (!fingerprint) fingerprints.set(data, (fingerprint = createHash('sha256').update(JSON.stringify(data)).digest('hex')));
  let worker = byFingerprint.get(fingerprint);
  if (!worker) byFingerprint.set(fingerprint, (worker = startWorker(data, fingerprint)));
  return worker;
}

/** Stops every ledger thread (tests of the fallback; a stopped thread is started again on next use). */
export async function stopLedgerWorkers(): Promise<void> {
  const workers = [...byFingerprint.values()];
  byFingerprint.clear();
  await Promise.all(workers.map((w) => w.stop()));
}
