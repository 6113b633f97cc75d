import { enterpriseActionsFor, enterpriseContactFields, explainUsccError, highRiskOf, type Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import type { enterprises } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthContext, Initiator } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { findRegion, listSectors } from '../reference/reference.repository.ts';
import * as repo from './enterprises.repository.ts';
import type { CreateEnterpriseInput, UpdateEnterpriseInput } from './enterprises.schema.ts';

export type EnterpriseDeps = { db: Db; clock: Clock };

export type SectorCatalogue = { known: ReadonlySet<string>; highRisk: ReadonlySet<string>; codeByName: ReadonlyMap<string, string> };

export async function loadSectorCatalogue(db: Db): Promise<SectorCatalogue> {
  const rows = await listSectors(db);
  return {
    known: new Set(rows.map((r) => r.code)),
    highRisk: new Set(rows.filter((r) => r.highRisk).map((r) => r.code)),
    // Full name, short name before the bracket (工贸（冶金…） → 工贸), and the code itself.
    codeByName: new Map(
      rows.flatMap((r) => [[r.name, r.code], [r.name.split('（')[0] ?? r.name, r.code], [r.code, r.code]] as [string, string][]),
    ),
  };
}

/** The catalogue with more words for its sectors (a ledger's 危化, 非煤矿山 …); the catalogue's own names win. */
export function withSectorAliases(catalogue: SectorCatalogue, aliases: ReadonlyMap<string, string>): SectorCatalogue {
  const codeByName = new Map(catalogue.codeByName);
  for (const [alias, code] of aliases) if (catalogue.known.has(code) && !codeByName.has(alias)) codeByName.set(alias, code);
  return { ...catalogue, codeByName };
}

/**
 * Sector codes named in a spreadsheet cell. Full names may themselves contain 、 (工贸（冶金、有色…）), so
 * known names are taken out first, longest first, and only the rest is split on separators.
 */
export function parseSectorCell(text: string, catalogue: SectorCatalogue): { codes: string[]; unknown: string[] } {
  let rest = text;
  const codes: string[] = [];
  const names = [...catalogue.codeByName.keys()].filter((n) => n.length > 2).sort((a, b) => b.length - a.length);
  for (const name of names) {
    if (!rest.includes(name)) continue;
    rest = rest.split(name).join(' ');
    const code = catalogue.codeByName.get(name);
    if (code && !codes.includes(code)) codes.push(code);
  }
  const unknown: string[] = [];
  for (const token of rest.split(/[、,，;；/\s]+/).filter(Boolean)) {
    const code = catalogue.codeByName.get(token);
    if (!code) unknown.push(token);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}

/** zh-CN reason why a region/sector combination cannot be registered by this scope, or null. */
export function explainPlacementError(scope: Scope, regionCode: string, sectors: readonly string[], catalogue: SectorCatalogue) {
  const unknown = sectors.find((s) => !catalogue.known.has(s));
  if (unknown) return { code: 'SECTOR_UNKNOWN' as const, field: 'sectors', message: `行业领域不存在：${unknown}` };
  if (scope.kind !== 'region') return { code: 'FORBIDDEN' as const, field: 'regionCode', message: '无权登记企业' };
  if (!regionCode.startsWith(scope.regionPrefix)) return { code: 'ENTERPRISE_REGION_OUT_OF_SCOPE' as const, field: 'regionCode', message: '所在地区不在本单位辖区内' };
  if (scope.sectors !== null && !sectors.some((s) => scope.sectors?.includes(s))) {
    return { code: 'ENTERPRISE_SECTOR_OUT_OF_SCOPE' as const, field: 'sectors', message: '行业领域须包含本部门监管的行业' };
  }
  return null;
}

export const personColumns = (input: Partial<Pick<CreateEnterpriseInput, 'principal' | 'controller' | 'safetyManager'>>) => ({
  ...(input.principal ? { principalName: input.principal.name, principalPhone: input.principal.phone } : {}),
  ...(input.controller ? { controllerName: input.controller.name, controllerPhone: input.controller.phone } : {}),
  ...(input.safetyManager ? { safetyManagerName: input.safetyManager.name, safetyManagerPhone: input.safetyManager.phone } : {}),
});

function audit(db: Db, at: Date, who: Initiator, action: string, id: string, regionCode: string, detail: Record<string, unknown>) {
  return appendAudit(db, { at, actorUserId: who.userId, actorName: who.name, ip: who.ip, action, entityType: 'enterprise', entityId: id, regionCode, detail });
}

export async function createEnterprise(deps: EnterpriseDeps, scope: Scope, who: Initiator, input: CreateEnterpriseInput): Promise<string> {
  const usccError = explainUsccError(input.uscc);
  if (usccError) throw AppError('ENTERPRISE_USCC_INVALID', { field: 'uscc', message: usccError });
  if (!(await findRegion(deps.db, input.regionCode))) throw AppError('REGION_UNKNOWN', { field: 'regionCode' });
  const catalogue = await loadSectorCatalogue(deps.db);
  const placement = explainPlacementError(scope, input.regionCode, input.sectors, catalogue);
  if (placement) throw AppError(placement.code, { field: placement.field, message: placement.message });
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const clash = (await repo.unsafeUsccOwnership(tx, scope, [input.uscc])).get(input.uscc);
    if (clash) throw AppError('ENTERPRISE_USCC_TAKEN', { field: 'uscc' });
    const { principal, controller, safetyManager, ...rest } = input;
    const id = await repo.insertEnterprise(tx, {
      ...rest,
      ...personColumns({ principal, controller, safetyManager }),
      highRisk: highRiskOf(input.sectors, catalogue.highRisk),
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, now, who, 'enterprise.create', id, input.regionCode, { uscc: input.uscc, name: input.name });
    return id;
  });
}

