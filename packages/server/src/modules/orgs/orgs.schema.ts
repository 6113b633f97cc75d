import { z } from 'zod';
import { orgKinds } from '@zhiben/core';
import { paginationQuery, regionCode12 } from '../../lib/schemas.ts';

export const org = z.object({
  id: z.uuid(),
  kind: z.enum(orgKinds),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  sectors: z.array(z.string()),
});
export type OrgView = z.infer<typeof org>;
export const orgsQuery = paginationQuery.extend({ q: z.string().trim().max(64).optional(), kind: z.enum(orgKinds).optional() });
export const orgsResponse = z.object({ items: z.array(org), total: z.number().int() });
export const createOrgBody = z.object({
  kind: z.enum(orgKinds),
  name: z.string().trim().min(2).max(64),
  regionCode: regionCode12,
  sectors: z.array(z.string().max(40)).max(40).default([]),
});
export const updateOrgBody = createOrgBody.partial();
