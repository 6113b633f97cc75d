import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { isAppError } from '../../errors.ts';
import { insertJob, updateJob } from './jobs.repository.ts';

export type ProgressReporter = (done: number, total: number) => Promise<void>;
export type JobWork = (report: ProgressReporter) => Promise<Record<string, unknown>>;

export type JobRunner = {
  start: (kind: string, createdBy: string, work: JobWork) => Promise<{ id: string }>;
  /** Resolves when the job has finished (for API callers that ask to wait, and tests). */
  wait: (id: string) => Promise<void>;
  drain: () => Promise<void>;
};

// Progress is written at most this often; each write is a tiny UPDATE.
const PROGRESS_EVERY_MS = 300;

/** Runs long work in this process, recording status and progress in the jobs table for the UI to poll. */
export function createJobRunner(deps: { db: Db; clock: Clock; log: FastifyBaseLogger }): JobRunner {
  const running = new Map<string, Promise<void>>();

  async function run(id: string, work: JobWork): Promise<void> {
    const { db, clock } = deps;
    let lastWrite = 0;
    try {
      await updateJob(db, id, { status: 'running' });
      const result = await work(async (done, total) => {
        const now = Date.now();
        if (now - lastWrite < PROGRESS_EVERY_MS && done < total) return;
        lastWrite = now;
        await updateJob(db, id, { progressDone: done, progressTotal: total });
      });
      await updateJob(db, id, { status: 'succeeded', result, finishedAt: clock.now() });
    } catch (error) {
      deps.log.error({ err: error, jobId: id }, 'job failed');
      const message = isAppError(error) ? error.message : '任务执行失败';
      await updateJob(db, id, { status: 'failed', error: message, finishedAt: clock.now() }).catch(() => undefined);
    }
  }

  return {
    async start(kind, createdBy, work) {
      const job = await insertJob(deps.db, { kind, createdBy, progressTotal: 0 });
      const promise = run(job.id, work).finally(() => running.delete(job.id));
      running.set(job.id, promise);
      return { id: job.id };
    },
    async wait(id) {
      await running.get(id);
    },
    async drain() {
      await Promise.allSettled([...running.values()]);
    },
  };
}
