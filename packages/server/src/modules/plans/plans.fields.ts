import { z } from 'zod';

// zod pieces shared by the Module B schemas (plans, tasks, returns, dispatch, meetings, leaders).

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '应为 yyyy-mm-dd 格式的日期')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), '不是有效日期');
export const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '应为 yyyy-mm 格式的月份');
export const text = (max: number) => z.string().trim().max(max, `不能超过${max}个字`);
export const requiredText = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过${max}个字`);
export const version = z.number().int().min(1);
export const versioned = z.object({ version });
export const orgRef = z.object({ id: z.uuid(), name: z.string() });

type WithoutDefault<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;
type PatchShape<T extends z.ZodRawShape> = { [K in keyof T]: z.ZodOptional<WithoutDefault<T[K]>> };

/**
 * The body of a change from the body of a creation: every field optional and without its default, so a field the
 * client leaves out stays as it is (zod's .partial() would fill in the defaults and reset it).
 */
export function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>): z.ZodObject<PatchShape<T>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    shape[key] = inner.optional();
  }
  return z.object(shape) as unknown as z.ZodObject<PatchShape<T>>;
}
