import { randomUUID } from 'node:crypto';
import { can, checklistItemErrors, coverageGaps, isMajorItem, type ChecklistRowError } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import { addDays, chinaDate } from '../../lib/dates.ts';
import type { AuthContext, Initiator } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { listSectors } from '../reference/reference.repository.ts';
import * as repo from './checklists.repository.ts';
import type { ChecklistItemInput, ChecklistSummary, ChecklistView, CreateChecklistInput } from './checklists.schema.ts';

export type ChecklistDeps = { db: Db; clock: Clock };

export const readerOf = (auth: AuthContext): repo.ChecklistReader => ({
  scope: auth.scope,
  orgRegionCode: auth.user.org?.regionCode ?? null,
  enterprise: auth.user.enterprise ? { id: auth.user.enterprise.id, regionCode: auth.user.enterprise.regionCode } : null,
});

/** The owner may publish new versions: staff of the owning org, or the owning enterprise's users. */
export function canPublish(auth: AuthContext, row: Pick<repo.ChecklistRow, 'ownerOrgId' | 'ownerEnterpriseId'>): boolean {
  if (!can(auth.user.roles, 'checklists.write')) return false;
  if (row.ownerEnterpriseId) return auth.scope.kind === 'enterprise' && auth.scope.enterpriseId === row.ownerEnterpriseId;
  return row.ownerOrgId !== null && auth.user.org?.id === row.ownerOrgId;
}

/** A list row of the library (the detail view adds items, coverage gaps and actions to it). */
export const presentChecklistSummary = (row: repo.ChecklistRow): ChecklistSummary => ({
  id: row.id,
  familyId: row.familyId,
  version: row.version,
  title: row.title,
  ownerKind: row.ownerKind,
  ownerName: row.ownerName,
  sectors: row.sectors,
  subjectKinds: row.subjectKinds,
  effectiveFrom: row.effectiveFrom,
  effectiveTo: row.effectiveTo,
  itemCount: row.itemCount,
  latest: row.version === row.latestVersion,
});

type ItemRow = Awaited<ReturnType<typeof repo.listItems>>[number];

export async function presentChecklist(db: Db, auth: AuthContext, row: repo.ChecklistRow, items: ItemRow[], today: string): Promise<ChecklistView> {
  let gaps: ChecklistView['coverageGaps'] = [];
  if (row.ownerEnterpriseId) {
    const required = await repo.sectorCriteria(db, await repo.enterpriseSectors(db, row.ownerEnterpriseId), today);
    const missing = new Set(coverageGaps(items, required.map((c) => c.id)));
    gaps = required.filter((c) => missing.has(c.id)).map((c) => ({ criterionId: c.id, text: c.text }));
  }
  return {
    ...presentChecklistSummary(row),
    itemCount: items.length,
    note: row.note,
    items: items.map((i) => ({ seq: i.seq, code: i.code, text: i.text, criterionIds: i.criterionIds, major: i.major, evidence: i.evidence, guidance: i.guidance, links: i.links })),
    coverageGaps: gaps,
    actions: [...(canPublish(auth, row) && row.version === row.latestVersion ? (['new_version'] as const) : []), 'export' as const],
  };
}

/** Every row problem at once, as one VALIDATION error naming the first and carrying the rest (details.rows). */
export function throwRowErrors(errors: readonly ChecklistRowError[], fromFile: boolean): never {
  const first = errors[0];
  const where = (e: ChecklistRowError) => (e.row === 0 ? '' : fromFile ? `第${e.row}行：` : `第${e.row}项：`);
  throw AppError('VALIDATION', {
    field: first && first.row > 0 && !fromFile ? `items.${first.row - 1}.${first.field}` : 'items',
    message: `${first ? `${where(first)}${first.message}` : '检查项有误'}${errors.length > 1 ? `（共${errors.length}处问题）` : ''}`,
    rows: errors,
  });
}

export async function validateItems(db: Db, items: readonly ChecklistItemInput[], rowNumbers?: readonly number[]): Promise<ChecklistRowError[]> {
  const known = await repo.existingCriteria(db, items.flatMap((i) => i.criterionIds));
  return checklistItemErrors(items, known, rowNumbers);
}

async function validateMeta(db: Db, input: CreateChecklistInput) {
  if (input.effectiveTo !== null && input.effectiveTo < input.effectiveFrom) throw AppError('VALIDATION', { field: 'effectiveTo', message: '「失效日期」不能早于生效日期' });
  const known = new Set((await listSectors(db)).map((s) => s.code));
  const unknown = input.sectors.find((s) => !known.has(s));
  if (unknown) throw AppError('SECTOR_UNKNOWN', { field: 'sectors', message: `行业领域不存在：${unknown}` });
}

const itemRows = (items: readonly ChecklistItemInput[]) =>
  items.map((i, index) => ({ seq: index + 1, code: i.code, text: i.text, criterionIds: [...i.criterionIds], major: isMajorItem(i), evidence: i.evidence, guidance: i.guidance, links: [...i.links] }));

