import { sql } from 'drizzle-orm';
import { nextPeriod, checkPeriodOf, type CheckCadence, type CheckPeriod } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { principalCheckPeriods, principalCheckSettled, principalCheckTotals, sectors } from '../../db/schema/index.ts';
import { addDays } from '../../lib/dates.ts';
import { rowsAffected, rowsOf } from '../../db/client.ts';

const p = principalCheckPeriods;

/** Sector codes flagged high-risk in the reference (monthly cadence). */
export async function highRiskSectorCodes(db: Db): Promise<string[]> {
  return (await db.select({ code: sectors.code, highRisk: sectors.highRisk }).from(sectors)).filter((s) => s.highRisk).map((s) => s.code);
}

const cadenceSql = (highRisk: readonly string[]) => sql`CASE WHEN e.high_risk OR e.sectors && ${textArray(highRisk)} THEN 'month' ELSE 'quarter' END`;

/**
 * Writes the duty rows of the periods running on `today` (and of the ones just before, so a server that was down
 * when a period began still records it) for every operating enterprise: region, sectors and cadence as they are
 * now, the duty from the period's first day or from the day the enterprise was registered. Existing rows are kept
 * as they are: a period once due stays due. System job: all enterprises, no scope.
 */
export async function systemEnsureCheckPeriods(db: Db, today: string, highRisk: readonly string[]): Promise<number> {
  const periods: CheckPeriod[] = [];
  for (const cadence of ['month', 'quarter'] as const) {
    const current = checkPeriodOf(today, cadence);
    const before = checkPeriodOf(new Date(Date.parse(`${current.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10), cadence);
    periods.push(before, current);
  }
  const values = sql.join(periods.map((x) => sql`(${x.cadence}, ${x.start}::date, ${x.end}::date)`), sql`, `);
  const result = await db.execute(sql`
    INSERT INTO ${p} (enterprise_id, cadence, period_start, period_end, region_code, sectors, due_from)
    SELECT e.id, v.cadence, v.start_day, v.end_day, e.region_code, e.sectors,
           greatest(v.start_day, (e.created_at AT TIME ZONE 'Asia/Shanghai')::date)
    FROM enterprises e
    JOIN (VALUES ${values}) AS v(cadence, start_day, end_day) ON v.cadence = ${cadenceSql(highRisk)}
    WHERE e.status = 'operating' AND (e.created_at AT TIME ZONE 'Asia/Shanghai')::date <= v.end_day AND v.start_day <= ${today}::date
    ON CONFLICT DO NOTHING`);
  return rowsAffected(result);
}

/**
 * Records a submitted principal-led check against the period of its check date (the enterprise's cadence now): the
 * first qualifying check sets done_on to the submission day; later ones change nothing. Creates the period row if
 * the job has not yet. Call in the submission's transaction.
 */
export async function markPeriodDone(
  tx: Db,
  enterprise: { id: string; regionCode: string; sectors: readonly string[]; createdOn: string },
  cadence: CheckCadence,
  checkDate: string,
  submittedOn: string,
  inspectionId: string,
): Promise<CheckPeriod> {
  const period = checkPeriodOf(checkDate, cadence);
  const dueFrom = enterprise.createdOn > period.start ? enterprise.createdOn : period.start;
  await tx.execute(sql`
    INSERT INTO ${p} (enterprise_id, cadence, period_start, period_end, region_code, sectors, due_from, done_on, done_inspection_id)
    VALUES (${enterprise.id}, ${cadence}, ${period.start}, ${period.end}, ${enterprise.regionCode},
            ${textArray(enterprise.sectors)}, ${dueFrom < checkDate ? dueFrom : checkDate}, ${submittedOn}, ${inspectionId})
    ON CONFLICT (enterprise_id, period_start, cadence) DO UPDATE
      SET done_on = COALESCE(${p.doneOn}, EXCLUDED.done_on), done_inspection_id = COALESCE(${p.doneInspectionId}, EXCLUDED.done_inspection_id)`);
  return period;
}

export const textArray = (values: readonly string[]) =>
  values.length === 0 ? sql`'{}'::text[]` : sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

export type OpenPeriod = { enterpriseId: string; cadence: CheckCadence; periodStart: string; periodEnd: string; regionCode: string; sectors: string[] };

/**
 * Not-yet-done periods that are running on `today` or ended within the last `lookbackDays`, in keyset batches by
 * enterprise: what the reminder job walks. System job: no scope.
 */
export async function* systemOpenPeriods(db: Db, today: string, lookbackDays: number, batchSize = 500): AsyncGenerator<OpenPeriod[]> {
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - lookbackDays * 86_400_000).toISOString().slice(0, 10);
  let after = '00000000-0000-0000-0000-000000000000';
  let afterStart = '0001-01-01';
  for (;;) {
    const rows = rowsOf<{ enterprise_id: string; cadence: CheckCadence; period_start: string; period_end: string; region_code: string; sectors: string[] }>(
      await db.execute(sql`SELECT ${p.enterpriseId}::text AS enterprise_id, ${p.cadence} AS cadence, ${p.periodStart}::text AS period_start, ${p.periodEnd}::text AS period_end,
          ${p.regionCode} AS region_code, ${p.sectors} AS sectors
        FROM ${p}
        WHERE ${p.doneOn} IS NULL AND ${p.periodStart} <= ${today} AND ${p.periodEnd} >= ${from}
          AND (${p.enterpriseId}, ${p.periodStart}) > (${after}::uuid, ${afterStart}::date)
        ORDER BY ${p.enterpriseId}, ${p.periodStart}
        LIMIT ${batchSize}`),
    );
    if (rows.length === 0) return;
    yield rows.map((r) => ({ enterpriseId: r.enterprise_id, cadence: r.cadence, periodStart: r.period_start, periodEnd: r.period_end, regionCode: r.region_code, sectors: r.sectors }));
    const last = rows[rows.length - 1];
    if (!last) return;
    after = last.enterprise_id;
    afterStart = last.period_start;
  }
}

export const periodOfRow = (row: { cadence: CheckCadence; periodStart: string; periodEnd: string }): CheckPeriod => ({ cadence: row.cadence, start: row.periodStart, end: row.periodEnd });

/**
 * Adds up every period that can no longer change (see principal_check_totals) into the totals, one period per
 * transaction; returns how many periods settled. Run by the reminder job; idempotent.
 */
export async function systemSettleCheckPeriods(db: Db, today: string, backdateDays: number, at: Date): Promise<number> {
  const [earliest] = rowsOf<{ first: string | null }>(await db.execute(sql`SELECT min(${p.periodStart})::text AS first FROM ${p}`));
  if (!earliest?.first) return 0;
  const settled = new Set(rowsOf<{ key: string }>(await db.execute(sql`SELECT cadence || ':' || period_start::text AS key FROM ${principalCheckSettled}`)).map((r) => r.key));
  let count = 0;
  for (const cadence of ['month', 'quarter'] as const) {
    for (let period = checkPeriodOf(earliest.first, cadence); ; period = nextPeriod(period)) {
      const finalFrom = addDays(period.end, backdateDays + 1);
      if (!(nextPeriod(period).end < today && finalFrom <= today)) break;
      if (settled.has(`${cadence}:${period.start}`)) continue;
      await db.transaction(async (tx) => {
        await tx.execute(sql`
          INSERT INTO ${principalCheckTotals} (county_code, sectors, cadence, period_start, period_end, required, done)
          SELECT left(${p.regionCode}, 6), ${p.sectors}, ${p.cadence}, ${p.periodStart}, ${p.periodEnd}, count(*)::int, count(${p.doneOn})::int
          FROM ${p} WHERE ${p.cadence} = ${cadence} AND ${p.periodStart} = ${period.start}
          GROUP BY 1, 2, 3, 4, 5
          ON CONFLICT DO NOTHING`);
        await tx.insert(principalCheckSettled).values({ cadence, periodStart: period.start, periodEnd: period.end, finalFrom, settledAt: at }).onConflictDoNothing();
      });
      count++;
    }
  }
  return count;
}
