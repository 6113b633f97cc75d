import { sql } from 'drizzle-orm';
import type { Scope } from '@zhiben/core';
import { rowsOf, type Db } from '../../db/client.ts';
import * as repo from './principal-checks.repository.ts';

/**
 * 未开展排查 on 进展缓慢 (MODULES A-2): enterprises whose last `threshold`+ ended periods were all missed as of D,
 * with their streak as of each earlier date the page looks at (newest first). The escalation ladder then climbs one
 * step per further missed period: the streak beyond the threshold plays the part of the months in a row.
 */
export async function missedCheckStreaks(db: Db, scope: Scope, regionPrefix: string | null, dates: readonly string[], threshold: number) {
  const [first, ...earlier] = dates;
  if (first === undefined) return [];
  const filter = { regionPrefix, sector: null };
  const now = await repo.missedStreaks(db, scope, filter, first, threshold);
  if (now.length === 0) return [];
  const ids = now.map((r) => r.enterprise_id);
  const [history, names] = await Promise.all([
    Promise.all(earlier.map((d) => repo.missedStreaks(db, scope, filter, d, 1, ids))),
    rowsOf<{ id: string; name: string; region_name: string }>(
      await db.execute(sql`SELECT e.id::text, e.name, r.name AS region_name FROM enterprises e JOIN regions r ON r.code = e.region_code
        WHERE e.id IN (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`),
    ),
  ]);
  return now.map((r) => ({
    enterpriseId: r.enterprise_id,
    name: names.find((n) => n.id === r.enterprise_id)?.name ?? r.enterprise_id,
    regionName: names.find((n) => n.id === r.enterprise_id)?.region_name ?? null,
    streak: r.streak,
    cadence: r.cadence,
    firstMissed: r.first_missed,
    lastMissed: r.last_missed,
    history: dates.map((asOf, i) => ({ asOf, streak: i === 0 ? r.streak : (history[i - 1]?.find((h) => h.enterprise_id === r.enterprise_id)?.streak ?? 0) })),
  }));
}

/** The ladder step count of a streak: the threshold's missed periods are the first step. */
export const ladderMonths = (streak: number, threshold: number): number => (streak >= threshold ? streak - threshold + 1 : 0);
