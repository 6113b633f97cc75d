import { call } from './client.ts';
import type { ResponseOf } from './contract.ts';
import type { Id } from './types.ts';

type JobView = ResponseOf<'/api/jobs/{id}', 'get'>;

/**
 * A background job (imports, exports, circulars). The server's job schema is generic (its `result` is an object
 * whose shape depends on the job kind); `R` is the result of the kind the caller started.
 */
export type Job<R> = Omit<JobView, 'result'> & { result: R | null };

export const jobsApi = {
  get: <R>(id: Id) => call('get', '/api/jobs/{id}', { params: { id } }) as Promise<Job<R>>,
};

/** The answer of a POST that starts a job. */
export type JobStart<R> = { job: Job<R> };
