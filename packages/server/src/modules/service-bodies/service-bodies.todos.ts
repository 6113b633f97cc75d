// 第三方服务机构 on the 待办 home: bodies (not removed) with a licence expired or expiring within 30 days, counted with
// the list's own query (the same filter the card's link opens).
import { scopeFor } from '@zhiben/core';
import { chinaDate } from '../../lib/dates.ts';
import { todoSourcesOf, type TodoSource } from '../todos/todo-source.ts';
import { listBodies } from './service-bodies.repository.ts';
import { bodiesQuery } from './service-bodies.schema.ts';
import { expiringUntil } from './service-bodies.service.ts';

const countBodies: TodoSource['count'] = async (ctx, query) => {
  const scope = scopeFor(ctx.auth.actor, 'business');
  if (scope.kind !== 'region') return 0;
  const { page, pageSize, ...filter } = bodiesQuery.parse({ ...query, pageSize: '1' });
  const today = chinaDate(ctx.now);
  return (await listBodies(ctx.db, scope, { ...filter, today, expiringUntil: expiringUntil(today) }, page, pageSize)).total;
};

export const serviceBodyTodoSources: readonly TodoSource[] = todoSourcesOf(
  { prefix: 'service_bodies', page: '/service-bodies', api: '/api/service-bodies', who: { capability: 'service_bodies.manage', audience: 'staff' }, count: countBodies },
  [{ key: 'licence_attention', label: '服务机构资质过期或30日内到期', query: { licence: 'attention' }, tone: 'urgent' }],
);
