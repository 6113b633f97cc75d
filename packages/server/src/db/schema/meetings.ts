import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import type { MeetingKind } from '@zhiben/core';
import { timestamps } from './columns.ts';
import { users } from './auth.ts';
import { orgs } from './orgs.ts';
import { leaders } from './plans.ts';

// ---- Module B-2: leaders' meetings (专题会议、听取汇报、研究、调度、会商研判) ----

export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    kind: text('kind').$type<MeetingKind>().notNull(),
    name: text('name').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    chairLeaderId: uuid('chair_leader_id').references(() => leaders.id),
    chairName: text('chair_name').notNull(),
    chairPost: text('chair_post').notNull().default(''),
    attendees: text('attendees').array().notNull().default(sql`'{}'::text[]`),
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    taskIds: uuid('task_ids').array().notNull().default(sql`'{}'::uuid[]`),
    minutes: text('minutes').notNull().default(''),
    /** 会商研判: the analysis of problems and the measures proposed. */
    analysis: text('analysis').notNull().default(''),
    roundId: uuid('round_id'),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('meetings_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    index('meetings_chair_idx').on(t.chairLeaderId, t.date),
    index('meetings_org_date_idx').on(t.orgId, t.date),
  ],
);
