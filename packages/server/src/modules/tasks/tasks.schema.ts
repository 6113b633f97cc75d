import { z } from 'zod';
import { cadences, indicatorDirections, taskActions, taskDisplayStatuses, taskKinds, taskStatuses } from '@zhiben/core';
import { evidence, evidenceInput } from '../files/files.schema.ts';
import { int32, queryInt, regionCode12, str } from '../../lib/schemas.ts';
import { isoDate, patchOf, periodKey, requiredText, text, version } from '../plans/plans.fields.ts';
import { timelineFields } from '../../workflow/present.ts';
import { actionRequirements } from '../../workflow/requirements.schema.ts';

const milestoneInput = z.object({ label: requiredText(200), due: isoDate });
const indicatorInput = z.object({
  definition: requiredText(200),
  unit: text(16).default(''),
  baseline: z.number().nullable().default(null),
  target: z.number(),
  direction: z.enum(indicatorDirections).default('increase'),
  /** 'manual', or a figure Zhiben computes (GET /api/tasks/indicator-sources). */
  dataSource: text(64).default('manual'),
});
const recurrenceInput = z.object({ cadence: z.enum(cadences), from: isoDate });

export const taskFields = z.object({
  code: requiredText(40),
  actionCode: text(16).default(''),
  name: requiredText(200),
  body: text(20000).default(''),
  kind: z.enum(taskKinds),
  leadOrgId: z.uuid().nullable().default(null),
  coOrgIds: z.array(z.uuid()).max(50).default([]),
  responsible: text(64).default(''),
  leaderId: z.uuid().nullable().default(null),
  key: z.boolean().default(false),
  dueDate: isoDate.nullable().default(null),
  milestones: z.array(milestoneInput).max(30).default([]),
  indicator: indicatorInput.nullable().default(null),
  recurrence: recurrenceInput.nullable().default(null),
});
export const createTaskBody = taskFields.extend({ planId: z.uuid() });
export type CreateTaskInput = z.infer<typeof createTaskBody>;
export type TaskFieldsInput = z.infer<typeof taskFields>;

const evidenceList = z.array(evidenceInput).max(30).default([]);
export const taskActionBodies = {
  issue: z.object({ version, note: text(1000).default('') }),
  report_progress: z.object({
    version,
    text: requiredText(4000),
    percent: int32().min(0).max(100).nullable().default(null),
    evidence: evidenceList,
    /** Milestones (by position) reported done with this progress. */
    milestonesDone: z.array(int32().min(0).max(29)).max(30).default([]),
    /** A recurring duty's period reported done (e.g. 2025-Q2). */
    periodDone: periodKey.nullable().default(null),
    /** A manual indicator's current value. */
    indicatorValue: z.number().nullable().default(null),
  }),
  complete: z.object({ version, text: requiredText(4000), evidence: evidenceList, completedOn: isoDate.optional() }),
  add_note: z.object({ version, text: requiredText(4000), evidence: evidenceList }),
  reopen: z.object({ version, reason: requiredText(1000) }),
  revise: patchOf(taskFields).extend({ version }),
  cancel: z.object({ version, reason: requiredText(1000) }),
} as const satisfies Record<(typeof taskActions)[number], z.ZodType>;
export type TaskActionInputs = { [A in (typeof taskActions)[number]]: z.infer<(typeof taskActionBodies)[A]> };
export const taskActionParams = z.object({ id: z.uuid(), action: z.enum(taskActions) });

export const tasksQuery = z.object({
  planId: z.uuid().optional(),
  leadOrgId: z.uuid().optional(),
  /** mine: tasks the caller's org leads or shares. */
  mine: z.enum(['true']).optional(),
  actionCode: text(16).optional(),
  kind: z.enum(taskKinds).optional(),
  displayStatus: str()
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : []))
    .pipe(z.array(z.enum(taskDisplayStatuses))),
  q: text(64).optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  key: z.enum(['true', 'false']).optional(),
  roundId: z.uuid().optional(),
  leaderId: z.uuid().optional(),
  regionCode: regionCode12.optional(),
  page: queryInt().min(1).default(1),
  pageSize: queryInt().min(1).max(500).default(50),
});

const orgName = z.object({ id: z.uuid(), name: z.string() });

export const taskListItem = z.object({
  id: z.uuid(),
  planId: z.uuid().nullable(),
  code: z.string(),
  displayCode: z.string(),
  actionCode: z.string(),
  actionName: z.string(),
  name: z.string(),
  kind: z.enum(taskKinds),
  kindLabel: z.string(),
  leadOrg: orgName.nullable(),
  coOrgs: z.array(orgName),
  key: z.boolean(),
  dueDate: z.string().nullable(),
  nextDue: z.string().nullable(),
  issuedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  milestones: z.array(z.object({ label: z.string(), due: z.string(), doneOn: z.string().nullable(), overdue: z.boolean() })),
  status: z.enum(taskStatuses),
  displayStatus: z.enum(taskDisplayStatuses),
  displayStatusLabel: z.string(),
  progressPercent: int32().nullable(),
  regionCode: z.string(),
});
export type TaskListItem = z.infer<typeof taskListItem>;
export const tasksResponse = z.object({ items: z.array(taskListItem), total: int32() });

