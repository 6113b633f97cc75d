import { sql, type SQL } from 'drizzle-orm';
import { figureNeutralHazardEvents, type Scope } from '@zhiben/core';
import { rowsAffected, rowsOf, type Database, type Db } from '../../db/client.ts';
import { arrayParam, prepareOnce, renderInline, runPrepared } from '../../db/prepared.ts';
import { hazardStatSpans } from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';
import { CUBE_DELTA_TABLES, CUBE_TABLES, cubeDeltaCtes, lockStatisticsUpkeep, rebuildCubesIn, SPAN_COLUMN_NAMES } from './stats.upkeep.ts';

// Statistics facts (DESIGN §5): hazard_stat_spans holds, per hazard, the periods of days over which its snapshot
// (state, deadline in force, listed) as it stood at the end of the day does not change. The snapshot of a day D
// is then one indexed read — the span with valid_from ≤ D < valid_to — instead of a probe into every hazard's
// timeline. Spans are computed by the same rules as the reference path (stats.repository `snapshotFromTimelineSql`):
// a span starting on day C takes the timeline as it stood at the end of C; the current span (valid_to infinity)
// takes the hazard row, as the live path does. The snapshot only changes on days something happened (finding,
// an event, the ledger's closedAt/dismissedAt, listing.listedAt), so those days are the span boundaries.

/** Events that never change status (status-changing ones are fromStatus null or ≠ toStatus; these keep it). */
const NON_STATUS_KINDS = sql`('notification', 'escalation', 'linked_report', 'merged_from')`;
/**
 * Events that change no figure (core figureNeutralHazardEvents): no span starts on their day, so the statistics
 * subscriber (workflow/subscribers.ts) can skip them and the facts still equal a rebuild.
 */
const FIGURE_NEUTRAL_KINDS = sql.raw(`(${figureNeutralHazardEvents.map((k) => `'${k}'`).join(', ')})`);
/** Events that set the deadline in force: creation and confirmation carry `deadline`, approved extensions `newDeadline`. */
const DEADLINE_KINDS = sql`('register', 'report', 'imported', 'confirm')`;

/**
 * A hazard's timeline as it stood before `cut`, as one row (status, deadline, listed) for a LEFT JOIN LATERAL … ev:
 * status = toStatus of the last status-bearing event; deadline = the last creation/confirmation deadline or
 * approved extension; listed = the last list/delist. All null when no event precedes the cut. The one rule both
 * the facts and the reference path read the timeline by.
 */
export function timelineBefore(hazardId: SQL, cut: SQL, when: SQL = sql`true`): SQL {
  return sql`SELECT
      (array_agg(e.to_status ORDER BY e.seq DESC) FILTER (WHERE e.kind NOT IN ${NON_STATUS_KINDS}))[1] AS status,
      (array_agg(COALESCE(e.payload->>'newDeadline', e.payload->>'deadline') ORDER BY e.seq DESC) FILTER (
        WHERE (e.kind IN ${DEADLINE_KINDS} AND e.payload->>'deadline' IS NOT NULL)
           OR (e.kind = 'decide_extension' AND e.payload->>'approve' = 'true' AND e.payload->>'newDeadline' IS NOT NULL)))[1]::date AS deadline,
      (array_agg(e.kind = 'list' ORDER BY e.seq DESC) FILTER (WHERE e.kind IN ('list', 'delist')))[1] AS listed
    FROM hazard_events e
    WHERE ${when} AND e.hazard_id = ${hazardId} AND e.at < ${cut}`;
}

/**
 * The statistics state ('open' | 'closed' | 'dismissed') of hazard `h` as of `cut` from the timeline row `ev`
 * (timelineBefore); without an event before the cut (a 台账 import registered later), the ledger's closedAt or
 * dismissedAt says what it was then.
 */
