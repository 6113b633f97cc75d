// The inspection workflow's waiting states on the 待办 home (modules/todos). Each counts with the list's own query.
import type { TodoSource } from '../todos/todo-source.ts';
import * as repo from './inspections.repository.ts';
import { inspectionFilter } from './inspections.schema.ts';

const countInspections: TodoSource['count'] = async (ctx, query) => {
  const { total } = await repo.listInspections(ctx.db, await repo.inspectionReaderOf(ctx.db, ctx.auth), inspectionFilter.parse(query), 1, 1);
  return total;
};

const inspectionTodo = (key: string, label: string, query: Record<string, string>): TodoSource => ({
  key: `inspections.${key}`,
  label,
  who: { capability: 'inspections.fill', audience: 'staff' },
  page: '/inspections',
  api: '/api/inspections',
  query,
  tone: 'normal',
  count: countInspections,
});

export const inspectionTodoSources: readonly TodoSource[] = [
  inspectionTodo('planned', '检查待开展', { status: 'planned' }),
  inspectionTodo('in_progress', '检查进行中', { status: 'in_progress' }),
];
