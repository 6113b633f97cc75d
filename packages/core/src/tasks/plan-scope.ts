// Who sees and runs plans, tasks, returns, dispatch rounds and meetings (B-1/B-2, DESIGN §4 applied to Module B):
// - a 安委办 officer sees everything issued in its region's subtree (its own and the lower levels', the latter read
//   only) and runs what its own org issued;
// - any staff org (departments, townships, a lower 安委办) sees the tasks it leads or shares and its own returns,
//   the plans and requirements those belong to, and a department its own sector sub-plans;
// - everyone else (enterprises, tip officers, experts, sysadmin, auditor) sees none of it.

import type { Actor } from '../policies/scope.ts';
import type { WorkflowActor } from '../workflow/actor.ts';
import { regionPrefix } from '../region.ts';

export type PlanScope =
  | { kind: 'none' }
  /** regionPrefix: the issuer's subtree (null for departments and townships); orgId: rows assigned to this org. */
  | { kind: 'plans'; regionPrefix: string | null; orgId: string };

export function planScopeFor(actor: Actor): PlanScope {
  const org = actor.org;
  if (!org || actor.enterpriseId) return { kind: 'none' };
  if (actor.roles.includes('committee_officer') && org.kind === 'committee') {
    return { kind: 'plans', regionPrefix: regionPrefix(org.regionCode), orgId: org.id };
  }
  const staff = (actor.roles.includes('regulator_officer') && org.kind === 'regulator') || (actor.roles.includes('locality_officer') && org.kind === 'locality');
  return staff ? { kind: 'plans', regionPrefix: null, orgId: org.id } : { kind: 'none' };
}

/** Staff of an org acting for it (a lead org reporting progress, a reporting org filing its return). */
export function actsFor(actor: Pick<WorkflowActor, 'orgId' | 'roles'>, orgId: string): boolean {
  if (actor.orgId !== orgId) return false;
  return actor.roles.some((r) => r === 'committee_officer' || r === 'regulator_officer' || r === 'locality_officer');
}

/**
 * The org that issued a record changes it (a 安委办's plans, tasks, requirements, rounds and meetings; a department's
 * sector sub-plan): its officers. The upper levels read it; nobody else changes it.
 */
export const isIssuer = (actor: Pick<WorkflowActor, 'orgId' | 'roles'>, issuingOrgId: string): boolean => actsFor(actor, issuingOrgId);

/** Pure form of the SQL visibility rule (repositories express the same with LIKE and = ANY), for tests. */
export function isVisibleInPlanScope(scope: PlanScope, record: { regionCode: string; orgIds: readonly string[] }): boolean {
  switch (scope.kind) {
    case 'none':
      return false;
    case 'plans':
      return (scope.regionPrefix !== null && record.regionCode.startsWith(scope.regionPrefix)) || record.orgIds.includes(scope.orgId);
  }
}
