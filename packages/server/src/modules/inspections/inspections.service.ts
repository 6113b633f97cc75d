import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  cadenceFor,
  canonicalJson,
  explainCheckDateError,
  formatInspectionNo,
  explainHazardTriggerRefused,
  explainTipTriggerRefused,
  recordHash,
  scopeFor,
  staffInspectionKinds,
  mayJoinInspectionTeam,
  type InspectionTrigger,
  type Role,
} from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { addDays } from '../../lib/dates.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { appendCreated } from '../../workflow/timeline.ts';
import { inspectionStream } from '../../workflow/streams.ts';
import { inTransaction } from '../../workflow/unit.ts';
import * as checklists from '../checklists/checklists.repository.ts';
import { readerOf as checklistReaderOf, sectorChecklist } from '../checklists/checklists.service.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import { findHazard, findIdempotencyKey, insertIdempotencyKey } from '../hazards/hazards.repository.ts';
import { isUniqueViolation } from '../hazards/hazards.service.ts';
import { findPremises } from '../premises/premises.repository.ts';
import { defaultPrincipalCheckSettings, type PrincipalCheckSettings } from '../principal-checks/principal-checks.config.ts';
import { highRiskSectorCodes, markPeriodDone } from '../principal-checks/principal-checks.periods.ts';
import { ownPeriods } from '../principal-checks/principal-checks.service.ts';
import { resolveExpertMembers } from '../experts/experts.service.ts';
import { findTip } from '../tips/tips.repository.ts';
import { checkPhotos, countFindings, prepareAnswers, writeAnswers } from './inspections.items.ts';
import * as repo from './inspections.repository.ts';
import type { ChecklistChoiceInput, PlanInspectionInput, PrincipalCheckInput } from './inspections.schema.ts';

/** Days a triggered inspection (verified tip, overdue hazard, alarm) is due after it is planned; configurable (001 「触发式监管」). */
export const DEFAULT_TRIGGER_DUE_DAYS = 7;

type ChecklistSnapshot = { id: string | null; ref: string; title: string; version: number | null; items: { code: string; text: string; criterionIds: string[]; major: boolean; evidence: 'none' | 'photo' | 'document'; guidance: string }[] };

/** The checklist version in force (a library list the caller can see, or a sector's 判定标准), copied into the record. */
export async function resolveChecklist(ctx: ActionContext, choice: ChecklistChoiceInput, on: string): Promise<ChecklistSnapshot> {
  if ('sector' in choice) {
    const list = await sectorChecklist(ctx.db, choice.sector, on);
    if (!list) throw AppError('VALIDATION', { field: 'checklist.sector', message: '行业领域不存在' });
    if (list.items.length === 0) throw AppError('VALIDATION', { field: 'checklist.sector', message: '该行业领域暂无已收录条款的判定标准，请选择检查清单' });
    return { id: null, ref: list.id, title: list.title, version: null, items: list.items.map(({ seq: _seq, links: _links, ...i }) => i) };
  }
  const row = await checklists.findChecklist(ctx.db, checklistReaderOf(ctx.auth), choice.checklistId);
  if (!row) throw AppError('VALIDATION', { field: 'checklist.checklistId', message: '检查清单不存在或不可用' });
  const items = await checklists.listItems(ctx.db, row.id);
  return { id: row.id, ref: '', title: row.title, version: row.version, items: items.map((i) => ({ code: i.code, text: i.text, criterionIds: i.criterionIds, major: i.major, evidence: i.evidence, guidance: i.guidance })) };
}

type Subject = { kind: 'enterprise' | 'premises'; enterpriseId: string | null; premisesId: string | null; name: string; regionCode: string; sectors: string[] };

