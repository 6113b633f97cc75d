import { sql, type SQL } from 'drizzle-orm';
import { AGEING_FIRST_BUCKET_MAX_DAYS, LONG_STANDING_DAYS, OVERDUE_MIN_DAYS, SELF_FOUND_SOURCE, STOCK_CUTOFF, type Scope } from '@zhiben/core';
import { rowsOf, type Db } from '../../db/client.ts';
import { arrayParam } from '../../db/prepared.ts';
import { statCubeClosedDays, statCubeCounts, statCubeOpen, statCubeStockEndings, statCubeTotals } from '../../db/schema/index.ts';
import { addDays, chinaDate } from '../../lib/dates.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';
import { spanInScope, spanSnapshotSql } from './stats.spans.ts';
import type { GroupBy, RawFigures, StatsFilter } from './stats.repository.ts';
import { AREA_LENGTHS, monthOf } from './stats.upkeep.ts';

// Statistics cubes: additive aggregates of the facts (hazard_stat_spans) per area and sector, so that a province
// dashboard reads thousands of rows instead of ten million. An area is a province, city, county or township code
// prefix (2, 4, 6 or 9 digits); every span counts in all four, so any of those scopes, and a drill-down one level
// below it, reads its own rows only. Village groupings and per-enterprise figures read the facts.
//
// Each cube row holds, for a month, the change in that month: +1 for a span starting in it, −1 for one ending in
// it. The figures as of a month end are then the sum of the months up to it; as of a day inside a month, that of
// the months before plus the spans starting or ending between the first of the month and the day (read from the
// facts by county and day). Rows with month 'infinity' hold the current spans, i.e. today. Everything a figure
// needs beyond counts is a key: the deadline for overdue and ageing, the days to close for an exact median and p90
// (percentile_cont over a histogram), the found month for stock, increment and year on year.
//
// Hazard writes append their change to each cube's delta table (stats.upkeep.ts), the folder moves it into the cube
// rows, and every read here takes the cube rows plus the deltas not yet folded, in the same statement: figures are
// exact at any moment. Rebuilt from the facts by `npm run stats:rebuild`. The equivalence test (stats.spans.test)
// checks cubes = facts = timeline for every figure, scope and date, and after concurrent writes.

type RegionScope = Extract<Scope, { kind: 'region' }>;

// Maintenance (the deltas hazard writes append, the folder, the rebuild) is in stats.upkeep.ts.
export { cubeRows, rebuildCubes } from './stats.upkeep.ts';

/** The area level below an area's (a city's counties, …), null below townships. */
function nextAreaLength(area: string): number | null {
  return AREA_LENGTHS.find((n) => n > area.length) ?? null;
}

/** The area a scope and drill-down read: the narrower of the two prefixes, when the cubes hold it. */
function areaOf(scope: Scope, filter: StatsFilter): string | null {
  if (scope.kind !== 'region') return null;
  const base = filter.regionPrefix.startsWith(scope.regionPrefix) ? filter.regionPrefix : scope.regionPrefix.startsWith(filter.regionPrefix) ? scope.regionPrefix : null;
  return base !== null && (AREA_LENGTHS as readonly number[]).includes(base.length) ? base : null;
}

/** Groupings the cubes answer: none, sector, and the sub-regions one level down (down to townships). */
function cubeGrouping(groupBy: GroupBy, area: string): boolean {
  switch (groupBy.kind) {
    case 'none':
    case 'sector':
      return true;
    case 'region':
      return groupBy.childPrefixLength === nextAreaLength(area);
    case 'source':
    case 'total_and_source':
      return false;
  }
}

/** Whether the cubes can answer this scope, drill-down and grouping (otherwise the facts do). */
export function cubesAnswer(scope: Scope, filter: StatsFilter, groupBy: GroupBy = { kind: 'none' }): boolean {
  const area = areaOf(scope, filter);
  return area !== null && cubeGrouping(groupBy, area);
}

