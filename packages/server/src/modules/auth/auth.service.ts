import { createHash, randomBytes } from 'node:crypto';
import { explainPasswordWeakness, isEnterpriseRole, scopeFor } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthContext, Initiator, SessionUser } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import * as repo from './auth.repository.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.ts';
import { generateTotpSecret, otpauthUrl } from './totp.ts';
import { acceptTotpCode, openTotpSecret, sealTotpSecret } from './totp-store.ts';
import type { FieldSealer } from '../tips/tip-crypto.ts';

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
/** One address and one username: 5 failures lock that pair for 1 min, doubling per further failure, at most 15 min. */
export const ADDRESS_LOCK = { threshold: 5, baseMs: MINUTE, maxMs: 15 * MINUTE };
/**
 * One username from anywhere: only a spray from many addresses gets here. Locks with growing delays too; the real
 * user still signs in with a valid TOTP code, or after an administrator's unlock.
 */
export const ACCOUNT_LOCK = { threshold: 20, baseMs: MINUTE, maxMs: 15 * MINUTE };
/** Failed logins one client address may make in a window, whatever usernames it tries (password spraying). */
export const ADDRESS_FAILURES_PER_WINDOW = 30;
export const ADDRESS_WINDOW_MS = 15 * MINUTE;
// Writing last_seen on every request would make every read a write; a minute of slack is harmless.
const TOUCH_EVERY_MS = 60 * 1000;

export type AuthDeps = { db: Db; clock: Clock; totp: FieldSealer };
export type LoginInput = { username: string; password: string; totp?: string | undefined };

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Failed logins per client address in a sliding window, in memory (per process, like the public tip limits). */
export type AddressLimiter = { blocked: (address: string, now: Date) => boolean; fail: (address: string, now: Date) => void };
export function createAddressLimiter(limit = ADDRESS_FAILURES_PER_WINDOW, windowMs = ADDRESS_WINDOW_MS): AddressLimiter {
  const failures = new Map<string, number[]>();
  const recent = (address: string, now: Date) => (failures.get(address) ?? []).filter((t) => now.getTime() - t < windowMs);
  return {
    blocked: (address, now) => recent(address, now).length >= limit,
    fail: (address, now) => {
      if (failures.size > 50_000) failures.clear(); // bounded memory under a flood of addresses
      failures.set(address, [...recent(address, now), now.getTime()]);
    },
  };
}

const lockedMessage = (until: Date, now: Date) => `登录失败次数过多，请${Math.max(1, Math.ceil((until.getTime() - now.getTime()) / MINUTE))}分钟后再试`;

/**
 * `publishedPassword`: outside demo mode, the demo password printed in the README; an account signing in with it
 * must change it before anything else (the web sends it to 个人设置).
 */
export async function login(deps: AuthDeps & { limiter: AddressLimiter; publishedPassword?: string | null }, input: LoginInput, ip: string | null, userAgent: string | null) {
  const { db, clock, limiter } = deps;
  const now = clock.now();
  const username = input.username.trim();
  const address = ip ?? 'unknown';
  if (limiter.blocked(address, now)) {
    await audit(db, now, { userId: null, name: username, ip }, 'auth.login_address_limited', null, {});
    throw AppError('AUTH_ADDRESS_LIMITED');
  }
  const pair = await repo.readAddressThrottle(db, address, username);
  if (pair?.lockedUntil && pair.lockedUntil > now) {
    await audit(db, now, { userId: null, name: username, ip }, 'auth.login_locked', null, {});
    throw AppError('AUTH_LOCKED', { message: lockedMessage(pair.lockedUntil, now) });
  }

  const user = await repo.findUserForLogin(db, username);
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await dummyPasswordHash(), input.password)) && false;
  if (!user || !passwordOk || user.disabled) {
    limiter.fail(address, now);
    const [pairRow] = await Promise.all([
      repo.recordAddressFailure(db, address, username, now, ADDRESS_LOCK),
      repo.recordAccountFailure(db, username, now, ACCOUNT_LOCK),
    ]);
    await audit(db, now, { userId: user?.id ?? null, name: username, ip }, 'auth.login_failed', user?.id ?? null, { failures: pairRow?.failures ?? null });
    if (pairRow?.lockedUntil && pairRow.lockedUntil > now) throw AppError('AUTH_LOCKED', { message: lockedMessage(pairRow.lockedUntil, now) });
    throw AppError('AUTH_INVALID_CREDENTIALS');
  }
  // The account is under a spray from many addresses: the password alone no longer suffices, a TOTP code does.
  const account = await repo.readThrottle(db, username);
  const accountLocked = account?.lockedUntil != null && account.lockedUntil > now;
  if (accountLocked && !(user.totpEnabled && user.totpSecret)) {
    await audit(db, now, { userId: user.id, name: username, ip }, 'auth.login_locked', user.id, { account: true });
    throw AppError('AUTH_LOCKED', { message: `${lockedMessage(account.lockedUntil ?? now, now)}；已启用动态口令的账号可凭口令登录，或请管理员解锁` });
  }
  if (user.totpEnabled && user.totpSecret) {
    if (!input.totp) throw AppError('AUTH_TOTP_REQUIRED');
    if (!(await acceptTotpCode(db, deps.totp, user.id, 'secret', user.totpSecret, input.totp, now))) {
      limiter.fail(address, now);
      await repo.recordAddressFailure(db, address, username, now, ADDRESS_LOCK);
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
    const published = deps.publishedPassword != null && input.password === deps.publishedPassword;
    await repo.updateUserFields(tx, user.id, { lastLoginAt: now, ...(published ? { mustChangePassword: true } : {}) });
    await audit(tx, now, { userId: user.id, name: nameOf(user), ip }, 'auth.login', user.id, { ...(accountLocked ? { unlockedBy: 'totp' } : {}), ...(published ? { publishedPassword: true } : {}) });
  });
  const sessionUser = await repo.loadSessionUser(db, user.id);
  if (!sessionUser) throw AppError('AUTH_INVALID_CREDENTIALS');
  return { token, user: sessionUser };
}

