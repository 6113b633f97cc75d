import { z } from 'zod';
import { ageingBuckets, hazardActions, hazardDocumentKinds, hazardLevels, hazardSources, hazardStatuses, listingLevels } from '@zhiben/core';
import { inspectionTriggerOffer, isoDate, paginationQuery, regionCode12, requiredText, str, text, version } from '../../lib/schemas.ts';
import { actionRequirements, formRequirements } from '../../workflow/requirements.schema.ts';

export { enterpriseReportSources, hazardSourceLabels, hazardSources, staffRegisterSources, type HazardSource } from '@zhiben/core';


export const evidenceInput = z.object({
  sha256: str().regex(/^[0-9a-f]{64}$/, '应为文件的 SHA-256'),
  name: text(200).optional(),
  kind: z.enum(['before', 'after', 'document', 'verification']),
});
export type EvidenceInput = z.infer<typeof evidenceInput>;
export const evidence = z.object({
  sha256: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  kind: z.enum(['before', 'after', 'document', 'verification']),
});
export type Evidence = z.infer<typeof evidence>;

export const plan = z.object({
  responsible: text(64).default(''),
  measures: text(4000).default(''),
  fundsWanYuan: z.number().min(0).max(1_000_000).nullable().default(null),
  deadline: isoDate.nullable().default(null),
  contingency: text(4000).default(''),
});

export const createHazardBody = z.object({
  enterpriseId: z.uuid(),
  sector: str().max(40).optional(),
  level: z.enum(hazardLevels),
  source: z.enum(hazardSources).optional(),
  criterionIds: z.array(str().max(40)).max(20).default([]),
  title: requiredText(200),
  description: text(4000).default(''),
  location: text(200).default(''),
  foundAt: isoDate,
  deadline: isoDate,
  fixedOnSite: z.boolean().default(false),
  interimControls: text(2000).default(''),
  evidence: z.array(evidenceInput).max(30).default([]),
});
export type CreateHazardInput = z.infer<typeof createHazardBody>;

export const duplicatesBody = z.object({
  enterpriseId: z.uuid(),
  title: text(200).default(''),
  description: text(4000).default(''),
  location: text(200).default(''),
  criterionIds: z.array(str().max(40)).max(20).default([]),
});
export const duplicatesResponse = z.object({
  items: z.array(z.object({ id: z.uuid(), hazardNo: z.string(), title: z.string(), status: z.enum(hazardStatuses), score: z.number(), reasons: z.array(z.string()) })),
});

export const linkBody = z.object({
  description: requiredText(4000),
  location: text(200).default(''),
  source: z.enum(hazardSources).optional(),
  evidence: z.array(evidenceInput).max(30).default([]),
});

const versioned = z.object({ version: version() });
const reason = requiredText(1000);
/** Payload of each action (DESIGN §3); `version` is the compare-and-set token. */
export const actionBodies = {
  confirm: versioned.extend({ level: z.enum(hazardLevels).optional(), criterionIds: z.array(str().max(40)).max(20).optional(), deadline: isoDate.optional(), note: text(1000).default('') }),
  dismiss: versioned.extend({ reason }),
  submit_plan: versioned.extend({ plan, interimControls: text(2000).optional() }),
  report_progress: versioned.extend({ note: requiredText(2000), evidence: z.array(evidenceInput).max(30).default([]) }),
  request_extension: versioned.extend({ reason, interimControls: requiredText(2000), newDeadline: isoDate }),
  decide_extension: versioned.extend({ approve: z.boolean(), note: text(1000).default('') }),
  complete: versioned.extend({ note: text(2000).default(''), evidence: z.array(evidenceInput).min(1, '须上传整改后的照片或文件').max(30) }),
  verify: versioned.extend({ note: text(2000).default(''), evidence: z.array(evidenceInput).max(30).default([]) }),
  return: versioned.extend({ reason }),
  list: versioned.extend({ docNo: requiredText(64), deadline: isoDate }),
  delist: versioned.extend({ note: requiredText(1000), docNo: text(64).default('') }),
  merge: versioned.extend({ intoHazardId: z.uuid(), note: text(1000).default('') }),
  void: versioned.extend({ reason }),
} as const satisfies Record<(typeof hazardActions)[number], z.ZodType>;

export const actionParams = z.object({ id: z.uuid(), action: z.enum(hazardActions) });