/** Publishes version 1 of a new list owned by the caller's org or enterprise. */
export async function createChecklist(deps: ChecklistDeps, auth: AuthContext, who: Initiator, input: CreateChecklistInput): Promise<string> {
  if (!can(auth.user.roles, 'checklists.write')) throw AppError('NOT_FOUND');
  await validateMeta(deps.db, input);
  const errors = await validateItems(deps.db, input.items);
  if (errors.length > 0) throwRowErrors(errors, false);
  const enterprise = auth.scope.kind === 'enterprise' ? auth.user.enterprise : null;
  const org = enterprise ? null : auth.user.org;
  if (!enterprise && !org) throw AppError('FORBIDDEN', { message: '只有机构或企业用户可以建立检查清单' });
  const ownerKind = enterprise ? 'enterprise' : (input.ownerKind ?? (org?.kind === 'locality' ? 'township' : 'department'));
  const regionCode = enterprise?.regionCode ?? org?.regionCode ?? '';
  const id = randomUUID();
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.insertChecklist(
      tx,
      {
        id, familyId: id, version: 1, title: input.title, ownerKind, ownerOrgId: org?.id ?? null, ownerEnterpriseId: enterprise?.id ?? null, regionCode,
        sectors: input.sectors, subjectKinds: input.subjectKinds, effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo, note: input.note,
        createdBy: who.userId, createdAt: now, updatedAt: now,
      },
      itemRows(input.items),
    );
    await appendAudit(tx, { at: now, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'checklist.create', entityType: 'checklist', entityId: id, regionCode, detail: { title: input.title, items: input.items.length } });
  });
  return id;
}

/**
 * Publishes the next version of a family. The previous version ends the day before the new one takes effect, so
 * exactly one version is in force on any day; inspections keep the version they used.
 */
export async function publishVersion(deps: ChecklistDeps, auth: AuthContext, who: Initiator, current: repo.ChecklistRow, input: CreateChecklistInput): Promise<string> {
  if (!canPublish(auth, current)) throw AppError('FORBIDDEN', { message: '只有清单所属单位可以发布新版本' });
  await validateMeta(deps.db, input);
  const errors = await validateItems(deps.db, input.items);
  if (errors.length > 0) throwRowErrors(errors, false);
  const id = randomUUID();
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const latest = await repo.lockLatestOfFamily(tx, current.familyId);
    if (!latest || latest.id !== current.id) throw AppError('CONFLICT', { message: '该清单已有更新的版本，请刷新后重试' });
    if (input.effectiveFrom <= latest.effectiveFrom) throw AppError('VALIDATION', { field: 'effectiveFrom', message: `「生效日期」须晚于上一版本的生效日期 ${latest.effectiveFrom}` });
    const dayBefore = addDays(input.effectiveFrom, -1);
    if (latest.effectiveTo === null || latest.effectiveTo > dayBefore) await repo.setEffectiveTo(tx, latest.id, dayBefore, now);
    await repo.insertChecklist(
      tx,
      {
        id, familyId: latest.familyId, version: latest.version + 1, title: input.title, ownerKind: latest.ownerKind, ownerOrgId: latest.ownerOrgId,
        ownerEnterpriseId: latest.ownerEnterpriseId, regionCode: latest.regionCode, sectors: input.sectors, subjectKinds: input.subjectKinds,
        effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo, note: input.note, createdBy: who.userId, createdAt: now, updatedAt: now,
      },
      itemRows(input.items),
    );
    await appendAudit(tx, { at: now, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'checklist.version', entityType: 'checklist', entityId: id, regionCode: latest.regionCode, detail: { familyId: latest.familyId, version: latest.version + 1, items: input.items.length } });
  });
  return id;
}

/** The sector's 判定标准 in force on `at` as a ready-made checklist: every item a major-hazard item citing itself. */
export async function sectorChecklist(db: Db, sector: string, at: string): Promise<ChecklistView | null> {
  const name = await repo.sectorName(db, sector);
  if (name === null) return null;
  const items = await repo.sectorCriteria(db, [sector], at);
  return {
    id: `sector:${sector}`,
    familyId: `sector:${sector}`,
    version: 1,
    title: `${name}重大事故隐患判定标准`,
    ownerKind: 'sector_criteria',
    ownerName: '国家判定标准',
    sectors: [sector],
    subjectKinds: ['enterprise'],
    effectiveFrom: at,
    effectiveTo: null,
    itemCount: items.length,
    latest: true,
    note: items.length === 0 ? '该行业领域暂无已收录条款的判定标准' : `${[...new Set(items.map((i) => i.standardTitle))].join('；')}（${at} 施行的版本）`,
    items: items.map((c, i) => ({ seq: i + 1, code: String(i + 1), text: c.text, criterionIds: [c.id], major: true, evidence: 'photo', guidance: '', links: [] })),
    coverageGaps: [],
    actions: ['export'],
  };
}

export const todayOf = (clock: Clock) => chinaDate(clock.now());
