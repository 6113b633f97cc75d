// The returns' waiting states on the 待办 home (modules/todos): what the caller's org still has to file, and what
// its 安委办 has to review. Each counts with the list's own query (service.listReturns).
import { planScopeFor } from '@zhiben/core';
import { chinaDate } from '../../lib/dates.ts';
import { todoSourcesOf, type TodoSource } from '../todos/todo-source.ts';
import { returnsQuery } from './returns.schema.ts';
import { listReturns } from './returns.service.ts';

const countReturns: TodoSource['count'] = async (ctx, query) => {
  const scope = planScopeFor(ctx.auth.actor);
  if (scope.kind === 'none') return 0;
  const { total } = await listReturns(ctx.db, scope, returnsQuery.parse({ ...query, pageSize: '1' }), chinaDate(ctx.now));
  return total;
};

export const returnTodoSources: readonly TodoSource[] = todoSourcesOf({ prefix: 'returns', page: '/returns', api: '/api/returns', who: { capability: 'plans.read', audience: 'staff' }, count: countReturns }, [
  { key: 'mine_pending', label: '本单位待报送', query: { mine: 'true', timeliness: 'pending' } },
  { key: 'mine_missing', label: '本单位逾期未报', query: { mine: 'true', timeliness: 'missing' }, tone: 'urgent' },
  { key: 'mine_returned', label: '报送被退回', query: { mine: 'true', status: 'returned' }, tone: 'urgent' },
  { key: 'submitted', label: '报送待审核', query: { issued: 'true', status: 'submitted' }, who: { capability: 'plans.manage', audience: 'staff' } },
]);
