import type { FastifyRequest } from 'fastify';
import { flatActor, planScopeFor, type PlanScope, type WorkflowActor } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { requireCapability } from '../../plugins/auth.ts';
import type { AuthContext } from '../../lib/request-context.ts';

export type PlanReader = { auth: AuthContext; scope: Extract<PlanScope, { kind: 'plans' }> };
export type PlanManager = PlanReader & { org: { id: string; name: string; regionCode: string } };

/** Module B endpoints: staff of a committee, department or township (plans.read); everyone else gets 404. */
export function requirePlanReader(request: FastifyRequest): PlanReader {
  const auth = requireCapability(request, 'plans.read');
  const scope = planScopeFor(auth.actor);
  if (scope.kind === 'none') throw AppError('NOT_FOUND');
  return { auth, scope };
}

/** Creating plans, requirements, rounds, meetings and leaders: a 安委办 officer (plans.manage), for its own org. */
export function requirePlanManager(request: FastifyRequest): PlanManager {
  const auth = requireCapability(request, 'plans.manage');
  const scope = planScopeFor(auth.actor);
  const org = auth.user.org;
  if (scope.kind === 'none' || !org || org.kind !== 'committee') throw AppError('NOT_FOUND');
  return { auth, scope, org: { id: org.id, name: org.name, regionCode: org.regionCode } };
}

/**
 * The 安委办's own records (leaders, duty lists, working groups, meetings, rounds): committee officers, who see
 * their region's and the lower levels'; a department or township (which sees only what is assigned to it) gets 404.
 */
export function requireCommitteeReader(request: FastifyRequest): PlanReader & { scope: { regionPrefix: string } } {
  const reader = requirePlanReader(request);
  const { regionPrefix } = reader.scope;
  if (regionPrefix === null) throw AppError('NOT_FOUND');
  return { auth: reader.auth, scope: { ...reader.scope, regionPrefix } };
}

/** The caller as the machines and issuer checks see it (the kernel's flat actor). */
export const actorOf = (auth: AuthContext): WorkflowActor => flatActor(auth.actor);
