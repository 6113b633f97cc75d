import { sql, type SQL } from 'drizzle-orm';
import {
  childLevel,
  inspectionKindLabels,
  inspectionMethodLabels,
  rate,
  regionLevel,
  type InspectionKind,
  type InspectionMethod,
  type Scope,
} from '@zhiben/core';
import { rowsOf, type Db } from '../../db/client.ts';
import { enterprises, inspections } from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';
import { childRegions, endOfDay } from '../stats/stats.repository.ts';
import { resolveRegion } from '../stats/stats.service.ts';

// Inspection figures (MODULES A-1 Numbers): inspections by kind, method, org, region and month; coverage (enterprises
// inspected / enterprises in scope); major hazards found per 100 inspections (the national plan's yardstick is per
// 1,000: 4.9 → 32.1 in 2024); share with no finding. Staff inspections only (an enterprise's own checks are the
// principal-led check figures); counted when closed, by the day they took place, as of D.

type RegionScope = Extract<Scope, { kind: 'region' }>;
const i = inspections;

export const figureGroups = ['none', 'kind', 'method', 'org', 'region', 'month'] as const;
export type FigureGroup = (typeof figureGroups)[number];

export type InspectionFigures = {
  inspections: number;
  withFinding: number;
  noFinding: number;
  findings: number;
  majorFindings: number;
  enterprisesInspected: number;
  noFindingShare: number | null;
  majorPer100: number | null;
  majorPer1000: number | null;
};

type Raw = { key: string | null; inspections: number; no_finding: number; findings: number; major_findings: number; enterprises: number };

const figuresOf = (r: Raw | undefined): InspectionFigures => {
  const n = r?.inspections ?? 0;
  const major = r?.major_findings ?? 0;
  return {
    inspections: n,
    withFinding: n - (r?.no_finding ?? 0),
    noFinding: r?.no_finding ?? 0,
    findings: r?.findings ?? 0,
    majorFindings: major,
    enterprisesInspected: r?.enterprises ?? 0,
    noFindingShare: rate(r?.no_finding ?? 0, n),
    majorPer100: n === 0 ? null : (major / n) * 100,
    majorPer1000: n === 0 ? null : (major / n) * 1000,
  };
};

export type FigureRequest = { asOf: string; from: string; to: string; regionCode?: string | undefined; sector?: string | undefined };

function whereOf(scope: RegionScope, prefix: string, sector: string | null, from: string, to: string, asOf: string): SQL {
  const until = to < asOf ? to : asOf;
  return sql`${scopeWhere(scope, { regionCode: i.regionCode, sectors: i.sectors, enterpriseId: i.enterpriseId })}
    AND ${i.regionCode} LIKE ${`${prefix}%`} AND ${i.status} = 'closed' AND ${i.kind} NOT IN ('self_inspection', 'routine')
    AND ${i.checkDate} BETWEEN ${from} AND ${until} AND ${i.endedAt} < ${endOfDay(asOf)}::timestamptz
    ${sector ? sql`AND ${i.sectors} @> ARRAY[${sector}]::text[]` : sql``}`;
}

const measures = sql`count(*)::int AS inspections, count(*) FILTER (WHERE ${i.findings} = 0)::int AS no_finding,
  COALESCE(sum(${i.findings}), 0)::int AS findings, COALESCE(sum(${i.majorFindings}), 0)::int AS major_findings,
  count(DISTINCT ${i.enterpriseId})::int AS enterprises`;

async function grouped(db: Db, where: SQL, group: FigureGroup, childLength: number | null): Promise<Raw[]> {
  switch (group) {
    case 'none':
      return rowsOf<Raw>(await db.execute(sql`SELECT NULL AS key, ${measures} FROM ${i} WHERE ${where}`));
    case 'kind':
      return rowsOf<Raw>(await db.execute(sql`SELECT ${i.kind} AS key, ${measures} FROM ${i} WHERE ${where} GROUP BY 1`));
    case 'org':
      return rowsOf<Raw>(await db.execute(sql`SELECT ${i.orgId}::text AS key, ${measures} FROM ${i} WHERE ${where} GROUP BY 1`));
    case 'month':
      return rowsOf<Raw>(await db.execute(sql`SELECT to_char(${i.checkDate}, 'YYYY-MM') AS key, ${measures} FROM ${i} WHERE ${where} GROUP BY 1 ORDER BY 1`));
    case 'region':
      return childLength === null ? [] : rowsOf<Raw>(await db.execute(sql`SELECT left(${i.regionCode}, ${childLength}) AS key, ${measures} FROM ${i} WHERE ${where} GROUP BY 1`));
    case 'method':
      // 明查 is an inspection without the 暗访 flag; the other flags combine freely, so an inspection counts under each.
      return rowsOf<Raw>(
        await db.execute(sql`SELECT m.method AS key, ${measures} FROM ${i}
          CROSS JOIN LATERAL unnest(${i.methods} || CASE WHEN 'unannounced' = ANY(${i.methods}) THEN '{}'::text[] ELSE ARRAY['announced'] END) AS m(method)
          WHERE ${where} GROUP BY 1`),
      );
  }
}

