import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { displayStatusOf, explainIssueBlocked, type PlanScope, type WorkflowActor } from '@zhiben/core';
import { AppError, isAppError } from '../../errors.ts';
import { auditBulkExport } from '../audit/audit.export.ts';
import { initiator } from '../../plugins/auth.ts';
import { chinaDate } from '../../lib/dates.ts';
import { readUploadedFile } from '../../lib/multipart.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { parseOrThrow } from '../../lib/validation.ts';
import { actionContext } from '../../workflow/context.ts';
import { presentJob } from '../jobs/jobs.routes.ts';
import { jobResponse } from '../jobs/jobs.schema.ts';
import { orgsByIds } from '../plans/plan-orgs.repository.ts';
import { actorOf, requirePlanReader } from '../plans/plans.guard.ts';
import { findPlan } from '../plans/plans.repository.ts';
import { indicatorSources } from './indicator-sources.ts';
import { memberRanking, taskBoard, taskFigures } from './tasks.figures.ts';
import { importTaskList } from './tasks.import.ts';
import { presentTask, presentTaskList } from './tasks.presenter.ts';
import * as repo from './tasks.repository.ts';
import { taskFilterOf } from './tasks.schema.ts';
import { createTask, requireOwnPlan } from './tasks.service.ts';
import { performTaskAction } from './tasks.workflow.ts';
import { buildTaskListXlsx } from './tasks.xlsx.ts';
import {
  boardQuery,
  boardResponse,
  createTaskBody,
  indicatorSourcesResponse,
  rankingQuery,
  rankingResponse,
  taskActionBodies,
  taskActionParams,
  taskFiguresQuery,
  taskFiguresResponse,
  tasksQuery,
  tasksResponse,
  taskView,
  type TaskView,
} from './tasks.schema.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const withForbidden = { ...standardErrors, 403: standardErrors[400] };

