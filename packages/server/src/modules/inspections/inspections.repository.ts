import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { regionPrefix, scopeFor, type Actor, type Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { hazards, inspectionCounters, inspectionItems, inspectionMembers, inspections, inspectionTests, orgs, regions, users } from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';
import type { InspectionFilter } from './inspections.schema.ts';
import { compareAndSetRow } from '../../db/compare-and-set.ts';

export type InspectionRow = typeof inspections.$inferSelect;
export type InspectionListRow = InspectionRow & { regionName: string; orgName: string | null };

/** Who reads inspections: the `inspection` scope of the request and the user (staff also see the inspections they are on). */
export type InspectionReader = { scope: Scope; userId: string };

/** The reader of a request: the business scope, or — for experts and third-party staff — the inspections they are on. */
export async function inspectionReaderOf(db: Db, auth: { actor: Actor; user: { id: string } }): Promise<InspectionReader> {
  const business = scopeFor(auth.actor, 'inspection');
  const scope = business.kind === 'none' ? scopeFor(auth.actor, 'inspection', await inspectionIdsOfMember(db, auth.user.id)) : business;
  return { scope, userId: auth.user.id };
}

const i = inspections;
const onTeam = (userId: string) => sql`EXISTS (SELECT 1 FROM ${inspectionMembers} m WHERE m.inspection_id = ${i.id} AND m.user_id = ${userId})`;

/**
 * DESIGN §4 for inspections (MODULES A-1): staff by region prefix and sectors like hazards, plus every inspection
 * they are on (a cross-region 异地交叉 team); an enterprise sees its own checks, and staff inspections of it once
 * closed — a 暗访 only after the org released it; an expert or third-party member sees only the inspections he is on.
 */
export function inspectionsInScope(reader: InspectionReader): SQL {
  const { scope } = reader;
  switch (scope.kind) {
    case 'region':
      return or(scopeWhere(scope, { regionCode: i.regionCode, sectors: i.sectors, enterpriseId: i.enterpriseId }), onTeam(reader.userId)) ?? sql`false`;
    case 'enterprise':
      return sql`${i.enterpriseId} = ${scope.enterpriseId} AND (${i.kind} IN ('self_inspection', 'routine')
        OR (${i.status} = 'closed' AND (NOT ('unannounced' = ANY(${i.methods})) OR ${i.releasedAt} IS NOT NULL)))`;
    case 'assigned':
      return scope.ids.length === 0 ? sql`false` : inArray(i.id, [...scope.ids]);
    case 'none':
      return sql`false`;
  }
}

function filterWhere(reader: InspectionReader, filter: InspectionFilter): SQL | undefined {
  return and(
    inspectionsInScope(reader),
    filter.q ? or(ilike(i.subjectName, `%${filter.q}%`), eq(i.inspectionNo, filter.q.toUpperCase())) : undefined,
    filter.regionCode ? sql`${i.regionCode} LIKE ${`${regionPrefix(filter.regionCode)}%`}` : undefined,
    filter.kind ? eq(i.kind, filter.kind) : undefined,
    filter.method ? sql`${filter.method} = ANY(${i.methods})` : undefined,
    filter.status ? eq(i.status, filter.status) : undefined,
    filter.enterpriseId ? eq(i.enterpriseId, filter.enterpriseId) : undefined,
    filter.premisesId ? eq(i.premisesId, filter.premisesId) : undefined,
    filter.ledByPrincipal !== undefined ? eq(i.ledByPrincipal, filter.ledByPrincipal === 'true') : undefined,
    filter.from ? sql`COALESCE(${i.checkDate}, ${i.plannedOn}) >= ${filter.from}` : undefined,
    filter.to ? sql`COALESCE(${i.checkDate}, ${i.plannedOn}) <= ${filter.to}` : undefined,
    filter.mine === 'true' ? onTeam(reader.userId) : undefined,
    filter.noFinding === 'true' ? sql`${i.status} = 'closed' AND ${i.findings} = 0` : undefined,
  );
}

const withNames = (db: Db) =>
  db
    .select({ inspection: i, regionName: regions.name, orgName: orgs.name })
    .from(i)
    .innerJoin(regions, eq(regions.code, i.regionCode))
    .leftJoin(orgs, eq(orgs.id, i.orgId));

const flatten = (rows: { inspection: InspectionRow; regionName: string; orgName: string | null }[]): InspectionListRow[] =>
  rows.map((r) => ({ ...r.inspection, regionName: r.regionName, orgName: r.orgName }));

export async function listInspections(db: Db, reader: InspectionReader, filter: InspectionFilter, page: number, pageSize: number) {
  const where = filterWhere(reader, filter);
  const [rows, [total]] = await Promise.all([
    withNames(db).where(where).orderBy(desc(sql`COALESCE(${i.checkDate}, ${i.plannedOn}, ${i.createdAt}::date)`), desc(i.createdAt)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(i).where(where),
  ]);
  return { items: flatten(rows), total: total?.n ?? 0 };
}

export async function findInspection(db: Db, reader: InspectionReader, id: string): Promise<InspectionListRow | null> {
  const [row] = flatten(await withNames(db).where(and(eq(i.id, id), inspectionsInScope(reader))).limit(1));
  return row ?? null;
}

export const listMembers = (db: Db, id: string) => db.select().from(inspectionMembers).where(eq(inspectionMembers.inspectionId, id)).orderBy(asc(inspectionMembers.seq));
export const listTests = (db: Db, id: string) => db.select().from(inspectionTests).where(eq(inspectionTests.inspectionId, id)).orderBy(asc(inspectionTests.seq));

export type ItemWithHazard = typeof inspectionItems.$inferSelect & { hazardNo: string | null; hazardStatus: string | null; hazardTitle: string | null; hazardDeadline: string | null; hazardLevel: string | null };

/** Items with the hazard each 不符合 raised or joined (number, status, deadline: the 整改销号清单). */
export async function listItems(db: Db, id: string): Promise<ItemWithHazard[]> {
  const rows = await db
    .select({ item: inspectionItems, hazardNo: hazards.hazardNo, hazardStatus: hazards.status, hazardTitle: hazards.title, hazardDeadline: hazards.deadline, hazardLevel: hazards.level })
    .from(inspectionItems)
    .leftJoin(hazards, eq(hazards.id, inspectionItems.hazardId))
    .where(eq(inspectionItems.inspectionId, id))
    .orderBy(asc(inspectionItems.seq));
  return rows.map((r) => ({ ...r.item, hazardNo: r.hazardNo, hazardStatus: r.hazardStatus, hazardTitle: r.hazardTitle, hazardDeadline: r.hazardDeadline, hazardLevel: r.hazardLevel }));
}

/**
 * The next inspection number of a county and year. Take it last in the creating transaction (just before commit):
 * the counter row stays locked until commit, so holding it for one statement keeps creates in a county from
 * queueing behind each other's work.
 */
export async function nextInspectionSeq(tx: Db, countyCode: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(inspectionCounters)
    .values({ countyCode, year, lastSeq: 1 })
    .onConflictDoUpdate({ target: [inspectionCounters.countyCode, inspectionCounters.year], set: { lastSeq: sql`${inspectionCounters.lastSeq} + 1` } })
    .returning({ lastSeq: inspectionCounters.lastSeq });
  if (!row) throw new Error('inspection counter upsert returned nothing');
  return row.lastSeq;
}

/** The inspections these users are on (the kernel's `assigned` scope of an expert or third-party member). */
export async function inspectionIdsOfMember(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ id: inspectionMembers.inspectionId }).from(inspectionMembers).where(eq(inspectionMembers.userId, userId));
  return rows.map((r) => r.id);
}