export const hazardFilter = z.object({
  status: str()
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : []))
    .pipe(z.array(z.enum(hazardStatuses))),
  level: z.enum(hazardLevels).optional(),
  /** One sector code, or several separated by commas (a department's sectors). */
  sector: str().max(400).optional(),
  source: z.enum(hazardSources).optional(),
  regionCode: regionCode12.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  listed: z.enum(['true', 'false']).optional(),
  period: z.enum(['stock', 'increment']).optional(),
  /** Open and overdue by this many days (DESIGN §5 ageing buckets, core ageingBucketRange). */
  ageing: z.enum(ageingBuckets).optional(),
  /** Open and overdue more than LONG_STANDING_DAYS (§5 long-standing). */
  longStanding: z.enum(['true']).optional(),
  /** Open, not overdue, and due within 7 days (待办 即将到期). */
  dueSoon: z.enum(['true']).optional(),
  /** An extension request waits for its decision (待办 延期待审批). */
  extension: z.enum(['pending']).optional(),
  /** Back in rectification after a failed 验收 (待办 退回整改). */
  returned: z.enum(['true']).optional(),
  /** source = self_inspection (§5 self-found). */
  selfFound: z.enum(['true', 'false']).optional(),
  /** Found on or after / on or before (found month of the breakdown by month). */
  foundFrom: isoDate.optional(),
  foundTo: isoDate.optional(),
  /** Listed (挂牌督办) at this level now, or — for a hazard no longer listed — at its last listing. */
  listingLevel: z.enum(listingLevels).optional(),
  q: str().trim().max(64).optional(),
  enterpriseId: z.uuid().optional(),
});
export type HazardFilter = z.infer<typeof hazardFilter>;
export const hazardsQuery = paginationQuery.extend(hazardFilter.shape);

export const hazardListItem = z.object({
  id: z.uuid(),
  hazardNo: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  sector: z.string(),
  level: z.enum(hazardLevels),
  source: z.enum(hazardSources),
  title: z.string(),
  foundAt: z.string(),
  deadline: z.string(),
  status: z.enum(hazardStatuses),
  overdue: z.boolean(),
  overdueDays: z.number().int(),
  listed: z.boolean(),
  stock: z.boolean(),
});
export const hazardsResponse = z.object({ items: z.array(hazardListItem), total: z.number().int() });

export const hazardView = z.object({
  id: z.uuid(),
  hazardNo: z.string(),
  enterprise: z.object({ id: z.uuid(), name: z.string(), uscc: z.string() }),
  regionCode: z.string(),
  regionName: z.string(),
  sector: z.string(),
  level: z.enum(hazardLevels),
  source: z.enum(hazardSources),
  criterionIds: z.array(z.string()),
  criteria: z.array(z.object({ id: z.string(), standardId: z.string(), text: z.string().nullable(), topic: z.string().nullable() })),
  title: z.string(),
  description: z.string(),
  location: z.string(),
  foundAt: z.string(),
  foundBy: z.object({ orgName: z.string().nullable(), userName: z.string().nullable(), enterprise: z.boolean() }),
  deadline: z.string(),
  overdue: z.boolean(),
  overdueDays: z.number().int(),
  plan: plan.nullable(),
  planMissing: z.array(z.string()),
  interimControls: z.string(),
  status: z.enum(hazardStatuses),
  fixedOnSite: z.boolean(),
  listing: z.object({ level: z.enum(listingLevels), orgId: z.string(), orgName: z.string(), docNo: z.string(), deadline: z.string(), listedAt: z.string() }).nullable(),
  pendingExtension: z.object({ reason: z.string(), interimControls: z.string(), newDeadline: z.string(), requestedAt: z.string() }).nullable(),
  mergedInto: z.object({ id: z.uuid(), hazardNo: z.string() }).nullable(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Numbered documents this viewer may download (GET /api/hazards/:id/documents/:kind); core hazardDocuments. */
  documents: z.array(z.object({ kind: z.enum(hazardDocumentKinds), title: z.string() })),
  actions: z.array(z.enum(hazardActions)),
  /** Actions this viewer would be offered but for a condition of the hazard (core blockedHazardActions), with the reason. */
  blockedActions: z.array(z.object({ action: z.enum(hazardActions), reason: z.string() })),
  /** 安排督导检查 of the enterprise, offered while the hazard is overdue to an officer who may plan inspections. */
  inspectionTrigger: inspectionTriggerOffer,
  /** Form requirements of each action in `actions` (core hazardActionRequirements): the web renders its forms from them. */
  requirements: actionRequirements(hazardActions),
  timeline: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      actorName: z.string(),
      kind: z.string(),
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      payload: z.record(z.string(), z.unknown()),
      /** zh-CN labels of payload entries the web cannot know: an imported row's kept cells under the ledger's own headers. */
      payloadLabels: z.record(z.string(), z.string()).optional(),
      hash: z.string(),
    }),
  ),
  /** The hash chain is intact and the record equals what its events produce (status, level, deadline, listing, version). */
  timelineVerified: z.boolean(),
  /** zh-CN: what is wrong when timelineVerified is false (a tampered event, a cut-off tail, a row changed without an event). */
  timelineProblems: z.array(z.string()),
  attachments: z.array(evidence.extend({ seq: z.number().int() })),
  notifications: z.array(
    z.object({ id: z.uuid(), channel: z.string(), recipientName: z.string(), template: z.string(), status: z.string(), createdAt: z.string(), sentAt: z.string().nullable() }),
  ),
});
export type HazardView = z.infer<typeof hazardView>;

/** GET /api/hazards/form-requirements: the intake form for this caller (and enterprise, which decides the sectors). */
export const formRequirementsQuery = z.object({ enterpriseId: z.uuid().optional() });
export const intakeRequirementsResponse = z.object({
  /** report: an enterprise's 自查上报 (awaits confirmation); register: staff 监管登记. */
  channel: z.enum(['report', 'register']),
  requirements: formRequirements,
});
