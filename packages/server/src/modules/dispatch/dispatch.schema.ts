import { z } from 'zod';
import { roundActions, roundStatuses } from '@zhiben/core';
import { int32, queryInt, str } from '../../lib/schemas.ts';
import { isoDate, monthKey, requiredText, text, version } from '../plans/plans.fields.ts';
import { returnRow } from '../returns/returns.schema.ts';
import { taskListItem } from '../tasks/tasks.schema.ts';
import { timelineFields } from '../../workflow/present.ts';
import { actionRequirements } from '../../workflow/requirements.schema.ts';

export const openRoundBody = z.object({ month: monthKey, planId: z.uuid().nullable().default(null), name: text(200).default('') });
export type OpenRoundInput = z.infer<typeof openRoundBody>;

export const roundActionBodies = {
  add_problem: z.object({ version, orgId: z.uuid().nullable().default(null), text: requiredText(2000), submissionId: z.uuid().nullable().default(null) }),
  hold_meeting: z.object({
    version,
    date: isoDate,
    chairLeaderId: z.uuid().nullable().default(null),
    chairName: text(32).default(''),
    chairPost: text(64).default(''),
    attendees: z.array(requiredText(64)).max(200).default([]),
    topics: z.array(requiredText(200)).max(50).default([]),
    minutes: text(20000).default(''),
    analysis: text(20000).default(''),
  }),
  decide: z.object({
    version,
    kind: z.enum(['assignment', 'milestone']),
    name: requiredText(200),
    body: text(4000).default(''),
    leadOrgId: z.uuid(),
    coOrgIds: z.array(z.uuid()).max(30).default([]),
    dueDate: isoDate,
    problemId: z.uuid().nullable().default(null),
  }),
  close: z.object({ version, docNo: requiredText(64), summary: text(4000).default('') }),
} as const satisfies Record<(typeof roundActions)[number], z.ZodType>;
export type RoundActionInputs = { [A in (typeof roundActions)[number]]: z.infer<(typeof roundActionBodies)[A]> };
export const roundActionParams = z.object({ id: z.uuid(), action: z.enum(roundActions) });

export const roundsQuery = z.object({
  year: queryInt().min(2024).max(2030).optional(),
  planId: z.uuid().optional(),
  page: queryInt().min(1).default(1),
  pageSize: queryInt().min(1).max(100).default(24),
});

export const roundListItem = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  regionCode: z.string(),
  month: z.string(),
  monthLabel: z.string(),
  name: z.string(),
  status: z.enum(roundStatuses),
  statusLabel: z.string(),
  docNo: z.string(),
  closedOn: z.string().nullable(),
  decisionCount: int32(),
  problemCount: int32(),
});
export type RoundListItem = z.infer<typeof roundListItem>;
export const roundsResponse = z.object({ items: z.array(roundListItem), total: int32() });

const problem = z.object({ id: z.string(), orgId: z.uuid().nullable(), orgName: z.string(), text: z.string(), source: z.enum(['return', 'manual']), submissionId: z.uuid().nullable() });

export const roundView = roundListItem.extend({
  planId: z.uuid().nullable(),
  planName: z.string().nullable(),
  summary: z.string(),
  problems: z.array(problem),
  /** Problems the month's returns raised, to adopt with add_problem. */
  returnProblems: z.array(z.object({ submissionId: z.uuid(), orgId: z.uuid(), orgName: z.string(), text: z.string() })),
  meeting: z
    .object({ id: z.uuid(), date: z.string(), chairName: z.string(), chairPost: z.string(), attendees: z.array(z.string()), topics: z.array(z.string()), minutes: z.string(), analysis: z.string() })
    .nullable(),
  decisions: z.array(taskListItem),
  /** The month's returns: every org due, filed or not. */
  returns: z.object({ expected: int32(), onTime: int32(), late: int32(), missing: int32(), pending: int32(), rows: z.array(returnRow) }),
  version: int32(),
  actions: z.array(z.enum(roundActions)),
  requirements: actionRequirements(roundActions),
  ...timelineFields,
});
export type RoundView = z.infer<typeof roundView>;

export const documentKinds = ['monthly', 'quarterly', 'annual'] as const;
export const startDocumentBody = z.object({
  kind: z.enum(documentKinds),
  /** yyyy-mm (monthly), yyyy-Qn (quarterly), yyyy (annual). */
  period: str().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/, '应为 2026-10、2026-Q3 或 2026'),
  planId: z.uuid().nullable().default(null),
});
export const startDocumentQuery = z.object({ wait: z.enum(['true', 'false']).optional() });
