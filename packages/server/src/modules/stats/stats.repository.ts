import { sql, type SQL } from 'drizzle-orm';
import { ageingBucketRange, LONG_STANDING_RANGE, STOCK_CUTOFF, type Scope } from '@zhiben/core';
import { rowsOf, type Db } from '../../db/client.ts';
import { arrayParam } from '../../db/prepared.ts';
import { addDays } from '../../lib/dates.ts';
import { hazardInScope, listingLevelSql } from '../hazards/hazards.repository.ts';
import { orgs } from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';
import { spanInScope, spanSnapshotSql, stateBefore, timelineBefore } from './stats.spans.ts';
import { cubeFigures, cubeFiguresBySubject, cubeFoundBetween, cubeSourceMonthCounts, cubeStockEndings, cubeSubjectOf, emptyRawFigures, type FigureParts } from './stats.cubes.ts';

export { emptyRawFigures, type FigureParts };

// The one SQL layer of DESIGN §5. Every figure is an aggregate over `snapshot`: one row per hazard in scope that
// was found on or before D, with its state, deadline and listing as they stood at the end of D (China time).
// Merged hazards are left out entirely (the canonical record is just another hazard, so a merged duplicate
// counts once); dismissed ones are kept in the snapshot only so that "as of D" sees them as not yet dismissed.
// The snapshot is read from the statistics facts (hazard_stat_spans, stats.spans.ts); the direct path over hazards
// and their timelines (`snapshotFromTimelineSql`, source 'timeline') stays as the reference the facts are tested
// against.

/** Where a snapshot comes from: the maintained facts or, as the reference, hazards + timelines. */
export type SnapshotSource = 'facts' | 'timeline';
/**
 * Where figures come from: the cubes (stats.cubes.ts, the default) wherever they hold the scope and grouping,
 * otherwise the facts; or explicitly the facts or the timeline (the references the cubes are tested against).
 */
export type StatsSource = 'cubes' | SnapshotSource;
const snapshotSource = (source: StatsSource): SnapshotSource => (source === 'cubes' ? 'facts' : source);

export type StatsFilter = { regionPrefix: string; sector: string | null };
export type GroupBy =
  | { kind: 'none' }
  | { kind: 'region'; childPrefixLength: number }
  | { kind: 'sector' }
  | { kind: 'source' }
  /** The total (key null) and one row per source in a single scan (GROUPING SETS). */
  | { kind: 'total_and_source' };


/** Start of the day after D in China time: events strictly before it happened on or before D. */
export const endOfDay = (asOf: string): string => `${addDays(asOf, 1)}T00:00:00+08:00`;

function filterWhere(scope: Scope, filter: StatsFilter): SQL {
  // The drill-down prefix only narrows the scope; repeating the scope's own prefix would make the planner
  // square the LIKE selectivity and expect a handful of rows.
  const drill = scope.kind === 'region' && filter.regionPrefix === scope.regionPrefix ? sql`` : sql` AND hazards.region_code LIKE ${`${filter.regionPrefix}%`}`;
  return sql`${hazardInScope(scope)}${drill}${filter.sector ? sql` AND hazards.sector = ${filter.sector}` : sql``} AND hazards.status <> 'merged'`;
}

function spanFilterWhere(scope: Scope, filter: StatsFilter): SQL {
  const drill = scope.kind === 'region' && filter.regionPrefix === scope.regionPrefix ? sql`` : sql` AND hazard_stat_spans.region_code LIKE ${`${filter.regionPrefix}%`}`;
  return sql`${spanInScope(scope)}${drill}${filter.sector ? sql` AND hazard_stat_spans.sector = ${filter.sector}` : sql``}`;
}

/** One row per hazard in scope as of D (found on or before D), from the statistics facts; see snapshotFromTimelineSql. */
export function snapshotSql(scope: Scope, filter: StatsFilter, asOf: string, live: boolean, source: SnapshotSource = 'facts'): SQL {
  return source === 'facts' ? spanSnapshotSql(spanFilterWhere(scope, filter), asOf, live) : snapshotFromTimelineSql(scope, filter, asOf, live);
}

/**
 * The reference snapshot, straight from hazards and their timelines. One row per hazard as of D. Live (D = today) reads the hazard row. Past D reads the timeline in one lateral
 * probe per hazard: status = toStatus of the last status-bearing event before the end of D; deadline = the
 * last creation/confirmation deadline or approved extension; listed = last list/delist. A hazard with no event
 * before the end of D (a historical 台账 import registered later) falls back to its closedAt/dismissedAt and
 * current deadline, i.e. what the ledger says it was then.
 */
