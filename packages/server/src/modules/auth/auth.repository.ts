import { and, eq, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Role } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { enterprises, loginAddressThrottle, loginThrottle, orgs, sessions, users } from '../../db/schema/index.ts';
import { rowsAffected } from '../../db/client.ts';
import { preparedRead } from '../../db/prepared.ts';
import type { SessionUser } from '../../lib/request-context.ts';

export async function findUserForLogin(db: Db, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return row ?? null;
}

/** The columns of a signed-in user: the user, the org or enterprise they belong to. */
const sessionUserColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  roles: users.roles,
  disabled: users.disabled,
  totpEnabled: users.totpEnabled,
  mustChangePassword: users.mustChangePassword,
  orgId: orgs.id,
  orgKind: orgs.kind,
  orgName: orgs.name,
  orgRegion: orgs.regionCode,
  orgSectors: orgs.sectors,
  entId: enterprises.id,
  entName: enterprises.name,
  entRegion: enterprises.regionCode,
};

type SessionUserRow = {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  disabled: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  orgId: string | null;
  orgKind: (typeof orgs.$inferSelect)['kind'] | null;
  orgName: string | null;
  orgRegion: string | null;
  orgSectors: string[] | null;
  entId: string | null;
  entName: string | null;
  entRegion: string | null;
};

/** A disabled user has no session user. */
function toSessionUser(row: SessionUserRow): SessionUser | null {
  if (row.disabled) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles as Role[],
    totpEnabled: row.totpEnabled,
    mustChangePassword: row.mustChangePassword,
    org:
      row.orgId && row.orgKind && row.orgName && row.orgRegion
        ? { id: row.orgId, kind: row.orgKind, name: row.orgName, regionCode: row.orgRegion, sectors: row.orgSectors ?? [] }
        : null,
    enterprise:
      row.entId && row.entName && row.entRegion ? { id: row.entId, name: row.entName, regionCode: row.entRegion } : null,
  };
}

export async function loadSessionUser(db: Db, userId: string): Promise<SessionUser | null> {
  const [row] = await db
    .select(sessionUserColumns)
    .from(users)
    .leftJoin(orgs, eq(orgs.id, users.orgId))
    .leftJoin(enterprises, eq(enterprises.id, users.enterpriseId))
    .where(eq(users.id, userId))
    .limit(1);
  return row ? toSessionUser(row) : null;
}

/**
 * A live session and its user in one query (every authenticated request runs it). `user` is null when the user
 * is disabled.
 */
const liveSessionWithUser = preparedRead('auth_live_session_with_user', (db) =>
  db
    .select({ session: { expiresAt: sessions.expiresAt, lastSeenAt: sessions.lastSeenAt }, user: sessionUserColumns })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(orgs, eq(orgs.id, users.orgId))
    .leftJoin(enterprises, eq(enterprises.id, users.enterpriseId))
    .where(and(eq(sessions.id, sql.placeholder('sessionId')), isNull(sessions.revokedAt)))
    .limit(1),
);

export async function findLiveSessionWithUser(db: Db, sessionId: string) {
  const [row] = await liveSessionWithUser(db).execute({ sessionId });
  return row ? { expiresAt: row.session.expiresAt, lastSeenAt: row.session.lastSeenAt, user: toSessionUser(row.user) } : null;
}

export async function insertSession(db: Db, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

export async function touchSession(db: Db, sessionId: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, sessionId));
}

export async function revokeSession(db: Db, sessionId: string, at: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

export async function revokeUserSessions(db: Db, userId: string, at: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

export async function readThrottle(db: Db, username: string) {
  const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.username, username)).limit(1);
  return row ?? null;
}

/** Growing lock: `base` at the threshold, doubling with every further failure, at most `max`. */
export const lockDuration = (failures: number, threshold: number, baseMs: number, maxMs: number): number =>
  failures < threshold ? 0 : Math.min(maxMs, baseMs * 2 ** Math.min(failures - threshold, 20));

// Failures older than this are forgotten: a lock only grows for a sustained attack.
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

