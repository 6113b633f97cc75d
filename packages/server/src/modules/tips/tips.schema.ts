import { z } from 'zod';
import {
  tipDocumentKinds,
  hazardLevels,
  officerTipChannels,
  tipActions,
  tipCategories,
  tipChannels,
  tipDeclineReasons,
  tipDetailActions,
  tipRewardStatuses,
  tipSlaStates,
  tipStatuses,
  tipViolationKinds,
  workerReportOutcomes,
  workerReportStatuses,
} from '@zhiben/core';
import { inspectionTriggerOffer, int32, isoDate, paginationQuery, regionCode12, requiredText, str, text, version } from '../../lib/schemas.ts';
import { actionRequirements } from '../../workflow/requirements.schema.ts';
import type { AuthContext } from '../../lib/request-context.ts';

// The contract of docs/tips-api.md. The web app mirrors these shapes by hand (features/tips/api.ts).

const yuan = int32().min(0).max(100_000_000);

export const MAX_TIP_FILES = 5;

// ---------- public (no login) ----------

export const publicEnterpriseQuery = z.object({ q: str().trim().min(2, '至少输入2个字').max(64) });
export const publicEnterprise = z.object({ id: z.uuid(), name: z.string(), regionCode: z.string(), regionName: z.string() });
export const publicEnterprisesResponse = z.array(publicEnterprise);

export const publicRegionsQuery = z.object({ parentCode: regionCode12.optional() });
export const publicRegion = z.object({ code: z.string(), name: z.string(), level: z.string(), hasChildren: z.boolean() });
export const publicRegionsResponse = z.array(publicRegion);

export const reporterInput = z.object({
  name: requiredText(40),
  phone: str().trim().regex(/^[0-9+\- ]{5,20}$/, '应为有效的电话号码'),
  idNumber: text(18).optional(),
  bankAccount: str().trim().regex(/^[0-9 ]{8,30}$/, '应为数字组成的银行账号').optional().or(z.literal('').transform(() => undefined)),
  bankName: text(60).optional(),
});
export type ReporterInput = z.infer<typeof reporterInput>;

/** The JSON in multipart field `data` of POST /api/public/tips (and the body of POST /api/tips). */
export const tipSubmission = z.object({
  targetEnterpriseId: z.uuid().optional(),
  targetName: requiredText(120),
  regionCode: regionCode12,
  address: text(200).default(''),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
  category: z.enum(tipCategories),
  content: str().trim().min(10, '请至少用10个字描述问题').max(4000),
  anonymous: z.boolean(),
  reporter: reporterInput.optional(),
  consent: z.literal(true, '须阅读并同意举报须知'),
});
export type TipSubmission = z.infer<typeof tipSubmission>;

export const tipReceipt = z.object({
  tipNo: z.string(),
  receiptCode: z.string(),
  receivedAt: z.string(),
  /** true when this submission was merged into an earlier identical one (same content from the same IP within 10 min). */
  merged: z.boolean(),
});

export const receiptCodeBody = z.object({ receiptCode: str().trim().min(16, '查询码至少16位').max(64) });
export const followupBody = receiptCodeBody.extend({ text: requiredText(2000) });

export const tipMessage = z.object({ at: z.string(), from: z.enum(['officer', 'reporter']), text: z.string() });
export const publicTipView = z.object({
  tipNo: z.string(),
  status: z.enum(tipStatuses),
  statusLabel: z.string(),
  receivedAt: z.string(),
  feedback: z.array(z.object({ at: z.string(), text: z.string() })),
  messages: z.array(tipMessage),
  reward: z.object({ status: z.enum(tipRewardStatuses), amountYuan: z.number().nullable() }).nullable(),
  /** false once the tip is closed or declined. */
  canFollowUp: z.boolean(),
});

/** How an enterprise's report link token looks (worker-reports.routes.ts answers any other as an unknown link). */
export const WORKER_REPORT_TOKEN = /^[A-Za-z0-9_-]{20,64}$/;
// A mistyped or cut-off link reads like an unknown one (404 with the same message), not as a parameter error naming
// the path's field: the person who opens it scanned a code and typed nothing.
export const workerReportTokenParams = z.object({ enterpriseToken: str() });
export const workerReportLinkInfo = z.object({ enterpriseName: z.string() });
export const workerReportSubmission = z.object({
  content: str().trim().min(5, '请至少用5个字描述问题').max(4000),
  location: text(200).default(''),
  anonymous: z.boolean(),
  reporterName: text(40).optional(),
});
export const workerReportReceipt = z.object({ reportNo: z.string() });

// ---------- staff ----------

