import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, defaultExpertSettings, expertLibraryMilestones, expertLevelOf, expiryWarningEdge, qualificationState, supervisionClassLabels, worstQualificationState, type ExpertSettings } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { chinaDate } from '../../lib/dates.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { requireRegionStaff } from '../../lib/scope-registry.ts';
import { initiator, requireCapability } from '../../plugins/auth.ts';
import { findInspection, inspectionReaderOf, inspectionsInScope } from '../inspections/inspections.repository.ts';
import { ensureClasses, periodOf } from '../supervision/supervision.service.ts';
import { expertFigures, servicePlan } from './experts.figures.repository.ts';
import * as repo from './experts.repository.ts';
import {
  candidatesQuery,
  candidatesResponse,
  createExpertBody,
  expertListResponse,
  expertQuery,
  expertView,
  figuresQuery,
  figuresResponse,
  rateExpertBody,
  servicePlanQuery,
  servicePlanResponse,
  updateExpertBody,
  type ExpertAction,
  type ExpertListItem,
  type ExpertView,
} from './experts.schema.ts';
import { candidatesFor, createExpert, mayEditExpert, rateExpert, updateExpert, type ExpertCrypto } from './experts.service.ts';

function presentListItem(row: repo.ExpertListRow, today: string, settings: ExpertSettings): ExpertListItem {
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    idNumberMasked: row.idNumberMasked,
    employer: row.employer,
    title: row.title,
    level: expertLevelOf(row.regionCode) ?? 'county',
    ownerOrg: { id: row.ownerOrgId, name: row.ownerOrgName },
    source: row.source,
    sectors: row.sectors,
    topics: row.topics as ExpertListItem['topics'],
    qualifications: row.qualifications.map((q) => ({ ...q, state: qualificationState(q.expiresOn, today, settings) })),
    qualificationState: worstQualificationState(row.qualifications, today, settings),
    regionServed: row.regionServed,
    regionServedName: row.regionServedName ?? '',
    availability: row.availability,
    status: row.status,
    statusReason: row.statusReason,
    hasAccount: row.userId !== null,
    visits: row.visits,
    averageScore: row.averageScore,
    version: row.version,
  };
}

