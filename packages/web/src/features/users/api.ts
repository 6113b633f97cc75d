import { call } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/contract.ts';
import type { Id } from '../../api/types.ts';

export type User = ResponseOf<'/api/users', 'get'>['items'][number];
export type CreateUserInput = BodyOf<'/api/users', 'post'>;
export type UpdateUserInput = BodyOf<'/api/users/{id}', 'patch'>;
export type Grant = ResponseOf<'/api/grants', 'get'>['items'][number];
export type EnterpriseOption = ResponseOf<'/api/users/enterprise-options', 'get'>['items'][number];

export const usersApi = {
  list: (query: QueryOf<'/api/users', 'get'>, signal?: AbortSignal) => call('get', '/api/users', { query, signal }),
  create: (body: CreateUserInput) => call('post', '/api/users', { body }),
  update: (id: Id, body: UpdateUserInput) => call('patch', '/api/users/{id}', { params: { id }, body }),
  resetPassword: (id: Id, password: string) => call('post', '/api/users/{id}/reset-password', { params: { id }, body: { password } }),
  unlock: (id: Id) => call('post', '/api/users/{id}/unlock', { params: { id } }),
  enterpriseOptions: (q: string) => call('get', '/api/users/enterprise-options', { query: { q } }),
  grants: (signal?: AbortSignal) => call('get', '/api/grants', { signal }),
  decideGrant: (id: Id, decision: 'confirm' | 'reject', note: string) => call('post', '/api/grants/{id}/{decision}', { params: { id, decision }, body: { note } }),
};
