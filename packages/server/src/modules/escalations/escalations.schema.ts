import { z } from 'zod';
import { paginationQuery, regionCode12, str } from '../../lib/schemas.ts';

export const escalationKinds = ['letter', 'circular', 'interview', 'exposure'] as const;
export type EscalationKind = (typeof escalationKinds)[number];
export const escalationKindLabels: Record<EscalationKind, string> = { letter: '函告', circular: '通报', interview: '约谈', exposure: '曝光' };

export const escalationSubjectKinds = ['hazard', 'enterprise', 'region', 'department'] as const;
export type EscalationSubjectKind = (typeof escalationSubjectKinds)[number];

// Exactly one of hazardId / enterpriseId / regionCode / departmentId; checked in the service so the error names
// the field in zh-CN. Region and department subjects come from 进展缓慢 (slow progress).
export const createEscalationBody = z.object({
  kind: z.enum(escalationKinds),
  hazardId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
  regionCode: regionCode12.optional(),
  /** A regulator org (行业监管部门). */
  departmentId: z.uuid().optional(),
  docNo: str().trim().max(64),
  note: str().trim().max(1000),
});
export type CreateEscalationInput = z.infer<typeof createEscalationBody>;

export const escalation = z.object({
  id: z.uuid(),
  kind: z.enum(escalationKinds),
  hazardId: z.uuid().nullable(),
  hazardNo: z.string().nullable(),
  subjectKind: z.enum(escalationSubjectKinds),
  enterpriseId: z.uuid().nullable(),
  enterpriseName: z.string().nullable(),
  departmentId: z.uuid().nullable(),
  departmentName: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  docNo: z.string(),
  note: z.string(),
  orgName: z.string().nullable(),
  createdAt: z.string(),
});
export type EscalationView = z.infer<typeof escalation>;

export const escalationsQuery = paginationQuery.extend({
  hazardId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
  /** Escalations against this region itself (not its hazards or enterprises). */
  regionCode: regionCode12.optional(),
  departmentId: z.uuid().optional(),
});
export type EscalationFilter = { hazardId?: string | undefined; enterpriseId?: string | undefined; regionCode?: string | undefined; departmentId?: string | undefined };

export const escalationsResponse = z.object({ items: z.array(escalation), total: z.number().int() });
