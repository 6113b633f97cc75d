import { call } from '../../api/client.ts';
import type { BodyOf, DrawActionBody, QueryOf, ResponseOf } from '../../api/contract.ts';
import type { Id } from '../../api/types.ts';
import type { drawActions } from '@zhiben/core/src/draw/draw-machine.ts';
export { drawActionLabels } from '@zhiben/core/src/draw/draw-machine.ts';

// Thin typed calls of 双随机 draws and the 执法检查人员名录库; wire types from the generated contract.

export type DrawAction = (typeof drawActions)[number];
export type DrawSummary = ResponseOf<'/api/random-draws', 'get'>['items'][number];
export type DrawView = ResponseOf<'/api/random-draws/{id}', 'get'>;
export type DrawInput = BodyOf<'/api/random-draws', 'post'>;
export type PublicDraw = ResponseOf<'/api/public/random-draws/{id}', 'get'>;
export type Inspector = ResponseOf<'/api/inspectors', 'get'>['items'][number];
export type InspectorInput = BodyOf<'/api/inspectors/{userId}', 'put'>;
export type SpotCheckItem = ResponseOf<'/api/spot-check-items', 'get'>['items'][number];
export type SpotCheckItemInput = BodyOf<'/api/spot-check-items', 'post'>;

export const drawsApi = {
  list: (query: QueryOf<'/api/random-draws', 'get'>, signal?: AbortSignal) => call('get', '/api/random-draws', { query, signal }),
  figures: (query: QueryOf<'/api/random-draws/figures', 'get'>, signal?: AbortSignal) => call('get', '/api/random-draws/figures', { query, signal }),
  get: (id: Id, signal?: AbortSignal) => call('get', '/api/random-draws/{id}', { params: { id }, signal }),
  create: (body: DrawInput) => call('post', '/api/random-draws', { body }),
  act: <A extends DrawAction>(id: Id, action: A, body: DrawActionBody<A>) => call('post', '/api/random-draws/{id}/actions/{action}', { params: { id, action }, body }),
  publicView: (id: Id, signal?: AbortSignal) => call('get', '/api/public/random-draws/{id}', { params: { id }, signal }),
  inspectors: (signal?: AbortSignal) => call('get', '/api/inspectors', { signal }),
  saveInspector: (userId: Id, body: InspectorInput) => call('put', '/api/inspectors/{userId}', { params: { userId }, body }),
  items: (query: QueryOf<'/api/spot-check-items', 'get'>, signal?: AbortSignal) => call('get', '/api/spot-check-items', { query, signal }),
  createItem: (body: SpotCheckItemInput) => call('post', '/api/spot-check-items', { body }),
  updateItem: (id: Id, body: BodyOf<'/api/spot-check-items/{id}', 'patch'>) => call('patch', '/api/spot-check-items/{id}', { params: { id }, body }),
};

export const strataByLabels: Record<DrawInput['strataBy'] & string, string> = { none: '不分层', township: '按乡镇（街道）分层', sector: '按行业领域分层', class: '按监管分类分层（A类加权）' };
export const drawStatusColors: Record<DrawSummary['status'], string> = { committed: 'processing', drawn: 'warning', approved: 'blue', published: 'success', cancelled: 'default' };
