import { sql } from 'drizzle-orm';
import { findMissedDetection, type DetectionMatch, type DetectionReason, type DetectionVerdict, type HazardSource, type Scope } from '@zhiben/core';
import { rowsOf, type Db } from '../../db/client.ts';
import { hazards, missedDetectionReviews } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import { addDays } from '../../lib/dates.ts';
import type { Initiator } from '../../lib/request-context.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';
import { appendAudit } from '../audit/audit.repository.ts';

// 查不出 (MODULES A-2): major hazards found by others within N days after a principal-led check that recorded 符合
// for the same criterion or raised no major hazard. The candidates come from SQL (the hazard in scope, the checks of
// its enterprise in the window); which pair matches is core's findMissedDetection, the same rule the tests use.

type RegionScope = Extract<Scope, { kind: 'region' }>;
const h = hazards;

type Candidate = {
  hazard_id: string;
  hazard_no: string;
  title: string;
  found_at: string;
  source: HazardSource;
  criterion_ids: string[];
  hazard_status: string;
  enterprise_id: string;
  enterprise_name: string;
  region_code: string;
  region_name: string;
  check_id: string;
  inspection_no: string;
  check_date: string;
  leader_name: string;
  major_findings: number;
  passed: string[] | null;
  verdict: DetectionVerdict | null;
  reviewed_reason: DetectionReason | null;
  note: string | null;
  reviewed_by_name: string | null;
  reviewed_at: Date | string | null;
};

export type MissedDetection = {
  hazard: { id: string; hazardNo: string; title: string; foundAt: string; source: HazardSource; criterionIds: string[]; status: string };
  check: { id: string; inspectionNo: string; checkDate: string; leaderName: string; passedCriterionIds: string[]; majorFindings: number };
  enterprise: { id: string; name: string; regionName: string };
  reason: DetectionReason;
  matchedCriterionIds: string[];
  daysAfter: number;
  review: { verdict: DetectionVerdict; note: string; reviewedBy: string; reviewedAt: string } | null;
};

const hazardInScope = (scope: Scope) => scopeWhere(scope, { regionCode: h.regionCode, sector: h.sector, enterpriseId: h.enterpriseId });

async function candidates(db: Db, scope: Scope, windowDays: number, filter: { from: string; to: string; regionPrefix: string | null; hazardId?: string }) {
  return rowsOf<Candidate>(
    await db.execute(sql`
      SELECT ${h.id}::text AS hazard_id, ${h.hazardNo} AS hazard_no, ${h.title} AS title, ${h.foundAt}::text AS found_at, ${h.source} AS source,
             ${h.criterionIds} AS criterion_ids, ${h.status} AS hazard_status, e.id::text AS enterprise_id, e.name AS enterprise_name, ${h.regionCode} AS region_code,
             r.name AS region_name, c.id::text AS check_id, c.inspection_no, c.check_date::text AS check_date, c.leader_name, c.major_findings,
             (SELECT array_agg(DISTINCT cid) FROM inspection_items it CROSS JOIN LATERAL unnest(it.criterion_ids) AS cid
               WHERE it.inspection_id = c.id AND it.result = 'pass') AS passed,
             v.verdict, v.reason AS reviewed_reason, v.note, v.reviewed_by_name, v.reviewed_at
      FROM ${h}
      JOIN enterprises e ON e.id = ${h.enterpriseId}
      JOIN regions r ON r.code = ${h.regionCode}
      JOIN inspections c ON c.enterprise_id = ${h.enterpriseId} AND c.led_by_principal AND c.status = 'closed'
        AND c.check_date BETWEEN ${h.foundAt} - ${windowDays}::int AND ${h.foundAt}
      LEFT JOIN missed_detection_reviews v ON v.hazard_id = ${h.id}
      WHERE ${hazardInScope(scope)} AND ${h.level} = 'major' AND ${h.source} <> 'self_inspection' AND ${h.status} NOT IN ('merged', 'dismissed')
        AND ${h.foundAt} BETWEEN ${filter.from} AND ${filter.to}
        ${filter.regionPrefix ? sql`AND ${h.regionCode} LIKE ${`${filter.regionPrefix}%`}` : sql``}
        ${filter.hazardId ? sql`AND ${h.id} = ${filter.hazardId}` : sql``}
      ORDER BY ${h.foundAt} DESC, ${h.hazardNo}`),
  );
}

