import type { z } from 'zod';
import {
  explainGrantConfirmDenied,
  explainPasswordWeakness,
  explainRoleCombinationError,
  isBusinessRole,
  isEnterpriseRole,
  mayManageAccount,
  orgKindsForRole,
  type Role,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthContext, Initiator } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { clearLoginFailures, revokeUserSessions } from '../auth/auth.repository.ts';
import { hashPassword } from '../auth/password.ts';
import * as repo from './users.repository.ts';
import type { createUserBody, updateUserBody } from './users.schema.ts';

type Deps = { db: Db; clock: Clock };
type Link = { orgId: string | null; enterpriseId: string | null; regionCode: string | null };

/** Checks roles against the org or enterprise; returns the link to store and the region it lies in. */
async function resolveAssignment(db: Db, roles: Role[], orgId: string | null, enterpriseId: string | null): Promise<Link> {
  const comboError = explainRoleCombinationError(roles);
  if (comboError) throw AppError('USER_ROLE_COMBINATION', { field: 'roles', message: comboError });
  const enterpriseUser = roles.every(isEnterpriseRole);
  if (enterpriseUser) {
    const regionCode = enterpriseId ? await repo.unsafeEnterpriseRegion(db, enterpriseId) : null;
    if (!enterpriseId || !regionCode) throw AppError('USER_ENTERPRISE_REQUIRED', { field: 'enterpriseId' });
    return { orgId: null, enterpriseId, regionCode };
  }
  if (!orgId) throw AppError('USER_ORG_REQUIRED', { field: 'orgId' });
  const org = await repo.orgKindOf(db, orgId);
  if (!org) throw AppError('USER_ORG_REQUIRED', { field: 'orgId' });
  for (const role of roles) {
    if (isEnterpriseRole(role)) continue;
    if (!orgKindsForRole[role].includes(org.kind)) throw AppError('USER_ORG_KIND_MISMATCH', { field: 'orgId' });
  }
  return { orgId, enterpriseId: null, regionCode: org.regionCode };
}

function audit(db: Db, at: Date, who: Initiator, action: string, userId: string, detail: Record<string, unknown>) {
  return appendAudit(db, { at, actorUserId: who.userId, actorName: who.name, ip: who.ip, action, entityType: 'user', entityId: userId, regionCode: null, detail });
}

/** `field`: the roles asked for, when they are what may not be managed; none when the account itself may not be. */
function requireManaged(auth: AuthContext, accountRoles: readonly Role[], field?: 'roles') {
  if (!mayManageAccount(auth.user.roles, accountRoles)) throw AppError('USER_NOT_MANAGED', field ? { field } : {});
}

function checkPassword(password: string, username: string, field: string) {
  const weakness = explainPasswordWeakness(password, { username });
  if (weakness) throw AppError('AUTH_WEAK_PASSWORD', { field, message: weakness });
}

const grantOf = (userId: string, roles: Role[], link: Link, who: Initiator, now: Date) => ({
  userId,
  roles,
  orgId: link.orgId,
  enterpriseId: link.enterpriseId,
  regionCode: link.regionCode ?? '',
  requestedBy: who.userId ?? '',
  requestedAt: now,
});

/**
 * Creates an account with an administrator-set password the owner must change at first sign-in. Business roles
 * (and the org or enterprise) are not given yet: they wait as a pending grant for a committee officer (两人规则).
 */
