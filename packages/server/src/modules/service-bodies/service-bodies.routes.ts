import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  defaultServiceBodySettings,
  licenceState,
  licenceStateLabels,
  quarterOf,
  quarterRange,
  rankServiceBodies,
  reviewResultLabels,
  serviceBodyStatusLabels,
  serviceBodyTypeLabels,
  worstLicenceState,
} from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { chinaDate } from '../../lib/dates.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { requireRegionStaff } from '../../lib/scope-registry.ts';
import { initiator } from '../../plugins/auth.ts';
import type { FieldSealer } from '../tips/tip-crypto.ts';
import { failedChecksIn } from './service-bodies.oversight.repository.ts';
import { serviceBodyOversightRoutes } from './service-bodies.oversight.routes.ts';
import * as repo from './service-bodies.repository.ts';
import {
  bodiesQuery,
  bodiesResponse,
  bodyDetail,
  bodyView,
  contractBody,
  contractsQuery,
  contractsResponse,
  contractView,
  createBodyBody,
  patchBodyBody,
  quarterQuery,
  rankingResponse,
  reportBody,
  reportsResponse,
  reportView,
  reviewBody,
  reviewView,
  sampleBody,
  sampleResponse,
  staffBody,
  staffParams,
  staffPatch,
  staffView,
} from './service-bodies.schema.ts';
import * as service from './service-bodies.service.ts';
import { requireOwner } from './service-bodies.service.ts';

