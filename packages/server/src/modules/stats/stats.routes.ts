import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import { requireCapability } from '../../plugins/auth.ts';
import { chinaDate } from '../../lib/dates.ts';
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
import { DEFAULT_SLOW_PROGRESS } from '@zhiben/core';
import { escalationsAgainst, type SubjectRefs } from '../escalations/escalations.repository.ts';

/** Statistics are for staff with a region scope; everyone else (enterprise users, sysadmin, auditor) gets 404. */
export function requireStatsReader(request: FastifyRequest) {
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
    return service.ranking(db(), scope, { ...request.query, ...dates(request.query.asOf) });
  });

  app.get(
    '/api/stats/ranking/departments',
    { schema: { tags, querystring: departmentRankingQuery, response: { 200: departmentRankingResponse, ...standardErrors } } },
    async (request) => {
      const scope = requireStatsReader(request);
      return service.departmentRanking(db(), scope, { ...request.query, ...dates(request.query.asOf) });
    },
  );

  app.get('/api/stats/slow-progress', { schema: { tags, querystring: slowProgressQuery, response: { 200: slowProgressResponse, ...standardErrors } } }, async (request) => {
    const scope = requireStatsReader(request);
    const defaults = app.services.config.slowProgress ?? DEFAULT_SLOW_PROGRESS;
    const { overdueShare, longStanding, ...query } = request.query;
    const thresholds = { overdueShare: overdueShare ?? defaults.overdueShare, longStanding: longStanding ?? defaults.longStanding };
    const recordedSince = async (subjects: SubjectRefs, since: Date) =>
      (await escalationsAgainst(db(), scope, subjects, since)).map((e) => ({
        id: e.id,
        kind: e.kind,
        docNo: e.docNo,
        note: e.note,
        orgName: e.orgName,
        createdAt: e.createdAt.toISOString(),
        subjectKind: e.subjectKind,
        subjectId: (e.subjectKind === 'region' ? e.regionCode : e.subjectKind === 'department' ? e.departmentId : e.enterpriseId) ?? '',
      }));
    return service.slowProgress(db(), scope, { ...query, ...dates(query.asOf), thresholds, defaults }, recordedSince);
  });
}
