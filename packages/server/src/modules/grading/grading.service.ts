import {
  buildGradingIndex,
  gradingFlag,
  quickCheck,
  standardsInForce,
  suggestCriteria,
  type GradingFlag,
  type GradingIndex,
  type Scope,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { addDays } from '../../lib/dates.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import { standardsOfSectors } from '../reference/reference.repository.ts';
import * as repo from './grading.repository.ts';
import { jiebaSegmenter } from './grading.segmenter.ts';
import type { QualityKind, QualityResponse, SuggestBody, SuggestResponse, SuggestionItem } from './grading.schema.ts';

// The 判定助手 over the criteria in the database. The index is built once per database (the criteria are
// reference data, loaded at start-up) and kept in memory; a request only reads it.

type StandardInfo = { id: string; title: string; effective: string | null; textIncluded: boolean };
export type Grader = {
  index: GradingIndex;
  standards: readonly StandardInfo[];
  titleOf: ReadonlyMap<string, string>;
  /** Display text of each item: its text, or clause and topic label where the text is not published. */
  textOf: ReadonlyMap<string, string>;
  /** Standards in force per finding date (memo: a ledger has few distinct dates). */
  inForce: (at: string) => ReadonlySet<string>;
};

const graders = new WeakMap<Db, Promise<Grader>>();

async function loadGrader(db: Db): Promise<Grader> {
  const [rows, standards] = await Promise.all([repo.allCriteria(db), repo.allStandards(db)]);
  const index = buildGradingIndex(rows, jiebaSegmenter);
  const memo = new Map<string, ReadonlySet<string>>();
  return {
    index,
    standards,
    titleOf: new Map(standards.map((s) => [s.id, s.title])),
    textOf: new Map(rows.map((r) => [r.id, r.text ?? (r.clause ? `第 ${r.clause} 条：${r.topic ?? ''}` : (r.topic ?? ''))])),
    inForce: (at) => {
      let set = memo.get(at);
      if (!set) memo.set(at, (set = new Set(standardsInForce(standards, at))));
      return set;
    },
  };
}

/** The grader of this database, built on first use (start-up warms it, see app.ts). */
export function graderFor(db: Db): Promise<Grader> {
  let grader = graders.get(db);
  if (!grader) {
    grader = loadGrader(db);
    graders.set(db, grader);
    grader.catch(() => graders.delete(db));
  }
  return grader;
}

/** Item text with offsets shifted when the display text prefixes a clause number to a topic label. */
export function presentItem(grader: Grader, item: ReturnType<typeof suggestCriteria>['items'][number]): SuggestionItem {
  const doc = grader.index.byId.get(item.criterionId);
  const text = grader.textOf.get(item.criterionId) ?? '';
  const raw = doc?.criterion.text ?? doc?.criterion.topic ?? '';
  const shift = text.endsWith(raw) ? text.length - raw.length : 0;
  return {
    criterionId: item.criterionId,
    standardId: item.standardId,
    standardTitle: grader.titleOf.get(item.standardId) ?? item.standardId,
    text,
    textIncluded: doc?.criterion.text != null,
    score: item.score,
    coverage: item.coverage,
    matchedTerms: item.matchedTerms,
    highlights: item.highlights.map(([s, e]) => [s + shift, e + shift] as [number, number]),
    reason: item.reason,
    preferred: item.preferred,
    catchAll: item.catchAll,
  };
}

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

/** A hazard's grading against its own description: the flag, the best cited score and a better item if any. */
export function checkGrading(
  grader: Grader,
  hazard: { title: string; description: string; level: 'general' | 'major'; criterionIds: readonly string[]; foundAt: string },
) {
  const text = hazard.title && !hazard.description.startsWith(hazard.title) ? `${hazard.title}。${hazard.description}` : hazard.description;
  const check = quickCheck(grader.index, text, { allowedStandards: grader.inForce(hazard.foundAt), citedIds: hazard.level === 'major' ? hazard.criterionIds : [] });
  const flag = gradingFlag({ level: hazard.level, citedIds: hazard.criterionIds }, check.verdict, check.citedScore);
  const suggested = check.top && !hazard.criterionIds.includes(check.top.criterionId) ? check.top : null;
  return { flag, citedScore: check.citedScore, suggested, verdict: check.verdict, verdictReason: check.verdictReason, text };
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
