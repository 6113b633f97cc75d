import { planFilingState, planFilingStateLabels, planKindLabels, planStatusLabels, taskDisplayStatuses, type WorkflowActor, type PlanScope, type TaskDisplayStatus } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { taskScopeWhere } from '../tasks/tasks.repository.ts';
import { orgsByIds } from './plan-orgs.repository.ts';
import * as repo from './plans.repository.ts';
import type { PlanListItem } from './plans.schema.ts';

/** List rows with org and region names, filing state and task counts (the tasks the caller sees). */
export async function presentPlanList(db: Db, scope: PlanScope, actor: WorkflowActor, rows: readonly repo.PlanRow[], today: string): Promise<PlanListItem[]> {
  const [names, regions, counts] = await Promise.all([
    orgsByIds(db, rows.flatMap((r) => [r.orgId, ...(r.filingOrgId ? [r.filingOrgId] : [])])),
    repo.regionNameMap(db, rows.map((r) => r.regionCode)),
    repo.taskCountsByPlan(db, rows.map((r) => r.id), today, taskScopeWhere(scope)),
  ]);
  return rows.map((r) => {
    const filingState = planFilingState({ filingDue: r.filingDue, filedOn: r.filedOn }, today);
    const found = counts.get(r.id) ?? {};
    const taskCounts = Object.fromEntries(taskDisplayStatuses.map((st) => [st, found[st] ?? 0])) as Record<TaskDisplayStatus, number>;
    return {
      id: r.id,
      orgId: r.orgId,
      orgName: names.get(r.orgId)?.name ?? '',
      regionCode: r.regionCode,
      regionName: regions.get(r.regionCode) ?? r.regionCode,
      kind: r.kind,
      kindLabel: planKindLabels[r.kind],
      parentId: r.parentId,
      name: r.name,
      docNo: r.docNo,
      issuedOn: r.issuedOn,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      status: r.status,
      statusLabel: planStatusLabels[r.status],
      filingOrgName: r.filingOrgId ? (names.get(r.filingOrgId)?.name ?? null) : null,
      filingDue: r.filingDue,
      filedOn: r.filedOn,
      filingState,
      filingStateLabel: planFilingStateLabels[filingState],
      taskCounts,
      own: actor.orgId === r.orgId,
    };
  });
}

