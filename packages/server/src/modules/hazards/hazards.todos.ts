// The hazard workflow's waiting states on the 待办 home (modules/todos). Each counts with the list's own query.
import { audienceOf } from '@zhiben/core';
import { chinaDate } from '../../lib/dates.ts';
import type { TodoSource } from '../todos/todo-source.ts';
import * as repo from './hazards.repository.ts';
import { hazardFilter } from './hazards.schema.ts';

const countHazards: TodoSource['count'] = async (ctx, query) => {
  const { total } = await repo.listHazards(ctx.db, ctx.auth.scope, hazardFilter.parse(query), chinaDate(ctx.now), audienceOf(ctx.auth.actor), 1, 1);
  return total;
};

const hazardTodo = (key: string, label: string, query: Record<string, string>, audience?: 'staff' | 'enterprise', tone: 'normal' | 'urgent' = 'normal'): TodoSource => ({
  key: `hazards.${key}`,
  label,
  who: audience === undefined ? { capability: 'hazards.read' } : { capability: 'hazards.read', audience },
  page: '/hazards',
  api: '/api/hazards',
  query,
  tone,
  count: countHazards,
});

export const hazardTodoSources: readonly TodoSource[] = [
  hazardTodo('pending_confirmation', '待认定', { status: 'pending_confirmation' }, 'staff'),
  hazardTodo('pending_verification', '待验收', { status: 'pending_verification' }, 'staff'),
  hazardTodo('extension_pending', '延期待审批', { extension: 'pending' }, 'staff'),
  hazardTodo('returned', '退回整改', { returned: 'true' }, 'enterprise'),
  hazardTodo('due_soon', `即将到期（${repo.DUE_SOON_DAYS}天内）`, { dueSoon: 'true' }),
  hazardTodo('overdue', '逾期未整改', { overdue: 'true' }, undefined, 'urgent'),
];
