import { useState } from 'react';
import { Button, Checkbox, Flex, Popover, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import type { ColumnType } from 'antd/es/table';
import { useMe } from './auth.tsx';

type Keyed<T> = ColumnType<T> & { key: string };

const storageKeyOf = (userId: string, list: string) => `zb.columns.${userId}.${list}`;

function readHidden(storageKey: string, fallback: readonly string[]): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    return Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : [...fallback];
  } catch {
    return [...fallback];
  }
}

/**
 * 列设置 of a big list: which columns show, remembered per user and list in this browser. Columns marked `fixed`
 * (the record number) always show. Returns the visible columns, the button that opens the chooser and the width
 * they need (the table's scroll width: no sideways scrolling when the screen holds them).
 */
export function useColumnChooser<T>(list: string, columns: readonly Keyed<T>[], defaultHidden: readonly string[] = []) {
  const me = useMe();
  const storageKey = storageKeyOf(me.id, list);
  const [hidden, setHidden] = useState<string[]>(() => readHidden(storageKey, defaultHidden));
  const save = (next: string[]) => {
    setHidden(next);
    try {
      localStorage.setItem(storageKey, JSON.stringify(next));
    } catch {
      // private mode or a full storage: the choice lasts for this page only
    }
  };
  const visible = columns.filter((c) => c.fixed || !hidden.includes(c.key));
  const width = visible.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 120), 0);
  const choosable = columns.filter((c) => !c.fixed && typeof c.title === 'string' && c.title !== '');
  const chooser = (
    <Popover
      trigger="click"
      placement="bottomRight"
      title="显示的列"
      content={
        <Flex vertical gap={6} data-testid="column-chooser">
          <Checkbox.Group
            value={choosable.filter((c) => !hidden.includes(c.key)).map((c) => c.key)}
            onChange={(shown) => save(choosable.map((c) => c.key).filter((k) => !shown.includes(k)))}
          >
            <Flex vertical gap={4}>
              {choosable.map((c) => (
                <Checkbox key={c.key} value={c.key}>
                  {c.title as string}
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
          <Typography.Link onClick={() => save([...defaultHidden])}>恢复默认</Typography.Link>
        </Flex>
      }
    >
      <Button icon={<SettingOutlined />} data-testid="column-chooser-button">
        列设置
      </Button>
    </Popover>
  );
  return { columns: visible, chooser, width };
}
