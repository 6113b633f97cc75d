import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { regionPrefix } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { requireCapability } from '../../plugins/auth.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import type { TipRouteOptions } from './tips.routes.ts';
import {
  handleWorkerReportBody,
  workerReportBody,
  workerReportItem,
  workerReportLink,
  workerReportLinkInfo,
  workerReportReceipt,
  workerReportStatsQuery,
  workerReportStatsResponse,
  workerReportSubmission,
  workerReportTokenParams,
  WORKER_REPORT_TOKEN,
  workerReportsQuery,
  workerReportsResponse,
} from './tips.schema.ts';
import * as repo from './worker-reports.repository.ts';
import { createWorkerReport, handleWorkerReport, newLinkToken, presentWorkerReport } from './worker-reports.service.ts';

/** 从业人员内部报告: the enterprise handles them; regulators see aggregates per enterprise only. */
export async function workerReportRoutes(fastify: FastifyInstance, options: TipRouteOptions): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const tags = ['worker-reports'];
  const limits = options.settings.rateLimits;
  const rateLimit = (max: number) => ({ rateLimit: { max, timeWindow: limits.windowMs, errorResponseBuilder: () => AppError('TIP_RATE_LIMITED') } });

  const ownEnterprise = (request: FastifyRequest): { auth: AuthContext; enterprise: { id: string; regionCode: string } } => {
    const auth = requireCapability(request, 'worker_reports.handle');
    const enterprise = auth.user.enterprise;
    if (!enterprise) throw AppError('NOT_FOUND');
    return { auth, enterprise };
  };
  const byToken = async (token: string) => {
    const enterprise = WORKER_REPORT_TOKEN.test(token) ? await repo.systemEnterpriseByLinkToken(deps().db, token) : null;
    if (!enterprise) throw AppError('NOT_FOUND', { message: '报告链接无效或已停用，请向本单位安全管理部门索取新链接' });
    return enterprise;
  };

  app.get('/api/public/worker-reports/:enterpriseToken', { config: rateLimit(limits.lookupPerWindow), schema: { tags, security: [], params: workerReportTokenParams, response: { 200: workerReportLinkInfo, ...standardErrors } } }, async (request) => ({
    enterpriseName: (await byToken(request.params.enterpriseToken)).name,
  }));

  app.post(
    '/api/public/worker-reports/:enterpriseToken',
    { config: rateLimit(limits.submitPerWindow), schema: { tags, security: [], params: workerReportTokenParams, body: workerReportSubmission, response: { 201: workerReportReceipt, ...standardErrors } } },
    async (request, reply) => {
      const enterprise = await byToken(request.params.enterpriseToken);
      const row = await createWorkerReport(deps(), enterprise, request.body, null);
      return reply.status(201).send({ reportNo: row.reportNo });
    },
  );

  app.post('/api/worker-reports', { schema: { tags, body: workerReportBody, response: { 201: workerReportItem, ...standardErrors } } }, async (request, reply) => {
    const { auth, enterprise } = ownEnterprise(request);
    const row = await createWorkerReport(deps(), enterprise, request.body, auth.user.id);
    return reply.status(201).send(presentWorkerReport(row));
  });

  app.get('/api/worker-reports', { schema: { tags, querystring: workerReportsQuery, response: { 200: workerReportsResponse, ...standardErrors } } }, async (request) => {
    const { enterprise } = ownEnterprise(request);
    const { page, pageSize, status } = request.query;
    const { items, total } = await repo.listOwnWorkerReports(deps().db, enterprise.id, status, page, pageSize);
    return { items: items.map(presentWorkerReport), total };
  });

  app.post('/api/worker-reports/:id/handle', { schema: { tags, params: uuidParam, body: handleWorkerReportBody, response: { 200: workerReportItem, ...standardErrors, 403: standardErrors[400] } } }, async (request) => {
    const { auth } = ownEnterprise(request);
    return presentWorkerReport(await handleWorkerReport(deps(), auth, request.params.id, request.body));
  });

  app.get('/api/worker-reports/stats', { schema: { tags, querystring: workerReportStatsQuery, response: { 200: workerReportStatsResponse, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'worker_reports.read');
    const items = await repo.workerReportStats(deps().db, auth.scope, request.query.regionCode ? regionPrefix(request.query.regionCode) : null);
    return { items, total: items.length };
  });

  const linkView = (token: string, createdAt: Date) => ({ token, path: `/report/${token}`, createdAt: createdAt.toISOString() });

  app.get('/api/enterprises/own/worker-report-link', { schema: { tags, response: { 200: workerReportLink, ...standardErrors } } }, async (request) => {
    const { enterprise } = ownEnterprise(request);
    const existing = await repo.findLink(deps().db, enterprise.id);
    if (existing) return linkView(existing.token, existing.createdAt);
    const now = deps().clock.now();
    const token = newLinkToken();
    await repo.upsertLink(deps().db, enterprise.id, token, now);
    return linkView(token, now);
  });

  app.post('/api/enterprises/own/worker-report-link', { schema: { tags, response: { 200: workerReportLink, ...standardErrors } } }, async (request) => {
    const { enterprise } = ownEnterprise(request);
    const now = deps().clock.now();
    const token = newLinkToken();
    await repo.upsertLink(deps().db, enterprise.id, token, now);
    return linkView(token, now);
  });
}
