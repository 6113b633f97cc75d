import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  circularAsOf,
  circularTitle,
  formatDays,
  formatRankChange,
  formatRate,
  monthEnd,
  nextMonthStart,
  regionPrefix,
  type Compliance,
  type Scope,
  DEFAULT_RANKING_MIN_SAMPLE,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { chinaDate } from '../../lib/dates.ts';
import { listEscalationsRecordedBetween } from '../escalations/escalations.repository.ts';
import { inspectionFigures } from '../inspections/inspections.figures.ts';
import * as principalChecks from '../principal-checks/principal-checks.service.ts';
import { escalationKindLabels } from '../escalations/escalations.schema.ts';
import { regionNames, sectorNames } from '../stats/stats.repository.ts';
import * as stats from '../stats/stats.service.ts';
import type { DashboardResponse, RankingResponse } from '../stats/stats.schema.ts';
import { burnDownChart, incrementChart, rankingChart, type ChartImage } from './circular.charts.ts';
import { buildCircularDocx } from './circular.docx.ts';
import { buildCircularXlsx } from './circular.xlsx.ts';
import * as repo from './circulars.repository.ts';
import type { CircularEscalation, CircularFormat, CircularIssue, CircularListRow, CircularPreview, CircularQuery } from './circulars.schema.ts';

type RegionScope = Extract<Scope, { kind: 'region' }>;

export type FigureKind = 'count' | 'rate' | 'days';
export type SummaryRow = { label: string; value: number | null; kind: FigureKind };
export type RankingTableRow = {
  rank: number | null;
  name: string;
  total: number;
  open: number;
  overdue: number;
  rectificationRate: number | null;
  previousRectificationRate: number | null;
  rankChange: string;
  overdueShare: number | null;
  longStanding: number;
  selfFoundShare: number | null;
};
export type CircularList = { total: number; rows: CircularListRow[] };

export type CircularData = {
  title: string;
  month: string;
  asOf: string;
  previousAsOf: string;
  region: DashboardResponse['region'];
  /** The sectors a regulator's figures are limited to (its scope); null for a whole-region scope. */
  sectors: string[] | null;
  dashboard: DashboardResponse;
  ranking: RankingResponse;
  monthIncrement: { count: number; previousYear: number };
  summary: SummaryRow[];
  rankingRows: RankingTableRow[];
  overdue: CircularList;
  longStanding: CircularList;
  escalations: CircularEscalation[];
  inspections: CircularInspections;
};

/**
 * 检查和企业主要负责人带队检查情况: the inspections figures of the month and of the year to date (inspectionFigures) and
 * the principal-led check compliance of the quarter (principal-checks overview), as of the circular's statistics date
 * — the same functions and numbers as 统计分析.
 */
export type CircularInspections = {
  month: InspectionFigureTotals;
  byKind: { label: string; inspections: number; majorFindings: number; noFinding: number }[];
  yearToDate: InspectionFigureTotals;
  compliance: Compliance & { windowLabel: string; missedInARow: number };
  /** Sub-regions whose compliance rate is below the region's own, lowest first. */
  complianceBelow: { name: string; rate: number; missed: number }[];
};
type InspectionFigureTotals = Awaited<ReturnType<typeof inspectionFigures>>['figures'];

async function circularInspections(db: Db, scope: RegionScope, regionCode: string, month: string, asOf: string, today: string): Promise<CircularInspections> {
  const [monthly, yearly, checks] = await Promise.all([
    inspectionFigures(db, scope, { asOf, from: `${month}-01`, to: monthEnd(month), regionCode, by: 'kind' }),
    inspectionFigures(db, scope, { asOf, from: `${month.slice(0, 4)}-01-01`, to: asOf, regionCode, by: 'none' }),
    principalChecks.overview(db, scope, { asOf, today, regionCode }),
  ]);
  const overall = checks.figures.rate;
  return {
    month: monthly.figures,
    byKind: monthly.groups.map((g) => ({ label: g.label, inspections: g.inspections, majorFindings: g.majorFindings, noFinding: g.noFinding })).sort((a, b) => b.inspections - a.inspections),
    yearToDate: yearly.figures,
    compliance: { ...checks.figures, windowLabel: checks.window.label, missedInARow: checks.missedInARow },
    complianceBelow:
      overall === null
        ? []
        : checks.byRegion
            .flatMap((r) => (r.rate !== null && r.rate < overall ? [{ name: r.name, rate: r.rate, missed: r.missed }] : []))
            .sort((a, b) => a.rate - b.rate),
  };
}

