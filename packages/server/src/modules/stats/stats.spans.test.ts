import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Scope } from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { hazards } from '../../db/schema/index.ts';
import { chinaDate } from '../../lib/dates.ts';
import { appendHazardEvent } from '../hazards/hazard-events.repository.ts';
import { hazardSources } from '../hazards/hazards.schema.ts';
import * as repo from './stats.repository.ts';
import { rebuildStatSpans, systemStatCubesMissing, systemStatSpansMissing } from './stats.spans.ts';
import { cubeRows, cubesAnswer, cubeSubjectOf, rebuildCubes } from './stats.cubes.ts';
import { asRates, sortRows } from './test-fixtures.ts';

// The statistics facts (hazard_stat_spans) and the cubes built on them against the reference path over hazards
// and their timelines: many hazards with random lifecycles (seeded), several scopes, month ends and days inside
// months, every grouping — equal before and after further writes without a rebuild, and a rebuild from scratch
// gives the same facts and cubes.

// Today as the app sees it (China date): the live path reads every current fact, which are all found by today.
const TODAY = chinaDate(new Date());
type RegionScope = Extract<Scope, { kind: 'region' }>;

/** mulberry32: a small seeded PRNG, so a failure reproduces. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20261123);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const minDay = (a: string, b: string) => (a < b ? a : b);
/** A China-time instant on `day` at `hour` (China time). */
const at = (day: string, hour: number) => new Date(Date.parse(`${day}T00:00:00+08:00`) + hour * 3_600_000);

type Event = { on: string; hour: number; kind: string; from: string | null; to: string; payload: Record<string, unknown> };
type Plan = {
  regionCode: string;
  sector: string;
  level: 'general' | 'major';
  source: string;
  foundAt: string;
  deadline: string;
  status: string;
  closedAt: Date | null;
  dismissedAt: Date | null;
  listing: { listedAt: string } | null;
  events: Event[];
};

/** A random but consistent lifecycle: the hazard row is the state after its last event. */
function randomPlan(regionCode: string): Plan {
  // Never after today: the app refuses a finding date in the future (so the live figures read every current fact).
  const foundAt = minDay(addDays('2023-01-01', Math.floor(random() * (365 * 4 - 30))), TODAY);
  const level = random() < 0.2 ? 'major' : 'general';
  let deadline = addDays(foundAt, 5 + Math.floor(random() * 120));
  const reported = random() < 0.25;
  const events: Event[] = [];
  let status = reported ? 'pending_confirmation' : 'rectifying';
  events.push({ on: foundAt, hour: 9, kind: reported ? 'report' : 'register', from: null, to: status, payload: reported ? {} : { deadline } });
  let day = foundAt;
  let closedAt: Date | null = null;
  let dismissedAt: Date | null = null;
  let listing: Plan['listing'] = null;
  const steps = Math.floor(random() * 7);
  for (let i = 0; i < steps; i += 1) {
    day = addDays(day, Math.floor(random() * 160));
    if (day > TODAY) break;
    const hour = 9 + i;
    const open = ['pending_confirmation', 'rectifying', 'pending_verification'].includes(status);
    if (!open) break;
    const r = random();
    if (status === 'pending_confirmation') {
      if (r < 0.8) {
        deadline = addDays(day, 10 + Math.floor(random() * 90));
        events.push({ on: day, hour, kind: 'confirm', from: status, to: 'rectifying', payload: { deadline } });
        status = 'rectifying';
      } else {
        events.push({ on: day, hour, kind: 'dismiss', from: status, to: 'dismissed', payload: {} });
        status = 'dismissed';
        dismissedAt = at(day, hour);
      }
    } else if (r < 0.15) {
      const approve = random() < 0.7;
      const newDeadline = addDays(deadline, 15 + Math.floor(random() * 60));
      events.push({ on: day, hour, kind: 'decide_extension', from: status, to: status, payload: { approve, ...(approve ? { newDeadline } : {}) } });
      if (approve) deadline = newDeadline;
    } else if (r < 0.3 && level === 'major') {
      const list: boolean = listing === null;
      events.push({ on: day, hour, kind: list ? 'list' : 'delist', from: status, to: status, payload: {} });
      listing = list ? { listedAt: day } : null;
    } else if (r < 0.35) {
      events.push({ on: day, hour, kind: 'escalation', from: status, to: status, payload: {} });
    } else if (r < 0.6 && status === 'rectifying') {
      events.push({ on: day, hour, kind: 'complete', from: status, to: 'pending_verification', payload: {} });
      status = 'pending_verification';
    } else if (r < 0.7 && status === 'pending_verification') {
      events.push({ on: day, hour, kind: 'return', from: status, to: 'rectifying', payload: {} });
      status = 'rectifying';
    } else if (r < 0.9 && status === 'pending_verification') {
      events.push({ on: day, hour, kind: 'verify', from: status, to: 'closed', payload: {} });
      status = 'closed';
      closedAt = at(day, hour);
      listing = null;
    } else if (r < 0.95) {
      events.push({ on: day, hour, kind: 'void', from: status, to: 'dismissed', payload: {} });
      status = 'dismissed';
      dismissedAt = at(day, hour);
    }
  }
  return { regionCode, sector: pick(['hazchem', 'construction', 'mining', 'fire']), level, source: pick(['self_inspection', 'supervision', 'tip', 'enforcement']), foundAt, deadline, status, closedAt, dismissedAt, listing, events };
}

