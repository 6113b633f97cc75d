import { isIssuer, type WorkflowActor, type PlanScope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Initiator } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { orgsByIds, regulatorSectors } from './plan-orgs.repository.ts';
import type { PlanManager } from './plans.guard.ts';
import * as repo from './plans.repository.ts';
import type { SectorLeadInput, SectorLeadView } from './plans.schema.ts';

export type SectorLeadDeps = { db: Db; clock: Clock };

/**
 * The lead and co-responsible orgs of an override: existing 安委办 or department orgs (co-orgs may also be
 * townships) within the 安委办's region subtree; else 400 naming the field.
 */
async function checkOrgs(db: Db, regionPrefix: string, input: Pick<SectorLeadInput, 'leadOrgId' | 'coOrgIds'>, sector: string | null): Promise<void> {
  const found = await orgsByIds(db, [input.leadOrgId, ...input.coOrgIds]);
  const lead = found.get(input.leadOrgId);
  if (!lead || (lead.kind !== 'regulator' && lead.kind !== 'committee') || !lead.regionCode.startsWith(regionPrefix)) {
    throw AppError('VALIDATION', { field: 'leadOrgId', message: '「牵头部门」须为本辖区的行业监管部门' });
  }
  // Tips routed to it must stay visible to it: a department leads only a sector it supervises.
  if (sector !== null && lead.kind === 'regulator' && !(await regulatorSectors(db, lead.id)).includes(sector)) {
    throw AppError('VALIDATION', { field: 'leadOrgId', message: '「牵头部门」未监管该行业领域，请先在机构管理中为其设置该行业' });
  }
  const bad = input.coOrgIds.findIndex((id) => {
    const org = found.get(id);
    return !org || org.kind === 'platform' || !org.regionCode.startsWith(regionPrefix);
  });
  if (bad >= 0) throw AppError('VALIDATION', { field: `coOrgIds.${bad}`, message: `「配合部门」第${bad + 1}项不是本辖区的单位` });
}

/** A catalogue sector (then its name is the domain name) or a named local domain. */
async function resolveDomain(db: Db, input: Pick<SectorLeadInput, 'sector' | 'domainName'>): Promise<{ sector: string | null; domainName: string }> {
  if (input.sector !== null) {
    const name = (await repo.sectorCatalogue(db)).find((s) => s.code === input.sector)?.name;
    if (!name) throw AppError('SECTOR_UNKNOWN', { field: 'sector' });
    return { sector: input.sector, domainName: input.domainName || name };
  }
  if (!input.domainName) throw AppError('VALIDATION', { field: 'domainName', message: '「行业领域」不能为空：选择目录中的行业或填写本地领域名称' });
  return { sector: null, domainName: input.domainName };
}

export async function presentSectorLeads(db: Db, rows: readonly repo.SectorLeadRow[], actor: WorkflowActor): Promise<SectorLeadView[]> {
  const [names, catalogue, regions] = await Promise.all([
    orgsByIds(db, rows.flatMap((r) => [r.leadOrgId, ...r.coOrgIds])),
    repo.sectorCatalogue(db),
    repo.regionNameMap(db, rows.map((r) => r.regionCode)),
  ]);
  const sectorByCode = new Map(catalogue.map((s) => [s.code, s]));
  return rows.map((r) => {
    const sector = r.sector ? sectorByCode.get(r.sector) : undefined;
    return {
      id: r.id,
      orgId: r.orgId,
      regionCode: r.regionCode,
      regionName: regions.get(r.regionCode) ?? r.regionCode,
      sector: r.sector,
      sectorName: sector?.name ?? null,
      domainName: r.domainName,
      catalogueLead: sector?.lead ?? null,
      leadOrgId: r.leadOrgId,
      leadOrgName: names.get(r.leadOrgId)?.name ?? '',
      coOrgs: r.coOrgIds.map((id) => ({ id, name: names.get(id)?.name ?? '' })),
      basis: r.basis,
      version: r.version,
      editable: isIssuer(actor, r.orgId),
    };
  });
}

export async function createSectorLead(deps: SectorLeadDeps, manager: PlanManager, who: Initiator, input: SectorLeadInput): Promise<string> {
  const regionPrefix = manager.scope.regionPrefix ?? '';
  const domain = await resolveDomain(deps.db, input);
  await checkOrgs(deps.db, regionPrefix, input, domain.sector);
  if (await repo.sectorLeadAt(deps.db, manager.org.regionCode, domain.sector, domain.domainName)) {
    throw AppError('VALIDATION', { field: domain.sector ? 'sector' : 'domainName', message: `「行业领域」${domain.domainName}在本辖区已有牵头部门设置，请修改原设置` });
  }
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const id = await repo.insertSectorLead(tx, { ...input, ...domain, orgId: manager.org.id, regionCode: manager.org.regionCode, createdAt: at, updatedAt: at });
    await appendAudit(tx, { at, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'sector_lead.create', entityType: 'sector_lead', entityId: id, regionCode: manager.org.regionCode, detail: { ...domain, leadOrgId: input.leadOrgId, coOrgIds: input.coOrgIds } });
    return id;
  });
}

export async function updateSectorLead(deps: SectorLeadDeps, scope: PlanScope, actor: WorkflowActor, who: Initiator, id: string, input: Partial<SectorLeadInput> & { version: number }): Promise<void> {
  const row = await repo.findSectorLead(deps.db, scope, id);
  if (!row) throw AppError('NOT_FOUND');
  if (!isIssuer(actor, row.orgId)) throw AppError('FORBIDDEN', { message: '仅作出该设置的安委会办公室可以修改，上级只能查阅' });
  const { version, ...changes } = input;
  const merged = { sector: changes.sector === undefined ? row.sector : changes.sector, domainName: changes.domainName ?? row.domainName, leadOrgId: changes.leadOrgId ?? row.leadOrgId, coOrgIds: changes.coOrgIds ?? row.coOrgIds };
  const domain = await resolveDomain(deps.db, { sector: merged.sector, domainName: changes.sector !== undefined && changes.domainName === undefined ? '' : merged.domainName });
  await checkOrgs(deps.db, scope.kind === 'plans' && scope.regionPrefix ? scope.regionPrefix : '', merged, domain.sector);
  const clash = await repo.sectorLeadAt(deps.db, row.regionCode, domain.sector, domain.domainName);
  if (clash && clash.id !== id) throw AppError('VALIDATION', { field: 'sector', message: `「行业领域」${domain.domainName}在本辖区已有牵头部门设置` });
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (!(await repo.updateSectorLeadIfVersion(tx, id, version, { ...changes, ...domain, updatedAt: at }))) throw AppError('CONFLICT');
    await appendAudit(tx, { at, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'sector_lead.update', entityType: 'sector_lead', entityId: id, regionCode: row.regionCode, detail: { ...domain, leadOrgId: merged.leadOrgId, coOrgIds: merged.coOrgIds } });
  });
}