export async function createUser(deps: Deps, auth: AuthContext, who: Initiator, input: z.infer<typeof createUserBody>) {
  const comboError = explainRoleCombinationError(input.roles);
  if (comboError) throw AppError('USER_ROLE_COMBINATION', { field: 'roles', message: comboError });
  requireManaged(auth, input.roles, 'roles');
  if (await repo.usernameTaken(deps.db, input.username)) throw AppError('USER_USERNAME_TAKEN', { field: 'username' });
  checkPassword(input.password, input.username, 'password');
  const link = await resolveAssignment(deps.db, input.roles, input.orgId ?? null, input.enterpriseId ?? null);
  const pending = input.roles.some(isBusinessRole);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const id = await repo.insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      mustChangePassword: true,
      ...(pending ? { roles: [], orgId: null, enterpriseId: null } : { roles: input.roles, orgId: link.orgId, enterpriseId: link.enterpriseId }),
      createdAt: now,
      updatedAt: now,
      passwordChangedAt: now,
    });
    const requested = { roles: input.roles, orgId: link.orgId, enterpriseId: link.enterpriseId };
    await audit(tx, now, who, 'user.create', id, { username: input.username, ...(pending ? { pending: requested } : requested) });
    if (pending) {
      const grantId = await repo.insertGrant(tx, grantOf(id, input.roles, link, who, now));
      await audit(tx, now, who, 'user.grant_requested', id, { grantId, ...requested });
    }
    return id;
  });
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export async function updateUser(deps: Deps, auth: AuthContext, who: Initiator, id: string, input: z.infer<typeof updateUserBody>) {
  const current = await repo.findUser(deps.db, id);
  if (!current) throw AppError('NOT_FOUND');
  const currentRoles = current.roles as Role[];
  requireManaged(auth, currentRoles);
  if (input.disabled === true && id === who.userId) throw AppError('USER_CANNOT_DISABLE_SELF', { field: 'disabled' });
  const roles = (input.roles ?? currentRoles) as Role[];
  const orgId = input.orgId !== undefined ? input.orgId : current.orgId;
  const enterpriseId = input.enterpriseId !== undefined ? input.enterpriseId : current.enterpriseId;
  const accessChanged = !sameSet(roles, currentRoles) || orgId !== current.orgId || enterpriseId !== current.enterpriseId;
  if (accessChanged && id === who.userId) throw AppError('USER_SELF_CHANGE', { field: 'roles' });
  requireManaged(auth, roles, 'roles');
  const link = accessChanged ? await resolveAssignment(deps.db, roles, orgId, enterpriseId) : { orgId: current.orgId, enterpriseId: current.enterpriseId, regionCode: null };
  // Taking roles away is safe at once; giving a business role or moving into an org/enterprise needs a second person.
  const onlyRemoves = roles.every((r) => currentRoles.includes(r)) && link.orgId === current.orgId && link.enterpriseId === current.enterpriseId;
  const needsGrant = accessChanged && !onlyRemoves && roles.some(isBusinessRole);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const disabled = input.disabled ?? current.disabled;
    await repo.updateUser(tx, id, {
      displayName: input.displayName ?? current.displayName,
      ...(accessChanged && !needsGrant ? { roles, orgId: link.orgId, enterpriseId: link.enterpriseId } : {}),
      disabled,
      updatedAt: now,
    });
    // A changed role, org or status changes what the sessions may see: make the user sign in again.
    if ((accessChanged && !needsGrant) || input.disabled === true) await revokeUserSessions(tx, id, now);
    const before = { roles: current.roles, orgId: current.orgId, enterpriseId: current.enterpriseId, disabled: current.disabled };
    if (needsGrant) {
      await repo.cancelPendingGrants(tx, id, now);
      const grantId = await repo.insertGrant(tx, grantOf(id, roles, link, who, now));
      await audit(tx, now, who, 'user.grant_requested', id, { grantId, before, requested: { roles, orgId: link.orgId, enterpriseId: link.enterpriseId } });
    }
    if (!needsGrant || input.displayName !== undefined || input.disabled !== undefined) {
      await audit(tx, now, who, input.disabled === undefined ? 'user.update' : input.disabled ? 'user.disable' : 'user.enable', id, {
        before,
        after: { roles: needsGrant ? current.roles : roles, orgId: needsGrant ? current.orgId : link.orgId, enterpriseId: needsGrant ? current.enterpriseId : link.enterpriseId, disabled },
      });
    }
  });
}

