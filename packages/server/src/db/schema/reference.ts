import { boolean, index, integer, jsonb, pgTable, text, varchar } from 'drizzle-orm/pg-core';

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
