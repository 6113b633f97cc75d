import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Scope, ServiceBodyStatus, ServiceBodyType } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { enterprises, orgs, serviceBodies, serviceBodyStaff, serviceContracts, serviceReportReviews, serviceReports, serviceReviewDraws } from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';
import { enterpriseInScope } from '../enterprises/enterprises.repository.ts';

export type BodyRow = typeof serviceBodies.$inferSelect;
export type StaffRow = typeof serviceBodyStaff.$inferSelect;
export type ReportRow = typeof serviceReports.$inferSelect;
export type ReviewRow = typeof serviceReportReviews.$inferSelect;
export type DrawRow = typeof serviceReviewDraws.$inferSelect;
export type ContractRow = typeof serviceContracts.$inferSelect;

/**
 * Bodies are not bound to a sector (one 安全评价 body serves every sector), so an officer sees the bodies of orgs in
 * its region whatever its sectors: the region part of the scope only.
 */
const regionOnly = (scope: Scope): Scope => (scope.kind === 'region' ? { ...scope, sectors: null } : scope);
const bodyWhere = (scope: Scope): SQL => (scope.kind === 'region' ? scopeWhere(regionOnly(scope), { regionCode: serviceBodies.regionCode, enterpriseId: serviceBodies.orgId }) : sql`false`);
const contractWhere = (scope: Scope): SQL => (scope.kind === 'region' ? scopeWhere(regionOnly(scope), { regionCode: serviceContracts.regionCode, enterpriseId: serviceContracts.orgId }) : sql`false`);
const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export type BodyFilter = { type?: ServiceBodyType | undefined; status?: ServiceBodyStatus | undefined; licence?: 'expired' | 'expiring' | 'attention' | undefined; q?: string | undefined; today: string; expiringUntil: string };

function bodyFilterWhere(scope: Scope, f: BodyFilter): SQL | undefined {
  const licence =
    f.licence === 'expired'
      ? sql`${serviceBodies.nextExpiry} < ${f.today}::date`
      : f.licence === 'expiring'
        ? sql`${serviceBodies.nextExpiry} BETWEEN ${f.today}::date AND ${f.expiringUntil}::date`
        : f.licence === 'attention'
          ? sql`${serviceBodies.nextExpiry} <= ${f.expiringUntil}::date`
          : undefined;
  return and(
    bodyWhere(scope),
    f.type ? eq(serviceBodies.type, f.type) : undefined,
    f.status ? eq(serviceBodies.status, f.status) : undefined,
    licence,
    // A removed body has nothing left to renew: it is not 待办.
    f.licence ? sql`${serviceBodies.status} <> 'removed'` : undefined,
    f.q ? sql`(${serviceBodies.name} LIKE ${like(f.q)} OR ${serviceBodies.uscc} = ${f.q.toUpperCase()})` : undefined,
  );
}

export async function listBodies(db: Db, scope: Scope, f: BodyFilter, page: number, pageSize: number): Promise<{ rows: (BodyRow & { orgName: string })[]; total: number }> {
  const where = bodyFilterWhere(scope, f);
  const [rows, [count]] = await Promise.all([
    db
      .select({ body: serviceBodies, orgName: orgs.name })
      .from(serviceBodies)
      .innerJoin(orgs, eq(orgs.id, serviceBodies.orgId))
      .where(where)
      .orderBy(asc(serviceBodies.name), asc(serviceBodies.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(serviceBodies).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r.body, orgName: r.orgName })), total: count?.n ?? 0 };
}

export async function findBody(db: Db, scope: Scope, id: string): Promise<(BodyRow & { orgName: string }) | null> {
  const [row] = await db.select({ body: serviceBodies, orgName: orgs.name }).from(serviceBodies).innerJoin(orgs, eq(orgs.id, serviceBodies.orgId)).where(and(eq(serviceBodies.id, id), bodyWhere(scope))).limit(1);
  return row ? { ...row.body, orgName: row.orgName } : null;
}

