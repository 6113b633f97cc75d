// A plain client beside the app's (the benchmarks' physical baselines write through it): pg.Client on the same
// database, or on PGlite its own query and transaction, not the named statements the app's instance runs.
import pg from 'pg';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database } from '../packages/server/src/db/client.ts';

export type Row = Record<string, unknown>;
export type Query = (text: string, params?: unknown[]) => Promise<{ rows: Row[] }>;
/** A plain client: queries, and transactions it owns (PGlite: under its transaction lock, so nothing interleaves). */
export type Exec = { query: Query; transaction: <T>(work: (query: Query) => Promise<T>) => Promise<T>; close: () => Promise<void> };

/** A plain client next to the app's: the PGlite instance itself, or a pg.Client on the scratch database. */
export async function plainClient(database: Database): Promise<Exec> {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === 'pglite') {
    // PGlite's own query and transaction, not the named statements the app's instance runs (db/pglite-statements.ts).
    const lite = client as PGlite;
    const query: Query = async (text, params) => ({ rows: (await PGlite.prototype.query.call(lite, text, params)).rows as Row[] });
    return {
      query,
      transaction: <T>(work: (query: Query) => Promise<T>) =>
        PGlite.prototype.transaction.call<PGlite, [(tx: Transaction) => Promise<T>], Promise<T>>(lite, (tx) => work(async (text, params) => ({ rows: (await tx.query(text, params)).rows as Row[] }))),
      close: async () => undefined,
    };
  }
  const url = (client as { options: { connectionString: string } }).options.connectionString;
  const plain = new pg.Client({ connectionString: url });
  await plain.connect();
  const query: Query = async (text, params) => ({ rows: (await plain.query(text, params)).rows as Row[] });
  return {
    query,
    transaction: async (work) => {
      await plain.query('BEGIN');
      try {
        const result = await work(query);
        await plain.query('COMMIT');
        return result;
      } catch (error) {
        await plain.query('ROLLBACK');
        throw error;
      }
    },
    close: () => plain.end(),
  };
}

/** INSERTs a JSON array of rows (text) into `table`'s `columns` (a column list), in one statement. */
export async function insertJson(query: Query, table: string, columns: string, json: string) {
  await query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $1::json)`, [json]);
}

/** INSERTs rows captured as JSON back into their table, in one statement (the columns of the captured rows). */
export async function insertRows(query: Query, table: string, rows: readonly Row[], omit: readonly string[] = []) {
  const first = rows[0];
  if (!first) return;
  await insertJson(query, table, Object.keys(first).filter((c) => !omit.includes(c)).join(', '), JSON.stringify(rows));
}
