import { apiUrl, request } from '../../api/client.ts';
import type { Id } from '../../api/types.ts';
import type { Job } from '../hazards/api.ts';

// Mirrors packages/server/src/modules/circulars/circulars.schema.ts.
export type CircularFormat = 'docx' | 'xlsx';
export type CircularParams = { month: string; regionCode?: string | undefined };

export type CircularPreview = {
  title: string;
  month: string;
  asOf: string;
  region: { code: string; name: string; level: string };
  sectors: string[] | null;
  headline: { label: string; value: string }[];
  counts: { overdue: number; longStanding: number; escalations: number; subRegions: number };
};

/** The result of a finished generation job. */
export type CircularResult = { format: CircularFormat; token: string; fileName: string; size: number; title: string };

export const circularsApi = {
  preview: (params: CircularParams, signal?: AbortSignal) =>
    request<CircularPreview>('GET', '/api/circulars/preview', { query: params, ...(signal ? { signal } : {}) }),
  start: (params: CircularParams & { format: CircularFormat }) => request<{ job: Job<CircularResult> }>('POST', '/api/circulars', { body: params }),
  fileUrl: (jobId: Id) => apiUrl(`/api/circulars/${encodeURIComponent(String(jobId))}/file`),
};