export async function usccTaken(db: Db, orgId: string, uscc: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: serviceBodies.id })
    .from(serviceBodies)
    .where(and(eq(serviceBodies.orgId, orgId), eq(serviceBodies.uscc, uscc), exceptId ? sql`${serviceBodies.id} <> ${exceptId}` : undefined))
    .limit(1);
  return row !== undefined;
}

export async function insertBody(tx: Db, values: typeof serviceBodies.$inferInsert): Promise<BodyRow> {
  const [row] = await tx.insert(serviceBodies).values(values).returning();
  if (!row) throw new Error('service body insert returned nothing');
  return row;
}

export async function updateBodyIfVersion(tx: Db, id: string, version: number, values: Partial<typeof serviceBodies.$inferInsert>): Promise<BodyRow | null> {
  const [row] = await tx
    .update(serviceBodies)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(serviceBodies.id, id), eq(serviceBodies.version, version)))
    .returning();
  return row ?? null;
}

// ---- staff ----
// Staff, reports and draws are read by their body's or org's id: the route has loaded the body within scope (404
// otherwise) or the org is the caller's own.

export async function listStaff(db: Db, bodyId: string): Promise<StaffRow[]> {
  return db.select().from(serviceBodyStaff).where(eq(serviceBodyStaff.bodyId, bodyId)).orderBy(desc(serviceBodyStaff.active), asc(serviceBodyStaff.name), asc(serviceBodyStaff.id));
}

export async function findStaff(db: Db, bodyId: string, id: string): Promise<StaffRow | null> {
  const [row] = await db.select().from(serviceBodyStaff).where(and(eq(serviceBodyStaff.id, id), eq(serviceBodyStaff.bodyId, bodyId))).limit(1);
  return row ?? null;
}

export async function insertStaff(tx: Db, values: typeof serviceBodyStaff.$inferInsert): Promise<StaffRow> {
  const [row] = await tx.insert(serviceBodyStaff).values(values).returning();
  if (!row) throw new Error('staff insert returned nothing');
  return row;
}

export async function updateStaffIfVersion(tx: Db, id: string, version: number, values: Partial<typeof serviceBodyStaff.$inferInsert>): Promise<StaffRow | null> {
  const [row] = await tx
    .update(serviceBodyStaff)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(serviceBodyStaff.id, id), eq(serviceBodyStaff.version, version)))
    .returning();
  return row ?? null;
}

// ---- reports and reviews ----

export type ReportWithReview = ReportRow & { enterpriseName: string; review: ReviewRow | null };

export async function listReports(db: Db, bodyId: string): Promise<ReportWithReview[]> {
  const rows = await db
    .select({ report: serviceReports, enterpriseName: enterprises.name, review: serviceReportReviews })
    .from(serviceReports)
    .innerJoin(enterprises, eq(enterprises.id, serviceReports.enterpriseId))
    .leftJoin(serviceReportReviews, eq(serviceReportReviews.reportId, serviceReports.id))
    .where(eq(serviceReports.bodyId, bodyId))
    .orderBy(desc(serviceReports.reportDate), asc(serviceReports.id));
  return rows.map((r) => ({ ...r.report, enterpriseName: r.enterpriseName, review: r.review }));
}

export async function insertReport(tx: Db, values: typeof serviceReports.$inferInsert): Promise<ReportRow> {
  const [row] = await tx.insert(serviceReports).values(values).returning();
  if (!row) throw new Error('report insert returned nothing');
  return row;
}

