import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { Cadence, IndicatorDirection, Milestone, TaskKind, TaskStatus } from '@zhiben/core';
import { timestamps } from './columns.ts';
import { orgs } from './orgs.ts';
import { leaders, plans } from './plans.ts';
import { workflowEventTable } from './workflow.ts';

// ---- Module B-1: tasks (任务清单), including the 督办交办 items decided at a dispatch meeting ----

export type TaskIndicatorColumn = {
  definition: string;
  unit: string;
  baseline: number | null;
  target: number;
  direction: IndicatorDirection;
  /** 'manual', or a figure Zhiben computes (modules/tasks/indicator-sources.ts), read live. */
  dataSource: string;
  /** The latest value the lead org reported (manual indicators). */
  value: number | null;
  valueOn: string | null;
};
export type TaskRecurrenceColumn = { cadence: Cadence; from: string };
/** Where a task came from: a problem raised in a return or a round, a hazard, a tip. */
export type TaskReferenceColumn = { kind: 'problem' | 'hazard' | 'tip' | 'task'; id: string; label: string };

export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The plan it belongs to; null for a 交办 item decided in a dispatch round outside any plan. */
    planId: uuid('plan_id').references(() => plans.id),
    /** The 安委办 that issues it (the plan's, or the round's). */
    issuerOrgId: uuid('issuer_org_id')
      .notNull()
      .references(() => orgs.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /** The code as printed in the plan, e.g. （三）16, or 交办〔2025〕3号 for a dispatch decision. */
    code: text('code').notNull(),
    actionCode: text('action_code').notNull().default(''),
    actionName: text('action_name').notNull().default(''),
    name: text('name').notNull(),
    body: text('body').notNull().default(''),
    kind: text('kind').$type<TaskKind>().notNull(),
    leadOrgId: uuid('lead_org_id').references(() => orgs.id),
    coOrgIds: uuid('co_org_ids').array().notNull().default(sql`'{}'::uuid[]`),
    responsible: text('responsible').notNull().default(''),
    /** The leader who owns it (履职档案). */
    leaderId: uuid('leader_id').references(() => leaders.id),
    /** 重点工作 (the key-work ledger of 004's 二清单一台账). */
    key: boolean('key').notNull().default(false),
    dueDate: date('due_date', { mode: 'string' }),
    milestones: jsonb('milestones').$type<Milestone[]>().notNull().default(sql`'[]'::jsonb`),
    indicator: jsonb('indicator').$type<TaskIndicatorColumn>(),
    recurrence: jsonb('recurrence').$type<TaskRecurrenceColumn>(),
    donePeriods: text('done_periods').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').$type<TaskStatus>().notNull(),
    /** core nextDue(): the earliest date still owed; overdue = open and next_due < today (derived, like a hazard's 逾期). */
    nextDue: date('next_due', { mode: 'string' }),
    issuedOn: date('issued_on', { mode: 'string' }),
    completedOn: date('completed_on', { mode: 'string' }),
    progressPercent: integer('progress_percent'),
    lastProgressAt: timestamp('last_progress_at', { withTimezone: true }),
    /** A dispatch round's decision. */
    roundId: uuid('round_id'),
    reference: jsonb('reference').$type<TaskReferenceColumn>(),
    sort: integer('sort').notNull().default(0),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('tasks_plan_code_uq').on(t.planId, t.code),
    index('tasks_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    index('tasks_lead_org_idx').on(t.leadOrgId, t.status),
    index('tasks_co_orgs_idx').using('gin', t.coOrgIds),
    index('tasks_plan_sort_idx').on(t.planId, t.sort),
    index('tasks_round_idx').on(t.roundId),
    index('tasks_leader_idx').on(t.leaderId),
  ],
);

/** The task's timeline: creation or import, 下发, progress with evidence, notes, completion, 退回, 取消. */
export const taskEvents = workflowEventTable('task_events', 'task_id', () => tasks.id);
