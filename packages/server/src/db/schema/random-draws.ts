import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { DrawStatus, InspectionKind } from '@zhiben/core';
import { timestamps } from './columns.ts';
import { users } from './auth.ts';
import { orgs } from './orgs.ts';
import { workflowEventTable } from './workflow.ts';

// ---- Module A-4: 双随机 draws and the 执法检查人员名录库 ----

/**
 * An officer's entry in his org's 执法检查人员名录库: the enforcement certificate (a draw takes only officers whose
 * certificate is valid on the draw date) and the enterprises he must never be drawn for (回避: relatives, former
 * employer, advisory work).
 */
export const inspectorCredentials = pgTable(
  'inspector_credentials',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    certificateNo: text('certificate_no').notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    conflictEnterpriseIds: uuid('conflict_enterprise_ids').array().notNull().default([]),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('inspector_credentials_org_idx').on(t.orgId)],
);

/**
 * 抽查事项清单: what an org checks by 双随机 — the matter, its legal basis, the sectors, the checklist the inspections
 * work through, the share of the pool drawn and how many draws a year. A draw can start from one (its defaults).
 */
export const spotCheckItems = pgTable(
  'spot_check_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    title: text('title').notNull(),
    basis: text('basis').notNull().default(''),
    sectors: text('sectors').array().notNull().default([]),
    checklist: jsonb('checklist').$type<{ checklistId: string } | { sector: string }>().notNull(),
    ratioPercent: doublePrecision('ratio_percent').notNull(),
    frequencyPerYear: integer('frequency_per_year').notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('spot_check_items_org_idx').on(t.orgId), index('spot_check_items_region_idx').using('btree', t.regionCode.op('text_pattern_ops'))],
);

export type DrawDefinitionColumn = {
  /** The 抽查事项 the draw was made for (its id and title as they were). */
  spotCheckItem?: { id: string; title: string } | null;
  sectors: string[];
  strataBy: 'none' | 'township' | 'sector' | 'class';
  sample: { kind: 'count'; count: number } | { kind: 'rate'; percent: number };
  excludeInspectedDays: number;
  avoidLastInspector: boolean;
  plannedOn: string;
  dueOn: string;
  /** The 抽查事项 each drawn inspection works through: a checklist version or a sector's 判定标准. */
  checklist: { checklistId: string } | { sector: string };
};
export type DrawStratumSummary = { key: string; label: string; size: number; sampleSize: number };
/** A pick as presented: ids from the draw, names from the inputs, the inspection created on approval. */
export type DrawPickColumn = { order: number; candidateId: string; name: string; stratum: string; team: { id: string; name: string }[]; inspectionId: string | null };

/**
 * A 双随机 draw. The canonical inputs text (candidates, strata, inspectors, avoidances; core drawInputsText) is fixed
 * when the draw is committed and is what `inputs_hash` covers; the seed is sealed until the draw reveals it.
 */
export const randomDraws = pgTable(
  'random_draws',
  {
    id: uuid('id').primaryKey(),
    drawNo: text('draw_no').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    /** The pool's region (the org's, or a township below it). */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /** The pool's sectors (empty: every sector; then only whole-region scopes see the draw, as for premises of kind 其他). */
    sectors: text('sectors').array().notNull().default([]),
    title: text('title').notNull(),
    inspectionKind: text('inspection_kind').$type<InspectionKind>().notNull(),
    definition: jsonb('definition').$type<DrawDefinitionColumn>().notNull(),
    strata: jsonb('strata').$type<DrawStratumSummary[]>().notNull(),
    candidateCount: integer('candidate_count').notNull(),
    inspectorCount: integer('inspector_count').notNull(),
    teamSize: integer('team_size').notNull(),
    inputsText: text('inputs_text').notNull(),
    inputsHash: text('inputs_hash').notNull(),
    seedSealed: text('seed_sealed').notNull(),
    seedHash: text('seed_hash').notNull(),
    /** Revealed by the draw. */
    seed: text('seed'),
    publicInputLabel: text('public_input_label').notNull(),
    drawOn: date('draw_on', { mode: 'string' }).notNull(),
    publicValue: text('public_value'),
    result: jsonb('result').$type<DrawPickColumn[]>(),
    resultHash: text('result_hash'),
    status: text('status').$type<DrawStatus>().notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    drawnBy: uuid('drawn_by').references(() => users.id),
    drawnAt: timestamp('drawn_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    resultsPublishedAt: timestamp('results_published_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('random_draws_no_uq').on(t.drawNo),
    index('random_draws_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    index('random_draws_org_idx').on(t.orgId, t.createdAt),
  ],
);

/** A draw's timeline: commitment, draw (seed, public value, result hash), approval, results notice, cancel. */
export const randomDrawEvents = workflowEventTable('random_draw_events', 'random_draw_id', () => randomDraws.id);
