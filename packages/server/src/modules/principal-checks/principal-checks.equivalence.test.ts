import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  cadenceFor,
  complianceOf,
  consecutiveMissed,
  createRandom,
  nextPeriod,
  parseReportWindow,
  checkPeriodOf,
  periodStateAsOf,
  type CheckCadence,
  type PeriodRecord,
  type Scope,
} from '@zhiben/core';
import { rowsOf, type Database } from '../../db/client.ts';
import { addDays } from '../../lib/dates.ts';
import { seedDemo } from '../../seed/demo.ts';
import { seedReference } from '../../seed/reference.ts';
import { openTestDatabase } from '../../testing/test-db.ts';
import * as repo from './principal-checks.repository.ts';
import { highRiskSectorCodes, markPeriodDone, systemEnsureCheckPeriods, systemSettleCheckPeriods } from './principal-checks.periods.ts';

// Period states are exact: a year and a half of days is simulated — the period job runs each day, principal-led checks
// are submitted (some late, some never) — and every figure read from principal_check_periods is compared with the
// direct computation from the list of checks by core's rules (the oracle), for several scopes, windows, groupings
// and dates. The oracle assumes only what the plans say: an operating enterprise owes one check per period of its
// cadence from the period it was registered in; the first check submitted for a period makes it done that day.

const START = '2025-01-01';
const END = '2026-06-30';
const random = createRandom(20261204);

type Enterprise = { id: string; regionCode: string; sectors: string[]; highRisk: boolean; createdOn: string; cadence: CheckCadence };
type Check = { enterpriseId: string; checkDate: string; submittedOn: string };

let database: Database;
let enterprises: Enterprise[] = [];
let settledCount = 0;
const checks: Check[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  await seedReference(db);
  await seedDemo(db, { enterpriseCount: 90, now: new Date(`${START}T00:00:00+08:00`) });
  await database.unsafeOwnerExec(`UPDATE enterprises SET status = 'operating'`);
  const highRisk = new Set(await highRiskSectorCodes(db));
  const rows = rowsOf<{ id: string; region_code: string; sectors: string[]; high_risk: boolean }>(
    await db.execute(sql`SELECT id::text, region_code, sectors, high_risk FROM enterprises ORDER BY uscc`),
  );
  // A third registered during the simulated time, the rest before it; registration dates by SQL (the app sets now()).
  enterprises = rows.map((r, i) => {
    const createdOn = i % 3 === 0 ? addDays(START, random.int(0, 400)) : '2024-06-01';
    return { id: r.id, regionCode: r.region_code, sectors: r.sectors, highRisk: r.high_risk, createdOn, cadence: cadenceFor({ highRisk: r.high_risk, sectors: r.sectors }, highRisk) };
  });
  for (const e of enterprises) {
    await database.unsafeOwnerExec(`UPDATE enterprises SET created_at = '${e.createdOn}T10:00:00+08:00' WHERE id = '${e.id}'`);
  }
  // Each enterprise has a habit: diligent, sloppy or absent; checks are submitted on the day or up to 7 days later.
  for (const e of enterprises) {
    const habit = random.weighted([['diligent', 5], ['sloppy', 4], ['absent', 1]] as const);
    const share = habit === 'diligent' ? 0.92 : habit === 'sloppy' ? 0.5 : 0.05;
    for (let p = checkPeriodOf(e.createdOn > START ? e.createdOn : START, e.cadence); p.start <= END; p = nextPeriod(p)) {
      if (random.next() >= share) continue;
      const times = random.int(1, 2);
      for (let k = 0; k < times; k++) {
        const checkDate = addDays(p.start, random.int(0, Math.round((Date.parse(p.end) - Date.parse(p.start)) / 86_400_000)));
        if (checkDate < e.createdOn || checkDate > END) continue;
        checks.push({ enterpriseId: e.id, checkDate, submittedOn: addDays(checkDate, random.weighted([[0, 8], [random.int(1, 7), 2]] as const)) });
      }
    }
  }
  // The simulation: each day the job, then that day's submissions.
  for (let day = START; day <= addDays(END, 40); day = addDays(day, 1)) {
    await systemEnsureCheckPeriods(db, day, [...highRisk]);
    for (const c of checks.filter((x) => x.submittedOn === day)) {
      const e = enterprises.find((x) => x.id === c.enterpriseId);
      if (e) await markPeriodDone(db, { id: e.id, regionCode: e.regionCode, sectors: e.sectors, createdOn: e.createdOn }, e.cadence, c.checkDate, c.submittedOn, '00000000-0000-4000-8000-000000000001');
    }
  }
  // Periods that can no longer change are added up per county (principal_check_totals): the figures below read
  // them for those periods, so the comparison covers both paths.
  settledCount = await systemSettleCheckPeriods(db, addDays(END, 40), 7, new Date());
}, 600_000);
afterAll(async () => database?.close());