/** 第三方服务机构 (MODULES A-6): the register, staff, reports, the quarter's 复核 sample, ranking and 政府购买服务. */
export async function serviceBodyRoutes(fastify: FastifyInstance, options: { crypto: FieldSealer }): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock, crypto: options.crypto });
  const today = () => chinaDate(app.services.clock.now());
  const tags = ['service-bodies'];
  const withForbidden = { ...standardErrors, 403: standardErrors[400] };
  const settings = defaultServiceBodySettings;
  // 安责险, checks and the 检查员/监督员 registers live beside (same scope rules, one file per concern).
  await serviceBodyOversightRoutes(fastify, options);

  const reader = (request: FastifyRequest) => requireRegionStaff(request, 'service_bodies.read');
  const manager = (request: FastifyRequest) => {
    const { auth, scope } = requireRegionStaff(request, 'service_bodies.manage');
    const org = auth.user.org;
    return { auth, scope, owner: org ? { id: org.id, regionCode: org.regionCode } : null };
  };
  /** A body in the caller's scope, else 404 (the same for a body that does not exist). */
  const bodyInScope = async (scope: Parameters<typeof repo.findBody>[1], id: string) => {
    const body = await repo.findBody(deps().db, scope, id);
    if (!body) throw AppError('NOT_FOUND');
    return body;
  };

  const presentBody = (b: repo.BodyRow & { orgName: string }, orgId: string | null) => {
    const day = today();
    const state = worstLicenceState(b.licences.map((l) => l.expiresOn), day);
    return {
      id: b.id,
      orgId: b.orgId,
      orgName: b.orgName,
      regionCode: b.regionCode,
      uscc: b.uscc,
      name: b.name,
      type: b.type,
      typeLabel: serviceBodyTypeLabels[b.type],
      licences: b.licences.map((l) => {
        const s = licenceState(l.expiresOn, day);
        return { ...l, state: s, stateLabel: licenceStateLabels[s] };
      }),
      licenceState: state,
      licenceStateLabel: licenceStateLabels[state],
      nextExpiry: b.nextExpiry,
      contact: b.contact,
      phone: b.phone,
      status: b.status,
      statusLabel: serviceBodyStatusLabels[b.status],
      statusReason: b.statusReason,
      mine: b.orgId === orgId,
      version: b.version,
    };
  };
  const presentStaff = (s: repo.StaffRow) => ({ id: s.id, name: s.name, phone: s.phone, idNumberMasked: s.idNumberMasked, certificate: s.certificate ?? null, active: s.active, version: s.version });
  const presentReport = (r: repo.ReportWithReview) => ({
    id: r.id,
    bodyId: r.bodyId,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterpriseName,
    type: r.type,
    reportDate: r.reportDate,
    conclusion: r.conclusion,
    fileId: r.fileId,
    review: r.review ? { id: r.review.id, quarter: r.review.quarter, result: r.review.result, resultLabel: r.review.result ? reviewResultLabels[r.review.result] : null, defects: r.review.defects } : null,
  });
  const presentReview = (r: repo.ReviewListRow, orgId: string | null) => ({
    id: r.id,
    quarter: r.quarter,
    reportId: r.reportId,
    bodyId: r.bodyId,
    bodyName: r.bodyName,
    enterpriseName: r.enterpriseName,
    reportType: r.reportType,
    reportDate: r.reportDate,
    result: r.result,
    resultLabel: r.result ? reviewResultLabels[r.result] : null,
    defects: r.defects,
    reviewedAt: r.reviewedAt ? r.reviewedAt.toISOString() : null,
    mine: r.drawOrgId === orgId,
    version: r.version,
  });

  app.get('/api/service-bodies', { schema: { tags, description: '第三方服务机构名录（本单位及辖区）', querystring: bodiesQuery, response: { 200: bodiesResponse, ...standardErrors } } }, async (request) => {
    const { auth, scope } = reader(request);
    const { page, pageSize, ...filter } = request.query;
    const day = today();
    const { rows, total } = await repo.listBodies(deps().db, scope, { ...filter, today: day, expiringUntil: service.expiringUntil(day) }, page, pageSize);
    return { items: rows.map((r) => presentBody(r, auth.user.org?.id ?? null)), total };
  });

  app.post('/api/service-bodies', { schema: { tags, description: '登记第三方服务机构', body: createBodyBody, response: { 201: bodyView, ...withForbidden } } }, async (request, reply) => {
    const { scope, owner } = manager(request);
    if (!owner) throw AppError('NOT_FOUND');
    const row = await service.createBody(deps(), owner, initiator(request), request.body);
    return reply.status(201).send(presentBody(await bodyInScope(scope, row.id), owner.id));
  });

  app.get('/api/service-bodies/ranking', { schema: { tags, description: '机构排名：季度复核不合格率、建议通报曝光或移出的机构', querystring: quarterQuery, response: { 200: rankingResponse, ...standardErrors } } }, async (request) => {
    const { scope } = reader(request);
    const quarter = request.query.quarter ?? quarterOf(today());
    const counts = await repo.reviewCounts(deps().db, scope, quarter);
    const { from, to } = quarterRange(quarter);
    const failedChecks = await failedChecksIn(deps().db, counts.map((c) => c.body.id), from, to);
    const ranked = rankServiceBodies(counts.map((c) => ({ bodyId: c.body.id, sampled: c.sampled, reviewed: c.reviewed, failed: c.failed, failedChecks: failedChecks.get(c.body.id) ?? 0 })), settings);
    return {
      quarter,
      settings: { flagFailurePercent: settings.flagFailurePercent, flagMinReviewed: settings.flagMinReviewed, rankingMinSample: settings.rankingMinSample, flagFailedChecks: settings.flagFailedChecks },
      items: ranked.map((r, i) => {
        const body = counts[i]?.body;
        if (!body) throw new Error('ranking lost a body');
        return { ...r, failedChecks: r.failedChecks ?? 0, name: body.name, type: body.type, typeLabel: serviceBodyTypeLabels[body.type], status: body.status };
      }),
    };
  });

  app.get('/api/service-bodies/review-samples', { schema: { tags, description: '季度复核抽样（辖区内机构被抽中的报告及复核结果）', querystring: quarterQuery, response: { 200: sampleResponse, ...standardErrors } } }, async (request) => {
    const { auth, scope } = reader(request);
    const quarter = request.query.quarter ?? quarterOf(today());
    const orgId = auth.user.org?.id ?? null;
    const [draw, reviews] = await Promise.all([orgId ? repo.findDraw(deps().db, orgId, quarter) : Promise.resolve(null), repo.listReviews(deps().db, scope, quarter)]);
    return { quarter, drawn: draw !== null, seed: draw?.seed ?? null, ratePercent: draw?.ratePercent ?? null, drawnAt: draw?.drawnAt.toISOString() ?? null, items: reviews.map((r) => presentReview(r, orgId)) };
  });

  app.post('/api/service-bodies/review-samples', { schema: { tags, description: '抽取本单位名录机构本季度报告进行复核（同一季度重复抽取返回同一样本）', body: sampleBody, response: { 200: sampleResponse, ...withForbidden } } }, async (request) => {
    const { scope, owner } = manager(request);
    if (!owner) throw AppError('NOT_FOUND');
    const { quarter } = request.body;
    if (quarter > quarterOf(today())) throw AppError('VALIDATION', { field: 'quarter', message: '「季度」不能晚于本季度' });
    await service.drawReviews(deps(), owner, initiator(request), quarter);
    const [draw, reviews] = await Promise.all([repo.findDraw(deps().db, owner.id, quarter), repo.listReviews(deps().db, scope, quarter)]);
    return { quarter, drawn: draw !== null, seed: draw?.seed ?? null, ratePercent: draw?.ratePercent ?? null, drawnAt: draw?.drawnAt.toISOString() ?? null, items: reviews.map((r) => presentReview(r, owner.id)) };
  });

  app.put('/api/service-report-reviews/:id', { schema: { tags, description: '录入复核结论（不合格须列明问题）', params: uuidParam, body: reviewBody, response: { 200: reviewView, ...withForbidden } } }, async (request) => {
    const { scope, owner } = manager(request);
    const review = await repo.findReview(deps().db, scope, request.params.id);
    if (!review) throw AppError('NOT_FOUND');
    if (!owner || owner.id !== review.drawOrgId) throw AppError('FORBIDDEN', { message: '只能录入本单位抽取的复核结论' });
    await service.recordReview(deps(), review, initiator(request), request.body);
    const updated = await repo.findReview(deps().db, scope, review.id);
    if (!updated) throw AppError('NOT_FOUND');
    return presentReview(updated, owner.id);
  });

  app.get('/api/service-bodies/:id', { schema: { tags, description: '服务机构详情（资质、人员、报告及复核）', params: uuidParam, response: { 200: bodyDetail, ...standardErrors } } }, async (request) => {
    const { auth, scope } = reader(request);
    const body = await bodyInScope(scope, request.params.id);
    const [staff, reports] = await Promise.all([repo.listStaff(deps().db, body.id), repo.listReports(deps().db, body.id)]);
    return { ...presentBody(body, auth.user.org?.id ?? null), staff: staff.map(presentStaff), reports: reports.map(presentReport) };
  });

  app.patch('/api/service-bodies/:id', { schema: { tags, description: '修改服务机构信息或状态（暂停、移出须填写原因；含 version）', params: uuidParam, body: patchBodyBody, response: { 200: bodyView, ...withForbidden } } }, async (request) => {
    const { scope, owner } = manager(request);
    const body = await bodyInScope(scope, request.params.id);
    requireOwner(body, owner);
    const row = await service.updateBody(deps(), body, initiator(request), request.body);
    return presentBody({ ...row, orgName: body.orgName }, body.orgId);
  });

  app.post('/api/service-bodies/:id/staff', { schema: { tags, description: '新增机构从业人员（身份证号加密保存，仅显示脱敏号码）', params: uuidParam, body: staffBody, response: { 201: staffView, ...withForbidden } } }, async (request, reply) => {
    const { scope, owner } = manager(request);
    const body = await bodyInScope(scope, request.params.id);
    requireOwner(body, owner);
    return reply.status(201).send(presentStaff(await service.addStaff(deps(), body, initiator(request), request.body)));
  });

  app.patch('/api/service-bodies/:id/staff/:staffId', { schema: { tags, description: '修改机构从业人员（含 version）', params: staffParams, body: staffPatch, response: { 200: staffView, ...withForbidden } } }, async (request) => {
    const { scope, owner } = manager(request);
    const body = await bodyInScope(scope, request.params.id);
    const staff = await repo.findStaff(deps().db, body.id, request.params.staffId);
    if (!staff) throw AppError('NOT_FOUND');
    requireOwner(body, owner);
    return presentStaff(await service.updateStaff(deps(), body, staff, initiator(request), request.body));
  });

  app.get('/api/service-bodies/:id/reports', { schema: { tags, description: '机构出具的报告及复核结果', params: uuidParam, response: { 200: reportsResponse, ...standardErrors } } }, async (request) => {
    const { scope } = reader(request);
    const body = await bodyInScope(scope, request.params.id);
    const items = (await repo.listReports(deps().db, body.id)).map(presentReport);
    return { items, total: items.length };
  });

  app.post('/api/service-bodies/:id/reports', { schema: { tags, description: '登记机构出具的报告（委托企业须在本单位辖区）', params: uuidParam, body: reportBody, response: { 201: reportView, ...withForbidden } } }, async (request, reply) => {
    const { auth, scope, owner } = manager(request);
    const body = await bodyInScope(scope, request.params.id);
    requireOwner(body, owner);
    const report = await service.addReport(deps(), auth.scope, body, initiator(request), request.body);
    const [listed] = (await repo.listReports(deps().db, body.id)).filter((r) => r.id === report.id);
    if (!listed) throw new Error('report not listed');
    return reply.status(201).send(presentReport(listed));
  });

  app.get('/api/service-contracts', { schema: { tags, description: '政府购买服务合同（含已完成与约定的第三方检查次数）', querystring: contractsQuery, response: { 200: contractsResponse, ...standardErrors } } }, async (request) => {
    const { scope } = reader(request);
    if (request.query.bodyId) await bodyInScope(scope, request.query.bodyId);
    const rows = await repo.listContracts(deps().db, scope, request.query.bodyId);
    return { items: rows.map(presentContract), total: rows.length };
  });

  app.post('/api/service-contracts', { schema: { tags, description: '登记政府购买服务合同', body: contractBody, response: { 201: contractView, ...withForbidden } } }, async (request, reply) => {
    const { auth, scope, owner } = manager(request);
    if (!owner) throw AppError('NOT_FOUND');
    const body = await bodyInScope(scope, request.body.bodyId);
    const row = await service.addContract(deps(), auth.scope, owner, initiator(request), request.body);
    const [listed] = (await repo.listContracts(deps().db, scope, body.id)).filter((c) => c.id === row.id);
    if (!listed) throw new Error('contract not listed');
    return reply.status(201).send(presentContract(listed));
  });
}

const presentContract = (c: Awaited<ReturnType<typeof repo.listContracts>>[number]) => ({
  id: c.id,
  bodyId: c.bodyId,
  bodyName: c.bodyName,
  orgName: c.orgName,
  scope: c.scope,
  enterpriseIds: c.enterpriseIds,
  periodFrom: c.periodFrom,
  periodTo: c.periodTo,
  amountFen: c.amountFen,
  inspectionsContracted: c.inspectionsContracted,
  inspectionsDone: c.inspectionsDone,
});
