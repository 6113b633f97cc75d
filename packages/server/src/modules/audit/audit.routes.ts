import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireCapability } from '../../plugins/auth.ts';
import { standardErrors } from '../../lib/schemas.ts';
import { listAudit, listAuditActions, verifyAuditChain } from './audit.repository.ts';
import { auditActionsResponse, auditListResponse, auditQuery, auditVerifyResponse } from './audit.schema.ts';

// Only the auditor reads the log (三权分立); there is deliberately no endpoint that changes it.
export async function auditRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => app.services.database.db;
  const tags = ['audit'];

  app.get('/api/audit', { schema: { tags, querystring: auditQuery, response: { 200: auditListResponse, ...standardErrors } } }, async (request) => {
    requireCapability(request, 'audit.read');
    const { page, pageSize, ...filter } = request.query;
    const { items, total } = await listAudit(db(), filter, page, pageSize);
    return {
      total,
      items: items.map((row) => ({
        id: row.id,
        at: row.at.toISOString(),
        actorName: row.actorName,
        ip: row.ip,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        detail: row.detail,
      })),
    };
  });

  app.get('/api/audit/actions', { schema: { tags, response: { 200: auditActionsResponse, ...standardErrors } } }, async (request) => {
    requireCapability(request, 'audit.read');
    return { items: await listAuditActions(db()) };
  });

  app.get('/api/audit/verify', { schema: { tags, response: { 200: auditVerifyResponse, ...standardErrors } } }, async (request) => {
    requireCapability(request, 'audit.read');
    return verifyAuditChain(db());
  });
}
