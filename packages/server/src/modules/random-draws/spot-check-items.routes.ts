import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import { chinaDate } from '../../lib/dates.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { requireRegionStaff } from '../../lib/scope-registry.ts';
import { actionContext } from '../../workflow/context.ts';
import { initiator } from '../../plugins/auth.ts';
import { resolveChecklist } from '../inspections/inspections.service.ts';
import { assertKnownSectors, assertOwnSectors } from '../reference/sectors.ts';
import { orgsByIds } from '../plans/plan-orgs.repository.ts';
import * as repo from './spot-check-items.repository.ts';
import { spotCheckItemBody, spotCheckItemPatch, spotCheckItemsQuery, spotCheckItemsResponse, spotCheckItemView } from './random-draws.schema.ts';

/** 抽查事项清单: an org's matters for 双随机, with the share drawn and the draws a year; a draw can start from one. */
export async function spotCheckItemRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const tags = ['random-draws'];
  const withForbidden = { ...standardErrors, 403: standardErrors[400] };

  const presentOne = async (row: repo.SpotCheckItemRow, orgId: string | null) => {
    const [view] = await present([row], orgId);
    if (!view) throw new Error('presented nothing');
    return view;
  };
  const present = async (rows: repo.SpotCheckItemRow[], orgId: string | null) => {
    const [orgs, counts] = await Promise.all([orgsByIds(deps().db, rows.map((r) => r.orgId)), repo.drawsThisYear(deps().db, rows.map((r) => r.id), chinaDate(deps().clock.now()).slice(0, 4))]);
    return rows.map((r) => ({
      id: r.id,
      orgId: r.orgId,
      orgName: orgs.get(r.orgId)?.name ?? '',
      title: r.title,
      basis: r.basis,
      sectors: r.sectors,
      checklist: r.checklist,
      ratioPercent: r.ratioPercent,
      frequencyPerYear: r.frequencyPerYear,
      drawsThisYear: counts.get(r.id) ?? 0,
      active: r.active,
      mine: r.orgId === orgId,
      version: r.version,
    }));
  };

  /** The sectors and checklist of an item, as createDraw checks them: a regulator's own sectors, a usable checklist. */
  const checkFields = async (request: Parameters<typeof requireRegionStaff>[0], fields: { sectors?: string[] | undefined; checklist?: { checklistId: string } | { sector: string } | undefined }) => {
    const { auth, scope } = requireRegionStaff(request, 'inspections.plan');
    if (fields.sectors) {
      await assertKnownSectors(deps().db, fields.sectors);
      assertOwnSectors(scope.sectors, fields.sectors, '只能设定本部门监管的行业领域');
    }
    if (fields.checklist) await resolveChecklist(actionContext(deps(), auth, initiator(request)), fields.checklist, chinaDate(deps().clock.now()));
    return { auth, scope };
  };

  app.get('/api/spot-check-items', { schema: { tags, description: '抽查事项清单（本单位及辖区）', querystring: spotCheckItemsQuery, response: { 200: spotCheckItemsResponse, ...standardErrors } } }, async (request) => {
    const { auth, scope } = requireRegionStaff(request, 'inspections.read');
    const rows = await repo.listItems(deps().db, scope, { active: request.query.active === undefined ? undefined : request.query.active === 'true' });
    return { items: await present(rows, auth.user.org?.id ?? null) };
  });

  app.post('/api/spot-check-items', { schema: { tags, description: '新增抽查事项', body: spotCheckItemBody, response: { 201: spotCheckItemView, ...withForbidden } } }, async (request, reply) => {
    const { auth, scope } = await checkFields(request, request.body);
    const org = auth.user.org;
    if (!org) throw AppError('NOT_FOUND');
    const own = scope.sectors;
    const sectors = request.body.sectors.length > 0 ? [...new Set(request.body.sectors)] : own !== null ? [...own] : [];
    const row = await repo.insertItem(deps().db, { ...request.body, sectors, orgId: org.id, regionCode: org.regionCode });
    return reply.status(201).send(await presentOne(row, org.id));
  });

  app.patch('/api/spot-check-items/:id', { schema: { tags, description: '修改或停用抽查事项（含 version）', params: uuidParam, body: spotCheckItemPatch, response: { 200: spotCheckItemView, ...withForbidden } } }, async (request) => {
    const { scope, auth } = requireRegionStaff(request, 'inspections.plan');
    const current = await repo.findItem(deps().db, scope, request.params.id);
    if (!current) throw AppError('NOT_FOUND');
    if (current.orgId !== auth.user.org?.id) throw AppError('FORBIDDEN', { message: '只能修改本单位的抽查事项' });
    await checkFields(request, request.body);
    const { version, ...changes } = request.body;
    const row = await repo.updateItemIfVersion(deps().db, current.id, version, changes);
    if (!row) throw AppError('CONFLICT');
    return presentOne(row, current.orgId);
  });
}
