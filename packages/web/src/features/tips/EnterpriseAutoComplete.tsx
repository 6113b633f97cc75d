import { useEffect, useRef, useState } from 'react';
import { AutoComplete, Input } from 'antd';
import type { Id } from '../../api/types.ts';
import { publicTipsApi, type PublicEnterprise } from './api.ts';

const DEBOUNCE_MS = 300;

/**
 * 被举报单位: free text, with suggestions from the public enterprise search (operating enterprises whose
 * name contains the text). Picking a suggestion reports the enterprise; typing afterwards drops it again.
 */
export function EnterpriseAutoComplete({
  value,
  onChange,
  onPick,
  id,
  placeholder = '输入单位名称，可从列表中选择，也可直接填写',
}: {
  value?: string;
  onChange?: (value: string) => void;
  /** The chosen register entry, or null when the text no longer is a chosen entry. */
  onPick: (enterprise: PublicEnterprise | null) => void;
  id?: string;
  placeholder?: string;
}) {
  const [options, setOptions] = useState<PublicEnterprise[]>([]);
  const [searching, setSearching] = useState(false);
  const picked = useRef<Id | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const controller = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      controller.current?.abort();
    },
    [],
  );

  const search = (text: string) => {
    window.clearTimeout(timer.current);
    controller.current?.abort();
    const q = text.trim();
    if (q.length < 2) {
      setOptions([]);
      return;
    }
    timer.current = window.setTimeout(() => {
      const mine = new AbortController();
      controller.current = mine;
      setSearching(true);
      publicTipsApi.enterprises(q, mine.signal).then(
        (list) => {
          if (mine.signal.aborted) return;
          setOptions(list);
          setSearching(false);
        },
        () => {
          // Suggestions are a convenience: free text still works when the search fails or is rate-limited.
          if (mine.signal.aborted) return;
          setOptions([]);
          setSearching(false);
        },
      );
    }, DEBOUNCE_MS);
  };

  return (
    <AutoComplete
      id={id}
      value={value}
      style={{ width: '100%' }}
      options={options.map((e) => ({
        value: String(e.id),
        label: (
          <div>
            <div style={{ whiteSpace: 'normal' }}>{e.name}</div>
            <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{e.regionName}</div>
          </div>
        ),
      }))}
      onSearch={search}
      onChange={(text: string) => {
        // Selecting fires onSelect with the id; ordinary typing lands here.
        if (options.some((e) => String(e.id) === text)) return;
        if (picked.current !== null) {
          picked.current = null;
          onPick(null);
        }
        onChange?.(text);
      }}
      onSelect={(selected: string) => {
        const e = options.find((o) => String(o.id) === selected);
        if (!e) return;
        picked.current = e.id;
        onChange?.(e.name);
        onPick(e);
      }}
      notFoundContent={searching ? '搜索中…' : undefined}
      data-testid="tip-target"
    >
      <Input placeholder={placeholder} maxLength={200} autoComplete="off" />
    </AutoComplete>
  );
}
