import { useState } from 'react';
import type { TablePaginationConfig } from 'antd';

/**
 * Server-side paging kept in component state: page and size for the query, and the table's pagination
 * (changing the size goes back to page 1). `unit` completes 「共 N …」.
 */
export function usePaging(unit: string, initialPageSize = 20) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(initialPageSize);
  const pagination = (total: number): TablePaginationConfig => ({
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    showTotal: (t) => `共 ${t} ${unit}`,
    onChange: (p, ps) => {
      setPage(ps === pageSize ? p : 1);
      setPageSize(ps);
    },
  });
  return { page, pageSize, setPage, pagination };
}
