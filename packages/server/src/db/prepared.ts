import type { Query, SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { rowsOf, type Db } from './client.ts';

/** A statement rendered once: its text and parameters (sql.placeholder(name) where values vary per call). */
export type PreparedStatement = { name: string; query: Query };

const dialect = new PgDialect();

/**
 * Renders a hot statement once, at first use, instead of on every call (drizzle builds SQL from its template on the
 * main thread each time). `name` must be unique per statement text.
 */
export function prepareOnce(name: string, build: () => SQL): () => PreparedStatement {
  let prepared: PreparedStatement | null = null;
  return () => {
    prepared ??= { name, query: dialect.sqlToQuery(build()) };
    return prepared;
  };
}

/** A statement as text with its values written in (for SQL that is generated once into a migration). */
export const renderInline = (statement: SQL): string => dialect.sqlToQuery(statement.inlineParams()).sql;

/**
 * Runs a prepared statement with values for its placeholders. On PostgreSQL it is a named statement: node-postgres
 * sends its text once per connection, so the server parses it once and, after a few runs, reuses a generic plan.
 * PGlite has no named statements (drizzle ignores the name there): it still skips the SQL building.
 */
export async function runPrepared<T>(db: Db, statement: PreparedStatement, values: Record<string, unknown>): Promise<T[]> {
  return rowsOf<T>(await db._.session.prepareQuery(statement.query, undefined, statement.name, false).execute(values));
}
