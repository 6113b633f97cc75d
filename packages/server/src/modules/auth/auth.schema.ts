import { z } from 'zod';
import { allRoles, capabilities, orgKinds } from '@zhiben/core';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
  totp: z.string().trim().max(10).optional(),
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
});
export type MeResponse = z.infer<typeof meResponse>;

export const loginResponse = z.object({ token: z.string(), user: meResponse });

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

export const totpSetupResponse = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const totpCodeBody = z.object({ code: z.string().trim().regex(/^\d{6}$/, '应为6位数字') });