/** The oracle's records of one enterprise: every period of its cadence from registration, done on the first submission. */
function recordsOf(e: Enterprise, until: string): PeriodRecord[] {
  const records: PeriodRecord[] = [];
  // The job first ran on START: it wrote START's period and, catching up, the one before it.
  const firstRun = addDays(checkPeriodOf(START, e.cadence).start, -1);
  const first = checkPeriodOf(e.createdOn > firstRun ? e.createdOn : firstRun, e.cadence);
  for (let p = first; p.start <= until; p = nextPeriod(p)) {
    const dueFrom = e.createdOn > p.start ? e.createdOn : p.start;
    const submitted = checks.filter((c) => c.enterpriseId === e.id && c.checkDate >= p.start && c.checkDate <= p.end).map((c) => c.submittedOn).sort();
    records.push({ period: p, dueFrom, doneOn: submitted[0] ?? null });
  }
  return records;
}

const inScope = (scope: Scope, e: Enterprise) =>
  scope.kind === 'region'
    ? e.regionCode.startsWith(scope.regionPrefix) && (scope.sectors === null || e.sectors.some((s) => scope.sectors?.includes(s)))
    : scope.kind === 'enterprise' && scope.enterpriseId === e.id;

const scopes: Scope[] = [
  { kind: 'region', regionPrefix: '3416', sectors: null },
  { kind: 'region', regionPrefix: '341621', sectors: null },
  { kind: 'region', regionPrefix: '341622', sectors: ['hazchem', 'fireworks', 'industry_trade', 'mining'] },
  { kind: 'region', regionPrefix: '3416', sectors: ['fire'] },
];
const asOfs = ['2025-01-01', '2025-03-31', '2025-04-01', '2025-04-05', '2025-09-17', '2025-12-31', '2026-01-03', '2026-05-20', '2026-06-30', '2026-08-09'];
const windows = ['2025', '2025-Q1', '2025-Q2', '2025-Q4', '2026-Q1', '2026-Q2', '2025-11', '2026-02', '2026'];

