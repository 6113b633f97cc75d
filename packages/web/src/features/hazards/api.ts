import { call, postFormAndSave, urlOf } from '../../api/client.ts';
import type { BodyOf, HazardActionBody, QueryOf, ResponseOf } from '../../api/contract.ts';
import type { Job, JobStart } from '../../api/jobs.ts';
import type { Id } from '../../api/types.ts';
import type { HazardAction } from '../../app/labels.ts';

// Thin typed calls of the hazard API (docs/hazards-api.md); every wire type comes from the generated contract.

export type Hazard = ResponseOf<'/api/hazards/{id}', 'get'>;
export type HazardListItem = ResponseOf<'/api/hazards', 'get'>['items'][number];
export type Plan = NonNullable<Hazard['plan']>;
export type HazardCriterion = Hazard['criteria'][number];
export type TimelineEvent = Hazard['timeline'][number];
export type HazardNotification = Hazard['notifications'][number];
export type HazardDocument = Hazard['documents'][number];
export type Evidence = Omit<Hazard['attachments'][number], 'seq'>;
export type EvidenceKind = Evidence['kind'];
export type UploadedFile = ResponseOf<'/api/files', 'post'>;
export type HazardInput = BodyOf<'/api/hazards', 'post'>;
export type DuplicateCandidate = ResponseOf<'/api/hazards/duplicates', 'post'>['items'][number];
export type LinkInput = BodyOf<'/api/hazards/{id}/link', 'post'>;

type ListQuery = QueryOf<'/api/hazards', 'get'>;
export type HazardPeriod = NonNullable<ListQuery['period']>;
export type AgeingBucket = NonNullable<ListQuery['ageing']>;
/** List filters as the list page keeps them; `hazardQuery` turns them into the API's query. */
export type HazardFilters = Omit<ListQuery, 'page' | 'pageSize'>;

/** Job results of the ledger import (the job schema is generic; these are the shapes of the two job kinds). */
export type ImportRowError = { row: number; column: string | null; message: string };
/** Preview: `valid` rows passed every check (of which `skipped` are already on record and would be skipped). */
export type ImportPreview = { total: number; valid: number; skipped?: number; errors: ImportRowError[]; errorsTruncated?: boolean; sample: Record<string, unknown>[] };
export type ImportOutcome = { total?: number; created: number; skipped: number; failed: number; errors: ImportRowError[]; errorsTruncated?: boolean };

/** What a request carries of an evidence item: the server fills in mime and size from the stored file. */
export type EvidenceRef = NonNullable<HazardInput['evidence']>[number];
export const toEvidenceRefs = (list: readonly EvidenceRef[] | undefined): EvidenceRef[] =>
  (list ?? []).map((e) => ({ sha256: e.sha256, name: e.name?.slice(0, 120), kind: e.kind }));

function upload(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

export const hazardsApi = {
  list: (query: ListQuery, signal?: AbortSignal) => call('get', '/api/hazards', { query, signal }),
  get: (id: Id, signal?: AbortSignal) => call('get', '/api/hazards/{id}', { params: { id }, signal }),
  create: (body: HazardInput, idempotencyKey: string) =>
    call('post', '/api/hazards', { body: { ...body, evidence: toEvidenceRefs(body.evidence) }, headers: { 'Idempotency-Key': idempotencyKey } }),
  duplicates: (body: BodyOf<'/api/hazards/duplicates', 'post'>, signal?: AbortSignal) => call('post', '/api/hazards/duplicates', { body, signal }),
  link: (id: Id, body: LinkInput) => call('post', '/api/hazards/{id}/link', { params: { id }, body }),
  act: <A extends HazardAction>(id: Id, action: A, body: HazardActionBody<A>) =>
    call('post', '/api/hazards/{id}/actions/{action}', { params: { id, action }, body }),
  /** A numbered document of the hazard (.docx); printing it again keeps its 文号. */
  documentUrl: (id: Id, kind: HazardDocument['kind']) => urlOf('/api/hazards/{id}/documents/{kind}', { params: { id, kind } }),
  exportUrl: (query: HazardFilters) => urlOf('/api/hazards/export.xlsx', { query }),
  templateUrl: urlOf('/api/hazards/import-template.xlsx'),
  /** 下载错误行 of an import job: the same ledger file goes back with the job (the platform keeps no copy of it). */
  downloadImportErrors: (jobId: string, file: File) => {
    const form = new FormData();
    form.append('jobId', jobId);
    form.append('file', file);
    return postFormAndSave('/api/hazards/import/errors.xlsx', form, `${file.name.replace(/\.xlsx$/i, '')}-错误行.xlsx`);
  },
  importPreview: (file: File) => call('post', '/api/hazards/import/preview', { body: upload(file) }) as Promise<JobStart<ImportPreview>>,
  import: (file: File) => call('post', '/api/hazards/import', { body: upload(file) }) as Promise<JobStart<ImportOutcome>>,
  /** Every valid row through the 判定助手 (the preview checks rows within a time budget); read-only. */
  importGrading: (file: File) => call('post', '/api/hazards/import/grading', { body: upload(file) }) as Promise<JobStart<ImportPreview>>,
};

export type { Job };

export const filesApi = {
  upload: (file: File) => call('post', '/api/files', { body: upload(file) }),
  url: (sha256: string) => urlOf('/api/files/{sha256}', { params: { sha256 } }),
};
