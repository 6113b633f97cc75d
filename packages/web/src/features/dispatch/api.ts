import { call, urlOf } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf, RoundActionBody } from '../../api/contract.ts';
import type { JobStart } from '../../api/jobs.ts';
import type { Id } from '../../api/types.ts';
import type { roundActions } from '@zhiben/core/src/tasks/machines.ts';

export type RoundAction = (typeof roundActions)[number];
export type RoundListItem = ResponseOf<'/api/dispatch-rounds', 'get'>['items'][number];
export type RoundView = ResponseOf<'/api/dispatch-rounds/{id}', 'get'>;
export type DocumentRequest = BodyOf<'/api/dispatch-documents', 'post'>;
export type DocumentResult = { token: string; fileName: string; size: number; title: string };

export const dispatchApi = {
  list: (query: QueryOf<'/api/dispatch-rounds', 'get'>, signal?: AbortSignal) => call('get', '/api/dispatch-rounds', { query, signal }),
  get: (id: Id, signal?: AbortSignal) => call('get', '/api/dispatch-rounds/{id}', { params: { id }, signal }),
  open: (body: BodyOf<'/api/dispatch-rounds', 'post'>) => call('post', '/api/dispatch-rounds', { body }),
  act: <A extends RoundAction>(id: Id, action: A, body: RoundActionBody<A>) =>
    call('post', '/api/dispatch-rounds/{id}/actions/{action}', { params: { id, action }, body }),
  startDocument: (body: DocumentRequest) => call('post', '/api/dispatch-documents', { body, query: {} }) as Promise<JobStart<DocumentResult>>,
  documentUrl: (jobId: Id) => urlOf('/api/dispatch-documents/{id}/file', { params: { id: jobId } }),
};

export const roundActionLabels: Record<RoundAction, string> = {
  add_problem: '记录问题',
  hold_meeting: '记录调度会',
  decide: '形成交办事项',
  close: '结束调度并印发通报',
};
