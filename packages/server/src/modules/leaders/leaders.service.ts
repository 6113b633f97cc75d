import { cadenceRuleFor, isIssuer, leaderCompliance, leaderRoleLabels, meetingKindLabels, type WorkflowActor, type PlanScope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import { chinaDate } from '../../lib/dates.ts';
import type { Initiator } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { orgsByIds, type OrgSummary } from '../plans/plan-orgs.repository.ts';
import { actorOf, type PlanManager } from '../plans/plans.guard.ts';
import { meetingsChairedBy } from '../meetings/meetings.repository.ts';
import { listTasks, taskSummaries } from '../tasks/tasks.repository.ts';
import * as repo from './leaders.repository.ts';
import type { DutyListInput, DutyListView, LeaderInput, LeaderRecord, LeaderUpdate, LeaderView, WorkingGroupInput, WorkingGroupView } from './leaders.schema.ts';

export type LeaderDeps = { db: Db; clock: Clock };

/** Orgs a record may name (a member unit, a filing org, a working-group member's unit): existing staff orgs, else 400 naming the field. */
export async function requireStaffOrgs(db: Db, ids: readonly (string | null)[], field: string): Promise<Map<string, OrgSummary>> {
  const wanted = ids.filter((id): id is string => id !== null);
  const found = await orgsByIds(db, wanted);
  const missing = wanted.findIndex((id) => !found.has(id) || found.get(id)?.kind === 'platform');
  if (missing >= 0) throw AppError('VALIDATION', { field, message: `「${field === 'memberOrgId' ? '所在单位' : field === 'filedWithOrgId' ? '备案单位' : '单位'}」不存在` });
  return found;
}

export function presentLeader(row: repo.LeaderRow, orgNames: ReadonlyMap<string, OrgSummary>, actor: WorkflowActor): LeaderView {
  return {
    id: row.id,
    orgId: row.orgId,
    orgName: orgNames.get(row.orgId)?.name ?? '',
    regionCode: row.regionCode,
    name: row.name,
    post: row.post,
    role: row.role,
    roleLabel: leaderRoleLabels[row.role],
    memberOrgId: row.memberOrgId,
    memberOrgName: row.memberOrgId ? (orgNames.get(row.memberOrgId)?.name ?? null) : null,
    sectors: row.sectors,
    active: row.active,
    sort: row.sort,
    version: row.version,
    editable: isIssuer(actor, row.orgId),
  };
}

export async function presentLeaders(db: Db, rows: readonly repo.LeaderRow[], actor: WorkflowActor): Promise<LeaderView[]> {
  const names = await orgsByIds(db, rows.flatMap((r) => [r.orgId, ...(r.memberOrgId ? [r.memberOrgId] : [])]));
  return rows.map((r) => presentLeader(r, names, actor));
}

const audit = (who: Initiator, at: Date, action: string, entityType: string, entityId: string, regionCode: string, detail: Record<string, unknown>) => ({
  at,
  actorUserId: who.userId,
  actorName: who.name,
  ip: who.ip,
  action,
  entityType,
  entityId,
  regionCode,
  detail,
});

export async function createLeader(deps: LeaderDeps, manager: PlanManager, who: Initiator, input: LeaderInput): Promise<string> {
  await requireStaffOrgs(deps.db, [input.memberOrgId], 'memberOrgId');
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const id = await repo.insertLeader(tx, { ...input, orgId: manager.org.id, regionCode: manager.org.regionCode, createdAt: at, updatedAt: at });
    await appendAudit(tx, audit(who, at, 'leader.create', 'leader', id, manager.org.regionCode, { name: input.name, post: input.post, role: input.role }));
    return id;
  });
}

/** Only the 安委办 that keeps a record changes it (the upper level reads it): 403 with the reason otherwise. */
function requireKeeper(actor: WorkflowActor, orgId: string): void {
  if (!isIssuer(actor, orgId)) throw AppError('FORBIDDEN', { message: '仅建立该记录的安委会办公室可以修改，上级只能查阅' });
}

export async function updateLeader(deps: LeaderDeps, scope: PlanScope, actor: WorkflowActor, who: Initiator, id: string, input: LeaderUpdate): Promise<void> {
  const row = await repo.findLeader(deps.db, scope, id);
  if (!row) throw AppError('NOT_FOUND');
  requireKeeper(actor, row.orgId);
  if (input.memberOrgId !== undefined) await requireStaffOrgs(deps.db, [input.memberOrgId], 'memberOrgId');
  const { version, ...changes } = input;
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (!(await repo.updateLeaderIfVersion(tx, id, version, { ...changes, updatedAt: at }))) throw AppError('CONFLICT');
    await appendAudit(tx, audit(who, at, 'leader.update', 'leader', id, row.regionCode, { changes }));
  });
}

// ---- duty lists ----

