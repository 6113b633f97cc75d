import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { randomDraws, spotCheckItems } from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';

export type SpotCheckItemRow = typeof spotCheckItems.$inferSelect;

/** Items in scope like draws: region staff by region and sectors (an item of every sector for whole-region scopes). */
const itemWhere = (scope: Scope): SQL => (scope.kind === 'region' ? scopeWhere(scope, { regionCode: spotCheckItems.regionCode, sectors: spotCheckItems.sectors, enterpriseId: spotCheckItems.orgId }) : sql`false`);

export async function listItems(db: Db, scope: Scope, filter: { active?: boolean | undefined }): Promise<SpotCheckItemRow[]> {
  return db
    .select()
    .from(spotCheckItems)
    .where(and(itemWhere(scope), filter.active === undefined ? undefined : eq(spotCheckItems.active, filter.active)))
    .orderBy(asc(spotCheckItems.regionCode), asc(spotCheckItems.title));
}

export async function findItem(db: Db, scope: Scope, id: string): Promise<SpotCheckItemRow | null> {
  const [row] = await db.select().from(spotCheckItems).where(and(eq(spotCheckItems.id, id), itemWhere(scope))).limit(1);
  return row ?? null;
}

export async function insertItem(db: Db, values: typeof spotCheckItems.$inferInsert): Promise<SpotCheckItemRow> {
  const [row] = await db.insert(spotCheckItems).values(values).returning();
  if (!row) throw new Error('spot-check item insert returned nothing');
  return row;
}

export async function updateItemIfVersion(db: Db, id: string, version: number, values: Partial<typeof spotCheckItems.$inferInsert>): Promise<SpotCheckItemRow | null> {
  const [row] = await db
    .update(spotCheckItems)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(spotCheckItems.id, id), eq(spotCheckItems.version, version)))
    .returning();
  return row ?? null;
}

/** Draws made this year for each item (not cancelled): against the item's frequency. */
export async function drawsThisYear(db: Db, itemIds: readonly string[], year: string): Promise<Map<string, number>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .select({ id: sql<string>`${randomDraws.definition}->'spotCheckItem'->>'id'`, n: sql<number>`count(*)::int` })
    .from(randomDraws)
    .where(and(sql`${randomDraws.definition}->'spotCheckItem'->>'id' IN (${sql.join(itemIds.map((i) => sql`${i}`), sql`, `)})`, sql`${randomDraws.status} <> 'cancelled'`, sql`${randomDraws.drawOn} BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date`))
    .groupBy(sql`${randomDraws.definition}->'spotCheckItem'->>'id'`);
  return new Map(rows.map((r) => [r.id, r.n]));
}
