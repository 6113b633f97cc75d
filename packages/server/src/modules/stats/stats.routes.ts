import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { chinaDate } from '../../lib/dates.ts';
import { requireRegionStaff } from '../../lib/scope-registry.ts';
import { standardErrors } from '../../lib/schemas.ts';
import * as service from './stats.service.ts';
import {
  breakdownQuery,
  breakdownResponse,
  dashboardQuery,
  dashboardResponse,
  departmentRankingQuery,
  departmentRankingResponse,
  rankingQuery,
  rankingResponse,
  slowProgressQuery,
  slowProgressResponse,
} from './stats.schema.ts';
import { DEFAULT_RANKING_MIN_SAMPLE, DEFAULT_SLOW_PROGRESS } from '@zhiben/core';

/** Statistics are for staff with a region scope; everyone else (enterprise users, sysadmin, auditor) gets 404. */
const requireStatsReader = (request: FastifyRequest) => requireRegionStaff(request, 'stats.read').scope;

export async function statsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['stats'];
  const db = () => app.services.database.db;
  const minSample = () => app.services.config.rankingMinSample ?? DEFAULT_RANKING_MIN_SAMPLE;
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
    const { by, ...query } = request.query;
    const common = { ...query, ...dates(query.asOf) };
    switch (by) {
      case 'region':
      case 'sector':
      case 'source':
        return service.breakdown(db(), scope, { ...common, by });
      case 'level':
      case 'month':
      case 'listingLevel':
        return service.breakdownByAttribute(db(), scope, { ...common, by });
    }
  });

  app.get('/api/stats/ranking', { schema: { tags, querystring: rankingQuery, response: { 200: rankingResponse, ...standardErrors } } }, async (request) => {
    const scope = requireStatsReader(request);
    return service.ranking(db(), scope, { ...request.query, ...dates(request.query.asOf), minSample: minSample() });
  });

  app.get(
    '/api/stats/ranking/departments',
    { schema: { tags, querystring: departmentRankingQuery, response: { 200: departmentRankingResponse, ...standardErrors } } },
    async (request) => {
      const scope = requireStatsReader(request);
      return service.departmentRanking(db(), scope, { ...request.query, ...dates(request.query.asOf), minSample: minSample() });
    },
  );

  app.get('/api/stats/slow-progress', { schema: { tags, querystring: slowProgressQuery, response: { 200: slowProgressResponse, ...standardErrors } } }, async (request) => {
    const scope = requireStatsReader(request);
    const { overdueShare, longStanding, ...query } = request.query;
    const defaults = app.services.config.slowProgress ?? DEFAULT_SLOW_PROGRESS;
    return service.slowProgress(db(), scope, { ...query, ...dates(query.asOf), thresholds: { overdueShare, longStanding }, defaults });
  });
}
