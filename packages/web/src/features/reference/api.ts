import { api } from '../../api/client.ts';
import type { Items, Page, Region, RegionWithPath, Sector } from '../../api/types.ts';

export type Standard = {
  id: string;
  title: string;
  docNo: string | null;
  issuer: string | null;
  effective: string | null;
  published: string | null;
  itemCount: number | null;
  textIncluded: boolean;
};

export type Criterion = {
  id: string;
  standardId: string;
  article: number | null;
  item: number | null;
  group: string | null;
  text: string | null;
  topic: string | null;
  clause: string | null;
};

export const referenceApi = {
  regions: (parent?: string | null) => api.get<Items<Region>>('/api/regions', { parent: parent ?? undefined }),
  region: (code: string) => api.get<RegionWithPath>(`/api/regions/${encodeURIComponent(code)}`),
  sectors: () => api.get<Items<Sector>>('/api/sectors'),
  standards: () => api.get<Items<Standard>>('/api/standards'),
  criteria: (q: { standard: string; q?: string; page: number; pageSize: number }) => api.get<Page<Criterion>>('/api/criteria', q),
};

const levelOrder: Record<Region['level'], number> = { province: 0, city: 1, county: 2, township: 3, village: 4 };

/** Ancestors of a region plus the region itself, root first. */
export function regionChain(region: RegionWithPath): Region[] {
  const chain = region.path.filter((r) => r.code !== region.code);
  chain.push(region);
  return chain.sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
}

let sectorsPromise: Promise<Sector[]> | null = null;

/** Sectors are static reference data: fetched once per page load. */
export function loadSectors(): Promise<Sector[]> {
  sectorsPromise ??= referenceApi.sectors().then(
    (r) => r.items,
    (err: unknown) => {
      sectorsPromise = null;
      throw err;
    },
  );
  return sectorsPromise;
}
