import { call } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/contract.ts';
import type { Id } from '../../api/types.ts';

export type LeaderView = ResponseOf<'/api/leaders', 'get'>['items'][number];
export type LeaderBody = BodyOf<'/api/leaders', 'post'>;
export type LeaderRecord = ResponseOf<'/api/leaders/{id}/record', 'get'>;
export type DutyListView = ResponseOf<'/api/duty-lists', 'get'>['items'][number];
export type DutyListBody = BodyOf<'/api/duty-lists', 'post'>;
export type WorkingGroupView = ResponseOf<'/api/working-groups', 'get'>['items'][number];
export type WorkingGroupBody = BodyOf<'/api/working-groups', 'post'>;

export const leadersApi = {
  list: (query: QueryOf<'/api/leaders', 'get'>, signal?: AbortSignal) => call('get', '/api/leaders', { query, signal }),
  create: (body: LeaderBody) => call('post', '/api/leaders', { body }),
  update: (id: Id, body: BodyOf<'/api/leaders/{id}', 'patch'>) => call('patch', '/api/leaders/{id}', { params: { id }, body }),
  record: (id: Id, year: number | undefined, signal?: AbortSignal) => call('get', '/api/leaders/{id}/record', { params: { id }, query: { year }, signal }),
  dutyLists: (query: QueryOf<'/api/duty-lists', 'get'>, signal?: AbortSignal) => call('get', '/api/duty-lists', { query, signal }),
  createDutyList: (body: DutyListBody) => call('post', '/api/duty-lists', { body }),
  updateDutyList: (id: Id, body: BodyOf<'/api/duty-lists/{id}', 'patch'>) => call('patch', '/api/duty-lists/{id}', { params: { id }, body }),
  fileDutyList: (id: Id, version: number) => call('post', '/api/duty-lists/{id}/file', { params: { id }, body: { version } }),
  groups: (signal?: AbortSignal) => call('get', '/api/working-groups', { signal }),
  createGroup: (body: WorkingGroupBody) => call('post', '/api/working-groups', { body }),
  updateGroup: (id: Id, body: BodyOf<'/api/working-groups/{id}', 'patch'>) => call('patch', '/api/working-groups/{id}', { params: { id }, body }),
};
