import { call, urlOf } from '../../api/client.ts';
import type { QueryOf, ResponseOf, TaskActionBody } from '../../api/contract.ts';
import type { JobStart } from '../../api/jobs.ts';
import type { Id } from '../../api/types.ts';
import type { taskActions } from '@zhiben/core/src/tasks/machines.ts';

export { taskDisplayStatuses } from '@zhiben/core/src/tasks/task-rules.ts';
export type TaskAction = (typeof taskActions)[number];
export type TaskQuery = QueryOf<'/api/tasks', 'get'>;
export type TaskListItem = ResponseOf<'/api/tasks', 'get'>['items'][number];
export type TaskView = ResponseOf<'/api/tasks/{id}', 'get'>;
export type Board = ResponseOf<'/api/tasks/board', 'get'>;
export type Ranking = ResponseOf<'/api/tasks/ranking', 'get'>;
export type TaskImportResult = { created: number; failed: number; total: number; errors: { row: number; column: string; message: string }[] };

export const tasksApi = {
  list: (query: TaskQuery, signal?: AbortSignal) => call('get', '/api/tasks', { query, signal }),
  get: (id: Id, signal?: AbortSignal) => call('get', '/api/tasks/{id}', { params: { id }, signal }),
  act: <A extends TaskAction>(id: Id, action: A, body: TaskActionBody<A>) => call('post', '/api/tasks/{id}/actions/{action}', { params: { id, action }, body }),
  board: (query: QueryOf<'/api/tasks/board', 'get'>, signal?: AbortSignal) => call('get', '/api/tasks/board', { query, signal }),
  ranking: (query: QueryOf<'/api/tasks/ranking', 'get'>, signal?: AbortSignal) => call('get', '/api/tasks/ranking', { query, signal }),
  figures: (query: QueryOf<'/api/tasks/figures', 'get'>, signal?: AbortSignal) => call('get', '/api/tasks/figures', { query, signal }),
  exportUrl: (planId: Id) => urlOf('/api/plans/{id}/tasks.xlsx', { params: { id: planId } }),
  startImport: (planId: Id, file: File) => {
    const body = new FormData();
    body.append('file', file);
    return call('post', '/api/plans/{id}/tasks/import', { params: { id: planId }, query: {}, body }) as Promise<JobStart<TaskImportResult>>;
  },
  issueAll: (planId: Id) => call('post', '/api/plans/{id}/tasks/issue', { params: { id: planId } }),
};

export const taskActionLabels: Record<TaskAction, string> = {
  issue: '下发',
  report_progress: '报告进展',
  complete: '报告完成',
  add_note: '补充说明',
  reopen: '重新打开',
  revise: '修改',
  cancel: '撤销',
};

export const displayStatusLabels: Record<TaskListItem['displayStatus'], string> = {
  draft: '草拟',
  not_started: '未开始',
  in_progress: '推进中',
  done: '已完成',
  overdue: '逾期',
  cancelled: '已撤销',
};
export const displayStatusColors: Record<TaskListItem['displayStatus'], string> = {
  draft: 'default',
  not_started: 'blue',
  in_progress: 'processing',
  done: 'success',
  overdue: 'error',
  cancelled: 'default',
};
