import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

// ---- reference data (small, replicated in a sharded deployment) ----

export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 12 }).primaryKey(),
    name: text('name').notNull(),
    level: text('level').$type<'province' | 'city' | 'county' | 'township' | 'village'>().notNull(),
    parentCode: varchar('parent_code', { length: 12 }),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);

export const sectors = pgTable('sectors', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  lead: text('lead').notNull(),
  co: jsonb('co').$type<string[]>().notNull(),
  highRisk: boolean('high_risk').notNull(),
  standards: jsonb('standards').$type<string[]>().notNull(),
  sort: integer('sort').notNull(),
});

export const standards = pgTable('standards', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  docNo: text('doc_no'),
  issuer: text('issuer'),
  kind: text('kind'),
  sector: text('sector'),
  published: text('published'),
  effective: text('effective'),
  supersedes: text('supersedes'),
  itemCount: integer('item_count'),
  textIncluded: boolean('text_included').notNull(),
  sort: integer('sort').notNull(),
});

export const criteria = pgTable(
  'criteria',
  {
    id: text('id').primaryKey(),
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id),
    // Item labels are numbers in most standards and letters (a, b, …) in some GB clause indexes.
    article: text('article'),
    item: text('item'),
    clause: text('clause'),
    group: text('group_name'),
    category: text('category'),
    lead: text('lead'),
    text: text('text'),
    topic: text('topic'),
    sort: integer('sort').notNull(),
  },
  (t) => [index('criteria_standard_idx').on(t.standardId, t.sort)],
);

// ---- organisations, people, sessions ----

export const orgs = pgTable(
  'orgs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<'committee' | 'regulator' | 'locality' | 'platform'>().notNull(),
    name: text('name').notNull(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (t) => [uniqueIndex('orgs_name_region_uq').on(t.regionCode, t.name)],
);

export const enterprises = pgTable(
  'enterprises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    uscc: varchar('uscc', { length: 18 }).notNull(),
    name: text('name').notNull(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    address: text('address').notNull().default(''),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    highRisk: boolean('high_risk').notNull().default(false),
    scale: text('scale').$type<'large' | 'medium' | 'small' | 'micro'>().notNull().default('small'),
    status: text('status').$type<'operating' | 'suspended' | 'closed'>().notNull().default('operating'),
    principalName: text('principal_name').notNull().default(''),
    principalPhone: text('principal_phone').notNull().default(''),
    controllerName: text('controller_name').notNull().default(''),
    controllerPhone: text('controller_phone').notNull().default(''),
    safetyManagerName: text('safety_manager_name').notNull().default(''),
    safetyManagerPhone: text('safety_manager_phone').notNull().default(''),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('enterprises_uscc_uq').on(t.uscc),
    // text_pattern_ops lets `region_code LIKE '3416%'` (scope prefix) use the index under any collation.
    index('enterprises_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    index('enterprises_sectors_idx').using('gin', t.sectors),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull(),
    orgId: uuid('org_id').references(() => orgs.id),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    disabled: boolean('disabled').notNull().default(false),
    totpSecret: text('totp_secret'),
    totpPendingSecret: text('totp_pending_secret'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username)],
);

/**
 * Failed-login counters keyed by the username as typed, whether or not such a user exists, so the
 * lockout answer never reveals which accounts exist.
 */
export const loginThrottle = pgTable('login_throttle', {
  username: text('username').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
});

export const sessions = pgTable(
  'sessions',
  {
    // sha-256 of the bearer token; the token itself is never stored.
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

// ---- audit (append-only; UPDATE/DELETE revoked from the app role and blocked by trigger) ----

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    ip: text('ip'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    regionCode: varchar('region_code', { length: 12 }),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_action_idx').on(t.action)],
);

// ---- background jobs (imports, exports, recomputation) ----

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    status: text('status').$type<'queued' | 'running' | 'succeeded' | 'failed'>().notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    result: jsonb('result').$type<Record<string, unknown>>(),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('jobs_created_by_idx').on(t.createdBy)],
);

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
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    hazardId: uuid('hazard_id')
      .notNull()
      .references(() => hazards.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    seq: integer('seq').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [uniqueIndex('hazard_events_seq_uq').on(t.hazardId, t.seq), index('hazard_events_at_idx').on(t.at)],
);

/**
 * Statistics facts derived from hazards + their timelines (DESIGN §5, modules/stats/stats.spans.ts): one row per
 * hazard and period [validFrom, validTo) of days over which its state, deadline and listing as they stood at the
 * end of the day stay the same; validTo 'infinity' for the current period. Merged hazards have no rows. Kept
 * current in the transaction of every hazard write (refreshStatSpans) and rebuilt by `npm run stats:rebuild`;
 * no foreign key, as it is derived data that the rebuild replaces wholesale.
 */
export const hazardStatSpans = pgTable(
  'hazard_stat_spans',
  {
    hazardId: uuid('hazard_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    sector: text('sector').notNull(),
    level: text('level').notNull(),
    source: text('source').notNull(),
    foundOn: date('found_on', { mode: 'string' }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }).notNull(),
    state: text('state').$type<'open' | 'closed' | 'dismissed'>().notNull(),
    deadline: date('deadline', { mode: 'string' }),
    listed: boolean('listed').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** China date the hazard first stopped being open (closed or dismissed), for the stock burn-down. */
    endedOn: date('ended_on', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('hazard_stat_spans_pk').on(t.hazardId, t.validFrom),
    index('hazard_stat_spans_region_idx').using('btree', t.regionCode.op('text_pattern_ops'), t.validTo),
  ],
);

/**
 * Statistics cubes (DESIGN §5, modules/stats/stats.cubes.ts): additive aggregates of hazard_stat_spans per area
 * (province, city and county code prefixes: every span counts in all three) and sector, so a dashboard reads a
 * few thousand rows instead of every hazard in scope. `month` 'infinity' rows aggregate the current spans (today);
 * other months hold the change in that month (+1 for spans starting in it, −1 for spans ending in it), so a
 * month end's figures are the sum of the months up to it. Kept in the same transaction as the facts
 * (refreshStatSpans) and rebuilt from them by `npm run stats:rebuild`.
 */
export const statCubeCounts = pgTable(
  'stat_cube_counts',
  {
    area: varchar('area', { length: 9 }).notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    sector: text('sector').notNull(),
    state: text('state').notNull(),
    foundMonth: date('found_month', { mode: 'string' }).notNull(),
    source: text('source').notNull(),
    n: integer('n').notNull(),
    nMajor: integer('n_major').notNull(),
  },
  (t) => [primaryKey({ columns: [t.area, t.month, t.sector, t.state, t.foundMonth, t.source] })],
);

/** Open spans by deadline in force ('infinity' = none yet), level and listing: overdue and ageing as of any D. */
export const statCubeOpen = pgTable(
  'stat_cube_open',
  {
    area: varchar('area', { length: 9 }).notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    sector: text('sector').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    level: text('level').notNull(),
    listed: boolean('listed').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.area, t.month, t.sector, t.deadline, t.level, t.listed] })],
);

