/**
 * Runs image sanitising in worker threads. Decoding and re-encoding a 12-megapixel photo in pure JS takes
 * seconds and hundreds of MB; on the main thread that would stall every other request meanwhile. At most two
 * workers (memory stays bounded); an idle worker is kept a little while because starting one costs about a
 * second, and a worker that fails or times out is thrown away.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../../errors.ts';
import { checkImageSize, sanitizeImage, type ImageKind } from './image.ts';

export type ImageJob = { kind: ImageKind; bytes: Uint8Array };
export type ImageJobResult = { ok: true; bytes: Uint8Array } | { ok: false; code: 'FILE_IMAGE_INVALID' | 'FILE_IMAGE_TOO_MANY_PIXELS' };

const MAX_WORKERS = 2;
const JOB_TIMEOUT_MS = 120_000;
const IDLE_MS = 30_000;
// In the sources a plain-JS entry that registers tsx and then loads image-worker.ts; in the server's build
// (scripts/build-server.mjs) the bundled worker itself, under the same name.
const workerEntry = new URL('./image-worker.mjs', import.meta.url);

type PooledWorker = { worker: Worker; idleTimer: NodeJS.Timeout | null };

const idle: PooledWorker[] = [];
const waiting: ((worker: PooledWorker) => void)[] = [];
let live = 0;

function startWorker(): PooledWorker {
  // execArgv: [] so the worker does not inherit loader flags of the parent (tsx CLI, vitest).
  const worker = new Worker(workerEntry, { execArgv: [] });
  worker.unref(); // an idle worker must not keep the process alive
  live++;
  worker.once('exit', () => {
    live--;
    const at = idle.findIndex((p) => p.worker === worker);
    if (at >= 0) idle.splice(at, 1);
  });
  return { worker, idleTimer: null };
}

async function acquire(): Promise<PooledWorker> {
  const ready = idle.pop();
  if (ready) {
    if (ready.idleTimer) clearTimeout(ready.idleTimer);
    return ready;
  }
  if (live < MAX_WORKERS) return startWorker();
  return new Promise((resolve) => waiting.push(resolve));
}

function release(pooled: PooledWorker, healthy: boolean): void {
  if (!healthy) {
    // Its slot is free once it has exited (terminate resolves after 'exit', or at once if it already died).
    void pooled.worker.terminate().then(() => {
      const next = waiting.shift();
      if (next) next(startWorker());
    });
    return;
  }
  const next = waiting.shift();
  if (next) return next(pooled);
  pooled.idleTimer = setTimeout(() => void pooled.worker.terminate(), IDLE_MS);
  pooled.idleTimer.unref();
  idle.push(pooled);
}

function runJob(worker: Worker, job: ImageJob): Promise<ImageJobResult> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    const onMessage = (result: ImageJobResult) => {
      settle();
      resolve(result);
    };
    const onError = (error: Error) => {
      settle();
      reject(error);
    };
    const onExit = (code: number) => onError(new Error(`image worker exited with code ${code}`));
    const timer = setTimeout(() => onError(new Error(`image worker timed out after ${JOB_TIMEOUT_MS} ms`)), JOB_TIMEOUT_MS);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });
}

/** The metadata-free image (see image.ts `sanitizeImage`), computed off the main thread. */
export async function sanitizeImageOffThread(kind: ImageKind, bytes: Uint8Array): Promise<Buffer> {
  if (kind === 'webp') return sanitizeImage(kind, bytes); // a container rewrite, no decoding: cheap enough here
  checkImageSize(kind, bytes); // cheap header check first: refuse bombs without touching a worker
  const pooled = await acquire();
  let healthy = false;
  try {
    const result = await runJob(pooled.worker, { kind, bytes });
    healthy = true;
    if (!result.ok) throw AppError(result.code, { field: 'file' });
    return Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength);
  } finally {
    release(pooled, healthy);
  }
}
