import { call } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/contract.ts';
import type { Id } from '../../api/types.ts';
export {
  licenceStateLabels,
  reviewResultLabels,
  serviceBodyStatuses,
  serviceBodyStatusLabels,
  serviceBodyTypeLabels,
  serviceBodyTypes,
  quarterOf,
  previousQuarter,
} from '@zhiben/core/src/service-bodies/service-bodies.ts';
export {
  bodyCheckActionLabels,
  bodyCheckActions,
  bodyCheckKindLabels,
  bodyCheckKinds,
  supervisionPersonKindLabels,
  supervisionPersonKinds,
  supervisionPersonStatusLabels,
  supervisionPersonStatuses,
} from '@zhiben/core/src/service-bodies/oversight.ts';

// Thin typed calls of 第三方服务机构; wire types from the generated contract.

export type ServiceBody = ResponseOf<'/api/service-bodies', 'get'>['items'][number];
export type ServiceBodyDetail = ResponseOf<'/api/service-bodies/{id}', 'get'>;
export type BodyInput = BodyOf<'/api/service-bodies', 'post'>;
export type Review = ResponseOf<'/api/service-bodies/review-samples', 'get'>['items'][number];
export type Ranking = ResponseOf<'/api/service-bodies/ranking', 'get'>;
export type Contract = ResponseOf<'/api/service-contracts', 'get'>['items'][number];
export type Policies = ResponseOf<'/api/service-bodies/{id}/policies', 'get'>;
export type Policy = Policies['items'][number];
export type BodyCheck = ResponseOf<'/api/service-bodies/{id}/checks', 'get'>['items'][number];
export type SupervisionPerson = ResponseOf<'/api/supervision-people', 'get'>['items'][number];

export const serviceBodiesApi = {
  list: (query: QueryOf<'/api/service-bodies', 'get'>, signal?: AbortSignal) => call('get', '/api/service-bodies', { query, signal }),
  get: (id: Id, signal?: AbortSignal) => call('get', '/api/service-bodies/{id}', { params: { id }, signal }),
  create: (body: BodyInput) => call('post', '/api/service-bodies', { body }),
  update: (id: Id, body: BodyOf<'/api/service-bodies/{id}', 'patch'>) => call('patch', '/api/service-bodies/{id}', { params: { id }, body }),
  addStaff: (id: Id, body: BodyOf<'/api/service-bodies/{id}/staff', 'post'>) => call('post', '/api/service-bodies/{id}/staff', { params: { id }, body }),
  updateStaff: (id: Id, staffId: Id, body: BodyOf<'/api/service-bodies/{id}/staff/{staffId}', 'patch'>) => call('patch', '/api/service-bodies/{id}/staff/{staffId}', { params: { id, staffId }, body }),
  addReport: (id: Id, body: BodyOf<'/api/service-bodies/{id}/reports', 'post'>) => call('post', '/api/service-bodies/{id}/reports', { params: { id }, body }),
  samples: (quarter: string, signal?: AbortSignal) => call('get', '/api/service-bodies/review-samples', { query: { quarter }, signal }),
  draw: (quarter: string) => call('post', '/api/service-bodies/review-samples', { body: { quarter } }),
  review: (id: Id, body: BodyOf<'/api/service-report-reviews/{id}', 'put'>) => call('put', '/api/service-report-reviews/{id}', { params: { id }, body }),
  ranking: (quarter: string, signal?: AbortSignal) => call('get', '/api/service-bodies/ranking', { query: { quarter }, signal }),
  contracts: (query: QueryOf<'/api/service-contracts', 'get'>, signal?: AbortSignal) => call('get', '/api/service-contracts', { query, signal }),
  addContract: (body: BodyOf<'/api/service-contracts', 'post'>) => call('post', '/api/service-contracts', { body }),
  policies: (id: Id, signal?: AbortSignal) => call('get', '/api/service-bodies/{id}/policies', { params: { id }, signal }),
  addPolicy: (id: Id, body: BodyOf<'/api/service-bodies/{id}/policies', 'post'>) => call('post', '/api/service-bodies/{id}/policies', { params: { id }, body }),
  checks: (id: Id, signal?: AbortSignal) => call('get', '/api/service-bodies/{id}/checks', { params: { id }, signal }),
  addCheck: (id: Id, body: BodyOf<'/api/service-bodies/{id}/checks', 'post'>) => call('post', '/api/service-bodies/{id}/checks', { params: { id }, body }),
  checkSample: (quarter: string, signal?: AbortSignal) => call('get', '/api/service-bodies/check-sample', { query: { quarter }, signal }),
  people: (query: QueryOf<'/api/supervision-people', 'get'>, signal?: AbortSignal) => call('get', '/api/supervision-people', { query, signal }),
  addPerson: (body: BodyOf<'/api/supervision-people', 'post'>) => call('post', '/api/supervision-people', { body }),
  updatePerson: (id: Id, body: BodyOf<'/api/supervision-people/{id}', 'patch'>) => call('patch', '/api/supervision-people/{id}', { params: { id }, body }),
};

export const licenceStateColors: Record<ServiceBody['licenceState'], string> = { expired: 'red', expiring: 'orange', valid: 'green' };
export const statusColors: Record<ServiceBody['status'], string> = { listed: 'green', suspended: 'orange', removed: 'default' };
export const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);
export const yuan = (fen: number) => `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}元`;
