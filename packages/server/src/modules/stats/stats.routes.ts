import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import { requireCapability } from '../../plugins/auth.ts';
import { chinaDate } from '../../lib/dates.ts';
import { standardErrors } from '../../lib/schemas.ts';
import * as service from './stats.service.ts';
import { breakdownQuery, breakdownResponse, dashboardQuery, dashboardResponse, rankingQuery, rankingResponse } from './stats.schema.ts';

/** Statistics are for staff with a region scope; everyone else (enterprise users, sysadmin, auditor) gets 404. */
function requireStatsReader(request: FastifyRequest) {
  const auth = requireCapability(request, 'stats.read');
  if (auth.scope.kind !== 'region') throw AppError('NOT_FOUND');
  return auth.scope;
}

export async function statsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['stats'];
  const db = () => app.services.database.db;
  const dates = (asOf: string | undefined) => {
    const today = chinaDate(app.services.clock.now());
    return { today, asOf: service.defaultAsOf(today, asOf) };
  };

  app.get('/api/stats/dashboard', { schema: { tags, querystring: dashboardQuery, response: { 200: dashboardResponse, ...standardErrors } } }, async (request) => {
    const scope = requireStatsReader(request);
    return service.dashboard(db(), scope, { ...request.query, ...dates(request.query.asOf) });
  });

  app.get('/api/stats/breakdown', { schema: { tags, querystring: breakdownQuery, response: { 200: breakdownResponse, ...standardErrors } } }, async (request) => {
    const scope = requireStatsReader(request);
    return service.breakdown(db(), scope, { ...request.query, ...dates(request.query.asOf) });
  });

  app.get('/api/stats/ranking', { schema: { tags, querystring: rankingQuery, response: { 200: rankingResponse, ...standardErrors } } }, async (request) => {
    const scope = requireStatsReader(request);
    return service.ranking(db(), scope, { ...request.query, ...dates(request.query.asOf) });
  });
}
