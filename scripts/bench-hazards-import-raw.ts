// bench:hazards import, its physical baseline: the rows the import left (the hazards, their timeline events, the
// statistics facts and the cube deltas) written once more as raw SQL, batch by batch as the import wrote them, into
// copies of those tables (the same columns, indexes and checks; no foreign keys, no triggers — those the import pays
// and the copy does not), one statement per table and one transaction per batch, from a plain client. Each batch's
// rows are read as JSON text before its write, and only the writes are timed: the time the database needs to take
// these rows at all, which no import of the file can beat.
import { APP_ROLE, type Database } from '../packages/server/src/db/client.ts';
import { CUBE_DELTA_TABLES } from '../packages/server/src/modules/stats/stats.upkeep.ts';
import { insertJson, plainClient, type Exec } from './bench-plain-client.ts';

/** The import's batch (ledger.import.ts). */
const BATCH = 200;
const PER_HAZARD = [['hazards', 'id'], ['hazard_events', 'hazard_id'], ['hazard_stat_spans', 'hazard_id']] as const;
const copyOf = (table: string) => `bench_raw_${table}`;
const sourceOf = (table: string) => `bench_raw_source_${table}`;

/** The columns an INSERT may set (not generated), quoted, in table order. */
async function insertableColumns(exec: Exec, table: string): Promise<string> {
  const { rows } = await exec.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => `"${String(r.column_name)}"`).join(', ');
}

/** Seconds and rows in all, and per table (each table's INSERTs timed inside the batches' transactions). */
export type RawReplay = { seconds: number; rows: number; batches: number; byTable: Record<string, { seconds: number; rows: number }> };

/** Replays what the import wrote (see above); the copies are dropped afterwards. */
export async function replayImportRaw(database: Database): Promise<RawReplay> {
  const exec = await plainClient(database);
  const tables = [...PER_HAZARD.map(([table]) => table), ...CUBE_DELTA_TABLES];
  try {
    // Tables are the owner's to create; the plain client may run as the app's role, as the import did.
    const owned = async (statement: string, table: string) => {
      await database.unsafeOwnerExec(statement);
      await database.unsafeOwnerExec(`DO $grant$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN GRANT SELECT, INSERT ON ${table} TO ${APP_ROLE}; END IF; END $grant$`);
    };
    const columns = new Map<string, string>();
    for (const table of tables) {
      await owned(`CREATE TABLE ${copyOf(table)} (LIKE ${table} INCLUDING ALL)`, copyOf(table));
      columns.set(table, await insertableColumns(exec, copyOf(table)));
    }
    // The deltas cannot be told apart by batch: each batch takes an equal share of them, numbered once.
    const deltaCounts = new Map<string, number>();
    for (const table of CUBE_DELTA_TABLES) {
      await owned(`CREATE TABLE ${sourceOf(table)} AS SELECT row_number() OVER () AS bench_rn, * FROM ${table}`, sourceOf(table));
      await database.unsafeOwnerExec(`CREATE INDEX ON ${sourceOf(table)} (bench_rn)`);
      const [count] = (await exec.query(`SELECT count(*)::int AS n FROM ${sourceOf(table)}`)).rows;
      deltaCounts.set(table, Number(count?.n ?? 0));
    }
    const ids = (await exec.query(`SELECT hazard_id FROM hazard_events WHERE kind = 'imported' ORDER BY id`)).rows.map((r) => String(r.hazard_id));
    const batches = Math.ceil(ids.length / BATCH);
    let seconds = 0;
    let rows = 0;
    const byTable: RawReplay['byTable'] = {};
    for (let b = 0; b < batches; b += 1) {
      const batchIds = `{${ids.slice(b * BATCH, (b + 1) * BATCH).join(',')}}`;
      const writes: { table: string; json: string; n: number }[] = [];
      for (const [table, key] of PER_HAZARD) {
        const [read] = (await exec.query(`SELECT COALESCE(json_agg(t), '[]')::text AS json, count(*)::int AS n FROM ${table} t WHERE ${key} = ANY($1::uuid[])`, [batchIds])).rows;
        writes.push({ table, json: String(read?.json ?? '[]'), n: Number(read?.n ?? 0) });
      }
      for (const table of CUBE_DELTA_TABLES) {
        const total = deltaCounts.get(table) ?? 0;
        const [from, to] = [Math.floor((total * b) / batches), Math.floor((total * (b + 1)) / batches)];
        const [read] = (await exec.query(
          `SELECT COALESCE(json_agg(to_jsonb(t) - 'bench_rn'), '[]')::text AS json, count(*)::int AS n FROM ${sourceOf(table)} t WHERE bench_rn > $1 AND bench_rn <= $2`,
          [from, to],
        )).rows;
        writes.push({ table, json: String(read?.json ?? '[]'), n: Number(read?.n ?? 0) });
      }
      const start = performance.now();
      await exec.transaction(async (query) => {
        for (const { table, json, n } of writes) {
          if (n === 0) continue;
          const began = performance.now();
          await insertJson(query, copyOf(table), columns.get(table) ?? '', json);
          const entry = (byTable[table] ??= { seconds: 0, rows: 0 });
          entry.seconds += (performance.now() - began) / 1000;
          entry.rows += n;
        }
      });
      seconds += (performance.now() - start) / 1000;
      rows += writes.reduce((sum, w) => sum + w.n, 0);
    }
    return { seconds, rows, batches, byTable };
  } finally {
    await exec.close();
    for (const table of tables) await database.unsafeOwnerExec(`DROP TABLE IF EXISTS ${copyOf(table)}, ${sourceOf(table)}`);
  }
}
