import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import { initiator, requireCapability } from '../../plugins/auth.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import * as repo from './orgs.repository.ts';
import * as service from './orgs.service.ts';
import { createOrgBody, org, orgsQuery, orgsResponse, updateOrgBody } from './orgs.schema.ts';

export async function orgRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const tags = ['orgs'];
  const load = async (id: string) => {
    const row = await repo.findOrg(deps().db, id);
    if (!row) throw AppError('NOT_FOUND');
    return row;
  };

  app.get('/api/orgs', { schema: { tags, querystring: orgsQuery, response: { 200: orgsResponse, ...standardErrors } } }, async (request) => {
    requireCapability(request, 'orgs.manage');
    const { page, pageSize, ...filter } = request.query;
    return repo.listOrgs(deps().db, filter, page, pageSize);
  });

  app.get('/api/orgs/:id', { schema: { tags, params: uuidParam, response: { 200: org, ...standardErrors } } }, async (request) => {
    requireCapability(request, 'orgs.manage');
    return load(request.params.id);
  });

  app.post('/api/orgs', { schema: { tags, body: createOrgBody, response: { 201: org, ...standardErrors } } }, async (request, reply) => {
    requireCapability(request, 'orgs.manage');
    const id = await service.createOrg(deps(), initiator(request), request.body);
    return reply.status(201).send(await load(id));
  });

  app.patch('/api/orgs/:id', { schema: { tags, params: uuidParam, body: updateOrgBody, response: { 200: org, ...standardErrors } } }, async (request) => {
    requireCapability(request, 'orgs.manage');
    await service.updateOrg(deps(), initiator(request), request.params.id, request.body);
    return load(request.params.id);
  });
}
