import type { z } from 'zod';
import { AppError } from '../errors.ts';
import { labelForPath } from './field-labels.ts';

/** Validates a value against a schema chosen at run time (e.g. per action), with the same zh-CN errors as routes. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  throw AppError('VALIDATION', {
    field: path.join('.'),
    message: `「${labelForPath(path.filter((p) => typeof p === 'string'))}」${issue?.message ?? '无效'}`,
  });
}
