import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from '@zhiben/core';
import { arrayParam } from '../db/prepared.ts';

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

/**
 * scopeWhere with the scope passed as parameters (fill them with scopeParams): one statement text for every scope,
 * so a read of one record by its key can be prepared once (preparedRead) instead of built per request. Only for
 * reads that find the row by its key: the key's index finds it and the scope merely filters it. So the branches
 * compare through casts and left(), not LIKE, and no btree index can serve them: on PGlite, which never gathers
 * statistics, both estimates were one row and the planner took the region index and filtered the whole county by id
 * (db/by-key-plans.test.ts).
 * The same rule as scopeWhere, branch for branch (scope-sql.test compares the two).
 */
export function scopeWhereByParams(columns: ScopeColumns): SQL {
  const sectors = sql`${sql.placeholder('scopeSectors')}::text[]`;
  const sectorMatch = columns.sectors ? sql`${columns.sectors} && ${sectors}` : columns.sector ? sql`${columns.sector} = ANY(${sectors})` : sql`false`;
  const assigned = columns.id ? sql`${columns.id}::text = ANY(${sql.placeholder('scopeIds')}::text[])` : sql`false`;
  return sql`(CASE ${sql.placeholder('scopeKind')}::text
    WHEN 'enterprise' THEN ${columns.enterpriseId}::text = ${sql.placeholder('scopeEnterpriseId')}::text
    WHEN 'assigned' THEN ${assigned}
    WHEN 'region' THEN left(${columns.regionCode}, length(${sql.placeholder('scopeRegionPrefix')}::text)) = ${sql.placeholder('scopeRegionPrefix')}::text AND (${sectors} IS NULL OR ${sectorMatch})
    ELSE false END)`;
}

/** The values of scopeWhereByParams's parameters for `scope`. */
export function scopeParams(scope: Scope): { scopeKind: Scope['kind']; scopeEnterpriseId: string | null; scopeIds: string; scopeRegionPrefix: string | null; scopeSectors: string | null } {
  return {
    scopeKind: scope.kind,
    scopeEnterpriseId: scope.kind === 'enterprise' ? scope.enterpriseId : null,
    scopeIds: arrayParam(scope.kind === 'assigned' ? scope.ids : []),
    scopeRegionPrefix: scope.kind === 'region' ? scope.regionPrefix : null,
    scopeSectors: scope.kind === 'region' && scope.sectors !== null ? arrayParam(scope.sectors) : null,
  };
}
