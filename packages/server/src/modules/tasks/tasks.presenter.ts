import {
  explainIssueBlocked,
  indicatorProgress,
  occurrences,
  taskDisplayStatusLabels,
  taskKindLabels,
  taskMachine,
  type WorkflowActor,
  type TaskDisplayStatus,
  type TaskFacts,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { leadersByIds } from '../leaders/leaders.repository.ts';
import { orgsByIds, type OrgSummary } from '../plans/plan-orgs.repository.ts';
import { presentWorkflow } from '../../workflow/present.ts';
import { taskStream } from '../../workflow/streams.ts';
import { presentTimeline } from '../../workflow/present.ts';
import { indicatorSources, readIndicator } from './indicator-sources.ts';
import { taskRequirements } from './tasks.workflow.ts';
import type { TaskRow } from './tasks.repository.ts';
import type { TaskListItem, TaskView } from './tasks.schema.ts';

/** （三）16: the code as printed, prefixed by its 行动 when the plan numbers items across actions. */
export const displayCode = (row: Pick<TaskRow, 'code' | 'actionCode'>): string => (row.actionCode && !row.code.startsWith(row.actionCode) ? `${row.actionCode}${row.code}` : row.code);

export const taskFacts = (row: TaskRow): TaskFacts => ({
  status: row.status,
  kind: row.kind,
  issuerOrgId: row.issuerOrgId,
  leadOrgId: row.leadOrgId,
  coOrgIds: row.coOrgIds,
  dueDate: row.dueDate,
  milestones: row.milestones,
  indicator: row.indicator,
  recurrence: row.recurrence,
});

const orgRef = (names: ReadonlyMap<string, OrgSummary>, id: string) => ({ id, name: names.get(id)?.name ?? '' });

export function presentTaskItem(row: TaskRow, displayStatus: TaskDisplayStatus, names: ReadonlyMap<string, OrgSummary>, today: string): TaskListItem {
  return {
    id: row.id,
    planId: row.planId,
    code: row.code,
    displayCode: displayCode(row),
    actionCode: row.actionCode,
    actionName: row.actionName,
    name: row.name,
    kind: row.kind,
    kindLabel: taskKindLabels[row.kind],
    leadOrg: row.leadOrgId ? orgRef(names, row.leadOrgId) : null,
    coOrgs: row.coOrgIds.map((id) => orgRef(names, id)),
    key: row.key,
    dueDate: row.dueDate,
    nextDue: row.nextDue,
    issuedOn: row.issuedOn,
    completedOn: row.completedOn,
    milestones: row.milestones.map((m) => ({ ...m, overdue: m.doneOn === null && (row.status === 'issued' || row.status === 'in_progress') && m.due < today })),
    status: row.status,
    displayStatus,
    displayStatusLabel: taskDisplayStatusLabels[displayStatus],
    progressPercent: row.progressPercent,
    regionCode: row.regionCode,
  };
}

export async function presentTaskList(db: Db, rows: readonly { task: TaskRow; displayStatus: TaskDisplayStatus }[], today: string): Promise<TaskListItem[]> {
  const names = await orgsByIds(db, rows.flatMap(({ task }) => [...(task.leadOrgId ? [task.leadOrgId] : []), ...task.coOrgIds]));
  return rows.map(({ task, displayStatus }) => presentTaskItem(task, displayStatus, names, today));
}

/**
 * The full view: the list item, the plan and issuer, the leader, the indicator with its value (read live for a
 * computed source, as of today) and progress, the recurring occurrences, the actions the caller may take and why
 * issuing is blocked.
 */
export async function presentTask(db: Db, row: TaskRow, displayStatus: TaskDisplayStatus, planName: string | null, actor: WorkflowActor, today: string): Promise<TaskView> {
  const [names, leaders, history] = await Promise.all([
    orgsByIds(db, [row.issuerOrgId, ...(row.leadOrgId ? [row.leadOrgId] : []), ...row.coOrgIds]),
    leadersByIds(db, row.leaderId ? [row.leaderId] : []),
    presentTimeline(db, taskStream, row),
  ]);
  const leader = row.leaderId ? leaders.get(row.leaderId) : undefined;
  let indicator: TaskView['indicator'] = null;
  if (row.indicator) {
    const i = row.indicator;
    const live = i.dataSource === 'manual' ? null : await readIndicator(db, i.dataSource, row.regionCode, today, today);
    const value = i.dataSource === 'manual' ? i.value : live;
    const progress = indicatorProgress({ baseline: i.baseline, target: i.target, direction: i.direction }, value);
    const label = i.dataSource === 'manual' ? '手工填报' : (indicatorSources().find((s) => s.key === i.dataSource)?.label ?? i.dataSource);
    indicator = { ...i, dataSourceLabel: label, value, valueOn: i.dataSource === 'manual' ? i.valueOn : today, progress: progress.progress, met: progress.met };
  }
  const blocked = row.status === 'draft' ? explainIssueBlocked(row) : null;
  return {
    ...presentTaskItem(row, displayStatus, names, today),
    planName,
    issuerOrg: orgRef(names, row.issuerOrgId),
    body: row.body,
    responsible: row.responsible,
    leader: leader ? { id: leader.id, name: leader.name, post: leader.post } : null,
    indicator,
    recurrence: row.recurrence && row.dueDate ? { ...row.recurrence, occurrences: occurrences(row.recurrence, row.dueDate, row.donePeriods, today) } : null,
    roundId: row.roundId,
    reference: row.reference,
    issueBlocked: blocked?.message ?? null,
    version: row.version,
    ...presentWorkflow(taskMachine, taskFacts(row), actor, (action) => taskRequirements(row, action, today)),
    ...history,
    attachments: history.timeline.flatMap((e) => (Array.isArray(e.payload.evidence) ? (e.payload.evidence as TaskView['attachments']).map((f) => ({ ...f, seq: e.seq })) : [])),
  };
}
