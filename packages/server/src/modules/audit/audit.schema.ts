import { z } from 'zod';
import { paginationQuery } from '../../lib/schemas.ts';

export const auditQuery = paginationQuery.extend({
  actor: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  entityType: z.string().trim().max(64).optional(),
  // Sent as a date or date-time string; the meta types the OpenAPI parameter (a bare coerce has no JSON type).
  from: z.coerce.date().meta({ type: 'string', format: 'date-time' }).optional(),
  to: z.coerce.date().meta({ type: 'string', format: 'date-time' }).optional(),
});

export const auditItem = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export const auditListResponse = z.object({ items: z.array(auditItem), total: z.number().int() });
export const auditActionsResponse = z.object({ items: z.array(z.string()) });
export const auditVerifyResponse = z.object({ ok: z.boolean(), checked: z.number().int(), brokenAtId: z.number().int().nullable() });
