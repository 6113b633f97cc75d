import { api } from '../../api/client.ts';
import type { Id, OrgKind, Page } from '../../api/types.ts';

export type Org = {
  id: Id;
  kind: OrgKind;
  name: string;
  regionCode: string;
  regionName: string;
  sectors: string[];
};

export type OrgInput = { kind: OrgKind; name: string; regionCode: string; sectors: string[] };

export const orgsApi = {
  list: (q: { q?: string; kind?: OrgKind; page: number; pageSize: number }, signal?: AbortSignal) =>
    api.get<Page<Org>>('/api/orgs', q, signal),
  create: (body: OrgInput) => api.post<Org>('/api/orgs', body),
  update: (id: Id, body: Partial<OrgInput>) => api.patch<Org>(`/api/orgs/${encodeURIComponent(String(id))}`, body),
};
