// Shared by the statistics equivalence tests (stats.spans.test, stats.upkeep.test).
import type { RawFigures } from './stats.repository.ts';

/** Rows in key order (the paths return groups in no particular order). */
export const sortRows = <T extends { key?: string | null }>(rows: T[]) => [...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)));

/**
 * A reference row as figuresBy's 'rates' part gives it: from the cubes without the quantiles and the found-month
 * figures (stock, increment); from the facts, where the cubes do not answer, without the quantiles only.
 */
export const asRates = (r: RawFigures, fromCubes: boolean): RawFigures =>
  fromCubes ? { ...r, median_days: null, p90_days: null, stock: 0, stock_closed: 0, increment_ytd: 0 } : { ...r, median_days: null, p90_days: null };
