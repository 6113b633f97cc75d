// The inspection workflow's waiting states on the 待办 home (modules/todos). Each counts with the list's own query.
import { todoSourcesOf, type TodoSource } from '../todos/todo-source.ts';
import * as repo from './inspections.repository.ts';
import { inspectionFilter } from './inspections.schema.ts';

const countInspections: TodoSource['count'] = async (ctx, query) => {
  const { total } = await repo.listInspections(ctx.db, await repo.inspectionReaderOf(ctx.db, ctx.auth), inspectionFilter.parse(query), 1, 1);
  return total;
};

export const inspectionTodoSources: readonly TodoSource[] = todoSourcesOf(
  { prefix: 'inspections', page: '/inspections', api: '/api/inspections', who: { capability: 'inspections.fill', audience: 'staff' }, count: countInspections },
  [
    { key: 'planned', label: '检查待开展', query: { status: 'planned' } },
    { key: 'in_progress', label: '检查进行中', query: { status: 'in_progress' } },
  ],
);
