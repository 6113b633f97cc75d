import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import { requireAuth } from '../../plugins/auth.ts';
import { standardErrors } from '../../lib/schemas.ts';
import * as repo from './reference.repository.ts';
import {
  criteriaQuery,
  criteriaResponse,
  regionDetail,
  regionParams,
  regionsQuery,
  regionsResponse,
  sectorsResponse,
  standardsResponse,
} from './reference.schema.ts';

// Reference data (regions, sectors, standards) is readable by every signed-in user: forms of all roles need it.
export async function referenceRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.services.database.db;
  const tags = ['reference'];

  app.get('/api/regions', { schema: { tags, querystring: regionsQuery, response: { 200: regionsResponse, ...standardErrors } } }, async (request) => {
    requireAuth(request);
    return { items: await repo.listRegionChildren(db(), request.query.parent ?? null) };
  });

  app.get('/api/regions/:code', { schema: { tags, params: regionParams, response: { 200: regionDetail, ...standardErrors } } }, async (request) => {
    requireAuth(request);
    const region = await repo.findRegion(db(), request.params.code);
    if (!region) throw AppError('NOT_FOUND');
    return { ...region, path: await repo.regionPath(db(), region.code) };
  });

  app.get('/api/sectors', { schema: { tags, response: { 200: sectorsResponse, ...standardErrors } } }, async (request) => {
    requireAuth(request);
    return { items: await repo.listSectors(db()) };
  });

  app.get('/api/standards', { schema: { tags, response: { 200: standardsResponse, ...standardErrors } } }, async (request) => {
    requireAuth(request);
    return { items: await repo.listStandards(db()) };
  });

  app.get('/api/criteria', { schema: { tags, querystring: criteriaQuery, response: { 200: criteriaResponse, ...standardErrors } } }, async (request) => {
    requireAuth(request);
    const { page, pageSize, ...filter } = request.query;
    return repo.listCriteria(db(), filter, page, pageSize);
  });
}
