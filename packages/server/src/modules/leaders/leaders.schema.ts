import { z } from 'zod';
import { cadencePeriodStates, leaderRoles, meetingKinds, taskDisplayStatuses } from '@zhiben/core';
import { int32, queryInt, regionCode12, str } from '../../lib/schemas.ts';
import { isoDate, patchOf, requiredText, text, version } from '../plans/plans.fields.ts';

// ---- leaders ----

export const leaderBody = z.object({
  name: requiredText(32),
  post: requiredText(64),
  role: z.enum(leaderRoles),
  memberOrgId: z.uuid().nullable().default(null),
  sectors: z.array(text(40)).max(30).default([]),
  active: z.boolean().default(true),
  sort: int32().min(0).max(999).default(0),
});
export type LeaderInput = z.infer<typeof leaderBody>;
export const updateLeaderBody = patchOf(leaderBody).extend({ version });
export type LeaderUpdate = z.infer<typeof updateLeaderBody>;

export const leaderView = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  regionCode: z.string(),
  name: z.string(),
  post: z.string(),
  role: z.enum(leaderRoles),
  roleLabel: z.string(),
  memberOrgId: z.uuid().nullable(),
  memberOrgName: z.string().nullable(),
  sectors: z.array(z.string()),
  active: z.boolean(),
  sort: int32(),
  version: int32(),
  editable: z.boolean(),
});
export type LeaderView = z.infer<typeof leaderView>;
export const leadersQuery = z.object({ role: z.enum(leaderRoles).optional(), active: z.enum(['true', 'false']).optional(), regionCode: regionCode12.optional() });
export const leadersResponse = z.object({ items: z.array(leaderView) });

// ---- duty lists (职责清单和年度任务清单) ----

export const dutyListBody = z.object({
  leaderId: z.uuid(),
  year: int32().min(2024).max(2030),
  items: z.array(z.object({ text: requiredText(500) })).min(1, '至少填写一项职责').max(60),
  taskIds: z.array(z.uuid()).max(200).default([]),
  filedWithOrgId: z.uuid().nullable().default(null),
});
export type DutyListInput = z.infer<typeof dutyListBody>;
export const updateDutyListBody = patchOf(dutyListBody.omit({ leaderId: true, year: true })).extend({ version });
export const fileDutyListBody = z.object({ version, filedOn: isoDate.optional() });

export const dutyListView = z.object({
  id: z.uuid(),
  leaderId: z.uuid(),
  leaderName: z.string(),
  leaderPost: z.string(),
  year: int32(),
  items: z.array(z.object({ text: z.string() })),
  tasks: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string(), displayStatus: z.enum(taskDisplayStatuses) })),
  filedWithOrgId: z.uuid().nullable(),
  filedWithOrgName: z.string().nullable(),
  filedOn: z.string().nullable(),
  version: int32(),
  editable: z.boolean(),
});
export type DutyListView = z.infer<typeof dutyListView>;
export const dutyListsQuery = z.object({ year: queryInt().min(2024).max(2030).optional(), leaderId: z.uuid().optional() });
export const dutyListsResponse = z.object({ items: z.array(dutyListView) });

// ---- working groups (领导小组、工作专班) ----

export const memberRoles = ['leader', 'deputy_leader', 'member', 'liaison'] as const;
export const memberRoleLabels: Record<(typeof memberRoles)[number], string> = { leader: '组长', deputy_leader: '副组长', member: '成员', liaison: '联络员' };
const member = z.object({
  name: requiredText(32),
  orgId: z.uuid().nullable().default(null),
  unit: text(64).default(''),
  post: text(64).default(''),
  phone: str().trim().regex(/^[0-9-]{0,20}$/, '应为电话号码').default(''),
  role: z.enum(memberRoles),
});
export const workingGroupBody = z.object({ name: requiredText(64), kind: z.enum(['leading_group', 'task_force']), members: z.array(member).max(200) });
export type WorkingGroupInput = z.infer<typeof workingGroupBody>;
export const updateWorkingGroupBody = patchOf(workingGroupBody).extend({ version });
export const workingGroupView = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  regionCode: z.string(),
  name: z.string(),
  kind: z.enum(['leading_group', 'task_force']),
  members: z.array(member.extend({ orgName: z.string().nullable(), userId: z.uuid().nullable() })),
  version: int32(),
  editable: z.boolean(),
});
export type WorkingGroupView = z.infer<typeof workingGroupView>;
export const workingGroupsResponse = z.object({ items: z.array(workingGroupView) });

// ---- 履职档案 ----

export const leaderRecordQuery = z.object({ year: queryInt().min(2024).max(2030).optional() });
export const leaderRecord = z.object({
  leader: leaderView,
  year: int32(),
  dutyLists: z.array(dutyListView),
  meetingsChaired: z.array(z.object({ id: z.uuid(), date: z.string(), kind: z.enum(meetingKinds), kindLabel: z.string(), name: z.string() })),
  tasksOwned: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string(), dueDate: z.string().nullable(), displayStatus: z.enum(taskDisplayStatuses), leadOrgName: z.string().nullable() })),
  /** 督导 led: supervision tours arrive with B-3; listed here as soon as they exist. */
  supervisionsLed: z.array(z.object({ id: z.uuid(), name: z.string(), date: z.string() })),
  cadence: z
    .object({
      rule: z.string(),
      periods: z.array(z.object({ period: z.string(), label: z.string(), count: int32(), required: int32(), state: z.enum(cadencePeriodStates) })),
      rate: z.number().nullable(),
    })
    .nullable(),
});
export type LeaderRecord = z.infer<typeof leaderRecord>;
