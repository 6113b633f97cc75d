import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { openHazardStatuses, type Scope, type SupervisionClass, type SupervisionFacts } from '@zhiben/core';
import { rowsOf, type Db } from '../../db/client.ts';
import { enterprises, supervisionClasses, watchList } from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';

const openList = sql.join(openHazardStatuses.map((s) => sql`${s}`), sql`, `);
const textArray = (xs: readonly string[]) => (xs.length === 0 ? sql`'{}'::text[]` : sql`ARRAY[${sql.join(xs.map((x) => sql`${x}`), sql`, `)}]::text[]`);

export type EnterpriseFacts = SupervisionFacts & { enterpriseId: string; regionCode: string; sectors: string[] };

/**
 * What the class is computed from, per operating enterprise under `regionPrefix`, as of `today`: open and overdue
 * (major) hazards (core openHazardStatuses), principal-led check periods of the last 12 months that ended undone,
 * the high-risk flag (the enterprise's or its sector's) and the watch list. A system read (no actor scope): the
 * caller computes classes for a region it covers.
 */
export async function systemClassFacts(db: Db, regionPrefix: string, today: string, highRiskSectors: readonly string[]): Promise<EnterpriseFacts[]> {
  const result = await db.execute(sql`
    SELECT e.id AS "enterpriseId", e.region_code AS "regionCode", e.sectors,
      (e.high_risk OR e.sectors && ${textArray(highRiskSectors)}) AS "highRisk",
      coalesce(h.open_major, 0)::int AS "openMajor", coalesce(h.overdue_major, 0)::int AS "overdueMajor", coalesce(h.overdue, 0)::int AS overdue,
      (SELECT count(*)::int FROM principal_check_periods p WHERE p.enterprise_id = e.id AND p.done_on IS NULL AND p.period_end < ${today}::date AND p.period_end >= ${today}::date - 365) AS "missedChecks",
      (w.enterprise_id IS NOT NULL) AS watched
    FROM enterprises e
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE level = 'major') AS open_major,
             count(*) FILTER (WHERE level = 'major' AND deadline < ${today}::date) AS overdue_major,
             count(*) FILTER (WHERE deadline < ${today}::date) AS overdue
      FROM hazards WHERE enterprise_id = e.id AND status IN (${openList})
    ) h ON true
    LEFT JOIN ${watchList} w ON w.enterprise_id = e.id
    WHERE e.region_code LIKE ${`${regionPrefix}%`} AND e.status = 'operating'`);
  return rowsOf<EnterpriseFacts>(result);
}

/** Replaces a month's classes under a region prefix (one statement per 5,000 rows, in the caller's transaction). */
export async function replaceClasses(tx: Db, period: string, regionPrefix: string, rows: (typeof supervisionClasses.$inferInsert)[]): Promise<void> {
  await tx.delete(supervisionClasses).where(and(eq(supervisionClasses.period, period), sql`${supervisionClasses.regionCode} LIKE ${`${regionPrefix}%`}`));
  // Two first reads of a month may compute at once: the later insert wins, neither fails.
  const later = (column: string) => sql.raw(`excluded.${column}`);
  for (let i = 0; i < rows.length; i += 5000) {
    await tx
      .insert(supervisionClasses)
      .values(rows.slice(i, i + 5000))
      .onConflictDoUpdate({ target: [supervisionClasses.period, supervisionClasses.enterpriseId], set: { class: later('class'), score: later('score'), reasons: later('reasons'), regionCode: later('region_code'), sectors: later('sectors'), computedOn: later('computed_on') } });
  }
}

export async function hasClasses(db: Db, period: string, regionPrefix: string): Promise<boolean> {
  const [row] = await db.select({ one: sql<number>`1` }).from(supervisionClasses).where(and(eq(supervisionClasses.period, period), sql`${supervisionClasses.regionCode} LIKE ${`${regionPrefix}%`}`)).limit(1);
  return row !== undefined;
}

const classWhere = (scope: Scope): SQL => scopeWhere(scope, { regionCode: supervisionClasses.regionCode, sectors: supervisionClasses.sectors, enterpriseId: supervisionClasses.enterpriseId });

