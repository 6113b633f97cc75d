import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PlanScope, Timeliness } from '@zhiben/core';
import { rowsOf, type Db } from '../../db/client.ts';
import { reportRequirements, reportSubmissions } from '../../db/schema/index.ts';
import { planScopeWhere } from '../plans/plans.scope.ts';
import { compareAndSetRow } from '../../db/compare-and-set.ts';

export type RequirementRow = typeof reportRequirements.$inferSelect;
export type SubmissionRow = typeof reportSubmissions.$inferSelect;

/** Requirements in scope: issued in the region subtree, or naming the actor's org among the reporting orgs. */
export const requirementWhere = (scope: PlanScope): SQL => planScopeWhere(scope, reportRequirements.regionCode, (orgId) => sql`${orgId} = ANY(${reportRequirements.reportingOrgIds})`);

/** Returns in scope: the issuer's region subtree (the requirement's region is copied on), or the org's own. */
export const submissionWhere = (scope: PlanScope): SQL => planScopeWhere(scope, reportSubmissions.regionCode, (orgId) => eq(reportSubmissions.orgId, orgId));

export async function listRequirements(db: Db, scope: PlanScope, filter: { kind?: RequirementRow['kind'] | undefined; active?: boolean | undefined }) {
  return db
    .select()
    .from(reportRequirements)
    .where(and(requirementWhere(scope), filter.kind ? eq(reportRequirements.kind, filter.kind) : undefined, filter.active === undefined ? undefined : eq(reportRequirements.active, filter.active)))
    .orderBy(asc(reportRequirements.regionCode), asc(reportRequirements.createdAt));
}

export async function findRequirement(db: Db, scope: PlanScope, id: string): Promise<RequirementRow | null> {
  const [row] = await db.select().from(reportRequirements).where(and(eq(reportRequirements.id, id), requirementWhere(scope))).limit(1);
  return row ?? null;
}

export async function insertRequirement(db: Db, values: typeof reportRequirements.$inferInsert): Promise<string> {
  const [row] = await db.insert(reportRequirements).values(values).returning({ id: reportRequirements.id });
  if (!row) throw new Error('requirement insert returned nothing');
  return row.id;
}

export async function updateRequirementIfVersion(db: Db, id: string, version: number, values: Partial<typeof reportRequirements.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(reportRequirements)
    .set({ ...values, version: version + 1 })
    .where(and(eq(reportRequirements.id, id), eq(reportRequirements.version, version)))
    .returning({ id: reportRequirements.id });
  return rows.length === 1;
}

export async function findSubmission(db: Db, scope: PlanScope, id: string): Promise<SubmissionRow | null> {
  const [row] = await db.select().from(reportSubmissions).where(and(eq(reportSubmissions.id, id), submissionWhere(scope))).limit(1);
  return row ?? null;
}

