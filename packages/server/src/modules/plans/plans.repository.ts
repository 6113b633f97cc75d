import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { regionPrefix, type PlanScope, type TaskDisplayStatus } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { plans, regions, sectorLeads, sectors, tasks } from '../../db/schema/index.ts';
import { displayStatusSql } from '../tasks/tasks.repository.ts';
import { planScopeWhere, regionOnlyWhere } from './plans.scope.ts';
import { compareAndSetRow } from '../../db/compare-and-set.ts';

export type PlanRow = typeof plans.$inferSelect;
export type SectorLeadRow = typeof sectorLeads.$inferSelect;

/**
 * Plans in scope: the region subtree (the upper level reads lower plans), a department's own sector sub-plans, or
 * plans with an issued task the org leads or shares.
 */
export function planWhere(scope: PlanScope): SQL {
  return planScopeWhere(
    scope,
    plans.regionCode,
    (orgId) =>
      sql`(${plans.orgId} = ${orgId} OR EXISTS (SELECT 1 FROM ${tasks} WHERE ${tasks.planId} = ${plans.id} AND ${tasks.status} <> 'draft' AND (${tasks.leadOrgId} = ${orgId} OR ${orgId} = ANY(${tasks.coOrgIds}))))`,
  );
}

export type PlanFilter = { kind?: PlanRow['kind'] | undefined; status?: PlanRow['status'] | undefined; parentId?: string | undefined; regionCode?: string | undefined; q?: string | undefined };

const filterWhere = (filter: PlanFilter) =>
  and(
    filter.kind ? eq(plans.kind, filter.kind) : undefined,
    filter.status ? eq(plans.status, filter.status) : undefined,
    filter.parentId ? eq(plans.parentId, filter.parentId) : undefined,
    filter.regionCode ? eq(plans.regionCode, filter.regionCode) : undefined,
    filter.q ? or(ilike(plans.name, `%${filter.q}%`), ilike(plans.docNo, `%${filter.q}%`)) : undefined,
  );

