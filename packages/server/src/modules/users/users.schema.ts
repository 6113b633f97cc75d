import { z } from 'zod';
import { allRoles, grantReasons } from '@zhiben/core';
import { paginationQuery, str, text } from '../../lib/schemas.ts';

export const user = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(allRoles)),
  orgId: z.uuid().nullable(),
  orgName: z.string().nullable(),
  enterpriseId: z.uuid().nullable(),
  enterpriseName: z.string().nullable(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  totpEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  mustChangePassword: z.boolean(),
  /** Roles, org or enterprise asked for and waiting for a committee officer's confirmation (两人规则). */
  pendingGrant: z
    .object({ id: z.uuid(), roles: z.array(z.enum(allRoles)), orgName: z.string().nullable(), enterpriseName: z.string().nullable(), requestedAt: z.string(), requestedByName: z.string(), reason: z.enum(grantReasons) })
    .nullable(),
});
export type UserView = z.infer<typeof user>;
export const usersQuery = paginationQuery.extend({ q: str().trim().max(64).optional() });
export const usersResponse = z.object({ items: z.array(user), total: z.number().int() });
export const createUserBody = z.object({
  username: str().trim().regex(/^[a-zA-Z0-9_.-]{3,32}$/, '应为3–32位字母、数字、下划线、点或连字符'),
  displayName: str().trim().min(1).max(32),
  password: str().min(1).max(200),
  roles: z.array(z.enum(allRoles)).min(1).max(4),
  orgId: z.uuid().nullable().optional(),
  enterpriseId: z.uuid().nullable().optional(),
});
export const updateUserBody = z.object({
  displayName: str().trim().min(1).max(32).optional(),
  roles: z.array(z.enum(allRoles)).min(1).max(4).optional(),
  orgId: z.uuid().nullable().optional(),
  enterpriseId: z.uuid().nullable().optional(),
  disabled: z.boolean().optional(),
});
export const resetPasswordBody = z.object({ password: str().min(1).max(200) });
/** accessSuspended: the account's business roles wait for a committee officer's confirmation (users.service resetPassword). */
export const resetPasswordResponse = z.object({ accessSuspended: z.boolean() });
export const enterpriseOptionsQuery = z.object({ q: str().trim().max(64).optional() });
export const enterpriseOptionsResponse = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), uscc: z.string() })) });

export const grant = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  currentRoles: z.array(z.enum(allRoles)),
  roles: z.array(z.enum(allRoles)),
  orgId: z.uuid().nullable(),
  orgName: z.string().nullable(),
  enterpriseId: z.uuid().nullable(),
  enterpriseName: z.string().nullable(),
  regionCode: z.string(),
  status: z.enum(['pending', 'confirmed', 'rejected', 'cancelled']),
  /** access: roles, org or enterprise asked for; password_reset: the account's own roles back after a password reset. */
  reason: z.enum(grantReasons),
  requestedByName: z.string(),
  requestedAt: z.string(),
  /** Whether the caller may confirm or reject it (not the one who asked, not the account itself). */
  canDecide: z.boolean(),
});
export type GrantView = z.infer<typeof grant>;
export const grantsResponse = z.object({ items: z.array(grant) });
export const grantDecisionBody = z.object({ note: text(500).default('') });
export const grantDecisionParams = z.object({ id: z.uuid(), decision: z.enum(['confirm', 'reject']) });
