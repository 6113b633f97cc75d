import { z } from 'zod';
import { paginationQuery } from '../../lib/schemas.ts';

export const escalationKinds = ['letter', 'circular', 'interview', 'exposure'] as const;
export type EscalationKind = (typeof escalationKinds)[number];
export const escalationKindLabels: Record<EscalationKind, string> = { letter: '函告', circular: '通报', interview: '约谈', exposure: '曝光' };

// Exactly one of hazardId / enterpriseId; checked in the service so the error names the field in zh-CN.
export const createEscalationBody = z.object({
  kind: z.enum(escalationKinds),
  hazardId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
  docNo: z.string().trim().max(64),
  note: z.string().trim().max(1000),
});
export type CreateEscalationInput = z.infer<typeof createEscalationBody>;

export const escalation = z.object({
  id: z.uuid(),
  kind: z.enum(escalationKinds),
  hazardId: z.uuid().nullable(),
  hazardNo: z.string().nullable(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  docNo: z.string(),
  note: z.string(),
  orgName: z.string().nullable(),
  createdAt: z.string(),
});
export type EscalationView = z.infer<typeof escalation>;

export const escalationsQuery = paginationQuery.extend({
  hazardId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
});
export type EscalationFilter = { hazardId?: string | undefined; enterpriseId?: string | undefined };

export const escalationsResponse = z.object({ items: z.array(escalation), total: z.number().int() });
