import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { regionLevel } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { chinaDate } from '../../lib/dates.ts';
import { standardErrors } from '../../lib/schemas.ts';
import { initiator, requireAuth, requireCapability } from '../../plugins/auth.ts';
import { defaultAsOf } from '../stats/stats.service.ts';
import * as service from './principal-checks.service.ts';
import { defaultDetectionWindow, listMissedDetections, reviewMissedDetection } from './principal-checks.detection.ts';
import { defaultPrincipalCheckSettings } from './principal-checks.config.ts';
import {
  detectionQuery,
  detectionReviewBody,
  detectionReviewParams,
  detectionReviewResponse,
  detectionsResponse,
  complianceEnterprisesQuery,
  complianceEnterprisesResponse,
  complianceQuery,
  complianceRankingResponse,
  complianceResponse,
  ownPeriodsQuery,
  ownPeriodsResponse,
} from './principal-checks.schema.ts';

/** Statistics are for staff with a region scope; everyone else gets 404 (as for the hazard figures). */
function requireStatsReader(request: FastifyRequest) {
  const auth = requireCapability(request, 'stats.read');
  if (auth.scope.kind !== 'region') throw AppError('NOT_FOUND');
  return auth.scope;
}

/** 主要负责人带队检查 compliance in 统计分析 (MODULES A-2), and an enterprise's own periods. */
export async function principalCheckRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['principal-checks'];
  const db = () => app.services.database.db;
  const dates = (asOf: string | undefined) => {
    const today = chinaDate(app.services.clock.now());
    return { today, asOf: defaultAsOf(today, asOf) };
  };

  app.get('/api/stats/principal-checks', { schema: { tags, querystring: complianceQuery, response: { 200: complianceResponse, ...standardErrors } } }, async (request) => {
    const scope = requireStatsReader(request);
    return service.overview(db(), scope, { ...request.query, ...dates(request.query.asOf) });
  });

  app.get('/api/stats/principal-checks/ranking', { schema: { tags, querystring: complianceQuery, response: { 200: complianceRankingResponse, ...standardErrors } } }, async (request) => {
    const scope = requireStatsReader(request);
    return service.ranking(db(), scope, { ...request.query, ...dates(request.query.asOf) });
  });

  app.get(
    '/api/stats/principal-checks/enterprises',
    { schema: { tags, querystring: complianceEnterprisesQuery, response: { 200: complianceEnterprisesResponse, ...standardErrors } } },
    async (request) => {
      const scope = requireStatsReader(request);
      return service.enterprises(db(), scope, { ...request.query, ...dates(request.query.asOf) });
    },
  );

  const windowDays = () => (app.services.config.principalChecks ?? defaultPrincipalCheckSettings).missedDetectionDays;
  const PREFIX: Record<string, number> = { province: 2, city: 4, county: 6, township: 9, village: 12 };

  // 查不出: the pairs in scope, side by side, for the regulator to mark 属实 / 不属实.
  app.get('/api/missed-detections', { schema: { tags, querystring: detectionQuery, response: { 200: detectionsResponse, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'inspections.review');
    if (auth.scope.kind !== 'region') throw AppError('NOT_FOUND');
    const { from, to } = { ...defaultDetectionWindow(chinaDate(app.services.clock.now())), ...request.query };
    const code = request.query.regionCode;
    const regionPrefix = code ? code.slice(0, PREFIX[regionLevel(code)]) : null;
    if (regionPrefix && !regionPrefix.startsWith(auth.scope.regionPrefix) && !auth.scope.regionPrefix.startsWith(regionPrefix)) throw AppError('NOT_FOUND');
    const items = await listMissedDetections(db(), auth.scope, windowDays(), { from, to, regionPrefix, verdict: request.query.verdict });
    return { windowDays: windowDays(), from, to, items };
  });

  app.post(
    '/api/missed-detections/:hazardId/review',
    { schema: { tags, params: detectionReviewParams, body: detectionReviewBody, response: { 200: detectionReviewResponse, ...standardErrors } } },
    async (request) => {
      const auth = requireCapability(request, 'inspections.review');
      if (auth.scope.kind !== 'region') throw AppError('NOT_FOUND');
      return reviewMissedDetection({ db: db(), clock: app.services.clock }, auth.scope, initiator(request), windowDays(), request.params.hazardId, request.body);
    },
  );

  app.get(
    '/api/principal-checks/periods',
    { schema: { tags, querystring: ownPeriodsQuery, response: { 200: ownPeriodsResponse, ...standardErrors } } },
    async (request) => service.periodsFor(db(), requireAuth(request), request.query, chinaDate(app.services.clock.now())),
  );
}