describe('principal-check periods = direct computation from the checks (core as the oracle)', () => {
  it('the job wrote exactly the periods the oracle expects', async () => {
    const stored = rowsOf<{ enterprise_id: string; period_start: string; due_from: string; done_on: string | null }>(
      await database.db.execute(sql`SELECT enterprise_id::text, period_start::text, due_from::text, done_on::text FROM principal_check_periods ORDER BY 1, 2`),
    );
    const expected = enterprises
      .flatMap((e) => recordsOf(e, addDays(END, 40)).map((r) => ({ enterprise_id: e.id, period_start: r.period.start, due_from: r.dueFrom, done_on: r.doneOn })))
      .sort((a, b) => (a.enterprise_id + a.period_start < b.enterprise_id + b.period_start ? -1 : 1));
    expect(stored.length).toBeGreaterThan(500);
    expect(stored).toEqual(expected);
  });

  it('compliance by scope, window and date equals the tally of core states', async () => {
    expect(settledCount).toBeGreaterThan(10);
    let compared = 0;
    for (const scope of scopes) {
      const mine = enterprises.filter((e) => inScope(scope, e));
      for (const key of windows) {
        const window = parseReportWindow(key);
        if (!window) throw new Error(key);
        for (const asOf of asOfs) {
          const expected = complianceOf(mine.flatMap((e) => recordsOf(e, asOf)), window, asOf);
          const [row] = await repo.complianceBy(database.db, scope, { regionPrefix: null, sector: null }, window, asOf, { kind: 'none' });
          expect({ done: row?.done, due: row?.due, missed: row?.missed }, `${JSON.stringify(scope)} ${key} ${asOf}`).toEqual({ done: expected.done, due: expected.due, missed: expected.missed });
          const [direct] = await repo.complianceBy(database.db, scope, { regionPrefix: null, sector: null }, window, asOf, { kind: 'none' }, { source: 'periods' });
          expect(direct).toEqual(row);
          compared += expected.required;
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('groupings (sub-regions, sectors, enterprises, periods) add up to the same states', async () => {
    const scope = scopes[0] as Extract<Scope, { kind: 'region' }>;
    const window = parseReportWindow('2026-Q1');
    if (!window) throw new Error('window');
    for (const asOf of ['2026-02-10', '2026-04-02']) {
      const byCounty = await repo.complianceBy(database.db, scope, { regionPrefix: null, sector: null }, window, asOf, { kind: 'region', prefixLength: 6 });
      for (const r of byCounty) {
        const expected = complianceOf(enterprises.filter((e) => e.regionCode.startsWith(r.key ?? '')).flatMap((e) => recordsOf(e, asOf)), window, asOf);
        expect({ done: r.done, due: r.due, missed: r.missed }).toEqual({ done: expected.done, due: expected.due, missed: expected.missed });
      }
      const bySector = await repo.complianceBy(database.db, scope, { regionPrefix: null, sector: null }, window, asOf, { kind: 'sector' });
      for (const r of bySector) {
        const expected = complianceOf(enterprises.filter((e) => e.sectors.includes(r.key ?? '')).flatMap((e) => recordsOf(e, asOf)), window, asOf);
        expect({ sector: r.key, done: r.done, missed: r.missed }).toEqual({ sector: r.key, done: expected.done, missed: expected.missed });
      }
      const sortKey = (rows: repo.ComplianceRow[]) => [...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)));
      for (const group of [{ kind: 'period' } as const, { kind: 'region', prefixLength: 4 } as const, { kind: 'sector' } as const]) {
        const wide = parseReportWindow('2025');
        if (!wide) throw new Error('window');
        const viaTotals = await repo.complianceBy(database.db, scope, { regionPrefix: null, sector: null }, wide, asOf, group);
        const direct = await repo.complianceBy(database.db, scope, { regionPrefix: null, sector: null }, wide, asOf, group, { source: 'periods' });
        expect(sortKey(viaTotals), group.kind).toEqual(sortKey(direct));
      }
      const byEnterprise = await repo.complianceBy(database.db, scope, { regionPrefix: null, sector: null }, window, asOf, { kind: 'enterprise' });
      for (const r of byEnterprise) {
        const e = enterprises.find((x) => x.id === r.key);
        if (!e) throw new Error('unknown enterprise');
        const states = recordsOf(e, asOf).filter((x) => x.period.start <= window.end && x.period.end >= window.start).map((x) => periodStateAsOf(x, asOf)).filter(Boolean);
        expect({ done: r.done, due: r.due, missed: r.missed }).toEqual({ done: states.filter((s) => s === 'done').length, due: states.filter((s) => s === 'due').length, missed: states.filter((s) => s === 'missed').length });
      }
    }
  });

  it('missed streaks equal core consecutiveMissed', async () => {
    for (const asOf of ['2025-07-01', '2025-12-15', '2026-04-02', '2026-08-09']) {
      const streaks = await repo.missedStreaks(database.db, scopes[0] as Scope, { regionPrefix: null, sector: null }, asOf, 1);
      const got = new Map(streaks.map((s) => [s.enterprise_id, s.streak]));
      for (const e of enterprises) {
        expect(got.get(e.id) ?? 0, `${e.id} ${asOf}`).toBe(consecutiveMissed(recordsOf(e, asOf), asOf));
      }
      const twoPlus = await repo.missedStreaks(database.db, scopes[0] as Scope, { regionPrefix: null, sector: null }, asOf, 2);
      const expectedTwoPlus = enterprises.filter((e) => consecutiveMissed(recordsOf(e, asOf), asOf) >= 2).length;
      expect(twoPlus.length).toBe(expectedTwoPlus);
      expect(await repo.countMissedStreaks(database.db, scopes[0] as Scope, { regionPrefix: null, sector: null }, asOf, 2)).toBe(expectedTwoPlus);
    }
  });
});