/**
 * Several scopes read at once, one figure row each (a department's hazards per regulator org): each subject is
 * an area the cubes hold and its sectors (null = all), joined to the cube rows of those areas; `key` names it.
 */
export type CubeSubject = { key: string; area: string; sectors: readonly string[] | null };
type Read = { scope: RegionScope; filter: StatsFilter; area: string; groupBy: GroupBy; asOf: string; live: boolean; subjects?: readonly CubeSubject[] };

function readOf(scope: Scope, filter: StatsFilter, asOf: string, live: boolean, groupBy: GroupBy): Read | null {
  const area = areaOf(scope, filter);
  if (scope.kind !== 'region' || area === null || !cubeGrouping(groupBy, area)) return null;
  return { scope, filter, area, groupBy, asOf, live };
}

const isMonthEnd = (day: string): boolean => addDays(day, 1).endsWith('-01');
const monthStart = (day: string): string => `${day.slice(0, 7)}-01`;

type CubeTable = typeof statCubeCounts | typeof statCubeTotals | typeof statCubeOpen | typeof statCubeClosedDays;

/**
 * The sub-areas one level below `area` that hold any fact, as an array: a loose index scan on the counts cube's
 * key (its leading column is the area), one seek per child, so each child's rows are then read by key. The first
 * area after `area` is its first child (a township's county area always exists, and sorts first); each next child
 * is the first area after all codes under the previous one ('a' sorts after every digit). Plus the children that
 * so far only have deltas waiting for the folder (a county's first hazards).
 */
function childAreas(area: string): SQL {
  const end = `${area}a`;
  return sql`ARRAY(WITH RECURSIVE child(area) AS (
      SELECT (SELECT min(c.area) FROM stat_cube_counts c WHERE c.area > ${area} AND c.area < ${end})
      UNION ALL
      SELECT (SELECT min(c.area) FROM stat_cube_counts c WHERE c.area > child.area || 'a' AND c.area < ${end}) FROM child WHERE child.area IS NOT NULL
    ) SELECT area FROM child WHERE area IS NOT NULL
    UNION SELECT d.area FROM stat_cube_counts_delta d WHERE d.area > ${area} AND d.area < ${end} AND length(d.area) = ${nextAreaLength(area) ?? 0})`;
}

/**
 * A cube as its reads see it: the cube rows plus the deltas not yet folded (stats.upkeep.ts), read in one statement
 * and so one snapshot, so a delta row the folder moves is counted exactly once. Named like the cube, so conditions
 * on the cube's columns apply; the planner pushes them into both arms (each read by its index).
 */
const withDeltas = (cube: string): SQL => sql.raw(`(SELECT * FROM ${cube} UNION ALL SELECT * FROM ${cube}_delta) AS ${cube}`);

/**
 * Which end the months of "as of D" are summed from. Forward: the months up to D. Backward: today minus the
 * months after D (the current rows are the sum of all months). Both are exact; backward reads fewer rows for a
 * recent D (last month end, the months of the last six), forward for an old one.
 */
function direction(asOf: string): 'forward' | 'backward' {
  return asOf >= addDays(chinaDate(new Date()), -730) ? 'backward' : 'forward';
}

/** Rows of a cube in the scope (the one scope function), the area or its children, and the months D needs. */
function cubeWhere(table: CubeTable, read: Read): SQL {
  const inScope = scopeWhere(read.scope, { regionCode: table.area, sector: table.sector, enterpriseId: table.area });
  // Subjects: each subject's area and sectors select its rows (subjectCube).
  const area = read.subjects ? sql`true` : read.groupBy.kind === 'region' ? sql`${table.area} = ANY(${childAreas(read.area)})` : sql`${table.area} = ${read.area}`;
  const sector = read.filter.sector ? sql` AND ${table.sector} = ${read.filter.sector}` : sql``;
  const start = sql`${monthStart(read.asOf)}::date`;
  const monthEnd = isMonthEnd(read.asOf);
  const months = read.live
    ? sql`${table.month} = 'infinity'`
    : direction(read.asOf) === 'forward'
      ? monthEnd ? sql`${table.month} <= ${start}` : sql`${table.month} < ${start}`
      : monthEnd ? sql`${table.month} > ${start}` : sql`${table.month} >= ${start}`;
  return sql`${inScope} AND ${area}${sector} AND ${months}`;
}

