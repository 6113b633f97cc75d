import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { explainFilingRefused, periodLabel, returnMachine, returnStatusLabels, timeliness, timelinessLabels, type PlanScope, type WorkflowActor } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { initiator } from '../../plugins/auth.ts';
import { chinaDate } from '../../lib/dates.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { actorOf, requirePlanManager, requirePlanReader } from '../plans/plans.guard.ts';
import { parseOrThrow } from '../../lib/validation.ts';
import { actionContext } from '../../workflow/context.ts';
import { presentWorkflow } from '../../workflow/present.ts';
import { returnStream } from '../../workflow/streams.ts';
import { orgsByIds } from '../plans/plan-orgs.repository.ts';
import { presentTimeline } from '../../workflow/present.ts';
import * as repo from './returns.repository.ts';
import * as service from './returns.service.ts';
import { fileReturn, performReturnAction, returnFacts, returnRequirements } from './returns.workflow.ts';
import {
  fileReturnBody,
  returnActionBodies,
  returnActionParams,
  returnView,
  type ReturnView,
  prefillQuery,
  prefillResponse,
  requirementBody,
  requirementsQuery,
  requirementsResponse,
  requirementView,
  returnFiguresQuery,
  returnFiguresResponse,
  returnsQuery,
  returnsResponse,
  toFileResponse,
  updateRequirementBody,
} from './returns.schema.ts';

