import { sql, type SQL } from 'drizzle-orm';
import { consecutiveMissed, lastEndedPeriods, periodsOverlapping, previousPeriod, type CheckCadence, type CheckPeriod, type PeriodRecord, type Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../../db/client.ts';
import { principalCheckPeriods, principalCheckSettled, principalCheckTotals } from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';

// The principal-led check duty as SQL over principal_check_periods (one row per enterprise and period). The rule is
// core's periodStateAsOf: done when done_on ≤ D; missed when the period ended before D; due otherwise; rows whose
// period or duty had not begun by D do not count. principal-checks.equivalence.test.ts holds the two equal.

const p = principalCheckPeriods;

export const periodsInScope = (scope: Scope): SQL => scopeWhere(scope, { regionCode: p.regionCode, sectors: p.sectors, enterpriseId: p.enterpriseId });

export type ComplianceFilter = { regionPrefix: string | null; sector: string | null };
export type Window = { start: string; end: string };

/** Periods overlapping the window, begun by D, with the duty begun by D. A period starts at most 2 months before a window it overlaps. */
function windowWhere(scope: Scope, filter: ComplianceFilter, window: Window, asOf: string): SQL {
  const low = addMonths(window.start, -2);
  const high = window.end < asOf ? window.end : asOf;
  const drill = filter.regionPrefix && !(scope.kind === 'region' && scope.regionPrefix === filter.regionPrefix) ? sql` AND ${p.regionCode} LIKE ${`${filter.regionPrefix}%`}` : sql``;
  const sector = filter.sector ? sql` AND ${p.sectors} @> ARRAY[${filter.sector}]::text[]` : sql``;
  return sql`${p.periodStart} >= ${low} AND ${p.periodStart} <= ${high} AND ${p.periodEnd} >= ${window.start} AND ${p.dueFrom} <= ${asOf} AND ${periodsInScope(scope)}${drill}${sector}`;
}

export function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

const tally = (asOf: string) => sql`
  count(*) FILTER (WHERE ${p.doneOn} <= ${asOf})::int AS done,
  count(*) FILTER (WHERE (${p.doneOn} IS NULL OR ${p.doneOn} > ${asOf}) AND ${p.periodEnd} >= ${asOf})::int AS due,
  count(*) FILTER (WHERE (${p.doneOn} IS NULL OR ${p.doneOn} > ${asOf}) AND ${p.periodEnd} < ${asOf})::int AS missed`;

export type ComplianceRow = { key: string | null; done: number; due: number; missed: number };

/** The grouping of a compliance figure: all in one, sub-regions (code prefix of this length), sectors, periods, or enterprises. */
export type ComplianceGroup = { kind: 'none' } | { kind: 'region'; prefixLength: number } | { kind: 'sector' } | { kind: 'period' } | { kind: 'enterprise' };

export async function complianceBy(
  db: Db,
  scope: Scope,
  filter: ComplianceFilter,
  window: Window,
  asOf: string,
  group: ComplianceGroup,
  options: { source?: 'auto' | 'periods' } = {},
): Promise<ComplianceRow[]> {
  const settled = options.source === 'periods' || !totalsAnswer(scope, filter, group) ? [] : await settledPeriods(db, window, asOf);
  // The periods the totals do not answer are read from the rows, one index range per period (a UNION ALL under the
  // table's own name, so the groupings below read it unchanged; one OR'd condition would be planned as a heap scan).
  const open = settled.length === 0 ? null : unsettledPeriods(window, asOf, settled);
  if (open !== null && open.length === 0) return totalsBy(db, scope, filter, settled, group);
  const base = windowWhere(scope, filter, window, asOf);
  const from =
    open === null
      ? sql`${p}`
      : sql`(${sql.join(
          open.map((x) => sql`SELECT ${indexColumns} FROM ${p} WHERE ${base} AND ${p.periodStart} = ${x.start}::date AND ${p.cadence} = ${x.cadence}`),
          sql` UNION ALL `,
        )}) AS ${p}`;
  const where = open === null ? base : sql`true`;
  let query: SQL;
  switch (group.kind) {
    case 'none':
      query = sql`SELECT NULL AS key, ${tally(asOf)} FROM ${from} WHERE ${where}`;
      break;
    case 'region':
      query = sql`SELECT left(${p.regionCode}, ${group.prefixLength}) AS key, ${tally(asOf)} FROM ${from} WHERE ${where} GROUP BY 1`;
      break;
    case 'enterprise':
      query = sql`SELECT ${p.enterpriseId}::text AS key, ${tally(asOf)} FROM ${from} WHERE ${where} GROUP BY 1`;
      break;
    case 'period':
      query = sql`SELECT ${p.cadence} || ':' || ${p.periodStart}::text AS key, ${tally(asOf)} FROM ${from} WHERE ${where} GROUP BY 1 ORDER BY 1`;
      break;
    case 'sector':
      // An enterprise in two sectors counts in both; a regulator sees only its own sectors' rows.
      query = sql`SELECT s.sector AS key, ${tally(asOf)} FROM ${from} CROSS JOIN LATERAL unnest(${p.sectors}) AS s(sector) WHERE ${where}${ownSectors(scope)} GROUP BY 1`;
      break;
  }
  const rows = rowsOf<ComplianceRow>(await db.execute(query));
  if (settled.length === 0) return rows;
  return mergeRows(rows, await totalsBy(db, scope, filter, settled, group));
}

/** The window index's columns: what the groupings read, so each branch is an index-only scan. */
const indexColumns = sql.raw('period_start, region_code, period_end, due_from, done_on, cadence, sectors');

const ownSectors = (scope: Scope) =>
  scope.kind === 'region' && scope.sectors !== null ? sql` AND s.sector = ANY(ARRAY[${sql.join(scope.sectors.map((x) => sql`${x}`), sql`, `)}]::text[])` : sql``;

// ---- settled periods from principal_check_totals (county × sector set × period) ----

/** The totals hold whole counties: they answer region scopes and drill-downs down to county level, not townships or enterprises. */
function totalsAnswer(scope: Scope, filter: ComplianceFilter, group: ComplianceGroup): boolean {
  if (scope.kind !== 'region' || scope.regionPrefix.length > 6) return false;
  if (filter.regionPrefix !== null && filter.regionPrefix.length > 6) return false;
  if (group.kind === 'enterprise') return false;
  return group.kind !== 'region' || group.prefixLength <= 6;
}

/** The periods of both cadences overlapping the window, begun by D, that the totals do not answer. */
function unsettledPeriods(window: Window, asOf: string, settled: readonly { cadence: CheckCadence; period_start: string }[]): CheckPeriod[] {
  const answered = new Set(settled.map((x) => `${x.cadence}:${x.period_start}`));
  return (['month', 'quarter'] as const).flatMap((cadence) => periodsOverlapping(window, cadence).filter((x) => x.start <= asOf && !answered.has(`${cadence}:${x.start}`)));
}

/** Settled periods overlapping the window whose totals are final as of D. */
async function settledPeriods(db: Db, window: Window, asOf: string) {
  const t = principalCheckSettled;
  return rowsOf<{ cadence: CheckCadence; period_start: string }>(
    await db.execute(sql`SELECT ${t.cadence} AS cadence, ${t.periodStart}::text AS period_start FROM ${t}
      WHERE ${t.periodStart} >= ${addMonths(window.start, -2)} AND ${t.periodStart} <= ${window.end} AND ${t.periodEnd} >= ${window.start} AND ${t.finalFrom} <= ${asOf}`),
  );
}

async function totalsBy(db: Db, scope: Scope, filter: ComplianceFilter, settled: readonly { cadence: CheckCadence; period_start: string }[], group: ComplianceGroup): Promise<ComplianceRow[]> {
  const t = principalCheckTotals;
  const regionScope = scope.kind === 'region' ? scope : null;
  const where = sql`(${t.cadence}, ${t.periodStart}) IN (${sql.join(settled.map((x) => sql`(${x.cadence}, ${x.period_start}::date)`), sql`, `)})
    ${regionScope ? sql`AND ${t.countyCode} LIKE ${`${regionScope.regionPrefix}%`}` : sql``}
    ${regionScope && regionScope.sectors !== null ? (regionScope.sectors.length === 0 ? sql`AND false` : sql`AND ${t.sectors} && ARRAY[${sql.join(regionScope.sectors.map((x) => sql`${x}`), sql`, `)}]::text[]`) : sql``}
    ${filter.regionPrefix ? sql`AND ${t.countyCode} LIKE ${`${filter.regionPrefix}%`}` : sql``}
    ${filter.sector ? sql`AND ${t.sectors} @> ARRAY[${filter.sector}]::text[]` : sql``}`;
  const sums = sql`sum(${t.done})::int AS done, 0 AS due, sum(${t.required} - ${t.done})::int AS missed`;
  let query: SQL;
  switch (group.kind) {
    case 'none':
      query = sql`SELECT NULL AS key, ${sums} FROM ${t} WHERE ${where}`;
      break;
    case 'region':
      query = sql`SELECT left(${t.countyCode}, ${group.prefixLength}) AS key, ${sums} FROM ${t} WHERE ${where} GROUP BY 1`;
      break;
    case 'period':
      query = sql`SELECT ${t.cadence} || ':' || ${t.periodStart}::text AS key, ${sums} FROM ${t} WHERE ${where} GROUP BY 1`;
      break;
    case 'sector':
      query = sql`SELECT s.sector AS key, ${sums} FROM ${t} CROSS JOIN LATERAL unnest(${t.sectors}) AS s(sector) WHERE ${where}${ownSectors(scope)} GROUP BY 1`;
      break;
    case 'enterprise':
      return [];
  }
  return rowsOf<ComplianceRow>(await db.execute(query)).filter((r) => r.done !== null);
}

function mergeRows(a: readonly ComplianceRow[], b: readonly ComplianceRow[]): ComplianceRow[] {
  const out = new Map<string | null, ComplianceRow>();
  for (const r of [...a, ...b]) {
    const prev = out.get(r.key);
    out.set(r.key, prev ? { key: r.key, done: prev.done + r.done, due: prev.due + r.due, missed: prev.missed + r.missed } : { ...r });
  }
  return [...out.values()];
}

/** The rows a compliance figure reads, counted plainly (the benchmark's baseline). */
export async function countWindowRows(db: Db, scope: Scope, filter: ComplianceFilter, window: Window, asOf: string): Promise<number> {
  return rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM ${p} WHERE ${windowWhere(scope, filter, window, asOf)}`))[0]?.n ?? 0;
}

/** How far back a 未开展排查 streak is followed (longer streaks are shown as "at least"). */
export const STREAK_LOOKBACK_MONTHS = 24;

/**
 * The enterprises whose last `minimum` periods (of their cadence, by the calendar) ended by D were all owed and
 * missed: the rows of those few periods only, by the window index.
 */
function candidatesSql(scope: Scope, filter: ComplianceFilter, asOf: string, minimum: number): SQL {
  const drill = filter.regionPrefix ? sql` AND ${p.regionCode} LIKE ${`${filter.regionPrefix}%`}` : sql``;
  const sector = filter.sector ? sql` AND ${p.sectors} @> ARRAY[${filter.sector}]::text[]` : sql``;
  const keys = (cadence: CheckCadence) => sql.join(lastEndedPeriods(cadence, asOf, minimum).map((x) => sql`${x.start}::date`), sql`, `);
  return sql`
    SELECT ${p.enterpriseId} AS enterprise_id FROM ${p}
    WHERE ((${p.cadence} = 'month' AND ${p.periodStart} IN (${keys('month')})) OR (${p.cadence} = 'quarter' AND ${p.periodStart} IN (${keys('quarter')})))
      AND ${p.dueFrom} <= ${asOf} AND (${p.doneOn} IS NULL OR ${p.doneOn} > ${asOf})
      AND ${periodsInScope(scope)}${drill}${sector}
    GROUP BY ${p.enterpriseId}, ${p.cadence} HAVING count(*) = ${minimum}`;
}

/** How many enterprises missed their last `minimum` periods in a row as of D (未开展排查; 进展缓慢 from 2). */
export async function countMissedStreaks(db: Db, scope: Scope, filter: ComplianceFilter, asOf: string, minimum: number): Promise<number> {
  return rowsOf<{ n: number }>(await db.execute(sql`SELECT count(DISTINCT enterprise_id)::int AS n FROM (${candidatesSql(scope, filter, asOf, minimum)}) c`))[0]?.n ?? 0;
}

export type MissedStreak = { enterprise_id: string; streak: number; first_missed: string; last_missed: string; cadence: CheckCadence };

/**
 * Enterprises whose newest ended periods (as of D) were missed `minimum` or more times in a row, with the streak's
 * length and span. SQL finds the candidates (or takes the given enterprises) and reads their last two years of
 * periods; the streak is core's consecutiveMissed over them, the same rule the tests hold the counts to.
 */
export async function missedStreaks(db: Db, scope: Scope, filter: ComplianceFilter, asOf: string, minimum: number, enterpriseIds: readonly string[] | null = null): Promise<MissedStreak[]> {
  if (enterpriseIds !== null && enterpriseIds.length === 0) return [];
  const candidates =
    enterpriseIds === null
      ? sql`SELECT DISTINCT enterprise_id FROM (${candidatesSql(scope, filter, asOf, minimum)}) c`
      : sql`SELECT unnest(ARRAY[${sql.join(enterpriseIds.map((id) => sql`${id}`), sql`, `)}]::uuid[]) AS enterprise_id`;
  const rows = rowsOf<{ enterprise_id: string; cadence: CheckCadence; period_start: string; period_end: string; due_from: string; done_on: string | null }>(
    await db.execute(sql`
      WITH candidates AS (${candidates})
      SELECT ${p.enterpriseId}::text AS enterprise_id, ${p.cadence} AS cadence, ${p.periodStart}::text AS period_start, ${p.periodEnd}::text AS period_end,
             ${p.dueFrom}::text AS due_from, ${p.doneOn}::text AS done_on
      FROM ${p} JOIN candidates c ON c.enterprise_id = ${p.enterpriseId}
      WHERE ${p.periodEnd} < ${asOf} AND ${p.periodStart} >= ${addMonths(asOf, -STREAK_LOOKBACK_MONTHS)} AND ${periodsInScope(scope)}`),
  );
  const byEnterprise = new Map<string, PeriodRecord[]>();
  for (const r of rows) {
    const list = byEnterprise.get(r.enterprise_id) ?? [];
    list.push({ period: { cadence: r.cadence, start: r.period_start, end: r.period_end }, dueFrom: r.due_from, doneOn: r.done_on });
    byEnterprise.set(r.enterprise_id, list);
  }
  const out: MissedStreak[] = [];
  for (const [id, records] of byEnterprise) {
    const streak = consecutiveMissed(records, asOf);
    if (streak < minimum || streak === 0) continue;
    const newest = [...records].filter((r) => r.period.end < asOf).sort((a, b) => (a.period.start < b.period.start ? 1 : -1))[0];
    if (!newest) continue;
    let first = newest.period;
    for (let k = 1; k < streak; k++) first = previousPeriod(first);
    out.push({ enterprise_id: id, streak, first_missed: first.start, last_missed: lastEndedPeriods(newest.period.cadence, asOf, 1)[0]?.end ?? newest.period.end, cadence: newest.period.cadence });
  }
  return out.sort((a, b) => b.streak - a.streak || (a.enterprise_id < b.enterprise_id ? -1 : 1));
}

export type PeriodRow = { enterprise_id: string; cadence: CheckCadence; period_start: string; period_end: string; due_from: string; done_on: string | null; done_inspection_id: string | null };

/** One enterprise's periods (newest first), for its own page and the regulator's drill-down. */
export async function periodsOfEnterprise(db: Db, scope: Scope, enterpriseId: string, limit = 24): Promise<PeriodRow[]> {
  return rowsOf<PeriodRow>(
    await db.execute(sql`SELECT ${p.enterpriseId}::text AS enterprise_id, ${p.cadence} AS cadence, ${p.periodStart}::text AS period_start, ${p.periodEnd}::text AS period_end,
        ${p.dueFrom}::text AS due_from, ${p.doneOn}::text AS done_on, ${p.doneInspectionId}::text AS done_inspection_id
      FROM ${p} WHERE ${p.enterpriseId} = ${enterpriseId} AND ${periodsInScope(scope)} ORDER BY ${p.periodStart} DESC LIMIT ${limit}`),
  );
}

/** The enterprises of a compliance drill-down with their state in the window: names, regions, per-period states. */
export async function enterprisePeriods(db: Db, scope: Scope, filter: ComplianceFilter, window: Window, asOf: string, state: 'done' | 'due' | 'missed' | null, page: number, pageSize: number) {
  const where = windowWhere(scope, filter, window, asOf);
  const stateOf = sql`CASE WHEN ${p.doneOn} <= ${asOf} THEN 'done' WHEN ${p.periodEnd} < ${asOf} THEN 'missed' ELSE 'due' END`;
  const having = state ? sql`HAVING bool_or(${stateOf} = ${state})` : sql``;
  const base = sql`SELECT ${p.enterpriseId} AS enterprise_id FROM ${p} WHERE ${where} GROUP BY ${p.enterpriseId} ${having}`;
  const [total] = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM (${base}) x`));
  const rows = rowsOf<{ enterprise_id: string; name: string; region_code: string; region_name: string; periods: { cadence: CheckCadence; start: string; end: string; doneOn: string | null; state: 'done' | 'due' | 'missed'; inspectionId: string | null }[] }>(
    await db.execute(sql`
      WITH page AS (${base} ORDER BY ${p.enterpriseId} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize})
      SELECT e.id::text AS enterprise_id, e.name, e.region_code, r.name AS region_name,
        (SELECT jsonb_agg(jsonb_build_object('cadence', ${p.cadence}, 'start', ${p.periodStart}, 'end', ${p.periodEnd}, 'doneOn', ${p.doneOn}, 'state', ${stateOf}, 'inspectionId', ${p.doneInspectionId}) ORDER BY ${p.periodStart})
           FROM ${p} WHERE ${p.enterpriseId} = e.id AND ${where}) AS periods
      FROM page JOIN enterprises e ON e.id = page.enterprise_id JOIN regions r ON r.code = e.region_code
      ORDER BY e.region_code, e.name`),
  );
  return { total: total?.n ?? 0, rows };
}
