// The tip workflow's waiting states on the 待办 home (modules/todos). Each counts with the list's own query.
import { scopeOf } from '../../lib/scope-registry.ts';
import type { TodoSource } from '../todos/todo-source.ts';
import { slaClock } from './tips.presenter.ts';
import * as repo from './tips.repository.ts';
import { tipFilter } from './tips.schema.ts';

const countTips: TodoSource['count'] = async (ctx, query) => {
  const clock = slaClock(ctx.now, ctx.settings.tips);
  const { total } = await repo.listTips(ctx.db, scopeOf(ctx.auth, 'tip'), tipFilter.parse(query), clock.today, clock.nextWorkingDay, 1, 1);
  return total;
};

const tipTodo = (key: string, label: string, query: Record<string, string>, tone: 'normal' | 'urgent' = 'normal'): TodoSource => ({
  key: `tips.${key}`,
  label,
  who: { capability: 'tips.handle' },
  page: '/tips',
  api: '/api/tips',
  query,
  tone,
  count: countTips,
});

export const tipTodoSources: readonly TodoSource[] = [
  tipTodo('received', '举报待受理', { status: 'received' }),
  tipTodo('investigating', '转办待核查', { status: 'investigating' }),
  tipTodo('overdue', '举报办理超期', { sla: 'overdue' }, 'urgent'),
];
