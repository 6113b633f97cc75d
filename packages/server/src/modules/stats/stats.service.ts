import {
  ageingBucketLabels,
  BURN_DOWN_START,
  burnDownTarget,
  childLevel,
  lastMonths,
  monthEnd,
  monthEndsUntil,
  openHazardStatuses,
  parentRegionCode,
  previousMonthEnd,
  rankWithChange,
  rankWithinGroups,
  regionLevelLabels,
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
import {
  consecutiveMonths,
  crossedThresholds,
  escalationKindLabels,
  hazardLevelLabels,
  hazardLevels,
  hazardStatuses,
  intersectScopes,
  listingLevelLabels,
  listingLevels,
  orgScope,
  SLOW_PROGRESS_LOOKBACK_MONTHS,
  suggestEscalation,
  type EscalationKind,
  type RankedEntry,
  type SlowProgressThresholds,
} from '@zhiben/core';
import type { DepartmentRankingResponse, SlowProgressItem, SlowProgressResponse } from './stats.schema.ts';
import * as repo from './stats.repository.ts';
import { recordedEscalations } from '../escalations/escalations.service.ts';
import type { SubjectRefs } from '../escalations/escalations.repository.ts';
import type { BreakdownRow, DashboardResponse, FigureLinks, Figures, RankingMetric, RankingResponse } from './stats.schema.ts';

type RegionScope = Extract<Scope, { kind: 'region' }>;
export type StatsRequest = { asOf: string; today: string; regionCode?: string | undefined; sector?: string | undefined };
/** A ranking request: rows with fewer hazards than minSample are listed, not ranked. */
export type RankingRequest = StatsRequest & { minSample: number };

const PREFIX_LENGTH: Record<string, number> = { province: 2, city: 4, county: 6, township: 9, village: 12 };

/**
 * The drill-down base: the requested region when it lies within the scope, the scope's own region when the
 * request is above it (an officer cannot zoom out of its scope), 404 when the two are disjoint.
 */
export async function resolveRegion(db: Db, scope: RegionScope, requested: string | undefined) {
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

const emptyRaw: repo.RawFigures = repo.emptyRawFigures(null);

const OPEN = openHazardStatuses.join(',');
/** Statuses that count (§5: dismissed and merged never do). */
const COUNTED = hazardStatuses.filter((s) => s !== 'dismissed' && s !== 'merged').join(',');

/**
 * Query strings for GET /api/hazards listing exactly the hazards behind each figure as of today (the
 * integration test checks every link's total against its figure). The list filters on current status, so for a
 * past D they show today's view.
 */
export function linksFor(base: Record<string, string>): FigureLinks {
  const q = (extra: Record<string, string>) => new URLSearchParams({ ...base, ...extra }).toString();
  return {
    all: q({ status: COUNTED }),
    open: q({ status: OPEN }),
    closed: q({ status: 'closed' }),
    overdue: q({ status: OPEN, overdue: 'true' }),
    overdue1to30: q({ status: OPEN, ageing: 'd1_30' }),
    overdue31to90: q({ status: OPEN, ageing: 'd31_90' }),
    longStanding: q({ status: OPEN, longStanding: 'true' }),
    listed: q({ status: OPEN, listed: 'true' }),
    major: q({ status: COUNTED, level: 'major' }),
    openMajor: q({ status: OPEN, level: 'major' }),
    openGeneral: q({ status: OPEN, level: 'general' }),
    stock: q({ status: COUNTED, period: 'stock' }),
    stockOpen: q({ status: OPEN, period: 'stock' }),
    stockClosed: q({ status: 'closed', period: 'stock' }),
    selfFound: q({ status: COUNTED, selfFound: 'true' }),
  };
}

const baseParams = (regionCode: string, sector: string | null | undefined): Record<string, string> =>
  sector ? { regionCode, sector } : { regionCode };

/**
 * The §5 figures of one region as of D, without the dashboard's charts: what a task's live indicator (Module B,
 * modules/tasks/indicator-sources.ts) and a return's pre-filled figures read. Same path as the dashboard's totals.
 */
export async function regionFigures(db: Db, scope: RegionScope, request: StatsRequest): Promise<Figures> {
  const region = await resolveRegion(db, scope, request.regionCode);
  const [raw] = await repo.figuresBy(db, scope, { regionPrefix: region.prefix, sector: request.sector ?? null }, request.asOf, request.asOf >= request.today, { kind: 'none' }, 'cubes', 'noQuantiles');
  return toFigures(raw ?? emptyRaw);
}

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

  // Year on year compares like with like: 1 Jan – D against 1 Jan – the same day last year, both counted as they
  // stand at D (a hazard dismissed since is out of both), as the monthly chart counts both years. Last year's whole
  // months are in the chart's counts already; only the days of its last month are read.
  const lastYearMonth = sameDayLastYear.slice(0, 7);
  const [current, endings, lastYearDays] = await Promise.all([
    repo.dashboardFigures(db, scope, filter, asOf, live, previousYearFirst),
    repo.stockEndings(db, scope, filter),
    repo.foundBetween(db, scope, filter, `${lastYearMonth}-01`, sameDayLastYear, asOf, live),
  ]);
  const previousYtd = current.byMonth.reduce((n, r) => (r.month >= `${year - 1}-01` && r.month < lastYearMonth ? n + r.count : n), lastYearDays);
  const figures = toFigures(current.totals);
  const links = linksFor(baseParams(region.code, filter.sector));

  // Burn-down of the stock: open at each month end = stock − those ended on or before it (terminal states).
  const stockTotal = endings.reduce((n, r) => n + r.count, 0);
  const endedBy = (date: string) => endings.reduce((n, r) => (r.ended_on !== null && r.ended_on <= date ? n + r.count : n), 0);
  const dates = [STOCK_CUTOFF, ...monthEndsUntil(BURN_DOWN_START, asOf)];
  const startOpen = stockTotal - endedBy(STOCK_CUTOFF);
  const points = dates.map((date) => ({ date, open: stockTotal - endedBy(date), target: burnDownTarget(startOpen, STOCK_CUTOFF, date) }));

  const foundByMonth = new Map(current.byMonth.map((r) => [r.month, r.count]));
  const monthMinusYear = (m: string) => `${Number(m.slice(0, 4)) - 1}${m.slice(4)}`;

  return {
    asOf,
    live,
    scopeSectors: scope.sectors === null ? null : [...scope.sectors],
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
      count: current.bySource.get(source) ?? 0,
      link: linksFor({ ...baseParams(region.code, filter.sector), source }).all,
    })),
  };
}

