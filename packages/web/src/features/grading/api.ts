import { api, request } from '../../api/client.ts';
import type { Id } from '../../api/types.ts';
import type { ImportOutcome, Job } from '../hazards/api.ts';

// Mirrors packages/server/src/modules/grading/grading.schema.ts and grading.ledger.ts.
export type Verdict = 'major' | 'not_major' | 'uncertain';

export type SuggestionItem = {
  criterionId: string;
  standardId: string;
  standardTitle: string;
  text: string;
  textIncluded: boolean;
  score: number;
  coverage: number;
  matchedTerms: string[];
  highlights: [number, number][];
  reason: string;
  preferred: boolean;
  catchAll: boolean;
};

export type SuggestResult = { verdict: Verdict; verdictReason: string; items: SuggestionItem[] };

export type GradingFlag = 'weak_basis' | 'missing_basis' | 'under_graded';

export type LedgerRowAdvice = {
  row: number;
  title: string;
  level: 'general' | 'major';
  criterionIds: string[];
  verdict: Verdict;
  verdictReason: string;
  flag: GradingFlag | null;
  items: SuggestionItem[];
};

export type LedgerGradingReport = {
  checked: number;
  unchecked: number;
  counts: Record<Verdict | GradingFlag, number>;
  rows: LedgerRowAdvice[];
  rowsTruncated: boolean;
};

export type QualityFinding = {
  hazardId: string;
  hazardNo: string;
  title: string;
  description: string;
  enterpriseName: string;
  level: 'general' | 'major';
  status: string;
  foundAt: string;
  kind: GradingFlag;
  citedCriterionIds: string[];
  citedScore: number | null;
  suggestedCriterionId: string | null;
  suggestedScore: number | null;
  reason: string;
};

export type QualityResult = {
  foundFrom: string;
  foundTo: string;
  scanned: number;
  truncated: boolean;
  counts: Record<GradingFlag, number>;
  items: QualityFinding[];
  total: number;
};

export const flagLabels: Record<GradingFlag, string> = {
  under_graded: '可能定级偏低',
  weak_basis: '依据与描述不符',
  missing_basis: '重大隐患未填依据',
};

export const gradingApi = {
  suggest: (body: { description: string; foundAt: string; enterpriseId?: Id; sector?: string }, signal?: AbortSignal) =>
    request<SuggestResult>('POST', '/api/criteria/suggest', { body, signal }),
  quality: (query: { foundFrom?: string; foundTo?: string; kind?: GradingFlag; page: number; pageSize: number }, signal?: AbortSignal) =>
    api.get<QualityResult>('/api/stats/grading-quality', query, signal),
  /** 台账 import with the criteria picked per row in the preview (the field must precede the file). */
  importWithPicks: (file: File, picks: ReadonlyMap<number, readonly string[]>) => {
    const form = new FormData();
    if (picks.size > 0) form.append('criteria', JSON.stringify(Object.fromEntries(picks)));
    form.append('file', file);
    return api.post<{ job: Job<ImportOutcome> }>('/api/hazards/import', form);
  },
};
