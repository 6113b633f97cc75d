// Defining and committing a 双随机 draw (MODULES A-4): the pool (检查对象名录库) and the inspectors (执法检查人员名录库)
// are read once, written out as the canonical inputs text, checked (core explainDrawRefused: refused before any
// commitment), and committed with the hash of a fresh secret seed. Nothing about the draw can change afterwards.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  addDays,
  drawInputsText,
  explainDrawRefused,
  isInRegion,
  regionPrefix,
  seedHash,
  sm3Hex,
  mayJoinInspectionTeam,
  stratumSampleSize,
  classSampleRate,
  isSupervisionClass,
  supervisionClassLabels,
  type SupervisionClass,
  type DrawAvoidance,
  type DrawCandidate,
  type Scope,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import type { DrawStratumSummary } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { drawStream } from '../../workflow/streams.ts';
import { appendCreated } from '../../workflow/timeline.ts';
import { inTransaction } from '../../workflow/unit.ts';
import { createFieldSealer, type FieldSealer } from '../tips/tip-crypto.ts';
import { regionNameMap } from '../plans/plans.repository.ts';
import { assertKnownSectors, assertOwnSectors } from '../reference/sectors.ts';
import { resolveChecklist } from '../inspections/inspections.service.ts';
import { classesOf } from '../supervision/supervision.repository.ts';
import { ensureClasses, periodOf } from '../supervision/supervision.service.ts';
import * as repo from './random-draws.repository.ts';
import { findItem } from './spot-check-items.repository.ts';
import type { z } from 'zod';
import type { CreateDrawInput, drawsQuery } from './random-draws.schema.ts';

export const seedContext = (drawId: string): string => `random-draw-seed:${drawId}`;
/** Seeds are sealed until the draw with their own sub-keys of the identity master key (TIP_IDENTITY_KEY). */
export const drawSeedSealer = (masterKey: Buffer): FieldSealer => createFieldSealer(masterKey, 'random-draw');

export async function inspectorRegistry(db: Db, orgId: string, today: string) {
  const rows = await repo.orgInspectors(db, orgId);
  // An officer may be drawn when he may join a team and holds a certificate valid through the planned date.
  return rows.filter((r) => mayJoinInspectionTeam(r.roles)).map((r) => ({ ...r, valid: r.expiresOn !== null && r.expiresOn >= today }));
}

/** The list endpoint's query (and the 待办 counts, which run the same): in scope, filtered, the caller's org for `waiting`. */
export async function listDrawsFor(db: Db, auth: { user: { org: { id: string } | null } }, scope: Scope, query: z.infer<typeof drawsQuery>, today: string) {
  return repo.listDraws(db, scope, { status: query.status, waiting: query.waiting, orgId: auth.user.org?.id ?? null, today }, query.page, query.pageSize);
}

