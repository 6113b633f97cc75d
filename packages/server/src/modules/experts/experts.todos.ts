// The experts' 待办 (A-5): for the library owner, experts of its own library whose qualification has expired or expires
// within the warning days; for any org that held an expert visit, the experts it has not rated yet. Counted with the
// list's own query (listExperts), so the card's number is the list's total.
import { defaultExpertSettings, expiryWarningEdge, scopeFor } from '@zhiben/core';
import { chinaDate } from '../../lib/dates.ts';
import { todoSourcesOf, type TodoSource } from '../todos/todo-source.ts';
import { listExperts } from './experts.repository.ts';
import { expertQuery } from './experts.schema.ts';

const countExperts: TodoSource['count'] = async (ctx, query) => {
  const scope = scopeFor(ctx.auth.actor, 'business');
  if (scope.kind !== 'region') return 0;
  const today = chinaDate(ctx.now);
  const { page, pageSize, ...filter } = expertQuery.parse({ ...query, pageSize: '1' });
  const { total } = await listExperts(ctx.db, scope, filter, ctx.auth.user.org?.id ?? null, today, expiryWarningEdge(today, defaultExpertSettings), page, pageSize);
  return total;
};

export const expertTodoSources: readonly TodoSource[] = todoSourcesOf({ prefix: 'experts', page: '/experts', api: '/api/experts', who: { capability: 'experts.manage', audience: 'staff' }, count: countExperts }, [
  { key: 'qualification_expiring', label: '专家资格证书到期提醒', query: { qualification: 'expiring', own: 'true' } },
  // Whoever holds an expert visit rates him afterwards: townships too, so by experts.read.
  { key: 'to_rate', label: '专家服务待评价', query: { unrated: 'true' }, who: { capability: 'experts.read', audience: 'staff' } },
]);
