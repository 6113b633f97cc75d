import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { parentRegionCode, type Scope } from '@zhiben/core';
import { rowsOf, type Db } from '../../db/client.ts';
import { enterprises, expertRatings, experts, inspectionMembers, inspections, orgs, regions, users } from '../../db/schema/index.ts';
import type { ExpertFilter } from './experts.schema.ts';

export type ExpertRow = typeof experts.$inferSelect;
export type ExpertListRow = ExpertRow & { ownerOrgName: string; regionServedName: string | null; username: string | null; visits: number; averageScore: number | null };

const e = experts;

/** The 12-digit codes of a region and every region above it (a county officer also uses the city and province libraries). */
function regionAndAncestors(prefix: string): string[] {
  const codes: string[] = [];
  for (let code: string | null = prefix.padEnd(12, '0'); code; code = parentRegionCode(code)) codes.push(code);
  return codes;
}

/**
 * Who reads a library (MODULES A-5): an officer of a region reads the libraries of that region and below, and those of
 * the regions above it — the experts a county may call on include the city's and the province's. Nobody else reads it.
 */
export function expertsInScope(scope: Scope): SQL {
  switch (scope.kind) {
    case 'region':
      return or(sql`${e.regionCode} LIKE ${`${scope.regionPrefix}%`}`, inArray(e.regionCode, regionAndAncestors(scope.regionPrefix))) ?? sql`false`;
    case 'enterprise':
    case 'assigned':
    case 'none':
      return sql`false`;
  }
}

const levelWhere = (level: NonNullable<ExpertFilter['level']>): SQL => {
  switch (level) {
    case 'province':
      return sql`substr(${e.regionCode}, 3) = '0000000000'`;
    case 'city':
      return sql`substr(${e.regionCode}, 5) = '00000000' AND substr(${e.regionCode}, 3, 2) <> '00'`;
    case 'county':
      return sql`substr(${e.regionCode}, 7) = '000000' AND substr(${e.regionCode}, 5, 2) <> '00'`;
  }
};

/** A closed visit of the expert held by `orgId` that the org has not rated yet. */
const unratedVisitOf = (orgId: string): SQL => sql`EXISTS (SELECT 1 FROM ${inspectionMembers} m JOIN ${inspections} i ON i.id = m.inspection_id
  WHERE m.expert_id = ${e.id} AND i.status = 'closed' AND i.org_id = ${orgId}
    AND NOT EXISTS (SELECT 1 FROM ${expertRatings} r WHERE r.expert_id = m.expert_id AND r.inspection_id = i.id))`;

function filterWhere(scope: Scope, filter: ExpertFilter, orgId: string | null, today: string, warnEdge: string): SQL | undefined {
  return and(
    expertsInScope(scope),
    filter.q ? or(ilike(e.name, `%${filter.q}%`), ilike(e.employer, `%${filter.q}%`)) : undefined,
    filter.level ? levelWhere(filter.level) : undefined,
    filter.sector ? sql`${filter.sector} = ANY(${e.sectors})` : undefined,
    filter.topic ? sql`${filter.topic} = ANY(${e.topics})` : undefined,
    filter.source ? eq(e.source, filter.source) : undefined,
    filter.status ? eq(e.status, filter.status) : undefined,
    filter.qualification === 'expiring' ? sql`${e.status} = 'active' AND ${e.earliestExpiry} <= ${warnEdge}::date` : undefined,
    filter.qualification === 'expired' ? sql`${e.status} = 'active' AND ${e.earliestExpiry} < ${today}::date` : undefined,
    filter.own === 'true' ? (orgId ? eq(e.ownerOrgId, orgId) : sql`false`) : undefined,
    filter.unrated === 'true' ? (orgId ? unratedVisitOf(orgId) : sql`false`) : undefined,
  );
}

