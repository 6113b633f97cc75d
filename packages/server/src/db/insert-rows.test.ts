import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { insertRows, insertRowsReturning } from './insert-rows.ts';
import { arrayParam, prepareOnce, runPrepared } from './prepared.ts';
import { hazardEvents, hazards } from './schema/index.ts';

// The one-parameter insert must write and return exactly what drizzle's own insert does, for every column type
// the hazards and their events use: text with any character, text[] (array-literal specials), jsonb, dates,
// timestamps, booleans, nulls and database defaults. Drizzle's insert is the oracle.

let t: TestApp;
let enterprise: { id: string; regionCode: string };
let numbers = 0;

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 3 });
  const [row] = await t.rows<{ id: string; region_code: string }>(sql`SELECT id, region_code FROM enterprises ORDER BY uscc LIMIT 1`);
  if (!row) throw new Error('no enterprise');
  enterprise = { id: row.id, regionCode: row.region_code };
}, 120_000);
afterAll(async () => t?.close());

// PostgreSQL text holds any character but NUL (drizzle's insert fails on it too).
const text = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replaceAll(String.fromCharCode(0), ''));
const arrayItem = fc.oneof(text, fc.constantFrom('', 'NULL', 'a,b', '{x}', '"q"', 'back\\slash', ' padded ', '危化-1.2'));
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });
// drizzle's own insert cannot take objects without a prototype (its is() reads the constructor): plain objects only.
const plan = fc.option(fc.record({ responsible: text, measures: text, fundsWanYuan: fc.option(fc.double({ min: 0, max: 1_000_000, noNaN: true }), { nil: null }), deadline: day, contingency: text }, { noNullPrototype: true }), { nil: null });

const hazardValues = fc.record({
  title: text,
  description: text,
  location: text,
  criterionIds: fc.array(arrayItem, { maxLength: 5 }),
  foundAt: day,
  deadline: day,
  level: fc.constantFrom('general' as const, 'major' as const),
  plan,
  fixedOnSite: fc.boolean(),
  closedAt: fc.option(instant, { nil: null }),
  createdAt: instant,
  updatedAt: instant,
}, { noNullPrototype: true });
type Generated = typeof hazardValues extends fc.Arbitrary<infer V> ? V : never;

/** Which optional columns a batch sets (every row of a batch the same, or the insert is drizzle's own). */
const shape = fc.record({ location: fc.boolean(), fixedOnSite: fc.boolean() }, { noNullPrototype: true });

function hazardRow(values: Generated, sets: { location: boolean; fixedOnSite: boolean } = { location: true, fixedOnSite: true }) {
  numbers += 1;
  const { location, fixedOnSite, ...rest } = values;
  return {
    ...rest,
    ...(sets.location ? { location } : {}),
    ...(sets.fixedOnSite ? { fixedOnSite } : {}),
    id: randomUUID(),
    hazardNo: `TEST-INSERT-ROWS-${numbers}`,
    enterpriseId: enterprise.id,
    regionCode: enterprise.regionCode,
    sector: 'hazchem',
    source: 'supervision' as const,
    status: 'rectifying' as const,
  };
}

/** The rows of `ids` as stored, in the order of `ids`. */
async function readBack(ids: readonly string[]) {
  const rows = await t.database.db.select().from(hazards).where(inArray(hazards.id, [...ids]));
  return ids.map((id) => rows.find((r) => r.id === id));
}

/** The stored rows as PostgreSQL renders them (to_jsonb: its own types, jsonb kept apart from text), in the order of `ids`. */
async function storedAsJson(ids: readonly string[]) {
  const rows = await t.rows<{ id: string; row: string }>(sql`SELECT id, (to_jsonb(h) - 'id' - 'hazard_no')::text AS row FROM hazards h WHERE id = ANY(${`{${ids.join(',')}}`}::uuid[])`);
  return ids.map((id) => rows.find((r) => r.id === id)?.row);
}

/** A written row without what differs by construction (its own id and number). */
const comparable = (row: typeof hazards.$inferSelect | undefined) => {
  if (!row) return row;
  const { id: _id, hazardNo: _no, ...rest } = row;
  return rest;
};