/** Each hazard once, paired with the check core picks (the nearest matching one before it). */
function pair(rows: readonly Candidate[], windowDays: number): MissedDetection[] {
  const byHazard = new Map<string, Candidate[]>();
  for (const r of rows) byHazard.set(r.hazard_id, [...(byHazard.get(r.hazard_id) ?? []), r]);
  const out: MissedDetection[] = [];
  for (const group of byHazard.values()) {
    const first = group[0];
    if (!first) continue;
    const match: DetectionMatch | null = findMissedDetection(
      { foundAt: first.found_at, level: 'major', source: first.source, criterionIds: first.criterion_ids },
      group.map((c) => ({ id: c.check_id, checkDate: c.check_date, passedCriterionIds: c.passed ?? [], raisedMajor: c.major_findings > 0 })),
      windowDays,
    );
    const check = match ? group.find((c) => c.check_id === match.checkId) : undefined;
    if (!match || !check) continue;
    out.push({
      hazard: { id: first.hazard_id, hazardNo: first.hazard_no, title: first.title, foundAt: first.found_at, source: first.source, criterionIds: first.criterion_ids, status: first.hazard_status },
      check: { id: check.check_id, inspectionNo: check.inspection_no, checkDate: check.check_date, leaderName: check.leader_name, passedCriterionIds: check.passed ?? [], majorFindings: check.major_findings },
      enterprise: { id: first.enterprise_id, name: first.enterprise_name, regionName: first.region_name },
      reason: match.reason,
      matchedCriterionIds: match.criterionIds,
      daysAfter: match.daysAfter,
      review: first.verdict
        ? { verdict: first.verdict, note: first.note ?? '', reviewedBy: first.reviewed_by_name ?? '', reviewedAt: new Date(first.reviewed_at ?? 0).toISOString() }
        : null,
    });
  }
  return out;
}

export type DetectionFilter = { from: string; to: string; regionPrefix: string | null; verdict?: DetectionVerdict | 'pending' | undefined };

export async function listMissedDetections(db: Db, scope: RegionScope, windowDays: number, filter: DetectionFilter): Promise<MissedDetection[]> {
  const all = pair(await candidates(db, scope, windowDays, filter), windowDays);
  if (!filter.verdict) return all;
  return all.filter((d) => (filter.verdict === 'pending' ? d.review === null : d.review?.verdict === filter.verdict));
}

/** The regulator's verdict on one pair; the pair must still match (it is recomputed), the verdict may be revised. */
export async function reviewMissedDetection(
  deps: { db: Db; clock: Clock },
  scope: RegionScope,
  who: Initiator,
  windowDays: number,
  hazardId: string,
  input: { verdict: DetectionVerdict; note: string },
): Promise<MissedDetection> {
  const far = { from: '0001-01-01', to: '9999-12-31', regionPrefix: null, hazardId };
  const [found] = pair(await candidates(deps.db, scope, windowDays, far), windowDays);
  if (!found) throw AppError('NOT_FOUND', { message: '该隐患没有可核实的「查不出」记录' });
  const now = deps.clock.now();
  const [hazard] = rowsOf<{ region_code: string }>(await deps.db.execute(sql`SELECT region_code FROM hazards WHERE id = ${hazardId}`));
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(missedDetectionReviews)
      .values({ hazardId, inspectionId: found.check.id, regionCode: hazard?.region_code ?? '', reason: found.reason, verdict: input.verdict, note: input.note, reviewedBy: who.userId, reviewedByName: who.name, reviewedAt: now })
      .onConflictDoUpdate({
        target: missedDetectionReviews.hazardId,
        set: { inspectionId: found.check.id, reason: found.reason, verdict: input.verdict, note: input.note, reviewedBy: who.userId, reviewedByName: who.name, reviewedAt: now },
      });
    await appendAudit(tx, {
      at: now, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'missed_detection.review', entityType: 'hazard', entityId: hazardId,
      regionCode: hazard?.region_code ?? null, detail: { inspectionId: found.check.id, verdict: input.verdict, reason: found.reason, previous: found.review?.verdict ?? null },
    });
  });
  const [after] = pair(await candidates(deps.db, scope, windowDays, far), windowDays);
  if (!after) throw AppError('NOT_FOUND');
  return after;
}

/** Default listing window: the last year up to today. */
export const defaultDetectionWindow = (today: string) => ({ from: addDays(today, -365), to: today });