function cubeKey(table: CubeTable, read: Read): SQL {
  if (read.subjects) return sql`subject.key`;
  switch (read.groupBy.kind) {
    case 'region':
      return sql`rpad(${table.area}, 12, '0')`;
    case 'sector':
      return sql`${table.sector}`;
    case 'none':
    case 'source':
    case 'total_and_source':
      return sql`NULL::text`;
  }
}

function spanKey(read: Read): SQL {
  if (read.subjects) return sql`subject.key`;
  switch (read.groupBy.kind) {
    case 'region':
      return sql`rpad(left(s.region_code, ${read.groupBy.childPrefixLength}), 12, '0')`;
    case 'sector':
      return sql`s.sector`;
    case 'none':
    case 'source':
    case 'total_and_source':
      return sql`NULL::text`;
  }
}

/**
 * The facts under an area, by county, so the county × day indexes seek: a county or township directly, a city or
 * the province county by county (every 6-digit prefix of a region under the area).
 */
function countiesOf(area: string): SQL {
  return area.length >= 6
    ? sql`left(hazard_stat_spans.region_code, 6) = ${area.slice(0, 6)}`
    : sql`left(hazard_stat_spans.region_code, 6) = ANY(ARRAY(SELECT DISTINCT left(code, 6) FROM regions WHERE code LIKE ${`${area}%`}))`;
}

/**
 * For D inside a month: the spans in scope starting (+1) or ending (−1) between the first of the month and D,
 * as (s, sign) rows. Found by county and day on the boundary indexes: a county or township directly, a city or the province
 * county by county (every 6-digit prefix of a region under the area).
 */
function boundarySpans(read: Read): SQL | null {
  if (read.live || isMonthEnd(read.asOf)) return null;
  const from = monthStart(read.asOf);
  const counties = countiesOf(read.area);
  const within = sql` AND hazard_stat_spans.region_code LIKE ${`${read.area}%`}`;
  const sector = read.filter.sector ? sql` AND hazard_stat_spans.sector = ${read.filter.sector}` : sql``;
  const where = sql`${counties}${within} AND ${spanInScope(read.scope)}${sector}`;
  return sql`(SELECT hazard_stat_spans.*, 1 AS sign FROM hazard_stat_spans WHERE ${where} AND hazard_stat_spans.valid_from BETWEEN ${from}::date AND ${read.asOf}::date
    UNION ALL
    SELECT hazard_stat_spans.*, -1 AS sign FROM hazard_stat_spans WHERE ${where} AND hazard_stat_spans.valid_to <> 'infinity'
      AND hazard_stat_spans.valid_to BETWEEN ${from}::date AND ${read.asOf}::date)`;
}

/** One cube's rows for the read as (key, columns…), plus the boundary spans' contributions for D inside a month. */
type Column = { name: string; cube: SQL; span: SQL };

/**
 * One cube's rows for the read as (key, keys…, amounts…): the months D needs (amounts of the months after D
 * negated when summing backward from today), plus the boundary spans' contributions for D inside a month.
 * `amounts` take the span's sign (s.sign) in their span expressions.
 */
