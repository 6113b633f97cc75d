import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, asc, count, desc, eq, gt, gte, ilike, lte, sql, type SQL } from 'drizzle-orm';
import { canonicalJson } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import { deriveKey } from '../tips/tip-crypto.ts';

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

/**
 * Keys of the audit chain, derived from the master key outside the database (the tip key): the chain's HMAC key
 * and the checkpoint file's signing key. Configure before the first append (main, CLI, tests); without it a random
 * per-process key is used (scratch databases of benchmarks and browser tests, which nobody verifies later).
 */
type AuditKeys = { chain: Buffer; checkpoint: Buffer };
const keysFrom = (master: Buffer): AuditKeys => ({ chain: deriveKey(master, 'audit', 'chain-hmac-sm3'), checkpoint: deriveKey(master, 'audit', 'checkpoint-hmac-sm3') });
let keys: AuditKeys | null = null;
export function configureAuditKeys(master: Buffer, options: { ifUnset?: boolean } = {}): void {
  if (options.ifUnset && keys) return;
  keys = keysFrom(master);
}
const auditKeys = (): AuditKeys => (keys ??= keysFrom(randomBytes(32)));

/** The chain of the rows written before the keyed chain: sha256 anyone can recompute (kept to verify old rows). */
export function auditHash(prevHash: string, entry: AuditEntry): string {
  const body = canonicalJson({ ...entry, at: entry.at.toISOString() });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** Chain 2: HMAC-SM3 keyed outside the database, so whoever edits a row cannot recompute the hashes after it. */
export function keyedAuditHash(prevHash: string, entry: AuditEntry): string {
  const body = canonicalJson({ ...entry, at: entry.at.toISOString() });
  return createHmac('sm3', auditKeys().chain).update(prevHash).update('\n').update(body).digest('hex');
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
    await tx.insert(auditLog).values({ ...entry, prevHash, hash: keyedAuditHash(prevHash, entry), chain: 2 });
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

export type ChainVerification = { ok: boolean; checked: number; brokenAtId: number | null; reason: string | null };

/**
 * Walks the whole chain in id order, recomputing every hash (sha256 for the rows before the keyed chain, HMAC-SM3
 * after; no unkeyed row may follow a keyed one). Then checks the log's own checkpoints: the rows up to each
 * checkpoint's head must still be there, as many as it counted.
 */
export async function verifyAuditChain(db: Db, batchSize = 2000): Promise<ChainVerification> {
  let prevHash = GENESIS;
  let lastId = 0;
  let checked = 0;
  let keyed = false;
  const checkpoints: { id: number; headId: number; headHash: string; count: number }[] = [];
  const hashes = new Map<number, string>();
  const positions = new Map<number, number>();
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      const { id, prevHash: storedPrev, hash, chain, ...entry } = row;
      const expected = chain === 2 ? keyedAuditHash(prevHash, entry) : chain === 1 && !keyed ? auditHash(prevHash, entry) : null;
      if (storedPrev !== prevHash || expected === null || !sameHex(expected, hash)) {
        const reason = expected === null ? `第 ${id} 号记录的链版本无效（密钥链之后不能再出现未加密钥的记录）` : `第 ${id} 号记录被篡改或删除（此前 ${checked} 条完整）`;
        return { ok: false, checked, brokenAtId: id, reason };
      }
      keyed ||= chain === 2;
      prevHash = hash;
      lastId = id;
      checked++;
      positions.set(id, checked);
      if (row.action === 'audit.checkpoint') {
        const d = row.detail as { headId?: number; headHash?: string; count?: number };
        if (typeof d.headId === 'number' && typeof d.headHash === 'string' && typeof d.count === 'number') checkpoints.push({ id, headId: d.headId, headHash: d.headHash, count: d.count });
      }
      hashes.set(id, hash);
    }
  }
  for (const c of checkpoints) {
    if (hashes.get(c.headId) !== c.headHash || positions.get(c.headId) !== c.count) {
      return { ok: false, checked, brokenAtId: c.id, reason: `第 ${c.id} 号检查点记录的 ${c.count} 条记录（至第 ${c.headId} 号）已不完整：有记录被删除或重写` };
    }
  }
  return { ok: true, checked, brokenAtId: null, reason: null };
}

const sameHex = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

// ---- anchored head: a signed checkpoint file outside the database, and a checkpoint row in the log itself ----

export type AuditCheckpoint = { headId: number; headHash: string; count: number; at: string };

const signCheckpoint = (c: AuditCheckpoint) =>
  createHmac('sm3', auditKeys().checkpoint).update(canonicalJson(c)).digest('hex');

/**
 * Anchors the chain's head: appends an `audit.checkpoint` row (head id, hash and row count before it), then writes
 * the new head — that row — to a file signed with a key the database owner does not have (0600, written atomically).
 * Truncating the log or re-hashing it afterwards no longer matches the file (`npm run audit:verify`). Skipped when
 * nothing was appended since the last checkpoint.
 */
export async function writeAuditCheckpoint(db: Db, file: string, at: Date): Promise<AuditCheckpoint | null> {
  const head = async () => {
    const [row] = await db.select({ id: auditLog.id, hash: auditLog.hash, action: auditLog.action }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    const [counted] = await db.select({ n: count() }).from(auditLog);
    return row ? { ...row, count: counted?.n ?? 0 } : null;
  };
  const before = await head();
  if (!before || before.action === 'audit.checkpoint') return null;
  await appendAudit(db, {
    at,
    actorUserId: null,
    actorName: '系统',
    ip: null,
    action: 'audit.checkpoint',
    entityType: null,
    entityId: null,
    regionCode: null,
    detail: { headId: before.id, headHash: before.hash, count: before.count },
  });
  const after = await head();
  if (!after) return null;
  const checkpoint: AuditCheckpoint = { headId: after.id, headHash: after.hash, count: after.count, at: at.toISOString() };
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify({ ...checkpoint, signature: signCheckpoint(checkpoint) }, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
  return checkpoint;
}

/** Checks the log against the signed checkpoint file: the head it names must be there, with as many rows up to it. */
export async function verifyAuditCheckpoint(db: Db, file: string): Promise<{ ok: boolean; reason: string | null; checkpoint: AuditCheckpoint | null }> {
  if (!fs.existsSync(file)) return { ok: true, reason: null, checkpoint: null };
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as AuditCheckpoint & { signature?: string };
  const { signature, ...checkpoint } = parsed;
  const claimed: AuditCheckpoint = { headId: checkpoint.headId, headHash: checkpoint.headHash, count: checkpoint.count, at: checkpoint.at };
  if (typeof signature !== 'string' || !sameHex(signature, signCheckpoint(claimed))) return { ok: false, reason: `检查点文件 ${file} 的签名无效`, checkpoint: claimed };
  const [row] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.id, claimed.headId)).limit(1);
  const [upTo] = await db.select({ n: count() }).from(auditLog).where(lte(auditLog.id, claimed.headId));
  if (!row) return { ok: false, reason: `检查点（${claimed.at}）记录的第 ${claimed.headId} 号记录已不存在：日志被截断`, checkpoint: claimed };
  if (row.hash !== claimed.headHash) return { ok: false, reason: `第 ${claimed.headId} 号记录的哈希与检查点（${claimed.at}）不符：日志被重写`, checkpoint: claimed };
  if ((upTo?.n ?? 0) !== claimed.count) return { ok: false, reason: `检查点（${claimed.at}）时有 ${claimed.count} 条记录，现只剩 ${upTo?.n ?? 0} 条：有记录被删除`, checkpoint: claimed };
  return { ok: true, reason: null, checkpoint: claimed };
}
