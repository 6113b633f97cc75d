import { z } from 'zod';

/** Shared zod building blocks for request/response schemas. */
export const errorResponse = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().optional(),
  details: z.unknown().optional(),
});

export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const paged = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const uuidParam = z.object({ id: z.uuid() });

export const isoDateTime = z.string();

export const regionCode12 = z.string().regex(/^\d{12}$/, '应为12位数字的行政区划代码');

export const emptyResponse = z.null();

export const standardErrors = {
  400: errorResponse,
  401: errorResponse,
  404: errorResponse,
  409: errorResponse,
  429: errorResponse,
} as const;
