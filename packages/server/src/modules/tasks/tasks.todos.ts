// The task workflow's waiting states on the 待办 home (modules/todos). Each counts with the list's own query.
import { planScopeFor } from '@zhiben/core';
import { chinaDate } from '../../lib/dates.ts';
import { todoSourcesOf, type TodoSource } from '../todos/todo-source.ts';
import * as repo from './tasks.repository.ts';
import { taskFilterOf, tasksQuery } from './tasks.schema.ts';

const countTasks: TodoSource['count'] = async (ctx, query) => {
  const scope = planScopeFor(ctx.auth.actor);
  if (scope.kind === 'none') return 0;
  const { page: _page, pageSize: _pageSize, ...parsed } = tasksQuery.parse(query);
  const { total } = await repo.listTasks(ctx.db, scope, taskFilterOf(parsed, scope), chinaDate(ctx.now), 1, 1);
  return total;
};

export const taskTodoSources: readonly TodoSource[] = todoSourcesOf({ prefix: 'tasks', page: '/tasks', api: '/api/tasks', who: { capability: 'plans.read', audience: 'staff' }, count: countTasks }, [
  { key: 'mine_in_progress', label: '本单位任务推进中', query: { mine: 'true', displayStatus: 'not_started,in_progress' } },
  { key: 'mine_overdue', label: '本单位任务逾期', query: { mine: 'true', displayStatus: 'overdue' }, tone: 'urgent' },
]);
