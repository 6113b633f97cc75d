import type { OrgKind, Role } from '../roles.ts';
import { normalizeRegionCode, regionPrefix } from '../region.ts';
import { isEnterpriseActor } from '../workflow/actor.ts';

export type ActorOrg = { id: string; kind: OrgKind; regionCode: string; sectors: readonly string[] };

export type Actor = {
  userId: string;
  roles: readonly Role[];
  org: ActorOrg | null;
  enterpriseId: string | null;
};

/**
 * What data an actor may see (DESIGN §4). Every query of business data takes a Scope; nothing else decides
 * visibility.
 * - region: rows whose regionCode starts with `regionPrefix`; when `sectors` is set, only rows in those sectors.
 * - enterprise: rows of one enterprise.
 * - assigned: exactly these records (an expert's inspections, a task owner's tasks, an inspection's members).
 * - none: nothing at all (sysadmin, auditor, an expert with no assignment).
 */
export type Scope =
  | { kind: 'region'; regionPrefix: string; sectors: readonly string[] | null }
  | { kind: 'enterprise'; enterpriseId: string }
  | { kind: 'assigned'; ids: readonly string[] }
  | { kind: 'none' };

/**
 * The scope registry: one entry per kind of record. `business` covers enterprises, hazards, statistics,
 * escalations and circulars (one rule for all of them, DESIGN §4); `tip` keeps 举报 away from localities and
 * enterprises (举报人保护); `inspection` is the business scope, and for those without one (experts, third-party
 * staff) the inspections they are members of, whose ids the server passes in (`assigned`).
 */
export const scopeResources = ['business', 'tip', 'inspection'] as const;
export type ScopeResource = (typeof scopeResources)[number];

/** What `actor` may see of `resource`. `assigned` lists the records assigned to the actor, where the resource has assignments. */
export function scopeFor(actor: Actor, resource: ScopeResource = 'business', assignedIds: readonly string[] = []): Scope {
  switch (resource) {
    case 'business':
      return businessScope(actor);
    case 'tip':
      return tipScope(actor);
    case 'inspection': {
      const business = businessScope(actor);
      if (business.kind !== 'none') return business;
      return assignedIds.length > 0 ? { kind: 'assigned', ids: [...assignedIds] } : { kind: 'none' };
    }
  }
}

/** The scope an officer of `org` would have: a department's records, as statistics rank departments. */
export function orgScope(org: ActorOrg, resource: ScopeResource = 'business'): Scope {
  const officerRole = org.kind === 'committee' ? 'committee_officer' : org.kind === 'regulator' ? 'regulator_officer' : org.kind === 'locality' ? 'locality_officer' : null;
  if (officerRole === null) return { kind: 'none' };
  return scopeFor({ userId: '', roles: [officerRole], org, enterpriseId: null }, resource);
}

function orgPrefix(org: ActorOrg): string | null {
  return normalizeRegionCode(org.regionCode) === null ? null : regionPrefix(org.regionCode);
}

function businessScope(actor: Actor): Scope {
  if (isEnterpriseActor(actor) && actor.enterpriseId) return { kind: 'enterprise', enterpriseId: actor.enterpriseId };
  const org = actor.org;
  if (!org) return { kind: 'none' };
  const prefix = orgPrefix(org);
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

/**
 * Which tips an actor may see. Tip officers and committee officers: their org's region. Regulator officers: their
 * region and sectors. Nobody else (localities and enterprises are close to the reported party; 举报人保护).
 */
function tipScope(actor: Actor): Scope {
  const org = actor.org;
  if (!org) return { kind: 'none' };
  const prefix = orgPrefix(org);
  if (prefix === null) return { kind: 'none' };
  const tipOfficer = actor.roles.includes('tip_officer');
  if ((tipOfficer || actor.roles.includes('committee_officer')) && org.kind === 'committee') return { kind: 'region', regionPrefix: prefix, sectors: null };
  if ((tipOfficer || actor.roles.includes('regulator_officer')) && org.kind === 'regulator') {
    return { kind: 'region', regionPrefix: prefix, sectors: [...org.sectors] };
  }
  return { kind: 'none' };
}

/** Pure check used by tests and in-memory policies; SQL repositories express the same rule. */
export function isRecordInScope(
  scope: Scope,
  record: { id?: string; regionCode: string; sectors: readonly string[]; enterpriseId: string },
): boolean {
  switch (scope.kind) {
    case 'none':
      return false;
    case 'assigned':
      return record.id !== undefined && scope.ids.includes(record.id);
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
    case 'assigned':
      return `指派给本人的${scope.ids.length}项`;
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
  if (a.kind === 'assigned' || b.kind === 'assigned') {
    if (a.kind === 'assigned' && b.kind === 'assigned') return { kind: 'assigned', ids: a.ids.filter((id) => b.ids.includes(id)) };
    return { kind: 'none' }; // assignments are per record; a region or enterprise says nothing about them
  }
  if (a.kind === 'enterprise' || b.kind === 'enterprise') {
    if (a.kind === 'enterprise' && b.kind === 'enterprise') return a.enterpriseId === b.enterpriseId ? a : { kind: 'none' };
    return { kind: 'none' };
  }
  const prefix = a.regionPrefix.startsWith(b.regionPrefix) ? a.regionPrefix : b.regionPrefix.startsWith(a.regionPrefix) ? b.regionPrefix : null;
  if (prefix === null) return { kind: 'none' };
  const sectors = a.sectors === null ? b.sectors : b.sectors === null ? a.sectors : a.sectors.filter((s) => b.sectors?.includes(s));
  return { kind: 'region', regionPrefix: prefix, sectors };
}
