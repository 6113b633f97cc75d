import { PGlite, types, type QueryOptions } from '@electric-sql/pglite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { keepPlan, useOneCallStatements } from './pglite-statements.ts';

/**
 * The app's PGlite runs each statement in one call, the hot ones by name (pglite-statements.ts). PGlite's own query
 * is the oracle: same rows, fields, counts and errors, on the same instance, for both kinds of statement.
 */

// drizzle's options for PGlite: dates and intervals stay text (drizzle-orm/pglite/session.js).
const drizzleLike: QueryOptions = {
  rowMode: 'array',
  parsers: { [types.TIMESTAMP]: (v) => v, [types.TIMESTAMPTZ]: (v) => v, [types.DATE]: (v) => v, [types.INTERVAL]: (v) => v, 1185: (v) => v },
};

let client: PGlite;
const own = (text: string, params?: unknown[], options?: QueryOptions) => PGlite.prototype.query.call(client, text, params, options);

beforeAll(async () => {
  client = await PGlite.create();
  await client.exec(`
    CREATE TABLE sample (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(), n int, big bigint, amount numeric(12, 2), flag boolean, label text,
      doc jsonb, raw json, at timestamptz, day date, tags text[], ids uuid[], counts int[], span interval
    );
    INSERT INTO sample (n, big, amount, flag, label, doc, raw, at, day, tags, ids, counts, span) VALUES
      (1, 9007199254740993, 12.5, true, '危化品“储罐”\\一', '{"a": [1, "二"], "b": null}', '{"x": 1}', '2026-12-07 08:00:00+08',
       '2026-12-07', '{"a,b", NULL, "{x}"}', '{00000000-0000-0000-0000-000000000001}', '{1,NULL,3}', '3 days'),
      (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
    CREATE TABLE unique_label (label text PRIMARY KEY);
  `);
  useOneCallStatements(client, 3);
});
afterAll(async () => client.close());