const nameOf = (user: { displayName: string; username: string }) => `${user.displayName}(${user.username})`;

/** Resolves a bearer token to the caller; null when absent, revoked, idle too long or past its absolute end. */
export async function authenticate(deps: Pick<AuthDeps, 'db' | 'clock'>, token: string): Promise<AuthContext | null> {
  const { db, clock } = deps;
  const now = clock.now();
  const sessionId = hashToken(token);
  const session = await repo.findLiveSessionWithUser(db, sessionId);
  if (!session) return null;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) {
    await repo.revokeSession(db, sessionId, now);
    return null;
  }
  const user = session.user;
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
  const weakness = explainPasswordWeakness(input.newPassword, { username: secrets.username, currentPassword: input.currentPassword });
  if (weakness) throw AppError('AUTH_WEAK_PASSWORD', { field: 'newPassword', message: weakness });
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateUserFields(tx, auth.user.id, { passwordHash, passwordChangedAt: now, mustChangePassword: false, updatedAt: now });
    // Whoever else holds a session of this account (a stolen token, another device) is signed out.
    await repo.revokeOtherSessions(tx, auth.user.id, auth.sessionId, now);
    await audit(tx, now, initiator, 'auth.password_changed', auth.user.id, {});
  });
}

const isStaff = (user: SessionUser) => !user.roles.some(isEnterpriseRole);

export async function setupTotp(deps: AuthDeps, auth: AuthContext, initiator: Initiator) {
  if (!isStaff(auth.user)) throw AppError('AUTH_TOTP_NOT_STAFF');
  const secret = generateTotpSecret();
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateUserFields(tx, auth.user.id, { totpPendingSecret: sealTotpSecret(deps.totp, auth.user.id, 'pending', secret), updatedAt: now });
    await audit(tx, now, initiator, 'auth.totp_setup', auth.user.id, {});
  });
  return { secret, otpauthUrl: otpauthUrl(secret, auth.user.username) };
}

export async function enableTotp(deps: AuthDeps, auth: AuthContext, initiator: Initiator, code: string) {
  const secrets = await repo.findUserSecrets(deps.db, auth.user.id);
  if (!secrets?.totpPendingSecret) throw AppError('AUTH_TOTP_NOT_SET_UP');
  const now = deps.clock.now();
  if (!(await acceptTotpCode(deps.db, deps.totp, auth.user.id, 'pending', secrets.totpPendingSecret, code, now))) {
    throw AppError('AUTH_TOTP_INVALID', { field: 'code' });
  }
  const secret = openTotpSecret(deps.totp, auth.user.id, 'pending', secrets.totpPendingSecret);
  await deps.db.transaction(async (tx) => {
    await repo.updateUserFields(tx, auth.user.id, {
      totpSecret: sealTotpSecret(deps.totp, auth.user.id, 'secret', secret),
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
  if (!secrets?.totpEnabled || !secrets.totpSecret || !(await acceptTotpCode(deps.db, deps.totp, auth.user.id, 'secret', secrets.totpSecret, code, now))) {
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
