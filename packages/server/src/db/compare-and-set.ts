import { and, eq, getTableColumns, getTableName, sql, type Column, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';
import { jsonable, toJson } from './insert-rows.ts';
import { fromDriverRow } from './json-rows.ts';
import { prepareOnce, runPrepared, type PreparedStatement } from './prepared.ts';

// The compare-and-set of every workflow record (hazards, tips, inspections, plans, tasks, returns): one UPDATE
// rendered once per table and set of columns, its values one JSON parameter read by jsonb_populate_record (as
// insert-rows.ts inserts), instead of drizzle building the statement on the main thread for every action.
// Status and version are compared with IS NOT DISTINCT FROM (both are NOT NULL, so it is `=`) because no index can
// serve it: the row is found by its key alone. With `=` PGlite, which never gathers statistics, estimated one row
// either way and found the row through hazards_status_deadline_idx, filtering every record of that status by id.

type Versioned = { id: string; status: string; version: number };
const statements = new Map<string, () => PreparedStatement>();

/**
 * Writes `values` and moves the version on, only if the record's status and version are still those of `row`.
 * Returns the record as written, or null when someone else changed it first. Values that are SQL or binary go
 * through drizzle's own update (same condition).
 */
export async function compareAndSetRow<T extends PgTable>(db: Db, table: T, row: Versioned, values: Partial<T['$inferInsert']>): Promise<T['$inferSelect'] | null> {
  const all = getTableColumns(table) as Record<string, Column>;
  const { id, status, version } = all;
  if (!id || !status || !version) throw new Error(`${getTableName(table)} has no id, status and version to compare and set`);
  const set: Record<string, unknown> = { ...values, version: row.version + 1 };
  const keys = Object.keys(set).filter((key) => set[key] !== undefined);
  if (!keys.every((key) => jsonable(all[key], set[key]))) {
    const [written] = (await db
      .update(table)
      .set(set as T['$inferInsert'])
      .where(and(eq(id, row.id), sql`${status} IS NOT DISTINCT FROM ${row.status}`, sql`${version} IS NOT DISTINCT FROM ${row.version}`))
      .returning()) as T['$inferSelect'][];
    return written ?? null;
  }
  const json: Record<string, unknown> = {};
  for (const key of keys) {
    const column = all[key] as Column;
    json[column.name] = toJson(column, set[key]);
  }
  const [written] = await runPrepared<Record<string, unknown>>(db, statementFor(table, all, keys), { values: JSON.stringify(json), id: row.id, status: row.status, version: row.version });
  return written ? fromDriverRow<T['$inferSelect']>(all, written) : null;
}

function statementFor(table: PgTable, all: Record<string, Column>, keys: readonly string[]): PreparedStatement {
  const name = getTableName(table);
  const columns = keys.map((key) => (all[key] as Column).name);
  const cacheKey = `${name}:${columns.join(',')}`;
  let statement = statements.get(cacheKey);
  if (!statement) {
    statement = prepareOnce(`cas_${name}_${statements.size}`, () => compareAndSetSql(table, columns));
    statements.set(cacheKey, statement);
  }
  return statement();
}

/** The compare-and-set of `columns` (database names) with placeholders values (JSON), id, status and version. */
export function compareAndSetSql(table: PgTable, columns: readonly string[]): SQL {
  const assignments = columns.map((column) => `"${column}" = v."${column}"`).join(', ');
  return sql`UPDATE ${table} SET ${sql.raw(assignments)} FROM jsonb_populate_record(NULL::${table}, ${sql.placeholder('values')}::jsonb) v
    WHERE ${table}.id = ${sql.placeholder('id')}
      AND ${table}.status IS NOT DISTINCT FROM ${sql.placeholder('status')} AND ${table}.version IS NOT DISTINCT FROM ${sql.placeholder('version')}
    RETURNING ${table}.*`;
}