export type Progress = (done: number, total: number) => Promise<void>;

/** A .docx table stays readable; the .xlsx carries the lists in full (up to this cap). */
export const LIST_LIMITS: Record<CircularFormat, number> = { docx: 300, xlsx: 50_000 };
const ESCALATION_LIMIT = 2_000;

export const formatValue = (row: Pick<SummaryRow, 'value' | 'kind'>): string => {
  switch (row.kind) {
    case 'count':
      return row.value === null ? '—' : String(row.value);
    case 'rate':
      return formatRate(row.value);
    case 'days':
      return formatDays(row.value);
  }
};

/**
 * The region of a circular: the caller's own region by default; any region within its scope; 404 for anything
 * else, including a region above the scope (unlike the dashboard, a circular never silently changes region).
 */
function requestedRegion(scope: RegionScope, regionCode: string | undefined): string {
  const code = regionCode ?? scope.regionPrefix.padEnd(12, '0');
  if (!regionPrefix(code).startsWith(scope.regionPrefix)) throw AppError('NOT_FOUND');
  return code;
}

function asOfFor(month: string, today: string): string {
  const asOf = circularAsOf(month, today);
  if (asOf === null) throw AppError('VALIDATION', { field: 'month', message: '「月份」不能晚于本月' });
  return asOf;
}

/**
 * Checks a request before its job is queued: a region within scope that exists (else 404), a month not after this
 * one and a 成文日期 not before the statistics date (else 400).
 */
export async function checkCircularRequest(db: Db, scope: RegionScope, request: CircularQuery & CircularIssue & { today: string }): Promise<void> {
  const regionCode = requestedRegion(scope, request.regionCode);
  const asOf = asOfFor(request.month, request.today);
  if (request.issuedOn !== undefined && request.issuedOn < asOf) throw AppError('VALIDATION', { field: 'issuedOn', message: `「成文日期」不能早于统计时点 ${asOf}` });
  if (!(await regionNames(db, [regionCode])).has(regionCode)) throw AppError('NOT_FOUND');
}

async function sectorLabels(db: Db, codes: readonly string[]): Promise<string[]> {
  const names = new Map((await sectorNames(db)).map((s) => [s.code, s.name]));
  return codes.map((c) => names.get(c) ?? c);
}

function summaryRows(d: DashboardResponse, monthIncrement: CircularData['monthIncrement']): SummaryRow[] {
  const f = d.figures;
  const count = (label: string, value: number): SummaryRow => ({ label, value, kind: 'count' });
  return [
    count('隐患总数（不含作废、合并）', f.total),
    count('已整改销号', f.closed),
    count('未销号', f.open),
    count('逾期未整改', f.overdue),
    count('其中：逾期1–30天', f.overdue1to30),
    count('其中：逾期31–90天', f.overdue31to90),
    count('其中：逾期90天以上（长期未整改）', f.longStanding),
    count('挂牌督办（未销号）', f.listed),
    count('重大事故隐患', f.major),
    count('一般事故隐患', f.general),
    count('未销号重大事故隐患', f.openMajor),
    count('存量隐患（2023年底前发现）', f.stock),
    count('存量隐患已销号', f.stockClosed),
    { label: '存量隐患清零率', value: f.stockClearanceRate, kind: 'rate' },
    count('本月新增', monthIncrement.count),
    count('上年同月新增', monthIncrement.previousYear),
    count(`${d.increment.year}年累计新增`, d.increment.yearToDate.current),
    count('上年同期累计新增', d.increment.yearToDate.previous),
    { label: '整改率', value: f.rectificationRate, kind: 'rate' },
    { label: '整改用时中位数（天）', value: f.medianDaysToClose, kind: 'days' },
    { label: '整改用时P90（天）', value: f.p90DaysToClose, kind: 'days' },
    { label: '企业自查发现占比', value: f.selfFoundShare, kind: 'rate' },
    ...d.sources.map((s) => count(`来源：${s.label}`, s.count)),
  ];
}

