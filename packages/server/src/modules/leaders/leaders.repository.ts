import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PlanScope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { dutyLists, leaders, workingGroups } from '../../db/schema/index.ts';
import { regionOnlyWhere } from '../plans/plans.scope.ts';

export type LeaderRow = typeof leaders.$inferSelect;
export type DutyListRow = typeof dutyLists.$inferSelect;
export type WorkingGroupRow = typeof workingGroups.$inferSelect;

// Leaders, duty lists and working groups are the 安委办's own records: visible in its region subtree (the upper
// level reads the lower levels'), never assigned to departments.

export async function listLeaders(db: Db, scope: PlanScope, filter: { role?: LeaderRow['role'] | undefined; active?: boolean | undefined; regionCode?: string | undefined }) {
  return db
    .select()
    .from(leaders)
    .where(
      and(
        regionOnlyWhere(scope, leaders.regionCode),
        filter.role ? eq(leaders.role, filter.role) : undefined,
        filter.active === undefined ? undefined : eq(leaders.active, filter.active),
        filter.regionCode ? eq(leaders.regionCode, filter.regionCode) : undefined,
      ),
    )
    .orderBy(asc(leaders.regionCode), asc(leaders.sort), asc(leaders.name));
}

export async function findLeader(db: Db, scope: PlanScope, id: string): Promise<LeaderRow | null> {
  const [row] = await db.select().from(leaders).where(and(eq(leaders.id, id), regionOnlyWhere(scope, leaders.regionCode))).limit(1);
  return row ?? null;
}

export async function insertLeader(db: Db, values: typeof leaders.$inferInsert): Promise<string> {
  const [row] = await db.insert(leaders).values(values).returning({ id: leaders.id });
  if (!row) throw new Error('leader insert returned nothing');
  return row.id;
}

/** Compare-and-set on version; false when someone changed it first. */
export async function updateLeaderIfVersion(db: Db, id: string, version: number, values: Partial<typeof leaders.$inferInsert>): Promise<boolean> {
  const rows = await db.update(leaders).set({ ...values, version: version + 1 }).where(and(eq(leaders.id, id), eq(leaders.version, version))).returning({ id: leaders.id });
  return rows.length === 1;
}

export async function listDutyLists(db: Db, scope: PlanScope, filter: { year?: number | undefined; leaderId?: string | undefined }) {
  return db
    .select()
    .from(dutyLists)
    .where(and(regionOnlyWhere(scope, dutyLists.regionCode), filter.year ? eq(dutyLists.year, filter.year) : undefined, filter.leaderId ? eq(dutyLists.leaderId, filter.leaderId) : undefined))
    .orderBy(asc(dutyLists.year), asc(dutyLists.createdAt));
}

export async function findDutyList(db: Db, scope: PlanScope, id: string): Promise<DutyListRow | null> {
  const [row] = await db.select().from(dutyLists).where(and(eq(dutyLists.id, id), regionOnlyWhere(scope, dutyLists.regionCode))).limit(1);
  return row ?? null;
}

export async function insertDutyList(db: Db, values: typeof dutyLists.$inferInsert): Promise<string> {
  const [row] = await db.insert(dutyLists).values(values).returning({ id: dutyLists.id });
  if (!row) throw new Error('duty list insert returned nothing');
  return row.id;
}

export async function updateDutyListIfVersion(db: Db, id: string, version: number, values: Partial<typeof dutyLists.$inferInsert>): Promise<boolean> {
  const rows = await db.update(dutyLists).set({ ...values, version: version + 1 }).where(and(eq(dutyLists.id, id), eq(dutyLists.version, version))).returning({ id: dutyLists.id });
  return rows.length === 1;
}

export async function dutyListExists(db: Db, leaderId: string, year: number): Promise<boolean> {
  const [row] = await db.select({ id: dutyLists.id }).from(dutyLists).where(and(eq(dutyLists.leaderId, leaderId), eq(dutyLists.year, year))).limit(1);
  return row !== undefined;
}

export async function listWorkingGroups(db: Db, scope: PlanScope) {
  return db.select().from(workingGroups).where(regionOnlyWhere(scope, workingGroups.regionCode)).orderBy(asc(workingGroups.regionCode), asc(workingGroups.name));
}

export async function findWorkingGroup(db: Db, scope: PlanScope, id: string): Promise<WorkingGroupRow | null> {
  const [row] = await db.select().from(workingGroups).where(and(eq(workingGroups.id, id), regionOnlyWhere(scope, workingGroups.regionCode))).limit(1);
  return row ?? null;
}

export async function insertWorkingGroup(db: Db, values: typeof workingGroups.$inferInsert): Promise<string> {
  const [row] = await db.insert(workingGroups).values(values).returning({ id: workingGroups.id });
  if (!row) throw new Error('working group insert returned nothing');
  return row.id;
}

export async function updateWorkingGroupIfVersion(db: Db, id: string, version: number, values: Partial<typeof workingGroups.$inferInsert>): Promise<boolean> {
  const rows = await db.update(workingGroups).set({ ...values, version: version + 1 }).where(and(eq(workingGroups.id, id), eq(workingGroups.version, version))).returning({ id: workingGroups.id });
  return rows.length === 1;
}

export type Liaison = { name: string; phone: string; userId: string | null; orgId: string };

/**
 * The 联络员 of these orgs in any working group: whom return reminders go to. Skips scope on purpose: it runs in
 * the system reminder job and only addresses notices to each org's own liaisons; nothing of it reaches a caller.
 */
export async function systemLiaisonsOf(db: Db, orgIds: readonly string[]): Promise<Liaison[]> {
  if (orgIds.length === 0) return [];
  const matches: SQL[] = orgIds.map((id) => sql`${workingGroups.members} @> ${JSON.stringify([{ orgId: id, role: 'liaison' }])}::jsonb`);
  const rows = await db.select({ members: workingGroups.members }).from(workingGroups).where(sql`(${sql.join(matches, sql` OR `)})`);
  const wanted = new Set(orgIds);
  const seen = new Set<string>();
  const out: Liaison[] = [];
  for (const row of rows) {
    for (const m of row.members) {
      if (m.role !== 'liaison' || m.orgId === null || !wanted.has(m.orgId)) continue;
      const key = `${m.orgId}:${m.name}:${m.phone}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ name: m.name, phone: m.phone, userId: m.userId, orgId: m.orgId });
    }
  }
  return out;
}

export async function leadersByIds(db: Db, ids: readonly string[]): Promise<Map<string, LeaderRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(leaders).where(inArray(leaders.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}
