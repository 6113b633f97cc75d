// The task workflow's waiting states on the 待办 home (modules/todos). Each counts with the list's own query.
import { planScopeFor } from '@zhiben/core';
import { chinaDate } from '../../lib/dates.ts';
import type { TodoSource } from '../todos/todo-source.ts';
import * as repo from './tasks.repository.ts';
import { taskFilterOf, tasksQuery } from './tasks.schema.ts';

const countTasks: TodoSource['count'] = async (ctx, query) => {
  const scope = planScopeFor(ctx.auth.actor);
  if (scope.kind === 'none') return 0;
  const { page: _page, pageSize: _pageSize, ...parsed } = tasksQuery.parse(query);
  const { total } = await repo.listTasks(ctx.db, scope, taskFilterOf(parsed, scope), chinaDate(ctx.now), 1, 1);
  return total;
};

const taskTodo = (key: string, label: string, query: Record<string, string>, tone: 'normal' | 'urgent'): TodoSource => ({
  key: `tasks.${key}`,
  label,
  who: { capability: 'plans.read', audience: 'staff' },
  page: '/tasks',
  api: '/api/tasks',
  query,
  tone,
  count: countTasks,
});

export const taskTodoSources: readonly TodoSource[] = [
  taskTodo('mine_in_progress', '本单位任务推进中', { mine: 'true', displayStatus: 'not_started,in_progress' }, 'normal'),
  taskTodo('mine_overdue', '本单位任务逾期', { mine: 'true', displayStatus: 'overdue' }, 'urgent'),
];