/** The enterprise or premises within the caller's scope; sectors narrowed to a regulator's own. */
async function loadSubject(ctx: ActionContext, input: Pick<PlanInspectionInput, 'subjectKind' | 'enterpriseId' | 'premisesId'>): Promise<Subject> {
  const own = (sectors: readonly string[]) => (ctx.auth.scope.kind === 'region' && ctx.auth.scope.sectors !== null ? sectors.filter((s) => ctx.auth.scope.kind === 'region' && ctx.auth.scope.sectors?.includes(s)) : [...sectors]);
  if (input.subjectKind === 'enterprise') {
    if (!input.enterpriseId) throw AppError('VALIDATION', { field: 'enterpriseId', message: '请选择被检查单位' });
    const e = await findEnterprise(ctx.db, ctx.auth.scope, input.enterpriseId);
    if (!e) throw AppError('NOT_FOUND', { field: 'enterpriseId', message: '被检查单位不存在或不在本单位辖区' });
    return { kind: 'enterprise', enterpriseId: e.id, premisesId: null, name: e.name, regionCode: e.regionCode, sectors: own(e.sectors) };
  }
  if (!input.premisesId) throw AppError('VALIDATION', { field: 'premisesId', message: '请选择被检查场所' });
  const p = await findPremises(ctx.db, ctx.auth.scope, input.premisesId);
  if (!p) throw AppError('NOT_FOUND', { field: 'premisesId', message: '场所不存在或不在本单位辖区' });
  return { kind: 'premises', enterpriseId: p.enterpriseId, premisesId: p.id, name: p.name, regionCode: p.regionCode, sectors: p.sector ? [p.sector] : [] };
}

export type TriggerInput = { kind: Exclude<InspectionTrigger, 'manual'>; id: string };

/** What set the inspection off (触发式监管): a verified tip, an overdue hazard, an alarm or a draw (issue 14), in scope. */
async function checkTrigger(ctx: ActionContext, trigger: TriggerInput | null, subject: Subject): Promise<{ id: string; no: string | null } | null> {
  if (!trigger) return null;
  switch (trigger.kind) {
    case 'tip': {
      const tip = await findTip(ctx.db, scopeFor(ctx.auth.actor, 'tip'), trigger.id);
      if (!tip) throw AppError('VALIDATION', { field: 'trigger.id', message: '举报件不存在或不在本单位受理范围' });
      const refused = explainTipTriggerRefused({ status: tip.tip.status, verified: tip.tip.investigation?.verified ?? null });
      if (refused) throw AppError('VALIDATION', { field: 'trigger.id', message: refused });
      return { id: tip.tip.id, no: tip.tip.tipNo };
    }
    case 'hazard_overdue': {
      const found = await findHazard(ctx.db, ctx.auth.scope, trigger.id);
      if (!found) throw AppError('VALIDATION', { field: 'trigger.id', message: '隐患不存在或不在本单位辖区' });
      const refused = explainHazardTriggerRefused(found.hazard, ctx.today);
      if (refused) throw AppError('VALIDATION', { field: 'trigger.id', message: refused });
      if (found.hazard.enterpriseId !== subject.enterpriseId) throw AppError('VALIDATION', { field: 'trigger.id', message: '隐患不属于被检查单位' });
      return { id: found.hazard.id, no: found.hazard.hazardNo };
    }
    case 'alarm':
    case 'random_draw':
      // Alarms (E-1) and draws (A-4) are later modules: their id is recorded as given, for them to link.
      return { id: trigger.id, no: null };
  }
}

/**
 * Plans a staff inspection (A-1): subject in scope, kind and methods, team (officers, experts, third-party staff …;
 * the planner leads unless a leader is named), checklist version copied item by item. A trigger sets the due date
 * when none is given. The number is taken last in the transaction. Issue 14's draws call this with trigger random_draw.
 */
