import { z } from 'zod';
import { isoDate, paginationQuery, regionCode12, str } from '../../lib/schemas.ts';

export const regionLevel = z.enum(['province', 'city', 'county', 'township', 'village']);
export const region = z.object({
  code: z.string(),
  name: z.string(),
  level: regionLevel,
  parentCode: z.string().nullable(),
  hasChildren: z.boolean(),
});
export const regionsQuery = z.object({ parent: regionCode12.optional() });
export const regionsResponse = z.object({ items: z.array(region) });
export const regionParams = z.object({ code: regionCode12 });
export const regionDetail = region.extend({ path: z.array(region) });

export const sector = z.object({
  code: z.string(),
  name: z.string(),
  lead: z.string(),
  co: z.array(z.string()),
  highRisk: z.boolean(),
  standards: z.array(z.string()),
});
export const sectorsResponse = z.object({ items: z.array(sector) });

export const standard = z.object({
  id: z.string(),
  title: z.string(),
  docNo: z.string().nullable(),
  issuer: z.string().nullable(),
  effective: z.string().nullable(),
  published: z.string().nullable(),
  itemCount: z.number().int().nullable(),
  textIncluded: z.boolean(),
});
export const standardsResponse = z.object({ items: z.array(standard) });

export const criterion = z.object({
  id: z.string(),
  standardId: z.string(),
  article: z.string().nullable(),
  item: z.string().nullable(),
  clause: z.string().nullable(),
  group: z.string().nullable(),
  text: z.string().nullable(),
  topic: z.string().nullable(),
});
export const criteriaQuery = paginationQuery.extend({
  standard: str().max(64).optional(),
  q: str().trim().max(100).optional(),
  sector: str().max(40).optional(),
  at: isoDate.optional(),
});
export const criteriaResponse = z.object({ items: z.array(criterion), total: z.number().int() });
