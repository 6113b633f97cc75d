// The draws' waiting states on the 待办 home (modules/todos): the org's own draws whose date has come, those drawn
// and awaiting a second officer's 审核, and those whose inspections are all finished and whose results are to be
// published. Each counts with the list's own query (listDrawsFor).
import { scopeFor } from '@zhiben/core';
import { chinaDate } from '../../lib/dates.ts';
import { todoSourcesOf, type TodoSource } from '../todos/todo-source.ts';
import { drawsQuery } from './random-draws.schema.ts';
import { listDrawsFor } from './random-draws.service.ts';

const countDraws: TodoSource['count'] = async (ctx, query) => {
  const scope = scopeFor(ctx.auth.actor, 'business');
  if (scope.kind !== 'region') return 0;
  const { total } = await listDrawsFor(ctx.db, ctx.auth, scope, drawsQuery.parse({ ...query, pageSize: '1' }), chinaDate(ctx.now));
  return total;
};

export const drawTodoSources: readonly TodoSource[] = todoSourcesOf({ prefix: 'draws', page: '/random-draws', api: '/api/random-draws', who: { capability: 'inspections.plan', audience: 'staff' }, count: countDraws }, [
  { key: 'to_draw', label: '双随机待抽取', query: { waiting: 'draw' }, tone: 'urgent' },
  { key: 'to_approve', label: '双随机待审核', query: { waiting: 'approve' } },
  { key: 'to_publish', label: '抽查结果待公示', query: { waiting: 'publish' } },
]);
