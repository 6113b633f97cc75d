import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from '@zhiben/core';

export type ScopeColumns = {
  regionCode: PgColumn;
  /** text[] of sectors (enterprises) … */
  sectors?: PgColumn;
  /** … or a single sector (hazards). */
  sector?: PgColumn;
  enterpriseId: PgColumn;
  /** The record's own id, for `assigned` scopes (a set of ids). */
  id?: PgColumn;
};

/**
 * The SQL form of DESIGN §4, used by every repository read of business data. Region prefix uses LIKE so the
 * text_pattern_ops index applies; a regulator additionally needs one of its sectors.
 */
export function scopeWhere(scope: Scope, columns: ScopeColumns): SQL {
  switch (scope.kind) {
    case 'none':
      return sql`false`;
    case 'enterprise':
      return eq(columns.enterpriseId, scope.enterpriseId);
    case 'assigned':
      // A table without an id mapping cannot be assigned: nothing.
      if (!columns.id || scope.ids.length === 0) return sql`false`;
      return inArray(columns.id, [...scope.ids]);
    case 'region': {
      const region = sql`${columns.regionCode} LIKE ${`${scope.regionPrefix}%`}`;
      if (scope.sectors === null) return region;
      const sectorList = sql`ARRAY[${sql.join(scope.sectors.map((s) => sql`${s}`), sql`, `)}]::text[]`;
      const sectorMatch =
        scope.sectors.length === 0
          ? sql`false`
          : columns.sectors
            ? sql`${columns.sectors} && ${sectorList}`
            : columns.sector
              ? sql`${columns.sector} = ANY(${sectorList})`
              : sql`false`;
      return and(region, sectorMatch) ?? sql`false`;
    }
  }
}
