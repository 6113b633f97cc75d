import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isPeriodOf, periodBounds, type PlanScope } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { initiator } from '../../plugins/auth.ts';
import { chinaDate } from '../../lib/dates.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { parseOrThrow } from '../../lib/validation.ts';
import { actionContext } from '../../workflow/context.ts';
import { findOwnJob } from '../jobs/jobs.repository.ts';
import { presentJob } from '../jobs/jobs.routes.ts';
import { jobResponse } from '../jobs/jobs.schema.ts';
import { actorOf, requireCommitteeReader, requirePlanManager } from '../plans/plans.guard.ts';
import { buildDispatchDocx } from './dispatch.docx.ts';
import * as repo from './dispatch.repository.ts';
import { loadDispatchDocument } from './dispatch.report.ts';
import * as service from './dispatch.service.ts';
import { openRound, performRoundAction } from './dispatch.workflow.ts';
import { openRoundBody, roundActionBodies, roundActionParams, roundsQuery, roundsResponse, roundView, startDocumentBody, startDocumentQuery } from './dispatch.schema.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const JOB_KIND = 'dispatch_document';
const documentResult = z.object({ token: z.uuid(), fileName: z.string(), size: z.number().int(), title: z.string() });

/** The monthly dispatch rounds and the documents of 「一月一调度、一季一通报、一年一评估」: the 安委办's own work. */
export async function dispatchRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const db = () => app.services.database.db;
  const today = () => chinaDate(app.services.clock.now());
  const tags = ['dispatch'];
  const withForbidden = { ...standardErrors, 403: standardErrors[400] };

  const loadInScope = async (scope: PlanScope, id: string) => {
    const row = await repo.findRound(db(), scope, id);
    if (!row) throw AppError('NOT_FOUND');
    return row;
  };

  app.get('/api/dispatch-rounds', { schema: { tags, querystring: roundsQuery, response: { 200: roundsResponse, ...standardErrors } } }, async (request) => {
    const { scope } = requireCommitteeReader(request);
    const { page, pageSize, ...filter } = request.query;
    const { items, total } = await repo.listRounds(db(), scope, filter, page, pageSize);
    return { items: await service.presentRounds(db(), items), total };
  });

  app.post('/api/dispatch-rounds', { schema: { tags, description: '开启本月调度', body: openRoundBody, response: { 201: roundView, ...withForbidden } } }, async (request, reply) => {
    const manager = requirePlanManager(request);
    const row = await openRound(actionContext(deps(), manager.auth, initiator(request)), manager, request.body);
    return reply.status(201).send(await service.presentRound(db(), manager.scope, actorOf(manager.auth), row, today()));
  });

  app.get('/api/dispatch-rounds/:id', { schema: { tags, params: uuidParam, response: { 200: roundView, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireCommitteeReader(request);
    return service.presentRound(db(), scope, actorOf(auth), await loadInScope(scope, request.params.id), today());
  });

  app.post(
    '/api/dispatch-rounds/:id/actions/:action',
    { schema: { tags, description: '调度动作（记录问题、记录调度会、形成交办事项、印发调度通报），请求体含 version', params: roundActionParams, body: z.record(z.string(), z.unknown()), response: { 200: roundView, ...withForbidden } } },
    async (request) => {
      const { scope } = requireCommitteeReader(request);
      const row = await loadInScope(scope, request.params.id);
      // Acting on a round needs the 安委办's manager rights (the machine then checks it is the round's own 安委办).
      const manager = requirePlanManager(request);
      const input = parseOrThrow(roundActionBodies[request.params.action], request.body);
      const written = await performRoundAction(actionContext(deps(), manager.auth, initiator(request)), manager, row, request.params.action, input);
      return service.presentRound(db(), manager.scope, actorOf(manager.auth), written, today());
    },
  );

  app.post(
    '/api/dispatch-documents',
    {
      schema: {
        tags,
        description: '生成调度通报（月）、季度通报或年度自评报告（.docx）：后台任务，进度见 GET /api/jobs/:id，完成后从 /api/dispatch-documents/:id/file 下载',
        querystring: startDocumentQuery,
        body: startDocumentBody,
        response: { 202: jobResponse, ...withForbidden },
      },
    },
    async (request, reply) => {
      const manager = requirePlanManager(request);
      const { kind, period, planId } = request.body;
      const cadence = { monthly: 'monthly', quarterly: 'quarterly', annual: 'annual' } as const;
      if (!isPeriodOf(cadence[kind], period)) throw AppError('VALIDATION', { field: 'period', message: `「报送期」${period}与文书类型不符（月：2026-10，季度：2026-Q3，年度：2026）` });
      // The rounds of the period: their meetings, problems and decisions go into the document.
      const bounds = periodBounds(period);
      const rounds = (await repo.listRounds(db(), manager.scope, { year: Number(period.slice(0, 4)) }, 1, 100)).items.filter(
        (r) => r.orgId === manager.org.id && r.month >= bounds.start.slice(0, 7) && r.month <= bounds.end.slice(0, 7),
      );
      const planIdOf = planId ?? rounds.find((r) => r.planId !== null)?.planId ?? null;
      const documentRequest = { kind, period, planId: planIdOf, rounds };
      const t = today();
      // Check the request (period, plan) before queueing, so a bad one answers 400/404 rather than a failed job.
      if (bounds.start > t) throw AppError('VALIDATION', { field: 'period', message: '「报送期」尚未开始' });
      const filesDir = app.services.config.filesDir;
      const job = await app.services.jobs.start(JOB_KIND, manager.auth.user.id, async (report) => {
        const data = await loadDispatchDocument(db(), { ...manager.scope, regionPrefix: manager.scope.regionPrefix ?? '' }, manager.org, documentRequest, t, (done, total) => report(done, total + 2));
        const bytes = await buildDispatchDocx(data);
        const token = randomUUID();
        await service.writeDocument(filesDir, token, bytes);
        return { token, fileName: `${data.title}.docx`, size: bytes.length, title: data.title };
      });
      if (request.query.wait === 'true') await app.services.jobs.wait(job.id);
      return reply.status(202).send({ job: await presentJob(db(), job.id, manager.auth.user.id) });
    },
  );

  app.get('/api/dispatch-documents/:id/file', { schema: { tags, description: '下载已生成的调度通报、季度通报或自评报告（仅本人发起的任务）', params: uuidParam } }, async (request, reply) => {
    const { auth } = requireCommitteeReader(request);
    const job = await findOwnJob(db(), request.params.id, auth.user.id);
    if (!job || job.kind !== JOB_KIND) throw AppError('NOT_FOUND');
    if (job.status !== 'succeeded') throw AppError('CIRCULAR_NOT_READY', { message: '文书尚未生成完成，请稍后再下载' });
    const result = documentResult.safeParse(job.result);
    if (!result.success) throw AppError('NOT_FOUND');
    const bytes = await fs.readFile(service.documentFilePath(app.services.config.filesDir, result.data.token)).catch(() => null);
    if (!bytes) throw AppError('NOT_FOUND', { message: '文件已清理，请重新生成' });
    return reply
      .header('content-type', DOCX_TYPE)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(result.data.fileName)}`)
      .send(bytes);
  });
}
