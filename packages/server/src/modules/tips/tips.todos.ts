// The tip workflow's waiting states on the 待办 home (modules/todos). Each counts with the list's own query.
import { scopeOf } from '../../lib/scope-registry.ts';
import { todoSourcesOf, type TodoSource } from '../todos/todo-source.ts';
import { slaClock } from './tips.presenter.ts';
import * as repo from './tips.repository.ts';
import { tipFilter, tipFilterOf } from './tips.schema.ts';

const countTips: TodoSource['count'] = async (ctx, query) => {
  const clock = slaClock(ctx.now, ctx.settings.tips);
  const { total } = await repo.listTips(ctx.db, scopeOf(ctx.auth, 'tip'), tipFilterOf(tipFilter.parse(query), ctx.auth), clock.today, clock.nextWorkingDay, 1, 1);
  return total;
};

export const tipTodoSources: readonly TodoSource[] = todoSourcesOf({ prefix: 'tips', page: '/tips', api: '/api/tips', who: { capability: 'tips.handle' }, count: countTips }, [
  { key: 'received', label: '举报待受理', query: { status: 'received' } },
  { key: 'investigating', label: '转办待核查', query: { status: 'investigating' } },
  { key: 'overdue', label: '举报办理超期', query: { sla: 'overdue' }, tone: 'urgent' },
  { key: 'reward_proposed', label: '奖励待批准', query: { reward: 'proposed' }, who: { capability: 'tips.approve', audience: 'staff' } },
  // The department a tip was handed to (应急局、住建局…, or the 安委办 itself).
  { key: 'routed_to_me', label: '转本部门待核查', query: { status: 'investigating', mine: 'true' }, who: { capability: 'tips.read', audience: 'staff' } },
]);
