import { z } from 'zod';
import { isoDate, requiredText, str, text, version as versionOf } from '../../lib/schemas.ts';

// zod pieces shared by the Module B schemas (plans, tasks, returns, dispatch, meetings, leaders), built from the
// platform's input pieces (lib/schemas.ts: no NUL bytes, real dates, int32 integers).

export { isoDate, requiredText, text };
export const monthKey = str().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '应为 yyyy-mm 格式的月份');
/** A reporting period: 2025-03, 2025-Q1, 2025-H1 or 2025. */
export const periodKey = str().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/, '应为报送期，如 2025-03、2025-Q1、2025-H1、2025');
export const version = versionOf();

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
