import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createRandom, type Scope } from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { hazards } from '../../db/schema/index.ts';
import { chinaDate } from '../../lib/dates.ts';
import { appendHazardEvent } from '../hazards/hazard-events.repository.ts';
import { keepHazardSeq, nextHazardSeq } from '../hazards/hazards.repository.ts';
import { cubesAnswer } from './stats.cubes.ts';
import * as repo from './stats.repository.ts';
import { refreshStatSpans, rebuildStatSpans, UPKEEP_FUNCTION_SETTINGS, upkeepFunctionSql } from './stats.spans.ts';
import { cubeRows, foldCubeDeltas, pendingCubeDeltas, startStatisticsFolder } from './stats.upkeep.ts';
import { asRates, sortRows } from './test-fixtures.ts';

// The statistics upkeep without a shared lock: hazard writes append cube deltas, the folder moves them into the cube
// rows, reads add what is still waiting. Many writers at once (on PostgreSQL truly in parallel on the pool), with the
// folder running between and beside them: no write fails or deadlocks, and cubes = facts = timeline before folding,
// after folding and after a rebuild. Then: a write locks nothing that a write elsewhere waits for, and hazard numbers
// stay unique and never reused without the counter row.

const TODAY = chinaDate(new Date());
type RegionScope = Extract<Scope, { kind: 'region' }>;

let t: TestApp;
let tokens: Record<'guoyang' | 'mengcheng', string>;
const enterprisesOf: Record<'guoyang' | 'mengcheng', string[]> = { guoyang: [], mengcheng: [] };

