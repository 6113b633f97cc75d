import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Role } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { initiator, requireCapability } from '../../plugins/auth.ts';
import { emptyResponse, standardErrors, uuidParam } from '../../lib/schemas.ts';
import type { Db } from '../../db/client.ts';
import * as repo from './users.repository.ts';
import * as service from './users.service.ts';
import {
  createUserBody,
  enterpriseOptionsQuery,
  enterpriseOptionsResponse,
  resetPasswordBody,
  updateUserBody,
  user,
  usersQuery,
  usersResponse,
  type UserView,
} from './users.schema.ts';

type UserRow = NonNullable<Awaited<ReturnType<typeof repo.findUser>>>;

function present(row: UserRow, now: Date): UserView {
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
  };
}

export async function userRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const tags = ['users'];
  const load = async (db: Db, id: string) => {
    const row = await repo.findUser(db, id);
    if (!row) throw AppError('NOT_FOUND');
    return present(row, app.services.clock.now());
  };

  app.get('/api/users', { schema: { tags, querystring: usersQuery, response: { 200: usersResponse, ...standardErrors } } }, async (request) => {
    requireCapability(request, 'users.manage');
    const { items, total } = await repo.listUsers(deps().db, request.query.q, request.query.page, request.query.pageSize);
    const now = app.services.clock.now();
    return { items: items.map((row) => present(row, now)), total };
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
    requireCapability(request, 'users.manage');
    const id = await service.createUser(deps(), initiator(request), request.body);
    return reply.status(201).send(await load(deps().db, id));
  });

  app.patch('/api/users/:id', { schema: { tags, params: uuidParam, body: updateUserBody, response: { 200: user, ...standardErrors } } }, async (request) => {
    requireCapability(request, 'users.manage');
    await service.updateUser(deps(), initiator(request), request.params.id, request.body);
    return load(deps().db, request.params.id);
  });

  app.post('/api/users/:id/reset-password', { schema: { tags, params: uuidParam, body: resetPasswordBody, response: { 204: emptyResponse, ...standardErrors } } }, async (request, reply) => {
    requireCapability(request, 'users.manage');
    await service.resetPassword(deps(), initiator(request), request.params.id, request.body.password);
    return reply.status(204).send(null);
  });

  app.post('/api/users/:id/unlock', { schema: { tags, params: uuidParam, response: { 204: emptyResponse, ...standardErrors } } }, async (request, reply) => {
    requireCapability(request, 'users.manage');
    await service.unlockUser(deps(), initiator(request), request.params.id);
    return reply.status(204).send(null);
  });
}
