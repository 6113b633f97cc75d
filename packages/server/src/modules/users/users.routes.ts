import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { explainGrantConfirmDenied, type Role } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { initiator, requireCapability } from '../../plugins/auth.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import { emptyResponse, errorResponse, standardErrors, uuidParam } from '../../lib/schemas.ts';
import type { Db } from '../../db/client.ts';
import * as repo from './users.repository.ts';
import * as service from './users.service.ts';
import {
  createUserBody,
  enterpriseOptionsQuery,
  grantDecisionBody,
  grantDecisionParams,
  grantsResponse,
  type GrantView,
  enterpriseOptionsResponse,
  resetPasswordBody,
  resetPasswordResponse,
  updateUserBody,
  user,
  usersQuery,
  usersResponse,
  type UserView,
} from './users.schema.ts';

type UserRow = NonNullable<Awaited<ReturnType<typeof repo.findUser>>>;
type GrantRow = NonNullable<Awaited<ReturnType<typeof repo.findGrant>>>;

function presentGrant(row: GrantRow, auth: AuthContext): GrantView {
  return {
    id: row.id,
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    currentRoles: row.currentRoles as Role[],
    roles: row.roles as Role[],
    orgId: row.orgId,
    orgName: row.orgName,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    regionCode: row.regionCode,
    status: row.status,
    reason: row.reason,
    requestedByName: row.requestedByName,
    requestedAt: row.requestedAt.toISOString(),
    canDecide: row.status === 'pending' && explainGrantConfirmDenied(auth.actor, row) === null,
  };
}

function present(row: UserRow, now: Date, pending: GrantRow | undefined): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles as Role[],
    orgId: row.orgId,
    orgName: row.orgName,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    disabled: row.disabled,
    lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil.toISOString() : null,
    totpEnabled: row.totpEnabled,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    mustChangePassword: row.mustChangePassword,
    pendingGrant: pending
      ? { id: pending.id, roles: pending.roles as Role[], orgName: pending.orgName, enterpriseName: pending.enterpriseName, requestedAt: pending.requestedAt.toISOString(), requestedByName: pending.requestedByName, reason: pending.reason }
      : null,
  };
}

export async function userRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const tags = ['users'];
  const load = async (db: Db, id: string) => {
    const row = await repo.findUser(db, id);
    if (!row) throw AppError('NOT_FOUND');
    return present(row, app.services.clock.now(), (await repo.pendingGrantsOf(db, [id])).get(id));
  };

  app.get('/api/users', { schema: { tags, querystring: usersQuery, response: { 200: usersResponse, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'users.manage');
    // The security officer manages auditor accounts only, and sees only those.
    const onlyRoles = auth.user.roles.includes('security_officer') ? ['auditor'] : null;
    const { items, total } = await repo.listUsers(deps().db, request.query.q, request.query.page, request.query.pageSize, onlyRoles);
    const now = app.services.clock.now();
    const pending = await repo.pendingGrantsOf(deps().db, items.map((row) => row.id));
    return { items: items.map((row) => present(row, now, pending.get(row.id))), total };
  });

  app.get('/api/users/enterprise-options', { schema: { tags, querystring: enterpriseOptionsQuery, response: { 200: enterpriseOptionsResponse, ...standardErrors } } }, async (request) => {
    requireCapability(request, 'users.manage');
    return { items: await repo.unsafeEnterpriseOptions(deps().db, request.query.q) };
  });

  app.get('/api/users/:id', { schema: { tags, params: uuidParam, response: { 200: user, ...standardErrors } } }, async (request) => {
    requireCapability(request, 'users.manage');
    return load(deps().db, request.params.id);
  });

  app.post('/api/users', { schema: { tags, body: createUserBody, response: { 201: user, ...standardErrors } } }, async (request, reply) => {
    const auth = requireCapability(request, 'users.manage');
    const id = await service.createUser(deps(), auth, initiator(request), request.body);
    return reply.status(201).send(await load(deps().db, id));
  });

  app.patch('/api/users/:id', { schema: { tags, params: uuidParam, body: updateUserBody, response: { 200: user, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'users.manage');
    await service.updateUser(deps(), auth, initiator(request), request.params.id, request.body);
    return load(deps().db, request.params.id);
  });

  app.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        tags,
        description: '重置密码：本人下次登录须改密；持有业务角色的账号其业务角色暂停，经本辖区安委办干部与本人核实后确认恢复（两人规则）。',
        params: uuidParam,
        body: resetPasswordBody,
        response: { 200: resetPasswordResponse, ...standardErrors },
      },
    },
    async (request) => {
      const auth = requireCapability(request, 'users.manage');
      return service.resetPassword(deps(), auth, initiator(request), request.params.id, request.body.password);
    },
  );

  app.post('/api/users/:id/unlock', { schema: { tags, params: uuidParam, response: { 204: emptyResponse, ...standardErrors } } }, async (request, reply) => {
    const auth = requireCapability(request, 'users.manage');
    await service.unlockUser(deps(), auth, initiator(request), request.params.id);
    return reply.status(204).send(null);
  });

  // ---- 待确认的授权: the committee officer's side of the two-person rule ----
  app.get('/api/grants', { schema: { tags, response: { 200: grantsResponse, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'grants.confirm');
    if (auth.scope.kind !== 'region') return { items: [] };
    const rows = await repo.listPendingGrants(deps().db, auth.scope.regionPrefix);
    return { items: rows.map((row) => presentGrant(row, auth)) };
  });

  app.post(
    '/api/grants/:id/:decision',
    { schema: { tags, params: grantDecisionParams, body: grantDecisionBody, response: { 200: grantsResponse.shape.items.element, 403: errorResponse, ...standardErrors } } },
    async (request) => {
      const auth = requireCapability(request, 'grants.confirm');
      const id = await service.decideGrant(deps(), auth, initiator(request), request.params.id, request.params.decision, request.body.note);
      const row = await repo.findGrant(deps().db, id);
      if (!row) throw AppError('NOT_FOUND');
      return presentGrant(row, auth);
    },
  );
}
