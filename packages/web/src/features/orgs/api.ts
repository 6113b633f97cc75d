import { call } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/contract.ts';
import type { Id } from '../../api/types.ts';

export type Org = ResponseOf<'/api/orgs', 'get'>['items'][number];
export type OrgInput = BodyOf<'/api/orgs', 'post'>;

export const orgsApi = {
  list: (query: QueryOf<'/api/orgs', 'get'>, signal?: AbortSignal) => call('get', '/api/orgs', { query, signal }),
  create: (body: OrgInput) => call('post', '/api/orgs', { body }),
  update: (id: Id, body: BodyOf<'/api/orgs/{id}', 'patch'>) => call('patch', '/api/orgs/{id}', { params: { id }, body }),
};
