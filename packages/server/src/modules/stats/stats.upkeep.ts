import { sql, type SQL } from 'drizzle-orm';
import { STOCK_CUTOFF } from '@zhiben/core';
import { rowsAffected, rowsOf, type DbKind, type Db } from '../../db/client.ts';

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

const cubes: Cube[] = [
  {
    table: 'stat_cube_counts',
    delta: 'stat_cube_counts_delta',
    monthly: true,
    keys: [['state', sql`s.state`], ['found_month', monthOf(sql`s.found_on`)], ['source', sql`s.source`]],
    values: [['n', sql`1`], ['n_major', sql`(s.level = 'major')::int`]],
    where: sql`true`,
  },
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

export const CUBE_TABLES = cubes.map((c) => c.table);
export const CUBE_DELTA_TABLES = cubes.map((c) => c.delta);

const keyNames = (cube: Cube) => ['area', ...(cube.monthly ? ['month'] : []), 'sector', ...cube.keys.map(([name]) => name)];
const valueNames = (cube: Cube) => cube.values.map(([name]) => name);
const raw = (names: string[]) => sql.raw(names.join(', '));

/**
 * The signed contributions of the spans in `spans` (a relation aliased s) to one cube, one row per span, area
 * and point in time, in the cube's columns.
 */
function contributions(cube: Cube, spans: SQL, sign: 1 | -1, areaLengths: readonly number[]): SQL {
  const areas = sql.join(areaLengths.map((n) => sql`(left(s.region_code, ${sql.raw(String(n))}))`), sql`, `);
  const points = cube.monthly
    ? sql`CROSS JOIN LATERAL (VALUES (${monthOf(sql`s.valid_from`)}, 1),
        (CASE WHEN s.valid_to <> 'infinity' THEN ${monthOf(sql`s.valid_to`)} END, -1),
        (CASE WHEN s.valid_to = 'infinity' THEN 'infinity'::date END, 1)) p(month, sign)`
    : sql`CROSS JOIN LATERAL (VALUES (1)) p(sign)`;
  const when = cube.monthly ? sql`p.month IS NOT NULL` : sql`s.valid_to = 'infinity'`;
  const columns = [
    sql`a.area`,
    ...(cube.monthly ? [sql`p.month`] : []),
    sql`s.sector`,
    ...cube.keys.map(([name, expr]) => sql`${expr} AS ${sql.raw(name)}`),
    ...cube.values.map(([name, expr]) => sql`(${expr}) * p.sign * ${sql.raw(String(sign))} AS ${sql.raw(name)}`),
  ];
  return sql`SELECT ${sql.join(columns, sql`, `)}
    FROM ${spans} s CROSS JOIN LATERAL (VALUES ${areas}) a(area) ${points}
    WHERE ${when} AND (${cube.where})`;
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
 * Data-modifying CTEs (`cube_delta0 AS (…), …`) that append a write's change to every cube's delta table: the
 * contributions of `newSpans` minus those of `oldSpans` (relations with hazard_stat_spans's columns), netted per
 * key, so an event that changes no figure appends nothing. Part of the one upkeep statement (stats.spans.ts).
 */
export function cubeDeltaCtes(newSpans: SQL, oldSpans: SQL): SQL {
  return sql.join(
    cubes.map((cube, i) => {
      const change = sql`${contributions(cube, newSpans, 1, AREA_LENGTHS)} UNION ALL ${contributions(cube, oldSpans, -1, AREA_LENGTHS)}`;
      return sql`${sql.raw(`cube_delta${i}`)} AS (INSERT INTO ${sql.raw(cube.delta)} (${raw([...keyNames(cube), ...valueNames(cube)])}) ${netted(cube, change)})`;
    }),
    sql`, `,
  );
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
      const [row] = rowsOf<{ moved: number }>(
        await tx.execute(sql`WITH moved AS (DELETE FROM ${sql.raw(cube.delta)}${which} RETURNING ${columns}),
          folded AS (${addToCube(cube, sql`SELECT ${columns} FROM moved`)} RETURNING 1)
          SELECT (SELECT count(*) FROM moved)::int AS moved`),
      );
      moved += row?.moved ?? 0;
    }
    if (database.kind === 'pglite' && moved > 0) await tx.execute(sql.raw(`TRUNCATE ${CUBE_DELTA_TABLES.join(', ')}`));
    return moved;
  });
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
    written += rowsAffected(await tx.execute(addToCube(cube, contributions(cube, sql`hazard_stat_spans`, 1, [finest ?? 9]))));
    let below = finest ?? 9;
    for (const length of coarser) {
      const keys = keyNames(cube).filter((k) => k !== 'area');
      const rolledUp = sql`SELECT left(area, ${sql.raw(String(length))}) AS area, ${raw(keys)}, ${raw(valueNames(cube))}
        FROM ${sql.raw(cube.table)} WHERE length(area) = ${below}`;
      written += rowsAffected(await tx.execute(addToCube(cube, rolledUp)));
      below = length;
    }
  }
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
  for (const cube of cubes) {
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