export const stateBefore = (h: string, cut: SQL): SQL =>
  sql`CASE COALESCE(ev.status, CASE WHEN ${sql.raw(h)}.closed_at < ${cut} THEN 'closed' WHEN ${sql.raw(h)}.dismissed_at < ${cut} THEN 'dismissed' ELSE 'rectifying' END)
    WHEN 'closed' THEN 'closed' WHEN 'dismissed' THEN 'dismissed' ELSE 'open' END`;

const chinaDay = (column: SQL) => sql`((${column}) AT TIME ZONE 'Asia/Shanghai')::date`;

/** Rows of hazard_stat_spans for the hazards matching `hazardWhere` (a condition on `hazards`). */
function spansSelect(hazardWhere: SQL): SQL {
  return sql`
    WITH h AS (
      SELECT id, enterprise_id, region_code, sector, level, source, found_at, deadline, status, closed_at, dismissed_at, listing
      FROM hazards WHERE (${hazardWhere}) AND status <> 'merged'
    ),
    change_days AS (
      SELECT DISTINCT id, day FROM (
        SELECT id, found_at AS day FROM h
        UNION ALL SELECT h.id, greatest(${chinaDay(sql`e.at`)}, h.found_at) FROM h JOIN hazard_events e ON e.hazard_id = h.id AND e.kind NOT IN ${FIGURE_NEUTRAL_KINDS}
        UNION ALL SELECT id, greatest(${chinaDay(sql`closed_at`)}, found_at) FROM h WHERE closed_at IS NOT NULL
        UNION ALL SELECT id, greatest(${chinaDay(sql`dismissed_at`)}, found_at) FROM h WHERE dismissed_at IS NOT NULL
        UNION ALL SELECT id, greatest(left(listing->>'listedAt', 10)::date, found_at) FROM h
          WHERE listing->>'listedAt' ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])'
      ) d
    ),
    ordered AS (
      SELECT id, day, lead(day) OVER (PARTITION BY id ORDER BY day) AS next_day FROM change_days
    )
    SELECT h.id AS hazard_id, h.enterprise_id, h.region_code, h.sector, h.level, h.source, h.found_at AS found_on,
      o.day AS valid_from, COALESCE(o.next_day, 'infinity'::date) AS valid_to,
      CASE WHEN o.next_day IS NULL THEN
        CASE h.status WHEN 'closed' THEN 'closed' WHEN 'dismissed' THEN 'dismissed' ELSE 'open' END
      ELSE
        ${stateBefore('h', sql`cut.at`)}
      END AS state,
      CASE WHEN o.next_day IS NULL THEN h.deadline ELSE COALESCE(ev.deadline, h.deadline) END AS deadline,
      CASE WHEN o.next_day IS NULL THEN h.listing IS NOT NULL
        ELSE COALESCE(ev.listed, h.listing IS NOT NULL AND left(h.listing->>'listedAt', 10) <= o.day::text) END AS listed,
      h.closed_at,
      ${chinaDay(sql`LEAST(h.closed_at, h.dismissed_at, ended.at)`)} AS ended_on
    FROM ordered o
    JOIN h ON h.id = o.id
    CROSS JOIN LATERAL (SELECT ((o.day + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') AS at) cut
    LEFT JOIN LATERAL (${timelineBefore(sql`h.id`, sql`cut.at`, sql`o.next_day IS NOT NULL`)}) ev ON true
    LEFT JOIN LATERAL (
      SELECT min(e.at) AS at FROM hazard_events e WHERE e.hazard_id = h.id AND e.to_status IN ('closed', 'dismissed')
    ) ended ON true`;
}

const SPAN_COLUMNS = sql.raw(SPAN_COLUMN_NAMES.join(', '));

/**
 * The statistics upkeep of a write as one statement over the hazards `ids` (a uuid[] expression): their spans
 * recomputed (`fresh`), and only the difference written — the stored spans no fresh span equals are deleted, the
 * fresh spans no stored span equals inserted — with that difference (inserted minus deleted) appended to the cube
 * deltas. An event changes the spans from its own day on, so a hazard's earlier spans are left as they are
 * instead of being rewritten with every index entry on every write. The insert reads `old` first, so the delete
 * has run before a changed span meets its (hazard, valid_from) key again. Returns the spans inserted.
 */
