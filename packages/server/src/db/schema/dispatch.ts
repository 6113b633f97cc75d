import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { RoundStatus } from '@zhiben/core';
import { timestamps } from './columns.ts';
import { orgs } from './orgs.ts';
import { plans } from './plans.ts';
import { meetings } from './meetings.ts';
import { workflowEventTable } from './workflow.ts';

// ---- Module B-2: the monthly dispatch round (月调度) ----

export type RoundProblemColumn = { id: string; orgId: string | null; orgName: string; text: string; source: 'return' | 'manual'; submissionId: string | null };

export const dispatchRounds = pgTable(
  'dispatch_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    planId: uuid('plan_id').references(() => plans.id),
    /** yyyy-mm */
    month: text('month').notNull(),
    name: text('name').notNull(),
    status: text('status').$type<RoundStatus>().notNull(),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    problems: jsonb('problems').$type<RoundProblemColumn[]>().notNull().default(sql`'[]'::jsonb`),
    summary: text('summary').notNull().default(''),
    docNo: text('doc_no').notNull().default(''),
    closedOn: date('closed_on', { mode: 'string' }),
    /** Decisions numbered 交办〔yyyy〕n号 within the org and year. */
    decisionCount: integer('decision_count').notNull().default(0),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('dispatch_rounds_org_month_uq').on(t.orgId, t.month), index('dispatch_rounds_region_idx').using('btree', t.regionCode.op('text_pattern_ops'))],
);

/** A round's timeline: 开启, problems, the dispatch meeting, decisions, 印发调度通报. */
export const roundEvents = workflowEventTable('round_events', 'round_id', () => dispatchRounds.id);