function rankingTable(ranking: RankingResponse): RankingTableRow[] {
  return ranking.rows
    .map((r) => ({
      rank: r.rectificationRate.rank,
      name: r.name,
      total: r.total,
      open: r.open,
      overdue: r.overdue,
      rectificationRate: r.rectificationRate.value,
      previousRectificationRate: r.rectificationRate.previousValue,
      rankChange: formatRankChange(r.rectificationRate.rank, r.rectificationRate.rankDelta),
      overdueShare: r.overdueShare.value,
      longStanding: r.longStanding.value ?? 0,
      selfFoundShare: r.selfFoundShare.value,
      code: r.code,
    }))
    .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.code.localeCompare(b.code))
    .map(({ code: _code, ...row }) => row);
}

const toListRow = (r: repo.OverdueListRow): CircularListRow => ({
  hazardNo: r.hazard_no,
  enterpriseName: r.enterprise_name,
  regionName: r.region_name,
  departmentName: r.department_name,
  level: r.level,
  foundAt: r.found_at,
  deadline: r.deadline,
  daysOverdue: r.days_overdue,
});

/**
 * Everything a circular shows, taken from the stats service (the same functions as /api/stats/dashboard and
 * /ranking, as of the month's last day) plus the overdue lists from the same snapshot and the escalations
 * recorded in the month. `progress` is told after each step.
 */
export async function loadCircular(
  db: Db,
  scope: RegionScope,
  request: CircularQuery & { today: string; listLimit: number; minSample?: number },
  progress: Progress = async () => undefined,
): Promise<CircularData> {
  const regionCode = requestedRegion(scope, request.regionCode);
  const asOf = asOfFor(request.month, request.today);
  const steps = 5;
  const statsRequest = { asOf, today: request.today, regionCode };
  const dashboard = await stats.dashboard(db, scope, statsRequest);
  await progress(1, steps);
  const ranking = await stats.ranking(db, scope, { ...statsRequest, minSample: request.minSample ?? DEFAULT_RANKING_MIN_SAMPLE });
  await progress(2, steps);
  const live = asOf >= request.today;
  const filter = { regionPrefix: regionPrefix(regionCode), sector: null };
  const { overdue, longStanding } = await repo.overdueHazards(db, scope, filter, asOf, live, request.listLimit);
  await progress(3, steps);
  const from = new Date(`${request.month}-01T00:00:00+08:00`);
  const to = new Date(`${nextMonthStart(request.month)}T00:00:00+08:00`);
  const escalationRows = await listEscalationsRecordedBetween(db, scope, filter.regionPrefix, from, to, ESCALATION_LIMIT);
  const regionNames = await repo.regionLabels(db, [...new Set(escalationRows.map((e) => e.regionCode))]);
  const sectors = scope.sectors === null ? null : await sectorLabels(db, scope.sectors);
  const inspections = await circularInspections(db, scope, regionCode, request.month, asOf, request.today);
  await progress(4, steps);

  const month = dashboard.increment.months.find((m) => m.month === request.month);
  const monthIncrement = { count: month?.count ?? 0, previousYear: month?.previousYear ?? 0 };
  return {
    title: circularTitle(dashboard.region.name, request.month),
    month: request.month,
    asOf,
    previousAsOf: ranking.previousAsOf,
    region: dashboard.region,
    sectors,
    dashboard,
    ranking,
    monthIncrement,
    summary: summaryRows(dashboard, monthIncrement),
    rankingRows: rankingTable(ranking),
    overdue: { total: overdue.total, rows: overdue.rows.map(toListRow) },
    longStanding: { total: longStanding.total, rows: longStanding.rows.map(toListRow) },
    escalations: escalationRows.map((e) => ({
      kind: e.kind,
      kindLabel: escalationKindLabels[e.kind],
      hazardNo: e.hazardNo,
      subjectName: e.enterpriseName ?? e.departmentName ?? regionNames.get(e.regionCode) ?? e.regionCode,
      regionName: regionNames.get(e.regionCode) ?? e.regionCode,
      docNo: e.docNo,
      note: e.note,
      orgName: e.orgName,
      recordedOn: chinaDate(e.createdAt),
    })),
    inspections,
  };
}