export async function hazardIdsOfInspections(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectDistinct({ id: inspectionItems.hazardId }).from(inspectionItems).where(and(inArray(inspectionItems.inspectionId, [...ids]), sql`${inspectionItems.hazardId} IS NOT NULL`));
  return rows.flatMap((r) => (r.id ? [r.id] : []));
}

// ---- writes ----

export async function insertInspection(tx: Db, values: typeof inspections.$inferInsert): Promise<InspectionRow> {
  const [row] = await tx.insert(inspections).values(values).returning();
  if (!row) throw new Error('inspection insert returned nothing');
  return row;
}

export async function setInspectionNo(tx: Db, id: string, inspectionNo: string, extra: Partial<typeof inspections.$inferInsert> = {}): Promise<InspectionRow> {
  const [row] = await tx.update(inspections).set({ ...extra, inspectionNo }).where(eq(inspections.id, id)).returning();
  if (!row) throw new Error('inspection number update returned nothing');
  return row;
}

export async function insertMembers(tx: Db, rows: (typeof inspectionMembers.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(inspectionMembers).values(rows);
}

export async function insertItems(tx: Db, rows: (typeof inspectionItems.$inferInsert)[]): Promise<void> {
  for (let k = 0; k < rows.length; k += 500) await tx.insert(inspectionItems).values(rows.slice(k, k + 500));
}

export async function updateItem(tx: Db, inspectionId: string, seq: number, values: Partial<typeof inspectionItems.$inferInsert>): Promise<void> {
  await tx.update(inspectionItems).set(values).where(and(eq(inspectionItems.inspectionId, inspectionId), eq(inspectionItems.seq, seq)));
}

export async function insertTests(tx: Db, rows: (typeof inspectionTests.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(inspectionTests).values(rows);
}

/** UPDATE … WHERE id, status and version are still the row's: the row written, or null (someone else changed it). */
export async function compareAndSetInspection(tx: Db, row: Pick<InspectionRow, 'id' | 'status' | 'version'>, values: Partial<typeof inspections.$inferInsert>): Promise<InspectionRow | null> {
  return compareAndSetRow(tx, inspections, row, values);
}

/** The inspections that raised or joined a hazard (for the hazard's page); the caller's reader applies. */
export async function inspectionsOfHazard(db: Db, reader: InspectionReader, hazardId: string) {
  return db
    .selectDistinct({ id: i.id, inspectionNo: i.inspectionNo, kind: i.kind, checkDate: i.checkDate })
    .from(i)
    .innerJoin(inspectionItems, eq(inspectionItems.inspectionId, i.id))
    .where(and(eq(inspectionItems.hazardId, hazardId), inspectionsInScope(reader)));
}

/** Staff users who may be on a team (no enterprise, platform or audit accounts), by id. */
export async function teamCandidates(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, displayName: users.displayName, roles: users.roles, orgName: orgs.name })
    .from(users)
    .leftJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(inArray(users.id, [...ids]), eq(users.disabled, false), sql`${users.enterpriseId} IS NULL`));
}
