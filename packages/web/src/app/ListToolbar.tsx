import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Flex, Input } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { errorMessage } from '../api/client.ts';

/**
 * The filter bar of every list: a search box (applied on Enter or 搜索), the list's own filters, and 重置.
 * The search text follows the URL (back navigation, 重置) and is only applied on search.
 */
export function ListToolbar({
  search,
  onReset,
  children,
}: {
  search?: { value: string | undefined; onSearch: (q: string | undefined) => void; placeholder: string; width?: number };
  onReset?: () => void;
  children?: ReactNode;
}) {
  const applied = search?.value ?? '';
  const [text, setText] = useState(applied);
  useEffect(() => setText(applied), [applied]);
  return (
    <Flex wrap gap={12} style={{ marginBottom: 16 }} align="center" className="zb-list-toolbar">
      {search && (
        <Input.Search
          allowClear
          placeholder={search.placeholder}
          style={{ width: search.width ?? 260, maxWidth: '100%' }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => search.onSearch(v.trim() || undefined)}
          enterButton="搜索"
        />
      )}
      {children}
      {onReset && (
        <Button icon={<ReloadOutlined />} onClick={onReset}>
          重置
        </Button>
      )}
    </Flex>
  );
}

/** A list's load failure, above the table. */
export function ListError({ error }: { error: unknown }) {
  if (error === undefined) return null;
  return <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />;
}