function upkeepSql(ids: SQL): SQL {
  const same = (a: string, b: string) => sql.raw(`(${SPAN_COLUMN_NAMES.map((c) => `${a}.${c}`).join(', ')}) IS NOT DISTINCT FROM (${SPAN_COLUMN_NAMES.map((c) => `${b}.${c}`).join(', ')})`);
  return sql`WITH fresh AS MATERIALIZED (${spansSelect(sql`id = ANY(${ids})`)}),
    old AS (DELETE FROM hazard_stat_spans s WHERE s.hazard_id = ANY(${ids})
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.hazard_id = s.hazard_id AND ${same('f', 's')}) RETURNING s.*),
    written AS (INSERT INTO hazard_stat_spans (${SPAN_COLUMNS}) SELECT ${SPAN_COLUMNS} FROM fresh f WHERE (SELECT count(*) FROM old) >= 0
      AND NOT EXISTS (SELECT 1 FROM hazard_stat_spans s WHERE s.hazard_id = f.hazard_id AND s.valid_from = f.valid_from AND ${same('s', 'f')})
      RETURNING ${SPAN_COLUMNS}),
    ${cubeDeltaCtes(sql`written`, sql`old`)}
    SELECT (SELECT count(*) FROM written)::int`;
}

/** The function's own settings (pg_proc.proconfig), checked by stats.upkeep.test like its body. */
export const UPKEEP_FUNCTION_SETTINGS = [['plan_cache_mode', 'force_generic_plan'], ['enable_seqscan', 'off']] as const;

/**
 * upkeepSql as the PL/pgSQL function zhiben_stat_upkeep(uuid[]) that every hazard write calls: each connection
 * parses and plans it once and then reuses the plan (generic: the ids are its only input), where sending the 10 kB
 * statement each time cost more than running it (on PGlite 3×, before it ran statements by name). Generated from
 * this code and installed by a migration; stats.upkeep.test fails when the database's function is not this text,
 * and prints it for a new migration (`npx drizzle-kit generate --custom …`).
 *
 * Sequential scans are off inside it: the statement only ever touches the given hazards, by their keys, but a
 * connection's one generic plan is made at its first call, and made while the tables were small (a new county,
 * the start of a 台账 import) it scans all of hazards and hazard_events on every later call: 61 instead of 37 ms
 * per 200-row import batch after 20,000 hazards, growing with the tables.
 */
export function upkeepFunctionSql(): string {
  const body = renderInline(upkeepSql(sql.raw('p_hazard_ids')));
  return `CREATE OR REPLACE FUNCTION zhiben_stat_upkeep(p_hazard_ids uuid[]) RETURNS integer
LANGUAGE plpgsql ${UPKEEP_FUNCTION_SETTINGS.map(([name, value]) => `SET ${name} = ${value}`).join(' ')} AS $upkeep$
DECLARE
  p_written integer;
BEGIN
  ${body} INTO p_written;
  RETURN p_written;
END
$upkeep$;
`;
}

/** The one statement a write sends for its statistics: the function, with the ids as its one parameter. */
const upkeepCall = prepareOnce('zhiben_stat_upkeep', () => sql`SELECT zhiben_stat_upkeep(${sql.placeholder('ids')}::uuid[]) AS spans`);

/**
 * Recomputes the statistics facts of the given hazards and records the change for the cubes. Called in the
 * transaction of every change to a hazard that can change a figure, after the hazard row and its event are
 * written: by the statistics subscriber of the workflow timeline (workflow/subscribers.ts), once per event or per
 * ledger batch. One statement; it locks only the hazards' own spans, so writes of different hazards never wait
 * for each other here.
 */
export async function refreshStatSpans(tx: Db, hazardIds: readonly string[]): Promise<void> {
  if (hazardIds.length === 0) return;
  await runPrepared(tx, upkeepCall(), { ids: arrayParam(hazardIds) });
}

