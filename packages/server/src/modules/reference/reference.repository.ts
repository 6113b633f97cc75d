import { and, asc, count, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { standardsInForce } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { criteria, regions, sectors, standards } from '../../db/schema/index.ts';

// Reference data is public administrative information, not business data: no scope applies.

export async function regionNameOf(db: Db, code: string): Promise<string | null> {
  const [row] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, code)).limit(1);
  return row?.name ?? null;
}

export async function sectorNamesOf(db: Db, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db.select({ code: sectors.code, name: sectors.name }).from(sectors).where(inArray(sectors.code, [...codes]));
  const byCode = new Map(rows.map((r) => [r.code, r.name]));
  return codes.map((c) => byCode.get(c) ?? c);
}

// Qualified by hand: drizzle renders a column of a single-table select unqualified, which would bind to c.code.
const hasChildren = sql<boolean>`EXISTS (SELECT 1 FROM regions c WHERE c.parent_code = "regions"."code")`;

export async function listRegionChildren(db: Db, parentCode: string | null) {
  return db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode, hasChildren })
    .from(regions)
    .where(parentCode === null ? eq(regions.level, 'province') : eq(regions.parentCode, parentCode))
    .orderBy(asc(regions.code));
}

export async function findRegion(db: Db, code: string) {
  const [row] = await db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode, hasChildren })
    .from(regions)
    .where(eq(regions.code, code))
    .limit(1);
  return row ?? null;
}

export async function regionPath(db: Db, code: string) {
  const path: NonNullable<Awaited<ReturnType<typeof findRegion>>>[] = [];
  let current = await findRegion(db, code);
  while (current?.parentCode) {
    current = await findRegion(db, current.parentCode);
    if (current) path.unshift(current);
  }
  return path;
}

/** Codes that exist among the given ones (for validating imports in bulk). */
export async function existingRegionCodes(db: Db, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.select({ code: regions.code }).from(regions).where(inArray(regions.code, [...codes]));
  return new Set(rows.map((r) => r.code));
}

/** Regions below a prefix, by name (imports name a township instead of its code). */
export async function regionsUnderPrefix(db: Db, prefix: string) {
  return db
    .select({ code: regions.code, name: regions.name, level: regions.level })
    .from(regions)
    .where(sql`${regions.code} LIKE ${`${prefix}%`}`);
}

export async function listSectors(db: Db) {
  return db.select().from(sectors).orderBy(asc(sectors.sort));
}

export async function listStandards(db: Db) {
  return db.select().from(standards).orderBy(asc(standards.sort));
}

/** Ids of the standards in force on `at` (core's standardInForce; 16 rows, read each time). */
export async function standardIdsInForce(db: Db, at: string): Promise<string[]> {
  return standardsInForce(await db.select({ id: standards.id, effective: standards.effective }).from(standards), at);
}

/** Standards of the given sectors (the enterprise's sectors rank their own standards first). */
export async function standardsOfSectors(db: Db, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db.select({ standards: sectors.standards }).from(sectors).where(inArray(sectors.code, [...codes]));
  return [...new Set(rows.flatMap((r) => r.standards))];
}

/** Criteria of the standards in force on `at` (the finding date). `sector` keeps the sector's own standards. */
export async function listCriteria(db: Db, filter: { standard?: string; q?: string; sector?: string; at?: string }, page: number, pageSize: number) {
  const sectorStandards = filter.sector ? await standardsOfSectors(db, [filter.sector]) : null;
  const inForce = filter.at ? await standardIdsInForce(db, filter.at) : null;
  const where = and(
    filter.standard ? eq(criteria.standardId, filter.standard) : undefined,
    sectorStandards ? (sectorStandards.length > 0 ? inArray(criteria.standardId, sectorStandards) : sql`false`) : undefined,
    inForce ? (inForce.length > 0 ? inArray(criteria.standardId, inForce) : sql`false`) : undefined,
    filter.q
      ? or(ilike(criteria.text, `%${filter.q}%`), ilike(criteria.topic, `%${filter.q}%`), ilike(criteria.id, `%${filter.q}%`))
      : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(criteria)
      .where(where)
      .orderBy(asc(criteria.standardId), asc(criteria.sort))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(criteria).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
