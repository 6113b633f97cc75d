import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import { requireAuth } from '../../plugins/auth.ts';
import { emptyResponse, standardErrors, uuidParam } from '../../lib/schemas.ts';
import { listUserNotifications, markUserNotificationRead } from './notifications.repository.ts';
import { notificationsResponse } from './notifications.schema.ts';

// In-app notices are addressed to one user, so ownership (recipient = caller) is the whole access rule.
export async function notificationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.services.database.db;
  const tags = ['notifications'];

  app.get('/api/notifications', { schema: { tags, response: { 200: notificationsResponse, ...standardErrors } } }, async (request) => {
    const auth = requireAuth(request);
    const { items, unread } = await listUserNotifications(db(), auth.user.id, 50);
    return {
      items: items.map((n) => ({ ...n, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null })),
      unread,
    };
  });

  app.post('/api/notifications/:id/read', { schema: { tags, params: uuidParam, response: { 204: emptyResponse, ...standardErrors } } }, async (request, reply) => {
    const auth = requireAuth(request);
    const marked = await markUserNotificationRead(db(), auth.user.id, request.params.id, app.services.clock.now());
    if (!marked) throw AppError('NOT_FOUND');
    return reply.status(204).send(null);
  });
}