/**
 * The sub-regions' figures: all; what rankings compare ('rates': no median, p90, stock or increment); or only what
 * 进展缓慢 compares ('open': the other counts 0).
 */
async function regionRows(db: Db, scope: RegionScope, regionCode: string, filter: repo.StatsFilter, asOf: string, live: boolean, parts: repo.FigureParts = 'all') {
  const level = childLevel(regionLevel(regionCode));
  if (level === null || level === 'village') return [];
  const groupBy: repo.GroupBy = { kind: 'region', childPrefixLength: PREFIX_LENGTH[level] ?? 12 };
  const [children, raw] = await Promise.all([
    repo.childRegions(db, regionCode),
    parts === 'open'
      ? repo.openFiguresBy(db, scope, filter, asOf, live, groupBy).then((rows) => rows.map((r) => rawFromOpen(r, r.key)))
      : repo.figuresBy(db, scope, filter, asOf, live, groupBy, 'cubes', parts),
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

/** One metric's cell of a ranking row: value and rank now and last month, and their changes (null when unranked). */
const rankCell = (e: RankedEntry | undefined) => ({
  value: e?.value ?? null,
  rank: e?.rank ?? null,
  previousValue: e?.previousValue ?? null,
  previousRank: e?.previousRank ?? null,
  valueDelta: e?.valueDelta ?? null,
  rankDelta: e?.rankDelta ?? null,
});

/** Child regions ranked by the §5 rates now and as of the last day of the previous month (量化排名/晾晒). */
export async function ranking(db: Db, scope: RegionScope, request: RankingRequest): Promise<RankingResponse> {
  const { asOf } = request;
  const previousAsOf = previousMonthEnd(asOf);
  const region = await resolveRegion(db, scope, request.regionCode);
  const filter: repo.StatsFilter = { regionPrefix: region.prefix, sector: null };
  const [now, before] = await Promise.all([
    regionRows(db, scope, region.code, filter, asOf, asOf >= request.today, 'rates'),
    regionRows(db, scope, region.code, filter, previousAsOf, previousAsOf >= request.today, 'rates'),
  ]);
  const nowFigures = now.map((r) => ({ ...r, figures: toFigures(r.raw) }));
  const beforeFigures = before.map((r) => ({ key: r.code, figures: toFigures(r.raw) }));
  const ranked = (metric: RankingMetric) =>
    rankWithChange(
      nowFigures.map((r) => ({ key: r.code, value: metricValue(metric, r.figures), sample: r.figures.total })),
      beforeFigures.map((r) => ({ key: r.key, value: metricValue(metric, r.figures), sample: r.figures.total })),
      directions[metric],
      request.minSample,
    );
  const [rect, overdue, longStanding, selfFound] = [ranked('rectificationRate'), ranked('overdueShare'), ranked('longStanding'), ranked('selfFoundShare')];
  return {
    asOf,
    previousAsOf,
    minSample: request.minSample,
    region: region.region,
    breadcrumb: region.breadcrumb,
    rows: nowFigures.map((r, i) => ({
      code: r.code,
      name: r.name,
      hasChildren: r.hasChildren,
      ranked: r.figures.total >= request.minSample,
      total: r.figures.total,
      open: r.figures.open,
      overdue: r.figures.overdue,
      link: linksFor({ regionCode: r.code }).all,
      rectificationRate: rankCell(rect[i]),
      overdueShare: rankCell(overdue[i]),
      longStanding: rankCell(longStanding[i]),
      selfFoundShare: rankCell(selfFound[i]),
    })),
  };
}

export const defaultAsOf = (today: string, asOf: string | undefined): string => (asOf === undefined || asOf > today ? today : asOf);

// ---- Breakdowns by level / month / listing level, department ranking, slow progress (issue 4, second slice) ----

/** Breakdown by level (重大/一般), found month (yyyy-mm, oldest first) or 挂牌督办 level (national → township). */
export async function breakdownByAttribute(db: Db, scope: RegionScope, request: StatsRequest & { by: 'level' | 'month' | 'listingLevel' }) {
  const { asOf } = request;
  const live = asOf >= request.today;
  const region = await resolveRegion(db, scope, request.regionCode);
  const filter: repo.StatsFilter = { regionPrefix: region.prefix, sector: request.sector ?? null };
  const base = baseParams(region.code, filter.sector);
  let rows: BreakdownRow[];
  switch (request.by) {
    case 'level': {
      const raw = await repo.figuresByAttribute(db, scope, filter, asOf, live, 'level');
      rows = hazardLevels.map((level) => ({
        key: level,
        name: hazardLevelLabels[level],
        hasChildren: false,
        figures: toFigures(raw.find((r) => r.key === level) ?? emptyRaw),
        links: linksFor({ ...base, level }),
      }));
      break;
    }
    case 'month': {
      const raw = await repo.figuresByAttribute(db, scope, filter, asOf, live, 'month');
      rows = raw
        .filter((r) => r.key !== null)
        .map((r) => {
          const month = r.key ?? '';
          return { key: month, name: month, hasChildren: false, figures: toFigures(r), links: linksFor({ ...base, foundFrom: `${month}-01`, foundTo: monthEnd(month) }) };
        });
      break;
    }
    case 'listingLevel': {
      const raw = await repo.figuresByAttribute(db, scope, filter, asOf, live, 'listing_level');
      rows = listingLevels.map((level) => ({
        key: level,
        name: listingLevelLabels[level],
        hasChildren: false,
        figures: toFigures(raw.find((r) => r.key === level) ?? emptyRaw),
        links: linksFor({ ...base, listingLevel: level }),
      }));
      break;
    }
  }
  return { asOf, by: request.by, region: region.region, breadcrumb: region.breadcrumb, rows };
}

/**
 * A department's hazards as the caller sees them: the scope an officer of that org would have (the scope
 * registry's orgScope) intersected with the caller's scope.
 */
function departmentScope(scope: RegionScope, department: repo.DepartmentRow): Scope {
  const own = orgScope({ id: department.id, kind: 'regulator', regionCode: department.region_code, sectors: department.sectors });
  return intersectScopes(scope, own);
}

/** The departments as scopes read together, keyed by org id. */
const departmentSubjects = (scope: RegionScope, departments: readonly repo.DepartmentRow[]) => departments.map((d) => ({ key: d.id, scope: departmentScope(scope, d) }));

/** Each department's figures as of D (departmentScope), all departments in one read per cube. */
async function departmentsFigures(db: Db, scope: RegionScope, departments: readonly repo.DepartmentRow[], asOf: string, today: string): Promise<Figures[]> {
  const byId = await repo.figuresByScope(db, departmentSubjects(scope, departments), asOf, asOf >= today);
  return departments.map((d) => toFigures(byId.get(d.id) ?? emptyRaw));
}

const departmentLink = (department: repo.DepartmentRow): string =>
  linksFor({ regionCode: department.region_code, sector: department.sectors.join(',') }).all;

/** 部门排名: regulator orgs in the scope ranked by the §5 rates now and as of the end of last month. */
export async function departmentRanking(db: Db, scope: RegionScope, request: RankingRequest): Promise<DepartmentRankingResponse> {
  const { asOf } = request;
  const previousAsOf = previousMonthEnd(asOf);
  const region = await resolveRegion(db, scope, request.regionCode);
  const departments = await repo.departmentsInScope(db, scope, region.prefix);
  const [now, before] = await Promise.all([
    departmentsFigures(db, scope, departments, asOf, request.today),
    departmentsFigures(db, scope, departments, previousAsOf, request.today),
  ]);
  // Like with like: departments of one level (city, county …) are ranked among themselves.
  const ranked = (metric: RankingMetric) =>
    rankWithinGroups(
      departments.map((d, i) => {
        const f = now[i] ?? toFigures(emptyRaw);
        return { key: d.id, value: metricValue(metric, f), sample: f.total, group: regionLevel(d.region_code) };
      }),
      departments.map((d, i) => {
        const f = before[i] ?? toFigures(emptyRaw);
        return { key: d.id, value: metricValue(metric, f), sample: f.total };
      }),
      directions[metric],
      request.minSample,
    );
  const byMetric = { rectificationRate: ranked('rectificationRate'), overdueShare: ranked('overdueShare'), longStanding: ranked('longStanding'), selfFoundShare: ranked('selfFoundShare') };
  return {
    asOf,
    previousAsOf,
    minSample: request.minSample,
    region: region.region,
    breadcrumb: region.breadcrumb,
    rows: departments.map((d, i) => {
      const f = now[i] ?? toFigures(emptyRaw);
      const level = regionLevel(d.region_code);
      return {
        id: d.id,
        name: d.name,
        regionCode: d.region_code,
        regionName: d.region_name,
        level,
        levelLabel: `${regionLevelLabels[level]}部门`,
        ranked: f.total >= request.minSample,
        sectors: d.sectors,
        total: f.total,
        open: f.open,
        overdue: f.overdue,
        link: departmentLink(d),
        rectificationRate: rankCell(byMetric.rectificationRate[i]),
        overdueShare: rankCell(byMetric.overdueShare[i]),
        longStanding: rankCell(byMetric.longStanding[i]),
        selfFoundShare: rankCell(byMetric.selfFoundShare[i]),
      };
    }),
  };
}

/** Raw figures from what 进展缓慢 reads (open, overdue, long-standing; none read: zeros), every other count 0. */
const rawFromOpen = (open: repo.OpenFigures | undefined, key: string): repo.RawFigures => ({ ...emptyRaw, ...open, key });
/** The overdue share and long-standing count 进展缓慢 compares. */
const fromOpen = (open: repo.OpenFigures | undefined, key: string): Figures => toFigures(rawFromOpen(open, key));

/** The month ends 进展缓慢 looks at: D, then the end of each previous month (newest first). */
export function slowProgressDates(asOf: string): string[] {
  const dates = [asOf];
  while (dates.length < SLOW_PROGRESS_LOOKBACK_MONTHS) dates.push(previousMonthEnd(dates[dates.length - 1] ?? asOf));
  return dates;
}

type Candidate = { subjectKind: 'region' | 'department' | 'enterprise'; subjectId: string; name: string; regionName: string | null; link: string | null; history: Figures[] };
export type RecordedEscalation = { id: string; kind: EscalationKind; docNo: string; note: string; orgName: string | null; createdAt: string; subjectKind: string; subjectId: string };
/** Thresholds as asked (each may be left out) and the deployment's defaults (config, else core's). */
export type SlowProgressRequest = StatsRequest & { thresholds: Partial<SlowProgressThresholds>; defaults: SlowProgressThresholds };

/**
 * 进展缓慢: sub-regions, departments and enterprises in scope whose overdue share or long-standing count crosses
 * the thresholds as of D, each with the months in a row it has crossed (month ends recomputed as of each date)
 * and the escalation to suggest given what was already recorded during that streak. Only subjects crossing at D
 * get their history computed; escalations already recorded come from the escalations module.
 */
export async function slowProgress(
  db: Db,
  scope: RegionScope,
  request: SlowProgressRequest,
): Promise<SlowProgressResponse> {
  const { asOf, today, defaults } = request;
  const thresholds: SlowProgressThresholds = { overdueShare: request.thresholds.overdueShare ?? defaults.overdueShare, longStanding: request.thresholds.longStanding ?? defaults.longStanding };
  const recordedSince = (subjects: SubjectRefs, since: Date): Promise<RecordedEscalation[]> => recordedEscalations(db, scope, subjects, since);
  const region = await resolveRegion(db, scope, request.regionCode);
  const filter: repo.StatsFilter = { regionPrefix: region.prefix, sector: null };
  const dates = slowProgressDates(asOf);
  const [first, ...earlier] = dates;
  const crosses = (f: Figures) => crossedThresholds(f, thresholds).length > 0;

  // Sub-regions: one grouped read of the open cube per date.
  const regionNow = await regionRows(db, scope, region.code, filter, first ?? asOf, (first ?? asOf) >= today, 'open');
  const regionHits = regionNow.map((r) => ({ ...r, figures: toFigures(r.raw) })).filter((r) => crosses(r.figures));
  const regionHistory = regionHits.length === 0 ? [] : await Promise.all(earlier.map((d) => regionRows(db, scope, region.code, filter, d, d >= today, 'open')));
  const regions: Candidate[] = regionHits.map((r) => ({
    subjectKind: 'region',
    subjectId: r.code,
    name: r.name,
    regionName: null,
    link: linksFor({ regionCode: r.code }).open,
    history: [r.figures, ...regionHistory.map((rows) => toFigures(rows.find((x) => x.code === r.code)?.raw ?? emptyRaw))],
  }));

  // Departments: the department scope per org (orgScope ∩ caller), all in one read of the open cube per date;
  // history only for those crossing now.
  const departmentsOpen = async (departments: readonly repo.DepartmentRow[], date: string) => {
    const byId = await repo.openFiguresByScope(db, departmentSubjects(scope, departments), date, date >= today);
    return departments.map((d) => fromOpen(byId.get(d.id), d.id));
  };
  const allDepartments = await repo.departmentsInScope(db, scope, region.prefix);
  const departmentNow = await departmentsOpen(allDepartments, first ?? asOf);
  const departmentHits = allDepartments.map((d, i) => ({ d, figures: departmentNow[i] ?? toFigures(emptyRaw) })).filter((x) => crosses(x.figures));
  const hitDepartments = departmentHits.map((x) => x.d);
  const departmentHistory = hitDepartments.length === 0 ? [] : await Promise.all(earlier.map((date) => departmentsOpen(hitDepartments, date)));
  const departments: Candidate[] = departmentHits.map(({ d, figures }, i) => ({
    subjectKind: 'department',
    subjectId: d.id,
    name: d.name,
    regionName: d.region_name,
    link: linksFor({ regionCode: d.region_code, sector: d.sectors.join(',') }).open,
    history: [figures, ...departmentHistory.map((rows) => rows[i] ?? toFigures(emptyRaw))],
  }));

  // Enterprises: grouped by enterprise within the scope; history narrowed to those crossing now.
  const enterpriseNow = (await repo.openFiguresByEnterprise(db, scope, filter, first ?? asOf, (first ?? asOf) >= today))
    .map((r) => ({ id: r.key, figures: fromOpen(r, r.key) }))
    .filter((r) => crosses(r.figures));
  const ids = enterpriseNow.map((r) => r.id);
  // Earlier month ends (all before today): only what crossing depends on, all dates in one read.
  const [names, enterpriseHistory] = await Promise.all([repo.enterpriseNames(db, ids), repo.openFiguresByEnterpriseAsOf(db, scope, filter, earlier, ids)]);
  const historyByKey = new Map(enterpriseHistory.map((x) => [`${x.as_of} ${x.key}`, x]));
  const historyOf = (id: string, date: string) => fromOpen(historyByKey.get(`${date} ${id}`), id);
  const regionNames = await repo.regionNames(db, [...new Set([...names.values()].map((n) => n.regionCode))]);
  const enterprises: Candidate[] = enterpriseNow.map((r) => {
    const info = names.get(r.id);
    return {
      subjectKind: 'enterprise',
      subjectId: r.id,
      name: info?.name ?? r.id,
      regionName: info ? (regionNames.get(info.regionCode)?.name ?? null) : null,
      link: linksFor({ enterpriseId: r.id }).open,
      history: [r.figures, ...earlier.map((date) => historyOf(r.id, date))],
    };
  });

  // Escalations already recorded against the subjects since the oldest month end looked at.
  const oldest = dates[dates.length - 1] ?? asOf;
  const recorded = await recordedSince(
    { regions: regions.map((c) => c.subjectId), departments: departments.map((c) => c.subjectId), enterprises: enterprises.map((c) => c.subjectId) },
    new Date(endOfDayIso(previousMonthEnd(oldest))),
  );

  const present = (c: Candidate): SlowProgressItem => {
    const flags = c.history.map(crosses);
    const months = consecutiveMonths(flags);
    // The streak began after the month end before its first month: escalations since then count toward it.
    const streakStart = months < dates.length ? (dates[months] ?? asOf) : previousMonthEnd(oldest);
    const mine = recorded.filter((e) => e.subjectKind === c.subjectKind && e.subjectId === c.subjectId && e.createdAt >= endOfDayIso(streakStart));
    const kind = suggestEscalation(months, mine.map((e) => e.kind)) ?? 'letter';
    const current = c.history[0] ?? toFigures(emptyRaw);
    const reasons = crossedThresholds(current, thresholds).map((m) =>
      m === 'overdueShare' ? `逾期占比 ${((current.overdueShare ?? 0) * 100).toFixed(1)}% ≥ ${(thresholds.overdueShare * 100).toFixed(0)}%` : `长期未整改 ${current.longStanding} 条 ≥ ${thresholds.longStanding}`,
    );
    const streakText = months >= dates.length ? `已连续 ${months} 个月以上` : `连续 ${months} 个月`;
    const recordedText = mine.length > 0 ? `，本轮已${mine.map((e) => escalationKindLabels[e.kind]).join('、')}` : '';
    return {
      subjectKind: c.subjectKind,
      subjectId: c.subjectId,
      name: c.name,
      regionName: c.regionName,
      open: current.open,
      overdue: current.overdue,
      overdueShare: current.overdueShare,
      longStanding: current.longStanding,
      crossed: crossedThresholds(current, thresholds),
      history: c.history.map((f, i) => ({ asOf: dates[i] ?? asOf, crossed: flags[i] ?? false, overdueShare: f.overdueShare, longStanding: f.longStanding })),
      consecutiveMonths: months,
      recorded: mine.map(({ id, kind: k, docNo, note, orgName, createdAt }) => ({ id, kind: k, docNo, note, orgName, createdAt })),
      suggestion: { kind, label: escalationKindLabels[kind], reason: `${reasons.join('；')}（${streakText}${recordedText}）` },
      link: c.link,
    };
  };
  // Ties by name and id: the same order on every read (a page of enterprises must not reshuffle between reads).
  const worstFirst = (a: SlowProgressItem, b: SlowProgressItem) =>
    b.consecutiveMonths - a.consecutiveMonths || b.longStanding - a.longStanding || (b.overdueShare ?? 0) - (a.overdueShare ?? 0) ||
    a.name.localeCompare(b.name, 'zh-CN') || a.subjectId.localeCompare(b.subjectId);
  return {
    asOf,
    region: region.region,
    breadcrumb: region.breadcrumb,
    thresholds,
    defaults: request.defaults,
    regions: regions.map(present).sort(worstFirst),
    departments: departments.map(present).sort(worstFirst),
    enterprises: enterprises.map(present).sort(worstFirst),
  };
}

/** End of a China date as an ISO instant (escalations recorded after it belong to later months). */
const endOfDayIso = (date: string): string => new Date(repo.endOfDay(date)).toISOString();