export type ClassFilter = { period: string; class?: SupervisionClass | undefined; q?: string | undefined; watched?: boolean | undefined; belowMinimum?: { year: string; min: Record<SupervisionClass, number> } | undefined };

/** Inspections of an enterprise this year by any staff org (planned or done, not cancelled; enterprises' own checks do not count). */
const inspectionsThisYear = (year: string) =>
  sql<number>`(SELECT count(*)::int FROM inspections i WHERE i.enterprise_id = ${supervisionClasses.enterpriseId} AND i.org_id IS NOT NULL AND i.status <> 'cancelled' AND i.kind <> 'self_inspection' AND coalesce(i.check_date, i.planned_on) BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date)`;

export async function listClasses(db: Db, scope: Scope, filter: ClassFilter, year: string, page: number, pageSize: number) {
  const min = filter.belowMinimum?.min;
  const minSql = min ? sql`CASE ${supervisionClasses.class} WHEN 'A' THEN ${min.A}::int WHEN 'B' THEN ${min.B}::int ELSE ${min.C}::int END` : undefined;
  const where = and(
    eq(supervisionClasses.period, filter.period),
    classWhere(scope),
    filter.class ? eq(supervisionClasses.class, filter.class) : undefined,
    filter.q ? sql`${enterprises.name} LIKE ${`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : undefined,
    filter.watched === undefined ? undefined : filter.watched ? sql`${watchList.enterpriseId} IS NOT NULL` : sql`${watchList.enterpriseId} IS NULL`,
    minSql ? sql`${inspectionsThisYear(year)} < ${minSql}` : undefined,
  );
  const [rows, [count], byClass] = await Promise.all([
    db
      .select({
        enterpriseId: supervisionClasses.enterpriseId,
        name: enterprises.name,
        regionCode: supervisionClasses.regionCode,
        sectors: supervisionClasses.sectors,
        class: supervisionClasses.class,
        score: supervisionClasses.score,
        reasons: supervisionClasses.reasons,
        watchedReason: watchList.reason,
        inspections: inspectionsThisYear(year),
      })
      .from(supervisionClasses)
      .innerJoin(enterprises, eq(enterprises.id, supervisionClasses.enterpriseId))
      .leftJoin(watchList, eq(watchList.enterpriseId, supervisionClasses.enterpriseId))
      .where(where)
      .orderBy(asc(supervisionClasses.class), sql`${supervisionClasses.score} DESC`, asc(enterprises.name))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(supervisionClasses).innerJoin(enterprises, eq(enterprises.id, supervisionClasses.enterpriseId)).leftJoin(watchList, eq(watchList.enterpriseId, supervisionClasses.enterpriseId)).where(where),
    db
      .select({ class: supervisionClasses.class, n: sql<number>`count(*)::int` })
      .from(supervisionClasses)
      .where(and(eq(supervisionClasses.period, filter.period), classWhere(scope)))
      .groupBy(supervisionClasses.class),
  ]);
  return { rows, total: count?.n ?? 0, byClass };
}

/** The class of each enterprise for a period (a draw's strata by class). */
export async function classesOf(db: Db, period: string, enterpriseIds: readonly string[]): Promise<Map<string, SupervisionClass>> {
  if (enterpriseIds.length === 0) return new Map();
  const rows = await db.select({ id: supervisionClasses.enterpriseId, class: supervisionClasses.class }).from(supervisionClasses).where(eq(supervisionClasses.period, period));
  const wanted = new Set(enterpriseIds);
  return new Map(rows.filter((r) => wanted.has(r.id)).map((r) => [r.id, r.class]));
}

export async function putWatch(tx: Db, values: typeof watchList.$inferInsert): Promise<void> {
  await tx.insert(watchList).values(values).onConflictDoUpdate({ target: watchList.enterpriseId, set: { reason: values.reason, orgId: values.orgId, addedBy: values.addedBy, addedAt: values.addedAt } });
}

export async function removeWatch(tx: Db, enterpriseId: string): Promise<boolean> {
  return (await tx.delete(watchList).where(eq(watchList.enterpriseId, enterpriseId)).returning({ id: watchList.enterpriseId })).length === 1;
}
