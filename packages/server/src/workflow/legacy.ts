// Events written before their table joined the hash chain (tip_events before migration 20261204165329): the
// migration numbered them but left their hashes empty, since only the app computes an event's canonical JSON.
// At start-up, before anything else is appended, this seals them once, as the table owner (the app role may
// not update an append-only table, and its trigger must be stepped around for this one statement).
import { sql } from 'drizzle-orm';
import { chainHash, GENESIS_HASH } from '@zhiben/core';
import { rowsOf, type Database } from '../db/client.ts';
import { listEventsOf, type Subject, type TimelineStream } from './timeline.ts';

/** Seals the unsealed events of `table` (the stream's table) and returns how many rows it wrote. */
export async function systemSealLegacyEvents<S extends Subject, Extra>(database: Database, stream: TimelineStream<S, Extra>, table: string, subjectColumn: string): Promise<number> {
  if (!/^[a-z_]+$/.test(table) || !/^[a-z_]+$/.test(subjectColumn)) throw new Error(`not a table or column name: ${table}.${subjectColumn}`);
  const subjects = rowsOf<{ id: string }>(await database.db.execute(sql`SELECT DISTINCT ${sql.identifier(subjectColumn)} AS id FROM ${sql.identifier(table)} WHERE hash = ''`)).map((r) => r.id);
  if (subjects.length === 0) return 0;
  const updates: string[] = [];
  for (const events of (await listEventsOf(database.db, stream, subjects)).values()) {
    let prevHash = GENESIS_HASH;
    for (const event of events) {
      const hash = chainHash(prevHash, stream.body({ ...event, prevHash }));
      if (event.prevHash !== prevHash || event.hash !== hash) updates.push(`('${event.subjectId}'::uuid, ${event.seq}, '${prevHash}', '${hash}')`);
      prevHash = hash;
    }
  }
  if (updates.length === 0) return 0;
  // Every literal is a uuid from the database, an integer or a hex digest: nothing here comes from a user.
  await database.unsafeOwnerExec(`BEGIN;
    ALTER TABLE ${table} DISABLE TRIGGER ${table}_no_update;
    UPDATE ${table} t SET prev_hash = v.prev_hash, hash = v.hash FROM (VALUES ${updates.join(', ')}) AS v(subject_id, seq, prev_hash, hash)
      WHERE t.${subjectColumn} = v.subject_id AND t.seq = v.seq;
    ALTER TABLE ${table} ENABLE TRIGGER ${table}_no_update;
    COMMIT;`);
  return updates.length;
}
