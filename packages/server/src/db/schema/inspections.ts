import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type {
  CheckCadence,
  DetectionReason,
  DetectionVerdict,
  EvidenceRequirement,
  FieldPhoto,
  InspectionKind,
  InspectionMethod,
  InspectionStatus,
  InspectionTrigger,
  ItemResult,
  MemberRole,
  SubjectKind,
} from '@zhiben/core';
import { timestamps } from './columns.ts';
import { workflowEventTable } from './workflow.ts';
import { users } from './auth.ts';
import { checklists } from './checklists.ts';
import { enterprises } from './enterprises.ts';
import { hazards } from './hazards.ts';
import { orgs } from './orgs.ts';
import { premises } from './premises.ts';

export type InspectionSignature = { role: MemberRole | 'enterprise'; name: string; userId: string | null; signedAt: string; image: string | null };
export type AttendanceEntry = { name: string; post: string; signed: boolean };
export type RemoteEvidence = { kind: 'file' | 'video' | 'alarm' | 'sensor'; ref: string; note: string };
export type TriggerRef = { id: string; no: string | null };

/**
 * 检查 (MODULES A-1; A-2's principal-led check is kind self_inspection with ledByPrincipal). The subject is an
 * enterprise or a premises; region and sectors are copied from it when planned, so statistics follow where the
 * inspection took place. Numbers are per county and year (inspection_counters), never reused.
 */
export const inspections = pgTable(
  'inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionNo: text('inspection_no').notNull(),
    kind: text('kind').$type<InspectionKind>().notNull(),
    methods: text('methods').array().$type<InspectionMethod[]>().notNull().default(sql`'{}'::text[]`),
    /** 联合检查: the departments taking part (names as written on the record). */
    jointOrgs: text('joint_orgs').array().notNull().default(sql`'{}'::text[]`),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    premisesId: uuid('premises_id').references(() => premises.id),
    subjectName: text('subject_name').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    /** The responsible org (null for an enterprise's own check). */
    orgId: uuid('org_id').references(() => orgs.id),
    leaderId: uuid('leader_id').references(() => users.id),
    leaderName: text('leader_name').notNull().default(''),
    ledByPrincipal: boolean('led_by_principal').notNull().default(false),
    campaign: text('campaign'),
    randomDrawId: uuid('random_draw_id'),
    trigger: text('trigger').$type<InspectionTrigger>().notNull().default('manual'),
    triggerRef: jsonb('trigger_ref').$type<TriggerRef>(),
    plannedOn: date('planned_on', { mode: 'string' }),
    dueOn: date('due_on', { mode: 'string' }),
    /** The day the inspection took place (China date); for a principal-led check, the period it counts for. */
    checkDate: date('check_date', { mode: 'string' }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    startLat: doublePrecision('start_lat'),
    startLng: doublePrecision('start_lng'),
    startPhotos: jsonb('start_photos').$type<FieldPhoto[]>().notNull().default(sql`'[]'::jsonb`),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    checklistId: uuid('checklist_id').references(() => checklists.id),
    /** `sector:<code>` when the sector 判定标准 served as the checklist. */
    checklistRef: text('checklist_ref').notNull().default(''),
    checklistTitle: text('checklist_title').notNull().default(''),
    checklistVersion: integer('checklist_version'),
    conclusion: text('conclusion').notNull().default(''),
    signatures: jsonb('signatures').$type<InspectionSignature[]>().notNull().default(sql`'[]'::jsonb`),
    attendance: jsonb('attendance').$type<AttendanceEntry[]>().notNull().default(sql`'[]'::jsonb`),
    remoteEvidence: jsonb('remote_evidence').$type<RemoteEvidence[]>().notNull().default(sql`'[]'::jsonb`),
    /** An enforcement inspection with a major hazard or a violation ends with a case (C-1) or this reviewable reason. */
    noCaseReason: text('no_case_reason'),
    /** 暗访: results hidden from the enterprise until the org releases them. */
    releasedAt: timestamp('released_at', { withTimezone: true }),
    status: text('status').$type<InspectionStatus>().notNull(),
    /** sha-256 of the submitted principal-led check (canonical JSON): frozen on submission. */
    recordHash: text('record_hash'),
    findings: integer('findings').notNull().default(0),
    majorFindings: integer('major_findings').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('inspections_no_uq').on(t.inspectionNo),
    index('inspections_region_idx').using('btree', t.regionCode.op('text_pattern_ops'), t.checkDate),
    index('inspections_enterprise_idx').on(t.enterpriseId, t.checkDate),
    index('inspections_premises_idx').on(t.premisesId),
    index('inspections_status_due_idx').on(t.status, t.dueOn),
  ],
);

export const inspectionCounters = pgTable(
  'inspection_counters',
  {
    countyCode: varchar('county_code', { length: 6 }).notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ name: 'inspection_counters_pk', columns: [t.countyCode, t.year] })],
);

/** The team. A member with a user account sees the inspection through the `assigned` scope (experts, third parties). */
export const inspectionMembers = pgTable(
  'inspection_members',
  {
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    seq: integer('seq').notNull(),
    userId: uuid('user_id').references(() => users.id),
    name: text('name').notNull(),
    role: text('role').$type<MemberRole>().notNull(),
    orgName: text('org_name').notNull().default(''),
    /** The expert's library record, for rotation, ratings and visits per expert. The foreign key to experts is in
     *  the experts grants migration: schema files import one way (experts.ts imports this file). */
    expertId: uuid('expert_id'),
  },
  (t) => [
    primaryKey({ name: 'inspection_members_pk', columns: [t.inspectionId, t.seq] }),
    index('inspection_members_user_idx').on(t.userId),
    index('inspection_members_expert_idx').on(t.expertId),
  ],
);

