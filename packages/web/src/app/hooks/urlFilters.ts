import dayjs, { type Dayjs } from 'dayjs';

/**
 * List filters kept in the URL (shareable, kept on reload and back navigation): a spec per list says what each
 * parameter is; parsing drops anything that does not fit, so a hand-edited URL never reaches the API malformed.
 */
export type FilterField =
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'manyOf'; values: readonly string[] }
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'flag' };

export type FilterSpec = Record<string, FilterField>;

type ValueOf<F extends FilterField> = F extends { kind: 'oneOf'; values: readonly (infer T)[] }
  ? T | undefined
  : F extends { kind: 'manyOf'; values: readonly (infer T)[] }
    ? T[]
    : F extends { kind: 'flag' }
      ? boolean
      : string | undefined;

/** The filters as the page uses them: one value (or undefined), lists, flags as booleans. */
export type Filters<S extends FilterSpec> = { [K in keyof S]: ValueOf<S[K]> };

type QueryValueOf<F extends FilterField> = F extends { kind: 'oneOf'; values: readonly (infer T)[] }
  ? T | undefined
  : F extends { kind: 'flag' }
    ? 'true' | undefined
    : string | undefined;

/** The filters as the API reads them: lists joined with commas, a set flag as 'true', unset ones left out. */
export type FilterQuery<S extends FilterSpec> = { [K in keyof S]: QueryValueOf<S[K]> };

/** Builders of a spec: `{ status: manyOf(hazardStatuses), q: text(), overdue: flag() }`. */
export const oneOf = <T extends string>(values: readonly T[]) => ({ kind: 'oneOf', values }) as const;
export const manyOf = <T extends string>(values: readonly T[]) => ({ kind: 'manyOf', values }) as const;
export const text = () => ({ kind: 'text' }) as const;
export const date = () => ({ kind: 'date' }) as const;
export const flag = () => ({ kind: 'flag' }) as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const PAGE_SIZES = [10, 20, 50, 100] as const;
const MAX_PAGE_SIZE = 200;

function parseField(field: FilterField, raw: string | null): unknown {
  switch (field.kind) {
    case 'oneOf':
      return raw !== null && field.values.includes(raw) ? raw : undefined;
    case 'manyOf':
      return (raw ?? '').split(',').filter((v) => field.values.includes(v));
    case 'text':
      return raw !== null && raw.trim() !== '' ? raw : undefined;
    case 'date':
      return raw !== null && ISO_DATE.test(raw) ? raw : undefined;
    case 'flag':
      return raw === 'true';
  }
}

export function parseFilters<S extends FilterSpec>(spec: S, params: URLSearchParams): Filters<S> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(spec)) out[key] = parseField(field, params.get(key));
  return out as Filters<S>;
}

export function parsePaging(params: URLSearchParams, defaultPageSize: number): { page: number; pageSize: number } {
  const page = Math.max(1, Math.floor(Number(params.get('page') ?? '1')) || 1);
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(Number(params.get('pageSize') ?? defaultPageSize)) || defaultPageSize));
  return { page, pageSize };
}

/** A filter value as a URL parameter (undefined: the parameter is removed). */
function serialise(value: unknown): string | undefined {
  if (value === undefined || value === null || value === false || value === '') return undefined;
  if (Array.isArray(value)) return value.length > 0 ? value.join(',') : undefined;
  return String(value);
}

export function toQuery<S extends FilterSpec>(spec: S, filters: Filters<S>): FilterQuery<S> {
  const out: Record<string, string | undefined> = {};
  for (const key of Object.keys(spec)) out[key] = serialise(filters[key]);
  return out as FilterQuery<S>;
}

/**
 * The URL after changing some filters or the paging: other parameters stay; a filter change goes back to page 1.
 */
export function patchParams(
  params: URLSearchParams,
  patch: Record<string, unknown>,
  paging?: { page?: number; pageSize?: number },
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch)) {
    const s = serialise(value);
    if (s === undefined) next.delete(key);
    else next.set(key, s);
  }
  if (paging) {
    if (paging.pageSize !== undefined) next.set('pageSize', String(paging.pageSize));
    if (paging.page !== undefined && paging.page > 1) next.set('page', String(paging.page));
    else next.delete('page');
  } else if (Object.keys(patch).length > 0) {
    next.delete('page');
  }
  return next;
}

/** A date (or date-time) from the URL as a picker value: null when absent or unparseable, never 「Invalid Date」. */
export function urlDay(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const day = dayjs(value);
  return day.isValid() ? day : null;
}
