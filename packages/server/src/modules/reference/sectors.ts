import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { listSectors } from './reference.repository.ts';

/** Refuses a sector code that is not in the catalogue (400 naming the field and the code); returns the catalogue. */
export async function assertKnownSectors(db: Db, codes: readonly string[], field = 'sectors') {
  const catalogue = await listSectors(db);
  const unknown = codes.find((code) => !catalogue.some((s) => s.code === code));
  if (unknown !== undefined) throw AppError('SECTOR_UNKNOWN', { field, message: `行业领域「${unknown}」不存在` });
  return catalogue;
}

/** A regulator acts in its own sectors only (`own` null: a committee or township, any sector). */
export function assertOwnSectors(own: readonly string[] | null, codes: readonly string[], message: string, field = 'sectors'): void {
  if (own !== null && codes.some((code) => !own.includes(code))) throw AppError('VALIDATION', { field, message });
}
