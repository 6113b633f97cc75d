import { z } from 'zod';
import { isoDateTimeParam, paginationQuery, str } from '../../lib/schemas.ts';

export const auditQuery = paginationQuery.extend({
  actor: str().trim().max(64).optional(),
  action: str().trim().max(64).optional(),
  entityType: str().trim().max(64).optional(),
  from: isoDateTimeParam.optional(),
  to: isoDateTimeParam.optional(),
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
export const auditVerifyResponse = z.object({ ok: z.boolean(), checked: z.number().int(), brokenAtId: z.number().int().nullable(), reason: z.string().nullable() });
