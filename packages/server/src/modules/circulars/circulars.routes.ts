import fs from 'node:fs/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_RANKING_MIN_SAMPLE } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { chinaDate } from '../../lib/dates.ts';
import { requireRegionStaff } from '../../lib/scope-registry.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { findOwnJob } from '../jobs/jobs.repository.ts';
import { presentJob } from '../jobs/jobs.routes.ts';
import { jobResponse } from '../jobs/jobs.schema.ts';
import * as service from './circulars.service.ts';
import { auditBulkExport } from '../audit/audit.export.ts';
import { circularFormats, circularPreview, circularQuery, startCircularBody, startCircularQuery, type CircularFormat } from './circulars.schema.ts';

const CONTENT_TYPES: Record<CircularFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const JOB_KINDS: Record<CircularFormat, string> = { docx: 'circular_docx', xlsx: 'circular_xlsx' };

/** What a finished circular job keeps in its result: enough to find and name the file, nothing else. */
const circularResult = z.object({ format: z.enum(circularFormats), token: z.uuid(), fileName: z.string(), size: z.number().int(), title: z.string() });

/** Circulars are statistics: staff with a region scope; everyone else gets 404. */
const requireCircularReader = (request: FastifyRequest) => requireRegionStaff(request, 'stats.read');

export async function circularRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['circulars'];
  const db = () => app.services.database.db;
  const today = () => chinaDate(app.services.clock.now());

  app.get(
    '/api/circulars/preview',
    { schema: { tags, description: '月通报主要数字预览（与生成的文件同一口径）', querystring: circularQuery, response: { 200: circularPreview, ...standardErrors } } },
    async (request) => {
      const { scope } = requireCircularReader(request);
      return service.previewCircular(db(), scope, { ...request.query, today: today() });
    },
  );

  app.post(
    '/api/circulars',
    {
      schema: {
        tags,
        description: '生成月通报（.docx 或 .xlsx）：后台任务，进度见 GET /api/jobs/:id，完成后从 /api/circulars/:id/file 下载',
        querystring: startCircularQuery,
        body: startCircularBody,
        response: { 202: jobResponse, ...standardErrors },
      },
    },
    async (request, reply) => {
      const { auth, scope } = requireCircularReader(request);
      const { format, ...query } = request.body;
      const input = { ...query, today: today(), listLimit: service.LIST_LIMITS[format], minSample: app.services.config.rankingMinSample ?? DEFAULT_RANKING_MIN_SAMPLE };
      // Validate the region and month before queueing, so a bad request answers 400/404 rather than a failed job.
      await service.checkCircularRequest(db(), scope, input);
      const filesDir = app.services.config.filesDir;
      const { jobs } = app.services;
      const job = await jobs.start(JOB_KINDS[format], auth.user.id, (report) => service.generateCircular(db(), scope, input, format, filesDir, report));
      if (request.query.wait === 'true') await jobs.wait(job.id);
      return reply.status(202).send({ job: await presentJob(db(), job.id, auth.user.id) });
    },
  );

  app.get('/api/circulars/:id/file', { schema: { tags, description: '下载已生成的月通报（仅本人发起的任务）', params: uuidParam } }, async (request, reply) => {
    const { auth } = requireCircularReader(request);
    const job = await findOwnJob(db(), request.params.id, auth.user.id);
    if (!job || !Object.values(JOB_KINDS).includes(job.kind)) throw AppError('NOT_FOUND');
    if (job.status !== 'succeeded') throw AppError('CIRCULAR_NOT_READY');
    const result = circularResult.safeParse(job.result);
    if (!result.success) throw AppError('NOT_FOUND');
    const { format, token, fileName } = result.data;
    const bytes = await fs.readFile(service.circularFilePath(app.services.config.filesDir, token, format)).catch(() => null);
    if (!bytes) throw AppError('NOT_FOUND', { message: '文件已清理，请重新生成' });
    await auditBulkExport(db(), request, 'circular', { jobId: job.id, format, fileName });
    return reply
      .header('content-type', CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
      .send(bytes);
  });
}
