import { createHash } from 'node:crypto';
import { getTableColumns, getTableName, is, SQL, sql, type Column } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';
import { fromDriverRow } from './json-rows.ts';
import { prepareOnce, runPrepared, type PreparedStatement } from './prepared.ts';

// Many rows of one table in one statement with one parameter: the rows as a JSON array that
// jsonb_populate_recordset reads into the table's own row type. Drizzle's multi-row insert builds a parameter per
// value and spent about 120 µs of main-thread time per hazard row doing it (2.4 s of a 20,000-row 台账 import's
// 15 s); here a statement is rendered once per table and column set, and a row costs its JSON.

type Prepared = { statement: () => PreparedStatement; columns: readonly (readonly [key: string, column: Column])[] };
const statements = new Map<string, Prepared>();

/**
 * Inserts `rows` and returns them as written, mapped like drizzle's `.returning()`. Columns a row leaves
 * undefined take their $defaultFn or the database default, as with drizzle. Rows that differ in which columns
 * they set, or carry SQL values or binary columns, go through drizzle's own insert instead.
 */
export async function insertRowsReturning<T extends PgTable>(db: Db, table: T, rows: readonly T['$inferInsert'][], options: InsertOptions = {}): Promise<T['$inferSelect'][]> {
  if (rows.length === 0) return [];
  const all = getTableColumns(table) as Record<string, Column>;
  const written = await insertJsonRows(db, table, all, rows, true, options);
  if (written !== null) return written.map((raw) => fromDriverRow<T['$inferSelect']>(all, raw));
  const insert = db.insert(table).values([...rows] as T['$inferInsert'][]);
  const { skipConflictsOn } = options;
  return (await (skipConflictsOn ? insert.onConflictDoNothing({ target: [...skipConflictsOn] }) : insert).returning()) as T['$inferSelect'][];
}

/** skipConflictsOn: ON CONFLICT (these columns) DO NOTHING; only the rows inserted come back. */
export type InsertOptions = { skipConflictsOn?: readonly PgColumn[] };

/**
 * insertRowsReturning without reading the rows back. It sends its statement when called, on either path (drizzle's
 * builder waits a microtask when awaited, `.execute()` does not): a statement called after it in the same
 * transaction runs after it on the server, even when both go out together (the timeline inserts an event and its
 * subscribers read it: workflow/timeline.ts insertAndPublish).
 */
export function insertRows<T extends PgTable>(db: Db, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return Promise.resolve();
  const all = getTableColumns(table) as Record<string, Column>;
  const json = jsonInsert(table, all, rows, false);
  const sent = json ? runPrepared(db, json.statement, json.values) : db.insert(table).values([...rows] as T['$inferInsert'][]).execute();
  return sent.then(() => undefined);
}

/** The insert as one JSON parameter, or null when the rows cannot take that path. */
async function insertJsonRows(db: Db, table: PgTable, all: Record<string, Column>, rows: readonly object[], returning: boolean, options: InsertOptions = {}): Promise<Record<string, unknown>[] | null> {
  const json = jsonInsert(table, all, rows, returning, options);
  return json ? runPrepared<Record<string, unknown>>(db, json.statement, json.values) : null;
}

/** The statement and its one parameter, or null when the rows cannot take the JSON path. */
function jsonInsert(table: PgTable, all: Record<string, Column>, rows: readonly object[], returning: boolean, options: InsertOptions = {}): { statement: PreparedStatement; values: { rows: string } } | null {
  const filled = rows.map((row) => withDefaults(all, row as Record<string, unknown>));
  const keys = filled[0] ? Object.keys(filled[0]) : [];
  const signature = keys.join(',');
  const plain = filled.every((row) => Object.keys(row).join(',') === signature && keys.every((key) => jsonable(all[key], row[key])));
  if (!plain) return null;
  const prepared = preparedFor(table, all, keys, returning, options.skipConflictsOn ?? []);
  const payload = JSON.stringify(filled.map((row) => {
    const json: Record<string, unknown> = {};
    for (const [key, column] of prepared.columns) json[column.name] = toJson(column, row[key]);
    return json;
  }));
  return { statement: prepared.statement(), values: { rows: payload } };
}

/** The row with drizzle's client-side defaults applied, undefined keys left out (they take the database default). */
function withDefaults(all: Record<string, Column>, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(all)) {
    let value = row[key];
    if (value === undefined) value = column.defaultFn?.() ?? column.onUpdateFn?.();
    if (value !== undefined) out[key] = value;
  }
  return out;
}

// drizzle's is() reads the prototype's constructor: a JSON value built without a prototype is no SQL either.
const isSql = (value: unknown) => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) !== null && is(value, SQL);
export const jsonable = (column: Column | undefined, value: unknown) =>
  column !== undefined && !isSql(value) && column.dataType !== 'buffer' && !(typeof value === 'number' && !Number.isFinite(value));

/** A value as JSON that jsonb_populate_recordset turns into the column's type: JSON and arrays as themselves, the rest as drizzle sends them. */
export function toJson(column: Column, value: unknown): unknown {
  if (value === null) return null;
  if (column.dataType === 'json' || column.dataType === 'array') return value;
  return column.mapToDriverValue(value);
}

function preparedFor(table: PgTable, all: Record<string, Column>, keys: readonly string[], returning: boolean, conflictTarget: readonly Column[]): Prepared {
  const conflict = conflictTarget.map((column) => column.name);
  const cacheKey = `${getTableName(table)}:${keys.join(',')}:${returning ? 'returning' : ''}${conflict.length > 0 ? `:skip(${conflict.join(',')})` : ''}`;
  const known = statements.get(cacheKey);
  if (known) return known;
  const columns = keys.map((key) => [key, all[key] as Column] as const);
  const list = sql.join(columns.map(([, column]) => sql.identifier(column.name)), sql`, `);
  const statementName = `insert_rows_${createHash('sha1').update(cacheKey).digest('hex').slice(0, 16)}`;
  const prepared: Prepared = {
    columns,
    statement: prepareOnce(statementName, () =>
      sql`INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${table}, ${sql.placeholder('rows')}::jsonb)${
        conflict.length > 0 ? sql.raw(` ON CONFLICT (${conflict.map((name) => `"${name}"`).join(', ')}) DO NOTHING`) : sql``
      }${returning ? sql` RETURNING *` : sql``}`),
  };
  statements.set(cacheKey, prepared);
  return prepared;
}