/**
 * Rebuilds every statistics fact from hazards and their timelines in one transaction and one pass over the
 * tables (per-region passes would each read hazards scattered over the whole table), then the cubes from them.
 * Returns the facts written.
 */
export async function rebuildStatSpans(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await lockStatisticsUpkeep(tx);
    await tx.execute(sql`DELETE FROM hazard_stat_spans`);
    const written = rowsAffected(await tx.execute(sql`INSERT INTO hazard_stat_spans (${SPAN_COLUMNS}) ${spansSelect(sql`true`)}`));
    await rebuildCubesIn(tx);
    return written;
  });
}

/**
 * VACUUM (ANALYZE) of the facts as the table owner (the app role may not). The covering indexes answer a figure
 * by an index-only scan only where the visibility map marks the pages all-visible; PostgreSQL's autovacuum keeps
 * it set, embedded PGlite has no autovacuum, so without this every figure also reads the table. Touches derived
 * data only; run after a rebuild and at start-up on PGlite.
 */
export async function systemVacuumStatSpans(database: Database): Promise<void> {
  await database.unsafeOwnerExec(`VACUUM (ANALYZE) hazard_stat_spans, ${[...CUBE_TABLES, ...CUBE_DELTA_TABLES].join(', ')}`);
}

/**
 * True when facts exist but the cubes are empty: a database migrated from before the cubes existed. A start-up
 * check over every scope, like systemStatSpansMissing.
 */
export async function systemStatCubesMissing(db: Db): Promise<boolean> {
  const rows = rowsOf<{ missing: boolean }>(
    await db.execute(sql`SELECT EXISTS (SELECT 1 FROM hazard_stat_spans) AND NOT EXISTS (SELECT 1 FROM stat_cube_counts)
      AND NOT EXISTS (SELECT 1 FROM stat_cube_counts_delta) AS missing`),
  );
  return rows[0]?.missing === true;
}

/**
 * True when hazards exist but no facts do: a database migrated from before the facts table existed (the
 * migration creates it empty). Reads every scope at once on purpose: it is a start-up check, not a user read.
 */
export async function systemStatSpansMissing(db: Db): Promise<boolean> {
  const rows = rowsOf<{ missing: boolean }>(
    await db.execute(sql`SELECT EXISTS (SELECT 1 FROM hazards WHERE status <> 'merged') AND NOT EXISTS (SELECT 1 FROM hazard_stat_spans) AS missing`),
  );
  return rows[0]?.missing === true;
}

/** The scope rule of DESIGN §4 on the facts table (the same scopeWhere as every hazard read). */
export const spanInScope = (scope: Scope) =>
  scopeWhere(scope, { regionCode: hazardStatSpans.regionCode, sector: hazardStatSpans.sector, enterpriseId: hazardStatSpans.enterpriseId });

/**
 * The snapshot of D from the facts: the same columns as the reference snapshot (id, region_code, sector, level,
 * source, found_at, deadline, closed_at, state, listed), one row per hazard found on or before D. Live (D = today)
 * reads each hazard's current span, which like the live reference path reflects the hazard row.
 */
export function spanSnapshotSql(where: SQL, asOf: string, live: boolean): SQL {
  const when = live
    ? sql`hazard_stat_spans.valid_to = 'infinity' AND hazard_stat_spans.found_on <= ${asOf}::date`
    : sql`hazard_stat_spans.valid_to > ${asOf}::date AND hazard_stat_spans.valid_from <= ${asOf}::date`;
  return sql`SELECT hazard_stat_spans.hazard_id AS id, hazard_stat_spans.enterprise_id, hazard_stat_spans.region_code, hazard_stat_spans.sector, hazard_stat_spans.level,
      hazard_stat_spans.source, hazard_stat_spans.found_on AS found_at, hazard_stat_spans.deadline, hazard_stat_spans.closed_at,
      hazard_stat_spans.state, hazard_stat_spans.listed
    FROM hazard_stat_spans
    WHERE ${where} AND ${when}`;
}
