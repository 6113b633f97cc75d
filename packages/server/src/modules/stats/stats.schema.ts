import { z } from 'zod';
import { ageingBuckets, SLOW_PROGRESS_BOUNDS } from '@zhiben/core';
import { isoDate, queryInt, regionCode12, str } from '../../lib/schemas.ts';
import { hazardSources } from '../hazards/hazards.schema.ts';

export const dashboardQuery = z.object({
  asOf: isoDate.optional(),
  regionCode: regionCode12.optional(),
  sector: str().trim().min(1).max(40).optional(),
});
export const breakdownQuery = dashboardQuery.extend({ by: z.enum(['region', 'sector', 'source', 'level', 'month', 'listingLevel']) });
export const rankingQuery = dashboardQuery.omit({ sector: true });

/** The §5 figures of one group of hazards as of D (counts exclude dismissed and merged everywhere). */
export const figures = z.object({
  /** found ≤ D and not dismissed/merged as of D: the denominator of rates over all hazards. */
  total: z.number().int(),
  open: z.number().int(),
  closed: z.number().int(),
  overdue: z.number().int(),
  overdue1to30: z.number().int(),
  overdue31to90: z.number().int(),
  longStanding: z.number().int(),
  listed: z.number().int(),
  major: z.number().int(),
  general: z.number().int(),
  openMajor: z.number().int(),
  openGeneral: z.number().int(),
  stock: z.number().int(),
  stockClosed: z.number().int(),
  stockOpen: z.number().int(),
  selfFound: z.number().int(),
  incrementYearToDate: z.number().int(),
  stockClearanceRate: z.number().nullable(),
  rectificationRate: z.number().nullable(),
  overdueShare: z.number().nullable(),
  selfFoundShare: z.number().nullable(),
  medianDaysToClose: z.number().nullable(),
  p90DaysToClose: z.number().nullable(),
});
export type Figures = z.infer<typeof figures>;

/** `GET /api/hazards` query strings listing the hazards behind a figure (the list shows current status). */
export const figureLinks = z.object({
  open: z.string(),
  closed: z.string(),
  overdue: z.string(),
  overdue1to30: z.string(),
  overdue31to90: z.string(),
  longStanding: z.string(),
  listed: z.string(),
  major: z.string(),
  openMajor: z.string(),
  openGeneral: z.string(),
  stock: z.string(),
  stockOpen: z.string(),
  stockClosed: z.string(),
  selfFound: z.string(),
  all: z.string(),
});
export type FigureLinks = z.infer<typeof figureLinks>;

const regionRef = z.object({ code: z.string(), name: z.string() });

export const dashboardResponse = z.object({
  asOf: z.string(),
  /** True when D is today: figures come from the current hazard rows; otherwise from the timeline. */
  live: z.boolean(),
  /** The sectors the caller's department supervises (本部门监管行业); null when its scope covers every sector. */
  scopeSectors: z.array(z.string()).nullable(),
  region: regionRef.extend({ level: z.string() }),
  breadcrumb: z.array(regionRef),
  sector: z.string().nullable(),
  figures,
  links: figureLinks,
  ageing: z.array(z.object({ bucket: z.enum(ageingBuckets), label: z.string(), count: z.number().int() })),
  burnDown: z.object({
    targetDate: z.string(),
    points: z.array(z.object({ date: z.string(), open: z.number().int(), target: z.number().int() })),
  }),
  increment: z.object({
    months: z.array(z.object({ month: z.string(), count: z.number().int(), previousYear: z.number().int() })),
    year: z.number().int(),
    yearToDate: z.object({ current: z.number().int(), previous: z.number().int(), delta: z.number().int(), ratio: z.number().nullable() }),
  }),
  sources: z.array(z.object({ source: z.enum(hazardSources), label: z.string(), count: z.number().int(), link: z.string() })),
});
export type DashboardResponse = z.infer<typeof dashboardResponse>;

export const breakdownRow = z.object({ key: z.string(), name: z.string(), figures, links: figureLinks, hasChildren: z.boolean() });
export type BreakdownRow = z.infer<typeof breakdownRow>;
export const breakdownResponse = z.object({
  asOf: z.string(),
  by: z.enum(['region', 'sector', 'source', 'level', 'month', 'listingLevel']),
  region: regionRef.extend({ level: z.string() }),
  breadcrumb: z.array(regionRef),
  rows: z.array(breakdownRow),
});

