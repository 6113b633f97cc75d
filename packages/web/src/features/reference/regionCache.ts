import type { Region, RegionWithPath } from '../../api/types.ts';
import { referenceApi } from './api.ts';

/** Where region lists come from: the signed-in reference API, or the public one used by the 举报 portal. */
export type RegionSource = {
  children: (parent: string | null) => Promise<Region[]>;
  region: (code: string) => Promise<RegionWithPath>;
};

export type RegionCache = {
  loadRegionChildren: (parent: string | null) => Promise<Region[]>;
  cachedRegionChildren: (parent: string | null) => Region[] | undefined;
  loadRegion: (code: string) => Promise<RegionWithPath>;
};

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

/** Region lists never change while the console is open: cache children and single lookups per page load. */
export function createRegionCache(source: RegionSource): RegionCache {
  const childrenCache = new Map<string, Promise<Region[]>>();
  const regionCache = new Map<string, Promise<RegionWithPath>>();
  const resolvedChildren = new Map<string, Region[]>();
  return {
    loadRegionChildren: (parent) => {
      const key = parent ?? TOP;
      return retryable(childrenCache, key, async () => {
        const items = await source.children(parent);
        resolvedChildren.set(key, items);
        return items;
      });
    },
    cachedRegionChildren: (parent) => resolvedChildren.get(parent ?? TOP),
    loadRegion: (code) => retryable(regionCache, code, () => source.region(code)),
  };
}

export const staffRegionCache = createRegionCache({
  children: async (parent) => (await referenceApi.regions(parent)).items,
  region: (code) => referenceApi.region(code),
});

export const { loadRegionChildren, cachedRegionChildren, loadRegion } = staffRegionCache;

/**
 * Whether a region may be expanded. `hasChildren` from the server is authoritative when true; regions above
 * village level are also offered for expansion, and an empty child list then turns the node into a leaf.
 */
export function mayHaveChildren(region: Region): boolean {
  return region.hasChildren || region.level !== 'village';
}
