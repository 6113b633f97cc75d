import { and, asc, count, desc, eq, gt, gte, inArray, isNotNull, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { regionPrefix, type HazardStatus, type Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { enterprises, escalations, hazards, orgs, regions } from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';
import { hazardInScope } from '../hazards/hazards.repository.ts';
import type { EscalationFilter } from './escalations.schema.ts';

export type HazardTarget = { id: string; hazardNo: string; status: HazardStatus; regionCode: string; enterpriseId: string; sector: string };

/** A hazard an escalation may target: only within the caller's scope (DESIGN §4), else null (404). */
export async function findHazardTarget(db: Db, scope: Scope, id: string): Promise<HazardTarget | null> {
  const [row] = await db
    .select({ id: hazards.id, hazardNo: hazards.hazardNo, status: hazards.status, regionCode: hazards.regionCode, enterpriseId: hazards.enterpriseId, sector: hazards.sector })
    .from(hazards)
    .where(and(eq(hazards.id, id), hazardInScope(scope)))
    .limit(1);
  return row ?? null;
}

export async function insertEscalation(db: Db, values: typeof escalations.$inferInsert): Promise<string> {
  const [row] = await db.insert(escalations).values(values).returning({ id: escalations.id });
  if (!row) throw new Error('escalation insert returned nothing');
  return row.id;
}

/** The regulator org an escalation is against (department subject); `orgs` itself is the issuing org. */
const subjectOrgs = alias(orgs, 'subject_orgs');

/**
 * An escalation is visible exactly when its subject is: one against a hazard follows the hazard's sector, one
 * against an enterprise the enterprise's sectors, one against a department the department's sectors (as the org
 * list does); all within the region prefix of the escalation's region (copied from the subject). One against a
 * region is visible within the region subtree.
 */
function inScope(scope: Scope): SQL {
  const onHazard = scopeWhere(scope, { regionCode: escalations.regionCode, sector: hazards.sector, enterpriseId: escalations.enterpriseId });
  const onEnterprise = scopeWhere(scope, { regionCode: escalations.regionCode, sectors: enterprises.sectors, enterpriseId: escalations.enterpriseId });
  const onDepartment = scopeWhere(scope, { regionCode: subjectOrgs.regionCode, sectors: subjectOrgs.sectors, enterpriseId: subjectOrgs.id });
  const onRegion = scope.kind === 'region' ? scopeWhere({ ...scope, sectors: null }, { regionCode: escalations.regionCode, enterpriseId: escalations.id }) : sql`false`;
  return (
    or(
      and(isNotNull(escalations.hazardId), onHazard),
      and(isNull(escalations.hazardId), isNotNull(escalations.enterpriseId), onEnterprise),
      and(isNotNull(escalations.subjectOrgId), onDepartment),
      and(isNull(escalations.enterpriseId), isNull(escalations.subjectOrgId), onRegion),
    ) ?? sql`false`
  );
}

const subjectKind = sql<'hazard' | 'enterprise' | 'region' | 'department'>`CASE
    WHEN ${escalations.hazardId} IS NOT NULL THEN 'hazard'
    WHEN ${escalations.enterpriseId} IS NOT NULL THEN 'enterprise'
    WHEN ${escalations.subjectOrgId} IS NOT NULL THEN 'department'
    ELSE 'region' END`;

const withTargets = (db: Db) =>
  db
    .select({
      id: escalations.id,
      kind: escalations.kind,
      hazardId: escalations.hazardId,
      hazardNo: hazards.hazardNo,
      subjectKind,
      enterpriseId: escalations.enterpriseId,
      enterpriseName: enterprises.name,
      departmentId: escalations.subjectOrgId,
      departmentName: subjectOrgs.name,
      regionCode: escalations.regionCode,
      regionName: regions.name,
      docNo: escalations.docNo,
      note: escalations.note,
      orgName: orgs.name,
      createdAt: escalations.createdAt,
    })
    .from(escalations)
    .leftJoin(enterprises, eq(enterprises.id, escalations.enterpriseId))
    .leftJoin(hazards, eq(hazards.id, escalations.hazardId))
    .leftJoin(subjectOrgs, eq(subjectOrgs.id, escalations.subjectOrgId))
    .leftJoin(regions, eq(regions.code, escalations.regionCode))
    .leftJoin(orgs, eq(orgs.id, escalations.orgId));

export type EscalationRow = Awaited<ReturnType<ReturnType<typeof withTargets>['execute']>>[number];

export async function findEscalation(db: Db, scope: Scope, id: string): Promise<EscalationRow | null> {
  const [row] = await withTargets(db).where(and(eq(escalations.id, id), inScope(scope))).limit(1);
  return row ?? null;
}

/** Escalations against the region itself: no hazard, enterprise or department. */
const regionSubject = (code: string) => and(eq(escalations.regionCode, code), isNull(escalations.enterpriseId), isNull(escalations.subjectOrgId));

export async function listEscalations(db: Db, scope: Scope, filter: EscalationFilter, page: number, pageSize: number) {
  const where = and(
    inScope(scope),
    filter.hazardId ? eq(escalations.hazardId, filter.hazardId) : undefined,
    filter.enterpriseId ? eq(escalations.enterpriseId, filter.enterpriseId) : undefined,
    filter.regionCode ? regionSubject(filter.regionCode) : undefined,
    filter.departmentId ? eq(escalations.subjectOrgId, filter.departmentId) : undefined,
  );
  const [items, [total]] = await Promise.all([
    withTargets(db)
      .where(where)
      .orderBy(desc(escalations.createdAt), desc(escalations.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(escalations)
      .leftJoin(enterprises, eq(enterprises.id, escalations.enterpriseId))
      .leftJoin(hazards, eq(hazards.id, escalations.hazardId))
      .leftJoin(subjectOrgs, eq(subjectOrgs.id, escalations.subjectOrgId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export type SubjectRefs = { regions: readonly string[]; departments: readonly string[]; enterprises: readonly string[] };

/**
 * Escalations in scope recorded after `since` against any of the given regions (the region itself), departments
 * or enterprises (enterprise subjects only, not their hazards): what 进展缓慢 shows and climbs the ladder from.
 */
export async function escalationsAgainst(db: Db, scope: Scope, subjects: SubjectRefs, since: Date) {
  const any = or(
    subjects.regions.length > 0 ? and(inArray(escalations.regionCode, [...subjects.regions]), isNull(escalations.enterpriseId), isNull(escalations.subjectOrgId)) : undefined,
    subjects.departments.length > 0 ? inArray(escalations.subjectOrgId, [...subjects.departments]) : undefined,
    subjects.enterprises.length > 0 ? and(inArray(escalations.enterpriseId, [...subjects.enterprises]), isNull(escalations.hazardId)) : undefined,
  );
  if (!any) return [];
  return withTargets(db)
    .where(and(inScope(scope), any, gt(escalations.createdAt, since)))
    .orderBy(desc(escalations.createdAt), desc(escalations.id));
}

/** A region an escalation may target: within the caller's region scope and known, else null (404). */
export async function findRegionTarget(db: Db, scope: Scope, code: string) {
  if (scope.kind !== 'region' || !regionPrefix(code).startsWith(scope.regionPrefix)) return null;
  const [row] = await db.select({ code: regions.code, name: regions.name }).from(regions).where(eq(regions.code, code)).limit(1);
  return row ?? null;
}

/** A department (regulator org) an escalation may target: visible in the scope (region and a shared sector), else null. */
export async function findDepartmentTarget(db: Db, scope: Scope, id: string) {
  const [row] = await db
    .select({ id: orgs.id, name: orgs.name, regionCode: orgs.regionCode })
    .from(orgs)
    .where(and(eq(orgs.id, id), eq(orgs.kind, 'regulator'), scopeWhere(scope, { regionCode: orgs.regionCode, sectors: orgs.sectors, enterpriseId: orgs.id })))
    .limit(1);
  return row ?? null;
}

/**
 * Escalations recorded in [from, to) against any subject within a region prefix, in the caller's scope: the 督办情况
 * section of a monthly circular. Capped so a province-wide month cannot build an unbounded document.
 */
export async function listEscalationsRecordedBetween(db: Db, scope: Scope, regionPrefix: string, from: Date, to: Date, limit: number) {
  return withTargets(db)
    .where(and(inScope(scope), like(escalations.regionCode, `${regionPrefix}%`), gte(escalations.createdAt, from), lt(escalations.createdAt, to)))
    .orderBy(asc(escalations.createdAt), asc(escalations.id))
    .limit(limit);
}
