import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireCapability } from '../../plugins/auth.ts';
import { standardErrors } from '../../lib/schemas.ts';
import { listAudit, listAuditActions, verifyAuditChain } from './audit.repository.ts';
import { AppError } from '../../errors.ts';
import { systemBusinessEvents } from './audit-events.repository.ts';
import { businessEventKinds, presentBusinessEvent } from './audit-events.presenter.ts';
import { auditActionLabel, auditDetailLines, auditEntityTypeLabel } from './audit.labels.ts';
import { auditActionsResponse, auditListResponse, auditQuery, auditVerifyResponse, businessEventKindsResponse, businessEventsQuery, businessEventsResponse } from './audit.schema.ts';

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
        actionLabel: auditActionLabel(row.action),
        entityTypeLabel: auditEntityTypeLabel(row.entityType),
        detailLines: auditDetailLines(row.detail),
      })),
    };
  });

  app.get('/api/audit/actions', { schema: { tags, response: { 200: auditActionsResponse, ...standardErrors } } }, async (request) => {
    requireCapability(request, 'audit.read');
    return { items: (await listAuditActions(db())).map((value) => ({ value, label: auditActionLabel(value) })) };
  });

  // 业务操作: the workflow timelines' decisions (认定, 销号, 作废, 挂牌/摘牌, 审批延期, tip steps) in one place.
  app.get('/api/audit/business', { schema: { tags, querystring: businessEventsQuery, response: { 200: businessEventsResponse, ...standardErrors } } }, async (request) => {
    requireCapability(request, 'audit.read');
    const { page, pageSize, from, to, ...filter } = request.query;
    const end = to ?? app.services.clock.now();
    const start = from ?? new Date(end.getTime() - 30 * 86_400_000);
    if (start > end) throw AppError('VALIDATION', { field: 'from', message: '开始时间不能晚于结束时间' });
    const { items, total } = await systemBusinessEvents(db(), { ...filter, from: start, to: end }, page, pageSize);
    return { items: items.map(presentBusinessEvent), total, from: start.toISOString(), to: end.toISOString() };
  });

  app.get('/api/audit/business/kinds', { schema: { tags, response: { 200: businessEventKindsResponse, ...standardErrors } } }, async (request) => {
    requireCapability(request, 'audit.read');
    return { items: businessEventKinds };
  });

  app.get('/api/audit/verify', { schema: { tags, response: { 200: auditVerifyResponse, ...standardErrors } } }, async (request) => {
    requireCapability(request, 'audit.read');
    return verifyAuditChain(db());
  });
}
