import { z } from 'zod';
import { orgKinds } from '@zhiben/core';
import { paginationQuery, regionCode12, str } from '../../lib/schemas.ts';

export const org = z.object({
  id: z.uuid(),
  kind: z.enum(orgKinds),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  sectors: z.array(z.string()),
});
export type OrgView = z.infer<typeof org>;
export const orgsQuery = paginationQuery.extend({ q: str().trim().max(64).optional(), kind: z.enum(orgKinds).optional() });
export const orgsResponse = z.object({ items: z.array(org), total: z.number().int() });
export const createOrgBody = z.object({
  kind: z.enum(orgKinds),
  name: str().trim().min(2).max(64),
  regionCode: regionCode12,
  sectors: z.array(str().max(40)).max(40).default([]),
});
export const updateOrgBody = createOrgBody.partial();
