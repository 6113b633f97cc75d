import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can, flatActor } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { chinaDate } from '../../lib/dates.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import { errorResponse, isoDate, regionCode12, standardErrors, str, text, uuidParam } from '../../lib/schemas.ts';
import { figureGroups, inspectionFigures } from './inspections.figures.ts';
import { parseOrThrow } from '../../lib/validation.ts';
import { initiator, requireAuth, requireCapability } from '../../plugins/auth.ts';
import { actionContext } from '../../workflow/context.ts';
import { presentTimeline, timelineFields } from '../../workflow/present.ts';
import { inspectionStream } from '../../workflow/streams.ts';
import { storedPath } from '../files/files.service.ts';
import { unsafeFilesByHash } from '../files/files.repository.ts';
import { findCriteria, openHazardsOfEnterprise } from '../hazards/hazards.repository.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import { findPremises } from '../premises/premises.repository.ts';
import { defaultPrincipalCheckSettings } from '../principal-checks/principal-checks.config.ts';
import { buildInspectionDocx, recordTitle } from './inspection.docx.ts';
import { fiveLists, fiveListsResponse } from './inspections.lists.ts';
import { presentInspection, presentSummary } from './inspections.presenter.ts';
import * as repo from './inspections.repository.ts';
import { actionBodies, actionParams, openHazardsResponse, inspectionsQuery, inspectionFiguresResponse, inspectionsResponse, inspectionView, planInspectionBody, principalCheckBody } from './inspections.schema.ts';
import * as service from './inspections.service.ts';
import { performInspectionAction } from './inspections.workflow.ts';

