import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { capabilitiesFor, describeScope, scopeFor } from '@zhiben/core';
import { initiator, requireAuth, SESSION_COOKIE } from '../../plugins/auth.ts';
import { emptyResponse, standardErrors } from '../../lib/schemas.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import { regionNameOf, sectorNamesOf } from '../reference/reference.repository.ts';
import type { Db } from '../../db/client.ts';
import { createAddressLimiter, SESSION_ABSOLUTE_MS } from './auth.service.ts';
import * as service from './auth.service.ts';
import { DEMO_PASSWORD } from '../../seed/demo.ts';
import { changePasswordBody, loginBody, loginResponse, meResponse, totpCodeBody, totpSetupResponse, type MeResponse } from './auth.schema.ts';

export async function presentMe(db: Db, auth: AuthContext): Promise<MeResponse> {
  const { user } = auth;
  // A tip officer has no business scope but sees the tips of its org's region: say that, not 无业务数据权限.
  const tips = auth.scope.kind === 'none' ? scopeFor(auth.actor, 'tip') : null;
  const scope = tips?.kind === 'region' ? tips : auth.scope;
  const regionName = scope.kind === 'region' && user.org ? await regionNameOf(db, user.org.regionCode) : null;
  const sectorNames = scope.kind === 'region' && scope.sectors ? await sectorNamesOf(db, scope.sectors) : [];
  const described = describeScope(scope, regionName, sectorNames);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    capabilities: capabilitiesFor(user.roles),
    org: user.org ? { ...user.org, sectors: [...user.org.sectors] } : null,
    enterprise: user.enterprise,
    scopeLabel: scope === auth.scope ? described : `举报件：${described}`,
    totpEnabled: user.totpEnabled,
    mustChangePassword: user.mustChangePassword,
  };
}

export async function authRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock, totp: app.services.totpSealer });
  const limiter = createAddressLimiter();
  const tags = ['auth'];

  app.post(
    '/api/auth/login',
    { schema: { tags, security: [], body: loginBody, response: { 200: loginResponse, ...standardErrors } } },
    async (request, reply) => {
      const publishedPassword = app.services.config.demoMode === false ? DEMO_PASSWORD : null;
      const { token, user } = await service.login({ ...deps(), limiter, publishedPassword }, request.body, request.ip, request.headers['user-agent'] ?? null);
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        path: '/',
        secure: app.services.config.cookieSecure,
        maxAge: SESSION_ABSOLUTE_MS / 1000,
      });
      return { token, user: await presentMe(app.services.database.db, service.contextFor(service.hashToken(token), user)) };
    },
  );

  app.post('/api/auth/logout', { schema: { tags, response: { 204: emptyResponse, ...standardErrors } } }, async (request, reply) => {
    const auth = requireAuth(request);
    await service.logout(deps(), auth, initiator(request));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/api/me', { schema: { tags, response: { 200: meResponse, ...standardErrors } } }, async (request) =>
    presentMe(app.services.database.db, requireAuth(request)),
  );

  app.post(
    '/api/me/password',
    { schema: { tags, body: changePasswordBody, response: { 204: emptyResponse, ...standardErrors } } },
    async (request, reply) => {
      await service.changePassword(deps(), requireAuth(request), initiator(request), request.body);
      return reply.status(204).send(null);
    },
  );

  app.post('/api/me/totp/setup', { schema: { tags, response: { 200: totpSetupResponse, ...standardErrors } } }, async (request) =>
    service.setupTotp(deps(), requireAuth(request), initiator(request)),
  );

  app.post(
    '/api/me/totp/enable',
    { schema: { tags, body: totpCodeBody, response: { 204: emptyResponse, ...standardErrors } } },
    async (request, reply) => {
      await service.enableTotp(deps(), requireAuth(request), initiator(request), request.body.code);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/me/totp/disable',
    { schema: { tags, body: totpCodeBody, response: { 204: emptyResponse, ...standardErrors } } },
    async (request, reply) => {
      await service.disableTotp(deps(), requireAuth(request), initiator(request), request.body.code);
      return reply.status(204).send(null);
    },
  );
}
