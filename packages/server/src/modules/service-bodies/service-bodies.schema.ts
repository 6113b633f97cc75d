import { z } from 'zod';
import { licenceStates, reviewResults, serviceBodyStatuses, serviceBodyTypes } from '@zhiben/core';
import { int32, isoDate, paginationQuery, requiredText, str, text, version } from '../../lib/schemas.ts';

const phone = text(40);
const licence = z.object({ name: requiredText(100), number: requiredText(100), scope: text(500).default(''), expiresOn: isoDate });
const certificate = z.object({ name: requiredText(100), number: requiredText(100), expiresOn: isoDate.nullable().default(null) });
const quarter = str().regex(/^\d{4}-Q[1-4]$/, '应为 YYYY-Qn 格式的季度，如 2026-Q4');

export const bodiesQuery = paginationQuery.extend({
  type: z.enum(serviceBodyTypes).optional(),
  status: z.enum(serviceBodyStatuses).optional(),
  /** expired / expiring (within 30 days) / attention (either). */
  licence: z.enum(['expired', 'expiring', 'attention']).optional(),
  q: text(100).optional(),
});

export const createBodyBody = z.object({
  uscc: str().trim().toUpperCase().max(18),
  name: requiredText(200),
  type: z.enum(serviceBodyTypes),
  licences: z.array(licence).max(20).default([]),
  contact: text(50).default(''),
  phone: phone.default(''),
});

export const patchBodyBody = z.object({
  version: version(),
  name: requiredText(200).optional(),
  type: z.enum(serviceBodyTypes).optional(),
  licences: z.array(licence).max(20).optional(),
  contact: text(50).optional(),
  phone: phone.optional(),
  status: z.enum(serviceBodyStatuses).optional(),
  statusReason: text(500).optional(),
});

export const staffBody = z.object({
  name: requiredText(50),
  phone: phone.default(''),
  idNumber: str().trim().toUpperCase().max(18).optional(),
  certificate: certificate.nullable().default(null),
});
export const staffPatch = z.object({
  version: version(),
  name: requiredText(50).optional(),
  phone: phone.optional(),
  idNumber: str().trim().toUpperCase().max(18).optional(),
  certificate: certificate.nullable().optional(),
  active: z.boolean().optional(),
});
export const staffParams = z.object({ id: z.uuid(), staffId: z.uuid() });

export const reportBody = z.object({
  enterpriseId: z.uuid(),
  type: requiredText(100),
  reportDate: isoDate,
  conclusion: text(2000).default(''),
  fileId: z.uuid().nullable().default(null),
});

export const sampleBody = z.object({ quarter });
export const quarterQuery = z.object({ quarter: quarter.optional() });
export const reviewBody = z.object({ version: version(), result: z.enum(reviewResults), defects: z.array(requiredText(500)).max(50).default([]) });

export const contractBody = z.object({
  bodyId: z.uuid(),
  scope: requiredText(1000),
  enterpriseIds: z.array(z.uuid()).max(2000).default([]),
  periodFrom: isoDate,
  periodTo: isoDate,
  amountFen: int32().min(0, '不能为负数'),
  inspectionsContracted: int32().min(0, '不能为负数'),
});
export const contractsQuery = z.object({ bodyId: z.uuid().optional() });

// ---- views ----

const licenceView = z.object({ name: z.string(), number: z.string(), scope: z.string(), expiresOn: z.string(), state: z.enum(licenceStates), stateLabel: z.string() });

export const bodyView = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  regionCode: z.string(),
  uscc: z.string(),
  name: z.string(),
  type: z.enum(serviceBodyTypes),
  typeLabel: z.string(),
  licences: z.array(licenceView),
  licenceState: z.enum(licenceStates),
  licenceStateLabel: z.string(),
  nextExpiry: z.string().nullable(),
  contact: z.string(),
  phone: z.string(),
  status: z.enum(serviceBodyStatuses),
  statusLabel: z.string(),
  statusReason: z.string(),
  mine: z.boolean(),
  version: z.number().int(),
});

export const staffView = z.object({
  id: z.uuid(),
  name: z.string(),
  phone: z.string(),
  idNumberMasked: z.string(),
  certificate: z.object({ name: z.string(), number: z.string(), expiresOn: z.string().nullable() }).nullable(),
  active: z.boolean(),
  version: z.number().int(),
});

export const reportView = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  type: z.string(),
  reportDate: z.string(),
  conclusion: z.string(),
  fileId: z.uuid().nullable(),
  review: z.object({ id: z.uuid(), quarter: z.string(), result: z.enum(reviewResults).nullable(), resultLabel: z.string().nullable(), defects: z.array(z.string()) }).nullable(),
});

export const reviewView = z.object({
  id: z.uuid(),
  quarter: z.string(),
  reportId: z.uuid(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  enterpriseName: z.string(),
  reportType: z.string(),
  reportDate: z.string(),
  result: z.enum(reviewResults).nullable(),
  resultLabel: z.string().nullable(),
  defects: z.array(z.string()),
  reviewedAt: z.string().nullable(),
  mine: z.boolean(),
  version: z.number().int(),
});

export const bodiesResponse = z.object({ items: z.array(bodyView), total: z.number().int() });
export const bodyDetail = bodyView.extend({ staff: z.array(staffView), reports: z.array(reportView) });
export const reportsResponse = z.object({ items: z.array(reportView), total: z.number().int() });
export const sampleResponse = z.object({
  quarter: z.string(),
  drawn: z.boolean(),
  seed: z.string().nullable(),
  ratePercent: z.number().int().nullable(),
  drawnAt: z.string().nullable(),
  items: z.array(reviewView),
});
export const rankingResponse = z.object({
  quarter: z.string(),
  settings: z.object({ flagFailurePercent: z.number(), flagMinReviewed: z.number().int(), rankingMinSample: z.number().int(), flagFailedChecks: z.number().int() }),
  items: z.array(
    z.object({
      bodyId: z.uuid(),
      name: z.string(),
      type: z.enum(serviceBodyTypes),
      typeLabel: z.string(),
      status: z.enum(serviceBodyStatuses),
      sampled: z.number().int(),
      reviewed: z.number().int(),
      failed: z.number().int(),
      /** Failed 资质保持/过程控制/执业行为 checks in the quarter. */
      failedChecks: z.number().int(),
      failureRate: z.number().nullable(),
      rank: z.number().int().nullable(),
      flagged: z.boolean(),
      flagReason: z.string().nullable(),
    }),
  ),
});
export const contractView = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  orgName: z.string(),
  scope: z.string(),
  enterpriseIds: z.array(z.uuid()),
  periodFrom: z.string(),
  periodTo: z.string(),
  amountFen: z.number().int(),
  inspectionsContracted: z.number().int(),
  inspectionsDone: z.number().int(),
});
export const contractsResponse = z.object({ items: z.array(contractView), total: z.number().int() });

export type BodiesQuery = z.infer<typeof bodiesQuery>;
export type CreateBodyInput = z.infer<typeof createBodyBody>;
export type PatchBodyInput = z.infer<typeof patchBodyBody>;
export type StaffInput = z.infer<typeof staffBody>;
export type StaffPatchInput = z.infer<typeof staffPatch>;
export type ReportInput = z.infer<typeof reportBody>;
export type ContractInput = z.infer<typeof contractBody>;
