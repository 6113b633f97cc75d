import { z } from 'zod';
import { supervisionClasses } from '@zhiben/core';
import { paginationQuery, regionCode12, str, version } from '../../lib/schemas.ts';

export const enterpriseScales = ['large', 'medium', 'small', 'micro'] as const;
export const enterpriseStatuses = ['operating', 'suspended', 'closed'] as const;
export const scaleLabels = { large: '大型', medium: '中型', small: '小型', micro: '微型' } as const;
export const statusLabels = { operating: '正常生产', suspended: '停产整顿', closed: '关闭取缔' } as const;

const phone = str().trim().max(32).regex(/^[0-9+\-() ]*$/, '应为电话号码');
const person = z.object({ name: str().trim().max(32), phone });

export const enterprise = z.object({
  id: z.uuid(),
  uscc: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  address: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  sectors: z.array(z.string()),
  highRisk: z.boolean(),
  scale: z.enum(enterpriseScales),
  status: z.enum(enterpriseStatuses),
  principal: person,
  controller: person,
  safetyManager: person,
  version: z.number().int(),
  updatedAt: z.string(),
  actions: z.array(z.enum(['edit', 'edit_contacts'])),
});
export type EnterpriseView = z.infer<typeof enterprise>;

export const enterpriseFilter = z.object({
  q: str().trim().max(64).optional(),
  regionCode: regionCode12.optional(),
  sector: str().max(40).optional(),
  status: z.enum(enterpriseStatuses).optional(),
  /** 检查对象名录库: high-risk (its own flag or a high-risk sector), this month's supervision class, 不放心企业. */
  highRisk: z.enum(['true', 'false']).optional(),
  class: z.enum(supervisionClasses).optional(),
  watched: z.enum(['true', 'false']).optional(),
});
export type EnterpriseFilter = z.infer<typeof enterpriseFilter>;
export const enterprisesQuery = paginationQuery.extend(enterpriseFilter.shape);
export const enterprisesResponse = z.object({ items: z.array(enterprise), total: z.number().int() });

const emptyPerson = { name: '', phone: '' };
export const createEnterpriseBody = z.object({
  uscc: str().trim().toUpperCase(),
  name: str().trim().min(2).max(100),
  regionCode: regionCode12,
  address: str().trim().max(200).default(''),
  lat: z.number().min(-90).max(90).nullable().default(null),
  lng: z.number().min(-180).max(180).nullable().default(null),
  sectors: z.array(str().max(40)).min(1).max(10),
  scale: z.enum(enterpriseScales).default('small'),
  status: z.enum(enterpriseStatuses).default('operating'),
  principal: person.default(emptyPerson),
  controller: person.default(emptyPerson),
  safetyManager: person.default(emptyPerson),
});
export type CreateEnterpriseInput = z.infer<typeof createEnterpriseBody>;

export const updateEnterpriseBody = z.object({
  version: version(),
  name: str().trim().min(2).max(100).optional(),
  regionCode: regionCode12.optional(),
  address: str().trim().max(200).optional(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lng: z.number().min(-180).max(180).nullable().optional(),
  sectors: z.array(str().max(40)).min(1).max(10).optional(),
  scale: z.enum(enterpriseScales).optional(),
  status: z.enum(enterpriseStatuses).optional(),
  principal: person.optional(),
  controller: person.optional(),
  safetyManager: person.optional(),
});
export type UpdateEnterpriseInput = z.infer<typeof updateEnterpriseBody>;

export const enterpriseStatsResponse = z.object({
  total: z.number().int(),
  bySector: z.array(z.object({ sector: z.string(), count: z.number().int() })),
  byStatus: z.array(z.object({ status: z.enum(enterpriseStatuses), count: z.number().int() })),
});

export const importQuery = z.object({ wait: z.enum(['true', 'false']).optional() });
