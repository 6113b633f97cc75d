import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { TablePaginationConfig } from 'antd';
import { PAGE_SIZES, parseFilters, parsePaging, patchParams, toQuery, type FilterQuery, type FilterSpec, type Filters } from './urlFilters.ts';

export type UrlFilters<S extends FilterSpec> = {
  filters: Filters<S>;
  page: number;
  pageSize: number;
  /** The filters as the API's query (lists joined, flags as 'true'), without paging. */
  query: FilterQuery<S>;
  /** Change some filters (back to page 1). */
  set: (patch: Partial<Filters<S>>) => void;
  reset: () => void;
  /** The table's server-side pagination, kept in the URL too. `unit` completes 「共 N …」. */
  pagination: (total: number, unit: string) => TablePaginationConfig;
  /** A key that changes whenever filters or paging change (for useQuery). */
  key: string;
};

/** List filters and paging kept in the URL, parsed by `spec` (see urlFilters.ts). */
export function useUrlFilters<S extends FilterSpec>(spec: S, options: { pageSize?: number } = {}): UrlFilters<S> {
  const defaultPageSize = options.pageSize ?? 20;
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(spec, params), [spec, params]);
  const { page, pageSize } = parsePaging(params, defaultPageSize);
  const query = useMemo(() => toQuery(spec, filters), [spec, filters]);

  const set = useCallback((patch: Partial<Filters<S>>) => setParams((p) => patchParams(p, patch), { replace: true }), [setParams]);
  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  const pagination = (total: number, unit: string): TablePaginationConfig => ({
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: [...PAGE_SIZES],
    showTotal: (t) => `共 ${t} ${unit}`,
    // A new page size starts again at page 1.
    onChange: (p, ps) => setParams((current) => patchParams(current, {}, { page: ps === pageSize ? p : 1, pageSize: ps }), { replace: true }),
  });
  return { filters, page, pageSize, query, set, reset, pagination, key: JSON.stringify({ query, page, pageSize }) };
}
