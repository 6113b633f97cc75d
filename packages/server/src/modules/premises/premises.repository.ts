import { aliasedTable, and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { regionPrefix, type Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { enterprises, orgs, premises, regions, users } from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';
import type { PremisesFilter } from './premises.schema.ts';

export type PremisesRow = typeof premises.$inferSelect & { regionName: string; enterpriseName: string | null; gridOfficerName: string | null };

/**
 * DESIGN §4 for premises (MODULES A-0): by region prefix like enterprises; a regulator also needs the premises'
 * sector (a premises of kind `other` has none and is seen by whole-region scopes only); enterprise users see none.
 */
export function premisesInScope(scope: Scope): SQL {
  if (scope.kind !== 'region') return sql`false`;
  return scopeWhere(scope, { regionCode: premises.regionCode, sector: premises.sector, enterpriseId: premises.id });
}

function filterWhere(scope: Scope, filter: PremisesFilter): SQL | undefined {
  return and(
    premisesInScope(scope),
    filter.q ? or(ilike(premises.name, `%${filter.q}%`), ilike(premises.address, `%${filter.q}%`)) : undefined,
    filter.regionCode ? sql`${premises.regionCode} LIKE ${`${regionPrefix(filter.regionCode)}%`}` : undefined,
    filter.kind ? eq(premises.kind, filter.kind) : undefined,
    filter.status ? eq(premises.status, filter.status) : undefined,
    filter.enterpriseId ? eq(premises.enterpriseId, filter.enterpriseId) : undefined,
  );
}

const officer = aliasedTable(users, 'grid_officer');

const withNames = (db: Db) =>
  db
    .select({ premises, regionName: regions.name, enterpriseName: enterprises.name, gridOfficerName: officer.displayName })
    .from(premises)
    .innerJoin(regions, eq(regions.code, premises.regionCode))
    .leftJoin(enterprises, eq(enterprises.id, premises.enterpriseId))
    .leftJoin(officer, eq(officer.id, premises.gridOfficerId));

type Joined = { premises: typeof premises.$inferSelect; regionName: string; enterpriseName: string | null; gridOfficerName: string | null };
const flatten = (rows: Joined[]): PremisesRow[] => rows.map((r) => ({ ...r.premises, regionName: r.regionName, enterpriseName: r.enterpriseName, gridOfficerName: r.gridOfficerName }));

export async function listPremises(db: Db, scope: Scope, filter: PremisesFilter, page: number, pageSize: number) {
  const where = filterWhere(scope, filter);
  const [rows, [total]] = await Promise.all([
    withNames(db).where(where).orderBy(asc(premises.regionCode), asc(premises.name), asc(premises.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(premises).where(where),
  ]);
  return { items: flatten(rows), total: total?.n ?? 0 };
}

export async function findPremises(db: Db, scope: Scope, id: string): Promise<PremisesRow | null> {
  const [row] = flatten(await withNames(db).where(and(eq(premises.id, id), premisesInScope(scope))).limit(1));
  return row ?? null;
}

export async function insertPremises(db: Db, values: typeof premises.$inferInsert): Promise<void> {
  await db.insert(premises).values(values);
}

/** Compare-and-set on version: false when someone else changed the record first. */
export async function updatePremisesIfVersion(db: Db, id: string, version: number, values: Partial<typeof premises.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(premises)
    .set({ ...values, version: version + 1 })
    .where(and(eq(premises.id, id), eq(premises.version, version)))
    .returning({ id: premises.id });
  return rows.length === 1;
}

/**
 * Locality officers whose township (or village) covers the region: the grid officers a premises there may be
 * given. The caller has already checked the region is in its own scope.
 */
export async function gridOfficersFor(db: Db, regionCode: string) {
  // A locality org sits at a township or a village: those of the region's own chain are the candidates.
  const chain = [regionCode.slice(0, 9).padEnd(12, '0'), regionCode];
  return db
    .select({ id: users.id, name: users.displayName, orgName: orgs.name })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(eq(orgs.kind, 'locality'), inArray(orgs.regionCode, chain), eq(users.disabled, false), sql`'locality_officer' = ANY(${users.roles})`))
    .orderBy(asc(users.displayName));
}