describe('PGlite statements in one call', () => {
  it.each([
    ['every column as objects', 'SELECT * FROM sample ORDER BY n NULLS LAST', [], undefined],
    ['every column as arrays, dates as text', 'SELECT * FROM sample ORDER BY n NULLS LAST', [], drizzleLike],
    ['typed parameters', 'SELECT $1::int + 1 AS n, $2::boolean AS flag, $3::jsonb AS doc, $4::text[] AS tags, $5::timestamptz AS at, $6::text AS label', [41, false, { k: ['v', 2] }, ['x', 'y,z'], new Date('2026-01-02T03:04:05Z'), 'a\'b'], undefined],
    ['null and undefined parameters', 'SELECT $1::text IS NULL AS a, $2::int IS NULL AS b', [null, undefined], undefined],
    ['a duplicated column name (the last wins)', 'SELECT 1 AS x, 2 AS x', [], undefined],
    ['no rows', 'SELECT n FROM sample WHERE false', [], undefined],
  ] as const)('%s: the same result as PGlite’s own query, parsed each time or kept by name', async (_, text, params, options) => {
    const expected = await own(text, [...params], options);
    for (let run = 0; run < 3; run += 1) expect(await client.query(text, [...params], options)).toEqual(expected);
    keepPlan(`${text} `);
    for (let run = 0; run < 7; run += 1) expect(await client.query(`${text} `, [...params], options)).toEqual(expected);
  });

  it('counts the rows a write touched, as PGlite does', async () => {
    const inserted = await client.query('INSERT INTO sample (n) SELECT g FROM generate_series(100, 104) g');
    expect(inserted).toMatchObject({ affectedRows: 5, rows: [] });
    expect((await client.query('UPDATE sample SET n = n + 1 WHERE n >= $1 RETURNING n', [100])).affectedRows).toBe(5);
    expect((await client.query('DELETE FROM sample WHERE n >= $1', [100])).affectedRows).toBe(5);
    expect((await own('SELECT count(*)::int AS c FROM sample')).rows).toEqual([{ c: 2 }]);
  });

  it('round-trips any text and JSON value as PGlite does', async () => {
    const printable = fc.string({ unit: 'binary', maxLength: 30 }).map((s) => s.replaceAll(String.fromCharCode(0), ''));
    await fc.assert(
      fc.asyncProperty(printable, fc.jsonValue({ maxDepth: 2 }), fc.integer(), fc.boolean(), async (label, doc, n, kept) => {
        const text = `SELECT $1::text AS label, $2::jsonb AS doc, $3::int AS n, $4::text[] AS tags${kept ? ' ' : ''}`;
        if (kept) keepPlan(text);
        const params = [label, JSON.stringify(doc), n, [label, 'x']];
        expect(await client.query(text, params)).toEqual(await own(text, params));
      }),
      { numRuns: 60 },
    );
  });

  it.each([false, true])('sends a statement it ran before as one call (kept by name: %s)', async (kept) => {
    const text = `SELECT $1::int AS first_run, ${kept} AS kept`;
    if (kept) keepPlan(text);
    const calls = vi.spyOn(client, 'execProtocolRawStream');
    try {
      expect((await client.query(text, [1])).rows).toEqual([{ first_run: 1, kept }]);
      expect(calls).toHaveBeenCalledTimes(2);
      calls.mockClear();
      expect((await client.query(text, [2])).rows).toEqual([{ first_run: 2, kept }]);
      expect(calls).toHaveBeenCalledTimes(1);
    } finally {
      calls.mockRestore();
    }
    const named = await own('SELECT count(*)::int AS c FROM pg_prepared_statements WHERE statement = $1', [text]);
    expect((named.rows[0] as { c: number }).c).toBe(kept ? 1 : 0);
  });

  it('keeps at most the cache size of statements in the backend', async () => {
    for (let i = 0; i < 8; i += 1) keepPlan(`SELECT ${i} AS n, $1::int AS round`);
    for (let round = 0; round < 3; round += 1) for (let i = 0; i < 8; i += 1) await client.query(`SELECT ${i} AS n, $1::int AS round`, [round]);
    const kept = await own("SELECT count(*)::int AS c FROM pg_prepared_statements WHERE name LIKE 'zs%'");
    // The closes of the last evictions go out with the next statement, so one more may still be there.
    expect((kept.rows[0] as { c: number }).c).toBeLessThanOrEqual(4);
    expect((await client.query('SELECT 7 AS n, $1::int AS round', [9])).rows).toEqual([{ n: 7, round: 9 }]);
  });

  it('answers a database error as PGlite does, and the statement stays usable', async () => {
    keepPlan('INSERT INTO unique_label VALUES ($1)');
    await client.query('INSERT INTO unique_label VALUES ($1)', ['甲']);
    const error = await client.query('INSERT INTO unique_label VALUES ($1)', ['甲']).catch((e: unknown) => e);
    const ownError = await own('INSERT INTO unique_label VALUES ($1)', ['甲']).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23505', constraint: (ownError as { constraint: string }).constraint, query: 'INSERT INTO unique_label VALUES ($1)' });
    expect((await client.query('INSERT INTO unique_label VALUES ($1)', ['乙'])).affectedRows).toBe(1);
    await expect(client.query('SELEC 1')).rejects.toMatchObject({ code: '42601', query: 'SELEC 1' });
  });

  it('runs a transaction’s statements in the order called, and rolls them back together', async () => {
    const seen = await client.transaction(async (tx) => {
      const [, read] = await Promise.all([tx.query('INSERT INTO unique_label VALUES ($1)', ['丙']), tx.query<{ label: string }>('SELECT label FROM unique_label WHERE label = $1', ['丙'])]);
      return read.rows;
    });
    expect(seen).toEqual([{ label: '丙' }]);
    const failed = client.transaction(async (tx) => {
      await tx.query('INSERT INTO unique_label VALUES ($1)', ['丁']);
      await tx.query('INSERT INTO unique_label VALUES ($1)', ['甲']);
    });
    await expect(failed).rejects.toMatchObject({ code: '23505' });
    expect((await client.query('SELECT label FROM unique_label WHERE label = $1', ['丁'])).rows).toEqual([]);
  });

  it('runs a statement from outside a transaction only once no transaction is open', async () => {
    await client.exec('CREATE TABLE IF NOT EXISTS isolation_probe (n int)');
    let release = () => {};
    let inserted = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const begun = new Promise<void>((resolve) => (inserted = resolve));
    const open = client.transaction(async (tx) => {
      await tx.query('INSERT INTO isolation_probe VALUES (1)');
      inserted();
      await held;
      await tx.query('INSERT INTO isolation_probe VALUES (2)');
    });
    await begun;
    let answered = false;
    const outside = client.query<{ n: number }>('SELECT count(*)::int AS n FROM isolation_probe').then((result) => {
      answered = true;
      return result;
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(answered).toBe(false);
    } finally {
      release();
      await open;
    }
    expect((await outside).rows).toEqual([{ n: 2 }]);
  });

  it.each([0, 1, 2, 3, 5, 8, 13])('never runs a statement between the steps of PGlite’s own query (%i turns apart)', async (turns) => {
    // PGlite's own query (taken for declared parameter types) parses, describes and binds in separate calls.
    const theirs = client.query<{ a: number }>('SELECT $1::int + 1 AS a', [1], { paramTypes: [types.INT4] });
    for (let i = 0; i < turns; i += 1) await Promise.resolve();
    const ours = client.query<{ b: string }>('SELECT $1::text || $2::text AS b', ['甲', '乙']);
    expect((await theirs).rows).toEqual([{ a: 2 }]);
    expect((await ours).rows).toEqual([{ b: '甲乙' }]);
  });

  it('answers with a table’s new shape after it changed, kept by name or not', async () => {
    const text = 'SELECT * FROM unique_label ORDER BY label LIMIT 1';
    const kept = 'SELECT * FROM unique_label ORDER BY label DESC LIMIT 1';
    keepPlan(kept);
    for (const t of [text, kept]) expect((await client.query(t)).fields.map((f) => f.name)).toEqual(['label']);
    await client.exec('ALTER TABLE unique_label ADD COLUMN note text');
    for (const t of [text, kept]) expect((await client.query(t)).fields.map((f) => f.name)).toEqual(['label', 'note']);
  });
});
