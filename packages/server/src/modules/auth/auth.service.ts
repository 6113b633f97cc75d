import { createHash, randomBytes } from 'node:crypto';
import { isEnterpriseRole, scopeFor } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthContext, Initiator, SessionUser } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import * as repo from './auth.repository.ts';
import { dummyPasswordHash, hashPassword, isStrongEnough, verifyPassword } from './password.ts';
import { generateTotpSecret, otpauthUrl, verifyTotp } from './totp.ts';

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MS = 15 * 60 * 1000;
// Writing last_seen on every request would make every read a write; a minute of slack is harmless.
const TOUCH_EVERY_MS = 60 * 1000;

export type AuthDeps = { db: Db; clock: Clock };
export type LoginInput = { username: string; password: string; totp?: string | undefined };

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function login(deps: AuthDeps, input: LoginInput, ip: string | null, userAgent: string | null) {
  const { db, clock } = deps;
  const now = clock.now();
  const username = input.username.trim();
  const throttle = await repo.readThrottle(db, username);
  if (throttle?.lockedUntil && throttle.lockedUntil > now) {
    await audit(db, now, { userId: null, name: username, ip }, 'auth.login_locked', null, {});
    throw AppError('AUTH_LOCKED');
  }
  if (throttle?.lockedUntil) await repo.clearLoginFailures(db, username); // lock served; start counting anew

  const user = await repo.findUserForLogin(db, username);
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await dummyPasswordHash(), input.password)) && false;
  if (!user || !passwordOk || user.disabled) {
    const row = await repo.recordLoginFailure(db, username, now, LOCK_AFTER_FAILURES, new Date(now.getTime() + LOCK_MS));
    await audit(db, now, { userId: user?.id ?? null, name: username, ip }, 'auth.login_failed', user?.id ?? null, {
      failures: row?.failures ?? null,
    });
    if (row?.lockedUntil && row.lockedUntil > now) throw AppError('AUTH_LOCKED');
    throw AppError('AUTH_INVALID_CREDENTIALS');
  }
  if (user.totpEnabled && user.totpSecret) {
    if (!input.totp) throw AppError('AUTH_TOTP_REQUIRED');
    if (!verifyTotp(user.totpSecret, input.totp, now)) {
      await repo.recordLoginFailure(db, username, now, LOCK_AFTER_FAILURES, new Date(now.getTime() + LOCK_MS));
      await audit(db, now, { userId: user.id, name: username, ip }, 'auth.totp_failed', user.id, {});
      throw AppError('AUTH_TOTP_INVALID', { field: 'totp' });
    }
  }

  const token = randomBytes(32).toString('base64url');
  const sessionId = hashToken(token);
  await db.transaction(async (tx) => {
    await repo.clearLoginFailures(tx, username);
    await repo.insertSession(tx, {
      id: sessionId,
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      ip,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    await repo.updateUserFields(tx, user.id, { lastLoginAt: now });
    await audit(tx, now, { userId: user.id, name: nameOf(user), ip }, 'auth.login', user.id, {});
  });
  const sessionUser = await repo.loadSessionUser(db, user.id);
  if (!sessionUser) throw AppError('AUTH_INVALID_CREDENTIALS');
  return { token, user: sessionUser };
}

const nameOf = (user: { displayName: string; username: string }) => `${user.displayName}(${user.username})`;

/** Resolves a bearer token to the caller; null when absent, revoked, idle too long or past its absolute end. */
export async function authenticate(deps: AuthDeps, token: string): Promise<AuthContext | null> {
  const { db, clock } = deps;
  const now = clock.now();
  const sessionId = hashToken(token);
  const session = await repo.findLiveSession(db, sessionId);
  if (!session) return null;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) {
    await repo.revokeSession(db, sessionId, now);
    return null;
  }
  const user = await repo.loadSessionUser(db, session.userId);
  if (!user) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await repo.touchSession(db, sessionId, now);
  return contextFor(sessionId, user);
}

export function contextFor(sessionId: string, user: SessionUser): AuthContext {
  const actor = {
    userId: user.id,
    roles: user.roles,
    org: user.org,
    enterpriseId: user.enterprise?.id ?? null,
  };
  return { sessionId, user, actor, scope: scopeFor(actor) };
}

export async function logout(deps: AuthDeps, auth: AuthContext, initiator: Initiator): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.revokeSession(tx, auth.sessionId, now);
    await audit(tx, now, initiator, 'auth.logout', auth.user.id, {});
  });
}

export async function changePassword(
  deps: AuthDeps,
  auth: AuthContext,
  initiator: Initiator,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const secrets = await repo.findUserSecrets(deps.db, auth.user.id);
  if (!secrets || !(await verifyPassword(secrets.passwordHash, input.currentPassword))) {
    throw AppError('AUTH_WRONG_PASSWORD', { field: 'currentPassword' });
  }
  if (!isStrongEnough(input.newPassword)) throw AppError('AUTH_WEAK_PASSWORD', { field: 'newPassword' });
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateUserFields(tx, auth.user.id, { passwordHash, passwordChangedAt: now, updatedAt: now });
    await audit(tx, now, initiator, 'auth.password_changed', auth.user.id, {});
  });
}

const isStaff = (user: SessionUser) => !user.roles.some(isEnterpriseRole);

export async function setupTotp(deps: AuthDeps, auth: AuthContext, initiator: Initiator) {
  if (!isStaff(auth.user)) throw AppError('AUTH_TOTP_NOT_STAFF');
  const secret = generateTotpSecret();
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateUserFields(tx, auth.user.id, { totpPendingSecret: secret, updatedAt: now });
    await audit(tx, now, initiator, 'auth.totp_setup', auth.user.id, {});
  });
  return { secret, otpauthUrl: otpauthUrl(secret, auth.user.username) };
}

export async function enableTotp(deps: AuthDeps, auth: AuthContext, initiator: Initiator, code: string) {
  const secrets = await repo.findUserSecrets(deps.db, auth.user.id);
  if (!secrets?.totpPendingSecret) throw AppError('AUTH_TOTP_NOT_SET_UP');
  const now = deps.clock.now();
  if (!verifyTotp(secrets.totpPendingSecret, code, now)) throw AppError('AUTH_TOTP_INVALID', { field: 'code' });
  await deps.db.transaction(async (tx) => {
    await repo.updateUserFields(tx, auth.user.id, {
      totpSecret: secrets.totpPendingSecret,
      totpPendingSecret: null,
      totpEnabled: true,
      updatedAt: now,
    });
    await audit(tx, now, initiator, 'auth.totp_enabled', auth.user.id, {});
  });
}

export async function disableTotp(deps: AuthDeps, auth: AuthContext, initiator: Initiator, code: string) {
  const secrets = await repo.findUserSecrets(deps.db, auth.user.id);
  const now = deps.clock.now();
  if (!secrets?.totpEnabled || !secrets.totpSecret || !verifyTotp(secrets.totpSecret, code, now)) {
    throw AppError('AUTH_TOTP_INVALID', { field: 'code' });
  }
  await deps.db.transaction(async (tx) => {
    await repo.updateUserFields(tx, auth.user.id, { totpSecret: null, totpEnabled: false, updatedAt: now });
    await audit(tx, now, initiator, 'auth.totp_disabled', auth.user.id, {});
  });
}

function audit(db: Db, at: Date, who: Initiator, action: string, userId: string | null, detail: Record<string, unknown>) {
  return appendAudit(db, {
    at,
    actorUserId: who.userId,
    actorName: who.name,
    ip: who.ip,
    action,
    entityType: 'user',
    entityId: userId,
    regionCode: null,
    detail,
  });
}
