import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import { initiator } from '../../plugins/auth.ts';
import { chinaDate } from '../../lib/dates.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { actorOf, requireCommitteeReader, requirePlanManager } from '../plans/plans.guard.ts';
import * as repo from './leaders.repository.ts';
import * as service from './leaders.service.ts';
import {
  dutyListBody,
  dutyListsQuery,
  dutyListsResponse,
  dutyListView,
  fileDutyListBody,
  leaderBody,
  leaderRecord,
  leaderRecordQuery,
  leadersQuery,
  leadersResponse,
  leaderView,
  updateDutyListBody,
  updateLeaderBody,
  updateWorkingGroupBody,
  workingGroupBody,
  workingGroupsResponse,
  workingGroupView,
} from './leaders.schema.ts';

/**
 * Leaders (主要负责同志, 分管负责同志, member-unit heads), their 职责清单和年度任务清单 and 履职档案, and the working
 * groups (领导小组、工作专班) with their 联络员. The 安委办's own records: it and the upper levels read them.
 */
export async function leaderRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const today = () => chinaDate(app.services.clock.now());
  const tags = ['leaders'];


  const loadLeader = async (scope: Parameters<typeof repo.findLeader>[1], actor: Parameters<typeof service.presentLeader>[2], id: string) => {
    const row = await repo.findLeader(deps().db, scope, id);
    if (!row) throw AppError('NOT_FOUND');
    const [view] = await service.presentLeaders(deps().db, [row], actor);
    if (!view) throw AppError('NOT_FOUND');
    return view;
  };

  app.get('/api/leaders', { schema: { tags, querystring: leadersQuery, response: { 200: leadersResponse, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireCommitteeReader(request);
    const { active, ...filter } = request.query;
    const rows = await repo.listLeaders(deps().db, scope, { ...filter, active: active === undefined ? undefined : active === 'true' });
    return { items: await service.presentLeaders(deps().db, rows, actorOf(auth)) };
  });

  app.post('/api/leaders', { schema: { tags, body: leaderBody, response: { 201: leaderView, ...standardErrors } } }, async (request, reply) => {
    const manager = requirePlanManager(request);
    const id = await service.createLeader(deps(), manager, initiator(request), request.body);
    return reply.status(201).send(await loadLeader(manager.scope, actorOf(manager.auth), id));
  });

  app.patch('/api/leaders/:id', { schema: { tags, params: uuidParam, body: updateLeaderBody, response: { 200: leaderView, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireCommitteeReader(request);
    await service.updateLeader(deps(), scope, actorOf(auth), initiator(request), request.params.id, request.body);
    return loadLeader(scope, actorOf(auth), request.params.id);
  });

  app.get(
    '/api/leaders/:id/record',
    { schema: { tags, description: '履职档案：职责清单、主持会议、负责任务及其状态、会议频次检查', params: uuidParam, querystring: leaderRecordQuery, response: { 200: leaderRecord, ...standardErrors } } },
    async (request) => {
      const { auth, scope } = requireCommitteeReader(request);
      const year = request.query.year ?? Number(today().slice(0, 4));
      return service.leaderRecord(deps().db, scope, actorOf(auth), request.params.id, year, today());
    },
  );

  const loadDutyList = async (scope: Parameters<typeof repo.findDutyList>[1], actor: Parameters<typeof service.presentLeader>[2], id: string) => {
    const row = await repo.findDutyList(deps().db, scope, id);
    if (!row) throw AppError('NOT_FOUND');
    const [view] = await service.presentDutyLists(deps().db, scope, [row], actor, today());
    if (!view) throw AppError('NOT_FOUND');
    return view;
  };

  app.get('/api/duty-lists', { schema: { tags, querystring: dutyListsQuery, response: { 200: dutyListsResponse, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireCommitteeReader(request);
    const rows = await repo.listDutyLists(deps().db, scope, request.query);
    return { items: await service.presentDutyLists(deps().db, scope, rows, actorOf(auth), today()) };
  });

  app.post('/api/duty-lists', { schema: { tags, body: dutyListBody, response: { 201: dutyListView, ...standardErrors } } }, async (request, reply) => {
    const manager = requirePlanManager(request);
    const id = await service.createDutyList(deps(), manager, initiator(request), request.body);
    return reply.status(201).send(await loadDutyList(manager.scope, actorOf(manager.auth), id));
  });

  app.patch('/api/duty-lists/:id', { schema: { tags, params: uuidParam, body: updateDutyListBody, response: { 200: dutyListView, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireCommitteeReader(request);
    await service.updateDutyList(deps(), scope, actorOf(auth), initiator(request), request.params.id, request.body);
    return loadDutyList(scope, actorOf(auth), request.params.id);
  });

  app.post(
    '/api/duty-lists/:id/file',
    { schema: { tags, description: '职责清单报上级安委会办公室备案', params: uuidParam, body: fileDutyListBody, response: { 200: dutyListView, ...standardErrors } } },
    async (request) => {
      const { auth, scope } = requireCommitteeReader(request);
      await service.fileDutyList(deps(), scope, actorOf(auth), initiator(request), request.params.id, request.body);
      return loadDutyList(scope, actorOf(auth), request.params.id);
    },
  );

  const loadGroup = async (scope: Parameters<typeof repo.findWorkingGroup>[1], actor: Parameters<typeof service.presentLeader>[2], id: string) => {
    const row = await repo.findWorkingGroup(deps().db, scope, id);
    if (!row) throw AppError('NOT_FOUND');
    const [view] = await service.presentWorkingGroups(deps().db, [row], actor);
    if (!view) throw AppError('NOT_FOUND');
    return view;
  };

  app.get('/api/working-groups', { schema: { tags, response: { 200: workingGroupsResponse, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireCommitteeReader(request);
    return { items: await service.presentWorkingGroups(deps().db, await repo.listWorkingGroups(deps().db, scope), actorOf(auth)) };
  });

  app.post('/api/working-groups', { schema: { tags, body: workingGroupBody, response: { 201: workingGroupView, ...standardErrors } } }, async (request, reply) => {
    const manager = requirePlanManager(request);
    const id = await service.createWorkingGroup(deps(), manager, initiator(request), request.body);
    return reply.status(201).send(await loadGroup(manager.scope, actorOf(manager.auth), id));
  });

  app.patch('/api/working-groups/:id', { schema: { tags, params: uuidParam, body: updateWorkingGroupBody, response: { 200: workingGroupView, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireCommitteeReader(request);
    await service.updateWorkingGroup(deps(), scope, actorOf(auth), initiator(request), request.params.id, request.body);
    return loadGroup(scope, actorOf(auth), request.params.id);
  });
}