let t: TestApp;
let enterpriseId = '';
let townships: string[] = [];
const ids: { id: string; plan: Plan }[] = [];

async function insertPlan(plan: Plan, ledgerImported = false) {
  await t.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(hazards)
      .values({
        hazardNo: `SPAN-${String(ids.length + 1).padStart(5, '0')}`, enterpriseId, regionCode: plan.regionCode, sector: plan.sector, level: plan.level,
        source: plan.source as 'supervision', title: `统计事实测试隐患 ${ids.length + 1}`, foundAt: plan.foundAt, deadline: plan.deadline,
        status: plan.status as 'rectifying', closedAt: plan.closedAt, dismissedAt: plan.dismissedAt,
        listing: plan.listing ? { level: 'county', orgId: enterpriseId, orgName: '县安委会', docNo: '测试', deadline: plan.deadline, listedAt: plan.listing.listedAt } : null,
      })
      .returning({ id: hazards.id });
    const id = row?.id ?? '';
    ids.push({ id, plan });
    // A 台账 import: one 'imported' event today carrying the ledger's state, and no history before it.
    const events: Event[] = ledgerImported ? [{ on: TODAY, hour: 8, kind: 'imported', from: null, to: plan.status, payload: { deadline: plan.deadline } }] : plan.events;
    for (const e of events) {
      await appendHazardEvent(tx, { hazardId: id, regionCode: plan.regionCode, at: at(e.on, e.hour), actorId: null, actorName: '测试', kind: e.kind, fromStatus: e.from as 'rectifying', toStatus: e.to as 'rectifying', payload: e.payload });
    }
  });
}

const scopes: [string, RegionScope, repo.StatsFilter][] = [];
const asOfDates = ['2023-06-30', '2023-12-31', '2024-03-15', '2024-12-31', '2025-06-30', '2025-11-20', '2026-02-28', '2026-06-01', '2026-10-31', '2026-11-22', TODAY];
const groupings: repo.GroupBy[] = [
  { kind: 'none' }, { kind: 'total_and_source' }, { kind: 'sector' }, { kind: 'source' },
  { kind: 'region', childPrefixLength: 4 }, { kind: 'region', childPrefixLength: 6 }, { kind: 'region', childPrefixLength: 9 }, { kind: 'region', childPrefixLength: 12 },
];


