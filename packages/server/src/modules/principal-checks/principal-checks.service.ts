import {
  can,
  cadenceFor,
  childLevel,
  compliance,
  DEFAULT_MISSED_PERIODS_THRESHOLD,
  parseReportWindow,
  periodKey,
  checkPeriodLabel,
  checkPeriodOf,
  periodStateAsOf,
  previousWindow,
  quarterWindowOf,
  rankWithChange,
  regionLevel,
  type CheckCadence,
  type Compliance,
  type PeriodState,
  type ReportWindow,
  type Scope,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import { highRiskSectorCodes } from './principal-checks.periods.ts';
import { childRegions, sectorNames } from '../stats/stats.repository.ts';
import { resolveRegion } from '../stats/stats.service.ts';
import * as repo from './principal-checks.repository.ts';
import type { ComplianceResponse } from './principal-checks.schema.ts';

type RegionScope = Extract<Scope, { kind: 'region' }>;

export type ComplianceRequest = { asOf: string; today: string; period?: string | undefined; regionCode?: string | undefined; sector?: string | undefined };

const PREFIX_LENGTH: Record<string, number> = { province: 2, city: 4, county: 6, township: 9, village: 12 };
const TREND_WINDOWS: Record<ReportWindow['kind'], number> = { year: 3, quarter: 8, month: 12 };

export function windowOf(period: string | undefined, asOf: string): ReportWindow {
  if (period === undefined) return quarterWindowOf(asOf);
  const window = parseReportWindow(period);
  if (!window) throw AppError('VALIDATION', { field: 'period', message: '「检查周期」应为年份（2026）、季度（2026-Q3）或月份（2026-11）' });
  return window;
}

const fromRow = (r: repo.ComplianceRow | undefined): Compliance => compliance({ done: r?.done ?? 0, due: r?.due ?? 0, missed: r?.missed ?? 0 });

/**
 * The principal-led check compliance figure (MODULES A-2: done / due enterprise-periods) of a scope, optionally a
 * region inside it and a sector, for the enterprise-periods overlapping the window, as of D. Other modules (issue 15's
 * task indicators) read it here.
 */
export async function principalCheckCompliance(db: Db, scope: Scope, request: { asOf: string; window?: ReportWindow; regionCode?: string | undefined; sector?: string | undefined }): Promise<Compliance> {
  const window = request.window ?? quarterWindowOf(request.asOf);
  const regionPrefix = request.regionCode ? request.regionCode.slice(0, PREFIX_LENGTH[regionLevel(request.regionCode)]) : null;
  const [row] = await repo.complianceBy(db, scope, { regionPrefix, sector: request.sector ?? null }, window, request.asOf, { kind: 'none' });
  return fromRow(row);
}

/** The trend: each earlier window of the same kind, from one grouped read of the periods, all as of D. */
function trendOf(window: ReportWindow, rows: repo.ComplianceRow[]): ComplianceResponse['trend'] {
  const windows: ReportWindow[] = [window];
  while (windows.length < TREND_WINDOWS[window.kind]) windows.unshift(previousWindow(windows[0] ?? window));
  return windows.map((w) => {
    const inWindow = rows.filter((r) => {
      const [cadence, start] = (r.key ?? '').split(':') as [CheckCadence, string];
      const p = checkPeriodOf(start, cadence);
      return p.start <= w.end && p.end >= w.start;
    });
    const sum = inWindow.reduce((a, r) => ({ done: a.done + r.done, due: a.due + r.due, missed: a.missed + r.missed }), { done: 0, due: 0, missed: 0 });
    return { key: w.key, label: w.label, ...compliance(sum) };
  });
}

export async function overview(db: Db, scope: RegionScope, request: ComplianceRequest): Promise<ComplianceResponse> {
  const { asOf } = request;
  const window = windowOf(request.period, asOf);
  const region = await resolveRegion(db, scope, request.regionCode);
  const filter = { regionPrefix: region.prefix, sector: request.sector ?? null };
  const child = childLevel(regionLevel(region.code));
  const childLength = child && child !== 'village' ? PREFIX_LENGTH[child] : null;
  const trendWindows: ReportWindow[] = [window];
  while (trendWindows.length < TREND_WINDOWS[window.kind]) trendWindows.unshift(previousWindow(trendWindows[0] ?? window));
  const trendSpan = { start: trendWindows[0]?.start ?? window.start, end: window.end };
  const [[total], byRegionRows, bySectorRows, periodRows, streaks, children, sectorList] = await Promise.all([
    repo.complianceBy(db, scope, filter, window, asOf, { kind: 'none' }),
    childLength ? repo.complianceBy(db, scope, filter, window, asOf, { kind: 'region', prefixLength: childLength }) : Promise.resolve([]),
    repo.complianceBy(db, scope, filter, window, asOf, { kind: 'sector' }),
    repo.complianceBy(db, scope, filter, trendSpan, asOf, { kind: 'period' }),
    repo.countMissedStreaks(db, scope, filter, asOf, DEFAULT_MISSED_PERIODS_THRESHOLD),
    childLength ? childRegions(db, region.code) : Promise.resolve([]),
    sectorNames(db),
  ]);
  const sectorName = new Map(sectorList.map((s) => [s.code, s.name]));
  return {
    asOf,
    window,
    region: region.region,
    breadcrumb: region.breadcrumb,
    sector: request.sector ?? null,
    figures: fromRow(total),
    missedInARow: streaks,
    byRegion: children.map((c) => ({
      code: c.code,
      name: c.name,
      hasChildren: c.has_children,
      ...fromRow(byRegionRows.find((r) => r.key === c.code.slice(0, childLength ?? 0))),
    })),
    bySector: bySectorRows
      .map((r) => ({ sector: r.key ?? '', name: sectorName.get(r.key ?? '') ?? r.key ?? '', ...fromRow(r) }))
      .sort((a, b) => b.required - a.required),
    trend: trendOf(window, periodRows),
  };
}

/** Sub-regions ranked by compliance rate in the window, with the change since the previous window (as it stood at D). */
export async function ranking(db: Db, scope: RegionScope, request: ComplianceRequest) {
  const { asOf } = request;
  const window = windowOf(request.period, asOf);
  const before = previousWindow(window);
  const region = await resolveRegion(db, scope, request.regionCode);
  const child = childLevel(regionLevel(region.code));
  if (!child || child === 'village') return { asOf, window, previousWindow: before, region: region.region, breadcrumb: region.breadcrumb, rows: [] };
  const length = PREFIX_LENGTH[child] ?? 12;
  const filter = { regionPrefix: region.prefix, sector: null };
  const [now, previous, children] = await Promise.all([
    repo.complianceBy(db, scope, filter, window, asOf, { kind: 'region', prefixLength: length }),
    repo.complianceBy(db, scope, filter, before, asOf, { kind: 'region', prefixLength: length }),
    childRegions(db, region.code),
  ]);
  const figuresNow = children.map((c) => ({ code: c.code, name: c.name, figures: fromRow(now.find((r) => r.key === c.code.slice(0, length))) }));
  const figuresBefore = children.map((c) => ({ key: c.code, value: fromRow(previous.find((r) => r.key === c.code.slice(0, length))).rate }));
  const ranked = rankWithChange(figuresNow.map((r) => ({ key: r.code, value: r.figures.rate })), figuresBefore, 'higher_better');
  const rows = figuresNow
    .map((r, i) => {
      const e = ranked[i];
      return {
        code: r.code,
        name: r.name,
        ...r.figures,
        rate: { value: e?.value ?? null, rank: e?.rank ?? null, previousValue: e?.previousValue ?? null, previousRank: e?.previousRank ?? null, valueDelta: e?.valueDelta ?? null, rankDelta: e?.rankDelta ?? null },
      };
    })
    .sort((a, b) => (a.rate.rank ?? Number.MAX_SAFE_INTEGER) - (b.rate.rank ?? Number.MAX_SAFE_INTEGER));
  return { asOf, window, previousWindow: before, region: region.region, breadcrumb: region.breadcrumb, rows };
}

const periodView = (p: { cadence: CheckCadence; start: string; end: string; doneOn: string | null; inspectionId: string | null }, state: PeriodState) => {
  const period = { cadence: p.cadence, start: p.start, end: p.end };
  return { key: periodKey(period), label: checkPeriodLabel(period), cadence: p.cadence, start: p.start, end: p.end, state, doneOn: p.doneOn, inspectionId: p.inspectionId };
};

/** The enterprises behind a compliance figure (optionally only those with a period in one state), with their periods. */
export async function enterprises(db: Db, scope: RegionScope, request: ComplianceRequest & { state?: PeriodState | undefined; page: number; pageSize: number }) {
  const { asOf } = request;
  const window = windowOf(request.period, asOf);
  const region = await resolveRegion(db, scope, request.regionCode);
  const filter = { regionPrefix: region.prefix, sector: request.sector ?? null };
  const { total, rows } = await repo.enterprisePeriods(db, scope, filter, window, asOf, request.state ?? null, request.page, request.pageSize);
  const streaks = await repo.missedStreaks(db, scope, filter, asOf, 1, rows.map((r) => r.enterprise_id));
  return {
    total,
    items: rows.map((r) => ({
      enterpriseId: r.enterprise_id,
      name: r.name,
      regionName: r.region_name,
      periods: (r.periods ?? []).map((p) => periodView(p, p.state)),
      missedInARow: streaks.find((s) => s.enterprise_id === r.enterprise_id)?.streak ?? 0,
    })),
  };
}

/**
 * An enterprise's own duty: its cadence, the running period and the recent ones with their states as of today.
 * With `state`, `periods` lists only the periods in that state, the running one included (it may have no row yet).
 */
export async function ownPeriods(
  db: Db,
  scope: Scope,
  enterprise: { id: string; highRisk: boolean; sectors: readonly string[] },
  highRiskSectors: ReadonlySet<string>,
  today: string,
  state?: PeriodState,
) {
  const cadence = cadenceFor(enterprise, highRiskSectors);
  const rows = await repo.periodsOfEnterprise(db, scope, enterprise.id);
  const views = rows.flatMap((r) => {
    const state = periodStateAsOf({ period: { cadence: r.cadence, start: r.period_start, end: r.period_end }, dueFrom: r.due_from, doneOn: r.done_on }, today);
    return state ? [periodView({ cadence: r.cadence, start: r.period_start, end: r.period_end, doneOn: r.done_on, inspectionId: r.done_inspection_id }, state)] : [];
  });
  const running = checkPeriodOf(today, cadence);
  const stored = views.find((v) => v.start === running.start && v.cadence === cadence);
  const current = stored ?? periodView({ cadence, start: running.start, end: running.end, doneOn: null, inspectionId: null }, 'due');
  const [streak] = await repo.missedStreaks(db, scope, { regionPrefix: null, sector: null }, today, 1, [enterprise.id]);
  const periods = state === undefined ? views : [...views, ...(stored ? [] : [current])].filter((v) => v.state === state);
  return { cadence, current, periods, total: periods.length, missedInARow: streak?.streak ?? 0 };
}

/**
 * GET /api/principal-checks/periods: an enterprise user's own periods, or an enterprise's for staff who read
 * inspections, within scope (404 otherwise).
 */
export async function periodsFor(db: Db, auth: AuthContext, query: { enterpriseId?: string | undefined; state?: PeriodState | undefined }, today: string) {
  const id = auth.scope.kind === 'enterprise' ? auth.scope.enterpriseId : query.enterpriseId;
  if (!id || !(auth.scope.kind === 'enterprise' || can(auth.user.roles, 'inspections.read'))) throw AppError('NOT_FOUND');
  if (auth.scope.kind === 'enterprise' && query.enterpriseId && query.enterpriseId !== id) throw AppError('NOT_FOUND');
  const enterprise = await findEnterprise(db, auth.scope, id);
  if (!enterprise) throw AppError('NOT_FOUND');
  const highRisk = new Set(await highRiskSectorCodes(db));
  return ownPeriods(db, auth.scope, enterprise, highRisk, today, query.state);
}
