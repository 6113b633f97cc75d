import { sql, type SQL } from 'drizzle-orm';
import { SELF_FOUND_SOURCE, STOCK_CUTOFF } from '@zhiben/core';
import { rowsAffected, rowsOf, type DbKind, type Db } from '../../db/client.ts';
import { startRepeating, type StopFunction } from '../notifications/notifications.service.ts';

// Upkeep of the statistics cubes (stats.cubes.ts reads them): what each cube counts, how a hazard write records its
// change, how the changes reach the cube rows, and the rebuild.
//
// Writers never touch a cube row. A hazard write appends the change it makes — the contributions of the hazard's
// new spans minus those of its old ones, netted per key — to the cube's `…_delta` table: insert-only, so no row is
// shared between writers and nothing is locked until commit (a province's rows are in every write of the
// province). The folder (foldCubeDeltas, every second in the server process) moves committed deltas into the
// cube rows: one runner at a time (a try-lock only the folder and the rebuild take), each delta row deleted and
// added to its cube row in the same transaction. Every read adds the cube rows and the deltas not yet folded in
// one statement, i.e. one snapshot, so a figure is exact at any moment whether or not the folder has run.
// The counts cube's roll-up for rankings (stat_cube_totals) is the folder's alone: it adds there what it folds into
// the counts cube, so hazard writes pay nothing for it.

export const AREA_LENGTHS = [2, 4, 6, 9] as const;

/** First day of the month of a date expression (plain date arithmetic: no time zone involved). */
export const monthOf = (day: SQL) => sql`(${day} - (extract(day FROM ${day})::int - 1))`;

type Cube = {
  table: string;
  /** Not-yet-folded changes: the cube's columns, no key. */
  delta: string;
  /** Monthly changes plus the current rows ('infinity'), or only the current spans (no month column). */
  monthly: boolean;
  /** Key columns after area, month and sector: name and expression over the span `s`. */
  keys: [string, SQL][];
  /** Summed columns: name and per-span amount. */
  values: [string, SQL][];
  /** The spans the cube counts. */
  where: SQL;
};

const countsCube: Cube = {
  table: 'stat_cube_counts',
  delta: 'stat_cube_counts_delta',
  monthly: true,
  keys: [['state', sql`s.state`], ['found_month', monthOf(sql`s.found_on`)], ['source', sql`s.source`]],
  values: [['n', sql`1`], ['n_major', sql`(s.level = 'major')::int`]],
  where: sql`true`,
};

const cubes: Cube[] = [
  countsCube,
  {
    table: 'stat_cube_open',
    delta: 'stat_cube_open_delta',
    monthly: true,
    keys: [['deadline', sql`COALESCE(s.deadline, 'infinity'::date)`], ['level', sql`s.level`], ['listed', sql`s.listed`]],
    values: [['n', sql`1`]],
    where: sql`s.state = 'open'`,
  },
  {
    table: 'stat_cube_closed_days',
    delta: 'stat_cube_closed_days_delta',
    monthly: true,
    keys: [['days', sql`((s.closed_at AT TIME ZONE 'Asia/Shanghai')::date - s.found_on)`]],
    values: [['n', sql`1`]],
    where: sql`s.state = 'closed' AND s.closed_at IS NOT NULL`,
  },
  {
    table: 'stat_cube_stock_endings',
    delta: 'stat_cube_stock_endings_delta',
    monthly: false,
    keys: [['ended_on', sql`COALESCE(s.ended_on, 'infinity'::date)`]],
    values: [['n', sql`1`]],
    where: sql`s.found_on <= ${STOCK_CUTOFF}::date`,
  },
];

/**
 * The counts cube rolled up for rankings (schema: statCubeTotals): kept from the counts cube's folded rows, never
 * from hazard writes. The folder adds to it what it folds into the counts cube, the rebuild sums it from that cube,
 * and its unfolded part is the view `stat_cube_totals_delta` over the counts cube's deltas. Its keys and values as
 * the other cubes', so addToCube and netted serve it; `rollUp` turns counts rows into its columns.
 */