const PREFIX_LENGTH: Record<string, number> = { province: 2, city: 4, county: 6, township: 9, village: 12 };
const methodLabel = (key: string) => (key === 'announced' ? '明查' : (inspectionMethodLabels[key as InspectionMethod] ?? key));

/** Enterprises in scope that are operating now (the coverage denominator; the register keeps no status history). */
async function enterprisesInScope(db: Db, scope: RegionScope, prefix: string, sector: string | null): Promise<number> {
  const e = enterprises;
  const rows = rowsOf<{ n: number }>(
    await db.execute(sql`SELECT count(*)::int AS n FROM ${e} WHERE ${scopeWhere(scope, { regionCode: e.regionCode, sectors: e.sectors, enterpriseId: e.id })}
      AND ${e.regionCode} LIKE ${`${prefix}%`} AND ${e.status} = 'operating' ${sector ? sql`AND ${e.sectors} @> ARRAY[${sector}]::text[]` : sql``}`),
  );
  return rows[0]?.n ?? 0;
}

export async function inspectionFigures(db: Db, scope: RegionScope, request: FigureRequest & { by: FigureGroup }) {
  const region = await resolveRegion(db, scope, request.regionCode);
  const where = whereOf(scope, region.prefix, request.sector ?? null, request.from, request.to, request.asOf);
  const child = childLevel(regionLevel(region.code));
  const childLength = child && child !== 'village' ? (PREFIX_LENGTH[child] ?? null) : null;
  const [[total], rows, inScope, children] = await Promise.all([
    grouped(db, where, 'none', null),
    request.by === 'none' ? Promise.resolve([] as Raw[]) : grouped(db, where, request.by, childLength),
    enterprisesInScope(db, scope, region.prefix, request.sector ?? null),
    request.by === 'region' && childLength ? childRegions(db, region.code) : Promise.resolve([]),
  ]);
  const figures = figuresOf(total);
  const orgNames = request.by === 'org' ? await orgNamesOf(db, rows.map((r) => r.key).filter((k): k is string => k !== null)) : new Map<string, string>();
  const labelOf = (key: string | null): string => {
    if (key === null) return '（未指定）';
    switch (request.by) {
      case 'kind':
        return inspectionKindLabels[key as InspectionKind] ?? key;
      case 'method':
        return methodLabel(key);
      case 'org':
        return orgNames.get(key) ?? key;
      case 'region':
        return children.find((c) => c.code.slice(0, childLength ?? 0) === key)?.name ?? key;
      case 'month':
      case 'none':
        return key;
    }
  };
  const groups =
    request.by === 'region'
      ? children.map((c) => ({ key: c.code, label: c.name, ...figuresOf(rows.find((r) => r.key === c.code.slice(0, childLength ?? 0))) }))
      : rows.map((r) => ({ key: r.key ?? '', label: labelOf(r.key), ...figuresOf(r) }));
  return {
    asOf: request.asOf,
    from: request.from,
    to: request.to,
    region: region.region,
    breadcrumb: region.breadcrumb,
    figures: { ...figures, enterprisesInScope: inScope, coverage: rate(figures.enterprisesInspected, inScope) },
    by: request.by,
    groups,
  };
}

async function orgNamesOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = rowsOf<{ id: string; name: string }>(await db.execute(sql`SELECT id::text, name FROM orgs WHERE id IN (${sql.join(ids.map((x) => sql`${x}::uuid`), sql`, `)})`));
  return new Map(rows.map((r) => [r.id, r.name]));
}