function cubeRowsFor(table: CubeTable, name: string, read: Read, keys: Column[], amounts: Column[], where: SQL): SQL {
  const backward = !read.live && direction(read.asOf) === 'backward';
  const amount = (c: Column) => (backward ? sql`CASE WHEN ${table.month} = 'infinity' THEN ${c.cube} ELSE -${c.cube} END` : c.cube);
  const cubeColumns = [...keys.map((c) => sql`${c.cube} AS ${sql.raw(c.name)}`), ...amounts.map((c) => sql`${amount(c)} AS ${sql.raw(c.name)}`)];
  const cubeFrom = read.subjects ? sql`${subjectRows(read.subjects)} CROSS JOIN LATERAL ${subjectCube(name)}` : withDeltas(name);
  const fromCube = sql`SELECT ${cubeKey(table, read)} AS key, ${sql.join(cubeColumns, sql`, `)} FROM ${cubeFrom} WHERE ${cubeWhere(table, read)}`;
  const boundary = boundarySpans(read);
  if (boundary === null) return fromCube;
  const spanColumns = [...keys, ...amounts].map((c) => sql`${c.span} AS ${sql.raw(c.name)}`);
  // A span counts for the subjects of each of its areas (as in the cubes): joined on the area by equality, so by
  // hash (a prefix comparison was a nested loop of every boundary span with every subject: 22 s for a province's
  // 2,856 departments as of a day inside a month).
  const spanAreas = sql.join(AREA_LENGTHS.map((n) => sql.raw(`(left(s.region_code, ${n}))`)), sql`, `);
  const spanFrom = read.subjects
    ? sql`${boundary} s CROSS JOIN LATERAL (VALUES ${spanAreas}) AS span_area(area)
        JOIN ${subjectRows(read.subjects)} ON subject.area = span_area.area AND (subject.sectors IS NULL OR s.sector = ANY(subject.sectors))`
    : sql`${boundary} s`;
  return sql`${fromCube} UNION ALL SELECT ${spanKey(read)} AS key, ${sql.join(spanColumns, sql`, `)} FROM ${spanFrom} WHERE ${where}`;
}

/**
 * A cube as withDeltas gives it, narrowed to one subject's area and sectors: a lateral read per subject, so each
 * subject's rows are sought by key as its own read would (a join of all subjects to the areas' rows read every
 * sector of the area, and on PGlite, without statistics, planned it worse than one read per subject).
 */
function subjectCube(cube: string): SQL {
  // Two arms, not `sectors IS NULL OR sector = ANY(…)`: an OR keeps the sector out of the index condition, and
  // each subject then fetched every row of its area and month range (on PGlite 3× the time of one read each).
  const arms = [cube, `${cube}_delta`].flatMap((table) => [
    `SELECT * FROM ${table} WHERE area = subject.area AND subject.sectors IS NULL`,
    `SELECT * FROM ${table} WHERE area = subject.area AND sector = ANY(subject.sectors)`,
  ]);
  return sql.raw(`(${arms.join(' UNION ALL ')}) AS ${cube}`);
}

/** The subjects as a relation `subject(key, area, sectors)`. */
function subjectRows(subjects: readonly CubeSubject[]): SQL {
  const rows = subjects.map((s) => sql`(${s.key}::text, ${s.area}::text, ${s.sectors === null ? null : arrayParam(s.sectors)}::text[])`);
  return sql`(VALUES ${sql.join(rows, sql`, `)}) AS subject(key, area, sectors)`;
}

const t = statCubeCounts;
const o = statCubeOpen;
const h = statCubeClosedDays;

function countsRows(read: Read): SQL {
  return cubeRowsFor(t, 'stat_cube_counts', read, [
    { name: 'state', cube: sql`${t.state}`, span: sql`s.state` },
    { name: 'found_month', cube: sql`${t.foundMonth}`, span: monthOf(sql`s.found_on`) },
    { name: 'source', cube: sql`${t.source}`, span: sql`s.source` },
  ], [
    { name: 'n', cube: sql`${t.n}`, span: sql`s.sign` },
    { name: 'n_major', cube: sql`${t.nMajor}`, span: sql`s.sign * (s.level = 'major')::int` },
  ], sql`true`);
}

const tt = statCubeTotals;

/** The counts cube's roll-up (stat_cube_totals): state and self-found or not, no found month. */
function totalsRows(read: Read): SQL {
  return cubeRowsFor(tt, 'stat_cube_totals', read, [
    { name: 'state', cube: sql`${tt.state}`, span: sql`s.state` },
    { name: 'self_found', cube: sql`${tt.selfFound}`, span: sql`(s.source = ${SELF_FOUND_SOURCE})` },
  ], [
    { name: 'n', cube: sql`${tt.n}`, span: sql`s.sign` },
    { name: 'n_major', cube: sql`${tt.nMajor}`, span: sql`s.sign * (s.level = 'major')::int` },
  ], sql`true`);
}

