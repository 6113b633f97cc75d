import { useMemo } from 'react';
import type { Sector } from '../../api/types.ts';
import { fetchedOptions, type FetchedSelectProps } from '../../app/forms.ts';
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

type SectorSelectOptions = {
  /** Offer only these sectors (the caller's department's, say); null or absent: every sector. */
  only?: readonly string[] | null | undefined;
  /** How an option reads; the sector's name by default. */
  label?: ((sector: Sector) => string) | undefined;
};

/**
 * The props of a 行业领域 select, spread onto it: the sectors as options, searchable by name, with 加载中… instead of
 * a code until they have arrived (fetchedOptions).
 */
export function useSectorSelect({ only, label }: SectorSelectOptions = {}): FetchedSelectProps & { showSearch: { optionFilterProp: 'label' } } {
  const { sectors, loading } = useSectors();
  const offered = only ? sectors.filter((s) => only.includes(s.code)) : sectors;
  return {
    ...fetchedOptions({ data: offered, loading }, (list) => list.map((s) => ({ value: s.code, label: label ? label(s) : s.name }))),
    showSearch: { optionFilterProp: 'label' },
  };
}
