import { call } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/contract.ts';
import type { Id } from '../../api/types.ts';

// Thin typed calls of the 场所 API; wire types from the generated contract.

export type Premises = ResponseOf<'/api/premises/{id}', 'get'>;
export type PremisesInput = BodyOf<'/api/premises', 'post'>;
export type PremisesUpdate = BodyOf<'/api/premises/{id}', 'patch'>;

export const premisesApi = {
  list: (query: QueryOf<'/api/premises', 'get'>, signal?: AbortSignal) => call('get', '/api/premises', { query, signal }),
  get: (id: Id, signal?: AbortSignal) => call('get', '/api/premises/{id}', { params: { id }, signal }),
  create: (body: PremisesInput) => call('post', '/api/premises', { body }),
  update: (id: Id, body: PremisesUpdate) => call('patch', '/api/premises/{id}', { params: { id }, body }),
  revealOwnerId: (id: Id, purpose: string) => call('post', '/api/premises/{id}/reveal-owner-id', { params: { id }, body: { purpose } }),
  gridOfficers: (signal?: AbortSignal) => call('get', '/api/premises/grid-officers', { signal }),
};