/** Every repository figure for one scope and date, from one source. */
async function allFigures(scope: RegionScope, filter: repo.StatsFilter, asOf: string, source: repo.StatsSource) {
  const db = t.database.db;
  const live = asOf >= TODAY;
  const grouped = [];
  for (const groupBy of groupings) grouped.push(sortRows(await repo.figuresBy(db, scope, filter, asOf, live, groupBy, source)));
  const months = sortRows((await repo.foundByMonth(db, scope, filter, asOf, live, '2023-01', source)).map((r) => ({ ...r, key: r.month })));
  // The dashboard's one-scan aggregate equals the separate queries over the same snapshot.
  const dashboard = await repo.dashboardFigures(db, scope, filter, asOf, live, '2023-01', source);
  const bySource = await repo.figuresBy(db, scope, filter, asOf, live, { kind: 'source' }, source);
  const label = `${source}: ${scope.regionPrefix} ${scope.sectors?.join(',') ?? ''} ${filter.regionPrefix} as of ${asOf}`;
  expect(dashboard.totals, label).toEqual(grouped[0]?.[0]);
  expect(Object.fromEntries(hazardSources.map((s) => [s, dashboard.bySource.get(s) ?? 0])), label).toEqual(Object.fromEntries(hazardSources.map((s) => [s, bySource.find((r) => r.key === s)?.total ?? 0])));
  expect([...dashboard.bySource.keys()].every((s) => (hazardSources as readonly string[]).includes(s))).toBe(true);
  expect(dashboard.byMonth).toEqual(months.map(({ month, count }) => ({ month, count })));
  return {
    grouped,
    dashboard: { ...dashboard, bySource: Object.fromEntries([...dashboard.bySource].sort(([a], [b]) => a.localeCompare(b))) },
    months,
    between: await repo.foundBetween(db, scope, filter, `${Number(asOf.slice(0, 4)) - 1}-01-01`, asOf, asOf, live, source),
    // Year on year's base: up to the same day last year (inside a month for most dates), counted as of D.
    lastYear: await repo.foundBetween(db, scope, filter, `${Number(asOf.slice(0, 4)) - 1}-01-01`, `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`, asOf, live, source),
    endings: [...(await repo.stockEndings(db, scope, filter, source))].sort((a, b) => String(a.ended_on).localeCompare(String(b.ended_on))),
  };
}

async function expectFactsEqualReference() {
  let compared = 0;
  for (const [name, scope, filter] of scopes) {
    // 进展缓慢's earlier month ends: every past date at once, as openFiguresByEnterprise gives each.
    const openAsOf: repo.OpenFiguresAsOf[] = [];
    for (const asOf of asOfDates) {
      const reference = await allFigures(scope, filter, asOf, 'timeline');
      const facts = await allFigures(scope, filter, asOf, 'facts');
      const cubes = await allFigures(scope, filter, asOf, 'cubes');
      const label = `${scope.regionPrefix} ${scope.sectors?.join(',') ?? ''} ${filter.regionPrefix} as of ${asOf}`;
      expect(facts, `facts: ${label}`).toEqual(reference);
      expect(cubes, `cubes: ${label}`).toEqual(reference);
      // Per enterprise (进展缓慢), from the facts: every hazard here is one enterprise's, so its row is the scope's.
      const live = asOf >= TODAY;
      const whole = reference.grouped[0]?.[0] ?? repo.emptyRawFigures(null);
      // 进展缓慢's open figures per group (the open cube alone where the cubes answer) against the reference's.
      for (const [i, groupBy] of groupings.entries()) {
        if (groupBy.kind === 'total_and_source') continue;
        const open = sortRows(await repo.openFiguresBy(t.database.db, scope, filter, asOf, live, groupBy));
        const expectedOpen = (reference.grouped[i] ?? []).filter((r) => r.open > 0).map((r) => ({ key: r.key ?? '', open: r.open, overdue: r.overdue, long_standing: r.long_standing }));
        expect(open, `open figures by ${JSON.stringify(groupBy)}: ${label}`).toEqual(expectedOpen);
      }
      // What rankings compare, from the counts cube's roll-up: the reference's figures but the quantiles and the
      // found-month ones (stock, increment), which it does not hold. Where the cubes do not answer (village
      // groupings, the source breakdown), the facts give all but the quantiles.
      for (const [i, groupBy] of groupings.entries()) {
        const rates = sortRows(await repo.figuresBy(t.database.db, scope, filter, asOf, live, groupBy, 'cubes', 'rates'));
        const expectedRates = (reference.grouped[i] ?? []).map((r) => asRates(r, cubesAnswer(scope, filter, groupBy)));
        expect(rates, `rates by ${JSON.stringify(groupBy)}: ${label}`).toEqual(expectedRates);
      }
      const perEnterprise = await repo.openFiguresByEnterprise(t.database.db, scope, filter, asOf, live);
      const expected = whole.open > 0 ? [{ key: enterpriseId, open: whole.open, overdue: whole.overdue, long_standing: whole.long_standing }] : [];
      expect(perEnterprise, `per enterprise: ${label}`).toEqual(expected);
      if (!live) openAsOf.push(...expected.map((e) => ({ ...e, as_of: asOf })));
      compared += 1;
    }
    const pastDates = asOfDates.filter((d) => d < TODAY);
    const together = await repo.openFiguresByEnterpriseAsOf(t.database.db, scope, filter, pastDates, [enterpriseId]);
    expect(openAsOf.length, name).toBeGreaterThan(0);
    expect([...together].sort((a, b) => a.as_of.localeCompare(b.as_of)), `open per enterprise at every date: ${name}`).toEqual(openAsOf);
  }
  return compared;
}