/** The reports of an org's bodies (not removed) dated within a quarter, for the 复核 draw. System read: the org is the caller's own, whose bodies lie in its region. */
export async function systemReportsOfOrgInRange(tx: Db, orgId: string, from: string, to: string): Promise<{ id: string; bodyId: string }[]> {
  return tx
    .select({ id: serviceReports.id, bodyId: serviceReports.bodyId })
    .from(serviceReports)
    .innerJoin(serviceBodies, eq(serviceBodies.id, serviceReports.bodyId))
    .where(and(eq(serviceBodies.orgId, orgId), sql`${serviceBodies.status} <> 'removed'`, sql`${serviceReports.reportDate} BETWEEN ${from}::date AND ${to}::date`));
}

/** Inserts the org's draw for a quarter unless one exists (the unique index decides between two at once). */
export async function insertDrawOnce(tx: Db, values: typeof serviceReviewDraws.$inferInsert): Promise<DrawRow | null> {
  const [row] = await tx.insert(serviceReviewDraws).values(values).onConflictDoNothing({ target: [serviceReviewDraws.orgId, serviceReviewDraws.quarter] }).returning();
  return row ?? null;
}

export async function findDraw(db: Db, orgId: string, quarter: string): Promise<DrawRow | null> {
  const [row] = await db.select().from(serviceReviewDraws).where(and(eq(serviceReviewDraws.orgId, orgId), eq(serviceReviewDraws.quarter, quarter))).limit(1);
  return row ?? null;
}

