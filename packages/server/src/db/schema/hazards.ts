import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.ts';
import { workflowEventColumns } from './workflow.ts';
import { users } from './auth.ts';
import { enterprises } from './enterprises.ts';
import { orgs } from './orgs.ts';

// ---- hazards (重大事故隐患数据库) ----

export type HazardPlanColumn = {
  responsible: string;
  measures: string;
  fundsWanYuan: number | null;
  deadline: string | null;
  contingency: string;
};
export type HazardListingColumn = {
  level: 'national' | 'province' | 'city' | 'county' | 'township';
  orgId: string;
  orgName: string;
  docNo: string;
  deadline: string;
  listedAt: string;
};
export type PendingExtensionColumn = { reason: string; interimControls: string; newDeadline: string; requestedAt: string };

export const hazards = pgTable(
  'hazards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hazardNo: text('hazard_no').notNull(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    // Copied from the enterprise at finding time: statistics follow where it was found, not later moves.
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    sector: text('sector').notNull(),
    level: text('level').$type<'general' | 'major'>().notNull(),
    source: text('source')
      .$type<'self_inspection' | 'supervision' | 'enforcement' | 'tip' | 'worker_report' | 'monitoring' | 'expert' | 'accident'>()
      .notNull(),
    criterionIds: text('criterion_ids').array().notNull().default(sql`'{}'::text[]`),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    location: text('location').notNull().default(''),
    foundAt: date('found_at', { mode: 'string' }).notNull(),
    foundByOrgId: uuid('found_by_org_id').references(() => orgs.id),
    foundByUserId: uuid('found_by_user_id').references(() => users.id),
    foundByEnterprise: boolean('found_by_enterprise').notNull().default(false),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    plan: jsonb('plan').$type<HazardPlanColumn>(),
    interimControls: text('interim_controls').notNull().default(''),
    status: text('status')
      .$type<'pending_confirmation' | 'rectifying' | 'pending_verification' | 'closed' | 'dismissed' | 'merged'>()
      .notNull(),
    fixedOnSite: boolean('fixed_on_site').notNull().default(false),
    listing: jsonb('listing').$type<HazardListingColumn>(),
    pendingExtension: jsonb('pending_extension').$type<PendingExtensionColumn>(),
    mergedInto: uuid('merged_into'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }),
    // Fingerprint (character bigrams) of title + description + location for duplicate detection at intake.
    fingerprint: text('fingerprint').array().notNull().default(sql`'{}'::text[]`),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('hazards_no_uq').on(t.hazardNo),
    index('hazards_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    index('hazards_enterprise_idx').on(t.enterpriseId, t.status),
    index('hazards_status_deadline_idx').on(t.status, t.deadline),
    index('hazards_found_at_idx').on(t.foundAt),
  ],
);

/** Append-only, hash-chained per hazard (UPDATE/DELETE revoked from the app role and blocked by trigger). */
export const hazardEvents = pgTable(
  'hazard_events',
  {
    ...workflowEventColumns(),
    hazardId: uuid('hazard_id')
      .notNull()
      .references(() => hazards.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
  },
  (t) => [uniqueIndex('hazard_events_seq_uq').on(t.hazardId, t.seq), index('hazard_events_at_idx').on(t.at)],
);

// Hazard numbers (隐患编号) come from one PostgreSQL sequence per county and year, hazard_no_<county>_<year>,
// created on first use by the function zhiben_hazard_seqs (migration …_hazard_number_sequences): nextval is
// atomic and outside transactions, so allocating a number locks nothing until commit (hazards.repository.ts).

/** A retried create with the same Idempotency-Key returns the first answer. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    response: jsonb('response').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('idempotency_keys_pk').on(t.userId, t.key)],
);

/** Uploaded evidence, stored on disk by content hash (outside the web root); this row is its metadata. */
