import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PlanScope, WorkflowActor } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { initiator } from '../../plugins/auth.ts';
import { chinaDate } from '../../lib/dates.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { actorOf, requireCommitteeReader, requirePlanManager } from '../plans/plans.guard.ts';
import * as repo from './meetings.repository.ts';
import * as service from './meetings.service.ts';
import { cadenceQuery, cadenceResponse, meetingBody, meetingsQuery, meetingsResponse, meetingView, updateMeetingBody } from './meetings.schema.ts';

/** Leaders' meetings and the cadence check: the 安委办's own records, read by it and the upper levels. */
export async function meetingRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const today = () => chinaDate(app.services.clock.now());
  const tags = ['meetings'];
  const load = async (scope: PlanScope, actor: WorkflowActor, id: string) => {
    const row = await repo.findMeeting(deps().db, scope, id);
    if (!row) throw AppError('NOT_FOUND');
    const [view] = await service.presentMeetings(deps().db, scope, [row], actor, today());
    if (!view) throw AppError('NOT_FOUND');
    return view;
  };

  app.get('/api/meetings', { schema: { tags, querystring: meetingsQuery, response: { 200: meetingsResponse, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireCommitteeReader(request);
    const { page, pageSize, ...filter } = request.query;
    const { items, total } = await repo.listMeetings(deps().db, scope, filter, page, pageSize);
    return { items: await service.presentMeetings(deps().db, scope, items, actorOf(auth), today()), total };
  });

  app.get(
    '/api/meetings/cadence',
    { schema: { tags, description: '领导会议频次检查：主要负责同志每季度、分管负责同志每月', querystring: cadenceQuery, response: { 200: cadenceResponse, ...standardErrors } } },
    async (request) => {
      const { scope } = requireCommitteeReader(request);
      const year = request.query.year ?? Number(today().slice(0, 4));
      return service.cadenceReport(deps().db, scope, year, today(), request.query.regionCode);
    },
  );

  app.get('/api/meetings/:id', { schema: { tags, params: uuidParam, response: { 200: meetingView, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireCommitteeReader(request);
    return load(scope, actorOf(auth), request.params.id);
  });

  app.post('/api/meetings', { schema: { tags, body: meetingBody, response: { 201: meetingView, ...standardErrors } } }, async (request, reply) => {
    const manager = requirePlanManager(request);
    const id = await service.createMeeting(deps(), manager, initiator(request), request.body);
    return reply.status(201).send(await load(manager.scope, actorOf(manager.auth), id));
  });

  app.patch('/api/meetings/:id', { schema: { tags, params: uuidParam, body: updateMeetingBody, response: { 200: meetingView, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireCommitteeReader(request);
    await service.updateMeeting(deps(), scope, actorOf(auth), initiator(request), request.params.id, request.body);
    return load(scope, actorOf(auth), request.params.id);
  });
}
