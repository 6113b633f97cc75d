import { z } from 'zod';
import { bodyCheckActions, bodyCheckKinds, reviewResults, supervisionPersonKinds, supervisionPersonStatuses, termStates } from '@zhiben/core';
import { int32, isoDate, MAX_YEAR, MIN_YEAR, paginationQuery, queryInt, requiredText, str, text, version } from '../../lib/schemas.ts';

const quarter = str().regex(/^\d{4}-Q[1-4]$/, '应为 YYYY-Qn 格式的季度，如 2026-Q4');
const certificate = z.object({ name: requiredText(100), number: requiredText(100), expiresOn: isoDate.nullable().default(null) });
const idNumber = str().trim().toUpperCase().max(18);

export const policyBody = z.object({
  enterpriseId: z.uuid(),
  policyNo: requiredText(100),
  periodFrom: isoDate,
  periodTo: isoDate,
  premiumFen: int32().min(0, '不能为负数').nullable().default(null),
});

export const checkBody = z.object({
  kind: z.enum(bodyCheckKinds),
  checkedOn: isoDate,
  result: z.enum(reviewResults),
  findings: z.array(requiredText(500)).max(50).default([]),
  action: z.enum(bodyCheckActions).default('none'),
});

export const checkSampleQuery = z.object({ quarter: quarter.optional() });
export const insurerFiguresQuery = z.object({ year: queryInt().min(MIN_YEAR, `不能早于${MIN_YEAR}年`).max(MAX_YEAR, `不能晚于${MAX_YEAR}年`).optional() });

export const peopleQuery = paginationQuery.extend({
  kind: z.enum(supervisionPersonKinds).optional(),
  status: z.enum(supervisionPersonStatuses).optional(),
  q: text(100).optional(),
});

export const personBody = z.object({
  kind: z.enum(supervisionPersonKinds),
  name: requiredText(50),
  phone: text(40).default(''),
  idNumber: idNumber.optional(),
  employer: text(200).default(''),
  certificate: certificate.nullable().default(null),
  termFrom: isoDate,
  termTo: isoDate,
});

export const personPatch = z.object({
  version: version(),
  name: requiredText(50).optional(),
  phone: text(40).optional(),
  idNumber: idNumber.optional(),
  employer: text(200).optional(),
  certificate: certificate.nullable().optional(),
  termFrom: isoDate.optional(),
  termTo: isoDate.optional(),
  status: z.enum(supervisionPersonStatuses).optional(),
});

// ---- views ----

export const policyView = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  policyNo: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  premiumFen: z.number().int().nullable(),
  createdAt: z.string(),
});
export const policiesResponse = z.object({
  items: z.array(policyView),
  total: z.number().int(),
  years: z.array(z.object({ policyYear: z.number().int(), insured: z.number().int(), visited: z.number().int(), hazards: z.number().int() })),
});

export const checkView = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  kind: z.enum(bodyCheckKinds),
  kindLabel: z.string(),
  checkedOn: z.string(),
  result: z.enum(reviewResults),
  resultLabel: z.string(),
  findings: z.array(z.string()),
  action: z.enum(bodyCheckActions),
  actionLabel: z.string(),
  createdAt: z.string(),
});
export const checksResponse = z.object({ items: z.array(checkView), total: z.number().int() });

export const checkSampleResponse = z.object({
  quarter: z.string(),
  /** Where the seed came from: the quarter's 复核 draw, or derived from the org and quarter. */
  seedSource: z.enum(['review_draw', 'derived']),
  seed: z.string(),
  ratePercent: z.number().int(),
  listed: z.number().int(),
  items: z.array(z.object({ bodyId: z.uuid(), name: z.string(), typeLabel: z.string() })),
});

export const insurerFiguresResponse = z.object({
  year: z.number().int(),
  items: z.array(z.object({ bodyId: z.uuid(), name: z.string(), insured: z.number().int(), visited: z.number().int(), hazards: z.number().int(), visitedRate: z.number().nullable() })),
});

export const personView = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  kind: z.enum(supervisionPersonKinds),
  kindLabel: z.string(),
  name: z.string(),
  phone: z.string(),
  idNumberMasked: z.string(),
  employer: z.string(),
  certificate: z.object({ name: z.string(), number: z.string(), expiresOn: z.string().nullable() }).nullable(),
  termFrom: z.string(),
  termTo: z.string(),
  status: z.enum(supervisionPersonStatuses),
  termState: z.enum(termStates),
  termStateLabel: z.string(),
  mine: z.boolean(),
  version: z.number().int(),
});
export const peopleResponse = z.object({ items: z.array(personView), total: z.number().int() });

export type PolicyInput = z.infer<typeof policyBody>;
export type CheckInput = z.infer<typeof checkBody>;
export type PersonInput = z.infer<typeof personBody>;
export type PersonPatchInput = z.infer<typeof personPatch>;
