import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { regionPrefix, type Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { checklistItems, checklists, criteria, enterprises, orgs, sectors, standards } from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';

/** Who reads the library: staff by their scope (or, without one, their org's region), an enterprise by itself. */
export type ChecklistReader = { scope: Scope; orgRegionCode: string | null; enterprise: { id: string; regionCode: string } | null };

/** The region's own code and every ancestor's, as 12-digit codes: lists owned up the chain apply below. */
export function ancestorCodes(regionCode12: string): string[] {
  const prefix = regionPrefix(regionCode12);
  return [2, 4, 6, 9, 12].filter((n) => n <= prefix.length).map((n) => prefix.slice(0, n).padEnd(12, '0'));
}

/**
 * Org-owned lists are guidance: visible down the region chain (a county department's list to its townships) and
 * up it (a city sees its counties' lists). An enterprise's own 排查重点事项清单 is that enterprise's data: it and
 * the staff whose scope covers the enterprise see it.
 */
export function visibleWhere(reader: ChecklistReader): SQL {
  const orgOwned = isNull(checklists.ownerEnterpriseId);
  const { scope } = reader;
  if (scope.kind === 'enterprise') {
    const chain = reader.enterprise ? ancestorCodes(reader.enterprise.regionCode) : [];
    return or(eq(checklists.ownerEnterpriseId, scope.enterpriseId), chain.length > 0 ? and(orgOwned, inArray(checklists.regionCode, chain)) : sql`false`) ?? sql`false`;
  }
  if (scope.kind === 'region') {
    const own = scope.regionPrefix.padEnd(12, '0');
    const enterpriseInScope = sql`EXISTS (SELECT 1 FROM ${enterprises} WHERE ${enterprises.id} = ${checklists.ownerEnterpriseId} AND ${scopeWhere(scope, { regionCode: enterprises.regionCode, sectors: enterprises.sectors, enterpriseId: enterprises.id })})`;
    return (
      or(and(orgOwned, or(sql`${checklists.regionCode} LIKE ${`${scope.regionPrefix}%`}`, inArray(checklists.regionCode, ancestorCodes(own)))), enterpriseInScope) ?? sql`false`
    );
  }
  // Experts and other staff without a region scope: org lists along their org's chain.
  if (reader.orgRegionCode) return and(orgOwned, inArray(checklists.regionCode, ancestorCodes(reader.orgRegionCode))) ?? sql`false`;
  return sql`false`;
}

export type ChecklistRow = typeof checklists.$inferSelect & { ownerName: string; itemCount: number; latestVersion: number };

const ownerName = sql<string>`COALESCE((SELECT ${orgs.name} FROM ${orgs} WHERE ${orgs.id} = ${checklists.ownerOrgId}), (SELECT ${enterprises.name} FROM ${enterprises} WHERE ${enterprises.id} = ${checklists.ownerEnterpriseId}), '')`;
const itemCount = sql<number>`(SELECT count(*)::int FROM ${checklistItems} WHERE ${checklistItems.checklistId} = ${checklists.id})`;
const latestVersion = sql<number>`(SELECT max(c2.version)::int FROM ${checklists} c2 WHERE c2.family_id = ${checklists.familyId})`;

const selectRows = (db: Db) => db.select({ c: checklists, ownerName, itemCount, latestVersion }).from(checklists);
const flatten = (rows: { c: typeof checklists.$inferSelect; ownerName: string; itemCount: number; latestVersion: number }[]): ChecklistRow[] =>
  rows.map((r) => ({ ...r.c, ownerName: r.ownerName, itemCount: r.itemCount, latestVersion: r.latestVersion }));

export type ChecklistFilter = { q?: string | undefined; sector?: string | undefined; ownerKind?: string | undefined; at: string | null };

export async function listChecklists(db: Db, reader: ChecklistReader, filter: ChecklistFilter): Promise<ChecklistRow[]> {
  const rows = await selectRows(db)
    .where(
      and(
        visibleWhere(reader),
        filter.q ? ilike(checklists.title, `%${filter.q}%`) : undefined,
        filter.sector ? sql`${checklists.sectors} @> ARRAY[${filter.sector}]::text[]` : undefined,
        filter.ownerKind ? eq(checklists.ownerKind, filter.ownerKind as 'department') : undefined,
        filter.at ? sql`${checklists.effectiveFrom} <= ${filter.at} AND (${checklists.effectiveTo} IS NULL OR ${checklists.effectiveTo} >= ${filter.at})` : undefined,
      ),
    )
    .orderBy(asc(checklists.regionCode), asc(checklists.familyId), desc(checklists.version))
    .limit(500);
  return flatten(rows);
}

export async function findChecklist(db: Db, reader: ChecklistReader, id: string): Promise<ChecklistRow | null> {
  const [row] = flatten(await selectRows(db).where(and(eq(checklists.id, id), visibleWhere(reader))).limit(1));
  return row ?? null;
}

export async function listItems(db: Db, checklistId: string) {
  return db.select().from(checklistItems).where(eq(checklistItems.checklistId, checklistId)).orderBy(asc(checklistItems.seq));
}

/** The newest version of a family, row-locked so two new versions cannot both take the next number. */
export async function lockLatestOfFamily(tx: Db, familyId: string) {
  const [row] = await tx.select().from(checklists).where(eq(checklists.familyId, familyId)).orderBy(desc(checklists.version)).limit(1).for('update');
  return row ?? null;
}

export async function insertChecklist(tx: Db, row: typeof checklists.$inferInsert, items: Omit<typeof checklistItems.$inferInsert, 'checklistId'>[]): Promise<void> {
  const [created] = await tx.insert(checklists).values(row).returning({ id: checklists.id });
  if (!created) throw new Error('checklist insert returned nothing');
  if (items.length > 0) await tx.insert(checklistItems).values(items.map((i) => ({ ...i, checklistId: created.id })));
}

export async function setEffectiveTo(tx: Db, id: string, effectiveTo: string, at: Date): Promise<void> {
  await tx.update(checklists).set({ effectiveTo, updatedAt: at }).where(eq(checklists.id, id));
}

export async function existingCriteria(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: criteria.id }).from(criteria).where(inArray(criteria.id, [...new Set(ids)]));
  return new Set(rows.map((r) => r.id));
}

