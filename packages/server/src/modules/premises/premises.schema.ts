import { z } from 'zod';
import { premisesKinds, premisesStatuses } from '@zhiben/core';
import { paginationQuery, regionCode12, text, version } from '../../lib/schemas.ts';

const phone = text(32).regex(/^[0-9+\-() ]*$/, '应为电话号码');
const personName = text(32);

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
  q: text(64).optional(),
  regionCode: regionCode12.optional(),
  kind: z.enum(premisesKinds).optional(),
  status: z.enum(premisesStatuses).optional(),
  enterpriseId: z.uuid().optional(),
});
export type PremisesFilter = z.infer<typeof premisesFilter>;
export const premisesQuery = paginationQuery.extend(premisesFilter.shape);
export const premisesListResponse = z.object({ items: z.array(premisesView), total: z.number().int() });

const owner = z.object({ name: personName, phone, idNumber: text(18).toUpperCase().optional() });
const occupant = z.object({ name: personName, phone });

export const createPremisesBody = z.object({
  kind: z.enum(premisesKinds),
  name: text(100).min(2),
  address: text(200).default(''),
  regionCode: regionCode12,
  lat: z.number().min(-90).max(90).nullable().default(null),
  lng: z.number().min(-180).max(180).nullable().default(null),
  owner: owner.default({ name: '', phone: '' }),
  user: occupant.default({ name: '', phone: '' }),
  enterpriseId: z.uuid().nullable().default(null),
  grid: text(60).default(''),
  gridOfficerId: z.uuid().nullable().default(null),
  status: z.enum(premisesStatuses).default('in_use'),
  note: text(1000).default(''),
});
export type CreatePremisesInput = z.infer<typeof createPremisesBody>;

export const updatePremisesBody = z.object({
  version: version(),
  kind: z.enum(premisesKinds).optional(),
  name: text(100).min(2).optional(),
  address: text(200).optional(),
  regionCode: regionCode12.optional(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lng: z.number().min(-180).max(180).nullable().optional(),
  owner: owner.optional(),
  user: occupant.optional(),
  enterpriseId: z.uuid().nullable().optional(),
  grid: text(60).optional(),
  gridOfficerId: z.uuid().nullable().optional(),
  status: z.enum(premisesStatuses).optional(),
  note: text(1000).optional(),
});
export type UpdatePremisesInput = z.infer<typeof updatePremisesBody>;

export const revealOwnerIdBody = z.object({ purpose: text(200).min(4, '请说明查看目的（至少4个字）') });
export const revealOwnerIdResponse = z.object({ idNumber: z.string() });

export const gridOfficersResponse = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), orgName: z.string() })) });
