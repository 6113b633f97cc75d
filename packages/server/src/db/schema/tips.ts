import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.ts';
import { workflowEventColumns } from './workflow.ts';
import { users } from './auth.ts';
import { enterprises } from './enterprises.ts';
import { files } from './files.ts';
import { hazards } from './hazards.ts';
import { orgs } from './orgs.ts';

// ---- tips (举报) and worker reports (从业人员内部报告) ----

export type TipInvestigationColumn = {
  findings: string;
  verified: boolean;
  violationKind: 'major_hazard' | 'illegal_act' | 'general_hazard' | 'none';
  penaltyYuan: number | null;
  at: string;
  byUserId: string;
};

/** Tip content and workflow. Reporter identity is NOT here: it lives encrypted in tip_identities. */
export const tips = pgTable(
  'tips',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tipNo: text('tip_no').notNull(),
    channel: text('channel').$type<'web' | 'phone' | 'letter' | 'visit' | 'worker'>().notNull(),
    status: text('status').$type<'received' | 'accepted' | 'investigating' | 'verified' | 'unfounded' | 'closed' | 'declined'>().notNull(),
    category: text('category').$type<'major_hazard' | 'illegal_act' | 'general_hazard'>().notNull(),
    targetName: text('target_name').notNull(),
    targetEnterpriseId: uuid('target_enterprise_id').references(() => enterprises.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    sector: text('sector'),
    address: text('address').notNull().default(''),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    content: text('content').notNull(),
    anonymous: boolean('anonymous').notNull(),
    hasIdentity: boolean('has_identity').notNull().default(false),
    receivingOrgId: uuid('receiving_org_id')
      .notNull()
      .references(() => orgs.id),
    handlingOrgId: uuid('handling_org_id').references(() => orgs.id),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** Last day (China time) to accept or decline: received + N working days. */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    declineReason: text('decline_reason').$type<'out_of_scope' | 'no_clear_target' | 'repeat'>(),
    declineNote: text('decline_note'),
    duplicateOfTipId: uuid('duplicate_of_tip_id'),
    investigation: jsonb('investigation').$type<TipInvestigationColumn>(),
    hazardId: uuid('hazard_id').references(() => hazards.id),
    rewardStatus: text('reward_status').$type<'none' | 'proposed' | 'approved' | 'paid'>().notNull().default('none'),
    rewardComputedYuan: integer('reward_computed_yuan'),
    rewardAmountYuan: integer('reward_amount_yuan'),
    rewardRule: text('reward_rule'),
    rewardProposedBy: uuid('reward_proposed_by'),
    rewardApprovedAt: timestamp('reward_approved_at', { withTimezone: true }),
    rewardPaidAt: date('reward_paid_at', { mode: 'string' }),
    rewardVoucherNo: text('reward_voucher_no'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('tips_no_uq').on(t.tipNo),
    index('tips_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    index('tips_status_due_idx').on(t.status, t.dueOn),
    index('tips_received_idx').on(t.receivedAt),
    index('tips_hazard_idx').on(t.hazardId),
  ],
);

/**
 * Reporter identity, one row per tip, every field sealed separately (SM4-CTR + HMAC-SM3, key outside the
 * database; see tip-crypto.ts). Kept apart from tips so no query of tip content can pick it up by accident.
 */
export const tipIdentities = pgTable('tip_identities', {
  tipId: uuid('tip_id')
    .primaryKey()
    .references(() => tips.id),
  name: text('name'),
  phone: text('phone'),
  idNumber: text('id_number'),
  bankAccount: text('bank_account'),
  bankName: text('bank_name'),
  ip: text('ip'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Receipt codes, stored only as HMAC-SM3 under a server key: lookup is an indexed equality. */
export const tipReceipts = pgTable(
  'tip_receipts',
  {
    codeHash: text('code_hash').primaryKey(),
    tipId: uuid('tip_id')
      .notNull()
      .references(() => tips.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('tip_receipts_tip_idx').on(t.tipId)],
);

/**
 * Each acknowledged public submission: Idempotency-Key replay, and merging the same content from the same IP
 * within 10 minutes. The IP and content are kept only as keyed hashes; the receipt code only sealed, for replay.
 */
export const tipSubmissions = pgTable(
  'tip_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tipId: uuid('tip_id')
      .notNull()
      .references(() => tips.id),
    idempotencyKey: text('idempotency_key'),
    contentHash: text('content_hash').notNull(),
    ipHash: text('ip_hash').notNull(),
    receiptSealed: text('receipt_sealed').notNull(),
    merged: boolean('merged').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('tip_submissions_key_uq').on(t.idempotencyKey), index('tip_submissions_dedupe_idx').on(t.contentHash, t.ipHash, t.createdAt)],
);

/** Append-only, hash-chained history of a tip (UPDATE/DELETE revoked from the app role and blocked by trigger). */
export const tipEvents = pgTable(
  'tip_events',
  {
    ...workflowEventColumns(),
    tipId: uuid('tip_id')
      .notNull()
      .references(() => tips.id),
    note: text('note').notNull().default(''),
    /** Shown to the reporter on lookup: officer replies and questions, and the reporter's own follow-ups. */
    message: text('message').$type<'officer_feedback' | 'officer_question' | 'reporter'>(),
  },
  (t) => [index('tip_events_tip_idx').on(t.tipId, t.id), uniqueIndex('tip_events_seq_uq').on(t.tipId, t.seq)],
);

export const tipAttachments = pgTable(
  'tip_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tipId: uuid('tip_id')
      .notNull()
      .references(() => tips.id),
    sha256: varchar('sha256', { length: 64 })
      .notNull()
      .references(() => files.sha256),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('tip_attachments_tip_idx').on(t.tipId)],
);

/** Next tip number per year. */
export const tipCounters = pgTable('tip_counters', {
  year: integer('year').primaryKey(),
  lastSeq: integer('last_seq').notNull(),
});

export const workerReports = pgTable(
  'worker_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportNo: text('report_no').notNull(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    content: text('content').notNull(),
    location: text('location').notNull().default(''),
    anonymous: boolean('anonymous').notNull(),
    reporterName: text('reporter_name'),
    viaLink: boolean('via_link').notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    status: text('status').$type<'open' | 'handled'>().notNull().default('open'),
    outcome: text('outcome').$type<'hazard_found' | 'no_issue'>(),
    note: text('note'),
    rewardYuan: integer('reward_yuan'),
    handledBy: uuid('handled_by').references(() => users.id),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('worker_reports_no_uq').on(t.reportNo),
    index('worker_reports_enterprise_idx').on(t.enterpriseId, t.receivedAt),
    index('worker_reports_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
  ],
);

/** The per-enterprise link employees use to report without an account. */
export const workerReportLinks = pgTable(
  'worker_report_links',
  {
    enterpriseId: uuid('enterprise_id')
      .primaryKey()
      .references(() => enterprises.id),
    token: text('token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('worker_report_links_token_uq').on(t.token)],
);
