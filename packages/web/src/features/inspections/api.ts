import { call, urlOf } from '../../api/client.ts';
import type { BodyOf, InspectionActionBody, QueryOf, ResponseOf } from '../../api/contract.ts';
import type { Id } from '../../api/types.ts';
import type { InspectionAction } from './labels.tsx';

// Thin typed calls of the inspection API (检查, 主要负责人带队检查, figures); wire types from the generated contract.

export type Inspection = ResponseOf<'/api/inspections/{id}', 'get'>;
export type InspectionListItem = ResponseOf<'/api/inspections', 'get'>['items'][number];
export type InspectionItem = Inspection['items'][number];
export type FieldPhoto = InspectionItem['photos'][number];
export type PlanInspectionInput = BodyOf<'/api/inspections', 'post'>;
export type PrincipalCheckInput = BodyOf<'/api/principal-checks', 'post'>;
export type PrincipalCheckForm = ResponseOf<'/api/principal-checks/form', 'get'>;
export type InspectionFigures = ResponseOf<'/api/stats/inspections', 'get'>;
export type FiveLists = ResponseOf<'/api/inspections/{id}/lists', 'get'>;
export type FigureGroup = NonNullable<QueryOf<'/api/stats/inspections', 'get'>['by']>;
type ListQuery = QueryOf<'/api/inspections', 'get'>;

export const inspectionsApi = {
  list: (query: ListQuery, signal?: AbortSignal) => call('get', '/api/inspections', { query, signal }),
  get: (id: Id, signal?: AbortSignal) => call('get', '/api/inspections/{id}', { params: { id }, signal }),
  plan: (body: PlanInspectionInput) => call('post', '/api/inspections', { body }),
  act: <A extends InspectionAction>(id: Id, action: A, body: InspectionActionBody<A>) =>
    call('post', '/api/inspections/{id}/actions/{action}', { params: { id, action }, body }),
  lists: (id: Id, signal?: AbortSignal) => call('get', '/api/inspections/{id}/lists', { params: { id }, signal }),
  openHazards: (id: Id, q: string) => call('get', '/api/inspections/{id}/open-hazards', { params: { id }, query: { q } }),
  recordDocxUrl: (id: Id) => urlOf('/api/inspections/{id}/record.docx', { params: { id } }),
  photoUrl: (id: Id, sha256: string) => urlOf('/api/inspections/{id}/files/{sha256}', { params: { id, sha256 } }),
  figures: (query: QueryOf<'/api/stats/inspections', 'get'>, signal?: AbortSignal) => call('get', '/api/stats/inspections', { query, signal }),
};

export const principalChecksApi = {
  form: (signal?: AbortSignal) => call('get', '/api/principal-checks/form', { signal }),
  submit: (body: PrincipalCheckInput, idempotencyKey: string) => call('post', '/api/principal-checks', { body, headers: { 'Idempotency-Key': idempotencyKey } }),
  periods: (query: QueryOf<'/api/principal-checks/periods', 'get'>, signal?: AbortSignal) => call('get', '/api/principal-checks/periods', { query, signal }),
  compliance: (query: QueryOf<'/api/stats/principal-checks', 'get'>, signal?: AbortSignal) => call('get', '/api/stats/principal-checks', { query, signal }),
  ranking: (query: QueryOf<'/api/stats/principal-checks/ranking', 'get'>, signal?: AbortSignal) => call('get', '/api/stats/principal-checks/ranking', { query, signal }),
  enterprises: (query: QueryOf<'/api/stats/principal-checks/enterprises', 'get'>, signal?: AbortSignal) =>
    call('get', '/api/stats/principal-checks/enterprises', { query, signal }),
  detections: (query: QueryOf<'/api/missed-detections', 'get'>, signal?: AbortSignal) => call('get', '/api/missed-detections', { query, signal }),
  review: (hazardId: Id, body: BodyOf<'/api/missed-detections/{hazardId}/review', 'post'>) =>
    call('post', '/api/missed-detections/{hazardId}/review', { params: { hazardId }, body }),
};
