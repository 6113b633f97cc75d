import { call } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/contract.ts';
import type { Id } from '../../api/types.ts';

export type MeetingView = ResponseOf<'/api/meetings/{id}', 'get'>;
export type MeetingBody = BodyOf<'/api/meetings', 'post'>;
export type CadenceReport = ResponseOf<'/api/meetings/cadence', 'get'>;

export const meetingsApi = {
  list: (query: QueryOf<'/api/meetings', 'get'>, signal?: AbortSignal) => call('get', '/api/meetings', { query, signal }),
  get: (id: Id, signal?: AbortSignal) => call('get', '/api/meetings/{id}', { params: { id }, signal }),
  create: (body: MeetingBody) => call('post', '/api/meetings', { body }),
  update: (id: Id, body: BodyOf<'/api/meetings/{id}', 'patch'>) => call('patch', '/api/meetings/{id}', { params: { id }, body }),
  cadence: (query: QueryOf<'/api/meetings/cadence', 'get'>, signal?: AbortSignal) => call('get', '/api/meetings/cadence', { query, signal }),
};
