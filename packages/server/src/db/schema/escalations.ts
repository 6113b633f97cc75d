import { index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { enterprises } from './enterprises.ts';
import { hazards } from './hazards.ts';
import { orgs } from './orgs.ts';

export const escalations = pgTable(
  'escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<'letter' | 'circular' | 'interview' | 'exposure'>().notNull(),
    hazardId: uuid('hazard_id').references(() => hazards.id),
    /** Set for hazard and enterprise subjects; null for region and department subjects. */
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    /** Department (regulator org) subject of a 进展缓慢 escalation. */
    subjectOrgId: uuid('subject_org_id').references(() => orgs.id),
    /** The subject's region; for a region subject (no hazard, enterprise or org) the region itself. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    docNo: text('doc_no').notNull().default(''),
    note: text('note').notNull().default(''),
    orgId: uuid('org_id').references(() => orgs.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('escalations_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    index('escalations_hazard_idx').on(t.hazardId),
    index('escalations_subject_org_idx').on(t.subjectOrgId),
  ],
);

/** Who uploaded which content: identical bytes are stored once, but each uploader may attach and read them. */
