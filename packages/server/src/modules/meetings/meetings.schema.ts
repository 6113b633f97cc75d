import { z } from 'zod';
import { cadencePeriodStates, leaderRoles, meetingKinds } from '@zhiben/core';
import { int32, queryInt, regionCode12 } from '../../lib/schemas.ts';
import { isoDate, patchOf, requiredText, text, version } from '../plans/plans.fields.ts';

export const meetingBody = z.object({
  kind: z.enum(meetingKinds),
  name: requiredText(200),
  date: isoDate,
  /** A leader on record chairs it (counts for the cadence rules); else name and post are taken as given. */
  chairLeaderId: z.uuid().nullable().default(null),
  chairName: text(32).default(''),
  chairPost: text(64).default(''),
  attendees: z.array(requiredText(64)).max(200).default([]),
  topics: z.array(requiredText(200)).max(50).default([]),
  taskIds: z.array(z.uuid()).max(100).default([]),
  minutes: text(20000).default(''),
  analysis: text(20000).default(''),
});
export type MeetingInput = z.infer<typeof meetingBody>;
export const updateMeetingBody = patchOf(meetingBody).extend({ version });
export type MeetingUpdate = z.infer<typeof updateMeetingBody>;

export const meetingView = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  regionCode: z.string(),
  kind: z.enum(meetingKinds),
  kindLabel: z.string(),
  name: z.string(),
  date: z.string(),
  chairLeaderId: z.uuid().nullable(),
  chairName: z.string(),
  chairPost: z.string(),
  attendees: z.array(z.string()),
  topics: z.array(z.string()),
  tasks: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string() })),
  minutes: z.string(),
  analysis: z.string(),
  roundId: z.uuid().nullable(),
  version: int32(),
  editable: z.boolean(),
});
export type MeetingView = z.infer<typeof meetingView>;

export const meetingsQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  kind: z.enum(meetingKinds).optional(),
  chairLeaderId: z.uuid().optional(),
  page: queryInt().min(1).default(1),
  pageSize: queryInt().min(1).max(200).default(20),
});
export const meetingsResponse = z.object({ items: z.array(meetingView), total: int32() });

export const cadenceQuery = z.object({ year: queryInt().min(2024).max(2030).optional(), regionCode: regionCode12.optional() });
export const cadenceResponse = z.object({
  year: int32(),
  asOf: z.string(),
  leaders: z.array(
    z.object({
      leaderId: z.uuid(),
      name: z.string(),
      post: z.string(),
      role: z.enum(leaderRoles),
      regionCode: z.string(),
      rule: z.string(),
      periods: z.array(z.object({ period: z.string(), label: z.string(), count: int32(), required: int32(), state: z.enum(cadencePeriodStates) })),
      met: int32(),
      missed: int32(),
      rate: z.number().nullable(),
    }),
  ),
  /** Periods met over periods ended or met, all leaders together. */
  compliance: z.number().nullable(),
});
export type CadenceResponse = z.infer<typeof cadenceResponse>;
