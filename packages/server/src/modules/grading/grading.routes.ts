import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireCapability } from '../../plugins/auth.ts';
import { chinaDate } from '../../lib/dates.ts';
import { standardErrors } from '../../lib/schemas.ts';
import { requireRegionStaff } from '../../lib/scope-registry.ts';
import * as service from './grading.service.ts';
import { qualityQuery, qualityResponse, suggestBody, suggestResponse } from './grading.schema.ts';

export async function gradingRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.services.database.db;

  app.post(
    '/api/criteria/suggest',
    {
      schema: {
        tags: ['reference'],
        description:
          '判定助手：按隐患描述推荐发现日期有效的重大事故隐患判定标准条款（最多10条，按匹配度排序；给出单位时其行业标准优先），并给出是否疑似重大事故隐患的判断。只作建议，不修改任何记录。',
        body: suggestBody,
        response: { 200: suggestResponse, ...standardErrors },
      },
    },
    async (request) => {
      const auth = requireCapability(request, 'reference.read');
      return service.suggest(db(), auth, request.body);
    },
  );

  app.get(
    '/api/stats/grading-quality',
    {
      schema: {
        tags: ['stats'],
        description: '定级数据质量：判定依据与描述吻合度低或未填依据的重大隐患，以及描述明显符合判定标准的一般隐患（可能定级偏低）。范围与统计相同。',
        querystring: qualityQuery,
        response: { 200: qualityResponse, ...standardErrors },
      },
    },
    async (request) => {
      // Statistics scope: staff with a region scope; everyone else (enterprise users, sysadmin, auditor) gets 404.
      const { scope } = requireRegionStaff(request, 'stats.read');
      return service.gradingQuality(db(), scope, request.query, chinaDate(app.services.clock.now()));
    },
  );
}