export function snapshotFromTimelineSql(scope: Scope, filter: StatsFilter, asOf: string, live: boolean): SQL {
  if (live) {
    return sql`SELECT hazards.id, hazards.region_code, hazards.sector, hazards.level, hazards.source, hazards.found_at, hazards.deadline, hazards.closed_at,
        CASE hazards.status WHEN 'closed' THEN 'closed' WHEN 'dismissed' THEN 'dismissed' ELSE 'open' END AS state,
        (hazards.listing IS NOT NULL) AS listed
      FROM hazards
      WHERE ${filterWhere(scope, filter)} AND hazards.found_at <= ${asOf}::date`;
  }
  const cut = endOfDay(asOf);
  return sql`SELECT hazards.id, hazards.region_code, hazards.sector, hazards.level, hazards.source, hazards.found_at,
        COALESCE(ev.deadline, hazards.deadline) AS deadline, hazards.closed_at,
        ${stateBefore('hazards', sql`${cut}::timestamptz`)} AS state,
        COALESCE(ev.listed, hazards.listing IS NOT NULL AND left(hazards.listing->>'listedAt', 10) <= ${asOf}) AS listed
      FROM hazards
      LEFT JOIN LATERAL (${timelineBefore(sql`hazards.id`, sql`${cut}::timestamptz`)}) ev ON true
      WHERE ${filterWhere(scope, filter)} AND hazards.found_at <= ${asOf}::date`;
}

/** Raw aggregates of one group; rates are derived in the service with the core definitions. */
export type RawFigures = {
  key: string | null;
  total: number;
  open: number;
  closed: number;
  overdue: number;
  overdue_1_30: number;
  overdue_31_90: number;
  long_standing: number;
  listed: number;
  major: number;
  open_major: number;
  stock: number;
  stock_closed: number;
  self_found: number;
  increment_ytd: number;
  median_days: number | null;
  p90_days: number | null;
};

/** Open hazards (alias `s`) overdue by days in [min, max] as of `d`: the ageing buckets and long-standing of DESIGN §5, edges from core. */
const openOverdueCount = (d: SQL, { min, max }: { min: number; max: number | null }) =>
  max === null
    ? sql`count(*) FILTER (WHERE s.state = 'open' AND ${d} - s.deadline >= ${min})::int`
    : sql`count(*) FILTER (WHERE s.state = 'open' AND ${d} - s.deadline BETWEEN ${min} AND ${max})::int`;

/** What 进展缓慢 compares, over open hazards (alias `s`) only, as of `d`: open, overdue and long-standing. */
const openCounts = (d: SQL): SQL =>
  sql`count(*)::int AS open, count(*) FILTER (WHERE s.deadline < ${d})::int AS overdue, ${openOverdueCount(d, LONG_STANDING_RANGE)} AS long_standing`;