/**
 * Changes an enterprise the caller loaded within its scope: staff who may write the register, or the
 * enterprise's own users for their contact fields (core enterpriseActionsFor); anyone else is refused.
 */
export async function updateEnterprise(
  deps: EnterpriseDeps,
  auth: Pick<AuthContext, 'scope' | 'user'>,
  who: Initiator,
  current: repo.EnterpriseRow,
  input: UpdateEnterpriseInput,
): Promise<void> {
  const { scope } = auth;
  if (enterpriseActionsFor(auth.user.roles, scope).length === 0) throw AppError('FORBIDDEN');
  const { version, ...changes } = input;
  if (scope.kind === 'enterprise') {
    const forbidden = Object.keys(changes).find((k) => !(enterpriseContactFields as readonly string[]).includes(k));
    if (forbidden) throw AppError('FORBIDDEN', { field: forbidden, message: `企业用户不能修改「${forbidden}」，请联系属地监管部门` });
  }
  const regionCode = changes.regionCode ?? current.regionCode;
  const sectorList = changes.sectors ?? current.sectors;
  const catalogue = await loadSectorCatalogue(deps.db);
  if (changes.regionCode && !(await findRegion(deps.db, changes.regionCode))) throw AppError('REGION_UNKNOWN', { field: 'regionCode' });
  if (scope.kind === 'region' && (changes.regionCode || changes.sectors)) {
    const placement = explainPlacementError(scope, regionCode, sectorList, catalogue);
    if (placement) throw AppError(placement.code, { field: placement.field, message: placement.message });
  }
  const { principal, controller, safetyManager, ...plain } = changes;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const updated = await repo.updateEnterpriseIfVersion(tx, current.id, version, {
      ...plain,
      ...personColumns({ principal, controller, safetyManager }),
      highRisk: highRiskOf(sectorList, catalogue.highRisk),
      updatedAt: now,
    });
    if (!updated) throw AppError('CONFLICT');
    await audit(tx, now, who, 'enterprise.update', current.id, regionCode, { fields: Object.keys(changes), version });
  });
}

export type EnterpriseInsert = typeof enterprises.$inferInsert;
