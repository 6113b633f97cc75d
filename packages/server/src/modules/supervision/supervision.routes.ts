import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { defaultSupervisionSettings, supervisionClassLabels } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { chinaDate } from '../../lib/dates.ts';
import { emptyResponse, standardErrors } from '../../lib/schemas.ts';
import { requireRegionStaff } from '../../lib/scope-registry.ts';
import { initiator } from '../../plugins/auth.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import * as repo from './supervision.repository.ts';
import { classesQuery, classesResponse, enterpriseParam, recomputeResponse, watchBody } from './supervision.schema.ts';
import { computeClasses, ensureClasses, periodOf, unwatch, watch } from './supervision.service.ts';

/** 差异化监管: the month's classes with reasons, enterprises below their minimum inspections, the 不放心企业 list. */
export async function supervisionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.services.database.db;
  const now = () => app.services.clock.now();
  const tags = ['supervision'];
  const settings = defaultSupervisionSettings;

  app.get('/api/supervision-classes', { schema: { tags, description: '本月监管分类（含计分理由、今年检查次数与最低次数）', querystring: classesQuery, response: { 200: classesResponse, ...standardErrors } } }, async (request) => {
    const { scope } = requireRegionStaff(request, 'inspections.plan');
    const today = chinaDate(now());
    await ensureClasses(db(), scope.regionPrefix, today);
    const { class: cls, q, watched, belowMinimum, page, pageSize } = request.query;
    const year = today.slice(0, 4);
    const listed = await repo.listClasses(
      db(),
      scope,
      { period: periodOf(today), class: cls, q, watched: watched === undefined ? undefined : watched === 'true', belowMinimum: belowMinimum === 'true' ? { year, min: settings.minInspections } : undefined },
      year,
      page,
      pageSize,
    );
    const counts = { A: 0, B: 0, C: 0 };
    for (const c of listed.byClass) counts[c.class] = c.n;
    return {
      period: periodOf(today),
      computedOn: today,
      counts,
      minInspections: settings.minInspections,
      drawWeight: settings.drawWeight,
      items: listed.rows.map((r) => ({ ...r, classLabel: supervisionClassLabels[r.class], watched: r.watchedReason !== null, minInspections: settings.minInspections[r.class] })),
      total: listed.total,
    };
  });

  app.post('/api/supervision-classes/recompute', { schema: { tags, description: '按当前数据重新计算本辖区本月监管分类', response: { 200: recomputeResponse, ...standardErrors } } }, async (request) => {
    const { scope } = requireRegionStaff(request, 'inspections.plan');
    const today = chinaDate(now());
    return { period: periodOf(today), counts: await computeClasses(db(), scope.regionPrefix, today) };
  });

  const who = (request: Parameters<typeof requireRegionStaff>[0]) => {
    const { auth, scope } = requireRegionStaff(request, 'inspections.plan');
    const org = auth.user.org;
    if (!org) throw AppError('NOT_FOUND');
    const by = initiator(request);
    return { scope, who: { userId: auth.user.id, name: by.name, ip: by.ip, orgId: org.id } };
  };

  app.put('/api/watch-list/:enterpriseId', { schema: { tags, description: '列入不放心企业名单（强制为A类）', params: enterpriseParam, body: watchBody, response: { 204: emptyResponse, ...standardErrors } } }, async (request, reply) => {
    const { scope, who: by } = who(request);
    const enterprise = await findEnterprise(db(), scope, request.params.enterpriseId);
    if (!enterprise) throw AppError('NOT_FOUND');
    await watch(db(), by, enterprise, request.body.reason, now(), chinaDate(now()));
    return reply.status(204).send(null);
  });

  app.delete('/api/watch-list/:enterpriseId', { schema: { tags, description: '移出不放心企业名单', params: enterpriseParam, response: { 204: emptyResponse, ...standardErrors } } }, async (request, reply) => {
    const { scope, who: by } = who(request);
    const enterprise = await findEnterprise(db(), scope, request.params.enterpriseId);
    if (!enterprise) throw AppError('NOT_FOUND');
    if (!(await unwatch(db(), by, enterprise, now(), chinaDate(now())))) throw AppError('NOT_FOUND');
    return reply.status(204).send(null);
  });
}