export async function listPlans(db: Db, scope: PlanScope, filter: PlanFilter, page: number, pageSize: number) {
  const where = and(planWhere(scope), filterWhere(filter));
  const [items, [total]] = await Promise.all([
    db.select().from(plans).where(where).orderBy(asc(plans.regionCode), asc(plans.kind), desc(plans.periodFrom), asc(plans.name)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(plans).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findPlan(db: Db, scope: PlanScope, id: string): Promise<PlanRow | null> {
  const [row] = await db.select().from(plans).where(and(eq(plans.id, id), planWhere(scope))).limit(1);
  return row ?? null;
}

/** Task counts per plan and display status, counting only the tasks the scope sees. */
export async function taskCountsByPlan(db: Db, planIds: readonly string[], today: string, taskScope: SQL) {
  if (planIds.length === 0) return new Map<string, Partial<Record<TaskDisplayStatus, number>>>();
  const status = displayStatusSql(today);
  const rows = await db
    .select({ planId: tasks.planId, status, n: count() })
    .from(tasks)
    .where(and(inArray(tasks.planId, [...planIds]), taskScope))
    .groupBy(sql`1`, sql`2`);
  const out = new Map<string, Partial<Record<TaskDisplayStatus, number>>>();
  for (const r of rows) {
    if (r.planId === null) continue;
    const counts = out.get(r.planId) ?? {};
    counts[r.status] = r.n;
    out.set(r.planId, counts);
  }
  return out;
}

export async function insertPlanRow(db: Db, values: typeof plans.$inferInsert): Promise<PlanRow> {
  const [row] = await db.insert(plans).values(values).returning();
  if (!row) throw new Error('plan insert returned nothing');
  return row;
}

/** Compare-and-set on status and version (the pipeline's step): the row as written, or null when someone changed it first. */
export async function compareAndSetPlan(db: Db, row: Pick<PlanRow, 'id' | 'status' | 'version'>, values: Partial<typeof plans.$inferInsert>): Promise<PlanRow | null> {
  return compareAndSetRow(db, plans, row, values);
}

// ---- sector leads ----

export async function listSectorLeads(db: Db, scope: PlanScope) {
  return db.select().from(sectorLeads).where(regionOnlyWhere(scope, sectorLeads.regionCode)).orderBy(asc(sectorLeads.regionCode), asc(sectorLeads.sector), asc(sectorLeads.domainName));
}

export async function findSectorLead(db: Db, scope: PlanScope, id: string): Promise<SectorLeadRow | null> {
  const [row] = await db.select().from(sectorLeads).where(and(eq(sectorLeads.id, id), regionOnlyWhere(scope, sectorLeads.regionCode))).limit(1);
  return row ?? null;
}

/** The override for a sector set at exactly this region, if any (one per region and sector). */
export async function sectorLeadAt(db: Db, regionCode: string, sector: string | null, domainName: string): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: sectorLeads.id })
    .from(sectorLeads)
    .where(and(eq(sectorLeads.regionCode, regionCode), sector === null ? eq(sectorLeads.domainName, domainName) : eq(sectorLeads.sector, sector)))
    .limit(1);
  return row ?? null;
}

export async function insertSectorLead(db: Db, values: typeof sectorLeads.$inferInsert): Promise<string> {
  const [row] = await db.insert(sectorLeads).values(values).returning({ id: sectorLeads.id });
  if (!row) throw new Error('sector lead insert returned nothing');
  return row.id;
}

export async function updateSectorLeadIfVersion(db: Db, id: string, version: number, values: Partial<typeof sectorLeads.$inferInsert>): Promise<boolean> {
  const rows = await db.update(sectorLeads).set({ ...values, version: version + 1 }).where(and(eq(sectorLeads.id, id), eq(sectorLeads.version, version))).returning({ id: sectorLeads.id });
  return rows.length === 1;
}

/**
 * The lead department of a sector at a place: the override of the most specific region covering it (county, then
 * city, then province), or null when no 安委会 overrides the catalogue there. Skips scope on purpose: tip routing
 * asks it for a tip the caller may already route, and only the lead org's id and name come back.
 */
export async function systemSectorLeadFor(db: Db, regionCode: string, sector: string): Promise<{ leadOrgId: string; regionCode: string } | null> {
  const candidates = [`${regionCode.slice(0, 6)}000000`, `${regionCode.slice(0, 4)}00000000`, `${regionCode.slice(0, 2)}0000000000`];
  const rows = await db
    .select({ leadOrgId: sectorLeads.leadOrgId, regionCode: sectorLeads.regionCode })
    .from(sectorLeads)
    .where(and(eq(sectorLeads.sector, sector), inArray(sectorLeads.regionCode, candidates)));
  return rows.sort((a, b) => candidates.indexOf(a.regionCode) - candidates.indexOf(b.regionCode))[0] ?? null;
}

/** The sector catalogue with its lead departments (reference data, no scope). */
export async function sectorCatalogue(db: Db) {
  return db.select({ code: sectors.code, name: sectors.name, lead: sectors.lead }).from(sectors).orderBy(asc(sectors.sort));
}

/** Region names by code (reference data, no scope). */
export async function regionNameMap(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select({ code: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, [...new Set(codes)]));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/**
 * An issued plan of this region or a higher one (its region is an ancestor of `regionCode`), visible or not: what a
 * sub-plan names as its parent. Skips scope on purpose: a lower level implements the upper plan (印发 to it) without
 * reading the upper level's records; only the plan's id and name come back.
 */
export async function unsafeUpperPlan(db: Db, id: string, regionCode: string): Promise<{ id: string; name: string } | null> {
  const [row] = await db.select({ id: plans.id, name: plans.name, regionCode: plans.regionCode, status: plans.status }).from(plans).where(eq(plans.id, id)).limit(1);
  if (!row || row.status === 'draft' || !regionCode.startsWith(regionPrefix(row.regionCode))) return null;
  return { id: row.id, name: row.name };
}
