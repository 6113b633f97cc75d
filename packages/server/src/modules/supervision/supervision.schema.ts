import { z } from 'zod';
import { supervisionClasses } from '@zhiben/core';
import { paginationQuery, requiredText, text } from '../../lib/schemas.ts';

export const classesQuery = paginationQuery.extend({
  class: z.enum(supervisionClasses).optional(),
  q: text(100).optional(),
  watched: z.enum(['true', 'false']).optional(),
  /** Only enterprises with fewer inspections this year than their class asks for. */
  belowMinimum: z.enum(['true', 'false']).optional(),
});

export const classesResponse = z.object({
  period: z.string(),
  computedOn: z.string().nullable(),
  counts: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int() }),
  minInspections: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int() }),
  drawWeight: z.object({ A: z.number(), B: z.number(), C: z.number() }),
  items: z.array(
    z.object({
      enterpriseId: z.uuid(),
      name: z.string(),
      regionCode: z.string(),
      sectors: z.array(z.string()),
      class: z.enum(supervisionClasses),
      classLabel: z.string(),
      score: z.number().int(),
      reasons: z.array(z.string()),
      watched: z.boolean(),
      watchedReason: z.string().nullable(),
      inspections: z.number().int(),
      minInspections: z.number().int(),
    }),
  ),
  total: z.number().int(),
});

export const recomputeResponse = z.object({ period: z.string(), counts: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int() }) });
export const watchBody = z.object({ reason: requiredText(500) });
export const enterpriseParam = z.object({ enterpriseId: z.uuid() });
