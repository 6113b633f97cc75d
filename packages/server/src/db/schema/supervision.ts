import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import type { SupervisionClass } from '@zhiben/core';
import { users } from './auth.ts';
import { enterprises } from './enterprises.ts';
import { orgs } from './orgs.ts';

// ---- Module A-4: 差异化监管 ----

/**
 * An enterprise's supervision class for a month (core classifyEnterprise), with its score and reasons as computed
 * then: a month's classes are kept, so a draw made in that month can be explained later.
 */
export const supervisionClasses = pgTable(
  'supervision_classes',
  {
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    /** yyyy-mm */
    period: text('period').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    sectors: text('sectors').array().notNull(),
    class: text('class').$type<SupervisionClass>().notNull(),
    score: integer('score').notNull(),
    reasons: text('reasons').array().notNull(),
    computedOn: date('computed_on', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ name: 'supervision_classes_pk', columns: [t.period, t.enterpriseId] }), index('supervision_classes_region_idx').using('btree', t.period, t.regionCode.op('text_pattern_ops'), t.class)],
);

/** 不放心企业: a manual watch list that forces class A (an officer's decision, with the reason and the org). */
export const watchList = pgTable('watch_list', {
  enterpriseId: uuid('enterprise_id')
    .primaryKey()
    .references(() => enterprises.id),
  orgId: uuid('org_id')
    .notNull()
    .references(() => orgs.id),
  reason: text('reason').notNull(),
  addedBy: uuid('added_by')
    .notNull()
    .references(() => users.id),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
});
