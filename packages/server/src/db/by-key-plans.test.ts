// A statement that finds one record by its key must be planned on the key's index alone. PGlite never gathers
// statistics, so there every estimate of a one-row condition is one row and the planner broke the tie with another
// index: the compare-and-set went through hazards_status_deadline_idx and the scoped read by id through
// hazards_region_idx, each filtering every hazard of that status or county by id. The test plans each statement
// with the primary key taken away (inside a block that then fails, so nothing changes): no other index may serve it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, fillPlaceholders, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { enterprises, hazards } from './schema/index.ts';
import { compareAndSetSql } from './compare-and-set.ts';
import { scopeParams, scopeWhereByParams } from '../lib/scope-sql.ts';
import { seedDemoHazards } from '../seed/demo-hazards.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let target: { id: string; status: string; version: number };
let enterpriseId = '';
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 40 });
  await seedDemoHazards(t.database.db, { count: 200, now: t.clock.now() });
  const [row] = await t.rows<typeof target>(sql`SELECT id, status, version FROM hazards WHERE status = 'rectifying' ORDER BY id LIMIT 1`);
  if (!row) throw new Error('no rectifying hazard');
  target = row;
  enterpriseId = (await t.rows<{ id: string }>(sql`SELECT id FROM enterprises ORDER BY id LIMIT 1`))[0]?.id ?? '';
});
afterAll(async () => t?.close());

const dialect = new PgDialect();
const literal = (value: unknown) => (value === null ? 'NULL' : `'${String(value).replace(/'/g, "''")}'`);

/** The plan of `statement` (placeholders filled with `values`) while `table` has no primary key. */
async function planWithoutPrimaryKey(table: 'hazards' | 'enterprises', statement: SQL, values: Record<string, unknown>): Promise<string> {
  const { sql: text, params } = dialect.sqlToQuery(statement);
  const filled = fillPlaceholders(params, values);
  const inlined = text.replace(/\$(\d+)/g, (_, n: string) => literal(filled[Number(n) - 1]));
  const failure = await t.database
    .unsafeOwnerExec(`DO $plan$ DECLARE line text; plan text := ''; BEGIN
      ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey CASCADE;
      FOR line IN EXECUTE ${literal(`EXPLAIN ${inlined}`)} LOOP plan := plan || line || E'\\n'; END LOOP;
      RAISE EXCEPTION 'plan:%', plan;
    END $plan$`)
    .then(() => new Error('the block did not fail'), (error: unknown) => error as Error);
  expect(failure.message).toMatch(/^plan:/);
  return failure.message;
}

describe('reads and writes of one record by its key', () => {
  it('compare-and-set: no index but the primary key can find the record', async () => {
    const plan = await planWithoutPrimaryKey('hazards', compareAndSetSql(hazards, ['listing', 'version']), {
      values: JSON.stringify({ listing: null, version: target.version + 1 }),
      id: target.id,
      status: target.status,
      version: target.version,
    });
    expect(plan).toMatch(/Seq Scan on hazards/);
    expect(plan).not.toMatch(/Index/);
  });

  it.each(['34', '3416', '341621'])('a scoped read by id (region %s): no index but the primary key can find the record', async (prefix) => {
    const read = t.database.db
      .select({ id: hazards.id })
      .from(hazards)
      .where(and(eq(hazards.id, sql.placeholder('id')), scopeWhereByParams({ regionCode: hazards.regionCode, sector: hazards.sector, enterpriseId: hazards.enterpriseId, id: hazards.id })));
    const plan = await planWithoutPrimaryKey('hazards', read.getSQL(), { id: target.id, ...scopeParams({ kind: 'region', regionPrefix: prefix, sectors: null }) });
    expect(plan).toMatch(/Seq Scan on hazards/);
    expect(plan).not.toMatch(/Index/);
  });

  it.each([null, ['hazchem']])('a scoped read of an enterprise by id (sectors %s): no index but the primary key can find it', async (sectors) => {
    const read = t.database.db
      .select({ id: enterprises.id })
      .from(enterprises)
      .where(and(eq(enterprises.id, sql.placeholder('id')), scopeWhereByParams({ regionCode: enterprises.regionCode, sectors: enterprises.sectors, enterpriseId: enterprises.id, id: enterprises.id })));
    const plan = await planWithoutPrimaryKey('enterprises', read.getSQL(), { id: enterpriseId, ...scopeParams({ kind: 'region', regionPrefix: '3416', sectors }) });
    expect(plan).toMatch(/Seq Scan on enterprises/);
    expect(plan).not.toMatch(/Index/);
  });
});
