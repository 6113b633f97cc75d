import { request } from '../../api/client.ts';

// Mirrors packages/server/src/modules/stats/stats.schema.ts.
export type Figures = {
  total: number;
  open: number;
  closed: number;
  overdue: number;
  overdue1to30: number;
  overdue31to90: number;
  longStanding: number;
  listed: number;
  major: number;
  general: number;
  openMajor: number;
  openGeneral: number;
  stock: number;
  stockClosed: number;
  stockOpen: number;
  selfFound: number;
  incrementYearToDate: number;
  stockClearanceRate: number | null;
  rectificationRate: number | null;
  overdueShare: number | null;
  selfFoundShare: number | null;
  medianDaysToClose: number | null;
  p90DaysToClose: number | null;
};
export type FigureLinks = Record<
  | 'open'
  | 'closed'
  | 'overdue'
  | 'overdue1to30'
  | 'overdue31to90'
  | 'longStanding'
  | 'listed'
  | 'major'
  | 'openMajor'
  | 'openGeneral'
  | 'stock'
  | 'stockOpen'
  | 'stockClosed'
  | 'selfFound'
  | 'all',
  string
>;
export type RegionRef = { code: string; name: string };

export type Dashboard = {
  asOf: string;
  live: boolean;
  region: RegionRef & { level: string };
  breadcrumb: RegionRef[];
  sector: string | null;
  figures: Figures;
  links: FigureLinks;
  ageing: { bucket: 'd1_30' | 'd31_90' | 'over90'; label: string; count: number }[];
  burnDown: { targetDate: string; points: { date: string; open: number; target: number }[] };
  increment: {
    months: { month: string; count: number; previousYear: number }[];
    year: number;
    yearToDate: { current: number; previous: number; delta: number; ratio: number | null };
  };
  sources: { source: string; label: string; count: number; link: string }[];
};

export type BreakdownRow = { key: string; name: string; hasChildren: boolean; figures: Figures; links: FigureLinks };
export type BreakdownBy = 'region' | 'sector' | 'source' | 'level' | 'month' | 'listingLevel';
export type Breakdown = { asOf: string; by: BreakdownBy; region: RegionRef & { level: string }; breadcrumb: RegionRef[]; rows: BreakdownRow[] };

export type RankedMetric = {
  value: number | null;
  rank: number | null;
  previousValue: number | null;
  previousRank: number | null;
  valueDelta: number | null;
  rankDelta: number | null;
};
export type RankingRow = {
  code: string;
  name: string;
  hasChildren: boolean;
  total: number;
  open: number;
  overdue: number;
  link: string;
  rectificationRate: RankedMetric;
  overdueShare: RankedMetric;
  longStanding: RankedMetric;
  selfFoundShare: RankedMetric;
};
export type Ranking = { asOf: string; previousAsOf: string; region: RegionRef & { level: string }; breadcrumb: RegionRef[]; rows: RankingRow[] };

export type StatsParams = { asOf?: string | undefined; regionCode?: string | undefined; sector?: string | undefined };

export const statsApi = {
  dashboard: (params: StatsParams, signal?: AbortSignal) => request<Dashboard>('GET', '/api/stats/dashboard', { query: params, ...(signal ? { signal } : {}) }),
  breakdown: (params: StatsParams & { by: Breakdown['by'] }, signal?: AbortSignal) =>
    request<Breakdown>('GET', '/api/stats/breakdown', { query: params, ...(signal ? { signal } : {}) }),
  ranking: (params: Omit<StatsParams, 'sector'>, signal?: AbortSignal) => request<Ranking>('GET', '/api/stats/ranking', { query: params, ...(signal ? { signal } : {}) }),
  departmentRanking: (params: Omit<StatsParams, 'sector'>, signal?: AbortSignal) =>
    request<DepartmentRanking>('GET', '/api/stats/ranking/departments', { query: params, ...(signal ? { signal } : {}) }),
  slowProgress: (params: SlowProgressParams, signal?: AbortSignal) =>
    request<SlowProgress>('GET', '/api/stats/slow-progress', { query: params, ...(signal ? { signal } : {}) }),
};

export type DepartmentRankingRow = Omit<RankingRow, 'code' | 'hasChildren'> & { id: string; regionCode: string; regionName: string; sectors: string[] };
export type DepartmentRanking = { asOf: string; previousAsOf: string; region: RegionRef & { level: string }; breadcrumb: RegionRef[]; rows: DepartmentRankingRow[] };

export type EscalationKind = 'letter' | 'circular' | 'interview' | 'exposure';
export type SlowProgressThresholds = { overdueShare: number; longStanding: number };
export type SlowProgressParams = Omit<StatsParams, 'sector'> & { overdueShare?: number | undefined; longStanding?: number | undefined };
export type SlowProgressItem = {
  subjectKind: 'region' | 'department' | 'enterprise';
  subjectId: string;
  name: string;
  regionName: string | null;
  open: number;
  overdue: number;
  overdueShare: number | null;
  longStanding: number;
  crossed: ('overdueShare' | 'longStanding')[];
  history: { asOf: string; crossed: boolean; overdueShare: number | null; longStanding: number }[];
  consecutiveMonths: number;
  recorded: { id: string; kind: EscalationKind; docNo: string; note: string; orgName: string | null; createdAt: string }[];
  suggestion: { kind: EscalationKind; label: string; reason: string };
  link: string | null;
};
export type SlowProgress = {
  asOf: string;
  region: RegionRef & { level: string };
  breadcrumb: RegionRef[];
  thresholds: SlowProgressThresholds;
  defaults: SlowProgressThresholds;
  regions: SlowProgressItem[];
  departments: SlowProgressItem[];
  enterprises: SlowProgressItem[];
};

/** Percentage with one decimal, “—” when the rate has no denominator. */
export const percent = (value: number | null): string => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
export const daysText = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 10) / 10} 天`);
