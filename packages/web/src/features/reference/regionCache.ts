import type { Region, RegionWithPath } from '../../api/types.ts';
import { referenceApi } from './api.ts';

/** Region lists never change while the console is open: cache children and single lookups per page load. */
const childrenCache = new Map<string, Promise<Region[]>>();
const regionCache = new Map<string, Promise<RegionWithPath>>();
const resolvedChildren = new Map<string, Region[]>();

const TOP = '';

function retryable<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let p = map.get(key);
  if (!p) {
    p = load();
    map.set(key, p);
    p.catch(() => map.delete(key));
  }
  return p;
}

export function loadRegionChildren(parent: string | null): Promise<Region[]> {
  const key = parent ?? TOP;
  return retryable(childrenCache, key, async () => {
    const items = (await referenceApi.regions(parent)).items;
    resolvedChildren.set(key, items);
    return items;
  });
}

export function cachedRegionChildren(parent: string | null): Region[] | undefined {
  return resolvedChildren.get(parent ?? TOP);
}

export function loadRegion(code: string): Promise<RegionWithPath> {
  return retryable(regionCache, code, () => referenceApi.region(code));
}

/**
 * Whether a region may be expanded. `hasChildren` from the server is authoritative when true; regions above
 * village level are also offered for expansion, and an empty child list then turns the node into a leaf.
 */
export function mayHaveChildren(region: Region): boolean {
  return region.hasChildren || region.level !== 'village';
}
