import { cadenceRuleFor, isIssuer, leaderCompliance, meetingKindLabels, rate, type WorkflowActor, type PlanScope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import { chinaDate } from '../../lib/dates.ts';
import type { Initiator } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { findLeader, listLeaders } from '../leaders/leaders.repository.ts';
import { orgsByIds } from '../plans/plan-orgs.repository.ts';
import type { PlanManager } from '../plans/plans.guard.ts';
import { taskSummaries } from '../tasks/tasks.repository.ts';
import * as repo from './meetings.repository.ts';
import type { CadenceResponse, MeetingInput, MeetingUpdate, MeetingView } from './meetings.schema.ts';

export type MeetingDeps = { db: Db; clock: Clock };

export async function presentMeetings(db: Db, scope: PlanScope, rows: readonly repo.MeetingRow[], actor: WorkflowActor, today: string): Promise<MeetingView[]> {
  const [names, linked] = await Promise.all([orgsByIds(db, rows.map((r) => r.orgId)), taskSummaries(db, scope, rows.flatMap((r) => r.taskIds), today)]);
  const taskById = new Map(linked.map((t) => [t.id, t]));
  return rows.map((r) => ({
    id: r.id,
    orgId: r.orgId,
    orgName: names.get(r.orgId)?.name ?? '',
    regionCode: r.regionCode,
    kind: r.kind,
    kindLabel: meetingKindLabels[r.kind],
    name: r.name,
    date: r.date,
    chairLeaderId: r.chairLeaderId,
    chairName: r.chairName,
    chairPost: r.chairPost,
    attendees: r.attendees,
    topics: r.topics,
    tasks: r.taskIds.flatMap((id) => {
      const t = taskById.get(id);
      return t ? [{ id: t.id, code: t.code, name: t.name }] : [];
    }),
    minutes: r.minutes,
    analysis: r.analysis,
    roundId: r.roundId,
    version: r.version,
    editable: isIssuer(actor, r.orgId),
  }));
}

/** The chair's name and post: from the leader on record when one is named (it must be in scope), else as typed. */
async function resolveChair(db: Db, scope: PlanScope, input: Pick<MeetingInput, 'chairLeaderId' | 'chairName' | 'chairPost'>) {
  if (input.chairLeaderId === null) {
    if (!input.chairName) throw AppError('VALIDATION', { field: 'chairName', message: '「主持人」不能为空' });
    return { chairLeaderId: null, chairName: input.chairName, chairPost: input.chairPost };
  }
  const leader = await findLeader(db, scope, input.chairLeaderId);
  if (!leader) throw AppError('VALIDATION', { field: 'chairLeaderId', message: '「主持领导」不存在' });
  return { chairLeaderId: leader.id, chairName: leader.name, chairPost: leader.post };
}

async function requireVisibleTasks(db: Db, scope: PlanScope, ids: readonly string[], today: string): Promise<void> {
  const found = new Set((await taskSummaries(db, scope, ids, today)).map((t) => t.id));
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0) throw AppError('VALIDATION', { field: `taskIds.${missing}`, message: `「关联任务」第${missing + 1}项不存在` });
}

/** Records a meeting of the officer's own 安委会 (in the same transaction as its audit row); `tx` lets a dispatch round record its meeting with its own change. */
export async function createMeeting(deps: MeetingDeps, manager: PlanManager, who: Initiator, input: MeetingInput, extra: { roundId?: string; tx?: Db } = {}): Promise<string> {
  // Inside a round's transaction every read goes through it too (PGlite has one connection).
  const db = extra.tx ?? deps.db;
  const today = chinaDate(deps.clock.now());
  if (input.date > today) throw AppError('VALIDATION', { field: 'date', message: '「会议日期」不能晚于今天' });
  const chair = await resolveChair(db, manager.scope, input);
  await requireVisibleTasks(db, manager.scope, input.taskIds, today);
  const at = deps.clock.now();
  const write = async (tx: Db) => {
    const id = await repo.insertMeeting(tx, { ...input, ...chair, orgId: manager.org.id, regionCode: manager.org.regionCode, roundId: extra.roundId ?? null, createdBy: manager.auth.user.id, createdAt: at, updatedAt: at });
    await appendAudit(tx, { at, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'meeting.create', entityType: 'meeting', entityId: id, regionCode: manager.org.regionCode, detail: { kind: input.kind, date: input.date, chair: chair.chairName, name: input.name } });
    return id;
  };
  return extra.tx ? write(extra.tx) : deps.db.transaction(write);
}

export async function updateMeeting(deps: MeetingDeps, scope: PlanScope, actor: WorkflowActor, who: Initiator, id: string, input: MeetingUpdate): Promise<void> {
  const row = await repo.findMeeting(deps.db, scope, id);
  if (!row) throw AppError('NOT_FOUND');
  if (!isIssuer(actor, row.orgId)) throw AppError('FORBIDDEN', { message: '仅召开会议的安委会办公室可以修改会议记录，上级只能查阅' });
  const today = chinaDate(deps.clock.now());
  if (input.date !== undefined && input.date > today) throw AppError('VALIDATION', { field: 'date', message: '「会议日期」不能晚于今天' });
  if (input.taskIds) await requireVisibleTasks(deps.db, scope, input.taskIds, today);
  const { version, ...rest } = input;
  const chairGiven = rest.chairLeaderId !== undefined || rest.chairName !== undefined;
  const chair = chairGiven
    ? await resolveChair(deps.db, scope, { chairLeaderId: rest.chairLeaderId ?? null, chairName: rest.chairName ?? row.chairName, chairPost: rest.chairPost ?? row.chairPost })
    : {};
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (!(await repo.updateMeetingIfVersion(tx, id, version, { ...rest, ...chair, updatedAt: at }))) throw AppError('CONFLICT');
    await appendAudit(tx, { at, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'meeting.update', entityType: 'meeting', entityId: id, regionCode: row.regionCode, detail: { fields: Object.keys(rest) } });
  });
}

/**
 * Meeting-cadence compliance per leader for a year up to today (core leaderCompliance): top leaders quarterly,
 * deputies monthly; member-unit heads have no chairing rule. `regionCode` limits it to one 安委会's leaders.
 */
export async function cadenceReport(db: Db, scope: PlanScope, year: number, today: string, regionCode: string | undefined): Promise<CadenceResponse> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const asOf = today < to ? today : to;
  const people = (await listLeaders(db, scope, { active: true, regionCode })).filter((l) => cadenceRuleFor(l.role) !== null);
  const chaired = await repo.meetingsChairedBy(db, scope, people.map((p) => p.id), from, to);
  let met = 0;
  let missed = 0;
  const leaders = people.flatMap((p) => {
    const rule = cadenceRuleFor(p.role);
    if (!rule) return [];
    const result = leaderCompliance(rule, chaired.filter((m) => m.chairLeaderId === p.id), from, to, today);
    met += result.met;
    missed += result.missed;
    return [{ leaderId: p.id, name: p.name, post: p.post, role: p.role, regionCode: p.regionCode, rule: rule.basis, ...result }];
  });
  return { year, asOf, leaders, compliance: rate(met, met + missed) };
}
