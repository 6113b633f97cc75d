import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { jobsApi, type Job, type JobStart } from '../../api/jobs.ts';

const POLL_MS = 1000;

export const isRunning = (job: Job<unknown> | null): boolean => job !== null && (job.status === 'queued' || job.status === 'running');

export function jobPercent(job: Job<unknown> | null): number {
  if (!job) return 0;
  if (job.status === 'succeeded') return 100;
  if (job.progress.total <= 0) return 0;
  return Math.min(100, Math.floor((job.progress.done / job.progress.total) * 100));
}

/**
 * The one progress follower of background jobs (imports, exports, circulars): starts a job (the POST answers
 * `{job}`) and polls GET /api/jobs/:id until it ends; a newer start or unmount stops the older polling.
 */
export function useJob<R>() {
  const [job, setJob] = useState<Job<R> | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const generation = useRef(0);

  const stop = useCallback(() => {
    generation.current += 1;
    window.clearTimeout(timer.current);
    timer.current = undefined;
  }, []);

  useEffect(() => stop, [stop]);

  const poll = useCallback((id: Job<R>['id'], gen: number) => {
    timer.current = window.setTimeout(() => {
      jobsApi.get<R>(id).then(
        (j) => {
          if (gen !== generation.current) return;
          setJob(j);
          if (isRunning(j)) poll(id, gen);
        },
        (err: unknown) => {
          if (gen === generation.current) setError(errorMessage(err));
        },
      );
    }, POLL_MS);
  }, []);

  const start = useCallback(
    async (create: () => Promise<JobStart<R>>) => {
      stop();
      const gen = generation.current;
      setStarting(true);
      setError(null);
      setJob(null);
      try {
        const { job: created } = await create();
        if (gen !== generation.current) return;
        setJob(created);
        if (isRunning(created)) poll(created.id, gen);
      } catch (err) {
        if (gen === generation.current) setError(errorMessage(err));
      } finally {
        setStarting(false);
      }
    },
    [poll, stop],
  );

  const reset = useCallback(() => {
    stop();
    setJob(null);
    setError(null);
  }, [stop]);

  return { job, starting, error, start, reset };
}