/**
 * The new password is the administrator's: the owner must replace it at the next sign-in (and all sessions end).
 * An account with a business role loses its roles until a committee officer confirms them back (a pending grant,
 * reason password_reset): the administrator knows the new password, and must not reach business data or a
 * reporter's identity by signing in with it (三权分立, two-person rule).
 */
export async function resetPassword(deps: Deps, auth: AuthContext, who: Initiator, id: string, password: string): Promise<{ accessSuspended: boolean }> {
  const current = await repo.findUser(deps.db, id);
  if (!current) throw AppError('NOT_FOUND');
  if (id === who.userId) throw AppError('USER_SELF_CHANGE', { field: 'password' });
  const roles = current.roles as Role[];
  requireManaged(auth, roles);
  checkPassword(password, current.username, 'password');
  const link = roles.some(isBusinessRole) ? await resolveAssignment(deps.db, roles, current.orgId, current.enterpriseId) : null;
  const passwordHash = await hashPassword(password);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateUser(tx, id, { passwordHash, passwordChangedAt: now, mustChangePassword: true, ...(link ? { roles: [] } : {}), updatedAt: now });
    await revokeUserSessions(tx, id, now);
    if (!link) return void (await audit(tx, now, who, 'user.reset_password', id, { username: current.username }));
    // A request pending for other access gives way: the account's own roles come back first.
    await repo.cancelPendingGrants(tx, id, now);
    const grantId = await repo.insertGrant(tx, { ...grantOf(id, roles, link, who, now), reason: 'password_reset' });
    await audit(tx, now, who, 'user.reset_password', id, { username: current.username, grantId, suspendedRoles: roles });
  });
  return { accessSuspended: link !== null };
}

export async function unlockUser(deps: Deps, auth: AuthContext, who: Initiator, id: string) {
  const current = await repo.findUser(deps.db, id);
  if (!current) throw AppError('NOT_FOUND');
  requireManaged(auth, current.roles as Role[]);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await clearLoginFailures(tx, current.username);
    await audit(tx, now, who, 'user.unlock', id, { username: current.username });
  });
}

/**
 * The second person of the two-person rule: a committee officer whose region covers the grant confirms (the roles,
 * org and enterprise are applied, the account's sessions end) or rejects it. Outside the region: 404.
 */
export async function decideGrant(deps: Deps, auth: AuthContext, who: Initiator, grantId: string, decision: 'confirm' | 'reject', note: string) {
  const grant = await repo.findGrant(deps.db, grantId);
  if (!grant || auth.scope.kind !== 'region' || !grant.regionCode.startsWith(auth.scope.regionPrefix)) throw AppError('NOT_FOUND');
  if (grant.status !== 'pending') throw AppError('GRANT_NOT_PENDING');
  const denied = explainGrantConfirmDenied(auth.actor, grant);
  if (denied) throw AppError('GRANT_CONFIRM_DENIED', { message: denied });
  const roles = grant.roles as Role[];
  // The org or enterprise may have changed since the request: check again before applying.
  const link = decision === 'confirm' ? await resolveAssignment(deps.db, roles, grant.orgId, grant.enterpriseId) : null;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (!(await repo.decideGrant(tx, grantId, decision === 'confirm' ? 'confirmed' : 'rejected', auth.user.id, now, note))) throw AppError('GRANT_NOT_PENDING');
    if (link) {
      await repo.updateUser(tx, grant.userId, { roles, orgId: link.orgId, enterpriseId: link.enterpriseId, updatedAt: now });
      await revokeUserSessions(tx, grant.userId, now);
    }
    await audit(tx, now, who, decision === 'confirm' ? 'user.grant_confirmed' : 'user.grant_rejected', grant.userId, {
      grantId,
      requestedBy: grant.requestedByName,
      roles,
      orgId: grant.orgId,
      enterpriseId: grant.enterpriseId,
      note,
    });
  });
  return grantId;
}
