import { z } from 'zod';
import { periodStates } from '@zhiben/core';
import { isoDate, queryInt, regionCode12, str, text } from '../../lib/schemas.ts';


/** period: 2026 | 2026-Q3 | 2026-11 (default: the quarter containing D). */
export const complianceQuery = z.object({
  asOf: isoDate.optional(),
  period: str()
    .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, '应为年份（2026）、季度（2026-Q3）或月份（2026-11）')
    .optional(),
  regionCode: regionCode12.optional(),
  sector: text(40).min(1).optional(),
});
export type ComplianceQuery = z.infer<typeof complianceQuery>;

export const compliance = z.object({
  required: z.number().int(),
  done: z.number().int(),
  due: z.number().int(),
  missed: z.number().int(),
  rate: z.number().nullable(),
});

const windowView = z.object({ key: z.string(), kind: z.enum(['year', 'quarter', 'month']), start: z.string(), end: z.string(), label: z.string() });
const regionRef = z.object({ code: z.string(), name: z.string(), level: z.string() });

export const complianceResponse = z.object({
  asOf: z.string(),
  window: windowView,
  region: regionRef,
  breadcrumb: z.array(z.object({ code: z.string(), name: z.string() })),
  sector: z.string().nullable(),
  figures: compliance,
  /** Enterprises whose last 2+ ended periods were all missed (they feed 进展缓慢). */
  missedInARow: z.number().int(),
  byRegion: z.array(compliance.extend({ code: z.string(), name: z.string(), hasChildren: z.boolean() })),
  bySector: z.array(compliance.extend({ sector: z.string(), name: z.string() })),
  /** The windows of the same kind up to this one (oldest first), each counted as of D. */
  trend: z.array(compliance.extend({ key: z.string(), label: z.string() })),
});
export type ComplianceResponse = z.infer<typeof complianceResponse>;

const rankCell = z.object({
  value: z.number().nullable(),
  rank: z.number().int().nullable(),
  previousValue: z.number().nullable(),
  previousRank: z.number().int().nullable(),
  valueDelta: z.number().nullable(),
  rankDelta: z.number().int().nullable(),
});
export const complianceRankingResponse = z.object({
  asOf: z.string(),
  window: windowView,
  previousWindow: windowView,
  region: regionRef,
  breadcrumb: z.array(z.object({ code: z.string(), name: z.string() })),
  rows: z.array(compliance.extend({ code: z.string(), name: z.string(), rate: rankCell })),
});

export const complianceEnterprisesQuery = complianceQuery.extend({
  state: z.enum(periodStates).optional(),
  page: queryInt().min(1).default(1),
  pageSize: queryInt().min(1).max(200).default(20),
});
const periodView = z.object({
  key: z.string(),
  label: z.string(),
  cadence: z.enum(['month', 'quarter']),
  start: z.string(),
  end: z.string(),
  state: z.enum(periodStates),
  doneOn: z.string().nullable(),
  inspectionId: z.string().nullable(),
});
export const complianceEnterprisesResponse = z.object({
  total: z.number().int(),
  items: z.array(z.object({ enterpriseId: z.string(), name: z.string(), regionName: z.string(), periods: z.array(periodView), missedInARow: z.number().int() })),
});

/** An enterprise's own periods; with `state`, only the periods (the running one included) in that state. */
export const ownPeriodsQuery = z.object({ enterpriseId: z.uuid('应为有效的企业编号').optional(), state: z.enum(periodStates).optional() });
export const ownPeriodsResponse = z.object({
  cadence: z.enum(['month', 'quarter']),
  current: periodView.nullable(),
  periods: z.array(periodView),
  /** How many periods `periods` lists (the 待办 count of 本期带队检查待开展 is this total with state=due). */
  total: z.number().int(),
  missedInARow: z.number().int(),
});

// ---- 查不出 ----

export const detectionQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  regionCode: regionCode12.optional(),
  verdict: z.enum(['pending', 'confirmed', 'rejected']).optional(),
});
const detection = z.object({
  hazard: z.object({ id: z.string(), hazardNo: z.string(), title: z.string(), foundAt: z.string(), source: z.string(), criterionIds: z.array(z.string()), status: z.string() }),
  check: z.object({ id: z.string(), inspectionNo: z.string(), checkDate: z.string(), leaderName: z.string(), passedCriterionIds: z.array(z.string()), majorFindings: z.number().int() }),
  enterprise: z.object({ id: z.string(), name: z.string(), regionName: z.string() }),
  reason: z.enum(['criterion_passed', 'no_major_raised']),
  matchedCriterionIds: z.array(z.string()),
  daysAfter: z.number().int(),
  review: z.object({ verdict: z.enum(['confirmed', 'rejected']), note: z.string(), reviewedBy: z.string(), reviewedAt: z.string() }).nullable(),
});
export const detectionsResponse = z.object({ windowDays: z.number().int(), from: z.string(), to: z.string(), items: z.array(detection) });
export const detectionReviewParams = z.object({ hazardId: z.uuid() });
export const detectionReviewBody = z.object({ verdict: z.enum(['confirmed', 'rejected']), note: text(1000).default('') });
export const detectionReviewResponse = detection;