export async function planInspection(
  ctx: ActionContext,
  input: PlanInspectionInput & { trigger?: TriggerInput | null },
  // plannerJoins: false for a drawn team (the officer approving a draw is not on every team it creates).
  options: { triggerDueDays?: number; plannerJoins?: boolean } = {},
): Promise<repo.InspectionRow> {
  if (!(staffInspectionKinds as readonly string[]).includes(input.kind)) throw AppError('VALIDATION', { field: 'kind', message: '企业自查由企业登记，不能由监管部门安排' });
  const org = ctx.auth.user.org;
  if (!org || ctx.auth.scope.kind !== 'region') throw AppError('FORBIDDEN', { message: '只有监管部门、安委办或乡镇（街道）的工作人员可以安排检查' });
  if (input.methods.includes('joint') && input.jointOrgs.length === 0) throw AppError('VALIDATION', { field: 'jointOrgs', message: '联合检查须列出参加的部门' });
  if (input.dueOn && input.dueOn < input.plannedOn) throw AppError('VALIDATION', { field: 'dueOn', message: '「完成期限」不能早于计划检查日期' });
  const subject = await loadSubject(ctx, input);
  const trigger = await checkTrigger(ctx, input.trigger ?? null, subject);
  const checklist = await resolveChecklist(ctx, input.checklist, input.plannedOn);
  // Experts (A-5): status, 回避 and 轮换 against the subject; the record's account and name join the team.
  const team = await resolveExpertMembers(ctx.db, ctx.auth, input.members, subject.enterpriseId, input.plannedOn);
  const named = await repo.teamCandidates(ctx.db, team.flatMap((m) => (m.userId ? [m.userId] : [])));
  for (const [k, m] of team.entries()) {
    if (!m.userId) continue;
    const user = named.find((u) => u.id === m.userId);
    const roles = (user?.roles ?? []) as Role[];
    if (!user || !mayJoinInspectionTeam(roles)) {
      throw AppError('VALIDATION', { field: `members.${k}.userId`, message: `检查人员「${m.name}」的账号不存在或不能参加检查` });
    }
  }
  const members: (PlanInspectionInput['members'][number] & { expertId: string | null })[] = [...team];
  if (!members.some((m) => m.role === 'leader')) members.unshift({ userId: ctx.auth.user.id, expertId: null, name: ctx.auth.user.displayName, role: 'leader', orgName: org.name });
  if (options.plannerJoins !== false && !members.some((m) => m.userId === ctx.auth.user.id)) members.push({ userId: ctx.auth.user.id, expertId: null, name: ctx.auth.user.displayName, role: 'officer', orgName: org.name });
  const leader = members.find((m) => m.role === 'leader');
  const dueOn = input.dueOn ?? (trigger ? addDays(input.plannedOn, options.triggerDueDays ?? DEFAULT_TRIGGER_DUE_DAYS) : null);
  const id = randomUUID();
  return inTransaction(ctx.db, async (unit) => {
    const { tx } = unit;
    const year = Number(input.plannedOn.slice(0, 4));
    await repo.insertInspection(tx, {
      id, inspectionNo: `pending:${id}`, kind: input.kind, methods: input.methods, jointOrgs: input.jointOrgs, subjectKind: subject.kind, enterpriseId: subject.enterpriseId,
      premisesId: subject.premisesId, subjectName: subject.name, regionCode: subject.regionCode, sectors: subject.sectors, orgId: org.id, leaderId: leader?.userId ?? null,
      leaderName: leader?.name ?? '', campaign: input.campaign, randomDrawId: input.trigger?.kind === 'random_draw' ? input.trigger.id : null, trigger: input.trigger?.kind ?? 'manual',
      triggerRef: trigger, plannedOn: input.plannedOn, dueOn, checklistId: checklist.id, checklistRef: checklist.ref, checklistTitle: checklist.title, checklistVersion: checklist.version,
      status: 'planned', createdBy: ctx.auth.user.id, createdAt: ctx.now, updatedAt: ctx.now,
    });
    await repo.insertMembers(tx, members.map((m, k) => ({ inspectionId: id, seq: k + 1, userId: m.userId, expertId: m.expertId, name: m.name, role: m.role, orgName: m.orgName })));
    await repo.insertItems(tx, checklist.items.map((it, k) => ({ inspectionId: id, seq: k + 1, ...it })));
    // Last: the county's counter row stays locked only for what follows it.
    const inspectionNo = formatInspectionNo(subject.regionCode, year, await repo.nextInspectionSeq(tx, subject.regionCode.slice(0, 6), year));
    const row = await repo.setInspectionNo(tx, id, inspectionNo);
    await appendCreated(unit, inspectionStream, row, {
      at: ctx.now, actorId: ctx.auth.user.id, actorName: ctx.who.name, kind: 'plan', fromStatus: null, toStatus: 'planned',
      payload: { inspectionNo, kind: input.kind, methods: input.methods, subject: { kind: subject.kind, id: subject.enterpriseId ?? subject.premisesId, name: subject.name }, plannedOn: input.plannedOn, dueOn, checklist: { id: checklist.id, ref: checklist.ref, title: checklist.title, version: checklist.version, items: checklist.items.length }, members: members.map((m) => ({ name: m.name, role: m.role })), trigger: trigger ? { kind: input.trigger?.kind, ...trigger } : null },
    });
    return row;
  });
}

