import { sql } from 'drizzle-orm';
import { LONG_STANDING_DAYS, type Scope } from '@zhiben/core';
import { rowsOf, type Db } from '../../db/client.ts';
import { snapshotSql, type StatsFilter } from '../stats/stats.repository.ts';

export type OverdueListRow = {
  hazard_no: string;
  enterprise_name: string;
  region_name: string;
  department_name: string | null;
  level: 'major' | 'general';
  found_at: string;
  deadline: string;
  days_overdue: number;
  total: number;
  long_standing_total: number;
};

/**
 * Hazards open as of D whose deadline in force on D has passed, most overdue first. Reads the stats snapshot, so
 * the rows are exactly the ones the overdue figure counts. Long-standing ones (more than 90 days) sort first, so
 * the long-standing list is a prefix of this one: one scan gives both lists and both full counts.
 */
export async function overdueHazards(db: Db, scope: Scope, filter: StatsFilter, asOf: string, live: boolean, limit: number) {
  const d = sql`${asOf}::date`;
  const result = await db.execute(sql`SELECT h.hazard_no, e.name AS enterprise_name,
      concat_ws('', CASE WHEN starts_with(town.name, county.name) THEN NULL ELSE county.name END, town.name) AS region_name,
      dept.name AS department_name,
      s.level, s.found_at::text AS found_at, s.deadline::text AS deadline, (${d} - s.deadline)::int AS days_overdue,
      count(*) OVER ()::int AS total,
      count(*) FILTER (WHERE ${d} - s.deadline > ${LONG_STANDING_DAYS}) OVER ()::int AS long_standing_total
    FROM (${snapshotSql(scope, filter, asOf, live)}) s
    JOIN hazards h ON h.id = s.id
    JOIN enterprises e ON e.id = h.enterprise_id
    LEFT JOIN regions county ON county.code = rpad(left(s.region_code, 6), 12, '0')
    LEFT JOIN regions town ON town.code = s.region_code
    LEFT JOIN LATERAL (
      -- 责任部门: the regulator of the hazard's sector nearest to its place (county, then city, then province).
      SELECT o.name FROM orgs o
      WHERE o.kind = 'regulator' AND s.sector = ANY(o.sectors)
        AND o.region_code IN (rpad(left(s.region_code, 6), 12, '0'), rpad(left(s.region_code, 4), 12, '0'), rpad(left(s.region_code, 2), 12, '0'))
      ORDER BY o.region_code DESC, o.name LIMIT 1
    ) dept ON true
    WHERE s.state = 'open' AND s.deadline < ${d}
    ORDER BY days_overdue DESC, h.hazard_no
    LIMIT ${limit}`);
  const rows = rowsOf<OverdueListRow>(result);
  return {
    overdue: { total: rows[0]?.total ?? 0, rows },
    longStanding: { total: rows[0]?.long_standing_total ?? 0, rows: rows.filter((r) => r.days_overdue > LONG_STANDING_DAYS) },
  };
}

/** Names of regions (for escalation rows, which carry only the code). */
export async function regionLabels(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return new Map<string, string>();
  const counties = [...new Set(codes.map((c) => `${c.slice(0, 6)}000000`))];
  const all = [...new Set([...codes, ...counties])];
  const result = await db.execute(sql`SELECT code, name FROM regions WHERE code IN (${sql.join(all.map((c) => sql`${c}`), sql`, `)})`);
  const names = new Map(rowsOf<{ code: string; name: string }>(result).map((r) => [r.code, r.name]));
  return new Map(
    codes.map((code) => {
      const county = names.get(`${code.slice(0, 6)}000000`) ?? '';
      const own = names.get(code) ?? '';
      // A town's name may already start with its county's (利辛县煤电产业园区): never write the county twice.
      return [code, own.startsWith(county) ? own : `${county}${own}`];
    }),
  );
}
