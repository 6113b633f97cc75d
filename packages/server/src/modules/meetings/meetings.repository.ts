import { and, asc, count, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { PlanScope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { meetings } from '../../db/schema/index.ts';
import { regionOnlyWhere } from '../plans/plans.scope.ts';

export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingFilter = { from?: string | undefined; to?: string | undefined; kind?: MeetingRow['kind'] | undefined; chairLeaderId?: string | undefined };

// Meetings are the 安委会's own records: visible in the region subtree of the 安委办 that keeps them.

const where = (scope: PlanScope, filter: MeetingFilter) =>
  and(
    regionOnlyWhere(scope, meetings.regionCode),
    filter.from ? gte(meetings.date, filter.from) : undefined,
    filter.to ? lte(meetings.date, filter.to) : undefined,
    filter.kind ? eq(meetings.kind, filter.kind) : undefined,
    filter.chairLeaderId ? eq(meetings.chairLeaderId, filter.chairLeaderId) : undefined,
  );

export async function listMeetings(db: Db, scope: PlanScope, filter: MeetingFilter, page: number, pageSize: number) {
  const [items, [total]] = await Promise.all([
    db.select().from(meetings).where(where(scope, filter)).orderBy(desc(meetings.date), desc(meetings.createdAt)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(meetings).where(where(scope, filter)),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Meetings chaired by these leaders in [from, to], oldest first: the cadence check and the 履职档案. */
export async function meetingsChairedBy(db: Db, scope: PlanScope, leaderIds: readonly string[], from: string, to: string) {
  if (leaderIds.length === 0) return [];
  return db
    .select({ id: meetings.id, chairLeaderId: meetings.chairLeaderId, date: meetings.date, kind: meetings.kind, name: meetings.name })
    .from(meetings)
    .where(and(regionOnlyWhere(scope, meetings.regionCode), inArray(meetings.chairLeaderId, [...leaderIds]), gte(meetings.date, from), lte(meetings.date, to)))
    .orderBy(asc(meetings.date));
}

export async function findMeeting(db: Db, scope: PlanScope, id: string): Promise<MeetingRow | null> {
  const [row] = await db.select().from(meetings).where(and(eq(meetings.id, id), regionOnlyWhere(scope, meetings.regionCode))).limit(1);
  return row ?? null;
}

export async function insertMeeting(db: Db, values: typeof meetings.$inferInsert): Promise<string> {
  const [row] = await db.insert(meetings).values(values).returning({ id: meetings.id });
  if (!row) throw new Error('meeting insert returned nothing');
  return row.id;
}

export async function updateMeetingIfVersion(db: Db, id: string, version: number, values: Partial<typeof meetings.$inferInsert>): Promise<boolean> {
  const rows = await db.update(meetings).set({ ...values, version: version + 1 }).where(and(eq(meetings.id, id), eq(meetings.version, version))).returning({ id: meetings.id });
  return rows.length === 1;
}