/**
 * Several scopes read together (a department ranking: one read per cube for all departments) equal each scope's
 * own reference figures, for every date: areas at every level, sector subsets, an empty sector list, a county
 * without hazards, a village-length prefix the cubes do not hold (read by itself) and a scope of nothing.
 */
async function expectScopesReadTogetherEqualEach() {
  const town = townships[0] ?? '';
  const subjects: { key: string; scope: Scope }[] = [
    { key: 'city', scope: { kind: 'region', regionPrefix: '3416', sectors: null } },
    { key: 'city fire', scope: { kind: 'region', regionPrefix: '3416', sectors: ['fire'] } },
    { key: 'guoyang hazchem mining', scope: { kind: 'region', regionPrefix: '341621', sectors: ['hazchem', 'mining'] } },
    { key: 'mengcheng', scope: { kind: 'region', regionPrefix: '341622', sectors: null } },
    { key: 'mengcheng construction', scope: { kind: 'region', regionPrefix: '341622', sectors: ['construction'] } },
    { key: 'lixin, no hazards', scope: { kind: 'region', regionPrefix: '341623', sectors: null } },
    { key: 'no sectors', scope: { kind: 'region', regionPrefix: '341621', sectors: [] } },
    { key: 'township', scope: { kind: 'region', regionPrefix: town.slice(0, 9), sectors: null } },
    { key: 'township fire mining', scope: { kind: 'region', regionPrefix: town.slice(0, 9), sectors: ['fire', 'mining'] } },
    { key: 'village length', scope: { kind: 'region', regionPrefix: town, sectors: null } },
    { key: 'nothing', scope: { kind: 'none' } },
  ];
  let nonEmpty = 0;
  for (const asOf of asOfDates) {
    const live = asOf >= TODAY;
    const together = await repo.figuresByScope(t.database.db, subjects, asOf, live);
    const open = await repo.openFiguresByScope(t.database.db, subjects, asOf, live);
    expect([...together.keys()].sort()).toEqual(subjects.map((s) => s.key).sort());
    expect([...open.keys()].sort()).toEqual(subjects.map((s) => s.key).sort());
    for (const { key, scope } of subjects) {
      const [own] = scope.kind === 'region' ? await repo.figuresBy(t.database.db, scope, { regionPrefix: scope.regionPrefix, sector: null }, asOf, live, { kind: 'none' }, 'timeline') : [];
      const reference = { ...(own ?? repo.emptyRawFigures(null)), key };
      // Subjects the cubes hold come from the counts cube's roll-up ('rates'); the village-length one from the facts.
      const expected = asRates(reference, cubeSubjectOf(key, scope) !== null);
      expect(together.get(key), `${key} as of ${asOf}`).toEqual(expected);
      expect(open.get(key), `${key} as of ${asOf}, open cube only`).toEqual({ key, open: reference.open, overdue: reference.overdue, long_standing: reference.long_standing });
      if (reference.total > 0) nonEmpty += 1;
    }
  }
  return nonEmpty;
}

