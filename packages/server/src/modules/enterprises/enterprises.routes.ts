import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { enterpriseActionsFor } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { initiator, requireAuth, requireCapability } from '../../plugins/auth.ts';
import { readUploadedFile } from '../../lib/multipart.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import { listSectors } from '../reference/reference.repository.ts';
import { presentJob } from '../jobs/jobs.routes.ts';
import { jobResponse } from '../jobs/jobs.schema.ts';
import { auditBulkExport } from '../audit/audit.export.ts';
import { ensureClasses } from '../supervision/supervision.service.ts';
import { chinaDate } from '../../lib/dates.ts';
import * as repo from './enterprises.repository.ts';
import * as service from './enterprises.service.ts';
import { exportEnterprises, importEnterprises, importTemplate } from './enterprises.xlsx.ts';
import {
  createEnterpriseBody,
  enterprise,
  enterpriseFilter,
  enterpriseStatsResponse,
  enterprisesQuery,
  enterprisesResponse,
  importQuery,
  updateEnterpriseBody,
  type EnterpriseView,
} from './enterprises.schema.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function presentEnterprise(row: repo.EnterpriseRow, auth: AuthContext): EnterpriseView {
  return {
    id: row.id,
    uscc: row.uscc,
    name: row.name,
    regionCode: row.regionCode,
    regionName: row.regionName,
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    sectors: row.sectors,
    highRisk: row.highRisk,
    scale: row.scale,
    status: row.status,
    principal: { name: row.principalName, phone: row.principalPhone },
    controller: { name: row.controllerName, phone: row.controllerPhone },
    safetyManager: { name: row.safetyManagerName, phone: row.safetyManagerPhone },
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    actions: enterpriseActionsFor(auth.user.roles, auth.scope),
  };
}

/** Staff with the register capability, or an enterprise user for its own record. */
function requireEnterpriseReader(request: Parameters<typeof requireAuth>[0]): AuthContext {
  const auth = requireAuth(request);
  if (auth.scope.kind === 'enterprise') return auth;
  return requireCapability(request, 'enterprises.read');
}

export async function enterpriseRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const tags = ['enterprises'];
  const loadInScope = async (auth: AuthContext, id: string) => {
    const row = await repo.findEnterprise(deps().db, auth.scope, id);
    if (!row) throw AppError('NOT_FOUND');
    return row;
  };

  /** A filter by supervision class reads this month's classes: computed first if this is the month's first read. */
  const classesReadyFor = async (auth: AuthContext, filter: { class?: string | undefined }) => {
    if (filter.class && auth.scope.kind === 'region') await ensureClasses(deps().db, auth.scope.regionPrefix, chinaDate(app.services.clock.now()));
  };

  app.get('/api/enterprises', { schema: { tags, querystring: enterprisesQuery, response: { 200: enterprisesResponse, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'enterprises.read');
    const { page, pageSize, ...filter } = request.query;
    await classesReadyFor(auth, filter);
    const { items, total } = await repo.listEnterprises(deps().db, auth.scope, filter, page, pageSize);
    return { items: items.map((row) => presentEnterprise(row, auth)), total };
  });

  app.get('/api/enterprises/stats', { schema: { tags, response: { 200: enterpriseStatsResponse, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'enterprises.read');
    return repo.enterpriseStats(deps().db, auth.scope);
  });

  app.get('/api/enterprises/export.xlsx', { schema: { tags, querystring: enterpriseFilter } }, async (request, reply) => {
    const auth = requireCapability(request, 'enterprises.read');
    const sectorNames = new Map((await listSectors(deps().db)).map((s) => [s.code, s.name]));
    await classesReadyFor(auth, request.query);
    const { total } = await repo.listEnterprises(deps().db, auth.scope, request.query, 1, 1);
    await auditBulkExport(deps().db, request, 'enterprises', { filter: request.query, rows: total });
    const stream = exportEnterprises(deps().db, auth.scope, request.query, sectorNames);
    const filename = encodeURIComponent(`企业名录-${app.services.clock.now().toISOString().slice(0, 10)}.xlsx`);
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', `attachment; filename*=UTF-8''${filename}`).send(stream);
  });

  app.get('/api/enterprises/import-template.xlsx', { schema: { tags } }, async (request, reply) => {
    requireCapability(request, 'enterprises.import');
    const filename = encodeURIComponent('企业名录导入模板.xlsx');
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', `attachment; filename*=UTF-8''${filename}`).send(await importTemplate());
  });

  app.post('/api/enterprises/import', { schema: { tags, querystring: importQuery, consumes: ['multipart/form-data'], response: { 202: jobResponse, ...standardErrors } } }, async (request, reply) => {
    const auth = requireCapability(request, 'enterprises.import');
    const buffer = await readUploadedFile(request, ' .xlsx 文件');
    const who = initiator(request);
    const { jobs } = app.services;
    const job = await jobs.start('enterprise_import', auth.user.id, (report) => importEnterprises(deps(), auth.scope, who, buffer, report));
    if (request.query.wait === 'true') await jobs.wait(job.id);
    return reply.status(202).send({ job: await presentJob(deps().db, job.id, auth.user.id) });
  });

  app.get('/api/enterprises/:id', { schema: { tags, params: uuidParam, response: { 200: enterprise, ...standardErrors } } }, async (request) => {
    const auth = requireEnterpriseReader(request);
    return presentEnterprise(await loadInScope(auth, request.params.id), auth);
  });

  app.post('/api/enterprises', { schema: { tags, body: createEnterpriseBody, response: { 201: enterprise, ...standardErrors } } }, async (request, reply) => {
    const auth = requireCapability(request, 'enterprises.write');
    const id = await service.createEnterprise(deps(), auth.scope, initiator(request), request.body);
    return reply.status(201).send(presentEnterprise(await loadInScope(auth, id), auth));
  });

  app.patch('/api/enterprises/:id', { schema: { tags, params: uuidParam, body: updateEnterpriseBody, response: { 200: enterprise, ...standardErrors } } }, async (request) => {
    const auth = requireEnterpriseReader(request);
    const current = await loadInScope(auth, request.params.id);
    await service.updateEnterprise(deps(), auth, initiator(request), current, request.body);
    return presentEnterprise(await loadInScope(auth, current.id), auth);
  });
}