/** One checklist item as used by this inspection (text copied from the checklist version) and its result. */
export const inspectionItems = pgTable(
  'inspection_items',
  {
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    seq: integer('seq').notNull(),
    code: text('code').notNull(),
    text: text('text').notNull(),
    criterionIds: text('criterion_ids').array().notNull().default(sql`'{}'::text[]`),
    major: boolean('major').notNull().default(false),
    evidence: text('evidence').$type<EvidenceRequirement>().notNull().default('none'),
    guidance: text('guidance').notNull().default(''),
    result: text('result').$type<ItemResult>(),
    /** The inspector judged this 不符合 major although the template item is not. */
    markedMajor: boolean('marked_major').notNull().default(false),
    /** The criteria of the finding (the item's, or the ones the inspector chose). */
    findingCriterionIds: text('finding_criterion_ids').array().notNull().default(sql`'{}'::text[]`),
    note: text('note').notNull().default(''),
    location: text('location').notNull().default(''),
    photos: jsonb('photos').$type<FieldPhoto[]>().notNull().default(sql`'[]'::jsonb`),
    hazardId: uuid('hazard_id').references(() => hazards.id),
    hazardLink: text('hazard_link').$type<'raised' | 'linked'>(),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ name: 'inspection_items_pk', columns: [t.inspectionId, t.seq] }), index('inspection_items_hazard_idx').on(t.hazardId)],
);

/** 现场询问、现场测试 (004): who was asked, what, and how they did. */
export const inspectionTests = pgTable(
  'inspection_tests',
  {
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    seq: integer('seq').notNull(),
    personName: text('person_name').notNull(),
    post: text('post').notNull().default(''),
    questions: text('questions').notNull(),
    correct: integer('correct').notNull(),
    total: integer('total').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [primaryKey({ name: 'inspection_tests_pk', columns: [t.inspectionId, t.seq] })],
);

/** The inspection timeline (workflow/streams.ts inspectionStream): append-only, hash-chained, version = last seq. */
export const inspectionEvents = workflowEventTable('inspection_events', 'inspection_id', () => inspections.id);

/**
 * The principal-led check duty, one row per enterprise and period (MODULES A-2), written when the period is due
 * for the enterprise (start of the period, or the day a new enterprise entered it) and when its first qualifying
 * check is submitted. Region, sectors and cadence are frozen at that moment, so compliance as of any past date is
 * reproducible. core/inspection/check-periods.ts is the rule (`periodStateAsOf`) and the tests' oracle.
 */
export const principalCheckPeriods = pgTable(
  'principal_check_periods',
  {
    enterpriseId: uuid('enterprise_id').notNull(),
    cadence: text('cadence').$type<CheckCadence>().notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    sectors: text('sectors').array().notNull(),
    dueFrom: date('due_from', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    doneInspectionId: uuid('done_inspection_id'),
  },
  (t) => [
    primaryKey({ name: 'principal_check_periods_pk', columns: [t.enterpriseId, t.periodStart, t.cadence] }),
    // Covering for the compliance reads (index-only scans): window by period start, region prefix, then the columns they test.
    index('principal_check_periods_window_idx').using('btree', t.periodStart, t.regionCode.op('text_pattern_ops'), t.periodEnd, t.dueFrom, t.doneOn, t.cadence, t.sectors),
  ],
);

/** A regulator's verdict on one 查不出 pair (the pair itself is computed; only the verdict is stored). */
export const missedDetectionReviews = pgTable(
  'missed_detection_reviews',
  {
    hazardId: uuid('hazard_id')
      .primaryKey()
      .references(() => hazards.id),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    reason: text('reason').$type<DetectionReason>().notNull(),
    verdict: text('verdict').$type<DetectionVerdict>().notNull(),
    note: text('note').notNull().default(''),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedByName: text('reviewed_by_name').notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull(),
  },
);

/**
 * Settled principal-check periods added up per county, sector set and period (required rows, done rows), so a
 * province's or city's figures over past windows read a few rows per county instead of every enterprise-period. A
 * period settles when nothing can change it any more: a check may be recorded up to CHECK_BACKDATE_DAYS after
 * it (补录), and the period job catches up the previous period during the next one, so a period settles once the
 * period after it has ended. Its counts are then final for every D after its end + backdate days.
 */
export const principalCheckTotals = pgTable(
  'principal_check_totals',
  {
    countyCode: varchar('county_code', { length: 6 }).notNull(),
    sectors: text('sectors').array().notNull(),
    cadence: text('cadence').$type<CheckCadence>().notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    required: integer('required').notNull(),
    done: integer('done').notNull(),
  },
  (t) => [primaryKey({ name: 'principal_check_totals_pk', columns: [t.periodStart, t.cadence, t.countyCode, t.sectors] })],
);

/** The periods whose totals are in principal_check_totals (the read path takes those periods from there). */
export const principalCheckSettled = pgTable(
  'principal_check_settled',
  {
    cadence: text('cadence').$type<CheckCadence>().notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** The first day the totals are the period's state (its end + the 补录 days in force when it settled, + 1). */
    finalFrom: date('final_from', { mode: 'string' }).notNull(),
    settledAt: timestamp('settled_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'principal_check_settled_pk', columns: [t.cadence, t.periodStart] })],
);
