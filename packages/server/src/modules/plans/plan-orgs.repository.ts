import { and, asc, eq, ilike, inArray, like, ne } from 'drizzle-orm';
import type { OrgKind } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { orgs } from '../../db/schema/index.ts';

export type OrgSummary = { id: string; name: string; kind: OrgKind; regionCode: string };

const summary = { id: orgs.id, name: orgs.name, kind: orgs.kind, regionCode: orgs.regionCode };

/**
 * Names and kinds of orgs by id, for presenting lead orgs, reporting orgs and filing orgs. Orgs are not business
 * data (the org register is public within the instance), so no scope applies.
 */
export async function orgsByIds(db: Db, ids: readonly string[]): Promise<Map<string, OrgSummary>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select(summary).from(orgs).where(inArray(orgs.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Staff orgs (安委办, departments, townships) within a region subtree: whom a 安委办 may assign tasks and returns to. */
export async function orgsInRegion(db: Db, regionPrefix: string, filter: { q?: string | undefined; kinds?: readonly OrgKind[] } = {}): Promise<OrgSummary[]> {
  return db
    .select(summary)
    .from(orgs)
    .where(
      and(
        like(orgs.regionCode, `${regionPrefix}%`),
        ne(orgs.kind, 'platform'),
        filter.kinds && filter.kinds.length > 0 ? inArray(orgs.kind, [...filter.kinds]) : undefined,
        filter.q ? ilike(orgs.name, `%${filter.q}%`) : undefined,
      ),
    )
    .orderBy(asc(orgs.regionCode), asc(orgs.kind), asc(orgs.name))
    .limit(500);
}

/** The sectors an org supervises (org register, no scope). */
export async function regulatorSectors(db: Db, id: string): Promise<string[]> {
  const [row] = await db.select({ sectors: orgs.sectors }).from(orgs).where(eq(orgs.id, id)).limit(1);
  return row?.sectors ?? [];
}
