// The acting user as every workflow machine sees it, and the questions every machine asks about it. One shape
// and one answer each, so hazards, tips and the workflows after them never decide "who is this?" differently.
import { isEnterpriseRole, type OrgKind, type Role } from '../roles.ts';
import { normalizeRegionCode, regionPrefix } from '../region.ts';

/** The session's actor (policies/scope.ts), flattened once per request for the machines. */
export type WorkflowActor = {
  userId: string;
  roles: readonly Role[];
  orgId: string | null;
  orgKind: OrgKind | null;
  orgRegionCode: string | null;
  orgSectors: readonly string[];
  enterpriseId: string | null;
};

/** The nested actor of the session (kept structural here so scope.ts can import this file without a cycle). */
type SessionActor = {
  userId: string;
  roles: readonly Role[];
  org: { id: string; kind: OrgKind; regionCode: string; sectors: readonly string[] } | null;
  enterpriseId: string | null;
};

export function flatActor(actor: SessionActor): WorkflowActor {
  return {
    userId: actor.userId,
    roles: actor.roles,
    orgId: actor.org?.id ?? null,
    orgKind: actor.org?.kind ?? null,
    orgRegionCode: actor.org?.regionCode ?? null,
    orgSectors: actor.org?.sectors ?? [],
    enterpriseId: actor.enterpriseId,
  };
}

/**
 * "Staff or enterprise?": an enterprise actor holds an enterprise role and belongs to an enterprise. The one
 * definition behind the enterprise scope, the report-or-register channel and what an enterprise may be shown.
 * (三权分立 keeps enterprise roles from mixing with staff roles, see explainRoleCombinationError.)
 */
export const isEnterpriseActor = (actor: { roles: readonly Role[]; enterpriseId: string | null }): boolean =>
  actor.enterpriseId !== null && actor.enterpriseId !== '' && actor.roles.some(isEnterpriseRole);

export type Audience = 'enterprise' | 'staff';
export const audienceOf = (actor: { roles: readonly Role[]; enterpriseId: string | null }): Audience =>
  isEnterpriseActor(actor) ? 'enterprise' : 'staff';

/** The record lies in the actor's org region. An unparseable org region grants nothing rather than throwing. */
export function inOrgRegion(regionCode: string, actor: Pick<WorkflowActor, 'orgRegionCode'>): boolean {
  if (actor.orgRegionCode === null || normalizeRegionCode(actor.orgRegionCode) === null) return false;
  return regionCode.startsWith(regionPrefix(actor.orgRegionCode));
}

/** Holds the officer role that matches its org's kind, i.e. may act for that org. */
export function isOfficerOfOwnOrg(actor: Pick<WorkflowActor, 'roles' | 'orgKind'>): boolean {
  switch (actor.orgKind) {
    case 'committee':
      return actor.roles.includes('committee_officer');
    case 'regulator':
      return actor.roles.includes('regulator_officer');
    case 'locality':
      return actor.roles.includes('locality_officer');
    case 'platform':
    case null:
      return false;
  }
}
