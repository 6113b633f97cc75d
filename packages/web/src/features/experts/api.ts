import { call } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/contract.ts';

export type Expert = ResponseOf<'/api/experts/{id}', 'get'>;
export type ExpertListItem = ResponseOf<'/api/experts', 'get'>['items'][number];
export type ExpertInput = BodyOf<'/api/experts', 'post'>;
export type ExpertPatch = BodyOf<'/api/experts/{id}', 'patch'>;
export type ServicePlan = ResponseOf<'/api/experts/service-plan', 'get'>;
export type ExpertFigures = ResponseOf<'/api/experts/figures', 'get'>;
export type Candidates = ResponseOf<'/api/experts/candidates', 'get'>;

export const expertsApi = {
  list: (query: QueryOf<'/api/experts', 'get'>, signal?: AbortSignal) => call('get', '/api/experts', { query, signal }),
  get: (id: string, signal?: AbortSignal) => call('get', '/api/experts/{id}', { params: { id }, signal }),
  me: (signal?: AbortSignal) => call('get', '/api/experts/me', { signal }),
  create: (body: ExpertInput) => call('post', '/api/experts', { body }),
  update: (id: string, body: ExpertPatch) => call('patch', '/api/experts/{id}', { params: { id }, body }),
  rate: (id: string, body: BodyOf<'/api/experts/{id}/ratings', 'post'>) => call('post', '/api/experts/{id}/ratings', { params: { id }, body }),
  candidates: (query: QueryOf<'/api/experts/candidates', 'get'>, signal?: AbortSignal) => call('get', '/api/experts/candidates', { query, signal }),
  servicePlan: (query: QueryOf<'/api/experts/service-plan', 'get'>, signal?: AbortSignal) => call('get', '/api/experts/service-plan', { query, signal }),
  figures: (query: QueryOf<'/api/experts/figures', 'get'>, signal?: AbortSignal) => call('get', '/api/experts/figures', { query, signal }),
};