// ---- principal-led checks (A-2) ----

/** The frozen content of a principal-led check: what its hash covers (recomputed to show the record is intact). */
export function principalCheckRecord(row: repo.InspectionRow, items: readonly { seq: number; code: string; text: string; criterionIds: string[]; result: string | null; note: string; photos: unknown; hazardId: string | null }[]) {
  return {
    inspectionNo: row.inspectionNo,
    enterpriseId: row.enterpriseId,
    checkDate: row.checkDate,
    leader: { id: row.leaderId, name: row.leaderName },
    checklist: { id: row.checklistId, ref: row.checklistRef, title: row.checklistTitle, version: row.checklistVersion },
    location: { lat: row.startLat, lng: row.startLng },
    photos: row.startPhotos,
    attendance: row.attendance,
    conclusion: row.conclusion,
    submittedAt: row.endedAt?.toISOString() ?? null,
    items: items.map((i) => ({ seq: i.seq, code: i.code, text: i.text, criterionIds: i.criterionIds, result: i.result, note: i.note, photos: i.photos, hazardId: i.hazardId })),
  };
}

const bodyHash = (body: unknown) => createHash('sha256').update(canonicalJson(body)).digest('hex');

/**
 * The principal records a check they led (MODULES A-2), in one submission from the phone: check date within the
 * 补录 window and not in a later period, a timed photo on site, attendance, every item of the checklist answered;
 * each 不符合 reported as a hazard (待认定, to the regulator) or joined to an open one; the period is done; the record
 * frozen with its hash. An Idempotency-Key makes a retried submission return the first record.
 */
