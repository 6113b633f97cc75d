import { createHash } from 'node:crypto';
import { and, asc, count, desc, eq, gt, gte, ilike, lte, sql, type SQL } from 'drizzle-orm';
import { canonicalJson } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';

export type AuditEntry = {
  at: Date;
  actorUserId: string | null;
  actorName: string;
  ip: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  regionCode: string | null;
  detail: Record<string, unknown>;
};

const GENESIS = '0'.repeat(64);
// One chain for the whole log: appends take this transaction-scoped advisory lock so each row links to the last.
const AUDIT_CHAIN_LOCK = 7_270_001;

export function auditHash(prevHash: string, entry: AuditEntry): string {
  const body = canonicalJson({ ...entry, at: entry.at.toISOString() });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Appends one audit row. Pass the transaction of the change it records; given a plain connection it opens its
 * own transaction (inside one, drizzle makes it a savepoint), so the chain lock always spans read-last + insert.
 */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
    const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    const prevHash = last?.hash ?? GENESIS;
    await tx.insert(auditLog).values({ ...entry, prevHash, hash: auditHash(prevHash, entry) });
  });
}

export type AuditFilter = { actor?: string; action?: string; entityType?: string; from?: Date; to?: Date };

function filterWhere(filter: AuditFilter): SQL | undefined {
  return and(
    filter.actor ? ilike(auditLog.actorName, `%${filter.actor}%`) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lte(auditLog.at, filter.to) : undefined,
  );
}

export async function listAudit(db: Db, filter: AuditFilter, page: number, pageSize: number) {
  const where = filterWhere(filter);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function listAuditActions(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action));
  return rows.map((r) => r.action);
}

export type ChainVerification = { ok: boolean; checked: number; brokenAtId: number | null };

/** Walks the whole chain in id order, recomputing every hash; reports the first row that does not match. */
export async function verifyAuditChain(db: Db, batchSize = 2000): Promise<ChainVerification> {
  let prevHash = GENESIS;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, checked, brokenAtId: null };
    for (const row of rows) {
      const { id, prevHash: storedPrev, hash, ...entry } = row;
      if (storedPrev !== prevHash || auditHash(prevHash, entry) !== hash) {
        return { ok: false, checked, brokenAtId: id };
      }
      prevHash = hash;
      lastId = id;
      checked++;
    }
  }
}
