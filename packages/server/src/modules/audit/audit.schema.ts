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
  /** What the auditor reads: the action and object type in Chinese, the detail as labelled lines. */
  actionLabel: z.string(),
  entityTypeLabel: z.string().nullable(),
  detailLines: z.array(z.object({ label: z.string(), value: z.string() })),
});
export const auditListResponse = z.object({ items: z.array(auditItem), total: z.number().int() });
export const auditActionsResponse = z.object({ items: z.array(z.object({ value: z.string(), label: z.string() })) });

export const businessEventStreams = ['hazard', 'tip'] as const;
export const businessEventsQuery = paginationQuery.extend({
  stream: z.enum(businessEventStreams).optional(),
  kind: str().trim().max(40).optional(),
  actor: str().trim().max(64).optional(),
  /** Default: the last 30 days. */
  from: isoDateTimeParam.optional(),
  to: isoDateTimeParam.optional(),
});
export const businessEvent = z.object({
  id: z.string(),
  at: z.string(),
  stream: z.enum(businessEventStreams),
  streamLabel: z.string(),
  recordNo: z.string(),
  kind: z.string(),
  actionLabel: z.string(),
  actorName: z.string(),
  orgName: z.string().nullable(),
  /** A readable line from the event's structured fields (status change, deadlines, level, amount) — no free text. */
  summary: z.string(),
});
export const businessEventsResponse = z.object({ items: z.array(businessEvent), total: z.number().int(), from: z.string(), to: z.string() });
export const businessEventKindsResponse = z.object({ items: z.array(z.object({ stream: z.enum(businessEventStreams), value: z.string(), label: z.string() })) });
export const auditVerifyResponse = z.object({ ok: z.boolean(), checked: z.number().int(), brokenAtId: z.number().int().nullable(), reason: z.string().nullable() });
