import { z } from 'zod';
import { premisesKinds, premisesStatuses } from '@zhiben/core';
import { paginationQuery, regionCode12 } from '../../lib/schemas.ts';

const phone = z.string().trim().max(32).regex(/^[0-9+\-() ]*$/, '应为电话号码');
const personName = z.string().trim().max(32);

export const premisesActions = ['edit', 'reveal_owner_id'] as const;
export type PremisesAction = (typeof premisesActions)[number];

export const premisesView = z.object({
  id: z.uuid(),
  kind: z.enum(premisesKinds),
  name: z.string(),
  address: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  sector: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  owner: z.object({ name: z.string(), phone: z.string(), idNumberRecorded: z.boolean() }),
  user: z.object({ name: z.string(), phone: z.string() }),
  enterprise: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  grid: z.string(),
  gridOfficer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  status: z.enum(premisesStatuses),
  note: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  actions: z.array(z.enum(premisesActions)),
});
export type PremisesView = z.infer<typeof premisesView>;

export const premisesFilter = z.object({
  q: z.string().trim().max(64).optional(),
  regionCode: regionCode12.optional(),
  kind: z.enum(premisesKinds).optional(),
  status: z.enum(premisesStatuses).optional(),
  enterpriseId: z.uuid().optional(),
});
export type PremisesFilter = z.infer<typeof premisesFilter>;
export const premisesQuery = paginationQuery.extend(premisesFilter.shape);
export const premisesListResponse = z.object({ items: z.array(premisesView), total: z.number().int() });

const owner = z.object({ name: personName, phone, idNumber: z.string().trim().toUpperCase().max(18).optional() });
const occupant = z.object({ name: personName, phone });

export const createPremisesBody = z.object({
  kind: z.enum(premisesKinds),
  name: z.string().trim().min(2).max(100),
  address: z.string().trim().max(200).default(''),
  regionCode: regionCode12,
  lat: z.number().min(-90).max(90).nullable().default(null),
  lng: z.number().min(-180).max(180).nullable().default(null),
  owner: owner.default({ name: '', phone: '' }),
  user: occupant.default({ name: '', phone: '' }),
  enterpriseId: z.uuid().nullable().default(null),
  grid: z.string().trim().max(60).default(''),
  gridOfficerId: z.uuid().nullable().default(null),
  status: z.enum(premisesStatuses).default('in_use'),
  note: z.string().trim().max(1000).default(''),
});
export type CreatePremisesInput = z.infer<typeof createPremisesBody>;

export const updatePremisesBody = z.object({
  version: z.number().int().min(1),
  kind: z.enum(premisesKinds).optional(),
  name: z.string().trim().min(2).max(100).optional(),
  address: z.string().trim().max(200).optional(),
  regionCode: regionCode12.optional(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lng: z.number().min(-180).max(180).nullable().optional(),
  owner: owner.optional(),
  user: occupant.optional(),
  enterpriseId: z.uuid().nullable().optional(),
  grid: z.string().trim().max(60).optional(),
  gridOfficerId: z.uuid().nullable().optional(),
  status: z.enum(premisesStatuses).optional(),
  note: z.string().trim().max(1000).optional(),
});
export type UpdatePremisesInput = z.infer<typeof updatePremisesBody>;

export const revealOwnerIdBody = z.object({ purpose: z.string().trim().min(4, '请说明查看目的（至少4个字）').max(200) });
export const revealOwnerIdResponse = z.object({ idNumber: z.string() });

export const gridOfficersResponse = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), orgName: z.string() })) });
