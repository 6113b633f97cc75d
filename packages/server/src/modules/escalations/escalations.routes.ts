import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import { initiator, requireCapability } from '../../plugins/auth.ts';
import { standardErrors } from '../../lib/schemas.ts';
import { requireRegionStaff } from '../../lib/scope-registry.ts';
import * as repo from './escalations.repository.ts';
import * as service from './escalations.service.ts';
import { createEscalationBody, escalation, escalationsQuery, escalationsResponse, type EscalationView } from './escalations.schema.ts';

export function presentEscalation(row: repo.EscalationRow): EscalationView {
  return { ...row, createdAt: row.createdAt.toISOString() };
}


export async function escalationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const tags = ['escalations'];

  app.post('/api/escalations', { schema: { tags, body: createEscalationBody, response: { 201: escalation, ...standardErrors } } }, async (request, reply) => {
    const auth = requireCapability(request, 'escalations.write');
    const id = await service.createEscalation(deps(), auth, initiator(request), request.body);
    const row = await repo.findEscalation(deps().db, auth.scope, id);
    if (!row) throw AppError('NOT_FOUND');
    return reply.status(201).send(presentEscalation(row));
  });

  app.get('/api/escalations', { schema: { tags, querystring: escalationsQuery, response: { 200: escalationsResponse, ...standardErrors } } }, async (request) => {
    // Staff with a region scope read escalations; enterprise users, sysadmin and auditor get 404 for the endpoint.
    const { auth } = requireRegionStaff(request, 'hazards.read');
    const { page, pageSize, ...filter } = request.query;
    const { items, total } = await repo.listEscalations(deps().db, auth.scope, filter, page, pageSize);
    return { items: items.map(presentEscalation), total };
  });
}
