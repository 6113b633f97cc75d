import { api } from '../../api/client.ts';
import type { Items, Page } from '../../api/types.ts';

export type AuditEntry = {
  id: number;
  at: string;
  actorName: string | null;
  ip: string | null;
  action: string;
  entityType: string | null;
  entityId: string | number | null;
  detail: unknown;
};

export type AuditFilters = { actor?: string; action?: string; entityType?: string; from?: string; to?: string };

export type VerifyResult = { ok: boolean; checked: number; brokenAtId: number | null };

export const auditApi = {
  list: (q: AuditFilters & { page: number; pageSize: number }, signal?: AbortSignal) => api.get<Page<AuditEntry>>('/api/audit', q, signal),
  actions: () => api.get<Items<string>>('/api/audit/actions'),
  verify: () => api.get<VerifyResult>('/api/audit/verify'),
};
