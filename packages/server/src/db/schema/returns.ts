import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { ActivityKind, Cadence, DueRule, InvestmentCategory, ReturnKind, ReturnSection, ReturnStatus } from '@zhiben/core';
import { timestamps } from './columns.ts';
import { users } from './auth.ts';
import { orgs } from './orgs.ts';
import { plans } from './plans.ts';
import { workflowEventTable } from './workflow.ts';

// ---- Module B-2 / B-6: report requirements and the returns filed against them ----

export const reportRequirements = pgTable(
  'report_requirements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The issuing 安委办; it reviews the returns. */
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    planId: uuid('plan_id').references(() => plans.id),
    kind: text('kind').$type<ReturnKind>().notNull(),
    name: text('name').notNull(),
    cadence: text('cadence').$type<Cadence>().notNull(),
    dueRule: jsonb('due_rule').$type<DueRule>().notNull(),
    /** Days after the due date a late return is still accepted; then the period is closed. */
    graceDays: integer('grace_days').notNull(),
    /** Reminder to the reporting org's 联络员 this many days before the due date. */
    remindDaysBefore: integer('remind_days_before').notNull(),
    sections: text('sections').array().$type<ReturnSection[]>().notNull(),
    reportingOrgIds: uuid('reporting_org_ids').array().notNull(),
    startPeriod: text('start_period').notNull(),
    endPeriod: text('end_period'),
    active: boolean('active').notNull().default(true),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('report_requirements_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    index('report_requirements_orgs_idx').using('gin', t.reportingOrgIds),
  ],
);

export type ReturnTaskProgressColumn = { taskId: string; code: string; name: string; status: string; percent: number | null; text: string };
export type ReturnFigureColumn = { key: string; label: string; value: number | null; unit: string; source: 'zhiben' | 'manual' };
export type ReturnActivityColumn = { kind: ActivityKind; date: string; place: string; audience: number | null; note: string };
export type ReturnReportColumn = {
  text: string;
  taskProgress: ReturnTaskProgressColumn[];
  figures: ReturnFigureColumn[];
  problems: string[];
  nextSteps: string;
  /** 万元 per category, plus the 专项资金 in the budget. */
  investment: (Record<InvestmentCategory, number> & { specialFund: number }) | null;
  activities: ReturnActivityColumn[];
};

/** One return per requirement, period and org (unique): filed, sent back and filed again, locked once accepted. */
export const reportSubmissions = pgTable(
  'report_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requirementId: uuid('requirement_id')
      .notNull()
      .references(() => reportRequirements.id),
    period: text('period').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    /** The requirement's region and issuer (copied): who sees and reviews it. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    issuerOrgId: uuid('issuer_org_id')
      .notNull()
      .references(() => orgs.id),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status').$type<ReturnStatus>().notNull(),
    /** China date of the first filing: on time when ≤ due date (a return sent back keeps it). */
    firstFiledOn: date('first_filed_on', { mode: 'string' }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    report: jsonb('report').$type<ReturnReportColumn>().notNull(),
    reviewComment: text('review_comment').notNull().default(''),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('report_submissions_uq').on(t.requirementId, t.period, t.orgId),
    index('report_submissions_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    index('report_submissions_org_idx').on(t.orgId, t.period),
  ],
);

/** A return's timeline: every filing with its report (never overwritten), 审核通过, 退回修改. */
export const returnEvents = workflowEventTable('return_events', 'return_id', () => reportSubmissions.id);
