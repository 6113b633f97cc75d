import { suggestCriteria, type GradingFlag, type Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { addDays } from '../../lib/dates.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import { standardsOfSectors } from '../reference/reference.repository.ts';
import * as repo from './grading.repository.ts';
import { buildGrader, checkGrading, presentItem, type Grader, type GradingData } from './grading.grader.ts';
import type { QualityKind, QualityResponse, SuggestBody, SuggestResponse } from './grading.schema.ts';

export { checkGrading, presentItem, type Grader } from './grading.grader.ts';

// The 判定助手 over the criteria in the database. The index is built once per database (the criteria are
// reference data, loaded at start-up) and kept in memory; a request only reads it.

const graders = new WeakMap<Db, Promise<Grader>>();
const gradingData = new WeakMap<Db, Promise<GradingData>>();

/** Memoised per database, dropped again if the promise fails. */
function memoised<T>(cache: WeakMap<Db, Promise<T>>, db: Db, load: () => Promise<T>): Promise<T> {
  let found = cache.get(db);
  if (!found) {
    found = load();
    cache.set(db, found);
    found.catch(() => cache.delete(db));
  }
  return found;
}

/**
 * The criteria and standards a grader is built from (reference data: no scope), read once per database for both the
 * grader here and the ledger thread's (grading.worker-pool.ts).
 */
export const gradingDataOf = (db: Db): Promise<GradingData> =>
  memoised(gradingData, db, async () => {
    const [criteria, standards] = await Promise.all([repo.allCriteria(db), repo.allStandards(db)]);
    return { criteria, standards };
  });

/** The grader of this database, built on first use (start-up warms it, see main.ts). */
export const graderFor = (db: Db): Promise<Grader> => memoised(graders, db, () => gradingDataOf(db).then(buildGrader));

export type SuggestContext = { grader: Grader; preferred: ReadonlySet<string> };

/** Suggestions for one description; the enterprise (within the caller's scope, else 404) ranks its sectors first. */
export async function suggest(db: Db, auth: AuthContext, body: SuggestBody): Promise<SuggestResponse> {
  const grader = await graderFor(db);
  let sectors: string[] = body.sector ? [body.sector] : [];
  if (body.enterpriseId) {
    const enterprise = await findEnterprise(db, auth.scope, body.enterpriseId);
    if (!enterprise) throw AppError('NOT_FOUND', { message: '单位不存在或不在您的管辖范围内', field: 'enterpriseId' });
    sectors = [...new Set([...enterprise.sectors, ...sectors])];
  }
  const preferred = new Set(await standardsOfSectors(db, sectors));
  const result = suggestCriteria(grader.index, body.description, { allowedStandards: grader.inForce(body.foundAt), preferredStandards: preferred });
  return { verdict: result.verdict, verdictReason: result.verdictReason, items: result.items.map((i) => presentItem(grader, i)) };
}

function flagReason(flag: GradingFlag, citedScore: number | null, suggested: { criterionId: string; score: number } | null): string {
  switch (flag) {
    case 'missing_basis':
      return `重大事故隐患未填写判定依据${suggested ? `，描述接近 ${suggested.criterionId}` : ''}`;
    case 'weak_basis':
      return `所引判定依据与隐患描述吻合度低（${Math.round((citedScore ?? 0) * 100)}%）${suggested ? `，描述更接近 ${suggested.criterionId}` : ''}`;
    case 'under_graded':
      return `描述与 ${suggested?.criterionId ?? '判定标准条款'} 的情形基本一致（${Math.round((suggested?.score ?? 0) * 100)}%），可能定级偏低`;
  }
}

/** How many hazards one data-quality request checks at most (the most recent in the period). */
export const QUALITY_SCAN_LIMIT = 20_000;

/**
 * Data quality of grading in the caller's scope: major hazards whose cited item scores low against their own
 * description (or that cite none), and general hazards whose description clearly matches an item (possible
 * under-grading).
 */
export async function gradingQuality(
  db: Db,
  scope: Scope,
  query: { foundFrom?: string; foundTo?: string; kind?: QualityKind; page: number; pageSize: number },
  today: string,
): Promise<QualityResponse> {
  const grader = await graderFor(db);
  const period = { from: query.foundFrom ?? addDays(today, -365), to: query.foundTo ?? today };
  const rows = await repo.hazardsForQuality(db, scope, period, QUALITY_SCAN_LIMIT);
  const truncated = rows.length > QUALITY_SCAN_LIMIT;
  const findings: QualityResponse['items'] = [];
  for (const row of rows.slice(0, QUALITY_SCAN_LIMIT)) {
    const check = checkGrading(grader, row);
    if (!check.flag) continue;
    findings.push({
      hazardId: row.id, hazardNo: row.hazardNo, title: row.title, description: row.description.slice(0, 200), enterpriseName: row.enterpriseName,
      level: row.level, status: row.status, foundAt: row.foundAt, citedCriterionIds: row.criterionIds, kind: check.flag,
      citedScore: check.citedScore, suggestedCriterionId: check.suggested?.criterionId ?? null, suggestedScore: check.suggested?.score ?? null,
      reason: flagReason(check.flag, check.citedScore, check.suggested),
    });
  }
  const counts = { weak_basis: 0, missing_basis: 0, under_graded: 0 };
  for (const f of findings) counts[f.kind]++;
  const selected = query.kind ? findings.filter((f) => f.kind === query.kind) : findings;
  const start = (query.page - 1) * query.pageSize;
  return {
    foundFrom: period.from, foundTo: period.to, scanned: Math.min(rows.length, QUALITY_SCAN_LIMIT), truncated, counts,
    items: selected.slice(start, start + query.pageSize), total: selected.length,
  };
}