const spanRows = () => t.rows<Record<string, unknown>>(sql`SELECT hazard_id::text, valid_from::text, valid_to::text, region_code, sector, level, source,
    found_on::text, state, deadline::text, listed, closed_at, ended_on::text FROM hazard_stat_spans ORDER BY hazard_id, valid_from`);

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 20 });
  const [enterprise] = await t.rows<{ id: string }>(sql`SELECT id FROM enterprises LIMIT 1`);
  enterpriseId = enterprise?.id ?? '';
  townships = (await t.rows<{ code: string }>(sql`SELECT code FROM regions WHERE level = 'township' AND (code LIKE '341621%' OR code LIKE '341622%') ORDER BY code`)).map((r) => r.code);
  const sample = [...townships.filter((c) => c.startsWith('341621')).slice(0, 3), ...townships.filter((c) => c.startsWith('341622')).slice(0, 2)];
  for (let i = 0; i < 160; i += 1) await insertPlan(randomPlan(pick(sample)), i % 23 === 0);
  // Ledger imports closed/dismissed in the past but registered only today: history from closedAt/dismissedAt.
  for (let i = 0; i < 6; i += 1) {
    const plan = randomPlan(pick(sample));
    const end = addDays(plan.foundAt, 20);
    await insertPlan({ ...plan, status: i % 2 === 0 ? 'closed' : 'dismissed', closedAt: i % 2 === 0 ? at(end, 10) : null, dismissedAt: i % 2 === 0 ? null : at(end, 10), listing: null }, true);
  }
  const guoyangTown = sample[0] ?? '';
  scopes.push(
    ['province', { kind: 'region', regionPrefix: '34', sectors: null }, { regionPrefix: '34', sector: null }],
    ['city', { kind: 'region', regionPrefix: '3416', sectors: null }, { regionPrefix: '3416', sector: null }],
    ['county', { kind: 'region', regionPrefix: '341621', sectors: null }, { regionPrefix: '341621', sector: null }],
    ['township', { kind: 'region', regionPrefix: guoyangTown.slice(0, 9), sectors: null }, { regionPrefix: guoyangTown.slice(0, 9), sector: null }],
    ['regulator', { kind: 'region', regionPrefix: '341621', sectors: ['hazchem', 'mining'] }, { regionPrefix: '341621', sector: null }],
    ['city drilled to a county, one sector', { kind: 'region', regionPrefix: '3416', sectors: null }, { regionPrefix: '341622', sector: 'construction' }],
    ['city regulator', { kind: 'region', regionPrefix: '3416', sectors: ['fire', 'construction'] }, { regionPrefix: '3416', sector: null }],
  );
  // Every scope here is answered by the cubes; village groupings and the source breakdown by the facts.
  expect(scopes.filter(([, scope, filter]) => cubesAnswer(scope, filter)).map(([name]) => name)).toEqual(scopes.map(([name]) => name));
  expect(cubesAnswer(scopes[2]?.[1] ?? { kind: 'none' }, scopes[2]?.[2] ?? { regionPrefix: '', sector: null }, { kind: 'region', childPrefixLength: 12 })).toBe(false);
}, 300_000);
afterAll(async () => t?.close());

