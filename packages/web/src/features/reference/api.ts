import { call } from '../../api/client.ts';
import type { QueryOf, ResponseOf } from '../../api/contract.ts';
import type { Region, RegionWithPath, Sector } from '../../api/types.ts';

export type Standard = ResponseOf<'/api/standards', 'get'>['items'][number];
export type Criterion = ResponseOf<'/api/criteria', 'get'>['items'][number];

export const referenceApi = {
  regions: (parent?: string | null) => call('get', '/api/regions', { query: { parent: parent ?? undefined } }),
  region: (code: string) => call('get', '/api/regions/{code}', { params: { code } }),
  sectors: () => call('get', '/api/sectors'),
  standards: () => call('get', '/api/standards'),
  criteria: (query: QueryOf<'/api/criteria', 'get'>, signal?: AbortSignal) => call('get', '/api/criteria', { query, signal }),
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
