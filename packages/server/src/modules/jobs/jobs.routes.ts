import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import { requireAuth } from '../../plugins/auth.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import type { Db } from '../../db/client.ts';
import { findOwnJob } from './jobs.repository.ts';
import { job, type JobView } from './jobs.schema.ts';

export async function presentJob(db: Db, id: string, userId: string): Promise<JobView> {
  const row = await findOwnJob(db, id, userId);
  if (!row) throw AppError('NOT_FOUND');
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress: { done: row.progressDone, total: row.progressTotal },
    result: row.result ?? null,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export async function jobRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/jobs/:id', { schema: { tags: ['jobs'], params: uuidParam, response: { 200: job, ...standardErrors } } }, async (request) => {
    const auth = requireAuth(request);
    return presentJob(app.services.database.db, request.params.id, auth.user.id);
  });
}