describe('insertRowsReturning / insertRows (one JSON parameter)', () => {
  it('returns and stores what drizzle’s insert returns and stores, for generated hazards', async () => {
    await fc.assert(
      fc.asyncProperty(shape, fc.array(hazardValues, { minLength: 1, maxLength: 3 }), async (sets, batch) => {
        const fast = batch.map((values) => hazardRow(values, sets));
        const oracle = batch.map((values) => hazardRow(values, sets));
        const returned = await insertRowsReturning(t.database.db, hazards, fast);
        const expected = await t.database.db.insert(hazards).values(oracle).returning();
        expect(returned.map(comparable)).toEqual(expected.map(comparable));
        const stored = await readBack(fast.map((r) => r.id));
        const storedOracle = await readBack(oracle.map((r) => r.id));
        expect(stored.map(comparable)).toEqual(storedOracle.map(comparable));
        expect(stored.map(comparable)).toEqual(returned.map(comparable));
        // And as the database holds them (a jsonb string where an object belongs would read back the same through drizzle).
        expect(await storedAsJson(fast.map((r) => r.id))).toEqual(await storedAsJson(oracle.map((r) => r.id)));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('rows that set different columns take drizzle’s insert, with the same result (defaults where a row sets nothing)', async () => {
    const sample = fc.sample(hazardValues, { numRuns: 2, seed: 7 });
    const [first, second] = sample.map((values) => hazardRow(values));
    if (!first || !second) throw new Error('no sample');
    const mixed = [{ ...first, location: '某处', fixedOnSite: true }, { ...second, location: undefined, fixedOnSite: undefined }];
    const returned = await insertRowsReturning(t.database.db, hazards, mixed);
    expect(returned.map((r) => [r.location, r.fixedOnSite, r.version])).toEqual([['某处', true, 1], ['', false, 1]]);
  });

  it('insertRows sends its statement when called, on either path: a read called right behind it sees its rows', async () => {
    const [first, second] = fc.sample(hazardValues, { numRuns: 2, seed: 11 }).map((values) => hazardRow(values));
    if (!first || !second) throw new Error('no sample');
    const counted = prepareOnce('insert_rows_test_count', () => sql`SELECT count(*)::int AS n FROM ${hazards} WHERE ${hazards.id} = ANY(${sql.placeholder('ids')}::uuid[])`);
    const cases = [
      { path: 'one JSON parameter', rows: [first] },
      { path: 'drizzle’s insert (rows that set different columns)', rows: [{ ...second, location: '某处' }, { ...hazardRow(fc.sample(hazardValues, { numRuns: 1, seed: 12 })[0] as Generated), location: undefined }] },
    ];
    for (const { path, rows } of cases) {
      const seen = await t.database.db.transaction(async (tx) => {
        // Both go out together (pipeline mode on PostgreSQL, PGlite's queue): the read must run after the insert.
        const [, read] = await Promise.all([insertRows(tx, hazards, rows), runPrepared<{ n: number }>(tx, counted(), { ids: arrayParam(rows.map((r) => r.id)) })]);
        return read[0]?.n;
      });
      expect(seen, path).toBe(rows.length);
    }
  });

  it('insertRows writes events the timeline reads back, hashes and payloads intact', async () => {
    const [hazard] = await insertRowsReturning(t.database.db, hazards, [hazardRow(fc.sample(hazardValues, { numRuns: 1, seed: 3 })[0] as Generated)]);
    if (!hazard) throw new Error('no hazard');
    const payload = { ledger: { remark: '含"引号"与\\反斜杠', note: null }, criterionIds: ['a,b', '{x}'], fundsWanYuan: 1.5 };
    const at = new Date('2026-11-23T08:00:00.123Z');
    await insertRows(t.database.db, hazardEvents, [
      { hazardId: hazard.id, regionCode: hazard.regionCode, seq: 1, at, actorId: null, actorName: '测试', kind: 'imported', fromStatus: null, toStatus: 'rectifying', payload, prevHash: '0'.repeat(64), hash: 'f'.repeat(64) },
    ]);
    const [event] = await t.database.db.select().from(hazardEvents).where(eq(hazardEvents.hazardId, hazard.id));
    expect(event).toMatchObject({ seq: 1, at, actorId: null, actorName: '测试', kind: 'imported', fromStatus: null, toStatus: 'rectifying', payload, prevHash: '0'.repeat(64), hash: 'f'.repeat(64) });
  });
});