const withForbidden = { ...standardErrors, 403: errorResponse };
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 检查 (MODULES A-1) and the principal-led check's submission. */
export async function inspectionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const tags = ['inspections'];
  const settings = () => app.services.config.principalChecks ?? defaultPrincipalCheckSettings;
  const reader = (auth: AuthContext) => repo.inspectionReaderOf(deps().db, auth);
  const load = async (auth: AuthContext, id: string) => {
    const row = await repo.findInspection(deps().db, await reader(auth), id);
    if (!row) throw AppError('NOT_FOUND');
    return row;
  };
  const present = (auth: AuthContext, row: repo.InspectionListRow) => presentInspection(deps().db, { auth, actor: flatActor(auth.actor) }, row);

  app.get('/api/inspections', { schema: { tags, querystring: inspectionsQuery.extend({ hazardId: z.uuid().optional() }), response: { 200: inspectionsResponse, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'inspections.read');
    const { page, pageSize, hazardId, ...filter } = request.query;
    const r = await reader(auth);
    if (hazardId) {
      const ids = (await repo.inspectionsOfHazard(deps().db, r, hazardId)).map((x) => x.id);
      const rows = (await Promise.all(ids.map((id) => repo.findInspection(deps().db, r, id)))).filter((x): x is repo.InspectionListRow => x !== null);
      return { items: rows.map(presentSummary), total: rows.length };
    }
    const { items, total } = await repo.listInspections(deps().db, r, filter, page, pageSize);
    return { items: items.map(presentSummary), total };
  });

  app.get('/api/inspections/:id', { schema: { tags, params: uuidParam, response: { 200: inspectionView.extend(timelineFields), ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'inspections.read');
    const row = await load(auth, request.params.id);
    return { ...(await present(auth, row)), ...(await presentTimeline(deps().db, inspectionStream, row)) };
  });

  app.post('/api/inspections', { schema: { tags, description: '安排检查（计划）：检查类型、方式、对象、检查组、清单；可由核查属实的举报、逾期隐患或监测报警触发。', body: planInspectionBody, response: { 201: inspectionView, ...withForbidden } } }, async (request, reply) => {
    const auth = requireCapability(request, 'inspections.plan');
    const row = await service.planInspection(actionContext(deps(), auth, initiator(request)), request.body);
    return reply.status(201).send(await present(auth, await load(auth, row.id)));
  });

  app.post(
    '/api/inspections/:id/actions/:action',
    {
      schema: {
        tags,
        description: '检查流转：start（开始，现场定位和照片）、record（填写检查项结果，不符合项登记或关联隐患）、close（结论和签字）、release（暗访结果向企业公开）、cancel。请求体含 version。',
        params: actionParams,
        body: z.record(z.string(), z.unknown()),
        response: { 200: inspectionView, ...withForbidden },
      },
    },
    async (request) => {
      const auth = requireCapability(request, 'inspections.read');
      const { id, action } = request.params;
      const row = await load(auth, id);
      const input = parseOrThrow(actionBodies[action], request.body);
      await performInspectionAction(actionContext(deps(), auth, initiator(request)), row, action, input);
      return present(auth, await load(auth, id));
    },
  );

  app.get('/api/inspections/:id/record.docx', { schema: { tags, params: uuidParam } }, async (request, reply) => {
    const auth = requireCapability(request, 'inspections.read');
    const view = await present(auth, await load(auth, request.params.id));
    const ids = [...new Set(view.items.flatMap((i) => [...i.criterionIds, ...i.findingCriterionIds]))];
    const criteria = new Map((await findCriteria(deps().db, ids)).map((c) => [c.id, c.text ?? c.topic ?? '']));
    const address = view.subjectKind === 'enterprise' ? ((await findEnterprise(deps().db, auth.scope, view.subject.id))?.address ?? '') : ((await findPremises(deps().db, auth.scope, view.subject.id))?.address ?? '');
    const buffer = await buildInspectionDocx(view, { subjectAddress: address, criterionTexts: criteria });
    const name = encodeURIComponent(`${recordTitle(view)}-${view.inspectionNo}.docx`);
    return reply.header('content-type', DOCX_TYPE).header('content-disposition', `attachment; filename*=UTF-8''${name}`).send(buffer);
  });

  app.get('/api/inspections/:id/lists', { schema: { tags, description: '五个清单：检查清单、问题清单、整改销号清单、责任清单、执法清单', params: uuidParam, response: { 200: fiveListsResponse, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'inspections.read');
    return fiveLists(deps().db, await present(auth, await load(auth, request.params.id)));
  });

  // The open hazards of the inspected enterprise that a 不符合 item may be joined to (the caller's hazard scope).
  app.get(
    '/api/inspections/:id/open-hazards',
    { schema: { tags, description: '可关联的在治隐患（被检查单位，本人权限范围内）', params: uuidParam, querystring: z.object({ q: str().trim().max(64).optional() }), response: { 200: openHazardsResponse, ...standardErrors } } },
    async (request) => {
      const auth = requireCapability(request, 'inspections.fill');
      const row = await load(auth, request.params.id);
      if (row.enterpriseId === null) return { items: [] };
      const q = request.query.q ?? '';
      const open = await openHazardsOfEnterprise(deps().db, auth.scope, row.enterpriseId);
      const items = open.filter((h) => q === '' || h.hazardNo.includes(q) || h.title.includes(q)).slice(0, 50);
      return { items: items.map((h) => ({ id: h.id, hazardNo: h.hazardNo, title: h.title, status: h.status })) };
    },
  );

  // A photo of the inspection (start proof or an item's), for whoever may read the inspection.
  app.get('/api/inspections/:id/files/:sha256', { schema: { tags, params: uuidParam.extend({ sha256: str().regex(/^[0-9a-f]{64}$/) }) } }, async (request, reply) => {
    const auth = requireCapability(request, 'inspections.read');
    const row = await load(auth, request.params.id);
    const items = await repo.listItems(deps().db, row.id);
    const { sha256 } = request.params;
    const attached = row.startPhotos.some((p) => p.sha256 === sha256) || items.some((i) => i.photos.some((p) => p.sha256 === sha256)) || row.signatures.some((s) => s.image === sha256);
    if (!attached) throw AppError('NOT_FOUND');
    const file = storedPath(app.services.config.filesDir, sha256);
    const size = await stat(file).then((s) => s.size, () => null);
    if (size === null) throw AppError('NOT_FOUND');
    const [meta] = [...(await unsafeFilesByHash(deps().db, [sha256])).values()];
    return reply.header('content-type', meta?.mime ?? 'application/octet-stream').header('x-content-type-options', 'nosniff').header('content-length', size).send(createReadStream(file));
  });

  // ---- figures (统计分析) ----

  app.get(
    '/api/stats/inspections',
    {
      schema: {
        tags: ['stats'],
        description: '检查统计：按类型、方式、部门、地区、月份；覆盖率、每百次检查发现重大事故隐患数、无问题检查占比（截至日期 asOf）',
        querystring: z.object({
          by: z.enum(figureGroups).default('kind'),
          from: isoDate.optional(),
          to: isoDate.optional(),
          asOf: isoDate.optional(),
          regionCode: regionCode12.optional(),
          sector: text(40).min(1).optional(),
        }),
        response: { 200: inspectionFiguresResponse, ...standardErrors },
      },
    },
    async (request) => {
      const auth = requireCapability(request, 'stats.read');
      if (auth.scope.kind !== 'region') throw AppError('NOT_FOUND');
      const today = chinaDate(app.services.clock.now());
      const asOf = request.query.asOf && request.query.asOf < today ? request.query.asOf : today;
      const from = request.query.from ?? `${asOf.slice(0, 4)}-01-01`;
      const to = request.query.to ?? asOf;
      if (to < from) throw AppError('VALIDATION', { field: 'to', message: '「结束时间」不能早于开始时间' });
      return inspectionFigures(deps().db, auth.scope, { ...request.query, asOf, from, to });
    },
  );

  // ---- principal-led checks (A-2) ----

  app.post(
    '/api/principal-checks',
    {
      schema: {
        tags: ['principal-checks'],
        description: '主要负责人带队检查：一次提交（手机端本地草稿），提交后冻结并记录摘要。可带 Idempotency-Key：重试返回首次结果。',
        headers: z.object({ 'idempotency-key': z.string().trim().min(8).max(100).optional() }),
        body: principalCheckBody,
        response: { 201: inspectionView, ...withForbidden },
      },
    },
    async (request, reply) => {
      const auth = requireCapability(request, 'principal_checks.submit');
      const row = await service.submitPrincipalCheck(actionContext(deps(), auth, initiator(request)), request.body, request.headers['idempotency-key'] ?? null, settings());
      return reply.status(201).send(await present(auth, await load(auth, row.id)));
    },
  );

  app.get('/api/principal-checks/form', { schema: { tags: ['principal-checks'], response: { 200: service.principalCheckFormResponse, ...standardErrors } } }, async (request) => {
    const auth = requireAuth(request);
    if (!can(auth.user.roles, 'principal_checks.submit') || auth.scope.kind !== 'enterprise') throw AppError('NOT_FOUND');
    return service.principalCheckForm(actionContext(deps(), auth, initiator(request)), settings(), chinaDate(app.services.clock.now()));
  });
}