export async function createDraw(ctx: ActionContext, sealer: FieldSealer, input: CreateDrawInput): Promise<repo.DrawRow> {
  const org = ctx.auth.user.org;
  const scope = ctx.auth.scope;
  if (!org || scope.kind !== 'region') throw AppError('FORBIDDEN', { message: '只有监管部门、安委办或乡镇（街道）的工作人员可以组织抽查' });
  if (input.drawOn <= ctx.today) throw AppError('VALIDATION', { field: 'drawOn', message: '「抽取日期」须晚于今天：公告时谁也不能知道当天的公开随机数' });
  if (input.drawOn > addDays(ctx.today, 90)) throw AppError('VALIDATION', { field: 'drawOn', message: '「抽取日期」不能晚于90天后' });
  if (input.plannedOn < input.drawOn) throw AppError('VALIDATION', { field: 'plannedOn', message: '「计划检查日期」不能早于抽取日期' });
  if (input.dueOn < input.plannedOn) throw AppError('VALIDATION', { field: 'dueOn', message: '「完成期限」不能早于计划检查日期' });
  if (input.dueOn > addDays(input.plannedOn, 366)) throw AppError('VALIDATION', { field: 'dueOn', message: '「完成期限」不能晚于计划检查日期一年以后' });
  const regionCode = input.regionCode ?? org.regionCode;
  if (!isInRegion(regionCode, org.regionCode)) throw AppError('VALIDATION', { field: 'regionCode', message: '抽查范围须在本单位辖区内' });
  // A regulator draws in its own sectors only (all of them when none is chosen); a committee or township in any.
  const catalogue = await assertKnownSectors(ctx.db, input.sectors);
  const own = scope.sectors;
  assertOwnSectors(own, input.sectors, '只能抽取本部门监管行业领域的企业');
  const sectors = input.sectors.length > 0 ? [...new Set(input.sectors)] : own !== null ? [...own] : [];
  await resolveChecklist(ctx, input.checklist, input.plannedOn); // refused now, not when the draw is approved
  const item = input.spotCheckItemId ? await findItem(ctx.db, scope, input.spotCheckItemId) : null;
  if (input.spotCheckItemId && (!item || item.orgId !== org.id || !item.active)) throw AppError('VALIDATION', { field: 'spotCheckItemId', message: '抽查事项不存在、已停用或不是本单位的' });

  const pool = await repo.poolEnterprises(ctx.db, {
    regionPrefix: regionPrefix(regionCode),
    sectors,
    orgId: org.id,
    excludeSince: input.excludeInspectedDays > 0 ? addDays(ctx.today, -input.excludeInspectedDays) : null,
  });
  const sectorName = new Map(catalogue.map((c) => [c.code, c.name]));
  const townships = input.strataBy === 'township' ? await regionNameMap(ctx.db, pool.map((e) => townshipOf(e.regionCode))) : new Map<string, string>();
  // 差异化监管: strata by this month's class, each sampled at the base rate times its class weight.
  if (input.strataBy === 'class') await ensureClasses(ctx.db, regionPrefix(regionCode), ctx.today);
  const classes = input.strataBy === 'class' ? await classesOf(ctx.db, periodOf(ctx.today), pool.map((e) => e.id)) : new Map<string, SupervisionClass>();
  const stratumOf = (e: (typeof pool)[number]): { key: string; label: string } => {
    switch (input.strataBy) {
      case 'none':
        return { key: 'all', label: '全部' };
      case 'township': {
        const code = townshipOf(e.regionCode);
        return { key: code, label: townships.get(code) ?? '县（市、区）直' };
      }
      case 'class': {
        const cls = classes.get(e.id) ?? 'C';
        return { key: cls, label: supervisionClassLabels[cls] };
      }
      case 'sector': {
        const code = e.sectors.find((s) => sectors.length === 0 || sectors.includes(s)) ?? e.sectors[0] ?? 'none';
        return { key: code, label: sectorName.get(code) ?? '未分行业' };
      }
    }
  };
  const candidates: DrawCandidate[] = [];
  const strata = new Map<string, DrawStratumSummary>();
  for (const e of pool) {
    const s = stratumOf(e);
    candidates.push({ id: e.id, name: e.name, stratum: s.key });
    const summary = strata.get(s.key) ?? { key: s.key, label: s.label, size: 0, sampleSize: 0 };
    summary.size += 1;
    strata.set(s.key, summary);
  }
  const sampleOf = (key: string) => (input.strataBy === 'class' && input.sample.kind === 'rate' && isSupervisionClass(key) ? { kind: 'rate' as const, percent: classSampleRate(input.sample.percent, key) } : input.sample);
  const strataList = [...strata.values()].sort((a, b) => (a.key < b.key ? -1 : 1)).map((s) => ({ ...s, sampleSize: stratumSampleSize(s.size, sampleOf(s.key)) }));

  const registry = await inspectorRegistry(ctx.db, org.id, input.plannedOn);
  const inspectors = registry.filter((r) => r.valid);
  const inPool = new Set(pool.map((e) => e.id));
  const avoid: DrawAvoidance[] = [];
  for (const i of inspectors) for (const e of i.conflictEnterpriseIds ?? []) if (inPool.has(e)) avoid.push({ candidateId: e, inspectorId: i.userId });
  if (input.avoidLastInspector) {
    const drawable = new Set(inspectors.map((i) => i.userId));
    for (const last of await repo.lastInspectors(ctx.db, org.id, pool.map((e) => e.id))) if (drawable.has(last.userId)) avoid.push({ candidateId: last.enterpriseId, inspectorId: last.userId });
  }
  const id = randomUUID();
  const year = Number(ctx.today.slice(0, 4));
  const drawNo = `${org.name}双随机〔${year}〕${(await repo.countDrawsOfOrg(ctx.db, org.id, year)) + 1}号`;
  const inputs = {
    drawNo,
    teamSize: input.teamSize,
    strata: strataList.map((s) => ({ key: s.key, label: s.label, sampleSize: s.sampleSize })),
    candidates,
    inspectors: inspectors.map((i) => ({ id: i.userId, name: i.name })),
    avoid: dedupe(avoid),
  };
  const refused = explainDrawRefused(inputs);
  if (refused) throw AppError('VALIDATION', { field: refused.field, message: refused.message });
  const inputsText = drawInputsText(inputs);
  const seed = randomBytes(32).toString('hex');
  const definition = { spotCheckItem: item ? { id: item.id, title: item.title } : null, sectors, strataBy: input.strataBy, sample: input.sample, excludeInspectedDays: input.excludeInspectedDays, avoidLastInspector: input.avoidLastInspector, plannedOn: input.plannedOn, dueOn: input.dueOn, checklist: input.checklist };
  return inTransaction(ctx.db, async (unit) => {
    const row = await repo.insertDraw(unit.tx, {
      id,
      drawNo,
      orgId: org.id,
      regionCode,
      sectors,
      title: input.title,
      inspectionKind: input.inspectionKind,
      definition,
      strata: strataList,
      candidateCount: candidates.length,
      inspectorCount: inspectors.length,
      teamSize: input.teamSize,
      inputsText,
      inputsHash: sm3Hex(inputsText),
      seedSealed: sealer.seal(seed, seedContext(id)),
      seedHash: seedHash(seed),
      publicInputLabel: input.publicInputLabel,
      drawOn: input.drawOn,
      status: 'committed',
      createdBy: ctx.auth.user.id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await appendCreated(unit, drawStream, row, {
      at: ctx.now,
      actorId: ctx.auth.user.id,
      actorName: ctx.who.name,
      kind: 'commit',
      fromStatus: null,
      toStatus: 'committed',
      payload: { drawNo, title: input.title, inputsHash: row.inputsHash, seedHash: row.seedHash, publicInputLabel: input.publicInputLabel, drawOn: input.drawOn, candidates: candidates.length, inspectors: inspectors.length, strata: strataList, definition },
    });
    return row;
  });
}

/** The township a region code lies in (its first 9 digits); a county-level code stays itself. */
export function townshipOf(regionCode: string): string {
  return regionCode.length === 12 && regionCode.slice(6, 9) !== '000' ? `${regionCode.slice(0, 9)}000` : regionCode;
}

function dedupe(avoid: DrawAvoidance[]): DrawAvoidance[] {
  const seen = new Set<string>();
  return avoid.filter((a) => {
    const key = `${a.candidateId}|${a.inspectorId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
