import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { BodyCheckAction, BodyCheckKind, ReviewResult, ServiceBodyStatus, ServiceBodyType, SupervisionPersonKind, SupervisionPersonStatus } from '@zhiben/core';
import { users } from './auth.ts';
import { timestamps } from './columns.ts';
import { enterprises } from './enterprises.ts';
import { orgs } from './orgs.ts';

// ---- Module A-6: 第三方服务机构 (register, reports, 复核, 政府购买服务) ----

export type ServiceLicence = { name: string; number: string; scope: string; expiresOn: string };
export type StaffCertificate = { name: string; number: string; expiresOn: string | null };

/** A body on an org's register (the committee's or a regulator's); seen by officers whose region covers `region_code`. */
export const serviceBodies = pgTable(
  'service_bodies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    /** The owner org's region (what scopes the body). */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    uscc: varchar('uscc', { length: 18 }).notNull(),
    name: text('name').notNull(),
    type: text('type').$type<ServiceBodyType>().notNull(),
    licences: jsonb('licences').$type<ServiceLicence[]>().notNull().default([]),
    /** The earliest licence expiry (kept in step with `licences`): the 待办 and list filter read it. */
    nextExpiry: date('next_expiry', { mode: 'string' }),
    contact: text('contact').notNull().default(''),
    phone: text('phone').notNull().default(''),
    status: text('status').$type<ServiceBodyStatus>().notNull().default('listed'),
    statusReason: text('status_reason').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('service_bodies_org_uscc_idx').on(t.orgId, t.uscc), index('service_bodies_region_idx').using('btree', t.regionCode.op('text_pattern_ops'))],
);

/**
 * A body's staff. The ID number is sealed like a premises owner's (SM4-CTR + HMAC-SM3, key outside the database,
 * context `service_body_staff:<id>:id_number`); only the masked form is shown.
 */
export const serviceBodyStaff = pgTable(
  'service_body_staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => serviceBodies.id),
    name: text('name').notNull(),
    phone: text('phone').notNull().default(''),
    idNumberSealed: text('id_number_sealed'),
    idNumberMasked: text('id_number_masked').notNull().default(''),
    certificate: jsonb('certificate').$type<StaffCertificate | null>(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('service_body_staff_body_idx').on(t.bodyId)],
);

/** A report a body issued for a client enterprise (安全评价报告, 检测报告 …); the region is the enterprise's. */
export const serviceReports = pgTable(
  'service_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => serviceBodies.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    type: text('type').notNull(),
    reportDate: date('report_date', { mode: 'string' }).notNull(),
    conclusion: text('conclusion').notNull().default(''),
    fileId: uuid('file_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_reports_body_idx').on(t.bodyId, t.reportDate)],
);

/** A quarter's 复核 draw over an org's bodies: one per org and quarter (what makes the draw idempotent), with its seed. */
export const serviceReviewDraws = pgTable(
  'service_review_draws',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    quarter: text('quarter').notNull(),
    /** HMAC-SM3 key of core drawReviewSample (hex): anyone can recompute the sample from it. */
    seed: text('seed').notNull(),
    ratePercent: integer('rate_percent').notNull(),
    drawnBy: uuid('drawn_by').references(() => users.id),
    drawnAt: timestamp('drawn_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('service_review_draws_org_quarter_idx').on(t.orgId, t.quarter)],
);

/** One report drawn for 复核, with its result once reviewed. */
export const serviceReportReviews = pgTable(
  'service_report_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    drawId: uuid('draw_id')
      .notNull()
      .references(() => serviceReviewDraws.id),
    reportId: uuid('report_id')
      .notNull()
      .references(() => serviceReports.id),
    /** 'YYYY-Qn' */
    quarter: text('quarter').notNull(),
    sampledAt: timestamp('sampled_at', { withTimezone: true }).notNull(),
    sampledBy: uuid('sampled_by').references(() => users.id),
    result: text('result').$type<ReviewResult>(),
    defects: text('defects').array().notNull().default(sql`'{}'::text[]`),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('service_report_reviews_report_idx').on(t.reportId), index('service_report_reviews_draw_idx').on(t.drawId)],
);

/** 政府购买服务: an org buys inspections from a body for some enterprises over a period. */
export const serviceContracts = pgTable(
  'service_contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => serviceBodies.id),
    scope: text('scope').notNull(),
    enterpriseIds: uuid('enterprise_ids').array().notNull().default(sql`'{}'::uuid[]`),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** 金额 in 分 (integer: no rounding of money). */
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    inspectionsContracted: integer('inspections_contracted').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [index('service_contracts_body_idx').on(t.bodyId)],
);

/** 安责险: an insurer (a body of type `insurer`) insures an enterprise over a period; periods of one body and enterprise do not overlap. */
export const insurancePolicies = pgTable(
  'insurance_policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => serviceBodies.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    /** The enterprise's region (what an officer's scope is checked against). */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    policyNo: text('policy_no').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** 保费 in 分, when known. */
    premiumFen: bigint('premium_fen', { mode: 'number' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('insurance_policies_body_idx').on(t.bodyId, t.enterpriseId, t.periodFrom), index('insurance_policies_enterprise_idx').on(t.enterpriseId)],
);

/** A 资质保持 / 过程控制 / 执业行为 check of a body; the action is recorded only (the status change is the body's PATCH). */
export const serviceBodyChecks = pgTable(
  'service_body_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => serviceBodies.id),
    kind: text('kind').$type<BodyCheckKind>().notNull(),
    checkedOn: date('checked_on', { mode: 'string' }).notNull(),
    result: text('result').$type<ReviewResult>().notNull(),
    findings: text('findings').array().notNull().default(sql`'{}'::text[]`),
    action: text('action').$type<BodyCheckAction>().notNull().default('none'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_body_checks_body_idx').on(t.bodyId, t.checkedOn)],
);

/**
 * Registers of 执法技术检查员 and 社会监督员 kept by an org (D14, M5); scoped like the bodies (region of the owner org).
 * The ID number is sealed (context `supervision_people:<id>:id_number`); only the masked form is shown.
 */
export const supervisionPeople = pgTable(
  'supervision_people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    kind: text('kind').$type<SupervisionPersonKind>().notNull(),
    name: text('name').notNull(),
    phone: text('phone').notNull().default(''),
    idNumberSealed: text('id_number_sealed'),
    idNumberMasked: text('id_number_masked').notNull().default(''),
    employer: text('employer').notNull().default(''),
    certificate: jsonb('certificate').$type<StaffCertificate | null>(),
    termFrom: date('term_from', { mode: 'string' }).notNull(),
    termTo: date('term_to', { mode: 'string' }).notNull(),
    status: text('status').$type<SupervisionPersonStatus>().notNull().default('active'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [index('supervision_people_region_idx').using('btree', t.regionCode.op('text_pattern_ops'), t.kind)],
);