export async function presentDutyLists(db: Db, scope: PlanScope, rows: readonly repo.DutyListRow[], actor: WorkflowActor, today: string): Promise<DutyListView[]> {
  const [leadersById, orgNames, taskList] = await Promise.all([
    repo.leadersByIds(db, rows.map((r) => r.leaderId)),
    orgsByIds(db, rows.flatMap((r) => (r.filedWithOrgId ? [r.filedWithOrgId] : []))),
    taskSummaries(db, scope, rows.flatMap((r) => r.taskIds), today),
  ]);
  const taskById = new Map(taskList.map((t) => [t.id, t]));
  return rows.map((r) => {
    const leader = leadersById.get(r.leaderId);
    return {
      id: r.id,
      leaderId: r.leaderId,
      leaderName: leader?.name ?? '',
      leaderPost: leader?.post ?? '',
      year: r.year,
      items: r.items,
      tasks: r.taskIds.flatMap((id) => {
        const t = taskById.get(id);
        return t ? [{ id: t.id, code: t.code, name: t.name, displayStatus: t.displayStatus }] : [];
      }),
      filedWithOrgId: r.filedWithOrgId,
      filedWithOrgName: r.filedWithOrgId ? (orgNames.get(r.filedWithOrgId)?.name ?? null) : null,
      filedOn: r.filedOn,
      version: r.version,
      editable: isIssuer(actor, r.orgId),
    };
  });
}

async function requireVisibleTasks(db: Db, scope: PlanScope, ids: readonly string[], today: string): Promise<void> {
  const found = new Set((await taskSummaries(db, scope, ids, today)).map((t) => t.id));
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0) throw AppError('VALIDATION', { field: `taskIds.${missing}`, message: `「年度任务清单」第${missing + 1}项任务不存在` });
}

export async function createDutyList(deps: LeaderDeps, manager: PlanManager, who: Initiator, input: DutyListInput): Promise<string> {
  const today = chinaDate(deps.clock.now());
  const leader = await repo.findLeader(deps.db, manager.scope, input.leaderId);
  if (!leader) throw AppError('VALIDATION', { field: 'leaderId', message: '「领导」不存在' });
  requireKeeper(actorOf(manager.auth), leader.orgId);
  await requireVisibleTasks(deps.db, manager.scope, input.taskIds, today);
  await requireStaffOrgs(deps.db, [input.filedWithOrgId], 'filedWithOrgId');
  if (await repo.dutyListExists(deps.db, input.leaderId, input.year)) throw AppError('VALIDATION', { field: 'year', message: `「年度」${input.year}年的职责清单已建立，请修改原清单` });
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const id = await repo.insertDutyList(tx, { ...input, orgId: leader.orgId, regionCode: leader.regionCode, createdAt: at, updatedAt: at });
    await appendAudit(tx, audit(who, at, 'duty_list.create', 'duty_list', id, leader.regionCode, { leaderId: leader.id, year: input.year, items: input.items.length, tasks: input.taskIds.length }));
    return id;
  });
}

export async function updateDutyList(
  deps: LeaderDeps,
  scope: PlanScope,
  actor: WorkflowActor,
  who: Initiator,
  id: string,
  input: Partial<Pick<DutyListInput, 'items' | 'taskIds' | 'filedWithOrgId'>> & { version: number; filedOn?: string | null },
): Promise<void> {
  const row = await repo.findDutyList(deps.db, scope, id);
  if (!row) throw AppError('NOT_FOUND');
  requireKeeper(actor, row.orgId);
  if (input.taskIds) await requireVisibleTasks(deps.db, scope, input.taskIds, chinaDate(deps.clock.now()));
  if (input.filedWithOrgId !== undefined) await requireStaffOrgs(deps.db, [input.filedWithOrgId], 'filedWithOrgId');
  const { version, ...changes } = input;
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (!(await repo.updateDutyListIfVersion(tx, id, version, { ...changes, updatedAt: at }))) throw AppError('CONFLICT');
    await appendAudit(tx, audit(who, at, input.filedOn ? 'duty_list.file' : 'duty_list.update', 'duty_list', id, row.regionCode, { changes }));
  });
}

/** 报上级备案: records the filing day (today unless given); needs a filing org. */
export async function fileDutyList(deps: LeaderDeps, scope: PlanScope, actor: WorkflowActor, who: Initiator, id: string, input: { version: number; filedOn?: string | undefined }): Promise<void> {
  const row = await repo.findDutyList(deps.db, scope, id);
  if (!row) throw AppError('NOT_FOUND');
  if (row.filedWithOrgId === null) throw AppError('VALIDATION', { field: 'filedWithOrgId', message: '「备案单位」未设定，不能报备' });
  await updateDutyList(deps, scope, actor, who, id, { version: input.version, filedOn: input.filedOn ?? chinaDate(deps.clock.now()) });
}

// ---- working groups ----

