import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { PlanScope } from '@zhiben/core';

/**
 * The SQL form of core planScopeFor: rows in the issuer's region subtree (a 安委办 sees its own and the lower
 * levels'), or rows assigned to the actor's org (`assigned` says how a table names its orgs: a task's lead and
 * co-orgs, a return's filing org, a requirement's reporting orgs). Every Module B read takes it.
 */
export function planScopeWhere(scope: PlanScope, regionCode: PgColumn, assigned: ((orgId: string) => SQL) | null): SQL {
  switch (scope.kind) {
    case 'none':
      return sql`false`;
    case 'plans': {
      const region = scope.regionPrefix === null ? null : sql`${regionCode} LIKE ${`${scope.regionPrefix}%`}`;
      const mine = assigned ? assigned(scope.orgId) : null;
      if (region && mine) return sql`(${region} OR ${mine})`;
      return region ?? mine ?? sql`false`;
    }
  }
}

/** Only the region subtree (rounds, meetings, leaders: records of the 安委办 itself, never assigned to departments). */
export const regionOnlyWhere = (scope: PlanScope, regionCode: PgColumn): SQL => planScopeWhere(scope, regionCode, null);
