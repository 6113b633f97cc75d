import type { OrgKind, Role } from '../roles.ts';
import { regionPrefix } from '../region.ts';

export type ActorOrg = { id: string; kind: OrgKind; regionCode: string; sectors: readonly string[] };

export type Actor = {
  userId: string;
  roles: readonly Role[];
  org: ActorOrg | null;
  enterpriseId: string | null;
};

/**
 * What business data an actor may see (DESIGN §4). Every query of business data takes a Scope;
 * nothing else decides visibility.
 * - region: rows whose regionCode starts with `regionPrefix`; when `sectors` is set, only rows in those sectors.
 * - enterprise: rows of one enterprise.
 * - none: no business data at all (sysadmin, auditor, expert until assigned inspections exist).
 */
export type Scope =
  | { kind: 'region'; regionPrefix: string; sectors: readonly string[] | null }
  | { kind: 'enterprise'; enterpriseId: string }
  | { kind: 'none' };

export function scopeFor(actor: Actor): Scope {
  if (actor.enterpriseId && actor.roles.some((r) => r === 'enterprise_admin' || r === 'enterprise_principal')) {
    return { kind: 'enterprise', enterpriseId: actor.enterpriseId };
  }
  const org = actor.org;
  if (!org) return { kind: 'none' };
  const prefix = regionPrefix(org.regionCode);
  if (prefix === null) return { kind: 'none' };
  if (actor.roles.includes('committee_officer') && org.kind === 'committee') {
    return { kind: 'region', regionPrefix: prefix, sectors: null };
  }
  if (actor.roles.includes('regulator_officer') && org.kind === 'regulator') {
    return { kind: 'region', regionPrefix: prefix, sectors: [...org.sectors] };
  }
  if (actor.roles.includes('locality_officer') && org.kind === 'locality') {
    return { kind: 'region', regionPrefix: prefix, sectors: null };
  }
  return { kind: 'none' };
}

/** Pure check used by tests and in-memory policies; SQL repositories express the same rule. */
export function isRecordInScope(
  scope: Scope,
  record: { regionCode: string; sectors: readonly string[]; enterpriseId: string },
): boolean {
  switch (scope.kind) {
    case 'none':
      return false;
    case 'enterprise':
      return record.enterpriseId === scope.enterpriseId;
    case 'region':
      return (
        record.regionCode.startsWith(scope.regionPrefix) &&
        (scope.sectors === null || record.sectors.some((s) => scope.sectors?.includes(s)))
      );
  }
}

export function describeScope(scope: Scope, regionName: string | null, sectorNames: readonly string[]): string {
  switch (scope.kind) {
    case 'none':
      return '无业务数据权限';
    case 'enterprise':
      return '本单位';
    case 'region':
      return scope.sectors === null
        ? `${regionName ?? scope.regionPrefix}全部行业`
        : `${regionName ?? scope.regionPrefix}：${sectorNames.join('、') || '（未分配行业）'}`;
  }
}

/**
 * Rows visible under both scopes (e.g. a department's hazards as seen by the caller). Region scopes intersect
 * to the longer prefix when one contains the other and the common sectors; anything else is `none`.
 */
export function intersectScopes(a: Scope, b: Scope): Scope {
  if (a.kind === 'none' || b.kind === 'none') return { kind: 'none' };
  if (a.kind === 'enterprise' || b.kind === 'enterprise') {
    if (a.kind === 'enterprise' && b.kind === 'enterprise') return a.enterpriseId === b.enterpriseId ? a : { kind: 'none' };
    return { kind: 'none' };
  }
  const prefix = a.regionPrefix.startsWith(b.regionPrefix) ? a.regionPrefix : b.regionPrefix.startsWith(a.regionPrefix) ? b.regionPrefix : null;
  if (prefix === null) return { kind: 'none' };
  const sectors = a.sectors === null ? b.sectors : b.sectors === null ? a.sectors : a.sectors.filter((s) => b.sectors?.includes(s));
  return { kind: 'region', regionPrefix: prefix, sectors };
}
