import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { flatActor } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { chinaDate } from '../../lib/dates.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { requireRegionStaff } from '../../lib/scope-registry.ts';
import { parseOrThrow } from '../../lib/validation.ts';
import { initiator } from '../../plugins/auth.ts';
import { actionContext } from '../../workflow/context.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import type { FieldSealer } from '../tips/tip-crypto.ts';
import * as repo from './random-draws.repository.ts';
import { presentDraw, presentDrawSummaries, presentPublicDraw } from './random-draws.presenter.ts';
import {
  createDrawBody,
  drawFiguresQuery,
  drawFiguresResponse,
  drawActionBodies,
  drawActionParams,
  drawsQuery,
  drawsResponse,
  drawView,
  inspectorBody,
  inspectorParams,
  inspectorsResponse,
  publicDrawView,
} from './random-draws.schema.ts';
import { createDraw, inspectorRegistry, listDrawsFor } from './random-draws.service.ts';
import { performDrawAction } from './random-draws.workflow.ts';

/** Public notices one address may fetch per minute. */
export const PUBLIC_PER_MINUTE = 30;

/** 双随机 draws: define and commit, draw, approve, publish; the public notice; the 执法检查人员名录库. */
export async function randomDrawRoutes(fastify: FastifyInstance, options: { sealer: FieldSealer }): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const today = () => chinaDate(app.services.clock.now());
  const tags = ['random-draws'];
  const withForbidden = { ...standardErrors, 403: standardErrors[400] };

  app.get('/api/random-draws', { schema: { tags, description: '双随机抽查（本单位及辖区）', querystring: drawsQuery, response: { 200: drawsResponse, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireRegionStaff(request, 'inspections.read');
    const { rows, total } = await listDrawsFor(deps().db, auth, scope, request.query, today());
    return { items: await presentDrawSummaries(deps().db, rows), total };
  });

  app.get(
    '/api/random-draws/figures',
    { schema: { tags, description: '双随机数字：各状态抽查次数；抽中检查与其他检查的完成数和每百次检查发现隐患数', querystring: drawFiguresQuery, response: { 200: drawFiguresResponse, ...standardErrors } } },
    async (request) => {
      const { scope } = requireRegionStaff(request, 'inspections.read');
      const year = request.query.year ?? today().slice(0, 4);
      const [byStatus, groups] = await Promise.all([repo.drawCountsByStatus(deps().db, scope, year), repo.drawnVersusTargeted(deps().db, scope, year)]);
      const draws = { committed: 0, drawn: 0, approved: 0, published: 0, cancelled: 0 };
      for (const s of byStatus) draws[s.status] = s.n;
      const group = (drawn: boolean) => {
        const g = groups.find((x) => x.drawn === drawn) ?? { inspections: 0, closed: 0, hazards: 0 };
        return { inspections: g.inspections, closed: g.closed, hazards: g.hazards, hazardsPer100: g.closed > 0 ? Math.round((g.hazards * 1000) / g.closed) / 10 : null };
      };
      return { year, draws, drawn: group(true), targeted: group(false) };
    },
  );

  app.post(
    '/api/random-draws',
    { schema: { tags, description: '发起双随机抽查：确定抽查对象库、检查人员库和分层，公告承诺值（输入清单和种子的SM3哈希）', body: createDrawBody, response: { 201: drawView, ...withForbidden } } },
    async (request, reply) => {
      const { auth } = requireRegionStaff(request, 'inspections.plan');
      const ctx = actionContext(deps(), auth, initiator(request));
      const row = await createDraw(ctx, options.sealer, request.body);
      return reply.status(201).send(await presentDraw(deps().db, row, ctx.actor, ctx.today));
    },
  );

  app.get('/api/random-draws/:id', { schema: { tags, params: uuidParam, response: { 200: drawView, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireRegionStaff(request, 'inspections.read');
    const row = await repo.findDraw(deps().db, scope, request.params.id);
    if (!row) throw AppError('NOT_FOUND');
    return presentDraw(deps().db, row, flatActor(auth.actor), today());
  });

  app.post(
    '/api/random-draws/:id/actions/:action',
    { schema: { tags, description: '抽取、审核通过并下达检查、公示抽查结果、作废；请求体含 version', params: drawActionParams, body: z.record(z.string(), z.unknown()), response: { 200: drawView, ...withForbidden } } },
    async (request) => {
      const { auth, scope } = requireRegionStaff(request, 'inspections.read');
      const row = await repo.findDraw(deps().db, scope, request.params.id);
      if (!row) throw AppError('NOT_FOUND');
      const { action } = request.params;
      const input = parseOrThrow(drawActionBodies[action], request.body);
      const ctx = actionContext(deps(), auth, initiator(request));
      const written = await performDrawAction(ctx, options.sealer, row, action, input);
      return presentDraw(deps().db, written, ctx.actor, ctx.today);
    },
  );

  app.get(
    '/api/public/random-draws/:id',
    // Limited per address: a province's notice is tens of MB and its replay seconds of CPU (the replay is cached).
    { config: { rateLimit: { max: PUBLIC_PER_MINUTE, timeWindow: 60_000, errorResponseBuilder: () => AppError('RATE_LIMITED') } }, schema: { tags: ['public'], security: [], description: '双随机抽查公告：输入清单、承诺值；抽取后公开种子、公开随机数和结果，并附服务器复算结果', params: uuidParam, response: { 200: publicDrawView, ...standardErrors } } },
    async (request) => {
      const view = await presentPublicDraw(deps().db, request.params.id);
      if (!view) throw AppError('NOT_FOUND');
      return view;
    },
  );

  app.get('/api/inspectors', { schema: { tags, description: '本单位执法检查人员名录库', response: { 200: inspectorsResponse, ...standardErrors } } }, async (request) => {
    const { auth } = requireRegionStaff(request, 'inspections.read');
    const org = auth.user.org;
    if (!org) throw AppError('NOT_FOUND');
    return { items: await presentInspectors(org.id, auth.scope) };
  });

  app.put(
    '/api/inspectors/:userId',
    { schema: { tags, description: '登记或更新执法证件和回避企业（version 为空表示首次登记）', params: inspectorParams, body: inspectorBody, response: { 200: inspectorsResponse, ...standardErrors } } },
    async (request) => {
      const { auth, scope } = requireRegionStaff(request, 'inspections.plan');
      const org = auth.user.org;
      if (!org) throw AppError('NOT_FOUND');
      const registry = await inspectorRegistry(deps().db, org.id, today());
      const entry = registry.find((r) => r.userId === request.params.userId);
      if (!entry) throw AppError('NOT_FOUND');
      const { certificateNo, expiresOn, conflictEnterpriseIds, note, version } = request.body;
      for (const [k, id] of conflictEnterpriseIds.entries()) {
        if (!(await findEnterprise(deps().db, scope, id))) throw AppError('VALIDATION', { field: `conflictEnterpriseIds.${k}`, message: '回避企业不存在或不在本单位辖区' });
      }
      const saved = await repo.upsertCredential(deps().db, { userId: entry.userId, orgId: org.id, certificateNo, expiresOn, conflictEnterpriseIds: [...new Set(conflictEnterpriseIds)], note }, version);
      if (!saved) throw AppError('CONFLICT');
      return { items: await presentInspectors(org.id, scope) };
    },
  );

  async function presentInspectors(orgId: string, scope: Parameters<typeof findEnterprise>[1]) {
    const registry = await inspectorRegistry(deps().db, orgId, today());
    const ids = [...new Set(registry.flatMap((r) => r.conflictEnterpriseIds ?? []))];
    const names = new Map<string, string>();
    for (const id of ids) {
      const e = await findEnterprise(deps().db, scope, id);
      if (e) names.set(id, e.name);
    }
    return registry.map((r) => ({
      userId: r.userId,
      name: r.name,
      certificateNo: r.certificateNo,
      expiresOn: r.expiresOn,
      valid: r.valid,
      conflicts: (r.conflictEnterpriseIds ?? []).flatMap((id) => (names.has(id) ? [{ id, name: names.get(id) ?? '' }] : [])),
      note: r.note ?? '',
      version: r.version,
    }));
  }
}