const rankedMetric = z.object({
  value: z.number().nullable(),
  rank: z.number().int().nullable(),
  previousValue: z.number().nullable(),
  previousRank: z.number().int().nullable(),
  valueDelta: z.number().nullable(),
  rankDelta: z.number().int().nullable(),
});
export const rankingMetrics = ['rectificationRate', 'overdueShare', 'longStanding', 'selfFoundShare'] as const;
export type RankingMetric = (typeof rankingMetrics)[number];
export const rankingResponse = z.object({
  asOf: z.string(),
  previousAsOf: z.string(),
  /** Rows with fewer hazards than this are listed but not ranked (RANKING_MIN_SAMPLE). */
  minSample: z.number().int(),
  region: regionRef.extend({ level: z.string() }),
  breadcrumb: z.array(regionRef),
  rows: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      hasChildren: z.boolean(),
      /** False when the row's hazards are fewer than minSample: its rates are shown without a rank. */
      ranked: z.boolean(),
      total: z.number().int(),
      open: z.number().int(),
      overdue: z.number().int(),
      link: z.string(),
      rectificationRate: rankedMetric,
      overdueShare: rankedMetric,
      longStanding: rankedMetric,
      selfFoundShare: rankedMetric,
    }),
  ),
});
export type RankingResponse = z.infer<typeof rankingResponse>;

// ---- Department ranking and slow progress (issue 4, second slice) ----

export const departmentRankingQuery = rankingQuery;
export const departmentRankingResponse = z.object({
  asOf: z.string(),
  previousAsOf: z.string(),
  minSample: z.number().int(),
  region: regionRef.extend({ level: z.string() }),
  breadcrumb: z.array(regionRef),
  rows: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      regionCode: z.string(),
      regionName: z.string(),
      /** Departments are ranked among those of the same level only (市级部门, 县级部门 …). */
      level: z.enum(['province', 'city', 'county', 'township', 'village']),
      levelLabel: z.string(),
      ranked: z.boolean(),
      sectors: z.array(z.string()),
      total: z.number().int(),
      open: z.number().int(),
      overdue: z.number().int(),
      /** Hazard list of the department (its region and sectors); the list's sector filter takes several. */
      link: z.string(),
      rectificationRate: rankedMetric,
      overdueShare: rankedMetric,
      longStanding: rankedMetric,
      selfFoundShare: rankedMetric,
    }),
  ),
});
export type DepartmentRankingResponse = z.infer<typeof departmentRankingResponse>;

export const slowProgressQuery = rankingQuery.extend({
  /** Overrides the configured threshold for this request: overdue share 0..1. */
  overdueShare: z.coerce.number().min(SLOW_PROGRESS_BOUNDS.overdueShare.min, '应在 0 到 1 之间').max(SLOW_PROGRESS_BOUNDS.overdueShare.max, '应在 0 到 1 之间').optional(),
  /** Overrides the configured threshold for this request: long-standing count. */
  longStanding: queryInt().min(SLOW_PROGRESS_BOUNDS.longStanding.min, '至少为 1').max(SLOW_PROGRESS_BOUNDS.longStanding.max).optional(),
});

const escalationKindEnum = z.enum(['letter', 'circular', 'interview', 'exposure']);
const recordedEscalation = z.object({ id: z.uuid(), kind: escalationKindEnum, docNo: z.string(), note: z.string(), orgName: z.string().nullable(), createdAt: z.string() });
export const slowProgressSubjectKinds = ['region', 'department', 'enterprise'] as const;
export const slowProgressItem = z.object({
  subjectKind: z.enum(slowProgressSubjectKinds),
  /** Region code, org id or enterprise id: what POST /api/escalations takes as regionCode / departmentId / enterpriseId. */
  subjectId: z.string(),
  name: z.string(),
  regionName: z.string().nullable(),
  open: z.number().int(),
  overdue: z.number().int(),
  overdueShare: z.number().nullable(),
  longStanding: z.number().int(),
  crossed: z.array(z.enum(['overdueShare', 'longStanding'])),
  /** Month ends D, end of last month, …: whether the subject crossed then (as recomputed from the timeline). */
  history: z.array(z.object({ asOf: z.string(), crossed: z.boolean(), overdueShare: z.number().nullable(), longStanding: z.number().int() })),
  consecutiveMonths: z.number().int(),
  /** Escalations already recorded against the subject during the current streak, newest first. */
  recorded: z.array(recordedEscalation),
  suggestion: z.object({ kind: escalationKindEnum, label: z.string(), reason: z.string() }),
  link: z.string().nullable(),
});
export type SlowProgressItem = z.infer<typeof slowProgressItem>;
export const slowProgressResponse = z.object({
  asOf: z.string(),
  region: regionRef.extend({ level: z.string() }),
  breadcrumb: z.array(regionRef),
  thresholds: z.object({ overdueShare: z.number(), longStanding: z.number().int() }),
  defaults: z.object({ overdueShare: z.number(), longStanding: z.number().int() }),
  regions: z.array(slowProgressItem),
  departments: z.array(slowProgressItem),
  enterprises: z.array(slowProgressItem),
});
export type SlowProgressResponse = z.infer<typeof slowProgressResponse>;