export type SectorCriterion = { id: string; standardId: string; standardTitle: string; text: string };

/**
 * The 判定标准 items of these sectors' standards in force on `at` (effective on or before it, or with no recorded
 * date), in the standards' order: the sector's ready-made checklist, and what an enterprise list must cover.
 * Clause-index standards (GB/AQ, text not included) contribute their neutral topic labels.
 */
export async function sectorCriteria(db: Db, sectorCodes: readonly string[], at: string): Promise<SectorCriterion[]> {
  if (sectorCodes.length === 0) return [];
  const rows = await db
    .select({ id: criteria.id, standardId: criteria.standardId, standardTitle: standards.title, text: criteria.text, topic: criteria.topic, clause: criteria.clause })
    .from(criteria)
    .innerJoin(standards, eq(standards.id, criteria.standardId))
    .where(
      and(
        sql`${criteria.standardId} IN (SELECT jsonb_array_elements_text(${sectors.standards}) FROM ${sectors} WHERE ${inArray(sectors.code, [...sectorCodes])})`,
        sql`(${standards.effective} IS NULL OR ${standards.effective} <= ${at})`,
      ),
    )
    .orderBy(asc(standards.sort), asc(criteria.sort));
  return rows.map((r) => ({ id: r.id, standardId: r.standardId, standardTitle: r.standardTitle, text: r.text ?? `${r.clause ? `${r.clause} ` : ''}${r.topic ?? ''}`.trim() }));
}

export async function sectorName(db: Db, code: string): Promise<string | null> {
  const [row] = await db.select({ name: sectors.name }).from(sectors).where(eq(sectors.code, code)).limit(1);
  return row?.name ?? null;
}

export async function enterpriseSectors(db: Db, enterpriseId: string): Promise<string[]> {
  const [row] = await db.select({ sectors: enterprises.sectors }).from(enterprises).where(eq(enterprises.id, enterpriseId)).limit(1);
  return row?.sectors ?? [];
}