/** 专家库 (MODULES A-5): libraries by level, assignment candidates, the expert's own page, ratings, 指导帮扶 plan and numbers. */
export async function expertRoutes(fastify: FastifyInstance, options: { crypto: ExpertCrypto; settings?: ExpertSettings }): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const settings = options.settings ?? defaultExpertSettings;
  const db = () => app.services.database.db;
  const clock = () => {
    const now = app.services.clock.now();
    return { now, today: chinaDate(now) };
  };
  const deps = () => ({ db: db(), ...clock(), crypto: options.crypto, settings });
  const tags = ['experts'];

  const loadInScope = async (auth: AuthContext, id: string) => {
    const row = await repo.findExpert(db(), auth.scope, id);
    if (!row) throw AppError('NOT_FOUND');
    return row;
  };

  async function present(auth: AuthContext, row: repo.ExpertListRow): Promise<ExpertView> {
    const { today } = clock();
    const reader = await inspectionReaderOf(db(), auth);
    const visits = await repo.expertVisits(db(), row.id, inspectionsInScope(reader));
    const conflicts = await repo.enterpriseNames(db(), row.conflictEnterpriseIds);
    const mayRate = can(auth.user.roles, 'inspections.plan');
    const actions: ExpertAction[] = [];
    if (mayEditExpert(auth, row)) actions.push('edit');
    const visitList = visits.map((v) => ({
      inspectionId: v.inspectionId,
      inspectionNo: v.inspectionNo,
      kind: v.kind,
      subjectName: v.subjectName,
      plannedOn: v.plannedOn,
      status: v.status,
      findings: v.findings,
      majorFindings: v.majorFindings,
      rating: v.score === null ? null : { score: v.score, comment: v.comment ?? '', ratedAt: v.ratedAt?.toISOString() ?? '' },
      ratable: mayRate && v.score === null && v.status === 'closed' && v.orgId === auth.user.org?.id,
    }));
    if (visitList.some((v) => v.ratable)) actions.push('rate');
    return {
      ...presentListItem(row, today, settings),
      conflicts,
      user: row.userId && row.username ? { id: row.userId, username: row.username } : null,
      visitList,
      actions,
    };
  }

  app.get('/api/experts', { schema: { tags, description: '专家库（本级及上级、下级专家库）', querystring: expertQuery, response: { 200: expertListResponse, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'experts.read');
    const { today } = clock();
    const { page, pageSize, ...filter } = request.query;
    const { items, total } = await repo.listExperts(db(), auth.scope, filter, auth.user.org?.id ?? null, today, expiryWarningEdge(today, settings), page, pageSize);
    return { items: items.map((r) => presentListItem(r, today, settings)), total };
  });

  app.get('/api/experts/figures', { schema: { tags, description: '专家库规模、专家服务次数与发现隐患', querystring: figuresQuery, response: { 200: figuresResponse, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'experts.read');
    const { today } = clock();
    const year = request.query.year ?? Number(today.slice(0, 4));
    const reader = await inspectionReaderOf(db(), auth);
    const figures = await expertFigures(db(), auth.scope, inspectionsInScope(reader), year, expiryWarningEdge(today, settings));
    const milestones = expertLibraryMilestones.map((m) => {
      const met = figures.size.byLevel.some((l) => (m.levels as readonly string[]).includes(l.level) && l.n > 0);
      return { key: m.key, label: m.label, due: m.due, met, overdue: !met && today > m.due };
    });
    return { year, ...figures, milestones };
  });

  app.get('/api/experts/candidates', { schema: { tags, description: '可指派的专家（按回避、轮换规则）', querystring: candidatesQuery, response: { 200: candidatesResponse, ...standardErrors } } }, async (request) => {
    const { auth } = requireRegionStaff(request, 'inspections.plan');
    return candidatesFor(db(), auth, request.query.enterpriseId, request.query.sector ?? null, clock().today, settings);
  });

  app.get('/api/experts/service-plan', { schema: { tags, description: '分级开展安全执法指导帮扶：应安排专家指导服务的企业', querystring: servicePlanQuery, response: { 200: servicePlanResponse, ...standardErrors } } }, async (request) => {
    const { scope } = requireRegionStaff(request, 'inspections.plan');
    const { today } = clock();
    await ensureClasses(db(), scope.regionPrefix, today);
    const { page, pageSize, class: cls, due, q } = request.query;
    const year = today.slice(0, 4);
    const plan = await servicePlan(db(), scope, { period: periodOf(today), year, class: cls, due: due === 'true', q, visitsPerYear: settings.serviceVisitsPerYear }, page, pageSize);
    return {
      year,
      visitsPerYear: settings.serviceVisitsPerYear,
      items: plan.rows.map((r) => ({ ...r, classLabel: supervisionClassLabels[r.class], stillDue: Math.max(0, r.visitsDue - r.visitsDone - r.visitsPlanned) })),
      total: plan.total,
      totals: plan.totals,
    };
  });

  app.get('/api/experts/me', { schema: { tags, description: '专家本人的档案与服务记录', response: { 200: expertView, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'experts.self');
    const row = await repo.findExpertOfUser(db(), auth.user.id);
    if (!row) throw AppError('NOT_FOUND', { message: '本账号尚未关联专家库中的专家' });
    return present(auth, row);
  });

  app.get('/api/experts/:id', { schema: { tags, params: uuidParam, response: { 200: expertView, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'experts.read');
    return present(auth, await loadInScope(auth, request.params.id));
  });

  app.post('/api/experts', { schema: { tags, description: '专家入库', body: createExpertBody, response: { 201: expertView, ...standardErrors } } }, async (request, reply) => {
    const auth = requireCapability(request, 'experts.manage');
    const id = await createExpert(deps(), auth, initiator(request), request.body);
    return reply.status(201).send(await present(auth, await loadInScope(auth, id)));
  });

  app.patch('/api/experts/:id', { schema: { tags, description: '修改专家信息、暂停或退出', params: uuidParam, body: updateExpertBody, response: { 200: expertView, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'experts.manage');
    const current = await loadInScope(auth, request.params.id);
    if (request.body.version !== current.version) throw AppError('CONFLICT');
    await updateExpert(deps(), auth, initiator(request), current, request.body);
    return present(auth, await loadInScope(auth, current.id));
  });

  app.post('/api/experts/:id/ratings', { schema: { tags, description: '服务后评价专家（1-5分）', params: uuidParam, body: rateExpertBody, response: { 200: expertView, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'inspections.plan');
    const expert = await loadInScope(auth, request.params.id);
    const visit = await findInspection(db(), await inspectionReaderOf(db(), auth), request.body.inspectionId);
    if (!visit) throw AppError('VALIDATION', { field: 'inspectionId', message: '检查不存在或不在本单位范围内' });
    await rateExpert(deps(), auth, initiator(request), expert, { id: visit.id, orgId: visit.orgId ?? '', status: visit.status }, request.body);
    return present(auth, await loadInScope(auth, expert.id));
  });
}
