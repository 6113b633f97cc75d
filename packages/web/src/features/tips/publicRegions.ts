import { parentRegionCode } from '@zhiben/core/src/region.ts';
import type { Region, RegionLevel, RegionWithPath } from '../../api/types.ts';
import { createRegionCache } from '../reference/regionCache.ts';
import { publicTipsApi } from './api.ts';

const children = async (parent: string | null): Promise<Region[]> => {
  const rows = await publicTipsApi.regions(parent ?? undefined);
  return rows.map((r) => ({ code: r.code, name: r.name, level: r.level as RegionLevel, hasChildren: r.hasChildren, parentCode: parent }));
};

/** Ancestors of a 12-digit code, root first, including the code itself (structural, from the code's digits). */
function chainOf(code: string): string[] {
  const chain: string[] = [];
  for (let c: string | null = code; c !== null; c = parentRegionCode(c)) chain.unshift(c);
  return chain;
}

/**
 * Regions for the public portal (no session): GET /api/public/tips/regions?parentCode= (one level at a time).
 * A single region with its path is assembled by walking down from the province, since there is no public
 * lookup by code.
 */
export const publicRegionCache = createRegionCache({
  children,
  region: async (code: string): Promise<RegionWithPath> => {
    const path: Region[] = [];
    let parent: string | null = null;
    for (const c of chainOf(code)) {
      const found: Region | undefined = (await publicRegionCache.loadRegionChildren(parent)).find((r) => r.code === c);
      if (!found) continue; // a structural level that does not exist (city without counties)
      path.push(found);
      parent = found.code;
    }
    const self = path[path.length - 1];
    if (!self || self.code !== code) throw new Error('所选地区不存在');
    return { ...self, path };
  },
});