export async function submitPrincipalCheck(ctx: ActionContext, input: PrincipalCheckInput, idempotencyKey: string | null, settings: PrincipalCheckSettings = defaultPrincipalCheckSettings): Promise<repo.InspectionRow> {
  const userId = ctx.auth.user.id;
  const hash = bodyHash(input);
  if (idempotencyKey) {
    const previous = await findIdempotencyKey(ctx.db, userId, idempotencyKey);
    if (previous) return replay(ctx, previous, hash);
  }
  if (ctx.auth.scope.kind !== 'enterprise' || !ctx.auth.user.roles.includes('enterprise_principal')) throw AppError('FORBIDDEN', { message: '主要负责人带队检查须由企业主要负责人本人登记' });
  const dateError = explainCheckDateError(input.checkDate, ctx.today, settings.backdateDays);
  if (dateError) throw AppError('VALIDATION', { field: 'checkDate', message: dateError });
  const enterprise = await findEnterprise(ctx.db, ctx.auth.scope, ctx.auth.scope.enterpriseId);
  if (!enterprise) throw AppError('NOT_FOUND');
  if (enterprise.status !== 'operating') throw AppError('VALIDATION', { field: 'checkDate', message: '企业不在正常生产状态，无需登记带队检查' });
  if (input.location.lat === null || input.location.lng === null) throw AppError('VALIDATION', { field: 'location', message: '须获取现场定位（GPS）' });
  await checkPhotos(ctx, input.photos, 'photos');
  const checklist = await resolveChecklist(ctx, input.checklist, input.checkDate);
  const items = checklist.items.map((it, k) => ({ seq: k + 1, ...it }));
  const unanswered = items.filter((it) => !input.items.some((a) => a.seq === it.seq));
  if (unanswered.length > 0) {
    throw AppError('VALIDATION', { field: 'items', message: `尚有${unanswered.length}项未填写检查结果（${unanswered.slice(0, 3).map((i) => `第${i.seq}项`).join('、')}${unanswered.length > 3 ? '等' : ''}），不能提交` });
  }
  const prepared = await prepareAnswers(ctx, items, input.items, { mayRaise: true });
  const cadence = cadenceFor(enterprise, new Set(await highRiskSectorCodes(ctx.db)));
  const id = randomUUID();
  const create = () =>
    inTransaction(ctx.db, async (unit) => {
      const { tx } = unit;
      const year = Number(input.checkDate.slice(0, 4));
      await repo.insertInspection(tx, {
        id, inspectionNo: `pending:${id}`, kind: 'self_inspection', subjectKind: 'enterprise', enterpriseId: enterprise.id, subjectName: enterprise.name, regionCode: enterprise.regionCode,
        sectors: enterprise.sectors, orgId: null, leaderId: userId, leaderName: ctx.auth.user.displayName, ledByPrincipal: true, checkDate: input.checkDate, startedAt: ctx.now,
        startLat: input.location.lat, startLng: input.location.lng, startPhotos: input.photos.map((p) => ({ sha256: p.sha256, takenAt: p.takenAt, lat: p.lat ?? null, lng: p.lng ?? null })), endedAt: ctx.now,
        checklistId: checklist.id, checklistRef: checklist.ref, checklistTitle: checklist.title, checklistVersion: checklist.version, conclusion: input.conclusion,
        attendance: input.attendance, signatures: [{ role: 'leader', name: ctx.auth.user.displayName, userId, signedAt: ctx.now.toISOString(), image: null }],
        status: 'closed', createdBy: userId, createdAt: ctx.now, updatedAt: ctx.now,
      });
      await repo.insertMembers(tx, [
        { inspectionId: id, seq: 1, userId, name: ctx.auth.user.displayName, role: 'leader', orgName: enterprise.name },
        ...input.attendance.map((a, k) => ({ inspectionId: id, seq: k + 2, userId: null, name: a.name, role: 'enterprise_staff' as const, orgName: a.post })),
      ]);
      await repo.insertItems(tx, items.map((it) => ({ inspectionId: id, ...it })));
      const placeholder = { id, inspectionNo: `pending:${id}`, kind: 'self_inspection' as const, enterpriseId: enterprise.id, sectors: enterprise.sectors, checkDate: input.checkDate };
      const written = await writeAnswers(unit, ctx, placeholder, prepared);
      const inspectionNo = formatInspectionNo(enterprise.regionCode, year, await repo.nextInspectionSeq(tx, enterprise.regionCode.slice(0, 6), year));
      const stored = await repo.listItems(tx, id);
      const numbered = await repo.setInspectionNo(tx, id, inspectionNo, countFindings(stored.map((i) => ({ result: i.result, hazardId: i.hazardId, hazardLevel: i.hazardLevel }))));
      const frozen = await repo.setInspectionNo(tx, id, inspectionNo, { recordHash: recordHash(principalCheckRecord(numbered, stored)) });
      await appendCreated(unit, inspectionStream, frozen, {
        at: ctx.now, actorId: userId, actorName: ctx.who.name, kind: 'submit', fromStatus: null, toStatus: 'closed',
        payload: { inspectionNo, checkDate: input.checkDate, checklist: checklist.title, items: items.length, failed: written.filter((w) => w.hazardId).map((w) => ({ seq: w.seq, hazardId: w.hazardId, link: w.link })), recordHash: frozen.recordHash },
      });
      const createdOn = enterprise.createdAt.toISOString().slice(0, 10);
      await markPeriodDone(tx, { id: enterprise.id, regionCode: enterprise.regionCode, sectors: enterprise.sectors, createdOn }, cadence, input.checkDate, ctx.today, id);
      if (idempotencyKey) await insertIdempotencyKey(tx, { userId, key: idempotencyKey, requestHash: hash, statusCode: 201, response: { inspectionId: id }, createdAt: ctx.now });
      return frozen;
    });
  try {
    return await create();
  } catch (error) {
    if (idempotencyKey && isUniqueViolation(error)) {
      const previous = await findIdempotencyKey(ctx.db, userId, idempotencyKey);
      if (previous) return replay(ctx, previous, hash);
    }
    throw error;
  }
}

