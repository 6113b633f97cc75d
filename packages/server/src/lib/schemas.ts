import { z } from 'zod';

/**
 * Shared zod building blocks for request/response schemas. Every string, date and integer a request carries is
 * built from the pieces below, so that what PostgreSQL would refuse (a NUL byte in text, 2026-02-30, an integer
 * past int32) is a 400 naming the field instead of a 500 from the database. `inputs.test.ts` checks every route of
 * the OpenAPI document for it.
 */

/** PostgreSQL text cannot hold U+0000; the pattern also shows in the OpenAPI document (the inputs test reads it). */
// eslint-disable-next-line no-control-regex -- the one place that names the NUL byte
export const NUL_FREE = /^[^\u0000]*$/;
export const NUL_MESSAGE = '不能包含空字符（\\u0000）';
/**
 * A lone UTF-16 surrogate (JSON "\ud800") is no character: PostgreSQL refuses it in jsonb (the audit detail, the
 * timeline payload) and text stores it as U+FFFD. With the u flag \p{Cs} matches only unpaired surrogates.
 */
export const WELL_FORMED = /^\P{Cs}*$/u;
export const WELL_FORMED_MESSAGE = '包含无效字符（不成对的 Unicode 代理项）';

/** Any request string: refuses NUL and lone surrogates. Not trimmed (passwords); use `text()` for what a person types. */
export const str = () => z.string().regex(NUL_FREE, NUL_MESSAGE).regex(WELL_FORMED, WELL_FORMED_MESSAGE);

/** Free text a person types: NUL refused, trimmed, at most `max` characters. */
export const text = (max: number) => str().trim().max(max);
export const requiredText = (max: number) => text(max).min(1, '不能为空');

/** Years a date of this platform can have: rules out 0000-01-01 and typing slips like 20266-01-01 or 0202-01-01. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const yearInRange = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};

/** A calendar date yyyy-mm-dd that exists (no 2026-02-30), 1900–2100. */
export const isoDate = z.iso
  .date('应为 yyyy-mm-dd 格式的有效日期')
  .refine(yearInRange, `年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间`);

/** A point in time in a query (yyyy-mm-dd or an ISO date-time with offset), as a Date; refuses impossible dates. */
export const isoDateTimeParam = str()
  .refine((s) => {
    if (!/^\d{4}-\d{2}-\d{2}/.test(s) || !isoDate.safeParse(s.slice(0, 10)).success) return false;
    return s.length === 10 || z.iso.datetime({ offset: true }).safeParse(s).success;
  }, '应为有效的日期或时间（yyyy-mm-dd 或 ISO 8601）')
  .transform((s) => new Date(s.length === 10 ? `${s}T00:00:00+08:00` : s));

export const INT32_MAX = 2_147_483_647;
/** An integer PostgreSQL's `integer` can hold, in a JSON body. */
export const int32 = () => z.number().int('应为整数').min(-INT32_MAX - 1, '数值过小').max(INT32_MAX, '数值过大');
/** The same in a query string (text coerced to a number). */
export const queryInt = () => z.coerce.number().int('应为整数').min(-INT32_MAX - 1, '数值过小').max(INT32_MAX, '数值过大');
/** A compare-and-set token. */
export const version = () => int32().min(1, '应为正整数');

export const errorResponse = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().optional(),
  details: z.unknown().optional(),
});

export const paginationQuery = z.object({
  page: queryInt().min(1).default(1),
  pageSize: queryInt().min(1).max(200).default(20),
});

export const paged = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const uuidParam = z.object({ id: z.uuid() });

export const regionCode12 = str().regex(/^\d{12}$/, '应为12位数字的行政区划代码');

export const emptyResponse = z.null();

export const standardErrors = {
  400: errorResponse,
  401: errorResponse,
  404: errorResponse,
  409: errorResponse,
  429: errorResponse,
} as const;

/**
 * 「安排检查」 offered on a tip or hazard page (MODULES A-1 triggers): set when the caller may plan inspections and
 * the record may trigger one; the console opens the inspection form with this subject and trigger.
 */
export const inspectionTriggerOffer = z
  .object({ kind: z.enum(['tip', 'hazard_overdue']), id: z.uuid(), no: z.string(), enterpriseId: z.uuid(), enterpriseName: z.string() })
  .nullable();
