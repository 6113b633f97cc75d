import type { ReactNode } from 'react';
import { Card, Empty, Flex, Grid, Pagination, Spin, Table, Typography, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';

export type ResponsiveTableProps<T extends object> = TableProps<T> & {
  rowKey: keyof T & string;
  /** Forces the layout (tests); by default cards below the md breakpoint, a table from md up. */
  narrow?: boolean;
};

/** One cell's content as the table would show it: the column's render, else the value at its dataIndex. */
export function cellContent<T extends object>(column: ColumnType<T>, record: T, index: number): ReactNode {
  const path = column.dataIndex;
  const keys: PropertyKey[] = path === undefined ? [] : Array.isArray(path) ? (path as PropertyKey[]) : [path as PropertyKey];
  let value: unknown = record;
  for (const k of keys) value = value === null || value === undefined ? undefined : (value as Record<PropertyKey, unknown>)[k];
  if (keys.length === 0) value = undefined;
  if (column.render) return column.render(value, record, index) as ReactNode;
  return value === null || value === undefined ? null : (value as ReactNode);
}

/**
 * The one list of records for every page phones open: a table at md and up, a list of cards below with the same
 * columns (title: content) and the same row click and pagination, so nothing scrolls sideways at 390 px.
 */
export function ResponsiveTable<T extends object>(props: ResponsiveTableProps<T>) {
  const { narrow, ...table } = props;
  const md = Grid.useBreakpoint().md;
  const cards = narrow ?? md === false;
  if (!cards) return <Table<T> {...table} />;
  const columns = (table.columns ?? []).filter((c): c is ColumnType<T> => !('children' in c));
  const [first, ...rest] = columns;
  const key = (r: T) => String(r[props.rowKey]);
  const pagination = table.pagination === false || table.pagination === undefined ? null : table.pagination;
  const data = table.dataSource ?? [];
  return (
    <Spin spinning={table.loading === true}>
      <Flex vertical gap={8} data-testid="responsive-cards">
        {data.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        {data.map((record, index) => (
          <Card
            key={key(record)}
            size="small"
            style={{ width: '100%', cursor: table.onRow ? 'pointer' : undefined }}
            data-testid="responsive-card"
            onClick={(e) => table.onRow?.(record, index).onClick?.(e as never)}
            title={first ? cellContent(first, record, index) : undefined}
          >
            {rest.map((c, i) => {
              const content = cellContent(c, record, index);
              if (content === null || content === '' || content === false) return null;
              return (
                <Flex key={String(c.key ?? c.dataIndex ?? i)} gap={8} style={{ fontSize: 13, lineHeight: '22px' }}>
                  <Typography.Text type="secondary" style={{ flex: '0 0 72px' }}>
                    {c.title as ReactNode}
                  </Typography.Text>
                  <div style={{ minWidth: 0, flex: 1, wordBreak: 'break-all' }}>{content}</div>
                </Flex>
              );
            })}
          </Card>
        ))}
        {pagination && (
          <Pagination
            simple
            align="center"
            current={pagination.current}
            pageSize={pagination.pageSize}
            total={pagination.total}
            onChange={pagination.onChange}
          />
        )}
      </Flex>
    </Spin>
  );
}
