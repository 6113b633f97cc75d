import { call } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf, ReturnActionBody } from '../../api/contract.ts';
import type { Id } from '../../api/types.ts';
import type { returnActions } from '@zhiben/core/src/tasks/machines.ts';

export type ReturnAction = (typeof returnActions)[number];
export type ReturnRow = ResponseOf<'/api/returns', 'get'>['items'][number];
export type ReturnView = ResponseOf<'/api/returns/{id}', 'get'>;
export type ToFile = ResponseOf<'/api/returns/to-file', 'get'>['items'][number];
export type Prefill = ResponseOf<'/api/returns/prefill', 'get'>;
export type ReportInput = BodyOf<'/api/returns', 'post'>['report'];
export type StoredReport = ReturnView['report'];

export const returnsApi = {
  list: (query: QueryOf<'/api/returns', 'get'>, signal?: AbortSignal) => call('get', '/api/returns', { query, signal }),
  figures: (query: QueryOf<'/api/returns/figures', 'get'>, signal?: AbortSignal) => call('get', '/api/returns/figures', { query, signal }),
  toFile: (signal?: AbortSignal) => call('get', '/api/returns/to-file', { signal }),
  prefill: (requirementId: Id, period: string) => call('get', '/api/returns/prefill', { query: { requirementId, period } }),
  file: (body: BodyOf<'/api/returns', 'post'>) => call('post', '/api/returns', { body }),
  get: (id: Id, signal?: AbortSignal) => call('get', '/api/returns/{id}', { params: { id }, signal }),
  act: <A extends ReturnAction>(id: Id, action: A, body: ReturnActionBody<A>) => call('post', '/api/returns/{id}/actions/{action}', { params: { id, action }, body }),
};

/** Tag colours of 按时 / 逾期报送 / 未报 / 未到期. */
export const timelinessColors: Record<string, string> = { on_time: 'success', late: 'warning', missing: 'error', pending: 'default' };

export const returnActionLabels: Record<ReturnAction, string> = { resubmit: '修改后重新报送', accept: '审核通过', send_back: '退回修改' };

/** A stored (or pre-filled) report as the request body: figures keep their key and value, tasks their progress. */
export function reportInputOf(report: StoredReport, edits: { text?: string; problems?: string; nextSteps?: string; taskProgress?: Record<string, { percent?: number | null; text?: string }> }): ReportInput {
  return {
    text: (edits.text ?? report.text).trim(),
    taskProgress: report.taskProgress.map((t) => ({
      taskId: t.taskId,
      percent: edits.taskProgress?.[t.taskId]?.percent ?? t.percent,
      text: (edits.taskProgress?.[t.taskId]?.text ?? t.text).trim(),
    })),
    figures: report.figures.map((f) => ({ key: f.key, value: f.value })),
    problems: (edits.problems ?? report.problems.join('\n'))
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean),
    nextSteps: (edits.nextSteps ?? report.nextSteps).trim(),
    investment: report.investment,
    activities: report.activities.map((a) => ({ ...a })),
  };
}
