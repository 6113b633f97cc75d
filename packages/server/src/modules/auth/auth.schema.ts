import { z } from 'zod';
import { allRoles, capabilities, orgKinds } from '@zhiben/core';
import { str } from '../../lib/schemas.ts';

export const loginBody = z.object({
  username: str().trim().min(1).max(64),
  password: str().min(1).max(200),
  totp: str().trim().max(10).optional(),
});

export const meResponse = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(allRoles)),
  capabilities: z.array(z.enum(capabilities)),
  org: z
    .object({ id: z.uuid(), kind: z.enum(orgKinds), name: z.string(), regionCode: z.string(), sectors: z.array(z.string()) })
    .nullable(),
  enterprise: z.object({ id: z.uuid(), name: z.string(), regionCode: z.string() }).nullable(),
  scopeLabel: z.string(),
  totpEnabled: z.boolean(),
  /** The password was set by an administrator: the console asks for a new one before anything else. */
  mustChangePassword: z.boolean(),
});
export type MeResponse = z.infer<typeof meResponse>;

export const loginResponse = z.object({ token: z.string(), user: meResponse });

export const changePasswordBody = z.object({
  currentPassword: str().min(1).max(200),
  newPassword: str().min(1).max(200),
});

export const totpSetupResponse = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const totpCodeBody = z.object({ code: str().trim().regex(/^\d{6}$/, '应为6位数字') });