type ThrottleRule = { threshold: number; baseMs: number; maxMs: number };

/** The new failure count and lock of a throttle row, computed in SQL from the stored count so concurrent failures all count. */
function failureUpdate(table: typeof loginThrottle | typeof loginAddressThrottle, at: Date, rule: ThrottleRule) {
  const stale = new Date(at.getTime() - FORGET_AFTER_MS).toISOString();
  const failures = sql`CASE WHEN ${table.lastFailureAt} < ${stale}::timestamptz THEN 1 ELSE ${table.failures} + 1 END`;
  // lock = base · 2^(failures − threshold), capped.
  const lockMs = sql`LEAST(${rule.maxMs}::float8, ${rule.baseMs}::float8 * power(2, LEAST(${failures} - ${rule.threshold}, 20)))`;
  return {
    failures,
    lastFailureAt: at,
    lockedUntil: sql`CASE WHEN ${failures} >= ${rule.threshold} THEN ${at.toISOString()}::timestamptz + ${lockMs} * interval '1 millisecond' ELSE ${table.lockedUntil} END`,
  };
}

/** Counts one failure for a username (any address); returns the count and the lock it now has. */
export async function recordAccountFailure(db: Db, username: string, at: Date, rule: ThrottleRule) {
  const [row] = await db
    .insert(loginThrottle)
    .values({ username, failures: 1, lastFailureAt: at })
    .onConflictDoUpdate({ target: loginThrottle.username, set: failureUpdate(loginThrottle, at, rule) })
    .returning({ failures: loginThrottle.failures, lockedUntil: loginThrottle.lockedUntil });
  return row ?? null;
}

/** The same for one client address and username. */
export async function recordAddressFailure(db: Db, address: string, username: string, at: Date, rule: ThrottleRule) {
  const [row] = await db
    .insert(loginAddressThrottle)
    .values({ address, username, failures: 1, lastFailureAt: at })
    .onConflictDoUpdate({ target: [loginAddressThrottle.address, loginAddressThrottle.username], set: failureUpdate(loginAddressThrottle, at, rule) })
    .returning({ failures: loginAddressThrottle.failures, lockedUntil: loginAddressThrottle.lockedUntil });
  return row ?? null;
}

export async function readAddressThrottle(db: Db, address: string, username: string) {
  const [row] = await db
    .select()
    .from(loginAddressThrottle)
    .where(and(eq(loginAddressThrottle.address, address), eq(loginAddressThrottle.username, username)))
    .limit(1);
  return row ?? null;
}

/** After a successful sign-in, or an administrator's unlock: every counter of this username, on every address. */
export async function clearLoginFailures(db: Db, username: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.username, username));
  await db.delete(loginAddressThrottle).where(eq(loginAddressThrottle.username, username));
}

/** Accepts a TOTP step once: true only if no step at or after it was accepted before (compare-and-set). */
export async function claimTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const result = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))));
  return rowsAffected(result) === 1;
}

export async function revokeOtherSessions(db: Db, userId: string, keepSessionId: string, at: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), ne(sessions.id, keepSessionId)));
}

/** TOTP secrets still in plaintext (written before they were sealed). */
export async function systemPlaintextTotpSecrets(db: Db) {
  return db
    .select({ id: users.id, totpSecret: users.totpSecret, totpPendingSecret: users.totpPendingSecret })
    .from(users)
    .where(or(sql`${users.totpSecret} NOT LIKE 'v1.%'`, sql`${users.totpPendingSecret} NOT LIKE 'v1.%'`));
}

export async function updateUserFields(db: Db, userId: string, values: Partial<typeof users.$inferInsert>) {
  await db.update(users).set(values).where(eq(users.id, userId));
}

export async function findUserSecrets(db: Db, userId: string) {
  const [row] = await db
    .select({
      passwordHash: users.passwordHash,
      totpSecret: users.totpSecret,
      totpPendingSecret: users.totpPendingSecret,
      totpEnabled: users.totpEnabled,
      username: users.username,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}