async function replay(ctx: ActionContext, previous: { requestHash: string; response: Record<string, unknown> }, hash: string): Promise<repo.InspectionRow> {
  if (previous.requestHash !== hash) throw AppError('IDEMPOTENCY_MISMATCH', { field: 'Idempotency-Key' });
  const row = await repo.findInspection(ctx.db, { scope: ctx.auth.scope, userId: ctx.auth.user.id }, String(previous.response.inspectionId));
  if (!row) throw AppError('NOT_FOUND');
  return row;
}

// ---- the phone form of a principal-led check ----

const formItem = z.object({ seq: z.number().int(), code: z.string(), text: z.string(), criterionIds: z.array(z.string()), major: z.boolean(), evidence: z.enum(['none', 'photo', 'document']), guidance: z.string() });
export const principalCheckFormResponse = z.object({
  enterprise: z.object({ id: z.string(), name: z.string(), cadence: z.enum(['month', 'quarter']) }),
  principalName: z.string(),
  period: z.object({ key: z.string(), label: z.string(), start: z.string(), end: z.string(), state: z.enum(['done', 'due', 'missed']) }),
  checklists: z.array(z.object({ key: z.string(), choice: z.union([z.object({ checklistId: z.string() }), z.object({ sector: z.string() })]), title: z.string(), items: z.array(formItem) })),
  limits: z.object({ checkDateMin: z.string(), checkDateMax: z.string(), backdateDays: z.number().int() }),
});

/**
 * What the phone needs to record a check offline: the running period, the checklists it may use (its own
 * 排查重点事项清单 first, then the 判定标准 of each of its sectors), and the date window.
 */
export async function principalCheckForm(ctx: ActionContext, settings: PrincipalCheckSettings, today: string): Promise<z.infer<typeof principalCheckFormResponse>> {
  if (ctx.auth.scope.kind !== 'enterprise') throw AppError('NOT_FOUND');
  const enterprise = await findEnterprise(ctx.db, ctx.auth.scope, ctx.auth.scope.enterpriseId);
  if (!enterprise) throw AppError('NOT_FOUND');
  const own = await ownPeriods(ctx.db, ctx.auth.scope, enterprise, new Set(await highRiskSectorCodes(ctx.db)), today);
  const lists = (await checklists.listChecklists(ctx.db, checklistReaderOf(ctx.auth), { at: today })).filter((c) => c.ownerEnterpriseId === enterprise.id || c.subjectKinds.includes('enterprise'));
  const ownFirst = [...lists].sort((a, b) => Number(b.ownerEnterpriseId === enterprise.id) - Number(a.ownerEnterpriseId === enterprise.id)).slice(0, 5);
  const out: z.infer<typeof principalCheckFormResponse>['checklists'] = [];
  for (const c of ownFirst) {
    const items = await checklists.listItems(ctx.db, c.id);
    out.push({ key: `checklist:${c.id}`, choice: { checklistId: c.id }, title: c.title, items: items.map((i) => ({ seq: i.seq, code: i.code, text: i.text, criterionIds: i.criterionIds, major: i.major, evidence: i.evidence, guidance: i.guidance })) });
  }
  for (const sector of enterprise.sectors) {
    const list = await sectorChecklist(ctx.db, sector, today);
    if (list && list.items.length > 0) out.push({ key: list.id, choice: { sector }, title: list.title, items: list.items.map(({ links: _links, ...i }) => i) });
  }
  const current = own.current;
  return {
    enterprise: { id: enterprise.id, name: enterprise.name, cadence: own.cadence },
    principalName: ctx.auth.user.displayName,
    period: { key: current?.key ?? '', label: current?.label ?? '', start: current?.start ?? today, end: current?.end ?? today, state: current?.state ?? 'due' },
    checklists: out,
    limits: { checkDateMin: addDays(today, -settings.backdateDays), checkDateMax: today, backdateDays: settings.backdateDays },
  };
}