const totals: Cube = {
  table: 'stat_cube_totals',
  delta: 'stat_cube_totals_delta',
  monthly: true,
  keys: [['state', sql`s.state`], ['self_found', sql`s.source = ${SELF_FOUND_SOURCE}`]],
  values: [['n', sql`1`], ['n_major', sql`(s.level = 'major')::int`]],
  where: sql`true`,
};
const rollUp = (countsRows: SQL): SQL =>
  sql`SELECT area, month, sector, state, (source = ${SELF_FOUND_SOURCE}) AS self_found, n, n_major FROM ${countsRows}`;

export const CUBE_TABLES = [...cubes, totals].map((c) => c.table);

/** The columns of hazard_stat_spans (a span), in table order. */
export const SPAN_COLUMN_NAMES = [
  'hazard_id', 'enterprise_id', 'region_code', 'sector', 'level', 'source', 'found_on', 'valid_from', 'valid_to', 'state', 'deadline', 'listed', 'closed_at', 'ended_on',
] as const;
export const CUBE_DELTA_TABLES = cubes.map((c) => c.delta);

const keyNames = (cube: Cube) => ['area', ...(cube.monthly ? ['month'] : []), 'sector', ...cube.keys.map(([name]) => name)];
const valueNames = (cube: Cube) => cube.values.map(([name]) => name);
const raw = (names: string[]) => sql.raw(names.join(', '));

/**
 * Each span of `spans` (a relation with hazard_stat_spans's columns and a `sign`: +1, or −1 for a span a write
 * removes) at every area level in `areaLengths` and every point in time it counts at: +1 in the month it starts,
 * −1 in the month it ends, +1 among the current rows (month 'infinity') while it is current. One expansion that
 * every cube sums its own way (cubeContributions).
 */
function spreadSpans(spans: SQL, areaLengths: readonly number[]): SQL {
  const areas = sql.join(areaLengths.map((n) => sql`(left(s.region_code, ${sql.raw(String(n))}))`), sql`, `);
  return sql`SELECT a.area, p.month, s.sector, s.state, s.found_on, s.source, s.level, s.deadline, s.listed, s.closed_at, s.ended_on, p.sign * s.sign AS sign
    FROM ${spans} s CROSS JOIN LATERAL (VALUES ${areas}) a(area)
    CROSS JOIN LATERAL (VALUES (${monthOf(sql`s.valid_from`)}, 1),
      (CASE WHEN s.valid_to <> 'infinity' THEN ${monthOf(sql`s.valid_to`)} END, -1),
      (CASE WHEN s.valid_to = 'infinity' THEN 'infinity'::date END, 1)) p(month, sign)
    WHERE p.month IS NOT NULL`;
}

/**
 * One cube's signed contributions, in its columns, from spread spans (`spread`, a relation of spreadSpans rows): a
 * monthly cube takes every point; the stock endings only the current rows (month 'infinity').
 */
function cubeContributions(cube: Cube, spread: SQL): SQL {
  const columns = [
    sql`s.area`,
    ...(cube.monthly ? [sql`s.month`] : []),
    sql`s.sector`,
    ...cube.keys.map(([name, expr]) => sql`${expr} AS ${sql.raw(name)}`),
    ...cube.values.map(([name, expr]) => sql`(${expr}) * s.sign AS ${sql.raw(name)}`),
  ];
  const when = cube.monthly ? sql`true` : sql`s.month = 'infinity'`;
  return sql`SELECT ${sql.join(columns, sql`, `)} FROM ${spread} s WHERE ${when} AND (${cube.where})`;
}

/** Rows summed by key, the ones that net to zero left out. */
function netted(cube: Cube, rows: SQL): SQL {
  const keys = keyNames(cube);
  const sums = valueNames(cube).map((v) => `sum(${v})::int AS ${v}`).join(', ');
  const nonZero = valueNames(cube).map((v) => `sum(${v}) <> 0`).join(' OR ');
  return sql`SELECT ${raw(keys)}, ${sql.raw(sums)} FROM (${rows}) c GROUP BY ${raw(keys)} HAVING ${sql.raw(nonZero)}`;
}

