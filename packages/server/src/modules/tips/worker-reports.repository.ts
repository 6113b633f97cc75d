import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { enterprises, regions, workerReportLinks, workerReports } from '../../db/schema/index.ts';
import { enterpriseInScope } from '../enterprises/enterprises.repository.ts';

export type WorkerReportRow = typeof workerReports.$inferSelect;

export async function insertWorkerReport(db: Db, values: typeof workerReports.$inferInsert): Promise<WorkerReportRow> {
  const [row] = await db.insert(workerReports).values(values).returning();
  if (!row) throw new Error('insert worker_reports returned no row');
  return row;
}

export async function listOwnWorkerReports(db: Db, enterpriseId: string, status: WorkerReportRow['status'] | undefined, page: number, pageSize: number) {
  const where = and(eq(workerReports.enterpriseId, enterpriseId), status ? eq(workerReports.status, status) : undefined);
  const [items, [total]] = await Promise.all([
    db.select().from(workerReports).where(where).orderBy(desc(workerReports.receivedAt)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(workerReports).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findOwnWorkerReport(db: Db, enterpriseId: string, id: string) {
  const [row] = await db.select().from(workerReports).where(and(eq(workerReports.id, id), eq(workerReports.enterpriseId, enterpriseId))).limit(1);
  return row ?? null;
}

export async function handleIfVersion(db: Db, id: string, version: number, values: Partial<typeof workerReports.$inferInsert>) {
  const rows = await db
    .update(workerReports)
    .set({ ...values, version: version + 1 })
    .where(and(eq(workerReports.id, id), eq(workerReports.status, 'open'), eq(workerReports.version, version)))
    .returning({ id: workerReports.id });
  return rows.length === 1;
}

/** Aggregates per enterprise in the staff member's scope (the enterprise scope rule: region and sectors). No content, no names. */
export async function workerReportStats(db: Db, scope: Scope, regionPrefix: string | null) {
  const where = and(
    enterpriseInScope(scope),
    regionPrefix ? sql`${enterprises.regionCode} LIKE ${`${regionPrefix}%`}` : undefined,
  );
  return db
    .select({
      enterpriseId: enterprises.id,
      enterpriseName: enterprises.name,
      regionName: regions.name,
      received: sql<number>`count(*)::int`,
      handled: sql<number>`count(*) FILTER (WHERE ${workerReports.status} = 'handled')::int`,
      hazardFound: sql<number>`count(*) FILTER (WHERE ${workerReports.outcome} = 'hazard_found')::int`,
      rewardYuan: sql<number>`coalesce(sum(${workerReports.rewardYuan}), 0)::int`,
    })
    .from(workerReports)
    .innerJoin(enterprises, eq(enterprises.id, workerReports.enterpriseId))
    .innerJoin(regions, eq(regions.code, enterprises.regionCode))
    .where(where)
    .groupBy(enterprises.id, enterprises.name, regions.name)
    .orderBy(desc(sql`count(*)`), enterprises.name)
    .limit(500);
}

export async function findLink(db: Db, enterpriseId: string) {
  const [row] = await db.select().from(workerReportLinks).where(eq(workerReportLinks.enterpriseId, enterpriseId)).limit(1);
  return row ?? null;
}

export async function upsertLink(db: Db, enterpriseId: string, token: string, at: Date) {
  await db
    .insert(workerReportLinks)
    .values({ enterpriseId, token, createdAt: at })
    .onConflictDoUpdate({ target: workerReportLinks.enterpriseId, set: { token, createdAt: at } });
}

/** The link token is the only key of the anonymous form, so this lookup has no user scope. */
export async function systemEnterpriseByLinkToken(db: Db, token: string) {
  const [row] = await db
    .select({ id: enterprises.id, name: enterprises.name, regionCode: enterprises.regionCode })
    .from(workerReportLinks)
    .innerJoin(enterprises, eq(enterprises.id, workerReportLinks.enterpriseId))
    .where(eq(workerReportLinks.token, token))
    .limit(1);
  return row ?? null;
}
