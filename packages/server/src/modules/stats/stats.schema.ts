import { z } from 'zod';
import { ageingBuckets } from '@zhiben/core';
import { regionCode12 } from '../../lib/schemas.ts';
import { hazardSources } from '../hazards/hazards.schema.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '应为 yyyy-mm-dd 格式的日期')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), '不是有效日期');

export const dashboardQuery = z.object({
  asOf: isoDate.optional(),
  regionCode: regionCode12.optional(),
  sector: z.string().trim().min(1).max(40).optional(),
});
export const breakdownQuery = dashboardQuery.extend({ by: z.enum(['region', 'sector', 'source']) });
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
  longStanding: z.string(),
  listed: z.string(),
  openMajor: z.string(),
  stockOpen: z.string(),
  selfFound: z.string(),
  all: z.string(),
});
export type FigureLinks = z.infer<typeof figureLinks>;

const regionRef = z.object({ code: z.string(), name: z.string() });

export const dashboardResponse = z.object({
  asOf: z.string(),
  /** True when D is today: figures come from the current hazard rows; otherwise from the timeline. */
  live: z.boolean(),
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
  by: z.enum(['region', 'sector', 'source']),
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
  region: regionRef.extend({ level: z.string() }),
  breadcrumb: z.array(regionRef),
  rows: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      hasChildren: z.boolean(),
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
