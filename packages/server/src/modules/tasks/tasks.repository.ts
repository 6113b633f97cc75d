import { and, asc, count, eq, gte, ilike, inArray, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { regionPrefix, type PlanScope, type TaskDisplayStatus, type TaskKind } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { tasks } from '../../db/schema/index.ts';
import { planScopeWhere } from '../plans/plans.scope.ts';
import { compareAndSetRow } from '../../db/compare-and-set.ts';

export type TaskRow = typeof tasks.$inferSelect;

/**
 * Tasks in scope: the issuer's region subtree, or — issued, not drafts — tasks the actor's org leads or shares.
 */
export function taskScopeWhere(scope: PlanScope): SQL {
  return planScopeWhere(scope, tasks.regionCode, (orgId) => sql`(${tasks.status} <> 'draft' AND (${tasks.leadOrgId} = ${orgId} OR ${orgId} = ANY(${tasks.coOrgIds})))`);
}

/** core displayStatusOf in SQL: 逾期 = open with something due before today. */
export const displayStatusSql = (today: string) =>
  sql<TaskDisplayStatus>`CASE WHEN ${tasks.status} IN ('issued', 'in_progress') AND ${tasks.nextDue} < ${today}::date THEN 'overdue'
    WHEN ${tasks.status} = 'issued' THEN 'not_started' ELSE ${tasks.status} END`;

export type TaskFilter = {
  planId?: string | undefined;
  leadOrgId?: string | undefined;
  /** Tasks the org leads or shares. */
  orgId?: string | undefined;
  actionCode?: string | undefined;
  kind?: TaskKind | undefined;
  displayStatus?: readonly TaskDisplayStatus[] | undefined;
  q?: string | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  key?: boolean | undefined;
  roundId?: string | undefined;
  leaderId?: string | undefined;
  regionCode?: string | undefined;
  /** Only the tasks issued at exactly this region (its own plans and rounds, not the lower levels'). */
  regionExact?: string | undefined;
};

export function taskFilterWhere(filter: TaskFilter, today: string): SQL | undefined {
  return and(
    filter.planId ? eq(tasks.planId, filter.planId) : undefined,
    filter.leadOrgId ? eq(tasks.leadOrgId, filter.leadOrgId) : undefined,
    filter.orgId ? sql`(${tasks.leadOrgId} = ${filter.orgId} OR ${filter.orgId} = ANY(${tasks.coOrgIds}))` : undefined,
    filter.actionCode ? eq(tasks.actionCode, filter.actionCode) : undefined,
    filter.kind ? eq(tasks.kind, filter.kind) : undefined,
    filter.displayStatus && filter.displayStatus.length > 0 ? inArray(displayStatusSql(today), [...filter.displayStatus]) : undefined,
    filter.q ? or(ilike(tasks.name, `%${filter.q}%`), ilike(tasks.code, `%${filter.q}%`)) : undefined,
    filter.dueFrom ? gte(tasks.dueDate, filter.dueFrom) : undefined,
    filter.dueTo ? lte(tasks.dueDate, filter.dueTo) : undefined,
    filter.key === undefined ? undefined : eq(tasks.key, filter.key),
    filter.roundId ? eq(tasks.roundId, filter.roundId) : undefined,
    filter.leaderId ? eq(tasks.leaderId, filter.leaderId) : undefined,
    filter.regionCode ? sql`${tasks.regionCode} LIKE ${`${regionPrefix(filter.regionCode)}%`}` : undefined,
    filter.regionExact ? eq(tasks.regionCode, filter.regionExact) : undefined,
  );
}

const ordering = [asc(tasks.planId), asc(tasks.sort), asc(tasks.code)] as const;

export async function listTasks(db: Db, scope: PlanScope, filter: TaskFilter, today: string, page: number, pageSize: number) {
  const where = and(taskScopeWhere(scope), taskFilterWhere(filter, today));
  const [items, [total]] = await Promise.all([
    db.select({ task: tasks, displayStatus: displayStatusSql(today) }).from(tasks).where(where).orderBy(...ordering).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(tasks).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Every task matching the filter (export, board, Gantt, documents), capped. */
export async function allTasks(db: Db, scope: PlanScope, filter: TaskFilter, today: string, limit = 20_000) {
  return db.select({ task: tasks, displayStatus: displayStatusSql(today) }).from(tasks).where(and(taskScopeWhere(scope), taskFilterWhere(filter, today))).orderBy(...ordering).limit(limit);
}

export async function findTask(db: Db, scope: PlanScope, id: string): Promise<TaskRow | null> {
  const [row] = await db.select().from(tasks).where(and(eq(tasks.id, id), taskScopeWhere(scope))).limit(1);
  return row ?? null;
}

/** Summaries of the tasks among `ids` that the scope sees (links from meetings, duty lists, returns). */
export async function taskSummaries(db: Db, scope: PlanScope, ids: readonly string[], today: string) {
  if (ids.length === 0) return [];
  return db
    .select({ id: tasks.id, code: tasks.code, name: tasks.name, dueDate: tasks.dueDate, leadOrgId: tasks.leadOrgId, displayStatus: displayStatusSql(today) })
    .from(tasks)
    .where(and(inArray(tasks.id, [...new Set(ids)]), taskScopeWhere(scope)))
    .orderBy(...ordering);
}

export type NewTask = typeof tasks.$inferInsert;

export async function insertTaskRows(db: Db, values: readonly NewTask[]): Promise<TaskRow[]> {
  if (values.length === 0) return [];
  return db.insert(tasks).values([...values]).onConflictDoNothing({ target: [tasks.planId, tasks.code] }).returning();
}

/** Compare-and-set on status and version (the pipeline's step): the row as written, or null when someone changed it first. */
export async function compareAndSetTask(db: Db, row: Pick<TaskRow, 'id' | 'status' | 'version'>, values: Partial<NewTask>): Promise<TaskRow | null> {
  return compareAndSetRow(db, tasks, row, values);
}

/** Codes already used in a plan (import: duplicate codes are refused row by row). */
export async function planTaskCodes(db: Db, planId: string): Promise<Map<string, { id: string; status: TaskRow['status'] }>> {
  const rows = await db.select({ id: tasks.id, code: tasks.code, status: tasks.status }).from(tasks).where(eq(tasks.planId, planId));
  return new Map(rows.map((r) => [r.code, { id: r.id, status: r.status }]));
}

export async function maxSort(db: Db, planId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`coalesce(max(${tasks.sort}), 0)::int` }).from(tasks).where(eq(tasks.planId, planId));
  return row?.n ?? 0;
}

/** Tasks of a plan, not cancelled (documents and returns list them). */
export const notCancelled = ne(tasks.status, 'cancelled');

// ---- figures (core addTaskToFigures in SQL; drafts and cancelled tasks are not counted) ----

export type TaskGrouping = 'none' | 'org' | 'action' | 'month' | 'quarter' | 'year' | 'region';

export type RawTaskFigures = { key: string | null; total: number; due: number; done: number; done_on_time: number; overdue: number; open: number };

function taskGroupKey(by: TaskGrouping, region: { code: string; childPrefixLength: number } | null): SQL {
  switch (by) {
    case 'none':
      return sql`NULL::text`;
    case 'org':
      return sql`${tasks.leadOrgId}::text`;
    case 'action':
      return sql`${tasks.actionCode}`;
    case 'month':
      return sql`to_char(${tasks.dueDate}, 'YYYY-MM')`;
    case 'quarter':
      return sql`to_char(${tasks.dueDate}, 'YYYY-"Q"Q')`;
    case 'year':
      return sql`to_char(${tasks.dueDate}, 'YYYY')`;
    case 'region':
      // The region's own tasks stay under its code; a lower level's under its child region of the next level.
      return region === null
        ? sql`${tasks.regionCode}`
        : sql`CASE WHEN ${tasks.regionCode} = ${region.code} THEN ${region.code} ELSE rpad(left(${tasks.regionCode}, ${region.childPrefixLength}), 12, '0') END`;
  }
}

export async function taskFiguresBy(
  db: Db,
  scope: PlanScope,
  filter: TaskFilter,
  today: string,
  by: TaskGrouping,
  region: { code: string; childPrefixLength: number } | null = null,
): Promise<RawTaskFigures[]> {
  const key = taskGroupKey(by, region);
  const d = sql`${today}::date`;
  const open = sql`${tasks.status} IN ('issued', 'in_progress')`;
  return db
    .select({
      key: sql<string | null>`${key}`,
      total: sql<number>`count(*)::int`,
      due: sql<number>`count(*) FILTER (WHERE ${tasks.dueDate} <= ${d})::int`,
      done: sql<number>`count(*) FILTER (WHERE ${tasks.status} = 'done' AND ${tasks.completedOn} <= ${d})::int`,
      done_on_time: sql<number>`count(*) FILTER (WHERE ${tasks.status} = 'done' AND ${tasks.completedOn} <= ${d} AND ${tasks.completedOn} <= ${tasks.dueDate})::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${open} AND ${tasks.nextDue} < ${d})::int`,
      open: sql<number>`count(*) FILTER (WHERE ${open})::int`,
    })
    .from(tasks)
    .where(and(taskScopeWhere(scope), taskFilterWhere(filter, today), sql`${tasks.status} NOT IN ('draft', 'cancelled')`, sql`${tasks.dueDate} IS NOT NULL`))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
}

export type BoardCell = { action_code: string; lead_org_id: string | null; status: TaskDisplayStatus; n: number; due_soon: number };

/** The task board: tasks by 行动 × lead org × display status (and how many are due within `soonDays`). */
export async function boardCells(db: Db, scope: PlanScope, filter: TaskFilter, today: string, soonDays: number): Promise<BoardCell[]> {
  const status = displayStatusSql(today);
  return db
    .select({
      action_code: tasks.actionCode,
      lead_org_id: tasks.leadOrgId,
      status,
      n: sql<number>`count(*)::int`,
      due_soon: sql<number>`count(*) FILTER (WHERE ${tasks.status} IN ('issued', 'in_progress') AND ${tasks.nextDue} BETWEEN ${today}::date AND ${today}::date + ${soonDays}::int)::int`,
    })
    .from(tasks)
    .where(and(taskScopeWhere(scope), taskFilterWhere(filter, today), sql`${tasks.status} <> 'draft'`))
    .groupBy(sql`1`, sql`2`, sql`3`);
}
