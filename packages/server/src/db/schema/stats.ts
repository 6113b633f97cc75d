import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';

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