/** Report requirements and the returns filed against them (B-2, B-6). */
export async function returnRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const today = () => chinaDate(app.services.clock.now());
  const tags = ['returns'];

  const loadRequirement = async (scope: PlanScope, actor: WorkflowActor, id: string) => {
    const row = await repo.findRequirement(deps().db, scope, id);
    if (!row) throw AppError('NOT_FOUND');
    const [view] = await service.requirementViews(deps().db, [row], actor);
    if (!view) throw AppError('NOT_FOUND');
    return view;
  };

  const withForbidden = { ...standardErrors, 403: standardErrors[400] };

  async function presentReturn(scope: PlanScope, actor: WorkflowActor, row: repo.SubmissionRow): Promise<ReturnView> {
    const requirement = await repo.findRequirement(deps().db, scope, row.requirementId);
    if (!requirement) throw AppError('NOT_FOUND');
    const [names, history] = await Promise.all([orgsByIds(deps().db, [row.orgId]), presentTimeline(deps().db, returnStream, row)]);
    const state = timeliness(row.dueDate, row.firstFiledOn, today());
    return {
      id: row.id,
      requirementId: row.requirementId,
      requirementName: requirement.name,
      kind: requirement.kind,
      period: row.period,
      periodLabel: periodLabel(row.period),
      orgId: row.orgId,
      orgName: names.get(row.orgId)?.name ?? '',
      dueDate: row.dueDate,
      firstFiledOn: row.firstFiledOn,
      status: row.status,
      statusLabel: returnStatusLabels[row.status],
      timeliness: state,
      timelinessLabel: timelinessLabels[state],
      issuerOrgId: row.issuerOrgId,
      sections: requirement.sections,
      report: row.report,
      submittedAt: row.submittedAt.toISOString(),
      reviewComment: row.reviewComment,
      reviewedAt: row.reviewedAt?.toISOString() ?? null,
      version: row.version,
      ...presentWorkflow(returnMachine, returnFacts(row), actor, (action) => returnRequirements(requirement, action)),
      ...history,
    };
  }

  app.get('/api/report-requirements', { schema: { tags, querystring: requirementsQuery, response: { 200: requirementsResponse, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requirePlanReader(request);
    const { active, kind } = request.query;
    const rows = await repo.listRequirements(deps().db, scope, { kind, active: active === undefined ? undefined : active === 'true' });
    return { items: await service.requirementViews(deps().db, rows, actorOf(auth)) };
  });

  app.get('/api/report-requirements/:id', { schema: { tags, params: uuidParam, response: { 200: requirementView, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requirePlanReader(request);
    return loadRequirement(scope, actorOf(auth), request.params.id);
  });

  app.post('/api/report-requirements', { schema: { tags, body: requirementBody, response: { 201: requirementView, ...standardErrors } } }, async (request, reply) => {
    const manager = requirePlanManager(request);
    const id = await service.createRequirement(deps(), manager, initiator(request), request.body);
    return reply.status(201).send(await loadRequirement(manager.scope, actorOf(manager.auth), id));
  });

  app.patch('/api/report-requirements/:id', { schema: { tags, params: uuidParam, body: updateRequirementBody, response: { 200: requirementView, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requirePlanReader(request);
    await service.updateRequirement(deps(), scope, actorOf(auth), initiator(request), request.params.id, request.body);
    return loadRequirement(scope, actorOf(auth), request.params.id);
  });

  app.get(
    '/api/returns',
    { schema: { tags, description: '应报送的报送记录（含未报送）：按时、逾期、未报', querystring: returnsQuery, response: { 200: returnsResponse, ...standardErrors } } },
    async (request) => {
      const { scope } = requirePlanReader(request);
      const { items, total } = await service.listReturns(deps().db, scope, request.query, today());
      return { items: await service.presentExpected(deps().db, items), total };
    },
  );

  app.get(
    '/api/returns/figures',
    { schema: { tags, description: '报送及时率：按单位、报送期或报送要求', querystring: returnFiguresQuery, response: { 200: returnFiguresResponse, ...standardErrors } } },
    async (request) => {
      const { scope } = requirePlanReader(request);
      const { by, requirementId, from, to } = request.query;
      const requirements = requirementId ? [await repo.findRequirement(deps().db, scope, requirementId)].filter((r) => r !== null) : await repo.listRequirements(deps().db, scope, {});
      if (requirementId && requirements.length === 0) throw AppError('NOT_FOUND');
      return service.returnFigures(deps().db, scope, requirements, today(), by, { from, to });
    },
  );

  app.get('/api/returns/to-file', { schema: { tags, description: '本单位当前可报送的报送期', response: { 200: toFileResponse, ...standardErrors } } }, async (request) => {
    const { scope } = requirePlanReader(request);
    const orgId = scope.orgId;
    const requirements = (await repo.listRequirements(deps().db, scope, { active: true })).filter((r) => r.reportingOrgIds.includes(orgId));
    const items = [];
    for (const r of requirements) {
      for (const w of service.openPeriods(r, today())) {
        const filed = await repo.submissionFor(deps().db, r.id, w.period, orgId);
        items.push({
          requirementId: r.id,
          requirementName: r.name,
          kind: r.kind,
          period: w.period,
          periodLabel: periodLabel(w.period),
          opens: w.opens,
          due: w.due,
          closes: w.closes,
          returnId: filed?.id ?? null,
          status: filed?.status ?? null,
          timeliness: timeliness(w.due, filed?.firstFiledOn ?? null, today()),
        });
      }
    }
    return { items };
  });

  app.get('/api/returns/prefill', { schema: { tags, description: '报送表预填：平台已有的数据和本单位牵头任务的进展', querystring: prefillQuery, response: { 200: prefillResponse, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requirePlanReader(request);
    const requirement = await repo.findRequirement(deps().db, scope, request.query.requirementId);
    if (!requirement) throw AppError('NOT_FOUND');
    const org = auth.user.org;
    if (!org) throw AppError('NOT_FOUND');
    const refused = explainFilingRefused(requirement, org.id, request.query.period, today());
    if (refused) throw AppError('RETURN_NOT_FILEABLE', { field: refused.field, message: refused.message });
    const report = await service.prefillReport(deps().db, scope, org, request.query.period, today());
    return { sections: requirement.sections, report, due: service.openPeriods(requirement, today()).find((w) => w.period === request.query.period)?.due ?? '', periodLabel: periodLabel(request.query.period) };
  });

  app.post('/api/returns', { schema: { tags, description: '报送本单位某一报送期的工作情况（每单位每期一份，已报送的不能重复报送）', body: fileReturnBody, response: { 201: returnView, ...withForbidden } } }, async (request, reply) => {
    const { auth, scope } = requirePlanReader(request);
    const org = auth.user.org;
    if (!org) throw AppError('NOT_FOUND');
    const row = await fileReturn(actionContext(deps(), auth, initiator(request)), scope, org, request.body);
    return reply.status(201).send(await presentReturn(scope, actorOf(auth), row));
  });

  app.get('/api/returns/:id', { schema: { tags, params: uuidParam, response: { 200: returnView, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requirePlanReader(request);
    const row = await repo.findSubmission(deps().db, scope, request.params.id);
    if (!row) throw AppError('NOT_FOUND');
    return presentReturn(scope, actorOf(auth), row);
  });

  app.post(
    '/api/returns/:id/actions/:action',
    { schema: { tags, description: '报送审核（审核通过、退回修改）和退回后重新报送，请求体含 version', params: returnActionParams, body: z.record(z.string(), z.unknown()), response: { 200: returnView, ...withForbidden } } },
    async (request) => {
      const { auth, scope } = requirePlanReader(request);
      const { id, action } = request.params;
      const row = await repo.findSubmission(deps().db, scope, id);
      if (!row) throw AppError('NOT_FOUND');
      const input = parseOrThrow(returnActionBodies[action], request.body);
      const written = await performReturnAction(actionContext(deps(), auth, initiator(request)), scope, auth.user.org, row, action, input);
      return presentReturn(scope, actorOf(auth), written);
    },
  );
}
