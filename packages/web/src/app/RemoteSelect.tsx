import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { Select, Spin } from 'antd';
import type { Id } from '../api/types.ts';
import { feedback } from './feedback.ts';

export type RemoteOption = { value: Id; label: string };

/** Single select whose options come from a server search (debounced). */
export function RemoteSelect({
  value,
  onChange,
  fetchOptions,
  initialOption,
  placeholder,
  id,
  style,
}: {
  value?: Id | null;
  onChange?: (value: Id | undefined) => void;
  fetchOptions: (q: string) => Promise<RemoteOption[]>;
  /** Label of the current value before any search ran (e.g. when editing). */
  initialOption?: RemoteOption | null;
  placeholder?: string;
  id?: string;
  style?: CSSProperties;
}) {
  const [options, setOptions] = useState<RemoteOption[]>(initialOption ? [initialOption] : []);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const fetchRef = useRef(fetchOptions);
  useEffect(() => {
    fetchRef.current = fetchOptions;
  });

  const search = (q: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const mine = ++seq.current;
      setLoading(true);
      fetchRef.current(q).then(
        (opts) => {
          if (mine !== seq.current) return;
          setOptions(opts);
          setLoading(false);
        },
        (err: unknown) => {
          if (mine !== seq.current) return;
          setLoading(false);
          feedback.error(err);
        },
      );
    }, 300);
  };

  useEffect(() => {
    search('');
    return () => window.clearTimeout(timer.current);
  }, []);

  const merged = initialOption && !options.some((o) => o.value === initialOption.value) ? [initialOption, ...options] : options;

  return (
    <Select<Id>
      id={id}
      style={style}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      allowClear
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch: search }}
      notFoundContent={loading ? <Spin size="small" /> : '无匹配结果'}
      options={merged}
    />
  );
}
