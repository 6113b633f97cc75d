import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { EvidenceRequirement, SubjectKind } from '@zhiben/core';
import { timestamps } from './columns.ts';
import { users } from './auth.ts';
import { enterprises } from './enterprises.ts';
import { orgs } from './orgs.ts';

export type ChecklistOwnerKind = 'department' | 'township' | 'campaign' | 'enterprise';
export type ChecklistLink = { title: string; url: string };

/**
 * 检查清单 (MODULES A-3): one row per published version. A new version is a new row of the same family; the
 * previous one ends the day before the new one takes effect. Inspections keep the id of the version they used and
 * a copy of its items, so a later version never rewrites a record.
 */
export const checklists = pgTable(
  'checklists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyId: uuid('family_id').notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    ownerKind: text('owner_kind').$type<ChecklistOwnerKind>().notNull(),
    ownerOrgId: uuid('owner_org_id').references(() => orgs.id),
    ownerEnterpriseId: uuid('owner_enterprise_id').references(() => enterprises.id),
    /** The owner's region (org or enterprise): who can see and use the list follows from it. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    subjectKinds: text('subject_kinds').array().$type<SubjectKind[]>().notNull().default(sql`'{enterprise}'::text[]`),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('checklists_family_version_uq').on(t.familyId, t.version),
    index('checklists_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    index('checklists_enterprise_idx').on(t.ownerEnterpriseId),
  ],
);

export const checklistItems = pgTable(
  'checklist_items',
  {
    checklistId: uuid('checklist_id')
      .notNull()
      .references(() => checklists.id),
    seq: integer('seq').notNull(),
    code: text('code').notNull(),
    text: text('text').notNull(),
    criterionIds: text('criterion_ids').array().notNull().default(sql`'{}'::text[]`),
    major: boolean('major').notNull().default(false),
    evidence: text('evidence').$type<EvidenceRequirement>().notNull().default('none'),
    guidance: text('guidance').notNull().default(''),
    links: jsonb('links').$type<ChecklistLink[]>().notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [primaryKey({ name: 'checklist_items_pk', columns: [t.checklistId, t.seq] })],
);
