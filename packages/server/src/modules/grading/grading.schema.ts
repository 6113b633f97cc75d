import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { isoDate, paginationQuery, requiredText, text } from '../../lib/schemas.ts';

export const suggestBody = z.object({
  description: text(4000).min(2, '请至少输入两个字的隐患描述'),
  foundAt: isoDate,
  enterpriseId: z.uuid().optional(),
  sector: requiredText(40).optional(),
});
export type SuggestBody = z.infer<typeof suggestBody>;

export const verdict = z.enum(['major', 'not_major', 'uncertain']);

export const suggestionItem = z.object({
  criterionId: z.string(),
  standardId: z.string(),
  standardTitle: z.string(),
  /** Item text, or for standards whose text is not published the clause and its topic label. */
  text: z.string(),
  textIncluded: z.boolean(),
  score: z.number(),
  coverage: z.number(),
  matchedTerms: z.array(z.string()),
  /** [start, end) offsets into `text` of the matched words. */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
  reason: z.string(),
  preferred: z.boolean(),
  catchAll: z.boolean(),
});
export type SuggestionItem = z.infer<typeof suggestionItem>;

export const suggestResponse = z.object({ verdict, verdictReason: z.string(), items: z.array(suggestionItem) });
export type SuggestResponse = z.infer<typeof suggestResponse>;

export const qualityKind = z.enum(['weak_basis', 'missing_basis', 'under_graded']);
export type QualityKind = z.infer<typeof qualityKind>;

export const qualityQuery = paginationQuery.extend({
  foundFrom: isoDate.optional(),
  foundTo: isoDate.optional(),
  kind: qualityKind.optional(),
});

export const qualityFinding = z.object({
  hazardId: z.string(),
  hazardNo: z.string(),
  title: z.string(),
  description: z.string(),
  enterpriseName: z.string(),
  level: z.enum(['general', 'major']),
  status: z.string(),
  foundAt: z.string(),
  kind: qualityKind,
  citedCriterionIds: z.array(z.string()),
  /** Best score of the cited items against the description (weak_basis). */
  citedScore: z.number().nullable(),
  suggestedCriterionId: z.string().nullable(),
  suggestedScore: z.number().nullable(),
  reason: z.string(),
});

export const qualityResponse = z.object({
  foundFrom: z.string(),
  foundTo: z.string(),
  scanned: z.number().int(),
  /** More hazards matched the period than are checked in one request (the most recent are checked). */
  truncated: z.boolean(),
  counts: z.object({ weak_basis: z.number().int(), missing_basis: z.number().int(), under_graded: z.number().int() }),
  items: z.array(qualityFinding),
  total: z.number().int(),
});
export type QualityResponse = z.infer<typeof qualityResponse>;

/** Criteria picked per ledger row in the preview: `{"<row>": ["GM10-11-3", …]}`. */
export const criterionPicks = z.record(text(7).regex(/^\d{1,7}$/), z.array(requiredText(64)).max(10));

/** The multipart field `criteria` of a ledger import, if sent. */
export function parseCriterionPicks(value: string | undefined): Map<number, string[]> | undefined {
  if (value === undefined) return undefined;
  let parsed: z.ZodSafeParseResult<z.infer<typeof criterionPicks>>;
  try {
    parsed = criterionPicks.safeParse(JSON.parse(value));
  } catch {
    throw AppError('VALIDATION', { field: 'criteria', message: '判定依据选择（criteria）不是有效的 JSON' });
  }
  if (!parsed.success) throw AppError('VALIDATION', { field: 'criteria', message: '判定依据选择（criteria）格式有误：应为 {行号: [条款编号…]}' });
  return new Map(Object.entries(parsed.data).map(([row, ids]) => [Number(row), ids]));
}