/** Closed spans by days from finding to closing: an exact histogram for the median and p90. */
export const statCubeClosedDays = pgTable(
  'stat_cube_closed_days',
  {
    area: varchar('area', { length: 9 }).notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    sector: text('sector').notNull(),
    days: integer('days').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.area, t.month, t.sector, t.days] })],
);

/** Stock hazards (current spans) by the day they stopped being open ('infinity' = still open): the burn-down. */
export const statCubeStockEndings = pgTable(
  'stat_cube_stock_endings',
  {
    area: varchar('area', { length: 9 }).notNull(),
    sector: text('sector').notNull(),
    endedOn: date('ended_on', { mode: 'string' }).notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.area, t.sector, t.endedOn] })],
);

/** Next hazard number per county and year; incremented atomically so numbers are never reused. */
export const hazardCounters = pgTable(
  'hazard_counters',
  {
    countyCode: varchar('county_code', { length: 6 }).notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [uniqueIndex('hazard_counters_pk').on(t.countyCode, t.year)],
);

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
export const files = pgTable('files', {
  sha256: varchar('sha256', { length: 64 }).primaryKey(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  originalName: text('original_name').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Outbox: written in the transaction of the change, delivered by a worker to pluggable channels. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hazardId: uuid('hazard_id').references(() => hazards.id),
    regionCode: varchar('region_code', { length: 12 }),
    recipientUserId: uuid('recipient_user_id').references(() => users.id),
    recipientName: text('recipient_name').notNull(),
    recipientAddress: text('recipient_address').notNull().default(''),
    channel: text('channel').$type<'in_app' | 'sms' | 'email'>().notNull(),
    template: text('template').notNull(),
    // Unique per (hazard, template, dedupe key): a daily job can run twice without double reminders.
    dedupeKey: text('dedupe_key').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    status: text('status').$type<'pending' | 'sent' | 'failed'>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_uq').on(t.dedupeKey, t.channel, t.recipientName),
    index('notifications_pending_idx').on(t.status, t.createdAt),
    index('notifications_user_idx').on(t.recipientUserId, t.createdAt),
  ],
);

/** 函告、通报、约谈、曝光 against a hazard or an enterprise. */
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
export const fileUploads = pgTable(
  'file_uploads',
  {
    sha256: varchar('sha256', { length: 64 })
      .notNull()
      .references(() => files.sha256),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('file_uploads_pk').on(t.sha256, t.userId)],
);

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

/** Append-only history of a tip (UPDATE/DELETE revoked from the app role and blocked by trigger). */
export const tipEvents = pgTable(
  'tip_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tipId: uuid('tip_id')
      .notNull()
      .references(() => tips.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    note: text('note').notNull().default(''),
    /** Shown to the reporter on lookup: officer replies and questions, and the reporter's own follow-ups. */
    message: text('message').$type<'officer_feedback' | 'officer_question' | 'reporter'>(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('tip_events_tip_idx').on(t.tipId, t.id)],
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