export async function insertReviews(tx: Db, rows: (typeof serviceReportReviews.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(serviceReportReviews).values(rows).onConflictDoNothing();
}

export type ReviewListRow = ReviewRow & { bodyId: string; bodyName: string; enterpriseName: string; reportType: string; reportDate: string; drawOrgId: string };

const reviewSelect = {
  review: serviceReportReviews,
  bodyId: serviceBodies.id,
  bodyName: serviceBodies.name,
  enterpriseName: enterprises.name,
  reportType: serviceReports.type,
  reportDate: serviceReports.reportDate,
  drawOrgId: serviceReviewDraws.orgId,
};

function reviewsFrom(db: Db) {
  return db
    .select(reviewSelect)
    .from(serviceReportReviews)
    .innerJoin(serviceReviewDraws, eq(serviceReviewDraws.id, serviceReportReviews.drawId))
    .innerJoin(serviceReports, eq(serviceReports.id, serviceReportReviews.reportId))
    .innerJoin(serviceBodies, eq(serviceBodies.id, serviceReports.bodyId))
    .innerJoin(enterprises, eq(enterprises.id, serviceReports.enterpriseId));
}
type ReviewJoined = { review: ReviewRow; bodyId: string; bodyName: string; enterpriseName: string; reportType: string; reportDate: string; drawOrgId: string };
const flatReview = (r: ReviewJoined): ReviewListRow => ({ ...r.review, bodyId: r.bodyId, bodyName: r.bodyName, enterpriseName: r.enterpriseName, reportType: r.reportType, reportDate: r.reportDate, drawOrgId: r.drawOrgId });

/** The quarter's reviews of the bodies in scope. */
export async function listReviews(db: Db, scope: Scope, quarter: string): Promise<ReviewListRow[]> {
  const rows = await reviewsFrom(db)
    .where(and(eq(serviceReportReviews.quarter, quarter), bodyWhere(scope)))
    .orderBy(asc(serviceBodies.name), asc(serviceReports.reportDate), asc(serviceReportReviews.id));
  return rows.map(flatReview);
}

export async function findReview(db: Db, scope: Scope, id: string): Promise<ReviewListRow | null> {
  const [row] = await reviewsFrom(db).where(and(eq(serviceReportReviews.id, id), bodyWhere(scope))).limit(1);
  return row ? flatReview(row) : null;
}

export async function updateReviewIfVersion(tx: Db, id: string, version: number, values: Partial<typeof serviceReportReviews.$inferInsert>): Promise<ReviewRow | null> {
  const [row] = await tx
    .update(serviceReportReviews)
    .set({ ...values, version: version + 1 })
    .where(and(eq(serviceReportReviews.id, id), eq(serviceReportReviews.version, version)))
    .returning();
  return row ?? null;
}

/** Sampled, reviewed and failed reports of a quarter per body in scope (every body in scope, zeros included). */
export async function reviewCounts(db: Db, scope: Scope, quarter: string): Promise<{ body: BodyRow; sampled: number; reviewed: number; failed: number }[]> {
  const counts = db
    .select({
      bodyId: serviceReports.bodyId,
      sampled: sql<number>`count(*)::int`.as('sampled'),
      reviewed: sql<number>`count(${serviceReportReviews.result})::int`.as('reviewed'),
      failed: sql<number>`count(*) FILTER (WHERE ${serviceReportReviews.result} = 'fail')::int`.as('failed'),
    })
    .from(serviceReportReviews)
    .innerJoin(serviceReports, eq(serviceReports.id, serviceReportReviews.reportId))
    .where(eq(serviceReportReviews.quarter, quarter))
    .groupBy(serviceReports.bodyId)
    .as('c');
  const rows = await db
    .select({ body: serviceBodies, sampled: counts.sampled, reviewed: counts.reviewed, failed: counts.failed })
    .from(serviceBodies)
    .leftJoin(counts, eq(counts.bodyId, serviceBodies.id))
    .where(bodyWhere(scope))
    .orderBy(asc(serviceBodies.name), asc(serviceBodies.id));
  return rows.map((r) => ({ body: r.body, sampled: r.sampled ?? 0, reviewed: r.reviewed ?? 0, failed: r.failed ?? 0 }));
}

// ---- contracts ----

export async function insertContract(tx: Db, values: typeof serviceContracts.$inferInsert): Promise<ContractRow> {
  const [row] = await tx.insert(serviceContracts).values(values).returning();
  if (!row) throw new Error('contract insert returned nothing');
  return row;
}

/**
 * Contracts in scope with the purchased inspections done: inspections of kind 第三方检查 that are closed, dated
 * within the period, of the contract's enterprises (any, when it names none), with a team member of role 第三方人员
 * whose unit (org_name) is the body's name. The inspection form records the third party's unit by name, so that is
 * the link; no contract id is written onto inspections.
 */
export async function listContracts(db: Db, scope: Scope, bodyId?: string): Promise<(ContractRow & { bodyName: string; orgName: string; inspectionsDone: number })[]> {
  const done = sql<number>`(SELECT count(*)::int FROM inspections i
    WHERE i.kind = 'third_party' AND i.status = 'closed'
      AND i.check_date BETWEEN ${serviceContracts.periodFrom} AND ${serviceContracts.periodTo}
      AND (cardinality(${serviceContracts.enterpriseIds}) = 0 OR i.enterprise_id = ANY(${serviceContracts.enterpriseIds}))
      AND EXISTS (SELECT 1 FROM inspection_members m WHERE m.inspection_id = i.id AND m.role = 'third_party' AND m.org_name = ${serviceBodies.name}))`;
  const rows = await db
    .select({ contract: serviceContracts, bodyName: serviceBodies.name, orgName: orgs.name, inspectionsDone: done })
    .from(serviceContracts)
    .innerJoin(serviceBodies, eq(serviceBodies.id, serviceContracts.bodyId))
    .innerJoin(orgs, eq(orgs.id, serviceContracts.orgId))
    .where(and(contractWhere(scope), bodyWhere(scope), bodyId ? eq(serviceContracts.bodyId, bodyId) : undefined))
    .orderBy(desc(serviceContracts.periodFrom), asc(serviceContracts.id));
  return rows.map((r) => ({ ...r.contract, bodyName: r.bodyName, orgName: r.orgName, inspectionsDone: r.inspectionsDone }));
}

export async function enterpriseIdsIn(db: Db, scope: Scope, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(inArray(enterprises.id, [...ids]), enterpriseInScope(scope)));
  return new Set(rows.map((r) => r.id));
}