/** Without quantiles the median and p90 are null: an ordered-set aggregate sorts each group's rows (no hash aggregate). */
function figuresSelect(asOf: string, quantiles = true): SQL {
  const d = sql`${asOf}::date`;
  const counted = sql`s.state <> 'dismissed'`;
  const openOverdue = (range: { min: number; max: number | null }) => openOverdueCount(d, range);
  return sql`
    count(*) FILTER (WHERE ${counted})::int AS total,
    count(*) FILTER (WHERE s.state = 'open')::int AS open,
    count(*) FILTER (WHERE s.state = 'closed')::int AS closed,
    count(*) FILTER (WHERE s.state = 'open' AND s.deadline < ${d})::int AS overdue,
    ${openOverdue(ageingBucketRange('d1_30'))} AS overdue_1_30,
    ${openOverdue(ageingBucketRange('d31_90'))} AS overdue_31_90,
    ${openOverdue(LONG_STANDING_RANGE)} AS long_standing,
    count(*) FILTER (WHERE s.state = 'open' AND s.listed)::int AS listed,
    count(*) FILTER (WHERE ${counted} AND s.level = 'major')::int AS major,
    count(*) FILTER (WHERE s.state = 'open' AND s.level = 'major')::int AS open_major,
    count(*) FILTER (WHERE ${counted} AND s.found_at <= ${STOCK_CUTOFF}::date)::int AS stock,
    count(*) FILTER (WHERE s.state = 'closed' AND s.found_at <= ${STOCK_CUTOFF}::date)::int AS stock_closed,
    count(*) FILTER (WHERE ${counted} AND s.source = 'self_inspection')::int AS self_found,
    count(*) FILTER (WHERE ${counted} AND s.found_at >= date_trunc('year', ${d})::date)::int AS increment_ytd,
    ${quantiles
      ? sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY (s.closed_at AT TIME ZONE 'Asia/Shanghai')::date - s.found_at) FILTER (WHERE s.state = 'closed') AS median_days,
    percentile_cont(0.9) WITHIN GROUP (ORDER BY (s.closed_at AT TIME ZONE 'Asia/Shanghai')::date - s.found_at) FILTER (WHERE s.state = 'closed') AS p90_days`
      : sql`NULL::float8 AS median_days, NULL::float8 AS p90_days`}`;
}

function groupKey(groupBy: GroupBy): SQL {
  switch (groupBy.kind) {
    case 'none':
      return sql`NULL::text`;
    case 'region':
      return sql`rpad(left(s.region_code, ${groupBy.childPrefixLength}), 12, '0')`;
    case 'sector':
      return sql`s.sector`;
    case 'source':
    case 'total_and_source':
      return sql`s.source`;
  }
}

function groupClause(groupBy: GroupBy): SQL {
  switch (groupBy.kind) {
    case 'none':
      return sql``;
    case 'region':
    case 'sector':
    case 'source':
      return sql` GROUP BY 1`;
    case 'total_and_source':
      return sql` GROUP BY GROUPING SETS ((), (s.source))`;
  }
}

/**
 * `parts` (FigureParts): 'noQuantiles' leaves out the median and p90 (null), 'rates' also what needs the found month
 * (stock, increment: 0) where the cubes answer; rankings need neither.
 */
export async function figuresBy(
  db: Db, scope: Scope, filter: StatsFilter, asOf: string, live: boolean, groupBy: GroupBy, source: StatsSource = 'cubes', parts: Exclude<FigureParts, 'open'> = 'all',
): Promise<RawFigures[]> {
  const quantiles = parts === 'all';
  if (source === 'cubes') {
    const fromCubes = await cubeFigures(db, scope, filter, asOf, live, groupBy, parts);
    if (fromCubes !== null) return fromCubes;
  }
  const key = groupKey(groupBy);
  const grouped = groupClause(groupBy);
  const result = await db.execute(sql`SELECT ${key} AS key, ${figuresSelect(asOf, quantiles)} FROM (${snapshotSql(scope, filter, asOf, live, snapshotSource(source))}) s${grouped}`);
  return rowsOf<RawFigures>(result);
}

/**
 * The §5 figures rankings compare ('rates': no quantiles, no stock or increment) of several scopes as of D, by key:
 * what figuresBy gives each scope as a whole (its own region prefix, all sectors it has), the scopes the cubes hold
 * read together in one statement per cube (a ranking of a thousand departments is two reads, not two thousand), any
 * other one by itself.
 */
export function figuresByScope(db: Db, subjects: readonly ScopeSubject[], asOf: string, live: boolean): Promise<Map<string, RawFigures>> {
  return figuresOfScopes(db, subjects, asOf, live, 'rates');
}

/** What 进展缓慢 needs of a department, an enterprise or a month end: open hazards, overdue and long-standing. */
export type OpenFigures = { key: string; open: number; overdue: number; long_standing: number };

/** figuresByScope's open, overdue and long-standing only, from the open cube alone (one statement per date). */
export async function openFiguresByScope(db: Db, subjects: readonly ScopeSubject[], asOf: string, live: boolean): Promise<Map<string, OpenFigures>> {
  const all = await figuresOfScopes(db, subjects, asOf, live, 'open');
  return new Map([...all].map(([key, r]) => [key, { key, open: r.open, overdue: r.overdue, long_standing: r.long_standing }]));
}

type ScopeSubject = { key: string; scope: Scope };

/**
 * figuresBy's open, overdue and long-standing per group, groups with an open hazard only: from the open cube
 * alone where the cubes answer, else from the facts.
 */
export async function openFiguresBy(db: Db, scope: Scope, filter: StatsFilter, asOf: string, live: boolean, groupBy: GroupBy): Promise<OpenFigures[]> {
  const rows = (await cubeFigures(db, scope, filter, asOf, live, groupBy, 'open')) ?? (await figuresBy(db, scope, filter, asOf, live, groupBy, 'facts', 'noQuantiles'));
  return rows.filter((r) => r.open > 0).map((r) => ({ key: r.key ?? '', open: r.open, overdue: r.overdue, long_standing: r.long_standing }));
}

async function figuresOfScopes(db: Db, subjects: readonly ScopeSubject[], asOf: string, live: boolean, parts: Exclude<FigureParts, 'all'>): Promise<Map<string, RawFigures>> {
  const held = subjects.flatMap((s) => cubeSubjectOf(s.key, s.scope) ?? []);
  const result = await cubeFiguresBySubject(db, held, asOf, live, parts);
  const rest = subjects.filter((s) => !result.has(s.key));
  const figures = await Promise.all(
    rest.map(async ({ scope }) => {
      if (scope.kind !== 'region') return undefined;
      const [row] = await figuresBy(db, scope, { regionPrefix: scope.regionPrefix, sector: null }, asOf, live, { kind: 'none' }, 'facts', 'noQuantiles');
      return row;
    }),
  );
  rest.forEach((s, i) => result.set(s.key, figures[i] ? { ...figures[i], key: s.key } : emptyRawFigures(s.key)));
  return result;
}

/** The dashboard's totals, hazards (not dismissed) per source, and per found month from `fromMonth`. */
export type DashboardFigures = { totals: RawFigures; bySource: Map<string, number>; byMonth: { month: string; count: number }[] };

/**
 * figuresBy 'none', the source mix and foundByMonth over the same snapshot in two reads instead of three: the
 * figures, and one light count grouped by source and found month that gives both the source mix and the monthly
 * increment (GROUPING SETS by source computed every figure, percentile sorts included, once per source). The
 * stats.spans test proves it equals the separate queries on both paths.
 */
export async function dashboardFigures(
  db: Db, scope: Scope, filter: StatsFilter, asOf: string, live: boolean, fromMonth: string, source: StatsSource = 'cubes',
): Promise<DashboardFigures> {
  const [totals, counts] = await Promise.all([figuresBy(db, scope, filter, asOf, live, { kind: 'none' }, source), sourceMonthCounts(db, scope, filter, asOf, live, source)]);
  const row = totals[0];
  if (!row) throw new Error('an aggregate without GROUP BY returns one row');
  const bySource = new Map<string, number>();
  const byMonth = new Map<string, number>();
  for (const r of counts) {
    bySource.set(r.source, (bySource.get(r.source) ?? 0) + r.count);
    if (r.month >= fromMonth) byMonth.set(r.month, (byMonth.get(r.month) ?? 0) + r.count);
  }
  return { totals: row, bySource, byMonth: [...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })) };
}

/** Hazards not dismissed as of D by source and found month (yyyy-mm). */
async function sourceMonthCounts(db: Db, scope: Scope, filter: StatsFilter, asOf: string, live: boolean, source: StatsSource) {
  if (source === 'cubes') {
    const fromCubes = await cubeSourceMonthCounts(db, scope, filter, asOf, live);
    if (fromCubes !== null) return fromCubes;
  }
  const result = await db.execute(sql`SELECT s.source, to_char(s.found_at, 'YYYY-MM') AS month, count(*)::int AS count
    FROM (${snapshotSql(scope, filter, asOf, live, snapshotSource(source))}) s
    WHERE s.state <> 'dismissed' GROUP BY 1, 2`);
  return rowsOf<{ source: string; month: string; count: number }>(result);
}

/** Hazards found per month (yyyy-mm) from `fromMonth` to D, not dismissed as of D. */
export async function foundByMonth(db: Db, scope: Scope, filter: StatsFilter, asOf: string, live: boolean, fromMonth: string, source: StatsSource = 'cubes') {
  const byMonth = new Map<string, number>();
  for (const r of await sourceMonthCounts(db, scope, filter, asOf, live, source)) {
    if (r.month >= fromMonth) byMonth.set(r.month, (byMonth.get(r.month) ?? 0) + r.count);
  }
  return [...byMonth].map(([month, count]) => ({ month, count }));
}

/**
 * Hazards found in [from, to] (inclusive, from the first of a month), not dismissed as of D: year on year's
 * same-period base, counted as it stands at D like this year's figure and the monthly chart.
 */
export async function foundBetween(db: Db, scope: Scope, filter: StatsFilter, from: string, to: string, asOf: string, live: boolean, source: StatsSource = 'cubes') {
  if (!from.endsWith('-01')) throw new Error('foundBetween counts from the first of a month');
  if (source === 'cubes') {
    const fromCubes = await cubeFoundBetween(db, scope, filter, from, to, asOf, live);
    if (fromCubes !== null) return fromCubes;
  }
  const result = await db.execute(sql`SELECT count(*)::int AS count FROM (${snapshotSql(scope, filter, asOf, live, snapshotSource(source))}) s
    WHERE s.state <> 'dismissed' AND s.found_at BETWEEN ${from}::date AND ${to}::date`);
  return rowsOf<{ count: number }>(result)[0]?.count ?? 0;
}

/**
 * Stock hazards by the China date they stopped being open (closed or dismissed; null = still open). Closed and
 * dismissed are terminal (§3), so "open at month end M" = not ended on or before M: one pass gives the whole
 * burn-down. The end is the first closing/dismissing event, or the ledger's closedAt/dismissedAt if earlier.
 */
export async function stockEndings(db: Db, scope: Scope, filter: StatsFilter, source: StatsSource = 'cubes') {
  if (source === 'cubes') {
    const fromCubes = await cubeStockEndings(db, scope, filter);
    if (fromCubes !== null) return fromCubes;
  }
  if (source !== 'timeline') {
    // The current span of each hazard carries its hazard-level end date.
    const facts = await db.execute(sql`SELECT hazard_stat_spans.ended_on::text AS ended_on, count(*)::int AS count FROM hazard_stat_spans
      WHERE ${spanFilterWhere(scope, filter)} AND hazard_stat_spans.valid_to = 'infinity' AND hazard_stat_spans.found_on <= ${STOCK_CUTOFF}::date
      GROUP BY 1`);
    return rowsOf<{ ended_on: string | null; count: number }>(facts);
  }
  const result = await db.execute(sql`SELECT (ended AT TIME ZONE 'Asia/Shanghai')::date::text AS ended_on, count(*)::int AS count
    FROM (
      SELECT LEAST(hazards.closed_at, hazards.dismissed_at,
        (SELECT min(e.at) FROM hazard_events e WHERE e.hazard_id = hazards.id AND e.to_status IN ('closed', 'dismissed'))) AS ended
      FROM hazards
      WHERE ${filterWhere(scope, filter)} AND hazards.found_at <= ${STOCK_CUTOFF}::date
    ) x
    GROUP BY 1`);
  return rowsOf<{ ended_on: string | null; count: number }>(result);
}

export async function regionNames(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return new Map<string, { name: string; level: string }>();
  const result = await db.execute(
    sql`SELECT code, name, level FROM regions WHERE code IN (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`,
  );
  return new Map(rowsOf<{ code: string; name: string; level: string }>(result).map((r) => [r.code, { name: r.name, level: r.level }]));
}

export async function childRegions(db: Db, parentCode: string) {
  const result = await db.execute(sql`SELECT r.code, r.name,
      EXISTS (SELECT 1 FROM regions c WHERE c.parent_code = r.code AND c.level <> 'village') AS has_children
    FROM regions r WHERE r.parent_code = ${parentCode} AND r.level <> 'village' ORDER BY r.code`);
  return rowsOf<{ code: string; name: string; has_children: boolean }>(result);
}

export async function sectorNames(db: Db) {
  const result = await db.execute(sql`SELECT code, name FROM sectors ORDER BY sort`);
  return rowsOf<{ code: string; name: string }>(result);
}

// ---- Breakdowns by level, found month and listing level; departments; enterprises (issue 4, second slice) ----

export type AttributeGroup = 'level' | 'month' | 'listing_level';

/**
 * The §5 figures grouped by level, found month (yyyy-mm) or 挂牌督办 level (the level of the last listing as of
 * D, so closed listed hazards stay in their level; never-listed hazards are left out of that breakdown).
 */
export async function figuresByAttribute(db: Db, scope: Scope, filter: StatsFilter, asOf: string, live: boolean, by: AttributeGroup): Promise<RawFigures[]> {
  const snapshot = snapshotSql(scope, filter, asOf, live);
  switch (by) {
    case 'level':
      return rowsOf<RawFigures>(await db.execute(sql`SELECT s.level AS key, ${figuresSelect(asOf)} FROM (${snapshot}) s GROUP BY 1`));
    case 'month':
      return rowsOf<RawFigures>(await db.execute(sql`SELECT to_char(s.found_at, 'YYYY-MM') AS key, ${figuresSelect(asOf)} FROM (${snapshot}) s GROUP BY 1 ORDER BY 1`));
    case 'listing_level': {
      const level = listingLevelSql(live ? undefined : { cut: endOfDay(asOf), date: asOf });
      return rowsOf<RawFigures>(
        await db.execute(sql`SELECT s.key, ${figuresSelect(asOf)} FROM (
            SELECT s0.*, ${level} AS key FROM (${snapshot}) s0 JOIN hazards ON hazards.id = s0.id
          ) s WHERE s.key IS NOT NULL GROUP BY 1`),
      );
    }
  }
}

/**
 * Open hazards, overdue and long-standing per enterprise as of D (the enterprise each fact was recorded under),
 * enterprises without an open hazard left out: what 进展缓慢 needs. From the facts alone: they carry the
 * enterprise, so no join to hazards, and only the open spans are counted (before: every figure of every span,
 * joined to every hazard of the scope, and sorted for a median).
 */
export async function openFiguresByEnterprise(db: Db, scope: Scope, filter: StatsFilter, asOf: string, live: boolean): Promise<OpenFigures[]> {
  const d = sql`${asOf}::date`;
  const where = sql`${spanFilterWhere(scope, filter)} AND hazard_stat_spans.state = 'open'`;
  return rowsOf<OpenFigures>(
    await db.execute(sql`SELECT s.enterprise_id::text AS key, ${openCounts(d)} FROM (${spanSnapshotSql(where, asOf, live)}) s GROUP BY 1`),
  );
}

/** OpenFigures of an enterprise at an earlier month end. */
export type OpenFiguresAsOf = OpenFigures & { as_of: string };

/**
 * Open, overdue and long-standing per enterprise of `only` as of each of `dates` (all before today), in one read
 * of the facts instead of one per date: the open spans in force at any of the dates, counted at each date they
 * span. The same counts as openFiguresByEnterprise's at each date (stats.spans.test).
 */
export async function openFiguresByEnterpriseAsOf(db: Db, scope: Scope, filter: StatsFilter, dates: readonly string[], only: readonly string[]): Promise<OpenFiguresAsOf[]> {
  if (dates.length === 0 || only.length === 0) return [];
  const sorted = [...dates].sort();
  return rowsOf<OpenFiguresAsOf>(
    await db.execute(sql`SELECT d.as_of::text AS as_of, s.enterprise_id::text AS key, ${openCounts(sql`d.as_of`)}
      FROM (SELECT hazard_stat_spans.* FROM hazard_stat_spans
            WHERE ${spanFilterWhere(scope, filter)} AND hazard_stat_spans.state = 'open' AND hazard_stat_spans.enterprise_id = ANY(${arrayParam(only)}::uuid[])
              AND hazard_stat_spans.valid_to > ${sorted[0]}::date AND hazard_stat_spans.valid_from <= ${sorted[sorted.length - 1]}::date) s
      JOIN unnest(${arrayParam(sorted)}::date[]) AS d(as_of) ON s.valid_from <= d.as_of AND s.valid_to > d.as_of
      GROUP BY 1, 2`),
  );
}

export type DepartmentRow = { id: string; name: string; region_code: string; region_name: string; sectors: string[] };

/**
 * Regulator orgs (行业监管部门) visible in the scope: in its region subtree (and, for a regulator, sharing one of
 * its sectors; scopeWhere over the org's sectors), narrowed to the drill-down prefix.
 */
export async function departmentsInScope(db: Db, scope: Scope, regionPrefix: string): Promise<DepartmentRow[]> {
  const visible = scopeWhere(scope, { regionCode: orgs.regionCode, sectors: orgs.sectors, enterpriseId: orgs.id });
  const result = await db.execute(sql`SELECT orgs.id, orgs.name, orgs.region_code, regions.name AS region_name, orgs.sectors
    FROM orgs JOIN regions ON regions.code = orgs.region_code
    WHERE orgs.kind = 'regulator' AND ${visible} AND orgs.region_code LIKE ${`${regionPrefix}%`}
    ORDER BY orgs.region_code, orgs.name`);
  return rowsOf<DepartmentRow>(result);
}

export async function enterpriseNames(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { name: string; regionCode: string }>();
  const result = await db.execute(sql`SELECT id, name, region_code FROM enterprises WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
  return new Map(rowsOf<{ id: string; name: string; region_code: string }>(result).map((r) => [r.id, { name: r.name, regionCode: r.region_code }]));
}
