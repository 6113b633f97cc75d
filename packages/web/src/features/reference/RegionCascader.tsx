import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { Cascader } from 'antd';
import type { Region } from '../../api/types.ts';
import { feedback } from '../../app/feedback.ts';
import { regionChain } from './api.ts';
import { mayHaveChildren, staffRegionCache, type RegionCache } from './regionCache.ts';

type Option = {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
};

export type RegionCascaderProps = {
  /** Selected region code (12 digits). */
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  /**
   * The region the tree starts at (shown as the single top option, e.g. the user's org region);
   * null/undefined starts at the list of provinces.
   */
  rootCode?: string | null;
  placeholder?: string;
  allowClear?: boolean;
  /** Allow choosing any level, not only leaves (default true). */
  changeOnSelect?: boolean;
  style?: CSSProperties;
  disabled?: boolean;
  id?: string;
  /** Where the regions come from (default: the signed-in reference API). */
  cache?: RegionCache;
};

function toOption(region: Region, build: (code: string) => Option[] | undefined): Option {
  const expandable = mayHaveChildren(region);
  const children = expandable ? build(region.code) : undefined;
  return {
    value: region.code,
    label: region.name,
    isLeaf: !expandable || (children !== undefined && children.length === 0),
    ...(children && children.length > 0 ? { children } : {}),
  };
}

/** Lazy-loading region picker over GET /api/regions?parent=CODE. */
export function RegionCascader({
  value,
  onChange,
  rootCode,
  placeholder = '选择行政区划',
  allowClear = true,
  changeOnSelect = true,
  style,
  disabled,
  id,
  cache = staffRegionCache,
}: RegionCascaderProps) {
  const { cachedRegionChildren, loadRegion, loadRegionChildren } = cache;
  const [root, setRoot] = useState<Region | null>(null);
  const [path, setPath] = useState<string[]>([]);
  /** Bumped whenever the module-level region cache gains entries so options are rebuilt. */
  const [cacheVersion, setCacheVersion] = useState(0);
  const bump = () => setCacheVersion((v) => v + 1);

  // Top level: the root region itself, or the provinces.
  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      if (rootCode) {
        const region = await loadRegion(rootCode);
        if (!cancelled) setRoot(region);
      } else {
        await loadRegionChildren(null);
        if (!cancelled) bump();
      }
    };
    load().catch((err: unknown) => feedback.error(err));
    return () => {
      cancelled = true;
    };
  }, [rootCode, loadRegion, loadRegionChildren]);

  // Resolve the cascader path of an externally provided value (e.g. when editing a record).
  useEffect(() => {
    if (!value) {
      setPath([]);
      return undefined;
    }
    let cancelled = false;
    const resolve = async () => {
      const region = await loadRegion(value);
      const chain = regionChain(region);
      const start = rootCode ? chain.findIndex((r) => r.code === rootCode) : 0;
      if (start < 0) {
        // Outside the root (should not happen for in-scope data): show it on its own.
        if (!cancelled) setPath([value]);
        return;
      }
      const sub = chain.slice(start);
      await Promise.all(sub.slice(0, -1).map((r) => loadRegionChildren(r.code)));
      if (!cancelled) {
        setPath(sub.map((r) => r.code));
        bump();
      }
    };
    resolve().catch((err: unknown) => feedback.error(err));
    return () => {
      cancelled = true;
    };
  }, [value, rootCode, loadRegion, loadRegionChildren]);

  const options = useMemo<Option[]>(() => {
    void cacheVersion;
    const build = (code: string): Option[] | undefined =>
      cachedRegionChildren(code)?.map((r) => toOption(r, build));
    if (rootCode) return root ? [toOption(root, build)] : [];
    return (cachedRegionChildren(null) ?? []).map((r) => toOption(r, build));
  }, [root, rootCode, cacheVersion, cachedRegionChildren]);

  return (
    <Cascader<Option>
      id={id}
      options={options}
      value={path}
      disabled={disabled}
      style={style}
      placeholder={placeholder}
      allowClear={allowClear}
      changeOnSelect={changeOnSelect}
      loadData={(selected) => {
        const target = selected[selected.length - 1];
        if (!target) return;
        loadRegionChildren(target.value).then(bump, (err: unknown) => feedback.error(err));
      }}
      onChange={(codes) => {
        const list = (codes ?? []) as string[];
        setPath(list);
        onChange?.(list.length ? list[list.length - 1] : undefined);
      }}
    />
  );
}