/** `spans`: hazards in the snapshot in any state, dismissed included (the facts path returns a group when > 0). */
type CountFigures = Pick<RawFigures, 'key' | 'total' | 'open' | 'closed' | 'major' | 'open_major' | 'stock' | 'stock_closed' | 'self_found' | 'increment_ytd'> & { spans: number };
type OpenFigures = Pick<RawFigures, 'key' | 'open' | 'overdue' | 'overdue_1_30' | 'overdue_31_90' | 'long_standing' | 'listed'>;
type Quantiles = { key: string | null; total: number; m_lo: number | null; m_hi: number | null; p_lo: number | null; p_hi: number | null };

/** A sum over the cube rows read (n or n_major) of those matching `when`, 0 when none. */
const sumWhere = (column: string, when: string) => sql.raw(`COALESCE(sum(${column}) FILTER (WHERE ${when}), 0)::int`);

/** What the counts cube and its roll-up both give: every span, the counted ones by state, the majors. */
const stateSums = sql`COALESCE(sum(n), 0)::int AS spans,
  ${sumWhere('n', "state <> 'dismissed'")} AS total, ${sumWhere('n', "state = 'open'")} AS open, ${sumWhere('n', "state = 'closed'")} AS closed,
  ${sumWhere('n_major', "state <> 'dismissed'")} AS major, ${sumWhere('n_major', "state = 'open'")} AS open_major`;

async function countFigures(db: Db, read: Read): Promise<CountFigures[]> {
  const yearStart = `${read.asOf.slice(0, 4)}-01-01`;
  const stock = monthStart(STOCK_CUTOFF);
  return rowsOf<CountFigures>(
    await db.execute(sql`SELECT key, ${stateSums},
        ${sumWhere('n', `state <> 'dismissed' AND found_month <= '${stock}'`)} AS stock,
        ${sumWhere('n', `state = 'closed' AND found_month <= '${stock}'`)} AS stock_closed,
        ${sumWhere('n', `state <> 'dismissed' AND source = '${SELF_FOUND_SOURCE}'`)} AS self_found,
        COALESCE(sum(n) FILTER (WHERE state <> 'dismissed' AND found_month >= ${yearStart}::date), 0)::int AS increment_ytd
      FROM (${countsRows(read)}) c GROUP BY key`),
  );
}

/**
 * countFigures without what needs the found month (stock, stock_closed and increment_ytd are 0), from the counts
 * cube's roll-up: what rankings compare, in a twelfth of the rows for today and about half for a past date.
 */
async function rateFigures(db: Db, read: Read): Promise<CountFigures[]> {
  return rowsOf<CountFigures>(
    await db.execute(sql`SELECT key, ${stateSums}, 0 AS stock, 0 AS stock_closed, ${sumWhere('n', "state <> 'dismissed' AND self_found")} AS self_found, 0 AS increment_ytd
      FROM (${totalsRows(read)}) c GROUP BY key`),
  );
}

