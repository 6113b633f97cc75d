import { call, urlOf } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/contract.ts';
import type { JobStart } from '../../api/jobs.ts';
import type { Id } from '../../api/types.ts';

export type CircularParams = QueryOf<'/api/circulars/preview', 'get'>;
export type CircularStart = BodyOf<'/api/circulars', 'post'>;
export type CircularFormat = CircularStart['format'];
/** What the office enters before sending: 文号, 签发人, 成文日期 and the sections of the Word circular. */
export type CircularIssue = Pick<CircularStart, 'docNo' | 'signer' | 'issuedOn' | 'sections'>;
export type CircularSection = NonNullable<CircularStart['sections']>[number];
export type CircularPreview = ResponseOf<'/api/circulars/preview', 'get'>;

/** The result of a finished generation job (the job schema is generic; this is the circular job's result). */
export type CircularResult = { format: CircularFormat; token: string; fileName: string; size: number; title: string };

export const circularsApi = {
  preview: (query: CircularParams, signal?: AbortSignal) => call('get', '/api/circulars/preview', { query, signal }),
  start: (body: CircularStart) => call('post', '/api/circulars', { body }) as Promise<JobStart<CircularResult>>,
  fileUrl: (id: Id) => urlOf('/api/circulars/{id}/file', { params: { id } }),
};
