import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { PlanScope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { dispatchRounds } from '../../db/schema/index.ts';
import { regionOnlyWhere } from '../plans/plans.scope.ts';

export type RoundRow = typeof dispatchRounds.$inferSelect;

// A dispatch round is the 安委办's own record: visible in its region subtree (the upper level reads the lower ones').

export async function listRounds(db: Db, scope: PlanScope, filter: { year?: number | undefined; planId?: string | undefined }, page: number, pageSize: number) {
  const where = and(
    regionOnlyWhere(scope, dispatchRounds.regionCode),
    filter.year ? sql`${dispatchRounds.month} LIKE ${`${filter.year}-%`}` : undefined,
    filter.planId ? eq(dispatchRounds.planId, filter.planId) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db.select().from(dispatchRounds).where(where).orderBy(desc(dispatchRounds.month), desc(dispatchRounds.createdAt)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(dispatchRounds).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findRound(db: Db, scope: PlanScope, id: string): Promise<RoundRow | null> {
  const [row] = await db.select().from(dispatchRounds).where(and(eq(dispatchRounds.id, id), regionOnlyWhere(scope, dispatchRounds.regionCode))).limit(1);
  return row ?? null;
}

export async function roundOf(db: Db, orgId: string, month: string): Promise<RoundRow | null> {
  const [row] = await db.select().from(dispatchRounds).where(and(eq(dispatchRounds.orgId, orgId), eq(dispatchRounds.month, month))).limit(1);
  return row ?? null;
}

/** Inserts a round; null when the org already has one for the month (the unique key). */
export async function insertRound(db: Db, values: typeof dispatchRounds.$inferInsert): Promise<RoundRow | null> {
  const [row] = await db.insert(dispatchRounds).values(values).onConflictDoNothing({ target: [dispatchRounds.orgId, dispatchRounds.month] }).returning();
  return row ?? null;
}

/** Compare-and-set on status and version; the row as written, or null when someone changed it first. */
export async function updateRoundIfVersion(db: Db, row: Pick<RoundRow, 'id' | 'status' | 'version'>, values: Partial<typeof dispatchRounds.$inferInsert>): Promise<RoundRow | null> {
  const [written] = await db
    .update(dispatchRounds)
    .set({ ...values, version: row.version + 1 })
    .where(and(eq(dispatchRounds.id, row.id), eq(dispatchRounds.status, row.status), eq(dispatchRounds.version, row.version)))
    .returning();
  return written ?? null;
}
