import { z } from 'zod';
import { evidenceRequirements, hazardStatuses, inspectionActions, inspectionKinds, inspectionMethods, inspectionStatuses, inspectionTriggers, itemResults, memberRoles, subjectKinds } from '@zhiben/core';
import { int32, isoDate, paginationQuery, regionCode12, str, text, version } from '../../lib/schemas.ts';
import { actionRequirements } from '../../workflow/requirements.schema.ts';

const sha256 = str().regex(/^[0-9a-f]{64}$/, '应为64位小写十六进制的 SHA-256 摘要');
const versioned = z.object({ version: version() });

/** A photo from the field app: its capture time comes from the device (uploads are stripped of EXIF). */
export const fieldPhoto = z.object({
  sha256,
  takenAt: text(40).nullable(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lng: z.number().min(-180).max(180).nullable().optional(),
});
export const point = z.object({ lat: z.number().min(-90).max(90).nullable(), lng: z.number().min(-180).max(180).nullable() });

// ---- views ----

const member = z.object({ seq: z.number().int(), userId: z.string().nullable(), expertId: z.string().nullable(), name: z.string(), role: z.enum(memberRoles), orgName: z.string() });
const item = z.object({
  seq: z.number().int(),
  code: z.string(),
  text: z.string(),
  criterionIds: z.array(z.string()),
  major: z.boolean(),
  evidence: z.enum(evidenceRequirements),
  guidance: z.string(),
  result: z.enum(itemResults).nullable(),
  markedMajor: z.boolean(),
  findingCriterionIds: z.array(z.string()),
  note: z.string(),
  location: z.string(),
  photos: z.array(fieldPhoto),
  hazard: z.object({ id: z.string(), hazardNo: z.string(), title: z.string(), status: z.string(), level: z.string(), deadline: z.string(), link: z.enum(['raised', 'linked']) }).nullable(),
  answeredAt: z.string().nullable(),
});
const test = z.object({ seq: z.number().int(), personName: z.string(), post: z.string(), questions: z.string(), correct: z.number().int(), total: z.number().int(), note: z.string() });
const signature = z.object({ role: z.string(), name: z.string(), userId: z.string().nullable(), signedAt: z.string(), image: z.string().nullable() });

export const inspectionSummary = z.object({
  id: z.uuid(),
  inspectionNo: z.string(),
  kind: z.enum(inspectionKinds),
  methods: z.array(z.enum(inspectionMethods)),
  subjectKind: z.enum(subjectKinds),
  subject: z.object({ id: z.string(), name: z.string() }),
  regionCode: z.string(),
  regionName: z.string(),
  orgName: z.string().nullable(),
  leaderName: z.string(),
  ledByPrincipal: z.boolean(),
  trigger: z.enum(inspectionTriggers),
  plannedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  checkDate: z.string().nullable(),
  status: z.enum(inspectionStatuses),
  findings: z.number().int(),
  majorFindings: z.number().int(),
  /** 暗访 not yet released to the enterprise. */
  unreleased: z.boolean(),
});
export type InspectionSummary = z.infer<typeof inspectionSummary>;

export const inspectionView = inspectionSummary.extend({
  jointOrgs: z.array(z.string()),
  sectors: z.array(z.string()),
  org: z.object({ id: z.string(), name: z.string() }).nullable(),
  leaderId: z.string().nullable(),
  campaign: z.string().nullable(),
  randomDrawId: z.string().nullable(),
  triggerRef: z.object({ id: z.string(), no: z.string().nullable() }).nullable(),
  startedAt: z.string().nullable(),
  start: z.object({ lat: z.number().nullable(), lng: z.number().nullable(), photos: z.array(fieldPhoto) }),
  endedAt: z.string().nullable(),
  checklist: z.object({ id: z.string().nullable(), ref: z.string(), title: z.string(), version: z.number().int().nullable() }),
  conclusion: z.string(),
  signatures: z.array(signature),
  attendance: z.array(z.object({ name: z.string(), post: z.string(), signed: z.boolean() })),
  remoteEvidence: z.array(z.object({ kind: z.enum(['file', 'video', 'alarm', 'sensor']), ref: z.string(), note: z.string() })),
  noCaseReason: z.string().nullable(),
  releasedAt: z.string().nullable(),
  recordHash: z.string().nullable(),
  /** For a frozen principal-led check: the stored record still matches its hash. */
  hashIntact: z.boolean().nullable(),
  members: z.array(member),
  items: z.array(item),
  tests: z.array(test),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(z.enum(inspectionActions)),
  requirements: actionRequirements(inspectionActions),
});
export type InspectionView = z.infer<typeof inspectionView>;

export const inspectionFilter = z.object({
  q: text(64).optional(),
  regionCode: regionCode12.optional(),
  kind: z.enum(inspectionKinds).optional(),
  method: z.enum(inspectionMethods).optional(),
  status: z.enum(inspectionStatuses).optional(),
  enterpriseId: z.uuid().optional(),
  premisesId: z.uuid().optional(),
  ledByPrincipal: z.enum(['true', 'false']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Only the inspections the caller is on. */
  mine: z.enum(['true', 'false']).optional(),
  noFinding: z.enum(['true', 'false']).optional(),
});
export type InspectionFilter = z.infer<typeof inspectionFilter>;
export const inspectionsQuery = paginationQuery.extend(inspectionFilter.shape);
export const inspectionsResponse = z.object({ items: z.array(inspectionSummary), total: z.number().int() });

// ---- commands ----

export const checklistChoice = z.union([z.object({ checklistId: z.uuid() }), z.object({ sector: text(40).min(1) })]);
export type ChecklistChoiceInput = z.infer<typeof checklistChoice>;

const memberInput = z.object({
  userId: z.uuid().nullable().default(null),
  /** An expert from the library: his account, name and employer come from the record. */
  expertId: z.uuid().nullable().optional(),
  name: text(32).min(1),
  role: z.enum(memberRoles),
  orgName: text(100).default(''),
});

export const planInspectionBody = z.object({
  kind: z.enum(inspectionKinds),
  methods: z.array(z.enum(inspectionMethods)).max(5).default([]),
  jointOrgs: z.array(text(100).min(1)).max(20).default([]),
  subjectKind: z.enum(subjectKinds),
  enterpriseId: z.uuid().nullable().default(null),
  premisesId: z.uuid().nullable().default(null),
  plannedOn: isoDate,
  dueOn: isoDate.nullable().default(null),
  campaign: text(100).nullable().default(null),
  members: z.array(memberInput).max(30).default([]),
  checklist: checklistChoice,
  /** 触发式监管: what set it off (a verified tip, an overdue hazard, an alarm; a random draw from issue 14). */
  trigger: z.object({ kind: z.enum(['tip', 'hazard_overdue', 'alarm', 'random_draw']), id: text(64).min(1) }).nullable().default(null),
});
export type PlanInspectionInput = z.infer<typeof planInspectionBody>;

const hazardChoice = z.union([
  z.object({
    action: z.literal('raise'),
    title: text(200).min(2),
    description: text(2000).default(''),
    deadline: isoDate,
    fixedOnSite: z.boolean().default(false),
    interimControls: text(1000).default(''),
  }),
  z.object({ action: z.literal('link'), hazardId: z.uuid() }),
]);

export const itemAnswer = z.object({
  seq: int32().min(1),
  result: z.enum(itemResults),
  note: text(2000).default(''),
  location: text(200).default(''),
  photos: z.array(fieldPhoto).max(10).default([]),
  /** The finding's criteria (default: the item's own). */
  criterionIds: z.array(text(40)).max(10).default([]),
  /** The inspector judges a 不符合 major although the checklist item is not. */
  major: z.boolean().default(false),
  hazard: hazardChoice.nullable().default(null),
});
export type ItemAnswerInput = z.infer<typeof itemAnswer>;

export const testInput = z.object({
  personName: text(32).min(1),
  post: text(50).default(''),
  questions: text(2000).min(1),
  correct: int32().min(0).max(100),
  total: int32().min(1).max(100),
  note: text(500).default(''),
});

const signatureInput = z.object({ role: z.enum([...memberRoles, 'enterprise']), name: text(32).min(1), image: sha256.nullable().default(null) });

export const actionBodies = {
  start: versioned.extend({
    location: point,
    photos: z.array(fieldPhoto).max(10).default([]),
    remoteEvidence: z.array(z.object({ kind: z.enum(['file', 'video', 'alarm', 'sensor']), ref: text(200).min(1), note: text(500).default('') })).max(50).default([]),
  }),
  record: versioned.extend({ items: z.array(itemAnswer).max(500).default([]), tests: z.array(testInput).max(50).default([]) }),
  close: versioned.extend({ conclusion: text(5000), signatures: z.array(signatureInput).max(30), noCaseReason: text(1000).nullable().default(null) }),
  release: versioned,
  cancel: versioned.extend({ reason: text(500).min(2) }),
} as const;

export const actionParams = z.object({ id: z.uuid(), action: z.enum(inspectionActions) });

/** A principal-led check, recorded in one submission from the phone (kept as a local draft until then). */
export const principalCheckBody = z.object({
  checkDate: isoDate,
  checklist: checklistChoice,
  location: point,
  /** The principal on site, taken in the app with time (and GPS). */
  photos: z.array(fieldPhoto).min(1, '须上传主要负责人在现场的照片').max(10),
  attendance: z.array(z.object({ name: text(32).min(1), post: text(50).default(''), signed: z.boolean().default(true) })).min(1, '请填写参加人员').max(100),
  items: z.array(itemAnswer).max(500),
  conclusion: text(5000).min(2, '请填写检查结论'),
});
export type PrincipalCheckInput = z.infer<typeof principalCheckBody>;

// ---- figures (统计分析) ----

const figureNumbers = z.object({
  inspections: z.number().int(),
  withFinding: z.number().int(),
  noFinding: z.number().int(),
  findings: z.number().int(),
  majorFindings: z.number().int(),
  enterprisesInspected: z.number().int(),
  noFindingShare: z.number().nullable(),
  majorPer100: z.number().nullable(),
  majorPer1000: z.number().nullable(),
});
export const inspectionFiguresResponse = z.object({
  asOf: z.string(),
  from: z.string(),
  to: z.string(),
  region: z.object({ code: z.string(), name: z.string(), level: z.string() }),
  breadcrumb: z.array(z.object({ code: z.string(), name: z.string() })),
  figures: figureNumbers.extend({ enterprisesInScope: z.number().int(), coverage: z.number().nullable() }),
  by: z.string(),
  groups: z.array(figureNumbers.extend({ key: z.string(), label: z.string() })),
});

export const openHazardsResponse = z.object({
  items: z.array(z.object({ id: z.uuid(), hazardNo: z.string(), title: z.string(), status: z.enum(hazardStatuses) })),
});
