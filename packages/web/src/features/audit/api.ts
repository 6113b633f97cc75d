import { call } from '../../api/client.ts';
import type { QueryOf, ResponseOf } from '../../api/contract.ts';

export type AuditEntry = ResponseOf<'/api/audit', 'get'>['items'][number];
export type AuditQuery = QueryOf<'/api/audit', 'get'>;
export type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;
export type VerifyResult = ResponseOf<'/api/audit/verify', 'get'>;

export const auditApi = {
  list: (query: AuditQuery, signal?: AbortSignal) => call('get', '/api/audit', { query, signal }),
  actions: () => call('get', '/api/audit/actions'),
  verify: () => call('get', '/api/audit/verify'),
};

export type BusinessEvent = ResponseOf<'/api/audit/business', 'get'>['items'][number];
export type BusinessEventsQuery = QueryOf<'/api/audit/business', 'get'>;

export const businessEventsApi = {
  list: (query: BusinessEventsQuery, signal?: AbortSignal) => call('get', '/api/audit/business', { query, signal }),
  kinds: () => call('get', '/api/audit/business/kinds'),
};
