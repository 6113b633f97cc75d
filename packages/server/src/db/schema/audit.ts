import { bigserial, index, jsonb, pgTable, smallint, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

// ---- audit (append-only; UPDATE/DELETE revoked from the app role and blocked by trigger) ----

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    ip: text('ip'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    regionCode: varchar('region_code', { length: 12 }),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /**
     * How `hash` was computed: 1 = sha256(prev + row), the rows written before the keyed chain; 2 = HMAC-SM3 with a
     * key outside the database, so the owner cannot recompute the chain after an edit. Once a row is 2, every
     * later row must be 2 (audit.repository.ts verifyAuditChain).
     */
    chain: smallint('chain').notNull().default(1),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_action_idx').on(t.action)],
);
