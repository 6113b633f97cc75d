import type { Query, SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { rowsOf, type Db } from './client.ts';
import { keepPlan } from './pglite-statements.ts';

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
    if (!prepared) {
      prepared = { name, query: dialect.sqlToQuery(build()) };
      keepPlan(prepared.query.sql);
    }
    return prepared;
  };
}

/** A statement as text with its values written in (for SQL that is generated once into a migration). */
export const renderInline = (statement: SQL): string => dialect.sqlToQuery(statement.inlineParams()).sql;

/**
 * Runs a prepared statement with values for its placeholders. On PostgreSQL it is a named statement: node-postgres
 * sends its text once per connection, so the server parses it once and, after a few runs, reuses a generic plan.
 * On PGlite drizzle ignores the name; the text is marked (keepPlan) and run by name there (pglite-statements.ts).
 */
export async function runPrepared<T>(db: Db, statement: PreparedStatement, values: Record<string, unknown>): Promise<T[]> {
  return rowsOf<T>(await db._.session.prepareQuery(statement.query, undefined, statement.name, false).execute(values));
}

/**
 * A read built once per database handle and then run by name with values for its placeholders (drizzle's
 * `prepare`): the SQL is rendered once instead of on every call (drizzle's building was a tenth of a write's Node
 * time), and on PostgreSQL each pooled connection parses and plans it once. Meant for the hot reads on the app's
 * handle (the session of every request, the parts of a record's view); inside a transaction the handle is new each
 * time, so there it only names the statement. `build` must give the same text every time: what varies is a
 * sql.placeholder(…). The name must be unique to this statement.
 */
export function preparedRead<P>(name: string, build: (db: Db) => { prepare(name: string): P }): (db: Db) => P {
  const byHandle = new WeakMap<Db, P>();
  return (db) => {
    let prepared = byHandle.get(db);
    if (prepared === undefined) {
      prepared = build(db).prepare(name);
      const text = (prepared as { getQuery?: () => { sql: string } }).getQuery?.().sql;
      if (text) keepPlan(text);
      byHandle.set(db, prepared);
    }
    return prepared;
  };
}

/**
 * A list parameter (for `= ANY(…::text[])`, `::uuid[]`, …) as PostgreSQL's array literal, each element quoted: read
 * alike by node-postgres and PGlite, and one statement text for any length.
 */
export const arrayParam = (values: readonly string[]): string => `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
