import { call } from '../../api/client.ts';
import type { QueryOf, ResponseOf } from '../../api/contract.ts';

export type Dashboard = ResponseOf<'/api/stats/dashboard', 'get'>;
export type Figures = Dashboard['figures'];
export type FigureLinks = Dashboard['links'];
export type RegionRef = Dashboard['breadcrumb'][number];
export type Breakdown = ResponseOf<'/api/stats/breakdown', 'get'>;
export type BreakdownRow = Breakdown['rows'][number];
export type BreakdownBy = Breakdown['by'];
export type Ranking = ResponseOf<'/api/stats/ranking', 'get'>;
export type RankingRow = Ranking['rows'][number];
export type RankedMetric = RankingRow['rectificationRate'];
export type DepartmentRanking = ResponseOf<'/api/stats/ranking/departments', 'get'>;
export type DepartmentRankingRow = DepartmentRanking['rows'][number];
export type SlowProgress = ResponseOf<'/api/stats/slow-progress', 'get'>;
export type SlowProgressItem = SlowProgress['regions'][number];
export type SlowProgressThresholds = SlowProgress['thresholds'];
export type EscalationKind = SlowProgressItem['suggestion']['kind'];

export type StatsParams = QueryOf<'/api/stats/dashboard', 'get'>;
export type SlowProgressParams = QueryOf<'/api/stats/slow-progress', 'get'>;

export const statsApi = {
  dashboard: (query: StatsParams, signal?: AbortSignal) => call('get', '/api/stats/dashboard', { query, signal }),
  breakdown: (query: QueryOf<'/api/stats/breakdown', 'get'>, signal?: AbortSignal) => call('get', '/api/stats/breakdown', { query, signal }),
  ranking: (query: QueryOf<'/api/stats/ranking', 'get'>, signal?: AbortSignal) => call('get', '/api/stats/ranking', { query, signal }),
  departmentRanking: (query: QueryOf<'/api/stats/ranking/departments', 'get'>, signal?: AbortSignal) =>
    call('get', '/api/stats/ranking/departments', { query, signal }),
  slowProgress: (query: SlowProgressParams, signal?: AbortSignal) => call('get', '/api/stats/slow-progress', { query, signal }),
};

/** Percentage with one decimal, “—” when the rate has no denominator. */
export const percent = (value: number | null): string => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
export const daysText = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 10) / 10} 天`);