const visitCount = sql<number>`(SELECT count(*)::int FROM ${inspectionMembers} m JOIN ${inspections} i ON i.id = m.inspection_id WHERE m.expert_id = ${e.id} AND i.status <> 'cancelled')`;
const averageScore = sql<number | null>`(SELECT round(avg(r.score), 1)::float8 FROM ${expertRatings} r WHERE r.expert_id = ${e.id})`;

function selectList(db: Db) {
  return db
    .select({ expert: e, ownerOrgName: orgs.name, regionServedName: regions.name, username: users.username, visits: visitCount, averageScore })
    .from(e)
    .innerJoin(orgs, eq(orgs.id, e.ownerOrgId))
    .leftJoin(regions, eq(regions.code, e.regionServed))
    .leftJoin(users, eq(users.id, e.userId));
}

const flatten = (r: { expert: ExpertRow; ownerOrgName: string; regionServedName: string | null; username: string | null; visits: number; averageScore: number | null }): ExpertListRow => ({
  ...r.expert,
  ownerOrgName: r.ownerOrgName,
  regionServedName: r.regionServedName,
  username: r.username,
  visits: Number(r.visits),
  averageScore: r.averageScore === null ? null : Number(r.averageScore),
});

export async function listExperts(db: Db, scope: Scope, filter: ExpertFilter, orgId: string | null, today: string, warnEdge: string, page: number, pageSize: number) {
  const where = filterWhere(scope, filter, orgId, today, warnEdge);
  const [rows, [total]] = await Promise.all([
    selectList(db)
      .where(where)
      .orderBy(asc(e.status), asc(e.name), asc(e.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(e).where(where),
  ]);
  return { items: rows.map(flatten), total: Number(total?.n ?? 0) };
}

export async function findExpert(db: Db, scope: Scope, id: string): Promise<ExpertListRow | null> {
  const [row] = await selectList(db).where(and(eq(e.id, id), expertsInScope(scope)));
  return row ? flatten(row) : null;
}

/** The expert record of a signed-in expert (his own page): no region scope, the account is the key. */
export async function findExpertOfUser(db: Db, userId: string): Promise<ExpertListRow | null> {
  const [row] = await selectList(db).where(eq(e.userId, userId));
  return row ? flatten(row) : null;
}

export async function insertExpert(tx: Db, row: typeof experts.$inferInsert): Promise<void> {
  await tx.insert(e).values(row);
}

export async function updateExpertIfVersion(tx: Db, id: string, version: number, changes: Partial<typeof experts.$inferInsert>): Promise<boolean> {
  const rows = await tx
    .update(e)
    .set({ ...changes, version: sql`${e.version} + 1` })
    .where(and(eq(e.id, id), eq(e.version, version)))
    .returning({ id: e.id });
  return rows.length === 1;
}

/** A library lists a person once: the same ID number (by its keyed hash) in the same owner org. */
export async function idNumberTaken(db: Db, ownerOrgId: string, idNumberKey: string, exceptId: string | null): Promise<boolean> {
  const rows = await db
    .select({ id: e.id })
    .from(e)
    .where(and(eq(e.ownerOrgId, ownerOrgId), eq(e.idNumberKey, idNumberKey), exceptId ? sql`${e.id} <> ${exceptId}` : undefined));
  return rows.length > 0;
}

/** An account for the expert: the user of that name with role 专家. A system read: usernames are unique platform-wide. */
export async function systemExpertAccount(db: Db, username: string): Promise<{ id: string; roles: string[]; linkedExpertId: string | null } | null> {
  const [row] = await db
    .select({ id: users.id, roles: users.roles, linkedExpertId: e.id })
    .from(users)
    .leftJoin(e, eq(e.userId, users.id))
    .where(and(eq(users.username, username), eq(users.disabled, false)));
  return row ?? null;
}

export async function enterpriseNames(db: Db, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.id, [...ids]));
}

/**
 * An expert's visits (inspections he is a member of), newest first, with the rating when given. `inScope` limits them
 * to the inspections the reader may open (the caller passes the inspections module's scope SQL).
 */
