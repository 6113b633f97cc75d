import { z } from 'zod';
import { activityKinds, cadences, returnActions, returnKinds, returnSections, returnStatuses, timelinessValues } from '@zhiben/core';
import { int32, queryInt } from '../../lib/schemas.ts';
import { isoDate, patchOf, periodKey, requiredText, text, version } from '../plans/plans.fields.ts';
import { timelineFields } from '../../workflow/present.ts';
import { actionRequirements } from '../../workflow/requirements.schema.ts';


export const dueRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('day_of_last_month'), day: int32().min(1).max(31) }),
  z.object({ kind: z.literal('last_week') }),
  z.object({ kind: z.literal('period_end') }),
  z.object({ kind: z.literal('days_after_end'), days: int32().min(0).max(90) }),
]);

export const requirementBody = z.object({
  kind: z.enum(returnKinds),
  name: requiredText(200),
  planId: z.uuid().nullable().default(null),
  cadence: z.enum(cadences),
  dueRule,
  graceDays: int32().min(0).max(365).default(30),
  remindDaysBefore: int32().min(0).max(30).default(3),
  sections: z.array(z.enum(returnSections)).min(1, '至少选择一项报送内容').max(returnSections.length).optional(),
  reportingOrgIds: z.array(z.uuid()).min(1, '至少指定一个报送单位').max(500),
  startPeriod: periodKey,
  endPeriod: periodKey.nullable().default(null),
  note: text(2000).default(''),
});
export type RequirementInput = z.infer<typeof requirementBody>;
export const updateRequirementBody = patchOf(requirementBody.omit({ kind: true, cadence: true, startPeriod: true })).extend({ version, active: z.boolean().optional() });
export type RequirementUpdate = z.infer<typeof updateRequirementBody>;

export const requirementView = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  regionCode: z.string(),
  planId: z.uuid().nullable(),
  kind: z.enum(returnKinds),
  kindLabel: z.string(),
  name: z.string(),
  cadence: z.enum(cadences),
  cadenceLabel: z.string(),
  dueRule,
  dueRuleLabel: z.string(),
  graceDays: int32(),
  remindDaysBefore: int32(),
  sections: z.array(z.enum(returnSections)),
  reportingOrgs: z.array(z.object({ id: z.uuid(), name: z.string() })),
  startPeriod: z.string(),
  endPeriod: z.string().nullable(),
  active: z.boolean(),
  note: z.string(),
  version: int32(),
  editable: z.boolean(),
});
export type RequirementView = z.infer<typeof requirementView>;
export const requirementsQuery = z.object({ kind: z.enum(returnKinds).optional(), active: z.enum(['true', 'false']).optional() });
export const requirementsResponse = z.object({ items: z.array(requirementView) });

// ---- the report a return carries ----

const money = z.number().min(0).max(10_000_000);
export const returnReport = z.object({
  text: text(20000).default(''),
  taskProgress: z
    .array(z.object({ taskId: z.uuid(), percent: int32().min(0).max(100).nullable().default(null), text: text(4000).default('') }))
    .max(500)
    .default([]),
  figures: z.array(z.object({ key: requiredText(64), value: z.number().nullable() })).max(100).default([]),
  problems: z.array(requiredText(1000)).max(50).default([]),
  nextSteps: text(10000).default(''),
  investment: z
    .object({ people: money, technology: money, engineering: money, management: money, specialFund: money })
    .nullable()
    .default(null),
  activities: z
    .array(z.object({ kind: z.enum(activityKinds), date: isoDate, place: text(200).default(''), audience: int32().min(0).max(10_000_000).nullable().default(null), note: text(1000).default('') }))
    .max(200)
    .default([]),
});
export type ReturnReportInput = z.infer<typeof returnReport>;

export const fileReturnBody = z.object({ requirementId: z.uuid(), period: periodKey, report: returnReport });
export type FileReturnInput = z.infer<typeof fileReturnBody>;

export const returnActionBodies = {
  resubmit: z.object({ version, report: returnReport }),
  accept: z.object({ version, comment: text(2000).default('') }),
  send_back: z.object({ version, comment: requiredText(2000) }),
} as const satisfies Record<(typeof returnActions)[number], z.ZodType>;
export type ReturnActionInputs = { [A in (typeof returnActions)[number]]: z.infer<(typeof returnActionBodies)[A]> };
export const returnActionParams = z.object({ id: z.uuid(), action: z.enum(returnActions) });

