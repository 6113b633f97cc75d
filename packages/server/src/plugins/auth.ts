import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Capability } from '@zhiben/core';
import { can } from '@zhiben/core';
import { AppError } from '../errors.ts';
import type { AuthContext, Initiator } from '../lib/request-context.ts';
import { initiatorOf } from '../lib/request-context.ts';
import { authenticate, type AuthDeps } from '../modules/auth/auth.service.ts';

export const SESSION_COOKIE = 'zb_session';

declare module 'fastify' {
  // Fastify's request typing is extended by declaration merging, which needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    auth: AuthContext | null;
    sessionToken: string | null;
  }
}

export function tokenFrom(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  return request.cookies[SESSION_COOKIE] ?? null;
}

export function registerAuth(app: FastifyInstance, deps: Pick<AuthDeps, 'db' | 'clock'>): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = tokenFrom(request);
    request.sessionToken = token;
    request.auth = token ? await authenticate(deps, token) : null;
  });
}

/** What an account whose password an administrator set may still do: see itself, change the password, sign out. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['GET /api/me', 'POST /api/me/password', 'POST /api/auth/logout']);

export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw AppError(request.sessionToken ? 'AUTH_SESSION_EXPIRED' : 'UNAUTHENTICATED');
  // An administrator-set password is known to the administrator: until the owner replaces it, the account is
  // useless to whoever else knows it (三权分立: a reset is not a way into someone's account).
  if (request.auth.user.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(`${request.method} ${request.routeOptions.url ?? ''}`)) {
    throw AppError('AUTH_PASSWORD_CHANGE_REQUIRED');
  }
  return request.auth;
}

/**
 * Capability gate for whole endpoints. Missing capability answers 404 like an out-of-scope record, so the
 * API does not advertise what exists to those who may not use it.
 */
export function requireCapability(request: FastifyRequest, capability: Capability): AuthContext {
  const auth = requireAuth(request);
  if (!can(auth.user.roles, capability)) throw AppError('NOT_FOUND');
  return auth;
}

export const initiator = (request: FastifyRequest): Initiator =>
  request.auth ? initiatorOf(request.auth, request.ip) : { userId: null, name: '匿名', ip: request.ip };
