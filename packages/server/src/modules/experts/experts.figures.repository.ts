import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { ExpertLevel, ExpertTopic, Scope, SupervisionClass } from '@zhiben/core';
import { rowsOf, type Db } from '../../db/client.ts';
import { enterprises, experts, supervisionClasses } from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';
import { expertsInScope } from './experts.repository.ts';

/** Expert service visits (专家指导服务) of an enterprise in a year: held (closed) and planned or under way. */
const serviceVisits = (year: string, statuses: string) =>
  sql<number>`(SELECT count(*)::int FROM inspections i WHERE i.enterprise_id = ${supervisionClasses.enterpriseId} AND i.kind = 'expert_service'
    AND i.status IN (${sql.raw(statuses)}) AND i.planned_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date)`;

export type PlanFilter = { period: string; year: string; class?: SupervisionClass | undefined; due?: boolean | undefined; q?: string | undefined; visitsPerYear: Record<SupervisionClass, number> };

/**
 * 分级开展安全执法指导帮扶 (A-5): the enterprises in scope whose supervision class this month asks for expert visits,
 * with the visits due this year, held and planned. The class comes from 差异化监管 (supervision_classes).
 */
export async function servicePlan(db: Db, scope: Scope, filter: PlanFilter, page: number, pageSize: number) {
  const due = sql<number>`CASE ${supervisionClasses.class} WHEN 'A' THEN ${filter.visitsPerYear.A}::int WHEN 'B' THEN ${filter.visitsPerYear.B}::int ELSE ${filter.visitsPerYear.C}::int END`;
  const done = serviceVisits(filter.year, `'closed'`);
  const planned = serviceVisits(filter.year, `'planned', 'in_progress'`);
  const base = and(
    eq(supervisionClasses.period, filter.period),
    scopeWhere(scope, { regionCode: supervisionClasses.regionCode, sectors: supervisionClasses.sectors, enterpriseId: supervisionClasses.enterpriseId }),
    sql`${due} > 0`,
  );
  const where = and(
    base,
    filter.class ? eq(supervisionClasses.class, filter.class) : undefined,
    filter.q ? sql`${enterprises.name} LIKE ${`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : undefined,
    filter.due ? sql`${done} + ${planned} < ${due}` : undefined,
  );
  const [rows, [count], [totals]] = await Promise.all([
    db
      .select({ enterpriseId: supervisionClasses.enterpriseId, name: enterprises.name, regionCode: supervisionClasses.regionCode, sectors: supervisionClasses.sectors, class: supervisionClasses.class, reasons: supervisionClasses.reasons, visitsDue: due, visitsDone: done, visitsPlanned: planned })
      .from(supervisionClasses)
      .innerJoin(enterprises, eq(enterprises.id, supervisionClasses.enterpriseId))
      .where(where)
      .orderBy(asc(supervisionClasses.class), sql`${supervisionClasses.score} DESC`, asc(enterprises.name))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(supervisionClasses).innerJoin(enterprises, eq(enterprises.id, supervisionClasses.enterpriseId)).where(where),
    db
      .select({ enterprises: sql<number>`count(*)::int`, due: sql<number>`coalesce(sum(${due}), 0)::int`, done: sql<number>`coalesce(sum(LEAST(${done}, ${due})), 0)::int` })
      .from(supervisionClasses)
      .where(base),
  ]);
  return { rows, total: count?.n ?? 0, totals: totals ?? { enterprises: 0, due: 0, done: 0 } };
}

const levelOf = sql<ExpertLevel>`CASE WHEN substr(experts.region_code, 3) = '0000000000' THEN 'province' WHEN substr(experts.region_code, 5) = '00000000' THEN 'city' ELSE 'county' END`;

/**
 * The library's numbers (A-5): size by level, field and topic; per expert in the year, visits, findings and the average
 * rating; the year's expert visits (inspections with an expert member) in the reader's inspection scope.
 */
export async function expertFigures(db: Db, scope: Scope, visitsInScope: SQL, year: number, warnEdge: string) {
  const inLibrary = expertsInScope(scope);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [byLevel, bySector, byTopic, perExpert, visits, expiring] = await Promise.all([
    db.execute(sql`SELECT ${levelOf} AS level, count(*)::int AS n, count(*) FILTER (WHERE experts.status = 'active')::int AS active FROM ${experts} WHERE ${inLibrary} GROUP BY 1 ORDER BY 1`),
    db.execute(sql`SELECT s.sector, ${levelOf} AS level, count(*)::int AS n FROM ${experts}, unnest(experts.sectors) AS s(sector) WHERE ${inLibrary} AND experts.status = 'active' GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`),
    db.execute(sql`SELECT t.topic, count(*)::int AS n FROM ${experts}, unnest(experts.topics) AS t(topic) WHERE ${inLibrary} AND experts.status = 'active' GROUP BY 1 ORDER BY 2 DESC, 1`),
    db.execute(sql`
      SELECT experts.id AS "expertId", experts.name, count(inspections.id)::int AS visits, coalesce(sum(inspections.findings), 0)::int AS findings, coalesce(sum(inspections.major_findings), 0)::int AS "majorFindings",
        (SELECT round(avg(r.score), 1)::float8 FROM expert_ratings r WHERE r.expert_id = experts.id) AS "averageScore"
      FROM ${experts}
      JOIN inspection_members m ON m.expert_id = experts.id
      JOIN inspections ON inspections.id = m.inspection_id AND inspections.status <> 'cancelled' AND inspections.planned_on BETWEEN ${from}::date AND ${to}::date AND ${visitsInScope}
      WHERE ${inLibrary}
      GROUP BY experts.id, experts.name ORDER BY visits DESC, experts.name LIMIT 50`),
    db.execute(sql`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE inspections.status = 'closed')::int AS closed, count(DISTINCT inspections.enterprise_id)::int AS "enterprisesServed",
        coalesce(sum(inspections.findings), 0)::int AS findings, coalesce(sum(inspections.major_findings), 0)::int AS "majorFindings"
      FROM inspections
      WHERE inspections.status <> 'cancelled' AND inspections.planned_on BETWEEN ${from}::date AND ${to}::date AND ${visitsInScope}
        AND EXISTS (SELECT 1 FROM inspection_members m WHERE m.inspection_id = inspections.id AND m.expert_id IS NOT NULL)`),
    db.execute(sql`SELECT count(*)::int AS n FROM ${experts} WHERE ${inLibrary} AND experts.status = 'active' AND experts.earliest_expiry <= ${warnEdge}::date`),
  ]);
  const levels = rowsOf<{ level: ExpertLevel; n: number; active: number }>(byLevel);
  return {
    size: { total: levels.reduce((s, r) => s + r.n, 0), active: levels.reduce((s, r) => s + r.active, 0), byLevel: levels.map((r) => ({ level: r.level, n: r.n })) },
    bySector: rowsOf<{ sector: string; level: ExpertLevel; n: number }>(bySector),
    byTopic: rowsOf<{ topic: ExpertTopic; n: number }>(byTopic),
    perExpert: rowsOf<{ expertId: string; name: string; visits: number; findings: number; majorFindings: number; averageScore: number | null }>(perExpert),
    visits: rowsOf<{ total: number; closed: number; enterprisesServed: number; findings: number; majorFindings: number }>(visits)[0] ?? { total: 0, closed: 0, enterprisesServed: 0, findings: 0, majorFindings: 0 },
    expiring: rowsOf<{ n: number }>(expiring)[0]?.n ?? 0,
  };
}
