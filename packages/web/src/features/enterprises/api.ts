import { api, apiUrl } from '../../api/client.ts';
import type { Id, Page } from '../../api/types.ts';

export type Scale = 'large' | 'medium' | 'small' | 'micro';
export type EnterpriseStatus = 'operating' | 'suspended' | 'closed';
export type EnterpriseAction = 'edit' | 'edit_contacts';
export type Person = { name: string; phone: string };

export type Enterprise = {
  id: Id;
  uscc: string;
  name: string;
  regionCode: string;
  regionName: string;
  address: string;
  lat: number | null;
  lng: number | null;
  sectors: string[];
  highRisk: boolean;
  scale: Scale;
  status: EnterpriseStatus;
  principal: Person;
  controller: Person;
  safetyManager: Person;
  version: number;
  updatedAt: string;
  actions: EnterpriseAction[];
};

export type EnterpriseInput = Pick<
  Enterprise,
  | 'uscc'
  | 'name'
  | 'regionCode'
  | 'address'
  | 'lat'
  | 'lng'
  | 'sectors'
  | 'scale'
  | 'status'
  | 'principal'
  | 'controller'
  | 'safetyManager'
>;

export type ContactsInput = Pick<Enterprise, 'principal' | 'controller' | 'safetyManager' | 'address'>;

export type EnterpriseFilters = {
  q?: string;
  regionCode?: string;
  sector?: string;
  status?: EnterpriseStatus;
};

export type EnterpriseStats = {
  bySector: { sector: string; count: number }[];
  byStatus: { status: EnterpriseStatus; count: number }[];
  total: number;
};

export type ImportError = { row: number; column: string | null; message: string };

export type Job = {
  id: Id;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: { done: number; total: number };
  result: null | { created: number; updated: number; failed: number; errors: ImportError[] };
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
};

export const enterprisesApi = {
  list: (f: EnterpriseFilters & { page: number; pageSize: number }, signal?: AbortSignal) =>
    api.get<Page<Enterprise>>('/api/enterprises', f, signal),
  get: (id: Id, signal?: AbortSignal) => api.get<Enterprise>(`/api/enterprises/${encodeURIComponent(String(id))}`, undefined, signal),
  create: (body: EnterpriseInput) => api.post<Enterprise>('/api/enterprises', body),
  update: (id: Id, body: Partial<EnterpriseInput> & { version: number }) =>
    api.patch<Enterprise>(`/api/enterprises/${encodeURIComponent(String(id))}`, body),
  stats: () => api.get<EnterpriseStats>('/api/enterprises/stats'),
  import: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.post<{ job: Job }>('/api/enterprises/import', form);
  },
  job: (id: Id) => api.get<Job>(`/api/jobs/${encodeURIComponent(String(id))}`),
  exportUrl: (f: EnterpriseFilters) => apiUrl('/api/enterprises/export.xlsx', f),
  templateUrl: '/api/enterprises/import-template.xlsx',
};
