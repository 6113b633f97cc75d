/**
 * jsonRows + fromDriverRow must read a row exactly as drizzle reads it through the driver: every table of the
 * schema that the demo data fills (timestamps, dates, jsonb, arrays, booleans, integers, bigints, uuids, nulls),
 * on PGlite and on PostgreSQL. A record view reads its parts this way (hazards.repository findHazardViewParts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getTableColumns, getTableName, is, sql, type Column } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema/index.ts';
import { rowsOf } from './client.ts';
import { fromDriverRow, jsonRows } from './json-rows.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { seedDemoHazards } from '../seed/demo-hazards.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 60 });
  await seedDemoHazards(t.database.db, { count: 120, now: t.clock.now() });
  // A major hazard through the API: its notices, idempotency key and statistics deltas.
  const token = await t.login('guoyang_yjj');
  const [enterprise] = await t.rows<{ id: string }>(sql`UPDATE enterprises SET sectors = ARRAY['hazchem']::text[] WHERE id = (SELECT id FROM enterprises WHERE region_code LIKE '341621%' ORDER BY uscc LIMIT 1) RETURNING id`);
  const today = t.clock.now().toISOString().slice(0, 10);
  const created = await t.app.inject({
    method: 'POST', url: '/api/hazards', headers: { authorization: `Bearer ${token}`, 'idempotency-key': 'json-rows-test' },
    payload: { enterpriseId: enterprise?.id, level: 'major', sector: 'hazchem', criterionIds: ['HG2017-5'], title: '液氯储罐区未设置紧急切断装置', description: '（示例）', location: '一号罐区', foundAt: today, deadline: today },
  });
  expect(created.statusCode, created.body).toBe(201);
}, 120_000);
afterAll(async () => t?.close());

const tables = Object.values(schema as Record<string, unknown>).filter((value): value is PgTable => is(value, PgTable));

it('reads every demo-filled table exactly as drizzle does', async () => {
  const compared: string[] = [];
  for (const table of tables) {
    const columns = getTableColumns(table) as Record<string, Column>;
    // The same rows both ways: the first 40 by ctid (physical order, no key needed).
    const direct = (await t.database.db.select().from(table).orderBy(sql`ctid`).limit(40)) as Record<string, unknown>[];
    if (direct.length === 0) continue;
    const [viaJson] = rowsOf<{ rows: Record<string, unknown>[] }>(
      await t.database.db.execute(sql`SELECT ${jsonRows(columns, sql`ORDER BY row_ctid`)} AS rows FROM (SELECT *, ctid AS row_ctid FROM ${table} ORDER BY ctid LIMIT 40) AS ${sql.identifier(getTableName(table))}`),
    );
    expect((viaJson?.rows ?? []).map((raw) => fromDriverRow(columns, raw)), getTableName(table)).toEqual(direct);
    compared.push(getTableName(table));
  }
  // The tables a record view reads this way are among them.
  expect(compared).toEqual(expect.arrayContaining(['hazards', 'hazard_events', 'notifications', 'criteria', 'orgs', 'users', 'idempotency_keys', 'hazard_stat_spans']));
}, 60_000);