/** The headline labels shown in the web preview, a subset of the 总体情况 table. */
const PREVIEW_LABELS = new Set(['隐患总数（不含作废、合并）', '未销号', '逾期未整改', '其中：逾期90天以上（长期未整改）', '挂牌督办（未销号）', '存量隐患清零率', '本月新增', '整改率', '整改用时中位数（天）', '企业自查发现占比']);

export async function previewCircular(db: Db, scope: RegionScope, request: CircularQuery & { today: string }): Promise<CircularPreview> {
  const data = await loadCircular(db, scope, { ...request, listLimit: 1 });
  return {
    title: data.title,
    month: data.month,
    asOf: data.asOf,
    region: data.region,
    sectors: data.sectors,
    headline: data.summary.filter((r) => PREVIEW_LABELS.has(r.label)).map((r) => ({ label: r.label, value: formatValue(r) })),
    counts: { overdue: data.overdue.total, longStanding: data.longStanding.total, escalations: data.escalations.length, subRegions: data.rankingRows.length },
  };
}

export type CircularCharts = { burnDown: ChartImage; increment: ChartImage; ranking: ChartImage | null };

export async function renderCharts(data: CircularData): Promise<CircularCharts> {
  const ranked = data.rankingRows.map((r) => ({ name: r.name, value: r.rectificationRate }));
  return {
    burnDown: await burnDownChart(data.dashboard.burnDown.points),
    increment: await incrementChart(data.dashboard.increment.months),
    ranking: ranked.some((r) => r.value !== null) ? await rankingChart(ranked) : null,
  };
}

/** Where a generated circular is kept until downloaded: named by a random token kept in the job's result. */
export const circularFilePath = (filesDir: string, token: string, format: CircularFormat): string => path.join(filesDir, 'circulars', `${token}.${format}`);

export async function writeCircularFile(filesDir: string, token: string, format: CircularFormat, bytes: Buffer): Promise<void> {
  const target = circularFilePath(filesDir, token, format);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, bytes);
}

export const circularFileName = (data: Pick<CircularData, 'region' | 'month'>, format: CircularFormat): string =>
  `${data.region.name}隐患动态清零月通报-${data.month}.${format}`;

/** What a finished circular job keeps in its result: enough to find and name the file, nothing else. */
export type CircularResult = { format: CircularFormat; token: string; fileName: string; size: number; title: string };

/**
 * The circular job: gather the figures (loadCircular), render the charts (docx), build the document and store
 * it under a fresh token, reporting progress in 8 steps.
 */
export async function generateCircular(
  db: Db,
  scope: RegionScope,
  input: CircularQuery & CircularIssue & { today: string; listLimit: number; minSample?: number },
  format: CircularFormat,
  filesDir: string,
  report: Progress,
): Promise<CircularResult> {
  const total = 8;
  const data = await loadCircular(db, scope, input, (done) => report(done, total));
  let bytes: Buffer;
  if (format === 'docx') {
    const charts = await renderCharts(data);
    await report(6, total);
    bytes = await buildCircularDocx(data, charts, input);
  } else {
    bytes = await buildCircularXlsx(data);
  }
  await report(7, total);
  const token = randomUUID();
  await writeCircularFile(filesDir, token, format, bytes);
  await report(total, total);
  return { format, token, fileName: circularFileName(data, format), size: bytes.length, title: data.title };
}