/** Adds rows to what the cube holds (upsert in key order): the folder and the rebuild, never a hazard write. */
function addToCube(cube: Cube, rows: SQL): SQL {
  const keys = keyNames(cube);
  const add = valueNames(cube).map((v) => `${v} = ${cube.table}.${v} + EXCLUDED.${v}`).join(', ');
  return sql`INSERT INTO ${sql.raw(cube.table)} (${raw([...keys, ...valueNames(cube)])})
    ${netted(cube, rows)} ORDER BY ${raw(keys)}
    ON CONFLICT (${raw(keys)}) DO UPDATE SET ${sql.raw(add)}`;
}

/**
 * CTEs (`cube_change AS (…), …, cube_delta0 AS (…), …`) that append a write's change to every cube's delta table:
 * the contributions of `newSpans` minus those of `oldSpans` (relations with hazard_stat_spans's columns), netted
 * per key, so an event that changes no figure appends nothing. Part of the one upkeep statement (stats.spans.ts).
 */
export function cubeDeltaCtes(newSpans: SQL, oldSpans: SQL): SQL {
  const columns = sql.raw(SPAN_COLUMN_NAMES.join(', '));
  const inserts = cubes.map(
    (cube, i) => sql`${sql.raw(`cube_delta${i}`)} AS (INSERT INTO ${sql.raw(cube.delta)} (${raw([...keyNames(cube), ...valueNames(cube)])}) ${netted(cube, cubeContributions(cube, sql`cube_spread`))})`,
  );
  return sql`cube_change AS (SELECT ${columns}, 1 AS sign FROM ${newSpans} UNION ALL SELECT ${columns}, -1 AS sign FROM ${oldSpans}),
    cube_spread AS MATERIALIZED (${spreadSpans(sql`cube_change`, AREA_LENGTHS)}),
    ${sql.join(inserts, sql`, `)}`;
}

/** The one lock the folder and the rebuild share (hazard writes never take it). */
const FOLD_LOCK = sql`hashtext('zhiben:stat_cube_fold')`;

/**
 * Moves committed deltas into the cube rows, up to `limit` rows per cube (all of them when null): each moved row is
 * deleted from the delta table and added to its cube row in the same transaction, so a reader's snapshot sees it
 * in exactly one of the two. Returns the delta rows moved; 0 at once when another folder (or a rebuild) holds the
 * lock. On PGlite, one session with nothing running beside this transaction and no autovacuum, the emptied delta
 * tables are truncated so deleted rows do not pile up.
 */
export async function foldCubeDeltas(database: { db: Db; kind: DbKind }, limit: number | null = 100_000): Promise<number> {
  const everything = database.kind === 'pglite' ? null : limit;
  return database.db.transaction(async (tx) => {
    const [lock] = rowsOf<{ locked: boolean }>(await tx.execute(sql`SELECT pg_try_advisory_xact_lock(${FOLD_LOCK}) AS locked`));
    if (lock?.locked !== true) return 0;
    let moved = 0;
    for (const cube of cubes) {
      const columns = raw([...keyNames(cube), ...valueNames(cube)]);
      const which = everything === null ? sql`` : sql` WHERE ctid = ANY(ARRAY(SELECT ctid FROM ${sql.raw(cube.delta)} LIMIT ${everything}))`;
      // The counts cube's moved rows go into its roll-up in the same statement (a data-modifying CTE always runs).
      const rolled = cube === countsCube ? sql`, rolled AS (${addToCube(totals, rollUp(sql`moved`))} RETURNING 1)` : sql``;
      const [row] = rowsOf<{ moved: number }>(
        await tx.execute(sql`WITH moved AS (DELETE FROM ${sql.raw(cube.delta)}${which} RETURNING ${columns}),
          folded AS (${addToCube(cube, sql`SELECT ${columns} FROM moved`)} RETURNING 1)${rolled}
          SELECT (SELECT count(*) FROM moved)::int AS moved`),
      );
      moved += row?.moved ?? 0;
    }
    if (database.kind === 'pglite' && moved > 0) await tx.execute(sql.raw(`TRUNCATE ${CUBE_DELTA_TABLES.join(', ')}`));
    return moved;
  });
}

type FolderLog = Parameters<typeof startRepeating>[3];

