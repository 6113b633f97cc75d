import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { ExpertSource, ExpertStatus, Qualification } from '@zhiben/core';
import { users } from './auth.ts';
import { inspections } from './inspections.ts';
import { orgs } from './orgs.ts';

// ---- Module A-5: 专家库 and 专家指导服务 ----

/**
 * An expert in a library. The library is its owner org's (a province, city or county committee or department:
 * the level follows the org's region). The ID number is sealed like a tip identity; lists show the masked form.
 * `conflictEnterpriseIds`: enterprises the expert works for or advises, never assigned to him (回避).
 */
export const experts = pgTable(
  'experts',
  {
    id: uuid('id').primaryKey(),
    ownerOrgId: uuid('owner_org_id')
      .notNull()
      .references(() => orgs.id),
    /** The owner org's region code: what scope reads. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    name: text('name').notNull(),
    phone: text('phone').notNull().default(''),
    idNumberSealed: text('id_number_sealed'),
    idNumberMasked: text('id_number_masked').notNull().default(''),
    /** HMAC of the ID number: one library lists a person once, without storing the number. */
    idNumberKey: text('id_number_key'),
    employer: text('employer').notNull().default(''),
    title: text('title').notNull().default(''),
    source: text('source').$type<ExpertSource>().notNull(),
    sectors: text('sectors').array().notNull(),
    topics: text('topics').array().notNull(),
    qualifications: jsonb('qualifications').$type<Qualification[]>().notNull(),
    /** The earliest qualification expiry, kept for the expiry filter and the 待办 count. */
    earliestExpiry: date('earliest_expiry', { mode: 'string' }),
    regionServed: varchar('region_served', { length: 12 }).notNull(),
    availability: text('availability').notNull().default(''),
    status: text('status').$type<ExpertStatus>().notNull(),
    statusReason: text('status_reason').notNull().default(''),
    conflictEnterpriseIds: uuid('conflict_enterprise_ids').array().notNull(),
    userId: uuid('user_id').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('experts_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    uniqueIndex('experts_user_idx').on(t.userId),
    uniqueIndex('experts_owner_id_number_idx').on(t.ownerOrgId, t.idNumberKey),
    check('experts_status_check', sql`${t.status} in ('active', 'suspended', 'withdrawn')`),
  ],
);

/** The rating of an expert after a visit (1–5 and a comment), by an officer of the org that held it: one per visit. */
export const expertRatings = pgTable(
  'expert_ratings',
  {
    id: uuid('id').primaryKey(),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    score: integer('score').notNull(),
    comment: text('comment').notNull().default(''),
    ratedBy: uuid('rated_by')
      .notNull()
      .references(() => users.id),
    ratedAt: timestamp('rated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('expert_ratings_visit_idx').on(t.expertId, t.inspectionId), check('expert_ratings_score_check', sql`${t.score} between 1 and 5`)],
);
