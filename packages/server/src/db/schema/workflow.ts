import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

// The columns every workflow timeline shares (server/src/workflow/timeline.ts appends to and verifies them): one
// hash-chained, append-only event per change of a record, seq 1..n per record.

export const workflowEventColumns = () => ({
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  seq: integer('seq').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name').notNull(),
  kind: text('kind').notNull(),
  fromStatus: text('from_status'),
  toStatus: text('to_status').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

/**
 * A new workflow's event table in one line, e.g.
 * `export const inspectionEvents = workflowEventTable('inspection_events', 'inspection_id', () => inspections.id);`
 * Then a migration that makes it append-only (see 0003/0009: REVOKE UPDATE, DELETE, TRUNCATE from the app role
 * and the audit_log_append_only triggers) and a stream in server/src/workflow/streams.ts.
 */
export function workflowEventTable(name: string, subjectColumn: string, subject: () => AnyPgColumn) {
  return pgTable(
    name,
    { ...workflowEventColumns(), subjectId: uuid(subjectColumn).notNull().references(subject) },
    (t) => [uniqueIndex(`${name}_seq_uq`).on(t.subjectId, t.seq), index(`${name}_at_idx`).on(t.at)],
  );
}
