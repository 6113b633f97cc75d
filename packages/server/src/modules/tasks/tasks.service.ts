import { isIssuer, nextDue, regionPrefix, type Milestone, type PlanScope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import type { TaskIndicatorColumn } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { taskStream } from '../../workflow/streams.ts';
import { appendCreated, appendFirstEvents } from '../../workflow/timeline.ts';
import { inTransaction, type Unit } from '../../workflow/unit.ts';
import { findLeader } from '../leaders/leaders.repository.ts';
import { orgsByIds } from '../plans/plan-orgs.repository.ts';
import { findPlan, type PlanRow } from '../plans/plans.repository.ts';
import { isIndicatorSource } from './indicator-sources.ts';
import * as repo from './tasks.repository.ts';
import type { CreateTaskInput, TaskFieldsInput } from './tasks.schema.ts';

type Fields = Partial<TaskFieldsInput>;
type PlanContext = Pick<PlanRow, 'id' | 'orgId' | 'regionCode' | 'actionLines'>;

/**
 * Checks a task's fields against its plan and returns the columns they set: lead and co-responsible orgs are staff
 * orgs of the issuer's region subtree, the leader is one the issuer keeps, the 行动 is one of the plan's, a computed
 * indicator names a known source. Milestones keep the day they were done when they are kept.
 */
export async function checkTaskFields(ctx: Pick<ActionContext, 'db'> & { scope?: PlanScope }, existing: Pick<repo.TaskRow, 'regionCode' | 'planId' | 'milestones'> | null, fields: Fields, plan?: PlanContext): Promise<Partial<repo.TaskRow>> {
  const regionCode = plan?.regionCode ?? existing?.regionCode ?? '';
  const prefix = regionPrefix(regionCode);
  const changes: Partial<repo.TaskRow> = {};
  const orgIds = [...(fields.leadOrgId ? [fields.leadOrgId] : []), ...(fields.coOrgIds ?? [])];
  if (orgIds.length > 0) {
    const found = await orgsByIds(ctx.db, orgIds);
    const bad = (id: string) => {
      const org = found.get(id);
      return !org || org.kind === 'platform' || !org.regionCode.startsWith(prefix);
    };
    if (fields.leadOrgId && bad(fields.leadOrgId)) throw AppError('VALIDATION', { field: 'leadOrgId', message: '「牵头单位」不是本辖区的单位' });
    const badCo = (fields.coOrgIds ?? []).findIndex(bad);
    if (badCo >= 0) throw AppError('VALIDATION', { field: `coOrgIds.${badCo}`, message: `「配合单位」第${badCo + 1}项不是本辖区的单位` });
  }
  if (fields.leadOrgId !== undefined) changes.leadOrgId = fields.leadOrgId;
  if (fields.coOrgIds !== undefined) changes.coOrgIds = [...new Set(fields.coOrgIds)].filter((id) => id !== (fields.leadOrgId ?? null));
  if (fields.leaderId) {
    const leader = ctx.scope ? await findLeader(ctx.db, ctx.scope, fields.leaderId) : null;
    if (!leader || !leader.regionCode.startsWith(prefix)) throw AppError('VALIDATION', { field: 'leaderId', message: '「负责领导」不存在' });
  }
  if (fields.leaderId !== undefined) changes.leaderId = fields.leaderId;
  if (fields.actionCode !== undefined) {
    const line = plan?.actionLines.find((a) => a.code === fields.actionCode);
    if (fields.actionCode !== '' && plan && plan.actionLines.length > 0 && !line) throw AppError('VALIDATION', { field: 'actionCode', message: `「行动」${fields.actionCode}不是该方案的行动` });
    changes.actionCode = fields.actionCode;
    changes.actionName = line?.name ?? '';
  }
  if (fields.indicator !== undefined && fields.indicator !== null && !isIndicatorSource(fields.indicator.dataSource)) {
    throw AppError('VALIDATION', { field: 'indicator.dataSource', message: '「取数方式」不是平台可读取的数据' });
  }
  if (fields.indicator !== undefined) {
    changes.indicator = fields.indicator === null ? null : ({ ...fields.indicator, value: null, valueOn: null } satisfies TaskIndicatorColumn);
  }
  if (fields.milestones !== undefined) {
    const before = existing?.milestones ?? [];
    changes.milestones = fields.milestones.map((m): Milestone => ({ ...m, doneOn: before.find((b) => b.label === m.label && b.due === m.due)?.doneOn ?? null }));
  }
  for (const key of ['code', 'name', 'body', 'kind', 'responsible', 'key', 'dueDate', 'recurrence'] as const) {
    if (fields[key] !== undefined) Object.assign(changes, { [key]: fields[key] });
  }
  return changes;
}

/** The plan a task goes into: visible, and issued by the caller's own org (else 404 / 403). */
export async function requireOwnPlan(db: Db, scope: PlanScope, actor: ActionContext['actor'], planId: string): Promise<PlanRow> {
  const plan = await findPlan(db, scope, planId);
  if (!plan) throw AppError('NOT_FOUND', { field: 'planId', message: '方案不存在' });
  if (!isIssuer(actor, plan.orgId)) throw AppError('FORBIDDEN', { message: '仅制定方案的单位可以在方案中增加任务，上级只能查阅' });
  return plan;
}

/** A draft task in a plan (编号 unique within the plan), created with its first timeline event. */
export async function createTask(ctx: ActionContext, scope: PlanScope, input: CreateTaskInput, unit?: Unit): Promise<repo.TaskRow> {
  const plan = await requireOwnPlan(ctx.db, scope, ctx.actor, input.planId);
  const { planId: _planId, ...fields } = input;
  const changes = await checkTaskFields({ db: ctx.db, scope }, null, fields, plan);
  const codes = await repo.planTaskCodes(ctx.db, plan.id);
  if (codes.has(input.code)) throw AppError('TASK_CODE_TAKEN', { field: 'code', message: `方案中已有编号为「${input.code}」的任务` });
  const sort = (await repo.maxSort(ctx.db, plan.id)) + 1;
  const write = async (u: Unit) => {
    const values = newTaskValues(plan, changes, fields, sort, ctx.now);
    const [row] = await repo.insertTaskRows(u.tx, [values]);
    if (!row) throw AppError('TASK_CODE_TAKEN', { field: 'code' });
    await appendCreated(u, taskStream, row, createdEvent(ctx, row));
    return row;
  };
  return unit ? write(unit) : inTransaction(ctx.db, write);
}

function newTaskValues(plan: Pick<PlanRow, 'id' | 'orgId' | 'regionCode'>, changes: Partial<repo.TaskRow>, fields: TaskFieldsInput, sort: number, at: Date): repo.NewTask {
  const draft = {
    planId: plan.id,
    issuerOrgId: plan.orgId,
    regionCode: plan.regionCode,
    code: fields.code,
    actionCode: changes.actionCode ?? '',
    actionName: changes.actionName ?? '',
    name: fields.name,
    body: fields.body,
    kind: fields.kind,
    leadOrgId: changes.leadOrgId ?? null,
    coOrgIds: changes.coOrgIds ?? [],
    responsible: fields.responsible,
    leaderId: changes.leaderId ?? null,
    key: fields.key,
    dueDate: fields.dueDate,
    milestones: changes.milestones ?? [],
    indicator: changes.indicator ?? null,
    recurrence: fields.recurrence,
    donePeriods: [],
    status: 'draft' as const,
    sort,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  return { ...draft, nextDue: nextDue(draft) };
}

const createdEvent = (ctx: ActionContext, row: repo.TaskRow) => ({
  at: ctx.now,
  actorId: ctx.auth.user.id,
  actorName: ctx.who.name,
  kind: 'create',
  fromStatus: null,
  toStatus: row.status,
  payload: { code: row.code, name: row.name, leadOrgId: row.leadOrgId, dueDate: row.dueDate },
});

/** Imported rows as drafts in one transaction with their first events (set-based: one insert, one publish). */
export async function insertImportedTasks(ctx: ActionContext, plan: PlanRow, rows: { fields: TaskFieldsInput; changes: Partial<repo.TaskRow> }[], unit: Unit): Promise<repo.TaskRow[]> {
  if (rows.length === 0) return [];
  const first = (await repo.maxSort(unit.tx, plan.id)) + 1;
  const written = await repo.insertTaskRows(
    unit.tx,
    rows.map((r, i) => newTaskValues(plan, r.changes, r.fields, first + i, ctx.now)),
  );
  await appendFirstEvents(
    unit,
    taskStream,
    written.map((row) => ({ subject: row, event: { ...createdEvent(ctx, row), kind: 'import' } })),
  );
  return written;
}
