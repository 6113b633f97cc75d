import {
  ageingBucketLabels,
  BURN_DOWN_START,
  burnDownTarget,
  childLevel,
  lastMonths,
  monthEndsUntil,
  openHazardStatuses,
  parentRegionCode,
  previousMonthEnd,
  rankWithChange,
  rate,
  regionLevel,
  regionPrefix,
  STOCK_CUTOFF,
  STOCK_TARGET_DATE,
  yearOnYear,
  type RankDirection,
  type Scope,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { hazardSourceLabels, hazardSources } from '../hazards/hazards.schema.ts';
import * as repo from './stats.repository.ts';
import type { BreakdownRow, DashboardResponse, FigureLinks, Figures, RankingMetric, RankingResponse } from './stats.schema.ts';

type RegionScope = Extract<Scope, { kind: 'region' }>;
export type StatsRequest = { asOf: string; today: string; regionCode?: string | undefined; sector?: string | undefined };

const PREFIX_LENGTH: Record<string, number> = { province: 2, city: 4, county: 6, township: 9, village: 12 };

/**
 * The drill-down base: the requested region when it lies within the scope, the scope's own region when the
 * request is above it (an officer cannot zoom out of its scope), 404 when the two are disjoint.
 */
async function resolveRegion(db: Db, scope: RegionScope, requested: string | undefined) {
  const scopeCode = scope.regionPrefix.padEnd(12, '0');
  let code = requested ?? scopeCode;
  const prefix = regionPrefix(code);
  if (!prefix.startsWith(scope.regionPrefix)) {
    if (scope.regionPrefix.startsWith(prefix)) code = scopeCode;
    else throw AppError('NOT_FOUND');
  }
  // Breadcrumb: the scope's region down to the base, one level at a time.
  const chain: string[] = [code];
  for (let cursor = code; regionPrefix(cursor).length > scope.regionPrefix.length; ) {
    const parent = parentRegionCode(cursor);
    if (parent === null) break;
    chain.unshift(parent);
    cursor = parent;
  }
  const names = await repo.regionNames(db, chain);
  const base = names.get(code);
  if (!base) throw AppError('NOT_FOUND');
  return {
    code,
    prefix: regionPrefix(code),
    region: { code, name: base.name, level: regionLevel(code) as string },
    breadcrumb: chain.filter((c) => names.has(c)).map((c) => ({ code: c, name: names.get(c)?.name ?? c })),
  };
}

function toFigures(raw: repo.RawFigures): Figures {
  const counted = raw.total;
  return {
    total: counted,
    open: raw.open,
    closed: raw.closed,
    overdue: raw.overdue,
    overdue1to30: raw.overdue_1_30,
    overdue31to90: raw.overdue_31_90,
    longStanding: raw.long_standing,
    listed: raw.listed,
    major: raw.major,
    general: counted - raw.major,
    openMajor: raw.open_major,
    openGeneral: raw.open - raw.open_major,
    stock: raw.stock,
    stockClosed: raw.stock_closed,
    stockOpen: raw.stock - raw.stock_closed,
    selfFound: raw.self_found,
    incrementYearToDate: raw.increment_ytd,
    // §5: stock clearance = closed stock / (stock − dismissed − merged); `stock` already excludes both.
    stockClearanceRate: rate(raw.stock_closed, raw.stock),
    rectificationRate: rate(raw.closed, counted),
    overdueShare: rate(raw.overdue, raw.open),
    selfFoundShare: rate(raw.self_found, counted),
    medianDaysToClose: raw.median_days === null ? null : Number(raw.median_days),
    p90DaysToClose: raw.p90_days === null ? null : Number(raw.p90_days),
  };
}

const emptyRaw: repo.RawFigures = {
  key: null, total: 0, open: 0, closed: 0, overdue: 0, overdue_1_30: 0, overdue_31_90: 0, long_standing: 0, listed: 0,
  major: 0, open_major: 0, stock: 0, stock_closed: 0, self_found: 0, increment_ytd: 0, median_days: null, p90_days: null,
};

const OPEN = openHazardStatuses.join(',');

/** Query strings for GET /api/hazards; the list filters on current status, so for a past D they show today's view. */
export function linksFor(base: Record<string, string>): FigureLinks {
  const q = (extra: Record<string, string>) => new URLSearchParams({ ...base, ...extra }).toString();
  return {
    all: q({}),
    open: q({ status: OPEN }),
    closed: q({ status: 'closed' }),
    overdue: q({ status: OPEN, overdue: 'true' }),
    // The list has no ageing filter yet: long-standing links to all overdue hazards of the group.
    longStanding: q({ status: OPEN, overdue: 'true' }),
    listed: q({ status: OPEN, listed: 'true' }),
    openMajor: q({ status: OPEN, level: 'major' }),
    stockOpen: q({ status: OPEN, period: 'stock' }),
    selfFound: q({ source: 'self_inspection' }),
  };
}

const baseParams = (regionCode: string, sector: string | null | undefined): Record<string, string> =>
  sector ? { regionCode, sector } : { regionCode };

export async function dashboard(db: Db, scope: RegionScope, request: StatsRequest): Promise<DashboardResponse> {
  const { asOf } = request;
  const live = asOf >= request.today;
  const region = await resolveRegion(db, scope, request.regionCode);
  const filter: repo.StatsFilter = { regionPrefix: region.prefix, sector: request.sector ?? null };

  const months = lastMonths(asOf, 24);
  const firstMonth = months[0] ?? asOf.slice(0, 7);
  const previousYearFirst = `${Number(firstMonth.slice(0, 4)) - 1}${firstMonth.slice(4)}`;
  const year = Number(asOf.slice(0, 4));
  const sameDayLastYear = `${year - 1}${asOf.slice(4)}` === `${year - 1}-02-29` ? `${year - 1}-02-28` : `${year - 1}${asOf.slice(4)}`;

  const [grouped, found, endings, previousYtd] = await Promise.all([
    repo.figuresBy(db, scope, filter, asOf, live, { kind: 'total_and_source' }),
    repo.foundByMonth(db, scope, filter, asOf, live, previousYearFirst),
    repo.stockEndings(db, scope, filter),
    // Year on year compares like with like: 1 Jan – D now against 1 Jan – same day last year, as it stood then.
    repo.foundBetween(db, scope, filter, `${year - 1}-01-01`, sameDayLastYear, false),
  ]);
  const totals = grouped.find((r) => r.key === null);
  const bySource = grouped.filter((r) => r.key !== null);
  const figures = toFigures(totals ?? emptyRaw);
  const links = linksFor(baseParams(region.code, filter.sector));

  // Burn-down of the stock: open at each month end = stock − those ended on or before it (terminal states).
  const stockTotal = endings.reduce((n, r) => n + r.count, 0);
  const endedBy = (date: string) => endings.reduce((n, r) => (r.ended_on !== null && r.ended_on <= date ? n + r.count : n), 0);
  const dates = [STOCK_CUTOFF, ...monthEndsUntil(BURN_DOWN_START, asOf)];
  const startOpen = stockTotal - endedBy(STOCK_CUTOFF);
  const points = dates.map((date) => ({ date, open: stockTotal - endedBy(date), target: burnDownTarget(startOpen, STOCK_CUTOFF, date) }));

  const foundByMonth = new Map(found.map((r) => [r.month, r.count]));
  const monthMinusYear = (m: string) => `${Number(m.slice(0, 4)) - 1}${m.slice(4)}`;

  return {
    asOf,
    live,
    region: region.region,
    breadcrumb: region.breadcrumb,
    sector: filter.sector,
    figures,
    links,
    ageing: [
      { bucket: 'd1_30', label: ageingBucketLabels.d1_30, count: figures.overdue1to30 },
      { bucket: 'd31_90', label: ageingBucketLabels.d31_90, count: figures.overdue31to90 },
      { bucket: 'over90', label: ageingBucketLabels.over90, count: figures.longStanding },
    ],
    burnDown: { targetDate: STOCK_TARGET_DATE, points },
    increment: {
      months: months.map((month) => ({ month, count: foundByMonth.get(month) ?? 0, previousYear: foundByMonth.get(monthMinusYear(month)) ?? 0 })),
      year,
      yearToDate: yearOnYear(figures.incrementYearToDate, previousYtd),
    },
    sources: hazardSources.map((source) => ({
      source,
      label: hazardSourceLabels[source],
      count: bySource.find((r) => r.key === source)?.total ?? 0,
      link: new URLSearchParams({ ...baseParams(region.code, filter.sector), source }).toString(),
    })),
  };
}

async function regionRows(db: Db, scope: RegionScope, regionCode: string, filter: repo.StatsFilter, asOf: string, live: boolean) {
  const level = childLevel(regionLevel(regionCode));
  if (level === null || level === 'village') return [];
  const [children, raw] = await Promise.all([
    repo.childRegions(db, regionCode),
    repo.figuresBy(db, scope, filter, asOf, live, { kind: 'region', childPrefixLength: PREFIX_LENGTH[level] ?? 12 }),
  ]);
  const byKey = new Map(raw.map((r) => [r.key, r]));
  return children.map((child) => ({ code: child.code, name: child.name, hasChildren: child.has_children, raw: byKey.get(child.code) ?? emptyRaw }));
}

export async function breakdown(db: Db, scope: RegionScope, request: StatsRequest & { by: 'region' | 'sector' | 'source' }) {
  const { asOf } = request;
  const live = asOf >= request.today;
  const region = await resolveRegion(db, scope, request.regionCode);
  const filter: repo.StatsFilter = { regionPrefix: region.prefix, sector: request.sector ?? null };
  const base = baseParams(region.code, filter.sector);
  let rows: BreakdownRow[];
  switch (request.by) {
    case 'region': {
      const children = await regionRows(db, scope, region.code, filter, asOf, live);
      rows = children.map((c) => ({ key: c.code, name: c.name, hasChildren: c.hasChildren, figures: toFigures(c.raw), links: linksFor(baseParams(c.code, filter.sector)) }));
      break;
    }
    case 'sector': {
      const [raw, names] = await Promise.all([repo.figuresBy(db, scope, filter, asOf, live, { kind: 'sector' }), repo.sectorNames(db)]);
      const nameOf = new Map(names.map((s) => [s.code, s.name]));
      rows = raw
        .filter((r) => r.key !== null)
        .map((r) => ({ key: r.key ?? '', name: nameOf.get(r.key ?? '') ?? r.key ?? '', hasChildren: false, figures: toFigures(r), links: linksFor({ ...base, sector: r.key ?? '' }) }))
        .sort((a, b) => b.figures.total - a.figures.total);
      break;
    }
    case 'source': {
      const raw = await repo.figuresBy(db, scope, filter, asOf, live, { kind: 'source' });
      rows = hazardSources.map((source) => {
        const r = raw.find((x) => x.key === source) ?? emptyRaw;
        return { key: source, name: hazardSourceLabels[source], hasChildren: false, figures: toFigures(r), links: linksFor({ ...base, source }) };
      });
      break;
    }
  }
  return { asOf, by: request.by, region: region.region, breadcrumb: region.breadcrumb, rows };
}

const directions: Record<RankingMetric, RankDirection> = {
  rectificationRate: 'higher_better',
  overdueShare: 'lower_better',
  longStanding: 'lower_better',
  selfFoundShare: 'higher_better',
};

const metricValue = (metric: RankingMetric, f: Figures): number | null => {
  switch (metric) {
    case 'rectificationRate':
      return f.rectificationRate;
    case 'overdueShare':
      return f.overdueShare;
    case 'longStanding':
      return f.longStanding;
    case 'selfFoundShare':
      return f.selfFoundShare;
  }
};

/** Child regions ranked by the §5 rates now and as of the last day of the previous month (量化排名/晾晒). */
export async function ranking(db: Db, scope: RegionScope, request: StatsRequest): Promise<RankingResponse> {
  const { asOf } = request;
  const previousAsOf = previousMonthEnd(asOf);
  const region = await resolveRegion(db, scope, request.regionCode);
  const filter: repo.StatsFilter = { regionPrefix: region.prefix, sector: null };
  const [now, before] = await Promise.all([
    regionRows(db, scope, region.code, filter, asOf, asOf >= request.today),
    regionRows(db, scope, region.code, filter, previousAsOf, previousAsOf >= request.today),
  ]);
  const nowFigures = now.map((r) => ({ ...r, figures: toFigures(r.raw) }));
  const beforeFigures = before.map((r) => ({ key: r.code, figures: toFigures(r.raw) }));
  const ranked = (metric: RankingMetric) =>
    rankWithChange(
      nowFigures.map((r) => ({ key: r.code, value: metricValue(metric, r.figures) })),
      beforeFigures.map((r) => ({ key: r.key, value: metricValue(metric, r.figures) })),
      directions[metric],
    );
  const [rect, overdue, longStanding, selfFound] = [ranked('rectificationRate'), ranked('overdueShare'), ranked('longStanding'), ranked('selfFoundShare')];
  const strip = (e: ReturnType<typeof ranked>[number] | undefined) => ({
    value: e?.value ?? null,
    rank: e?.rank ?? null,
    previousValue: e?.previousValue ?? null,
    previousRank: e?.previousRank ?? null,
    valueDelta: e?.valueDelta ?? null,
    rankDelta: e?.rankDelta ?? null,
  });
  return {
    asOf,
    previousAsOf,
    region: region.region,
    breadcrumb: region.breadcrumb,
    rows: nowFigures.map((r, i) => ({
      code: r.code,
      name: r.name,
      hasChildren: r.hasChildren,
      total: r.figures.total,
      open: r.figures.open,
      overdue: r.figures.overdue,
      link: new URLSearchParams({ regionCode: r.code }).toString(),
      rectificationRate: strip(rect[i]),
      overdueShare: strip(overdue[i]),
      longStanding: strip(longStanding[i]),
      selfFoundShare: strip(selfFound[i]),
    })),
  };
}

export const defaultAsOf = (today: string, asOf: string | undefined): string => (asOf === undefined || asOf > today ? today : asOf);
