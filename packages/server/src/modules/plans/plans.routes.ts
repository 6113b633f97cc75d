import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { planMachine, type PlanScope, type WorkflowActor } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { initiator } from '../../plugins/auth.ts';
import { chinaDate } from '../../lib/dates.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { parseOrThrow } from '../../lib/validation.ts';
import { actionContext } from '../../workflow/context.ts';
import { presentWorkflow } from '../../workflow/present.ts';
import { planStream } from '../../workflow/streams.ts';
import { presentTimeline } from '../../workflow/present.ts';
import { createPlan, performPlanAction, planFacts, planRequirements } from './plans.workflow.ts';
import { filingCommittees, orgsInRegion } from './plan-orgs.repository.ts';
import { actorOf, requireCommitteeReader, requirePlanManager, requirePlanReader } from './plans.guard.ts';
import { presentPlanList } from './plans.presenter.ts';
import * as repo from './plans.repository.ts';
import * as sectorLeads from './sector-leads.service.ts';
import { createPlanBody, planActionBodies, planActionParams, planOrgsQuery, planOrgsResponse, plansQuery, plansResponse, planView, sectorLeadBody, sectorLeadsResponse, sectorLeadView, updateSectorLeadBody, type PlanView } from './plans.schema.ts';

export async function planRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const today = () => chinaDate(app.services.clock.now());
  const tags = ['plans'];

  const withForbidden = { ...standardErrors, 403: standardErrors[400] };

  async function loadPlan(scope: PlanScope, actor: WorkflowActor, id: string): Promise<PlanView> {
    const row = await repo.findPlan(deps().db, scope, id);
    if (!row) throw AppError('NOT_FOUND');
    return presentPlan(scope, actor, row);
  }

  async function presentPlan(scope: PlanScope, actor: WorkflowActor, row: repo.PlanRow): Promise<PlanView> {
    const { db } = deps();
    const [[item], parent, children, history] = await Promise.all([
      presentPlanList(db, scope, actor, [row], today()),
      row.parentId ? repo.unsafeUpperPlan(db, row.parentId, row.regionCode) : Promise.resolve(null),
      repo.listPlans(db, scope, { parentId: row.id }, 1, 200),
      presentTimeline(db, planStream, row),
    ]);
    if (!item) throw AppError('NOT_FOUND');
    const subPlans = await presentPlanList(db, scope, actor, children.items, today());
    return {
      ...item,
      parentName: parent?.name ?? null,
      sector: row.sector,
      actionLines: row.actionLines,
      summary: row.summary,
      filingOrgId: row.filingOrgId,
      subPlans: subPlans.map((p) => ({ id: p.id, name: p.name, orgName: p.orgName, kindLabel: p.kindLabel, status: p.status, filingState: p.filingState, filingStateLabel: p.filingStateLabel, filingDue: p.filingDue, filedOn: p.filedOn })),
      version: row.version,
      ...presentWorkflow(planMachine, planFacts(row), actor, (action) => planRequirements(row, action, today())),
      ...history,
    };
  }

  app.get('/api/plans', { schema: { tags, querystring: plansQuery, response: { 200: plansResponse, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requirePlanReader(request);
    const { page, pageSize, ...filter } = request.query;
    const { items, total } = await repo.listPlans(deps().db, scope, filter, page, pageSize);
    return { items: await presentPlanList(deps().db, scope, actorOf(auth), items, today()), total };
  });

  app.get('/api/plans/:id', { schema: { tags, params: uuidParam, response: { 200: planView, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requirePlanReader(request);
    return loadPlan(scope, actorOf(auth), request.params.id);
  });

  app.post(
    '/api/plans',
    { schema: { tags, description: '制定方案（草拟）：安委办可制定各类方案，行业部门可制定本行业领域子方案', body: createPlanBody, response: { 201: planView, ...withForbidden } } },
    async (request, reply) => {
      const { auth, scope } = requirePlanReader(request);
      const org = auth.user.org;
      if (!org) throw AppError('NOT_FOUND');
      const row = await createPlan(actionContext(deps(), auth, initiator(request)), scope, org, request.body);
      return reply.status(201).send(await presentPlan(scope, actorOf(auth), row));
    },
  );

  app.post(
    '/api/plans/:id/actions/:action',
    { schema: { tags, description: '方案动作（印发、报上级备案、修改），请求体含 version', params: planActionParams, body: z.record(z.string(), z.unknown()), response: { 200: planView, ...withForbidden } } },
    async (request) => {
      const { auth, scope } = requirePlanReader(request);
      const { id, action } = request.params;
      const row = await repo.findPlan(deps().db, scope, id);
      if (!row) throw AppError('NOT_FOUND');
      const org = auth.user.org;
      if (!org) throw AppError('NOT_FOUND');
      const input = parseOrThrow(planActionBodies[action], request.body);
      const written = await performPlanAction(actionContext(deps(), auth, initiator(request)), scope, org, row, action, input);
      return presentPlan(scope, actorOf(auth), written);
    },
  );

  app.get(
    '/api/plan-orgs',
    { schema: { tags, description: '可指定为牵头、配合或报送单位的本辖区单位', querystring: planOrgsQuery, response: { 200: planOrgsResponse, ...standardErrors } } },
    async (request) => {
      const { scope } = requireCommitteeReader(request);
      return { items: await orgsInRegion(deps().db, scope.regionPrefix, { q: request.query.q, kinds: request.query.kind ? [request.query.kind] : ['committee', 'regulator', 'locality'] }) };
    },
  );

  app.get(
    '/api/plan-orgs/filing',
    { schema: { tags, description: '方案可报备案的单位：本级及上级安全生产委员会办公室（不含本单位）', response: { 200: planOrgsResponse, ...standardErrors } } },
    async (request) => {
      const { auth } = requirePlanReader(request);
      const org = auth.user.org;
      if (!org) throw AppError('NOT_FOUND');
      return { items: await filingCommittees(deps().db, org) };
    },
  );

  // ---- sector leads (一件事 overrides) ----

  const loadSectorLead = async (scope: PlanScope, actor: WorkflowActor, id: string) => {
    const row = await repo.findSectorLead(deps().db, scope, id);
    if (!row) throw AppError('NOT_FOUND');
    const [view] = await sectorLeads.presentSectorLeads(deps().db, [row], actor);
    if (!view) throw AppError('NOT_FOUND');
    return view;
  };

  app.get('/api/sector-leads', { schema: { tags, description: '行业领域牵头部门（一件事）本地设置', response: { 200: sectorLeadsResponse, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireCommitteeReader(request);
    return { items: await sectorLeads.presentSectorLeads(deps().db, await repo.listSectorLeads(deps().db, scope), actorOf(auth)) };
  });

  app.post('/api/sector-leads', { schema: { tags, body: sectorLeadBody, response: { 201: sectorLeadView, ...standardErrors } } }, async (request, reply) => {
    const manager = requirePlanManager(request);
    const id = await sectorLeads.createSectorLead(deps(), manager, initiator(request), request.body);
    return reply.status(201).send(await loadSectorLead(manager.scope, actorOf(manager.auth), id));
  });

  app.patch('/api/sector-leads/:id', { schema: { tags, params: uuidParam, body: updateSectorLeadBody, response: { 200: sectorLeadView, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireCommitteeReader(request);
    await sectorLeads.updateSectorLead(deps(), scope, actorOf(auth), initiator(request), request.params.id, request.body);
    return loadSectorLead(scope, actorOf(auth), request.params.id);
  });
}
