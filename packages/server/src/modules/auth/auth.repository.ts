import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { enterprises, loginThrottle, orgs, sessions, users } from '../../db/schema/index.ts';
import type { SessionUser } from '../../lib/request-context.ts';

export async function findUserForLogin(db: Db, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return row ?? null;
}

export async function loadSessionUser(db: Db, userId: string): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      roles: users.roles,
      disabled: users.disabled,
      totpEnabled: users.totpEnabled,
      orgId: orgs.id,
      orgKind: orgs.kind,
      orgName: orgs.name,
      orgRegion: orgs.regionCode,
      orgSectors: orgs.sectors,
      entId: enterprises.id,
      entName: enterprises.name,
      entRegion: enterprises.regionCode,
    })
    .from(users)
    .leftJoin(orgs, eq(orgs.id, users.orgId))
    .leftJoin(enterprises, eq(enterprises.id, users.enterpriseId))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || row.disabled) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles as Role[],
    totpEnabled: row.totpEnabled,
    org:
      row.orgId && row.orgKind && row.orgName && row.orgRegion
        ? { id: row.orgId, kind: row.orgKind, name: row.orgName, regionCode: row.orgRegion, sectors: row.orgSectors ?? [] }
        : null,
    enterprise:
      row.entId && row.entName && row.entRegion ? { id: row.entId, name: row.entName, regionCode: row.entRegion } : null,
  };
}

export async function findLiveSession(db: Db, sessionId: string) {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .limit(1);
  return row ?? null;
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

/** Counts one failure; returns the new count. Upsert so concurrent failures all count. */
export async function recordLoginFailure(db: Db, username: string, at: Date, lockAfter: number, lockUntil: Date) {
  const [row] = await db
    .insert(loginThrottle)
    .values({ username, failures: 1, lastFailureAt: at })
    .onConflictDoUpdate({
      target: loginThrottle.username,
      set: {
        failures: sql`${loginThrottle.failures} + 1`,
        lastFailureAt: at,
        lockedUntil: sql`CASE WHEN ${loginThrottle.failures} + 1 >= ${lockAfter} THEN ${lockUntil.toISOString()}::timestamptz ELSE ${loginThrottle.lockedUntil} END`,
      },
    })
    .returning({ failures: loginThrottle.failures, lockedUntil: loginThrottle.lockedUntil });
  return row;
}

export async function clearLoginFailures(db: Db, username: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.username, username));
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