// Seeded, so a failure reproduces.
const seeded = createRandom(20261204);
const random = () => seeded.next();
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const dayIn = (from: string, to: string) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + Math.floor(random() * ((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

type Created = { id: string; regionCode: string; level: 'general' | 'major'; deadline: string };

/** POST /api/hazards as the county's 应急局: numbering, the hazard row, the first event and the upkeep. */
async function create(county: 'guoyang' | 'mengcheng'): Promise<Created> {
  const level = random() < 0.3 ? 'major' : 'general';
  const foundAt = dayIn('2023-06-01', '2026-11-20');
  const deadline = plusDays(foundAt, 10 + Math.floor(random() * 200));
  const response = await t.request(tokens[county], 'POST', '/api/hazards', {
    enterpriseId: pick(enterprisesOf[county]), level, sector: 'hazchem', criterionIds: level === 'major' ? ['HG2017-5'] : [],
    title: `并发写入测试隐患（${county}）`, description: '统计维护并发测试', location: '罐区', foundAt, deadline,
  });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json() as { id: string };
  const [row] = await t.rows<{ region_code: string }>(sql`SELECT region_code FROM hazards WHERE id = ${body.id}`);
  return { id: body.id, regionCode: row?.region_code ?? '', level, deadline };
}

/** One lifecycle step in its own transaction, the way the hazards service writes: the row, then the event (which runs the upkeep). */
async function step(h: Created, kind: 'verify' | 'extend' | 'list' | 'void', i: number) {
  await t.database.db.transaction(async (tx) => {
    const event = (name: string, to: string, payload: Record<string, unknown> = {}) =>
      appendHazardEvent(tx, { hazardId: h.id, regionCode: h.regionCode, at: new Date(), actorId: null, actorName: '测试', kind: name, fromStatus: 'rectifying', toStatus: to as 'rectifying', payload });
    switch (kind) {
      case 'verify':
        await tx.update(hazards).set({ status: 'closed', closedAt: new Date(), listing: null }).where(sql`id = ${h.id}`);
        return event('verify', 'closed');
      case 'extend': {
        const newDeadline = plusDays(h.deadline, 30 + i);
        await tx.update(hazards).set({ deadline: newDeadline }).where(sql`id = ${h.id}`);
        return event('decide_extension', 'rectifying', { approve: true, newDeadline });
      }
      case 'list':
        await tx.update(hazards).set({ listing: { level: 'county', orgId: h.id, orgName: '县安委会', docNo: `并发${i}`, deadline: h.deadline, listedAt: TODAY } }).where(sql`id = ${h.id}`);
        return event('list', 'rectifying');
      case 'void':
        await tx.update(hazards).set({ status: 'dismissed', dismissedAt: new Date() }).where(sql`id = ${h.id}`);
        return event('void', 'dismissed');
    }
  });
}

/** A merge: two hazards' facts change in one transaction (the duplicate leaves, the canonical one gains an event). */
async function merge(duplicate: Created, into: Created) {
  await t.database.db.transaction(async (tx) => {
    await tx.update(hazards).set({ status: 'merged', mergedInto: into.id }).where(sql`id = ${duplicate.id}`);
    await appendHazardEvent(tx, { hazardId: duplicate.id, regionCode: duplicate.regionCode, at: new Date(), actorId: null, actorName: '测试', kind: 'merge', fromStatus: 'rectifying', toStatus: 'merged', payload: { intoHazardId: into.id } });
    await appendHazardEvent(tx, { hazardId: into.id, regionCode: into.regionCode, at: new Date(), actorId: null, actorName: '测试', kind: 'merged_from', fromStatus: 'rectifying', toStatus: 'rectifying', payload: { hazardId: duplicate.id } });
  });
}

/** One writer: a few creates in its county, then lifecycle steps and a merge on its own hazards. */
async function writer(w: number) {
  const county = w % 2 === 0 ? 'guoyang' : 'mengcheng';
  const mine = [await create(county), await create(county), await create(county), await create(county)];
  const [a, b, c, d] = mine as [Created, Created, Created, Created];
  await step(a, 'list', w);
  await step(b, 'extend', w);
  await merge(d, c);
  await step(a, w % 3 === 0 ? 'void' : 'verify', w);
  await step(c, 'extend', w + 1);
}


const scopes: [RegionScope, repo.StatsFilter][] = [
  [{ kind: 'region', regionPrefix: '34', sectors: null }, { regionPrefix: '34', sector: null }],
  [{ kind: 'region', regionPrefix: '3416', sectors: null }, { regionPrefix: '3416', sector: null }],
  [{ kind: 'region', regionPrefix: '341621', sectors: ['hazchem'] }, { regionPrefix: '341621', sector: null }],
  [{ kind: 'region', regionPrefix: '3416', sectors: null }, { regionPrefix: '341622', sector: 'hazchem' }],
];
const groupings: repo.GroupBy[] = [{ kind: 'none' }, { kind: 'sector' }, { kind: 'region', childPrefixLength: 6 }, { kind: 'region', childPrefixLength: 9 }];
const dates = ['2024-12-31', '2025-08-17', '2026-10-31', TODAY];

/** The groupings below the filter's level. */
const cubeGroupings = (filter: repo.StatsFilter) => groupings.filter((g) => g.kind !== 'region' || g.childPrefixLength > filter.regionPrefix.length);

/** Every cube-answered figure against the facts and the timeline, for the scopes, dates and groupings above. */
async function expectCubesEqualReference(label: string) {
  const db = t.database.db;
  for (const [scope, filter] of scopes) {
    for (const asOf of dates) {
      const live = asOf >= TODAY;
      const figures = async (source: repo.StatsSource) => ({
        grouped: await Promise.all(cubeGroupings(filter).map(async (g) => sortRows(await repo.figuresBy(db, scope, filter, asOf, live, g, source)))),
        months: [...(await repo.foundByMonth(db, scope, filter, asOf, live, '2023-01', source))].sort((x, y) => x.month.localeCompare(y.month)),
        between: await repo.foundBetween(db, scope, filter, '2025-01-01', asOf, asOf, live, source),
        endings: [...(await repo.stockEndings(db, scope, filter, source))].sort((x, y) => String(x.ended_on).localeCompare(String(y.ended_on))),
      });
      const reference = await figures('timeline');
      const where = `${label}: ${scope.regionPrefix} ${filter.regionPrefix} as of ${asOf}`;
      expect(await figures('facts'), `facts, ${where}`).toEqual(reference);
      expect(await figures('cubes'), `cubes, ${where}`).toEqual(reference);
      // What rankings compare, from the counts cube's roll-up (kept by the folder, never by the writers).
      // (Where the cubes do not answer, a grouping by township under a city, the facts give all but the quantiles.)
      const rates = await Promise.all(cubeGroupings(filter).map(async (g) => sortRows(await repo.figuresBy(db, scope, filter, asOf, live, g, 'cubes', 'rates'))));
      const expectedRates = cubeGroupings(filter).map((g, i) => (reference.grouped[i] ?? []).map((r) => asRates(r, cubesAnswer(scope, filter, g))));
      expect(rates, `rates, ${where}`).toEqual(expectedRates);
    }
  }
}

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 160 });
  tokens = { guoyang: await t.login('guoyang_yjj'), mengcheng: await t.login('mengcheng_yjj') };
  for (const [county, code] of [['guoyang', '341621'], ['mengcheng', '341622']] as const) {
    const rows = await t.rows<{ id: string }>(sql`SELECT id FROM enterprises WHERE region_code LIKE ${`${code}%`} ORDER BY uscc LIMIT 12`);
    enterprisesOf[county] = rows.map((r) => r.id);
    await t.database.db.execute(sql`UPDATE enterprises SET sectors = ARRAY['hazchem']::text[] WHERE id = ANY(${`{${enterprisesOf[county].join(',')}}`}::uuid[])`);
  }
  // Some history already folded into the cube rows, so reads add deltas to real rows, not to empty cubes.
  for (let i = 0; i < 6; i += 1) await writer(100 + i);
  expect(await foldCubeDeltas(t.database)).toBeGreaterThan(0);
  expect(await pendingCubeDeltas(t.database.db)).toBe(0);
}, 300_000);
afterAll(async () => t?.close());

