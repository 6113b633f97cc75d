import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { displayStatusOf, type WorkflowActor, type PlanScope } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { chinaDate } from '../../lib/dates.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { actorOf, requirePlanReader } from '../plans/plans.guard.ts';
import { findPlan } from '../plans/plans.repository.ts';
import { indicatorSources } from './indicator-sources.ts';
import { memberRanking, taskBoard, taskFigures } from './tasks.figures.ts';
import { presentTask, presentTaskList } from './tasks.presenter.ts';
import * as repo from './tasks.repository.ts';
import { boardQuery, boardResponse, indicatorSourcesResponse, rankingQuery, rankingResponse, taskFiguresQuery, taskFiguresResponse, tasksQuery, tasksResponse, taskView, type TaskView } from './tasks.schema.ts';

export async function taskRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.services.database.db;
  const today = () => chinaDate(app.services.clock.now());
  const tags = ['tasks'];

  async function loadTask(scope: PlanScope, actor: WorkflowActor, id: string): Promise<TaskView> {
    const row = await repo.findTask(db(), scope, id);
    if (!row) throw AppError('NOT_FOUND');
    const plan = row.planId ? await findPlan(db(), scope, row.planId) : null;
    return presentTask(db(), row, displayStatusOf(row.status, row.nextDue, today()), plan?.name ?? null, actor, today(), { timeline: [], attachments: [] });
  }

  app.get('/api/tasks', { schema: { tags, querystring: tasksQuery, response: { 200: tasksResponse, ...standardErrors } } }, async (request) => {
    const { scope } = requirePlanReader(request);
    const { page, pageSize, mine, key, displayStatus, ...rest } = request.query;
    const filter: repo.TaskFilter = { ...rest, displayStatus, key: key === undefined ? undefined : key === 'true', orgId: mine ? scope.orgId : undefined };
    const { items, total } = await repo.listTasks(db(), scope, filter, today(), page, pageSize);
    return { items: await presentTaskList(db(), items, today()), total };
  });

  app.get('/api/tasks/indicator-sources', { schema: { tags, description: '指标任务可读取的平台数据', response: { 200: indicatorSourcesResponse, ...standardErrors } } }, async (request) => {
    requirePlanReader(request);
    return { items: indicatorSources() };
  });

  app.get(
    '/api/tasks/figures',
    { schema: { tags, description: '任务到期、完成、逾期及按期完成率：按牵头单位、行动、时间或地区（可下钻）', querystring: taskFiguresQuery, response: { 200: taskFiguresResponse, ...standardErrors } } },
    async (request) => {
      const { scope } = requirePlanReader(request);
      return taskFigures(db(), scope, request.query, today());
    },
  );

  app.get('/api/tasks/board', { schema: { tags, description: '任务看板：按行动和牵头单位，含甘特图', querystring: boardQuery, response: { 200: boardResponse, ...standardErrors } } }, async (request) => {
    const { scope } = requirePlanReader(request);
    return taskBoard(db(), scope, request.query, today());
  });

  app.get('/api/tasks/ranking', { schema: { tags, description: '成员单位排名：任务按期完成率与报送及时率', querystring: rankingQuery, response: { 200: rankingResponse, ...standardErrors } } }, async (request) => {
    const { scope } = requirePlanReader(request);
    return memberRanking(db(), scope, request.query, today());
  });

  app.get('/api/tasks/:id', { schema: { tags, params: uuidParam, response: { 200: taskView, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requirePlanReader(request);
    return loadTask(scope, actorOf(auth), request.params.id);
  });
}
