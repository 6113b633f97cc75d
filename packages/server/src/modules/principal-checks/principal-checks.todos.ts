// 主要负责人带队检查 on the 待办 home: the principal's running period not yet done, and for the regulators the
// enterprises in scope that left a period of the current quarter undone. Each counts with its list's own query.
import { chinaDate } from '../../lib/dates.ts';
import { defaultAsOf } from '../stats/stats.service.ts';
import { todoSourcesOf, type TodoSource } from '../todos/todo-source.ts';
import { complianceEnterprisesQuery, ownPeriodsQuery } from './principal-checks.schema.ts';
import * as service from './principal-checks.service.ts';

const countOwnPeriods: TodoSource['count'] = async (ctx, query) => (await service.periodsFor(ctx.db, ctx.auth, ownPeriodsQuery.parse(query), chinaDate(ctx.now))).total;

const countEnterprises: TodoSource['count'] = async (ctx, query) => {
  if (ctx.auth.scope.kind !== 'region') return 0;
  const today = chinaDate(ctx.now);
  const parsed = complianceEnterprisesQuery.parse({ ...query, pageSize: 1 });
  return (await service.enterprises(ctx.db, ctx.auth.scope, { ...parsed, asOf: defaultAsOf(today, parsed.asOf), today })).total;
};

export const principalCheckTodoSources: readonly TodoSource[] = [
  ...todoSourcesOf(
    { prefix: 'principal_checks', page: '/principal-check', api: '/api/principal-checks/periods', who: { capability: 'principal_checks.submit', audience: 'enterprise' }, count: countOwnPeriods },
    [{ key: 'due', label: '本期带队检查待开展', query: { state: 'due' } }],
  ),
  ...todoSourcesOf(
    { prefix: 'principal_checks', page: '/stats/principal-checks', api: '/api/stats/principal-checks/enterprises', who: { capability: 'stats.read', audience: 'staff' }, count: countEnterprises },
    [{ key: 'missed', label: '本季度带队检查未开展', query: { state: 'missed' }, tone: 'urgent' }],
  ),
];
