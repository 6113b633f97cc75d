import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/** as-of date, drill-down region and sector live in the URL so a view can be shared and reloaded. */
export function useStatsParams() {
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  const regionCode = params.get('regionCode') ?? undefined;
  const sector = params.get('sector') ?? undefined;
  const update = useCallback(
    (changes: Record<string, string | undefined>) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      });
    },
    [setParams],
  );
  return { asOf, regionCode, sector, update };
}