/**
 * The server's folder: folds every `intervalMs` (reads never depend on it having run). On PGlite it also drops the
 * session's cached plans every 10 minutes: the upkeep function keeps a generic plan per session, chosen for the
 * tables' size when first planned, and PGlite — one session for the life of the process, no autovacuum whose
 * ANALYZE would invalidate it — would otherwise keep a plan made for a nearly empty database.
 */
export function startStatisticsFolder(database: { db: Db; kind: DbKind }, log: FolderLog, intervalMs = 1000): StopFunction {
  let plansReset = Date.now();
  return startRepeating('statistics folder', async () => {
    await foldCubeDeltas(database);
    if (database.kind === 'pglite' && Date.now() - plansReset > 600_000) {
      await database.db.execute(sql`DISCARD PLANS`);
      plansReset = Date.now();
    }
  }, intervalMs, log, true);
}

/**
 * Keeps hazard writes and the folder out until `tx` ends: a rebuild reads the facts and replaces cubes and deltas
 * wholesale, so no write may add facts or deltas meanwhile (writers wait at their upkeep statement; a write already
 * past it is waited for).
 */
export async function lockStatisticsUpkeep(tx: Db): Promise<void> {
  await tx.execute(sql`LOCK TABLE hazard_stat_spans IN SHARE ROW EXCLUSIVE MODE`);
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${FOLD_LOCK})`);
}

/**
 * Rebuilds every cube from the facts inside `tx` (rebuildStatSpans calls it after replacing the facts): one pass
 * over the facts for the township level, then each coarser level summed from the one below (a few million cube
 * rows instead of tens of millions of contributions). The deltas are dropped: the facts already hold them. Returns
 * the rows written.
 */
export async function rebuildCubesIn(tx: Db): Promise<number> {
  await lockStatisticsUpkeep(tx);
  const [finest, ...coarser] = [...AREA_LENGTHS].reverse();
  let written = 0;
  for (const cube of cubes) {
    await tx.execute(sql`DELETE FROM ${sql.raw(cube.delta)}`);
    await tx.execute(sql`DELETE FROM ${sql.raw(cube.table)}`);
    const spread = spreadSpans(sql`(SELECT *, 1 AS sign FROM hazard_stat_spans)`, [finest ?? 9]);
    written += rowsAffected(await tx.execute(addToCube(cube, cubeContributions(cube, sql`(${spread})`))));
    let below = finest ?? 9;
    for (const length of coarser) {
      const keys = keyNames(cube).filter((k) => k !== 'area');
      const rolledUp = sql`SELECT left(area, ${sql.raw(String(length))}) AS area, ${raw(keys)}, ${raw(valueNames(cube))}
        FROM ${sql.raw(cube.table)} WHERE length(area) = ${below}`;
      written += rowsAffected(await tx.execute(addToCube(cube, rolledUp)));
      below = length;
    }
  }
  await tx.execute(sql`DELETE FROM ${sql.raw(totals.table)}`);
  written += rowsAffected(await tx.execute(addToCube(totals, rollUp(sql.raw(countsCube.table)))));
  return written;
}

/** Rebuilds the cubes from the current facts in one transaction (start-up after the cubes' migration). */
export const rebuildCubes = (db: Db): Promise<number> => db.transaction((tx) => rebuildCubesIn(tx));

/**
 * Every cube row as readers see it — the cube plus its deltas not yet folded — with a non-zero amount, in key
 * order: what the equivalence test compares after a rebuild.
 */
export async function cubeRows(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const cube of [...cubes, totals]) {
    const columns = raw([...keyNames(cube), ...valueNames(cube)]);
    const rows = sql`SELECT ${columns} FROM ${sql.raw(cube.table)} UNION ALL SELECT ${columns} FROM ${sql.raw(cube.delta)}`;
    out[cube.table] = rowsOf(await db.execute(sql`${netted(cube, rows)} ORDER BY ${raw(keyNames(cube))}`));
  }
  return out;
}

/** Delta rows waiting for the folder (tests, the benchmark). */
export async function pendingCubeDeltas(db: Db): Promise<number> {
  const counts = CUBE_DELTA_TABLES.map((t) => `(SELECT count(*) FROM ${t})`).join(' + ');
  const [row] = rowsOf<{ pending: number }>(await db.execute(sql.raw(`SELECT (${counts})::int AS pending`)));
  return row?.pending ?? 0;
}
