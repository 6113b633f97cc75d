import { and, asc, count, desc, eq, gte, isNotNull, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { HazardStatus, Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { enterprises, escalations, hazards, orgs } from '../../db/schema.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';
import type { EscalationFilter } from './escalations.schema.ts';

export type HazardTarget = { id: string; hazardNo: string; status: HazardStatus; regionCode: string; enterpriseId: string; sector: string };

/**
 * A hazard an escalation may target: only within the caller's scope (DESIGN §4), else null (404). Locks the
 * row (call inside the transaction), so the status written on the timeline event is the current one.
 */
export async function findHazardTargetForUpdate(db: Db, scope: Scope, id: string): Promise<HazardTarget | null> {
  const [row] = await db
    .select({ id: hazards.id, hazardNo: hazards.hazardNo, status: hazards.status, regionCode: hazards.regionCode, enterpriseId: hazards.enterpriseId, sector: hazards.sector })
    .from(hazards)
    .where(and(eq(hazards.id, id), scopeWhere(scope, { regionCode: hazards.regionCode, sector: hazards.sector, enterpriseId: hazards.enterpriseId })))
    .limit(1)
    .for('update');
  return row ?? null;
}

export async function insertEscalation(db: Db, values: typeof escalations.$inferInsert): Promise<string> {
  const [row] = await db.insert(escalations).values(values).returning({ id: escalations.id });
  if (!row) throw new Error('escalation insert returned nothing');
  return row.id;
}

/**
 * An escalation is visible exactly when its target is: one against a hazard follows the hazard's sector, one
 * against an enterprise the enterprise's sectors; both within the region prefix of the escalation's region
 * (copied from the target).
 */
function inScope(scope: Scope): SQL {
  const onHazard = scopeWhere(scope, { regionCode: escalations.regionCode, sector: hazards.sector, enterpriseId: escalations.enterpriseId });
  const onEnterprise = scopeWhere(scope, { regionCode: escalations.regionCode, sectors: enterprises.sectors, enterpriseId: escalations.enterpriseId });
  return or(and(isNotNull(escalations.hazardId), onHazard), and(isNull(escalations.hazardId), onEnterprise)) ?? sql`false`;
}

const withTargets = (db: Db) =>
  db
    .select({
      id: escalations.id,
      kind: escalations.kind,
      hazardId: escalations.hazardId,
      hazardNo: hazards.hazardNo,
      enterpriseId: escalations.enterpriseId,
      enterpriseName: enterprises.name,
      docNo: escalations.docNo,
      note: escalations.note,
      orgName: orgs.name,
      createdAt: escalations.createdAt,
    })
    .from(escalations)
    .innerJoin(enterprises, eq(enterprises.id, escalations.enterpriseId))
    .leftJoin(hazards, eq(hazards.id, escalations.hazardId))
    .leftJoin(orgs, eq(orgs.id, escalations.orgId));

export type EscalationRow = Awaited<ReturnType<ReturnType<typeof withTargets>['execute']>>[number];

export async function findEscalation(db: Db, scope: Scope, id: string): Promise<EscalationRow | null> {
  const [row] = await withTargets(db).where(and(eq(escalations.id, id), inScope(scope))).limit(1);
  return row ?? null;
}

export async function listEscalations(db: Db, scope: Scope, filter: EscalationFilter, page: number, pageSize: number) {
  const where = and(
    inScope(scope),
    filter.hazardId ? eq(escalations.hazardId, filter.hazardId) : undefined,
    filter.enterpriseId ? eq(escalations.enterpriseId, filter.enterpriseId) : undefined,
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
      .innerJoin(enterprises, eq(enterprises.id, escalations.enterpriseId))
      .leftJoin(hazards, eq(hazards.id, escalations.hazardId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/**
 * Escalations recorded in [from, to) against targets within a region prefix, in the caller's scope: the 督办情况
 * section of a monthly circular. Capped so a province-wide month cannot build an unbounded document.
 */
export async function listEscalationsRecordedBetween(db: Db, scope: Scope, regionPrefix: string, from: Date, to: Date, limit: number) {
  return db
    .select({
      id: escalations.id,
      kind: escalations.kind,
      hazardNo: hazards.hazardNo,
      enterpriseName: enterprises.name,
      regionCode: escalations.regionCode,
      docNo: escalations.docNo,
      note: escalations.note,
      orgName: orgs.name,
      createdAt: escalations.createdAt,
    })
    .from(escalations)
    .innerJoin(enterprises, eq(enterprises.id, escalations.enterpriseId))
    .leftJoin(hazards, eq(hazards.id, escalations.hazardId))
    .leftJoin(orgs, eq(orgs.id, escalations.orgId))
    .where(and(inScope(scope), like(escalations.regionCode, `${regionPrefix}%`), gte(escalations.createdAt, from), lt(escalations.createdAt, to)))
    .orderBy(asc(escalations.createdAt), asc(escalations.id))
    .limit(limit);
}