export const tipFilter = z.object({
  status: str()
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : []))
    .pipe(z.array(z.enum(tipStatuses))),
  channel: z.enum(tipChannels).optional(),
  regionCode: regionCode12.optional(),
  sector: str().max(40).optional(),
  sla: z.enum(tipSlaStates).optional(),
  /** 奖励状态, e.g. `proposed` = 奖励待批准 (the 待办 of the 安委办). */
  reward: z.enum(tipRewardStatuses).optional(),
  /** mine: tips handed to the caller's own org to investigate (转本部门). */
  mine: z.enum(['true']).optional(),
  q: str().trim().max(64).optional(),
});
/** The filter as the repository applies it: `mine` needs to know whose org. */
export type TipFilter = z.infer<typeof tipFilter> & { viewerOrgId: string | null };
/** A parsed tip filter for this viewer (list, export and 待办 count alike). */
export const tipFilterOf = (query: z.infer<typeof tipFilter>, auth: Pick<AuthContext, 'user'>): TipFilter => ({ ...query, viewerOrgId: auth.user.org?.id ?? null });
export const tipsQuery = paginationQuery.extend(tipFilter.shape);

export const tipListItem = z.object({
  id: z.uuid(),
  tipNo: z.string(),
  channel: z.enum(tipChannels),
  status: z.enum(tipStatuses),
  category: z.enum(tipCategories),
  targetName: z.string(),
  enterpriseId: z.uuid().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  sector: z.string().nullable(),
  receivedAt: z.string(),
  dueAt: z.string(),
  slaState: z.enum(tipSlaStates),
  handlingOrgName: z.string().nullable(),
  anonymous: z.boolean(),
  rewardStatus: z.enum(tipRewardStatuses),
});
export type TipListItem = z.infer<typeof tipListItem>;
export const tipsResponse = z.object({
  items: z.array(tipListItem),
  total: z.number().int(),
  /** Set when a shown deadline falls in a year whose holidays are provisional (no official notice yet). */
  calendarNotice: z.string().nullable(),
});

export const tipAttachment = z.object({ id: z.string(), name: z.string(), type: z.string(), size: z.number().int() });

export const tipDetail = tipListItem.extend({
  content: z.string(),
  address: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  receivingOrgName: z.string(),
  attachments: z.array(tipAttachment),
  messages: z.array(tipMessage),
  investigation: z
    .object({
      findings: z.string(),
      verified: z.boolean(),
      violationKind: z.enum(tipViolationKinds),
      penaltyYuan: z.number().nullable(),
      hazardId: z.uuid().nullable(),
      hazardNo: z.string().nullable(),
    })
    .nullable(),
  declineReason: z.enum(tipDeclineReasons).nullable(),
  declineNote: z.string().nullable(),
  duplicateOf: z.object({ id: z.uuid(), tipNo: z.string() }).nullable(),
  routeSuggestion: z.object({ orgId: z.uuid(), orgName: z.string(), sector: z.string().nullable(), reason: z.string() }).nullable(),
  /** When `route` is allowed: the regulators and committees of the tip's county, city and province (suggested first); else []. */
  routeOptions: z.array(
    z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['committee', 'regulator']), regionCode: z.string(), sectors: z.array(z.string()) }),
  ),
  /** When `propose_reward` is allowed: the amount under the configured rules from the investigation's finding and penalty. */
  rewardPreview: z
    .object({ amountYuan: z.number().int(), penaltyYuan: z.number().nullable(), violationKind: z.enum(tipViolationKinds), rule: z.string() })
    .nullable(),
  /** Why a tip officer sees no `close` on a verified/unfounded tip (e.g. the major hazard is not registered yet), else null. */
  closeHint: z.string().nullable(),
  reward: z
    .object({
      status: z.enum(tipRewardStatuses),
      amountYuan: z.number().nullable(),
      computedYuan: z.number().nullable(),
      rule: z.string(),
      approvedAt: z.string().nullable(),
      paidAt: z.string().nullable(),
      voucherNo: z.string().nullable(),
    })
    .nullable(),
  hasIdentity: z.boolean(),
  events: z.array(z.object({ at: z.string(), actorName: z.string(), kind: z.string(), note: z.string() })),
  version: z.number().int(),
  actions: z.array(z.enum(tipDetailActions)),
  /** Letters to the reporter this viewer may download (GET /api/tips/:id/documents/:kind); core tipDocuments. */
  documents: z.array(z.object({ kind: z.enum(tipDocumentKinds), title: z.string() })),
  /** 安排检查 of the reported enterprise, offered once the report was found true to an officer who may plan inspections. */
  inspectionTrigger: inspectionTriggerOffer,
  /** Form requirements of each workflow action in `actions` (core tipActionRequirements). */
  requirements: actionRequirements(tipActions),
});
export type TipDetail = z.infer<typeof tipDetail>;

