import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import type { GrantReason } from '@zhiben/core';
import { users } from './auth.ts';
import { enterprises } from './enterprises.ts';
import { orgs } from './orgs.ts';

/**
 * Two-person rule (三权分立): a business role or a move into an org/enterprise asked for by an administrator waits
 * here until a committee officer whose region covers `region_code` confirms it; only then is it applied to `users`.
 */
export const userGrants = pgTable(
  'user_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    roles: text('roles').array().notNull(),
    orgId: uuid('org_id').references(() => orgs.id),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    /** Region of the org or enterprise granted: which committee officers may confirm. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    status: text('status').$type<'pending' | 'confirmed' | 'rejected' | 'cancelled'>().notNull().default('pending'),
    /** Why it is asked: new access, or the account's own access back after an administrator reset its password. */
    reason: text('reason').$type<GrantReason>().notNull().default('access'),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    note: text('note').notNull().default(sql`''`),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('user_grants_user_idx').on(t.userId), index('user_grants_pending_region_idx').on(t.regionCode).where(sql`status = 'pending'`)],
);