/** The return of an org for a requirement and period, if filed (one per org and period). */
export async function submissionFor(db: Db, requirementId: string, period: string, orgId: string): Promise<SubmissionRow | null> {
  const [row] = await db
    .select()
    .from(reportSubmissions)
    .where(and(eq(reportSubmissions.requirementId, requirementId), eq(reportSubmissions.period, period), eq(reportSubmissions.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

/** Inserts a return; null when one already exists for the org and period (the unique key), which is never overwritten. */
export async function insertSubmission(db: Db, values: typeof reportSubmissions.$inferInsert): Promise<SubmissionRow | null> {
  const [row] = await db.insert(reportSubmissions).values(values).onConflictDoNothing({ target: [reportSubmissions.requirementId, reportSubmissions.period, reportSubmissions.orgId] }).returning();
  return row ?? null;
}

// ---- expected returns: every (requirement, due period, reporting org), filed or not ----

/** A requirement's period whose due date has come (or that is asked for), with that due date. */
export type ExpectedPeriod = { requirementId: string; period: string; due: string };

export type ExpectedFilter = { orgId?: string | undefined; timeliness?: Timeliness | undefined; status?: SubmissionRow['status'] | undefined };

/**
 * The expected returns of the given requirement periods, one row per reporting org, joined to the return filed
 * for it: timeliness from the first filing day against the due date (core timeliness, in SQL), as of `today`. The
 * scope limits rows to the issuer's region subtree or the actor's own org.
 */
function expectedSql(scope: PlanScope, periods: readonly ExpectedPeriod[], today: string, filter: ExpectedFilter): SQL {
  // Three array parameters (not one parameter per value): a province's requirements have thousands of due periods.
  const literal = (values: readonly string[]) => `{${values.join(',')}}`;
  const ids = sql`${literal(periods.map((p) => p.requirementId))}::uuid[]`;
  const keys = sql`${literal(periods.map((p) => p.period))}::text[]`;
  const dues = sql`${literal(periods.map((p) => p.due))}::date[]`;
  const visible =
    scope.kind === 'none'
      ? sql`false`
      : scope.regionPrefix === null
        ? sql`o.org_id = ${scope.orgId}`
        : sql`(r.region_code LIKE ${`${scope.regionPrefix}%`} OR o.org_id = ${scope.orgId})`;
  const timeliness = sql`CASE WHEN s.first_filed_on IS NOT NULL AND s.first_filed_on <= ${today}::date
      THEN CASE WHEN s.first_filed_on <= e.due THEN 'on_time' ELSE 'late' END
      WHEN ${today}::date > e.due THEN 'missing' ELSE 'pending' END`;
  return sql`
    SELECT e.requirement_id, r.name AS requirement_name, r.kind, e.period, e.due::text AS due, o.org_id, s.id, s.status, s.first_filed_on::text AS first_filed_on,
      ${timeliness} AS timeliness
    FROM unnest(${ids}, ${keys}, ${dues}) AS e(requirement_id, period, due)
    JOIN report_requirements r ON r.id = e.requirement_id
    CROSS JOIN LATERAL unnest(r.reporting_org_ids) AS o(org_id)
    LEFT JOIN report_submissions s ON s.requirement_id = e.requirement_id AND s.period = e.period AND s.org_id = o.org_id
    WHERE ${visible}
      ${filter.orgId ? sql`AND o.org_id = ${filter.orgId}` : sql``}
      ${filter.status ? sql`AND s.status = ${filter.status}` : sql``}
      ${filter.timeliness ? sql`AND ${timeliness} = ${filter.timeliness}` : sql``}`;
}

export type ExpectedRow = {
  requirement_id: string;
  requirement_name: string;
  kind: RequirementRow['kind'];
  period: string;
  due: string;
  org_id: string;
  id: string | null;
  status: SubmissionRow['status'] | null;
  first_filed_on: string | null;
  timeliness: Timeliness;
};

export async function listExpected(db: Db, scope: PlanScope, periods: readonly ExpectedPeriod[], today: string, filter: ExpectedFilter, page: number, pageSize: number) {
  if (periods.length === 0) return { items: [] as ExpectedRow[], total: 0 };
  const base = expectedSql(scope, periods, today, filter);
  const [items, [total]] = await Promise.all([
    db.execute(sql`${base} ORDER BY e.due DESC, r.name, e.period DESC, o.org_id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`).then((r) => rowsOf<ExpectedRow>(r)),
    db.execute(sql`SELECT count(*)::int AS n FROM (${base}) x`).then((r) => rowsOf<{ n: number }>(r)),
  ]);
  return { items, total: total?.n ?? 0 };
}

export type ExpectedCounts = { key: string; expected: number; on_time: number; late: number; missing: number };

/** On time / late / missing counted by org, period or requirement over the expected returns that are due. */
export async function countExpected(db: Db, scope: PlanScope, periods: readonly ExpectedPeriod[], today: string, by: 'org' | 'period' | 'requirement'): Promise<ExpectedCounts[]> {
  if (periods.length === 0) return [];
  const key = by === 'org' ? sql`x.org_id::text` : by === 'period' ? sql`x.period` : sql`x.requirement_id::text`;
  const result = await db.execute(sql`
    SELECT ${key} AS key, count(*) FILTER (WHERE x.timeliness <> 'pending')::int AS expected,
      count(*) FILTER (WHERE x.timeliness = 'on_time')::int AS on_time,
      count(*) FILTER (WHERE x.timeliness = 'late')::int AS late,
      count(*) FILTER (WHERE x.timeliness = 'missing')::int AS missing
    FROM (${expectedSql(scope, periods, today, {})}) x GROUP BY 1 ORDER BY 1`);
  return rowsOf<ExpectedCounts>(result);
}

/** The reports filed by the as-of day for these requirement periods (investment totals, publicity counts). */
export async function filedReports(db: Db, scope: PlanScope, periods: readonly { requirementId: string; period: string }[], asOf: string) {
  if (periods.length === 0) return [];
  const ids = `{${periods.map((p) => p.requirementId).join(',')}}`;
  const keys = `{${periods.map((p) => p.period).join(',')}}`;
  const rows = await db
    .select({ report: reportSubmissions.report })
    .from(reportSubmissions)
    .where(and(submissionWhere(scope), sql`(${reportSubmissions.requirementId}, ${reportSubmissions.period}) IN (SELECT * FROM unnest(${ids}::uuid[], ${keys}::text[]))`, sql`${reportSubmissions.firstFiledOn} <= ${asOf}::date`));
  return rows.map((r) => r.report);
}

/** Compare-and-set on status and version (the pipeline's step): the row as written, or null when someone changed it first. */
export async function compareAndSetSubmission(db: Db, row: Pick<SubmissionRow, 'id' | 'status' | 'version'>, values: Partial<typeof reportSubmissions.$inferInsert>): Promise<SubmissionRow | null> {
  return compareAndSetRow(db, reportSubmissions, row, values);
}

/** Returns by id within scope (a round's view reads the problems its month's returns raise). */
export async function submissionsByIds(db: Db, scope: PlanScope, ids: readonly string[]): Promise<Map<string, SubmissionRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(reportSubmissions).where(and(inArray(reportSubmissions.id, [...ids]), submissionWhere(scope)));
  return new Map(rows.map((r) => [r.id, r]));
}
