import { sql, type Column, type SQL } from 'drizzle-orm';

// Rows of another table inside one statement's answer: json_agg of the columns by their database names, mapped back
// the way drizzle maps what the driver returns. A record's view reads its parts this way in one round trip.

/** `json_agg` of `columns` (a subquery's select list, e.g. `SELECT ${jsonRows(…)} FROM t WHERE …`); [] when no row. */
export function jsonRows(columns: Readonly<Record<string, Column>>, orderBy: SQL = sql``): SQL {
  const fields = sql.join(
    Object.values(columns).map((column) => sql`${sql.raw(`'${column.name}'`)}, ${column}`),
    sql`, `,
  );
  return sql`coalesce(json_agg(json_build_object(${fields}) ${orderBy}), '[]'::json)`;
}

/** A row keyed by column name (the driver's, or a jsonRows element) as drizzle returns it: by key, each value mapped. */
export function fromDriverRow<T>(columns: Readonly<Record<string, Column>>, raw: Readonly<Record<string, unknown>>): T {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columns)) {
    const value = raw[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T;
}