async function openFigures(db: Db, read: Read): Promise<OpenFigures[]> {
  const d = sql`${read.asOf}::date`;
  const longStanding = sql.raw(String(LONG_STANDING_DAYS));
  const rows = cubeRowsFor(o, 'stat_cube_open', read, [
    { name: 'deadline', cube: sql`${o.deadline}`, span: sql`COALESCE(s.deadline, 'infinity'::date)` },
    { name: 'listed', cube: sql`${o.listed}`, span: sql`s.listed` },
  ], [{ name: 'n', cube: sql`${o.n}`, span: sql`s.sign` }], sql`s.state = 'open'`);
  // Ageing by comparing the deadline with D − k (a deadline of 'infinity', none yet, is never overdue).
  return rowsOf<OpenFigures>(
    await db.execute(sql`SELECT key, COALESCE(sum(n), 0)::int AS open,
        COALESCE(sum(n) FILTER (WHERE deadline < ${d}), 0)::int AS overdue,
        COALESCE(sum(n) FILTER (WHERE deadline BETWEEN ${d} - ${sql.raw(String(AGEING_FIRST_BUCKET_MAX_DAYS))} AND ${d} - ${sql.raw(String(OVERDUE_MIN_DAYS))}), 0)::int AS overdue_1_30,
        COALESCE(sum(n) FILTER (WHERE deadline BETWEEN ${d} - ${longStanding} AND ${d} - ${sql.raw(String(AGEING_FIRST_BUCKET_MAX_DAYS + 1))}), 0)::int AS overdue_31_90,
        COALESCE(sum(n) FILTER (WHERE deadline < ${d} - ${longStanding}), 0)::int AS long_standing,
        COALESCE(sum(n) FILTER (WHERE listed), 0)::int AS listed
      FROM (${rows}) c GROUP BY key`),
  );
}

/**
 * The values at the ranks percentile_cont interpolates between, from the days-to-close histogram: rank r (from
 * 0) holds the smallest days whose running count exceeds r. Ranks in float8 as percentile_cont computes them.
 */
async function closeQuantiles(db: Db, read: Read): Promise<Quantiles[]> {
  const rows = cubeRowsFor(h, 'stat_cube_closed_days', read, [
    { name: 'days', cube: sql`${h.days}`, span: sql`((s.closed_at AT TIME ZONE 'Asia/Shanghai')::date - s.found_on)` },
  ], [{ name: 'n', cube: sql`${h.n}`, span: sql`s.sign` }], sql`s.state = 'closed' AND s.closed_at IS NOT NULL`);
  const rank = (q: number, round: 'floor' | 'ceil') => sql.raw(`${round}(${q}::float8 * (total - 1)::float8)`);
  return rowsOf<Quantiles>(
    await db.execute(sql`WITH hist AS (SELECT key, days, sum(n) AS n FROM (${rows}) c GROUP BY key, days HAVING sum(n) <> 0),
      running AS (SELECT key, days, sum(n) OVER (PARTITION BY key ORDER BY days) AS cum, sum(n) OVER (PARTITION BY key) AS total FROM hist)
      SELECT key, total::int AS total,
        min(days) FILTER (WHERE cum > ${rank(0.5, 'floor')}) AS m_lo, min(days) FILTER (WHERE cum > ${rank(0.5, 'ceil')}) AS m_hi,
        min(days) FILTER (WHERE cum > ${rank(0.9, 'floor')}) AS p_lo, min(days) FILTER (WHERE cum > ${rank(0.9, 'ceil')}) AS p_hi
      FROM running GROUP BY key, total`),
  );
}

/** percentile_cont's linear interpolation between the values at its two ranks, in the same float8 steps. */
function interpolate(total: number, q: number, lo: number | null, hi: number | null): number | null {
  if (total <= 0 || lo === null || hi === null) return null;
  const position = q * (total - 1);
  return lo + (position - Math.floor(position)) * (hi - lo);
}

/** A group without any hazard. */
export const emptyRawFigures = (key: string | null): RawFigures => ({
  key, total: 0, open: 0, closed: 0, overdue: 0, overdue_1_30: 0, overdue_31_90: 0, long_standing: 0, listed: 0,
  major: 0, open_major: 0, stock: 0, stock_closed: 0, self_found: 0, increment_ytd: 0, median_days: null, p90_days: null,
});

/**
 * The §5 figures from the cubes, one row per group as figuresBy returns them from the facts (groups without any
 * hazard left out), or null when the cubes do not hold this scope or grouping. Without quantiles the median and
 * p90 are null and the days-to-close histogram is not read (rankings and 进展缓慢 use neither).
 */
