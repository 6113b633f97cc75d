import { and, asc, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@zhiben/core';
import { rowsOf, type Db } from '../../db/client.ts';
import { enterprises, inspectionMembers, inspections, inspectorCredentials, orgs, randomDraws, users } from '../../db/schema/index.ts';

import { scopeWhere } from '../../lib/scope-sql.ts';

/** A draw without its inputs text (up to tens of MB for a province): what pages and actions load. */
const { inputsText: _inputsText, seedSealed: _seedSealed, ...drawColumns } = getTableColumns(randomDraws);
export type DrawRow = Omit<typeof randomDraws.$inferSelect, 'inputsText' | 'seedSealed'>;

/** Draws in scope: region staff by region and sectors (a draw of every sector only for whole-region scopes). */
export function drawWhere(scope: Scope): SQL {
  if (scope.kind !== 'region') return sql`false`;
  return scopeWhere(scope, { regionCode: randomDraws.regionCode, sectors: randomDraws.sectors, enterpriseId: randomDraws.orgId });
}

export type DrawFilter = { status?: DrawRow['status'] | undefined; waiting?: 'draw' | 'approve' | 'publish' | undefined; orgId: string | null; today: string };

/** What waits on the org (待办): its draw date has come; drawn, to be approved; every drawn inspection finished, results to publish. */
function waitingWhere(filter: DrawFilter): SQL | undefined {
  if (!filter.waiting) return undefined;
  const own = filter.orgId ? eq(randomDraws.orgId, filter.orgId) : sql`false`;
  switch (filter.waiting) {
    case 'draw':
      return and(own, eq(randomDraws.status, 'committed'), sql`${randomDraws.drawOn} <= ${filter.today}`);
    case 'approve':
      return and(own, eq(randomDraws.status, 'drawn'));
    case 'publish':
      return and(own, eq(randomDraws.status, 'approved'), sql`NOT EXISTS (SELECT 1 FROM ${inspections} i WHERE i.random_draw_id = ${randomDraws.id} AND i.status NOT IN ('closed', 'cancelled'))`);
  }
}

export async function listDraws(db: Db, scope: Scope, filter: DrawFilter, page: number, pageSize: number): Promise<{ rows: DrawRow[]; total: number }> {
  const where = and(drawWhere(scope), filter.status ? eq(randomDraws.status, filter.status) : undefined, waitingWhere(filter));
  const [rows, [count]] = await Promise.all([
    db.select(drawColumns).from(randomDraws).where(where).orderBy(desc(randomDraws.createdAt)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(randomDraws).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function findDraw(db: Db, scope: Scope, id: string): Promise<DrawRow | null> {
  const [row] = await db.select(drawColumns).from(randomDraws).where(and(eq(randomDraws.id, id), drawWhere(scope))).limit(1);
  return row ?? null;
}

/** The sealed seed and the inputs text of a draw the caller already loaded within scope (the draw action). */
export async function drawSecrets(db: Db, id: string): Promise<{ inputsText: string; seedSealed: string } | null> {
  const [row] = await db.select({ inputsText: randomDraws.inputsText, seedSealed: randomDraws.seedSealed }).from(randomDraws).where(eq(randomDraws.id, id)).limit(1);
  return row ?? null;
}

/**
 * A draw as the public sees it (公告): no scope, because 双随机一公开 publishes it; the seed only once drawn (the
 * column is null before), never the sealed one. Named system… because it skips scope on purpose.
 */
export async function systemPublicDraw(db: Db, id: string): Promise<(DrawRow & { inputsText: string; orgName: string }) | null> {
  const [row] = await db
    .select({ ...drawColumns, inputsText: randomDraws.inputsText, orgName: orgs.name })
    .from(randomDraws)
    .innerJoin(orgs, eq(orgs.id, randomDraws.orgId))
    .where(eq(randomDraws.id, id))
    .limit(1);
  return row ?? null;
}

export async function insertDraw(tx: Db, values: typeof randomDraws.$inferInsert): Promise<DrawRow> {
  const [row] = await tx.insert(randomDraws).values(values).returning(drawColumns);
  if (!row) throw new Error('draw insert returned nothing');
  return row;
}

export async function compareAndSetDraw(tx: Db, row: Pick<DrawRow, 'id' | 'status' | 'version'>, values: Partial<typeof randomDraws.$inferInsert>): Promise<DrawRow | null> {
  const [written] = await tx
    .update(randomDraws)
    .set({ ...values, version: sql`${randomDraws.version} + 1` })
    .where(and(eq(randomDraws.id, row.id), eq(randomDraws.status, row.status), eq(randomDraws.version, row.version)))
    .returning(drawColumns);
  return written ?? null;
}

/** The next number of an org's draws in a year (the unique index settles two at once). */
export async function countDrawsOfOrg(db: Db, orgId: string, year: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(randomDraws)
    .where(and(eq(randomDraws.orgId, orgId), sql`extract(year from ${randomDraws.createdAt} at time zone 'Asia/Shanghai') = ${year}`));
  return row?.n ?? 0;
}

/**
 * The 检查对象名录库 of a draw: operating enterprises in the region (and sectors), minus those this org inspected
 * within `excludeDays` days (finished or under way). Ordered by id, the draw's canonical order.
 */
export async function poolEnterprises(db: Db, filter: { regionPrefix: string; sectors: readonly string[]; orgId: string; excludeSince: string | null }) {
  const sectorMatch = filter.sectors.length > 0 ? sql`${enterprises.sectors} && ARRAY[${sql.join(filter.sectors.map((s) => sql`${s}`), sql`, `)}]::text[]` : undefined;
  const inspected = filter.excludeSince
    ? sql`NOT EXISTS (SELECT 1 FROM ${inspections} i WHERE i.enterprise_id = ${enterprises.id} AND i.org_id = ${filter.orgId} AND i.status <> 'cancelled' AND coalesce(i.check_date, i.planned_on) >= ${filter.excludeSince})`
    : undefined;
  return db
    .select({ id: enterprises.id, name: enterprises.name, regionCode: enterprises.regionCode, sectors: enterprises.sectors })
    .from(enterprises)
    .where(and(sql`${enterprises.regionCode} LIKE ${`${filter.regionPrefix}%`}`, eq(enterprises.status, 'operating'), sectorMatch, inspected))
    .orderBy(asc(enterprises.id));
}

/** The 执法检查人员名录库 of an org: its active officers, with their certificate where recorded. */
export async function orgInspectors(db: Db, orgId: string) {
  return db
    .select({
      userId: users.id,
      name: users.displayName,
      roles: users.roles,
      certificateNo: inspectorCredentials.certificateNo,
      expiresOn: inspectorCredentials.expiresOn,
      conflictEnterpriseIds: inspectorCredentials.conflictEnterpriseIds,
      note: inspectorCredentials.note,
      version: inspectorCredentials.version,
    })
    .from(users)
    .leftJoin(inspectorCredentials, eq(inspectorCredentials.userId, users.id))
    .where(and(eq(users.orgId, orgId), eq(users.disabled, false)))
    .orderBy(asc(users.displayName));
}

export async function upsertCredential(db: Db, values: typeof inspectorCredentials.$inferInsert, version: number | null): Promise<boolean> {
  if (version === null) {
    const inserted = await db.insert(inspectorCredentials).values(values).onConflictDoNothing().returning({ userId: inspectorCredentials.userId });
    return inserted.length === 1;
  }
  const updated = await db
    .update(inspectorCredentials)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(inspectorCredentials.userId, values.userId), eq(inspectorCredentials.version, version)))
    .returning({ userId: inspectorCredentials.userId });
  return updated.length === 1;
}

/**
 * The members of the last inspection this org made of each enterprise (回避: the inspector who inspected it last
 * time is not drawn for it again).
 */
export async function lastInspectors(db: Db, orgId: string, enterpriseIds: readonly string[]): Promise<{ enterpriseId: string; userId: string }[]> {
  if (enterpriseIds.length === 0) return [];
  const result = await db.execute(sql`
    SELECT DISTINCT ON (i.enterprise_id, m.user_id) i.enterprise_id AS "enterpriseId", m.user_id AS "userId"
    FROM (
      SELECT DISTINCT ON (enterprise_id) id, enterprise_id FROM ${inspections}
      WHERE org_id = ${orgId} AND status <> 'cancelled' AND enterprise_id IS NOT NULL
      ORDER BY enterprise_id, coalesce(check_date, planned_on) DESC NULLS LAST, created_at DESC
    ) i
    JOIN ${inspectionMembers} m ON m.inspection_id = i.id AND m.user_id IS NOT NULL`);
  const wanted = new Set(enterpriseIds);
  return rowsOf<{ enterpriseId: string; userId: string }>(result).filter((r) => wanted.has(r.enterpriseId));
}

/** The state of the inspections a draw created (for the result notice and its deadline). */
export async function drawInspections(db: Db, drawId: string) {
  return db
    .select({ id: inspections.id, inspectionNo: inspections.inspectionNo, enterpriseId: inspections.enterpriseId, status: inspections.status, endedAt: inspections.endedAt, checkDate: inspections.checkDate })
    .from(inspections)
    .where(eq(inspections.randomDrawId, drawId))
    .orderBy(asc(inspections.inspectionNo));
}

export async function hazardCountsOfInspections(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute(sql`SELECT inspection_id AS id, count(*)::int AS n FROM inspection_items WHERE hazard_id IS NOT NULL AND inspection_id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)}) GROUP BY inspection_id`);
  return new Map(rowsOf<{ id: string; n: number }>(result).map((r) => [r.id, r.n]));
}


/** Draws of a year in scope, by status. */
export async function drawCountsByStatus(db: Db, scope: Scope, year: string) {
  return db
    .select({ status: randomDraws.status, n: sql<number>`count(*)::int` })
    .from(randomDraws)
    .where(and(drawWhere(scope), sql`${randomDraws.drawOn} BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date`))
    .groupBy(randomDraws.status);
}

/**
 * Staff inspections of a year in scope (planned or done by an org; enterprises' own checks excluded), drawn
 * (trigger random_draw) and targeted (every other trigger): how many, how many finished, the hazards they raised.
 */
export async function drawnVersusTargeted(db: Db, scope: Scope, year: string) {
  const where = and(
    scopeWhere(scope, { regionCode: inspections.regionCode, sectors: inspections.sectors, enterpriseId: inspections.enterpriseId }),
    sql`${inspections.orgId} IS NOT NULL AND ${inspections.kind} <> 'self_inspection' AND ${inspections.status} <> 'cancelled'`,
    sql`coalesce(${inspections.checkDate}, ${inspections.plannedOn}) BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date`,
  );
  return db
    .select({
      drawn: sql<boolean>`${inspections.trigger} = 'random_draw'`,
      inspections: sql<number>`count(*)::int`,
      closed: sql<number>`count(*) FILTER (WHERE ${inspections.status} = 'closed')::int`,
      hazards: sql<number>`coalesce(sum((SELECT count(*) FROM inspection_items it WHERE it.inspection_id = ${inspections.id} AND it.hazard_id IS NOT NULL)) FILTER (WHERE ${inspections.status} = 'closed'), 0)::int`,
    })
    .from(inspections)
    .where(where)
    .groupBy(sql`${inspections.trigger} = 'random_draw'`);
}
