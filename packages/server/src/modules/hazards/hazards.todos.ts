// The hazard workflow's waiting states on the 待办 home (modules/todos). Each counts with the list's own query.
import { audienceOf } from '@zhiben/core';
import { chinaDate } from '../../lib/dates.ts';
import { todoSourcesOf, type TodoSource } from '../todos/todo-source.ts';
import * as repo from './hazards.repository.ts';
import { hazardFilter } from './hazards.schema.ts';

const countHazards: TodoSource['count'] = async (ctx, query) => {
  const { total } = await repo.listHazards(ctx.db, ctx.auth.scope, hazardFilter.parse(query), chinaDate(ctx.now), audienceOf(ctx.auth.actor), 1, 1);
  return total;
};

const staff = { capability: 'hazards.read', audience: 'staff' } as const;

export const hazardTodoSources: readonly TodoSource[] = todoSourcesOf({ prefix: 'hazards', page: '/hazards', api: '/api/hazards', who: { capability: 'hazards.read' }, count: countHazards }, [
  { key: 'pending_confirmation', label: '待认定', query: { status: 'pending_confirmation' }, who: staff },
  { key: 'pending_verification', label: '待验收', query: { status: 'pending_verification' }, who: staff },
  { key: 'extension_pending', label: '延期待审批', query: { extension: 'pending' }, who: staff },
  { key: 'returned', label: '退回整改', query: { returned: 'true' }, who: { capability: 'hazards.read', audience: 'enterprise' } },
  { key: 'due_soon', label: `即将到期（${repo.DUE_SOON_DAYS}天内）`, query: { dueSoon: 'true' } },
  { key: 'overdue', label: '逾期未整改', query: { overdue: 'true' }, tone: 'urgent' },
]);
