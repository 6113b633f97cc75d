import { useMemo } from 'react';
import type { Sector } from '../../api/types.ts';
import { useQuery } from '../../app/useQuery.ts';
import { loadSectors } from './api.ts';

export function useSectors(): { sectors: Sector[]; sectorName: (code: string) => string; loading: boolean } {
  const { data, loading } = useQuery('sectors', () => loadSectors());
  return useMemo(() => {
    const sectors = data ?? [];
    const names = new Map(sectors.map((s) => [s.code, s.name]));
    return { sectors, sectorName: (code: string) => names.get(code) ?? code, loading };
  }, [data, loading]);
}
