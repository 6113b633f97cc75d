import { and, asc, count, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { regionPrefix, type Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { enterprises, regions } from '../../db/schema/index.ts';
import { preparedRead } from '../../db/prepared.ts';
import { scopeParams, scopeWhere, scopeWhereByParams } from '../../lib/scope-sql.ts';
import type { EnterpriseFilter } from './enterprises.schema.ts';

export type EnterpriseRow = typeof enterprises.$inferSelect & { regionName: string };

/** The scope rule of DESIGN §4 on enterprises: the one mapping every enterprise read uses. */
const ENTERPRISE_SCOPE_COLUMNS = { regionCode: enterprises.regionCode, sectors: enterprises.sectors, enterpriseId: enterprises.id, id: enterprises.id };
export const enterpriseInScope = (scope: Scope) => scopeWhere(scope, ENTERPRISE_SCOPE_COLUMNS);
const inScope = enterpriseInScope;

/** High-risk: the enterprise's own flag or one of its sectors flagged high-risk in the catalogue (A-2's rule). */
const highRisk = sql`(${enterprises.highRisk} OR EXISTS (SELECT 1 FROM sectors s WHERE s.high_risk AND s.code = ANY(${enterprises.sectors})))`;
const watched = sql`EXISTS (SELECT 1 FROM watch_list w WHERE w.enterprise_id = ${enterprises.id})`;

function filterWhere(scope: Scope, filter: EnterpriseFilter): SQL | undefined {
  return and(
    inScope(scope),
    filter.q ? or(ilike(enterprises.name, `%${filter.q}%`), eq(enterprises.uscc, filter.q.toUpperCase())) : undefined,
    filter.regionCode ? sql`${enterprises.regionCode} LIKE ${`${regionPrefix(filter.regionCode)}%`}` : undefined,
    filter.sector ? sql`${enterprises.sectors} @> ARRAY[${filter.sector}]::text[]` : undefined,
    filter.status ? eq(enterprises.status, filter.status) : undefined,
    filter.highRisk === undefined ? undefined : filter.highRisk === 'true' ? highRisk : sql`NOT ${highRisk}`,
    // The latest month's class (the route computes this month's first).
    filter.class
      ? sql`EXISTS (SELECT 1 FROM supervision_classes c WHERE c.enterprise_id = ${enterprises.id} AND c.class = ${filter.class}
          AND c.period = (SELECT max(c2.period) FROM supervision_classes c2 WHERE c2.enterprise_id = ${enterprises.id}))`
      : undefined,
    filter.watched === undefined ? undefined : filter.watched === 'true' ? watched : sql`NOT ${watched}`,
  );
}

const withRegion = (db: Db) =>
  db
    .select({ enterprise: enterprises, regionName: regions.name })
    .from(enterprises)
    .innerJoin(regions, eq(regions.code, enterprises.regionCode));

const flatten = (rows: { enterprise: typeof enterprises.$inferSelect; regionName: string }[]): EnterpriseRow[] =>
  rows.map((r) => ({ ...r.enterprise, regionName: r.regionName }));

export async function listEnterprises(db: Db, scope: Scope, filter: EnterpriseFilter, page: number, pageSize: number) {
  const where = filterWhere(scope, filter);
  const [rows, [total]] = await Promise.all([
    withRegion(db).where(where).orderBy(asc(enterprises.regionCode), asc(enterprises.name)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(enterprises).where(where),
  ]);
  return { items: flatten(rows), total: total?.n ?? 0 };
}

/** Keyset pages over the filtered scope, for exports that must not hold everything in memory. */
export async function* iterateEnterprises(db: Db, scope: Scope, filter: EnterpriseFilter, batchSize = 1000) {
  let afterId: string | null = null;
  for (;;) {
    const rows: EnterpriseRow[] = flatten(
      await withRegion(db)
        .where(and(filterWhere(scope, filter), afterId ? gt(enterprises.id, afterId) : undefined))
        .orderBy(asc(enterprises.id))
        .limit(batchSize),
    );
    if (rows.length === 0) return;
    yield rows;
    afterId = rows[rows.length - 1]?.id ?? null;
  }
}

const enterpriseById = preparedRead('enterprises_by_id_in_scope', (db) =>
  withRegion(db)
    .where(and(eq(enterprises.id, sql.placeholder('id')), scopeWhereByParams(ENTERPRISE_SCOPE_COLUMNS)))
    .limit(1),
);

/** The enterprise within scope, or null: prepared once (every hazard registration reads it). */
export async function findEnterprise(db: Db, scope: Scope, id: string): Promise<EnterpriseRow | null> {
  const [row] = flatten(await enterpriseById(db).execute({ id, ...scopeParams(scope) }));
  return row ?? null;
}

export async function enterpriseStats(db: Db, scope: Scope) {
  const where = inScope(scope);
  const [bySector, byStatus, [total]] = await Promise.all([
    db
      .select({ sector: sql<string>`s.sector`, count: sql<number>`count(*)::int` })
      .from(sql`${enterprises} CROSS JOIN LATERAL unnest(${enterprises.sectors}) AS s(sector)`)
      .where(where)
      .groupBy(sql`s.sector`)
      .orderBy(sql`count(*) DESC`),
    db.select({ status: enterprises.status, count: sql<number>`count(*)::int` }).from(enterprises).where(where).groupBy(enterprises.status),
    db.select({ n: count() }).from(enterprises).where(where),
  ]);
  return { bySector, byStatus, total: total?.n ?? 0 };
}

export async function insertEnterprise(db: Db, values: typeof enterprises.$inferInsert) {
  const [row] = await db.insert(enterprises).values(values).returning({ id: enterprises.id });
  if (!row) throw new Error('enterprise insert returned nothing');
  return row.id;
}

/** Compare-and-set on version: returns false when someone else changed the record first. */
export async function updateEnterpriseIfVersion(db: Db, id: string, version: number, values: Partial<typeof enterprises.$inferInsert>) {
  const rows = await db
    .update(enterprises)
    .set({ ...values, version: version + 1 })
    .where(and(eq(enterprises.id, id), eq(enterprises.version, version)))
    .returning({ id: enterprises.id });
  return rows.length === 1;
}

/**
 * Which of these USCCs are registered anywhere, and whether each is in the caller's scope. Skips scope
 * on purpose: USCC is unique nationally, so a create or import must detect a clash it cannot see; only the
 * id and an in-scope flag leave this function, never the other record's data.
 */
export async function unsafeUsccOwnership(db: Db, scope: Scope, usccs: readonly string[]) {
  if (usccs.length === 0) return new Map<string, { id: string; version: number; inScope: boolean }>();
  const rows = await db
    .select({ id: enterprises.id, uscc: enterprises.uscc, version: enterprises.version, inScope: sql<boolean>`(${inScope(scope)})` })
    .from(enterprises)
    .where(inArray(enterprises.uscc, [...usccs]));
  return new Map(rows.map((r) => [r.uscc, { id: r.id, version: r.version, inScope: r.inScope }]));
}

/** Enterprises in scope by id or by exact name (a ledger batch names its enterprises either way). */
export async function findEnterprisesByIdOrName(db: Db, scope: Scope, ids: readonly string[], names: readonly string[]) {
  if (ids.length + names.length === 0) return [];
  return db
    .select({ id: enterprises.id, name: enterprises.name, uscc: enterprises.uscc, regionCode: enterprises.regionCode, sectors: enterprises.sectors })
    .from(enterprises)
    .where(and(inScope(scope), or(ids.length > 0 ? inArray(enterprises.id, [...ids]) : sql`false`, names.length > 0 ? inArray(enterprises.name, [...names]) : sql`false`)));
}