const versioned = z.object({ version: version() });
/** Payload of each action; `version` is the compare-and-set token. */
export const tipActionBodies = {
  accept: versioned.extend({ note: text(1000).default('') }),
  decline: versioned.extend({
    reason: z.enum(tipDeclineReasons),
    note: text(1000).default(''),
    duplicateOfTipId: z.uuid().optional(),
  }),
  route: versioned.extend({
    sector: str().max(40),
    orgId: z.uuid().optional(),
    enterpriseId: z.uuid().optional(),
    note: text(1000).default(''),
  }),
  investigate: versioned.extend({
    findings: requiredText(4000),
    verified: z.boolean(),
    violationKind: z.enum(tipViolationKinds),
    penaltyYuan: yuan.nullable().default(null),
  }),
  register_hazard: versioned.extend({
    enterpriseId: z.uuid().optional(),
    level: z.enum(hazardLevels),
    criterionIds: z.array(str().max(40)).max(20).default([]),
    title: requiredText(200),
    description: text(4000).default(''),
    location: text(200).default(''),
    foundAt: isoDate.optional(),
    deadline: isoDate,
  }),
  reply: versioned.extend({ text: requiredText(2000) }),
  ask: versioned.extend({ text: requiredText(2000) }),
  propose_reward: versioned.extend({ amountYuan: yuan.optional(), note: text(1000).default('') }),
  approve_reward: versioned.extend({ note: text(1000).default('') }),
  record_payment: versioned.extend({ voucherNo: requiredText(64), paidAt: isoDate, amountYuan: yuan.optional() }),
  close: versioned.extend({ note: text(1000).default('') }),
} as const satisfies Record<(typeof tipActions)[number], z.ZodType>;
export type TipActionBody<A extends keyof typeof tipActionBodies> = z.infer<(typeof tipActionBodies)[A]>;

export const tipActionParams = z.object({ id: z.uuid(), action: z.enum(tipActions) });

export const revealBody = z.object({ purpose: str().trim().min(4, '请说明查看目的（至少4个字）').max(500) });
export const revealResponse = z.object({
  name: z.string().nullable(),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  bankAccount: z.string().nullable(),
  bankName: z.string().nullable(),
  ip: z.string().nullable(),
});

export const officerTipBody = tipSubmission.extend({ channel: z.enum(officerTipChannels), consent: z.boolean().default(true) });

export const tipStatsQuery = z.object({ regionCode: regionCode12.optional(), from: isoDate.optional(), to: isoDate.optional() });
const statsRow = z.object({
  received: z.number().int(),
  accepted: z.number().int(),
  declined: z.number().int(),
  verified: z.number().int(),
  verifiedRate: z.number().nullable(),
  rewardApprovedYuan: z.number(),
  rewardPaidYuan: z.number(),
  slaCompliance: z.number().nullable(),
});
export const tipStatsGroup = statsRow.extend({ key: z.string(), label: z.string() });
export const tipStatsResponse = z.object({
  totals: statsRow,
  byRegion: z.array(tipStatsGroup),
  bySector: z.array(tipStatsGroup),
  byChannel: z.array(tipStatsGroup),
});

// ---------- worker reports (从业人员内部报告) ----------

export const workerReportBody = workerReportSubmission;
export const workerReportItem = z.object({
  id: z.uuid(),
  reportNo: z.string(),
  content: z.string(),
  location: z.string(),
  anonymous: z.boolean(),
  reporterName: z.string().nullable(),
  viaLink: z.boolean(),
  status: z.enum(workerReportStatuses),
  outcome: z.enum(workerReportOutcomes).nullable(),
  note: z.string().nullable(),
  rewardYuan: z.number().nullable(),
  receivedAt: z.string(),
  handledAt: z.string().nullable(),
  version: z.number().int(),
  actions: z.array(z.enum(['handle'])),
});
export const workerReportsQuery = paginationQuery.extend({ status: z.enum(workerReportStatuses).optional() });
export const workerReportsResponse = z.object({ items: z.array(workerReportItem), total: z.number().int() });
export const handleWorkerReportBody = z.object({
  version: version(),
  outcome: z.enum(workerReportOutcomes),
  note: requiredText(2000),
  rewardYuan: yuan.optional(),
});
export const workerReportStatsQuery = z.object({ regionCode: regionCode12.optional() });
export const workerReportStatsResponse = z.object({
  items: z.array(
    z.object({
      enterpriseId: z.uuid(),
      enterpriseName: z.string(),
      regionName: z.string(),
      received: z.number().int(),
      handled: z.number().int(),
      hazardFound: z.number().int(),
      rewardYuan: z.number(),
    }),
  ),
  total: z.number().int(),
});
export const workerReportLink = z.object({ token: z.string(), path: z.string(), createdAt: z.string() });
export const officerTipResponse = z.object({ tip: tipDetail, receiptCode: z.string() });