export async function expertVisits(db: Db, expertId: string, inScope: SQL, limit = 100) {
  return db
    .select({
      inspectionId: inspections.id,
      inspectionNo: inspections.inspectionNo,
      kind: inspections.kind,
      subjectName: inspections.subjectName,
      plannedOn: inspections.plannedOn,
      status: inspections.status,
      orgId: inspections.orgId,
      findings: inspections.findings,
      majorFindings: inspections.majorFindings,
      score: expertRatings.score,
      comment: expertRatings.comment,
      ratedAt: expertRatings.ratedAt,
    })
    .from(inspectionMembers)
    .innerJoin(inspections, eq(inspections.id, inspectionMembers.inspectionId))
    .leftJoin(expertRatings, and(eq(expertRatings.expertId, inspectionMembers.expertId), eq(expertRatings.inspectionId, inspections.id)))
    .where(and(eq(inspectionMembers.expertId, expertId), inScope))
    .orderBy(desc(inspections.plannedOn), desc(inspections.id))
    .limit(limit);
}

/** Whether the expert is on this inspection's team (what a rating needs). */
export async function isMember(db: Db, expertId: string, inspectionId: string): Promise<boolean> {
  const rows = await db
    .select({ seq: inspectionMembers.seq })
    .from(inspectionMembers)
    .where(and(eq(inspectionMembers.expertId, expertId), eq(inspectionMembers.inspectionId, inspectionId)));
  return rows.length > 0;
}

export async function insertRating(tx: Db, row: typeof expertRatings.$inferInsert): Promise<boolean> {
  const rows = await tx.insert(expertRatings).values(row).onConflictDoNothing().returning({ id: expertRatings.id });
  return rows.length === 1;
}

/** The expert's scores, newest first (what the suspension rule reads). */
export async function recentScores(tx: Db, expertId: string, limit: number): Promise<number[]> {
  const rows = await tx.select({ score: expertRatings.score }).from(expertRatings).where(eq(expertRatings.expertId, expertId)).orderBy(desc(expertRatings.ratedAt), desc(expertRatings.id)).limit(limit);
  return rows.map((r) => r.score);
}

/**
 * The assignment facts of experts for one enterprise: status, conflict, visits to it since `since` and visits this
 * year (rotation, A-5). A system read by id: the caller loaded the experts within scope.
 */
export async function systemAssignmentFacts(db: Db, expertIds: readonly string[], enterpriseId: string, since: string, yearStart: string) {
  if (expertIds.length === 0) return [];
  const result = await db.execute(sql`
    SELECT x.id, x.name, x.status, x.user_id AS "userId", x.employer, x.region_code AS "regionCode", x.sectors,
      (${enterpriseId}::uuid = ANY(x.conflict_enterprise_ids)) AS conflicted,
      (SELECT count(*)::int FROM inspection_members m JOIN inspections i ON i.id = m.inspection_id
        WHERE m.expert_id = x.id AND i.enterprise_id = ${enterpriseId}::uuid AND i.status <> 'cancelled' AND i.planned_on >= ${since}::date) AS "recentVisits",
      (SELECT count(*)::int FROM inspection_members m JOIN inspections i ON i.id = m.inspection_id
        WHERE m.expert_id = x.id AND i.status <> 'cancelled' AND i.planned_on >= ${yearStart}::date) AS "visitsThisYear"
    FROM experts x WHERE x.id IN (${sql.join(expertIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
  return rowsOf<{ id: string; name: string; status: ExpertRow['status']; userId: string | null; employer: string; regionCode: string; sectors: string[]; conflicted: boolean; recentVisits: number; visitsThisYear: number }>(result);
}

/** The experts in scope who cover a sector (candidates for a visit), at most 200. */
export async function expertIdsForSector(db: Db, scope: Scope, sector: string | null): Promise<string[]> {
  const rows = await db
    .select({ id: e.id })
    .from(e)
    .where(and(expertsInScope(scope), sector ? sql`${sector} = ANY(${e.sectors})` : undefined))
    .orderBy(asc(e.name))
    .limit(200);
  return rows.map((r) => r.id);
}