// ---- views ----

const storedReport = z.object({
  text: z.string(),
  taskProgress: z.array(z.object({ taskId: z.string(), code: z.string(), name: z.string(), status: z.string(), percent: z.number().nullable(), text: z.string() })),
  figures: z.array(z.object({ key: z.string(), label: z.string(), value: z.number().nullable(), unit: z.string(), source: z.enum(['zhiben', 'manual']) })),
  problems: z.array(z.string()),
  nextSteps: z.string(),
  investment: z.object({ people: z.number(), technology: z.number(), engineering: z.number(), management: z.number(), specialFund: z.number() }).nullable(),
  activities: z.array(z.object({ kind: z.enum(activityKinds), date: z.string(), place: z.string(), audience: z.number().nullable(), note: z.string() })),
});
export type StoredReport = z.infer<typeof storedReport>;

/** One expected return: filed (with its record) or not (missing / pending). */
export const returnRow = z.object({
  id: z.uuid().nullable(),
  requirementId: z.uuid(),
  requirementName: z.string(),
  kind: z.enum(returnKinds),
  period: z.string(),
  periodLabel: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  dueDate: z.string(),
  firstFiledOn: z.string().nullable(),
  status: z.enum(returnStatuses).nullable(),
  statusLabel: z.string().nullable(),
  timeliness: z.enum(timelinessValues),
  timelinessLabel: z.string(),
});
export type ReturnRow = z.infer<typeof returnRow>;
export const returnsQuery = z.object({
  requirementId: z.uuid().optional(),
  period: periodKey.optional(),
  orgId: z.uuid().optional(),
  /** Only the caller's own org (本单位): the 待办 of a reporting org. */
  mine: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  /** Only returns against the caller's own org's requirements (本单位下发): the 待办 of an issuer. */
  issued: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  timeliness: z.enum(timelinessValues).optional(),
  status: z.enum(returnStatuses).optional(),
  page: queryInt().min(1).default(1),
  pageSize: queryInt().min(1).max(500).default(50),
});
export type ReturnsQuery = z.infer<typeof returnsQuery>;
export const returnsResponse = z.object({ items: z.array(returnRow), total: int32() });

export const returnView = returnRow.extend({
  id: z.uuid(),
  issuerOrgId: z.uuid(),
  sections: z.array(z.enum(returnSections)),
  report: storedReport,
  submittedAt: z.string(),
  reviewComment: z.string(),
  reviewedAt: z.string().nullable(),
  version: int32(),
  actions: z.array(z.enum(returnActions)),
  requirements: actionRequirements(returnActions),
  ...timelineFields,
});
export type ReturnView = z.infer<typeof returnView>;

/** What the org has to file now: open periods with their state and a pre-filled report. */
export const toFileResponse = z.object({
  items: z.array(
    z.object({
      requirementId: z.uuid(),
      requirementName: z.string(),
      kind: z.enum(returnKinds),
      period: z.string(),
      periodLabel: z.string(),
      opens: z.string(),
      due: z.string(),
      closes: z.string(),
      returnId: z.uuid().nullable(),
      status: z.enum(returnStatuses).nullable(),
      timeliness: z.enum(timelinessValues),
    }),
  ),
});

export const prefillQuery = z.object({ requirementId: z.uuid(), period: periodKey });
export const prefillResponse = z.object({ sections: z.array(z.enum(returnSections)), report: storedReport, due: z.string(), periodLabel: z.string() });

export const returnFiguresQuery = z.object({ by: z.enum(['org', 'period', 'requirement']).default('org'), requirementId: z.uuid().optional(), from: periodKey.optional(), to: periodKey.optional() });
export const returnFiguresResponse = z.object({
  asOf: z.string(),
  rows: z.array(z.object({ key: z.string(), label: z.string(), expected: int32(), onTime: int32(), late: int32(), missing: int32(), onTimeRate: z.number().nullable() })),
  total: z.object({ expected: int32(), onTime: int32(), late: int32(), missing: int32(), onTimeRate: z.number().nullable() }),
});
export type ReturnFiguresResponse = z.infer<typeof returnFiguresResponse>;
