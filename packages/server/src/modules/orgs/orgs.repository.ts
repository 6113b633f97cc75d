import { and, asc, count, eq, ilike } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { orgs, regions } from '../../db/schema/index.ts';

// Orgs are administered by sysadmin across the whole instance; they are not business data.
const columns = {
  id: orgs.id,
  kind: orgs.kind,
  name: orgs.name,
  regionCode: orgs.regionCode,
  regionName: regions.name,
  sectors: orgs.sectors,
};

export async function listOrgs(db: Db, filter: { q?: string; kind?: (typeof orgs.$inferSelect)['kind'] }, page: number, pageSize: number) {
  const where = and(filter.q ? ilike(orgs.name, `%${filter.q}%`) : undefined, filter.kind ? eq(orgs.kind, filter.kind) : undefined);
  const [items, [total]] = await Promise.all([
    db.select(columns).from(orgs).innerJoin(regions, eq(regions.code, orgs.regionCode)).where(where)
      .orderBy(asc(orgs.regionCode), asc(orgs.kind), asc(orgs.name)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(orgs).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findOrg(db: Db, id: string) {
  const [row] = await db.select(columns).from(orgs).innerJoin(regions, eq(regions.code, orgs.regionCode)).where(eq(orgs.id, id)).limit(1);
  return row ?? null;
}

export async function findOrgByName(db: Db, regionCode: string, name: string) {
  const [row] = await db.select({ id: orgs.id }).from(orgs).where(and(eq(orgs.regionCode, regionCode), eq(orgs.name, name))).limit(1);
  return row ?? null;
}

export async function insertOrg(db: Db, values: typeof orgs.$inferInsert) {
  const [row] = await db.insert(orgs).values(values).returning({ id: orgs.id });
  if (!row) throw new Error('org insert returned nothing');
  return row.id;
}

export async function updateOrg(db: Db, id: string, values: Partial<typeof orgs.$inferInsert>) {
  await db.update(orgs).set(values).where(eq(orgs.id, id));
}