export async function presentWorkingGroups(db: Db, rows: readonly repo.WorkingGroupRow[], actor: WorkflowActor): Promise<WorkingGroupView[]> {
  const names = await orgsByIds(db, rows.flatMap((r) => [r.orgId, ...r.members.flatMap((m) => (m.orgId ? [m.orgId] : []))]));
  return rows.map((r) => ({
    id: r.id,
    orgId: r.orgId,
    orgName: names.get(r.orgId)?.name ?? '',
    regionCode: r.regionCode,
    name: r.name,
    kind: r.kind,
    members: r.members.map((m) => ({ ...m, orgName: m.orgId ? (names.get(m.orgId)?.name ?? null) : null })),
    version: r.version,
    editable: isIssuer(actor, r.orgId),
  }));
}

async function membersWithUnits(db: Db, members: WorkingGroupInput['members']) {
  const found = await requireStaffOrgs(db, members.map((m) => m.orgId), 'members');
  return members.map((m) => ({ ...m, unit: m.unit || (m.orgId ? (found.get(m.orgId)?.name ?? '') : ''), userId: null }));
}

export async function createWorkingGroup(deps: LeaderDeps, manager: PlanManager, who: Initiator, input: WorkingGroupInput): Promise<string> {
  const members = await membersWithUnits(deps.db, input.members);
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const id = await repo.insertWorkingGroup(tx, { ...input, members, orgId: manager.org.id, regionCode: manager.org.regionCode, createdAt: at, updatedAt: at });
    await appendAudit(tx, audit(who, at, 'working_group.create', 'working_group', id, manager.org.regionCode, { name: input.name, members: members.length }));
    return id;
  });
}

export async function updateWorkingGroup(deps: LeaderDeps, scope: PlanScope, actor: WorkflowActor, who: Initiator, id: string, input: Partial<WorkingGroupInput> & { version: number }): Promise<void> {
  const row = await repo.findWorkingGroup(deps.db, scope, id);
  if (!row) throw AppError('NOT_FOUND');
  requireKeeper(actor, row.orgId);
  const { version, members, ...rest } = input;
  const changes = { ...rest, ...(members ? { members: await membersWithUnits(deps.db, members) } : {}) };
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (!(await repo.updateWorkingGroupIfVersion(tx, id, version, { ...changes, updatedAt: at }))) throw AppError('CONFLICT');
    await appendAudit(tx, audit(who, at, 'working_group.update', 'working_group', id, row.regionCode, { name: changes.name ?? row.name, members: changes.members?.length ?? row.members.length }));
  });
}

// ---- 履职档案 ----

/**
 * A leader's 履职档案 for a year, assembled from the records: duty lists, meetings chaired, tasks owned (assigned
 * to the leader or on the leader's duty list) with their status, and the meeting-cadence check of the leader's role.
 */
export async function leaderRecord(db: Db, scope: PlanScope, actor: WorkflowActor, id: string, year: number, today: string): Promise<LeaderRecord> {
  const row = await repo.findLeader(db, scope, id);
  if (!row) throw AppError('NOT_FOUND');
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [[leader], lists, chaired, owned] = await Promise.all([
    presentLeaders(db, [row], actor),
    repo.listDutyLists(db, scope, { leaderId: id, year }),
    meetingsChairedBy(db, scope, [id], from, to),
    listTasks(db, scope, { leaderId: id }, today, 1, 500),
  ]);
  if (!leader) throw AppError('NOT_FOUND');
  const dutyLists = await presentDutyLists(db, scope, lists, actor, today);
  const onList = await taskSummaries(db, scope, lists.flatMap((l) => l.taskIds), today);
  const orgNames = await orgsByIds(db, [...owned.items.map((t) => t.task.leadOrgId), ...onList.map((t) => t.leadOrgId)].filter((o): o is string => o !== null));
  const tasksOwned = new Map<string, LeaderRecord['tasksOwned'][number]>();
  for (const { task, displayStatus } of owned.items) {
    tasksOwned.set(task.id, { id: task.id, code: task.code, name: task.name, dueDate: task.dueDate, displayStatus, leadOrgName: task.leadOrgId ? (orgNames.get(task.leadOrgId)?.name ?? null) : null });
  }
  for (const t of onList) {
    if (!tasksOwned.has(t.id)) tasksOwned.set(t.id, { id: t.id, code: t.code, name: t.name, dueDate: t.dueDate, displayStatus: t.displayStatus, leadOrgName: t.leadOrgId ? (orgNames.get(t.leadOrgId)?.name ?? null) : null });
  }
  const rule = cadenceRuleFor(row.role);
  const compliance = rule ? leaderCompliance(rule, chaired, from, to, today) : null;
  return {
    leader,
    year,
    dutyLists,
    meetingsChaired: chaired.map((m) => ({ id: m.id, date: m.date, kind: m.kind, kindLabel: meetingKindLabels[m.kind], name: m.name })),
    tasksOwned: [...tasksOwned.values()],
    supervisionsLed: [],
    cadence: rule && compliance ? { rule: rule.basis, periods: compliance.periods, rate: compliance.rate } : null,
  };
}