export async function cubeFigures(
  db: Db, scope: Scope, filter: StatsFilter, asOf: string, live: boolean, groupBy: GroupBy, parts: FigureParts = 'all',
): Promise<RawFigures[] | null> {
  const read = readOf(scope, filter, asOf, live, groupBy);
  if (read === null) return null;
  const { byKey, present } = await figuresOfRead(db, read, parts);
  // The facts path has one row per group with a hazard found by D (dismissed ones included); without grouping,
  // always exactly one.
  if (groupBy.kind === 'none') return [byKey.get(null) ?? emptyRawFigures(null)];
  return [...byKey.values()].filter((r) => present.has(r.key));
}

/** Whether the cubes hold the figures of `scope` as a whole (a region scope whose prefix is a cube area). */
export function cubeSubjectOf(key: string, scope: Scope): CubeSubject | null {
  if (scope.kind !== 'region' || !(AREA_LENGTHS as readonly number[]).includes(scope.regionPrefix.length)) return null;
  return { key, area: scope.regionPrefix, sectors: scope.sectors };
}

/**
 * The figures of each subject as of D (no quantiles), all subjects in one read per cube instead of one read
 * each: equal to cubeFigures of each subject's own region scope (stats.spans.test). Subjects without any hazard
 * get zeros.
 */
export async function cubeFiguresBySubject(db: Db, subjects: readonly CubeSubject[], asOf: string, live: boolean, parts: Exclude<FigureParts, 'all'>): Promise<Map<string, RawFigures>> {
  const result = new Map<string, RawFigures>();
  if (subjects.length === 0) return result;
  // The boundary spans of a day inside a month are read under the areas' common prefix (the region of the ranking).
  const common = subjects.map((s) => s.area).reduce((a, b) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
    return a.slice(0, n);
  });
  const area = [...AREA_LENGTHS].reverse().find((n) => n <= common.length);
  const prefix = area === undefined ? '' : common.slice(0, area);
  const read: Read = { scope: { kind: 'region', regionPrefix: prefix, sectors: null }, filter: { regionPrefix: prefix, sector: null }, area: prefix, groupBy: { kind: 'none' }, asOf, live, subjects };
  const { byKey } = await figuresOfRead(db, read, parts);
  for (const s of subjects) result.set(s.key, { ...(byKey.get(s.key) ?? emptyRawFigures(s.key)), key: s.key });
  return result;
}

/**
 * The figures of a read: 'all'; 'noQuantiles' without the days-to-close histogram (median and p90 null); 'rates'
 * also without what needs the found month (stock, stock_closed, increment_ytd 0), from the counts cube's roll-up:
 * what rankings compare; 'open' only from the open cube (open, overdue, ageing, long-standing, listed; every other
 * count 0), all 进展缓慢 needs. The cubes that give the open count give it equal (the equivalence test compares
 * each with the reference).
 */
export type FigureParts = 'all' | 'noQuantiles' | 'rates' | 'open';

function countsOf(db: Db, read: Read, parts: FigureParts): Promise<CountFigures[]> | CountFigures[] {
  switch (parts) {
    case 'all':
    case 'noQuantiles':
      return countFigures(db, read);
    case 'rates':
      return rateFigures(db, read);
    case 'open':
      return [];
  }
}

async function figuresOfRead(db: Db, read: Read, parts: FigureParts): Promise<{ byKey: Map<string | null, RawFigures>; present: Set<string | null> }> {
  const [counts, open, quantiles] = await Promise.all([
    countsOf(db, read, parts),
    openFigures(db, read),
    parts === 'all' ? closeQuantiles(db, read) : [],
  ]);
  const byKey = new Map<string | null, RawFigures>();
  const row = (key: string | null) => {
    const existing = byKey.get(key);
    if (existing) return existing;
    const created = emptyRawFigures(key);
    byKey.set(key, created);
    return created;
  };
  for (const { spans: _, ...c } of counts) Object.assign(row(c.key), c);
  for (const r of open) Object.assign(row(r.key), r);
  for (const q of quantiles) Object.assign(row(q.key), { median_days: interpolate(q.total, 0.5, q.m_lo, q.m_hi), p90_days: interpolate(q.total, 0.9, q.p_lo, q.p_hi) });
  // 'open': the groups with an open hazard (the counts cube, which knows the others, is not read).
  const present = parts === 'open' ? open.filter((r) => r.open !== 0).map((r) => r.key) : counts.filter((c) => c.spans !== 0).map((c) => c.key);
  return { byKey, present: new Set(present) };
}