describe('statistics facts', () => {
  it('the seeded lifecycles cover every end state, listing, extensions and ledger imports', async () => {
    const statuses = new Set(ids.map((h) => h.plan.status));
    expect([...statuses].sort()).toEqual(['closed', 'dismissed', 'pending_confirmation', 'pending_verification', 'rectifying']);
    const [counts] = await t.rows<{ spans: number; hazards: number }>(sql`SELECT (SELECT count(*) FROM hazard_stat_spans)::int AS spans, (SELECT count(*) FROM hazards WHERE status <> 'merged')::int AS hazards`);
    expect(counts?.spans ?? 0).toBeGreaterThan((counts?.hazards ?? 0) * 1.5);
  });

  it('facts and cubes equal the reference path for every scope, as-of date and grouping', async () => {
    expect(await expectFactsEqualReference()).toBe(scopes.length * asOfDates.length);
  }, 300_000);

  it('scopes read together (departments) equal each scope read by itself, for every as-of date', async () => {
    expect(await expectScopesReadTogetherEqualEach()).toBeGreaterThan(asOfDates.length * 5);
  }, 300_000);

  it('stay equal after further writes without a rebuild, and a rebuild from scratch gives the same facts and cubes', async () => {
    // Close, extend, list and merge some of the open hazards today, each the way the hazards service does it:
    // the row first, then the event (which refreshes the facts in the same transaction).
    const open = ids.filter((h) => ['rectifying', 'pending_verification'].includes(h.plan.status)).slice(0, 12);
    expect(open.length).toBeGreaterThan(8);
    for (const [i, { id, plan }] of open.entries()) {
      await t.database.db.transaction(async (tx) => {
        const event = (kind: string, from: string, to: string, payload: Record<string, unknown> = {}) =>
          appendHazardEvent(tx, { hazardId: id, regionCode: plan.regionCode, at: at(TODAY, 9 + i / 10), actorId: null, actorName: '测试', kind, fromStatus: from as 'rectifying', toStatus: to as 'rectifying', payload });
        if (i % 4 === 0) {
          await tx.update(hazards).set({ status: 'closed', closedAt: at(TODAY, 9), listing: null }).where(sql`id = ${id}`);
          await event('verify', plan.status, 'closed');
        } else if (i % 4 === 1) {
          const newDeadline = addDays(minDay(plan.deadline, TODAY), 200);
          await tx.update(hazards).set({ deadline: newDeadline }).where(sql`id = ${id}`);
          await event('decide_extension', plan.status, plan.status, { approve: true, newDeadline });
        } else if (i % 4 === 2) {
          const target = open[(i + 1) % open.length]?.id ?? id;
          await tx.update(hazards).set({ status: 'merged', mergedInto: target }).where(sql`id = ${id}`);
          await event('merge', plan.status, 'merged', { intoHazardId: target });
        } else {
          await tx.update(hazards).set({ status: 'dismissed', dismissedAt: at(TODAY, 9) }).where(sql`id = ${id}`);
          await event('void', plan.status, 'dismissed');
        }
      });
    }
    await insertPlan(randomPlan(townships[0] ?? ''));
    expect(await expectFactsEqualReference()).toBe(scopes.length * asOfDates.length);
    expect(await expectScopesReadTogetherEqualEach()).toBeGreaterThan(asOfDates.length * 5);

    const maintained = await spanRows();
    const maintainedCubes = await cubeRows(t.database.db);
    expect(Object.values(maintainedCubes).every((rows) => rows.length > 0)).toBe(true);
    expect(await systemStatSpansMissing(t.database.db)).toBe(false);
    await t.database.db.execute(sql`DELETE FROM hazard_stat_spans`);
    expect(await spanRows()).toEqual([]);
    expect(await systemStatSpansMissing(t.database.db)).toBe(true); // what start-up checks after the migration
    const written = await rebuildStatSpans(t.database.db);
    expect(written).toBe(maintained.length);
    expect(await spanRows()).toEqual(maintained);
    expect(await cubeRows(t.database.db)).toEqual(maintainedCubes);
    expect(await systemStatSpansMissing(t.database.db)).toBe(false);

    // A database migrated from before the cubes: facts present, cubes empty; start-up rebuilds them alone.
    for (const table of Object.keys(maintainedCubes)) await t.database.db.execute(sql.raw(`DELETE FROM ${table}`));
    expect(await systemStatCubesMissing(t.database.db)).toBe(true);
    await rebuildCubes(t.database.db);
    expect(await systemStatCubesMissing(t.database.db)).toBe(false);
    expect(await cubeRows(t.database.db)).toEqual(maintainedCubes);
  }, 600_000);
});
