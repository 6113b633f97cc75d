import { call } from '../../api/client.ts';
import type { BodyOf, QueryOf, ResponseOf } from '../../api/contract.ts';
import type { JobStart } from '../../api/jobs.ts';
import type { ImportOutcome } from '../hazards/api.ts';

export type Verdict = 'major' | 'not_major' | 'uncertain';

export type SuggestResult = ResponseOf<'/api/criteria/suggest', 'post'>;
export type SuggestionItem = SuggestResult['items'][number];
export type SuggestBody = BodyOf<'/api/criteria/suggest', 'post'>;

export type GradingFlag = 'weak_basis' | 'missing_basis' | 'under_graded';

// The preview job's `grading` part (job results are generic on the server; typed here per job kind, as in hazards/api.ts).
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

export type QualityResult = ResponseOf<'/api/stats/grading-quality', 'get'>;
export type QualityFinding = QualityResult['items'][number];
export type QualityQuery = QueryOf<'/api/stats/grading-quality', 'get'>;

export const flagLabels: Record<GradingFlag, string> = {
  under_graded: '可能定级偏低',
  weak_basis: '依据与描述不符',
  missing_basis: '重大隐患未填依据',
};

export const gradingApi = {
  suggest: (body: SuggestBody, signal?: AbortSignal) => call('post', '/api/criteria/suggest', { body, signal }),
  quality: (query: QualityQuery, signal?: AbortSignal) => call('get', '/api/stats/grading-quality', { query, signal }),
  /** 台账 import with the criteria picked per row in the preview (the field must precede the file). */
  importWithPicks: (file: File, picks: ReadonlyMap<number, readonly string[]>) => {
    const form = new FormData();
    if (picks.size > 0) form.append('criteria', JSON.stringify(Object.fromEntries(picks)));
    form.append('file', file);
    return call('post', '/api/hazards/import', { body: form }) as Promise<JobStart<ImportOutcome>>;
  },
};