export const taskView = taskListItem.extend({
  planName: z.string().nullable(),
  issuerOrg: orgName,
  body: z.string(),
  responsible: z.string(),
  leader: z.object({ id: z.uuid(), name: z.string(), post: z.string() }).nullable(),
  indicator: z
    .object({
      definition: z.string(),
      unit: z.string(),
      baseline: z.number().nullable(),
      target: z.number(),
      direction: z.enum(indicatorDirections),
      dataSource: z.string(),
      dataSourceLabel: z.string(),
      value: z.number().nullable(),
      valueOn: z.string().nullable(),
      progress: z.number().nullable(),
      met: z.boolean(),
    })
    .nullable(),
  recurrence: z.object({ cadence: z.enum(cadences), from: z.string(), occurrences: z.array(z.object({ period: z.string(), label: z.string(), due: z.string(), done: z.boolean() })) }).nullable(),
  roundId: z.uuid().nullable(),
  reference: z.object({ kind: z.string(), id: z.string(), label: z.string() }).nullable(),
  issueBlocked: z.string().nullable(),
  version: int32(),
  actions: z.array(z.enum(taskActions)),
  requirements: actionRequirements(taskActions),
  ...timelineFields,
  attachments: z.array(evidence.extend({ seq: int32() })),
});
export type TaskView = z.infer<typeof taskView>;

// ---- figures, board, ranking ----

export const taskFiguresQuery = z.object({
  by: z.enum(['none', 'org', 'action', 'month', 'quarter', 'year', 'region']).default('org'),
  planId: z.uuid().optional(),
  regionCode: regionCode12.optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
});
const figureRow = z.object({
  key: z.string(),
  label: z.string(),
  total: int32(),
  due: int32(),
  done: int32(),
  doneOnTime: int32(),
  overdue: int32(),
  open: int32(),
  onTimeRate: z.number().nullable(),
  /** Drill-down: the region a row stands for (by = region), to ask again with. */
  regionCode: z.string().nullable(),
});
export const taskFiguresResponse = z.object({ asOf: z.string(), by: z.string(), region: z.object({ code: z.string(), name: z.string() }).nullable(), rows: z.array(figureRow), total: figureRow });
export type TaskFiguresResponse = z.infer<typeof taskFiguresResponse>;

export const boardQuery = z.object({ planId: z.uuid().optional(), regionCode: regionCode12.optional(), soonDays: queryInt().min(1).max(90).default(30) });
const counts = z.object({ total: int32(), notStarted: int32(), inProgress: int32(), done: int32(), overdue: int32(), dueSoon: int32() });
export const boardResponse = z.object({
  asOf: z.string(),
  actions: z.array(z.object({ code: z.string(), name: z.string(), counts })),
  orgs: z.array(z.object({ id: z.uuid().nullable(), name: z.string(), counts })),
  cells: z.array(z.object({ actionCode: z.string(), orgId: z.uuid().nullable(), counts })),
  gantt: z.array(z.object({ id: z.uuid(), displayCode: z.string(), name: z.string(), leadOrgName: z.string().nullable(), start: z.string(), end: z.string(), displayStatus: z.enum(taskDisplayStatuses), milestones: z.array(z.object({ label: z.string(), due: z.string(), done: z.boolean() })) })),
});
export type BoardResponse = z.infer<typeof boardResponse>;

export const rankingQuery = z.object({ regionCode: regionCode12.optional(), planId: z.uuid().optional() });
export const rankingResponse = z.object({
  asOf: z.string(),
  rows: z.array(
    z.object({
      orgId: z.uuid(),
      orgName: z.string(),
      tasks: figureRow.omit({ key: true, label: true, regionCode: true }),
      taskRank: int32().nullable(),
      returns: z.object({ expected: int32(), onTime: int32(), late: int32(), missing: int32(), onTimeRate: z.number().nullable() }),
      returnRank: int32().nullable(),
    }),
  ),
});
export type RankingResponse = z.infer<typeof rankingResponse>;

export const indicatorSourcesResponse = z.object({
  items: z.array(z.object({ key: z.string(), label: z.string(), unit: z.string(), direction: z.enum(indicatorDirections), available: z.boolean(), note: z.string() })),
});

/** The list's query as the repository's filter (`mine`: tasks the caller's org leads or shares); the 待办 count uses it too. */
export function taskFilterOf(query: Omit<z.infer<typeof tasksQuery>, 'page' | 'pageSize'>, scope: { orgId?: string | null }) {
  const { mine, key, displayStatus, ...rest } = query;
  return { ...rest, displayStatus, key: key === undefined ? undefined : key === 'true', orgId: mine ? (scope.orgId ?? undefined) : undefined };
}