export async function taskRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const db = () => app.services.database.db;
  const today = () => chinaDate(app.services.clock.now());
  const tags = ['tasks'];

  async function present(scope: PlanScope, actor: WorkflowActor, row: repo.TaskRow): Promise<TaskView> {
    const plan = row.planId ? await findPlan(db(), scope, row.planId) : null;
    return presentTask(db(), row, displayStatusOf(row.status, row.nextDue, today()), plan?.name ?? null, actor, today());
  }
  async function loadInScope(scope: PlanScope, id: string): Promise<repo.TaskRow> {
    const row = await repo.findTask(db(), scope, id);
    if (!row) throw AppError('NOT_FOUND');
    return row;
  }

  app.get('/api/tasks', { schema: { tags, querystring: tasksQuery, response: { 200: tasksResponse, ...standardErrors } } }, async (request) => {
    const { scope } = requirePlanReader(request);
    const { page, pageSize, ...query } = request.query;
    const { items, total } = await repo.listTasks(db(), scope, taskFilterOf(query, scope), today(), page, pageSize);
    return { items: await presentTaskList(db(), items, today()), total };
  });

  app.post('/api/tasks', { schema: { tags, description: '在方案中增加任务（草拟）', body: createTaskBody, response: { 201: taskView, ...withForbidden } } }, async (request, reply) => {
    const { auth, scope } = requirePlanReader(request);
    const row = await createTask(actionContext(deps(), auth, initiator(request)), scope, request.body);
    return reply.status(201).send(await present(scope, actorOf(auth), row));
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
    return present(scope, actorOf(auth), await loadInScope(scope, request.params.id));
  });

  app.post(
    '/api/tasks/:id/actions/:action',
    { schema: { tags, description: '任务办理动作（下发、报告进展、报告完成、补充说明、退回重办、修改、取消），请求体含 version', params: taskActionParams, body: z.record(z.string(), z.unknown()), response: { 200: taskView, ...withForbidden } } },
    async (request) => {
      const { auth, scope } = requirePlanReader(request);
      const { id, action } = request.params;
      // Load within scope first, so an out-of-scope task is 404 whatever the body says.
      const row = await loadInScope(scope, id);
      const input = parseOrThrow(taskActionBodies[action], request.body);
      const written = await performTaskAction(actionContext(deps(), auth, initiator(request)), row, action, input);
      return present(scope, actorOf(auth), written);
    },
  );

  // ---- a plan's task list: import, export, issue all ----

  app.get('/api/plans/:id/tasks.xlsx', { schema: { tags, description: '导出方案任务清单（.xlsx，可重新导入）', params: uuidParam } }, async (request, reply) => {
    const { scope } = requirePlanReader(request);
    const plan = await findPlan(db(), scope, request.params.id);
    if (!plan) throw AppError('NOT_FOUND');
    const rows = await repo.allTasks(db(), scope, { planId: plan.id }, today());
    await auditBulkExport(db(), request, 'tasks', { filter: { planId: plan.id }, rows: rows.length, planName: plan.name });
    const names = await orgsByIds(db(), rows.flatMap(({ task }) => [...(task.leadOrgId ? [task.leadOrgId] : []), ...task.coOrgIds]));
    const bytes = await buildTaskListXlsx(
      `${plan.name}任务清单（截至${today()}）`,
      rows.map(({ task, displayStatus }) => ({
        ...task,
        leadOrgName: task.leadOrgId ? (names.get(task.leadOrgId)?.name ?? '') : '',
        coOrgNames: task.coOrgIds.map((o) => names.get(o)?.name ?? ''),
        displayStatus,
      })),
    );
    const fileName = encodeURIComponent(`${plan.name}任务清单.xlsx`);
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', `attachment; filename*=UTF-8''${fileName}`).send(bytes);
  });

  app.post(
    '/api/plans/:id/tasks/import',
    { schema: { tags, description: '导入任务清单 .xlsx（逐行报告错误，错误行不保存，导入为草拟任务）', params: uuidParam, querystring: z.object({ wait: z.enum(['true', 'false']).optional() }), consumes: ['multipart/form-data'], response: { 202: jobResponse, ...withForbidden } } },
    async (request, reply) => {
      const { auth, scope } = requirePlanReader(request);
      const ctx = actionContext(deps(), auth, initiator(request));
      const plan = await requireOwnPlan(db(), scope, ctx.actor, request.params.id);
      const buffer = await readUploadedFile(request, '任务清单 .xlsx 文件');
      const job = await app.services.jobs.start('task_import', auth.user.id, (report) => importTaskList(ctx, scope, plan, buffer, report));
      if (request.query.wait === 'true') await app.services.jobs.wait(job.id);
      return reply.status(202).send({ job: await presentJob(db(), job.id, auth.user.id) });
    },
  );

  app.post(
    '/api/plans/:id/tasks/issue',
    {
      schema: {
        tags,
        description: '下发方案中全部可下发的草拟任务；缺牵头单位或完成时限的逐项列出原因',
        params: uuidParam,
        response: { 200: z.object({ issued: z.number().int(), blocked: z.array(z.object({ id: z.uuid(), code: z.string(), reason: z.string() })) }), ...withForbidden },
      },
    },
    async (request) => {
      const { auth, scope } = requirePlanReader(request);
      const ctx = actionContext(deps(), auth, initiator(request));
      const plan = await requireOwnPlan(db(), scope, ctx.actor, request.params.id);
      const drafts = (await repo.allTasks(db(), scope, { planId: plan.id, displayStatus: ['draft'] }, today())).map((r) => r.task);
      let issued = 0;
      const blocked: { id: string; code: string; reason: string }[] = [];
      for (const task of drafts) {
        const reason = explainIssueBlocked(task);
        if (reason) {
          blocked.push({ id: task.id, code: task.code, reason: reason.message });
          continue;
        }
        try {
          await performTaskAction(ctx, task, 'issue', { version: task.version, note: '' });
          issued++;
        } catch (error) {
          if (!isAppError(error)) throw error;
          blocked.push({ id: task.id, code: task.code, reason: error.message });
        }
      }
      return { issued, blocked };
    },
  );
}
