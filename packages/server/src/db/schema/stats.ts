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
  // The covering indexes the statistics read (hazard_stat_spans_current_idx, _asof_idx, _county_…_idx) are created
  // by hand-written migrations; _asof_idx has the keys (region_code text_pattern_ops, valid_to) of the plain
  // hazard_stat_spans_region_idx that stood here, which every write kept up for nothing and is dropped.
  (t) => [uniqueIndex('hazard_stat_spans_pk').on(t.hazardId, t.validFrom)],
);

/**
 * Statistics cubes (DESIGN §5, modules/stats/stats.cubes.ts): additive aggregates of hazard_stat_spans per area
 * (province, city, county and township code prefixes: every span counts in all four) and sector, so a dashboard
 * reads a few thousand rows instead of every hazard in scope. `month` 'infinity' rows aggregate the current spans
 * (today); other months hold the change in that month (+1 for spans starting in it, −1 for spans ending in it), so
 * a month end's figures are the sum of the months up to it. Every cube has a `…_delta` twin with the same columns
 * and no key: hazard writes only append their netted changes there (insert-only, no shared row to lock), the
 * folder moves them into the cube, and every read adds the rows still waiting, so figures are exact at any moment.
 * Rebuilt from the facts by `npm run stats:rebuild`.
 */
const countsColumns = () => ({
  area: varchar('area', { length: 9 }).notNull(),
  month: date('month', { mode: 'string' }).notNull(),
  sector: text('sector').notNull(),
  state: text('state').notNull(),
  foundMonth: date('found_month', { mode: 'string' }).notNull(),
  source: text('source').notNull(),
  n: integer('n').notNull(),
  nMajor: integer('n_major').notNull(),
});
export const statCubeCounts = pgTable('stat_cube_counts', countsColumns(), (t) => [
  primaryKey({ columns: [t.area, t.month, t.sector, t.state, t.foundMonth, t.source] }),
]);
export const statCubeCountsDelta = pgTable('stat_cube_counts_delta', countsColumns(), (t) => [index('stat_cube_counts_delta_area_idx').on(t.area)]);

/**
 * The counts cube without its found month and with the source reduced to self-found or not: what rankings compare
 * (total, open, closed, majors, the self-found share) in fewer rows (province bench: the current rows 1.70 M → 144 k,
 * a month's changes about half). A roll-up of
 * the counts cube (stats.upkeep.ts): the folder adds to it what it folds into the counts cube and the rebuild sums
 * it from that cube; hazard writes never touch it. Its unfolded part is the view stat_cube_totals_delta over the
 * counts cube's deltas (migration 20261207220318), so reads take it like any cube.
 */
export const statCubeTotals = pgTable(
  'stat_cube_totals',
  {
    area: varchar('area', { length: 9 }).notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    sector: text('sector').notNull(),
    state: text('state').notNull(),
    selfFound: boolean('self_found').notNull(),
    n: integer('n').notNull(),
    nMajor: integer('n_major').notNull(),
  },
  (t) => [primaryKey({ columns: [t.area, t.month, t.sector, t.state, t.selfFound] })],
);

/** Open spans by deadline in force ('infinity' = none yet), level and listing: overdue and ageing as of any D. */
const openColumns = () => ({
  area: varchar('area', { length: 9 }).notNull(),
  month: date('month', { mode: 'string' }).notNull(),
  sector: text('sector').notNull(),
  deadline: date('deadline', { mode: 'string' }).notNull(),
  level: text('level').notNull(),
  listed: boolean('listed').notNull(),
  n: integer('n').notNull(),
});
export const statCubeOpen = pgTable('stat_cube_open', openColumns(), (t) => [
  primaryKey({ columns: [t.area, t.month, t.sector, t.deadline, t.level, t.listed] }),
]);
export const statCubeOpenDelta = pgTable('stat_cube_open_delta', openColumns(), (t) => [index('stat_cube_open_delta_area_idx').on(t.area)]);

/** Closed spans by days from finding to closing: an exact histogram for the median and p90. */
const closedDaysColumns = () => ({
  area: varchar('area', { length: 9 }).notNull(),
  month: date('month', { mode: 'string' }).notNull(),
  sector: text('sector').notNull(),
  days: integer('days').notNull(),
  n: integer('n').notNull(),
});
export const statCubeClosedDays = pgTable('stat_cube_closed_days', closedDaysColumns(), (t) => [primaryKey({ columns: [t.area, t.month, t.sector, t.days] })]);
export const statCubeClosedDaysDelta = pgTable('stat_cube_closed_days_delta', closedDaysColumns(), (t) => [index('stat_cube_closed_days_delta_area_idx').on(t.area)]);

/** Stock hazards (current spans) by the day they stopped being open ('infinity' = still open): the burn-down. */
const stockEndingsColumns = () => ({
  area: varchar('area', { length: 9 }).notNull(),
  sector: text('sector').notNull(),
  endedOn: date('ended_on', { mode: 'string' }).notNull(),
  n: integer('n').notNull(),
});
export const statCubeStockEndings = pgTable('stat_cube_stock_endings', stockEndingsColumns(), (t) => [primaryKey({ columns: [t.area, t.sector, t.endedOn] })]);
export const statCubeStockEndingsDelta = pgTable('stat_cube_stock_endings_delta', stockEndingsColumns(), (t) => [
  index('stat_cube_stock_endings_delta_area_idx').on(t.area),
]);
