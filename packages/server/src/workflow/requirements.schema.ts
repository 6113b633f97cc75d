import { z } from 'zod';

// The wire form of core's FormRequirements (workflow/requirements.ts), so the OpenAPI document carries it.
export const fieldRequirement = z.object({
  required: z.union([z.boolean(), z.object({ whenField: z.string(), equals: z.union([z.string(), z.boolean()]) })]),
  min: z.union([z.string(), z.number()]).optional(),
  max: z.union([z.string(), z.number()]).optional(),
  options: z.array(z.string()).readonly().optional(),
  hint: z.string().optional(),
});
export const formRequirements = z.record(z.string(), fieldRequirement);

/** `requirements` of a record view: the form requirements of each allowed action. */
export const actionRequirements = <const A extends readonly [string, ...string[]]>(actions: A) => z.partialRecord(z.enum(actions), formRequirements);
