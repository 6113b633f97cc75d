// The server side of the scope registry (core policies/scope.ts scopeFor(actor, resource)): the scope of a request
// for a kind of record, and the one guard for endpoints that only region staff use.
import type { FastifyRequest } from 'fastify';
import { scopeFor, type Capability, type Scope, type ScopeResource } from '@zhiben/core';
import { AppError } from '../errors.ts';
import { requireCapability } from '../plugins/auth.ts';
import type { AuthContext } from './request-context.ts';

export type RegionScope = Extract<Scope, { kind: 'region' }>;

/** The caller's scope for `resource`; `business` is the one the session computed (auth.scope). */
export function scopeOf(auth: AuthContext, resource: ScopeResource): Scope {
  return resource === 'business' ? auth.scope : scopeFor(auth.actor, resource);
}

/**
 * For endpoints that only staff with a region scope use (statistics, circulars, escalation lists, ledger import):
 * the capability and a region scope, else 404 like any endpoint the caller may not use.
 */
export function requireRegionStaff(request: FastifyRequest, capability: Capability, resource: ScopeResource = 'business'): { auth: AuthContext; scope: RegionScope } {
  const auth = requireCapability(request, capability);
  const scope = scopeOf(auth, resource);
  if (scope.kind !== 'region') throw AppError('NOT_FOUND');
  return { auth, scope };
}
