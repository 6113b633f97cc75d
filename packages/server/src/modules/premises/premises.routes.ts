import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { initiator, requireCapability } from '../../plugins/auth.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import type { TipCrypto } from '../tips/tip-crypto.ts';
import * as repo from './premises.repository.ts';
import * as service from './premises.service.ts';
import {
  createPremisesBody,
  gridOfficersResponse,
  premisesListResponse,
  premisesQuery,
  premisesView,
  revealOwnerIdBody,
  revealOwnerIdResponse,
  updatePremisesBody,
  type PremisesAction,
  type PremisesView,
} from './premises.schema.ts';
import { z } from 'zod';
import { regionCode12 } from '../../lib/schemas.ts';

export function premisesActionsFor(auth: AuthContext, row: repo.PremisesRow): PremisesAction[] {
  const actions: PremisesAction[] = [];
  if (can(auth.user.roles, 'premises.write')) actions.push('edit');
  if (row.ownerIdSealed && can(auth.user.roles, 'premises.reveal')) actions.push('reveal_owner_id');
  return actions;
}

export function presentPremises(row: repo.PremisesRow, auth: AuthContext): PremisesView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    address: row.address,
    regionCode: row.regionCode,
    regionName: row.regionName,
    sector: row.sector,
    lat: row.lat,
    lng: row.lng,
    owner: { name: row.ownerName, phone: row.ownerPhone, idNumberRecorded: row.ownerIdSealed !== null },
    user: { name: row.userName, phone: row.userPhone },
    enterprise: row.enterpriseId ? { id: row.enterpriseId, name: row.enterpriseName ?? '' } : null,
    grid: row.grid,
    gridOfficer: row.gridOfficerId ? { id: row.gridOfficerId, name: row.gridOfficerName ?? '' } : null,
    status: row.status,
    note: row.note,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    actions: premisesActionsFor(auth, row),
  };
}

/** 场所 (MODULES A-0): township and grid officers record them; regulators and committees read them in scope. */
export async function premisesRoutes(fastify: FastifyInstance, options: { crypto: TipCrypto }): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock, crypto: options.crypto });
  const tags = ['premises'];
  const loadInScope = async (auth: AuthContext, id: string) => {
    const row = await repo.findPremises(deps().db, auth.scope, id);
    if (!row) throw AppError('NOT_FOUND');
    return row;
  };

  app.get('/api/premises', { schema: { tags, querystring: premisesQuery, response: { 200: premisesListResponse, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'premises.read');
    const { page, pageSize, ...filter } = request.query;
    const { items, total } = await repo.listPremises(deps().db, auth.scope, filter, page, pageSize);
    return { items: items.map((row) => presentPremises(row, auth)), total };
  });

  app.get(
    '/api/premises/grid-officers',
    { schema: { tags, querystring: z.object({ regionCode: regionCode12 }), response: { 200: gridOfficersResponse, ...standardErrors } } },
    async (request) => {
      const auth = requireCapability(request, 'premises.write');
      if (auth.scope.kind !== 'region' || !request.query.regionCode.startsWith(auth.scope.regionPrefix)) throw AppError('NOT_FOUND');
      return { items: await repo.gridOfficersFor(deps().db, request.query.regionCode) };
    },
  );

  app.get('/api/premises/:id', { schema: { tags, params: uuidParam, response: { 200: premisesView, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'premises.read');
    return presentPremises(await loadInScope(auth, request.params.id), auth);
  });

  app.post('/api/premises', { schema: { tags, body: createPremisesBody, response: { 201: premisesView, ...standardErrors } } }, async (request, reply) => {
    const auth = requireCapability(request, 'premises.write');
    const id = await service.createPremises(deps(), auth.scope, initiator(request), request.body);
    return reply.status(201).send(presentPremises(await loadInScope(auth, id), auth));
  });

  app.patch('/api/premises/:id', { schema: { tags, params: uuidParam, body: updatePremisesBody, response: { 200: premisesView, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'premises.write');
    const current = await loadInScope(auth, request.params.id);
    if (request.body.version !== current.version) throw AppError('CONFLICT');
    await service.updatePremises(deps(), auth.scope, initiator(request), current, request.body);
    return presentPremises(await loadInScope(auth, current.id), auth);
  });

  app.post(
    '/api/premises/:id/reveal-owner-id',
    { schema: { tags, params: uuidParam, body: revealOwnerIdBody, response: { 200: revealOwnerIdResponse, ...standardErrors } } },
    async (request) => {
      const auth = requireCapability(request, 'premises.reveal');
      const row = await loadInScope(auth, request.params.id);
      return { idNumber: await service.revealOwnerId(deps(), initiator(request), row, request.body.purpose) };
    },
  );
}