describe('statistics upkeep without a shared lock', () => {
  it('the upkeep function in the database is the one stats.spans.ts generates (else: a migration with the printed text)', async () => {
    const [installed] = await t.rows<{ body: string; settings: string[] | null }>(sql`SELECT prosrc AS body, proconfig AS settings FROM pg_proc WHERE proname = 'zhiben_stat_upkeep'`);
    const generated = upkeepFunctionSql();
    const body = /\$upkeep\$([\s\S]*)\$upkeep\$/.exec(generated)?.[1];
    const changed = `the statistics upkeep changed: add a migration (npx drizzle-kit generate --custom --name …) with\n${generated}`;
    expect(installed?.body, changed).toBe(body);
    expect(installed?.settings, changed).toEqual(UPKEEP_FUNCTION_SETTINGS.map(([name, value]) => `${name}=${value}`));
  });

  it('many parallel writers with the folder beside them: every write succeeds; cubes = facts = timeline before and after folding and after a rebuild', async () => {
    let writing = true;
    let folds = 0;
    const folder = (async () => {
      while (writing) {
        await foldCubeDeltas(t.database, 50);
        folds += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const results = await Promise.allSettled(Array.from({ length: 32 }, (_, w) => writer(w)));
    writing = false;
    await folder;
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(folds).toBeGreaterThan(0);
    // More writes after the folder stopped: the reads below meet folded rows and waiting deltas both.
    await Promise.all([writer(200), writer(201)]);
    expect(await pendingCubeDeltas(t.database.db)).toBeGreaterThan(0);

    await expectCubesEqualReference('with deltas waiting');
    const seen = await cubeRows(t.database.db);
    while ((await foldCubeDeltas(t.database, 1000)) > 0);
    expect(await pendingCubeDeltas(t.database.db)).toBe(0);
    expect(await cubeRows(t.database.db)).toEqual(seen);
    await expectCubesEqualReference('all folded');

    await rebuildStatSpans(t.database.db);
    expect(await cubeRows(t.database.db)).toEqual(seen);
    await expectCubesEqualReference('rebuilt');
  }, 600_000);

  it('a write that changes no figure appends no delta, and one that does nets old against new', async () => {
    const h = await create('guoyang');
    while ((await foldCubeDeltas(t.database)) > 0);
    await t.database.db.transaction((tx) => refreshStatSpans(tx, [h.id]));
    expect(await pendingCubeDeltas(t.database.db)).toBe(0);
    await step(h, 'extend', 7);
    // An extension only moves open hazards between deadlines: the open cube alone changes (old deadline −1, new +1,
    // in each of the 4 area levels), and the two sides net to zero.
    const [open] = await t.rows<{ rows: number; net: number; areas: number }>(
      sql`SELECT count(*)::int AS rows, COALESCE(sum(n), 0)::int AS net, count(DISTINCT length(area))::int AS areas FROM stat_cube_open_delta`,
    );
    expect(open?.net).toBe(0);
    expect(open?.areas).toBe(4);
    expect((open?.rows ?? 0) % 4).toBe(0);
    expect(open?.rows).toBeGreaterThanOrEqual(16); // today's month and 'infinity', both sides
    expect(await pendingCubeDeltas(t.database.db)).toBe(open?.rows);
  });

  it('a write rewrites only the spans it changes: the others keep their row versions, and a refresh that changes nothing writes nothing', async () => {
    const h = await create('guoyang'); // found months ago, registered on the app's day: a closed span and the current one
    const spans = async () => new Map((await t.rows<{ valid_from: string; at: string; content: string }>(
      sql`SELECT valid_from::text, ctid::text AS at, (s.*)::text AS content FROM hazard_stat_spans s WHERE hazard_id = ${h.id}`,
    )).map((r) => [r.valid_from, r]));
    const before = await spans();
    expect(before.size).toBe(2);
    await t.database.db.transaction((tx) => refreshStatSpans(tx, [h.id]));
    expect(await spans()).toEqual(before);
    await step(h, 'list', 9); // today: the current span ends, a listed one starts
    const after = await spans();
    const kept = [...after.values()].filter((span) => before.get(span.valid_from)?.content === span.content);
    expect(kept.map((span) => span.valid_from)).toEqual([[...before.keys()].sort()[0]]);
    for (const span of after.values()) {
      const was = before.get(span.valid_from);
      if (was?.content === span.content) expect(span.at, `unchanged span from ${span.valid_from}`).toBe(was.at);
      else expect(span.at, `changed span from ${span.valid_from}`).not.toBe(was?.at);
    }
  });

  it("the server's folder empties the deltas in the background and stops cleanly", async () => {
    await step(await create('mengcheng'), 'list', 9);
    expect(await pendingCubeDeltas(t.database.db)).toBeGreaterThan(0);
    const stop = startStatisticsFolder(t.database, t.app.log, 20);
    try {
      for (let i = 0; i < 200 && (await pendingCubeDeltas(t.database.db)) > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
    } finally {
      await stop();
    }
    expect(await pendingCubeDeltas(t.database.db)).toBe(0);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('on PostgreSQL a write in progress holds nothing another write waits for: same county, same province, the county number', async () => {
    const [x, y] = [await create('guoyang'), await create('guoyang')];
    const db = t.database.db;
    const within = <T>(ms: number, work: Promise<T>) =>
      Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms))]);
    await db.transaction(async (holder) => {
      // An open transaction that has written x's facts and deltas and taken a number, as a create just before COMMIT.
      await refreshStatSpans(holder, [x.id]);
      await nextHazardSeq(holder, '341621', 2026);
      await within(5_000, db.transaction(async (other) => {
        await refreshStatSpans(other, [y.id]);
        await nextHazardSeq(other, '341621', 2026);
      }));
      await within(5_000, step(y, 'extend', 3));
      await within(5_000, foldCubeDeltas(t.database));
    });
  });
});

describe('hazard numbers without the counter row', () => {
  it('parallel creates in one county get distinct numbers; a rolled-back allocation leaves a gap, never a reuse', async () => {
    const created = await Promise.all(Array.from({ length: 24 }, () => create('guoyang')));
    const numbers = await t.rows<{ hazard_no: string }>(sql`SELECT hazard_no FROM hazards WHERE id = ANY(${`{${created.map((c) => c.id).join(',')}}`}::uuid[])`);
    expect(new Set(numbers.map((n) => n.hazard_no)).size).toBe(24);

    const before = await t.database.db.transaction((tx) => nextHazardSeq(tx, '341621', 2031));
    await expect(
      t.database.db.transaction(async (tx) => {
        await nextHazardSeq(tx, '341621', 2031);
        throw new Error('the create fails after taking its number');
      }),
    ).rejects.toThrow('fails');
    const after = await t.database.db.transaction((tx) => nextHazardSeq(tx, '341621', 2031));
    expect(after).toBe(before + 2);
  });

  it('first numbers of a new county and year, taken by many transactions at once, are 1…n', async () => {
    const seqs = await Promise.all(Array.from({ length: 12 }, () => t.database.db.transaction((tx) => nextHazardSeq(tx, '341623', 2032))));
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('a number kept from a ledger is never issued again; the sequence never moves back', async () => {
    const next = (year: number) => t.database.db.transaction((tx) => nextHazardSeq(tx, '341622', year));
    const start = await next(2033);
    await t.database.db.transaction((tx) => keepHazardSeq(tx, '341622', 2033, start + 5));
    expect(await next(2033)).toBe(start + 6);
    await t.database.db.transaction((tx) => keepHazardSeq(tx, '341622', 2033, start + 1));
    expect(await next(2033)).toBe(start + 7);
    await t.database.db.transaction((tx) => keepHazardSeq(tx, '341622', 2033, start + 50_000));
    expect(await next(2033)).toBe(start + 50_001);
    await t.database.db.transaction((tx) => keepHazardSeq(tx, '341622', 2034, 120));
    expect(await next(2034)).toBe(121);
  });
});
