import { describe, expect, it } from 'vitest';
import type { Job } from '../../api/jobs.ts';
import { isRunning, jobPercent } from './useJob.ts';

const job = (status: Job<unknown>['status'], done: number, total: number): Job<unknown> => ({
  id: 'j',
  kind: 'hazard_import',
  status,
  progress: { done, total },
  result: null,
  error: null,
  createdAt: '2026-12-04T00:00:00Z',
  finishedAt: null,
});

describe('job progress', () => {
  it.each([
    [null, 0, false],
    [job('queued', 0, 0), 0, true],
    [job('running', 0, 0), 0, true],
    [job('running', 1, 3), 33, true],
    [job('running', 5, 3), 100, true],
    [job('failed', 1, 3), 33, false],
    [job('succeeded', 0, 0), 100, false],
  ])('%j → %s%%, running %s', (j, percent, running) => {
    expect(jobPercent(j)).toBe(percent);
    expect(isRunning(j)).toBe(running);
  });
});
