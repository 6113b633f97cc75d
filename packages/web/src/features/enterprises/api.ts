import { call, urlOf } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/contract.ts';
import type { JobStart } from '../../api/jobs.ts';
import type { Id } from '../../api/types.ts';

export type Enterprise = ResponseOf<'/api/enterprises/{id}', 'get'>;
export type Scale = Enterprise['scale'];
export type EnterpriseStatus = Enterprise['status'];
export type EnterpriseAction = Enterprise['actions'][number];
export type Person = Enterprise['principal'];
export type EnterpriseInput = BodyOf<'/api/enterprises', 'post'>;
export type EnterpriseUpdate = BodyOf<'/api/enterprises/{id}', 'patch'>;
export type ContactsInput = Pick<Enterprise, 'principal' | 'controller' | 'safetyManager' | 'address'>;
type ListQuery = QueryOf<'/api/enterprises', 'get'>;
export type EnterpriseFilters = Omit<ListQuery, 'page' | 'pageSize'>;
export type EnterpriseStats = ResponseOf<'/api/enterprises/stats', 'get'>;

/** The result of the register import job (the job schema is generic; this is that kind's result). */
export type ImportError = { row: number; column: string | null; message: string };
export type EnterpriseImportResult = { created: number; updated: number; failed: number; errors: ImportError[] };

export const enterprisesApi = {
  list: (query: ListQuery, signal?: AbortSignal) => call('get', '/api/enterprises', { query, signal }),
  get: (id: Id, signal?: AbortSignal) => call('get', '/api/enterprises/{id}', { params: { id }, signal }),
  create: (body: EnterpriseInput) => call('post', '/api/enterprises', { body }),
  update: (id: Id, body: EnterpriseUpdate) => call('patch', '/api/enterprises/{id}', { params: { id }, body }),
  stats: () => call('get', '/api/enterprises/stats'),
  import: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return call('post', '/api/enterprises/import', { body: form }) as Promise<JobStart<EnterpriseImportResult>>;
  },
  exportUrl: (query: EnterpriseFilters) => urlOf('/api/enterprises/export.xlsx', { query }),
  templateUrl: urlOf('/api/enterprises/import-template.xlsx'),
};
