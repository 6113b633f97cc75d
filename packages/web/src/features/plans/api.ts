import { call } from '../../api/client.ts';
import type { PlanActionBody, QueryOf, ResponseOf } from '../../api/contract.ts';
import type { Id } from '../../api/types.ts';
import type { planActions } from '@zhiben/core/src/tasks/machines.ts';

export type PlanAction = (typeof planActions)[number];
export type PlanListItem = ResponseOf<'/api/plans', 'get'>['items'][number];
export type PlanView = ResponseOf<'/api/plans/{id}', 'get'>;

export const plansApi = {
  list: (query: QueryOf<'/api/plans', 'get'>, signal?: AbortSignal) => call('get', '/api/plans', { query, signal }),
  get: (id: Id, signal?: AbortSignal) => call('get', '/api/plans/{id}', { params: { id }, signal }),
  act: <A extends PlanAction>(id: Id, action: A, body: PlanActionBody<A>) => call('post', '/api/plans/{id}/actions/{action}', { params: { id, action }, body }),
};

export const planActionLabels: Record<PlanAction, string> = { issue: '印发', file: '报上级备案', revise: '修改' };

/** The caller's own plans, for the task list's import/export and filters. */
export async function ownPlanOptions(signal?: AbortSignal): Promise<{ value: string; label: string }[]> {
  const page = await plansApi.list({ page: 1, pageSize: 200 }, signal);
  return page.items.filter((p) => p.own).map((p) => ({ value: p.id, label: p.name }));
}