/** Hazards not dismissed as of D by source and found month (yyyy-mm), from the counts cube; null if not held. */
export async function cubeSourceMonthCounts(db: Db, scope: Scope, filter: StatsFilter, asOf: string, live: boolean): Promise<{ source: string; month: string; count: number }[] | null> {
  const read = readOf(scope, filter, asOf, live, { kind: 'none' });
  if (read === null) return null;
  return rowsOf<{ source: string; month: string; count: number }>(
    await db.execute(sql`SELECT source, to_char(found_month, 'YYYY-MM') AS month, sum(n)::int AS count
      FROM (${countsRows(read)}) c WHERE state <> 'dismissed' GROUP BY 1, 2 HAVING sum(n) <> 0`),
  );
}

/**
 * Hazards not dismissed as of D and found in [from, to], where from is the first of a month: the whole found
 * months from the counts cube, the days of a last, partial month from the facts (county × finding day index).
 * Null when the cubes do not hold the scope.
 */
export async function cubeFoundBetween(db: Db, scope: Scope, filter: StatsFilter, from: string, to: string, asOf: string, live: boolean): Promise<number | null> {
  const read = readOf(scope, filter, asOf, live, { kind: 'none' });
  if (read === null) return null;
  const lastWhole = isMonthEnd(to) ? to.slice(0, 7) : addDays(monthStart(to), -1).slice(0, 7);
  const months = lastWhole < from.slice(0, 7) ? [] : ((await cubeSourceMonthCounts(db, scope, filter, asOf, live)) ?? []);
  const whole = months.reduce((n, r) => (r.month >= from.slice(0, 7) && r.month <= lastWhole ? n + r.count : n), 0);
  if (isMonthEnd(to) || to < from) return whole;
  const partialFrom = monthStart(to) < from ? from : monthStart(to);
  const where = sql`${countiesOf(read.area)} AND hazard_stat_spans.region_code LIKE ${`${read.area}%`} AND ${spanInScope(read.scope)}${
    read.filter.sector ? sql` AND hazard_stat_spans.sector = ${read.filter.sector}` : sql``
  } AND hazard_stat_spans.found_on BETWEEN ${partialFrom}::date AND ${to}::date AND hazard_stat_spans.state <> 'dismissed'`;
  const [partial] = rowsOf<{ count: number }>(await db.execute(sql`SELECT count(*)::int AS count FROM (${spanSnapshotSql(where, asOf, live)}) s`));
  return whole + (partial?.count ?? 0);
}

/** Stock hazards by the day they stopped being open (null = still open), from the current facts; null if not held. */
export async function cubeStockEndings(db: Db, scope: Scope, filter: StatsFilter): Promise<{ ended_on: string | null; count: number }[] | null> {
  const read = readOf(scope, filter, '9999-12-31', true, { kind: 'none' });
  if (read === null) return null;
  const e = statCubeStockEndings;
  const inScope = scopeWhere(read.scope, { regionCode: e.area, sector: e.sector, enterpriseId: e.area });
  const sector = read.filter.sector ? sql` AND ${e.sector} = ${read.filter.sector}` : sql``;
  return rowsOf<{ ended_on: string | null; count: number }>(
    await db.execute(sql`SELECT CASE WHEN ended_on = 'infinity' THEN NULL ELSE ended_on::text END AS ended_on, sum(n)::int AS count
      FROM (SELECT ${e.endedOn} AS ended_on, ${e.n} AS n FROM ${withDeltas('stat_cube_stock_endings')} WHERE ${inScope} AND ${e.area} = ${read.area}${sector}) c
      GROUP BY 1 HAVING sum(n) <> 0`),
  );
}
