import type { z } from 'zod';
import { explainRoleCombinationError, isEnterpriseRole, orgKindsForRole, type Role } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Initiator } from '../../lib/request-context.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { clearLoginFailures, revokeUserSessions } from '../auth/auth.repository.ts';
import { hashPassword, isStrongEnough } from '../auth/password.ts';
import * as repo from './users.repository.ts';
import type { createUserBody, updateUserBody } from './users.schema.ts';

type Deps = { db: Db; clock: Clock };

async function validateAssignment(db: Db, roles: Role[], orgId: string | null, enterpriseId: string | null) {
  const comboError = explainRoleCombinationError(roles);
  if (comboError) throw AppError('USER_ROLE_COMBINATION', { field: 'roles', message: comboError });
  const enterpriseUser = roles.every(isEnterpriseRole);
  if (enterpriseUser) {
    if (!enterpriseId || !(await repo.unsafeEnterpriseExists(db, enterpriseId))) throw AppError('USER_ENTERPRISE_REQUIRED', { field: 'enterpriseId' });
    return { orgId: null, enterpriseId };
  }
  if (!orgId) throw AppError('USER_ORG_REQUIRED', { field: 'orgId' });
  const kind = await repo.orgKindOf(db, orgId);
  if (!kind) throw AppError('USER_ORG_REQUIRED', { field: 'orgId' });
  for (const role of roles) {
    if (isEnterpriseRole(role)) continue;
    if (!orgKindsForRole[role].includes(kind)) throw AppError('USER_ORG_KIND_MISMATCH', { field: 'orgId' });
  }
  return { orgId, enterpriseId: null };
}

function audit(db: Db, at: Date, who: Initiator, action: string, userId: string, detail: Record<string, unknown>) {
  return appendAudit(db, { at, actorUserId: who.userId, actorName: who.name, ip: who.ip, action, entityType: 'user', entityId: userId, regionCode: null, detail });
}

export async function createUser(deps: Deps, who: Initiator, input: z.infer<typeof createUserBody>) {
  if (await repo.usernameTaken(deps.db, input.username)) throw AppError('USER_USERNAME_TAKEN', { field: 'username' });
  if (!isStrongEnough(input.password)) throw AppError('AUTH_WEAK_PASSWORD', { field: 'password' });
  const link = await validateAssignment(deps.db, input.roles, input.orgId ?? null, input.enterpriseId ?? null);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const id = await repo.insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      roles: input.roles,
      ...link,
      createdAt: now,
      updatedAt: now,
      passwordChangedAt: now,
    });
    await audit(tx, now, who, 'user.create', id, { username: input.username, roles: input.roles, ...link });
    return id;
  });
}

export async function updateUser(deps: Deps, who: Initiator, id: string, input: z.infer<typeof updateUserBody>) {
  const current = await repo.findUser(deps.db, id);
  if (!current) throw AppError('NOT_FOUND');
  if (input.disabled === true && id === who.userId) throw AppError('USER_CANNOT_DISABLE_SELF', { field: 'disabled' });
  const roles = (input.roles ?? current.roles) as Role[];
  const link = await validateAssignment(
    deps.db,
    roles,
    input.orgId !== undefined ? input.orgId : current.orgId,
    input.enterpriseId !== undefined ? input.enterpriseId : current.enterpriseId,
  );
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateUser(tx, id, {
      displayName: input.displayName ?? current.displayName,
      roles,
      ...link,
      disabled: input.disabled ?? current.disabled,
      updatedAt: now,
    });
    // A changed role, org or status changes what the sessions may see: make the user sign in again.
    const privilegesChanged =
      input.roles !== undefined || link.orgId !== current.orgId || link.enterpriseId !== current.enterpriseId || input.disabled === true;
    if (privilegesChanged) await revokeUserSessions(tx, id, now);
    await audit(tx, now, who, input.disabled === undefined ? 'user.update' : input.disabled ? 'user.disable' : 'user.enable', id, {
      before: { roles: current.roles, orgId: current.orgId, enterpriseId: current.enterpriseId, disabled: current.disabled },
      after: { roles, ...link, disabled: input.disabled ?? current.disabled },
    });
  });
}

export async function resetPassword(deps: Deps, who: Initiator, id: string, password: string) {
  const current = await repo.findUser(deps.db, id);
  if (!current) throw AppError('NOT_FOUND');
  if (!isStrongEnough(password)) throw AppError('AUTH_WEAK_PASSWORD', { field: 'password' });
  const passwordHash = await hashPassword(password);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateUser(tx, id, { passwordHash, passwordChangedAt: now, updatedAt: now });
    await revokeUserSessions(tx, id, now);
    await audit(tx, now, who, 'user.reset_password', id, { username: current.username });
  });
}

export async function unlockUser(deps: Deps, who: Initiator, id: string) {
  const current = await repo.findUser(deps.db, id);
  if (!current) throw AppError('NOT_FOUND');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await clearLoginFailures(tx, current.username);
    await audit(tx, now, who, 'user.unlock', id, { username: current.username });
  });
}
