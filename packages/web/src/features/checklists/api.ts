import { call, urlOf } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/contract.ts';
import type { Id } from '../../api/types.ts';

// Thin typed calls of the 检查表 library; wire types from the generated contract.

export type Checklist = ResponseOf<'/api/checklists/{id}', 'get'>;
export type ChecklistSummary = ResponseOf<'/api/checklists', 'get'>['items'][number];
export type ImportReport = ResponseOf<'/api/checklists/import', 'post'>;
export type ChecklistInput = BodyOf<'/api/checklists', 'post'>;
export type ChecklistMeta = { title: string; sectors: string[]; effectiveFrom: string; note?: string };

function upload(file: File, meta: ChecklistMeta | null): FormData {
  const form = new FormData();
  if (meta) form.append('meta', JSON.stringify(meta));
  form.append('file', file);
  return form;
}

export const checklistsApi = {
  list: (query: QueryOf<'/api/checklists', 'get'>, signal?: AbortSignal) => call('get', '/api/checklists', { query, signal }),
  get: (id: Id, signal?: AbortSignal) => call('get', '/api/checklists/{id}', { params: { id }, signal }),
  exportUrl: (id: Id) => urlOf('/api/checklists/{id}/export.xlsx', { params: { id } }),
  sectorExportUrl: (sector: string) => urlOf('/api/checklists/sector/{sector}/export.xlsx', { params: { sector } }),
  templateUrl: urlOf('/api/checklists/import-template.xlsx'),
  /** Publishes version 1 of a list written on screen. */
  create: (body: ChecklistInput) => call('post', '/api/checklists', { body }),
  /** Publishes the next version of the list `id` (the latest) from its items as edited. */
  publishVersion: (id: Id, body: ChecklistInput) => call('post', '/api/checklists/{id}/versions', { params: { id }, body }),
  /** dryRun: the row-by-row report only; otherwise publishes (a new version with `replaces`). */
  import: (file: File, meta: ChecklistMeta | null, options: { dryRun: boolean; replaces?: Id }) =>
    call('post', '/api/checklists/import', { query: { dryRun: options.dryRun ? 'true' : 'false', replaces: options.replaces }, body: upload(file, meta) }),
};
