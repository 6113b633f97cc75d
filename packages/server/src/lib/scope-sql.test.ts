// scopeWhereByParams (the scope as parameters, for reads prepared once) is the same rule as scopeWhere (the scope
// as values): for any scope, both select the same hazards and the same enterprises.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import type { Scope } from '@zhiben/core';
import { enterprises, hazards } from '../db/schema/index.ts';
import { seedDemoHazards } from '../seed/demo-hazards.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { scopeParams, scopeWhere, scopeWhereByParams, type ScopeColumns } from './scope-sql.ts';

let t: TestApp;
let hazardIds: string[] = [];
let enterpriseIds: string[] = [];
let sectors: string[] = [];
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 40 });
  await seedDemoHazards(t.database.db, { count: 200, now: t.clock.now() });
  hazardIds = (await t.rows<{ id: string }>(sql`SELECT id FROM hazards ORDER BY id`)).map((r) => r.id);
  enterpriseIds = (await t.rows<{ id: string }>(sql`SELECT id FROM enterprises ORDER BY id`)).map((r) => r.id);
  sectors = (await t.rows<{ code: string }>(sql`SELECT DISTINCT sector AS code FROM hazards ORDER BY 1`)).map((r) => r.code);
});
afterAll(async () => t?.close());

const hazardColumns: ScopeColumns = { regionCode: hazards.regionCode, sector: hazards.sector, enterpriseId: hazards.enterpriseId, id: hazards.id };
const enterpriseColumns: ScopeColumns = { regionCode: enterprises.regionCode, sectors: enterprises.sectors, enterpriseId: enterprises.id, id: enterprises.id };
/** Without an id mapping an `assigned` scope selects nothing, in both forms. */
const hazardColumnsWithoutId: ScopeColumns = { regionCode: hazards.regionCode, sector: hazards.sector, enterpriseId: hazards.enterpriseId };

const scopes = (): fc.Arbitrary<Scope> =>
  fc.oneof(
    fc.constant<Scope>({ kind: 'none' }),
    fc.record({
      kind: fc.constant('region' as const),
      regionPrefix: fc.constantFrom('34', '3416', '341621', '341602', '341623', '3416211', '99'),
      sectors: fc.option(fc.subarray(sectors), { nil: null }),
    }),
    fc.record({ kind: fc.constant('enterprise' as const), enterpriseId: fc.oneof(fc.constantFrom(...enterpriseIds), fc.uuid()) }),
    fc.record({ kind: fc.constant('assigned' as const), ids: fc.subarray([...hazardIds.slice(0, 20), ...enterpriseIds.slice(0, 20)]) }),
  );

describe('scopeWhereByParams', () => {
  it('selects what scopeWhere selects, for any scope, on hazards and on enterprises', async () => {
    const db = t.database.db;
    const cases = [
      { name: 'hazards', columns: hazardColumns, table: hazards, byValues: (s: Scope) => db.select({ id: hazards.id }).from(hazards).where(scopeWhere(s, hazardColumns)) },
      { name: 'enterprises', columns: enterpriseColumns, table: enterprises, byValues: (s: Scope) => db.select({ id: enterprises.id }).from(enterprises).where(scopeWhere(s, enterpriseColumns)) },
      { name: 'hazards without id', columns: hazardColumnsWithoutId, table: hazards, byValues: (s: Scope) => db.select({ id: hazards.id }).from(hazards).where(scopeWhere(s, hazardColumnsWithoutId)) },
    ];
    const prepared = [
      db.select({ id: hazards.id }).from(hazards).where(scopeWhereByParams(hazardColumns)).prepare('scope_test_hazards'),
      db.select({ id: enterprises.id }).from(enterprises).where(scopeWhereByParams(enterpriseColumns)).prepare('scope_test_enterprises'),
      db.select({ id: hazards.id }).from(hazards).where(scopeWhereByParams(hazardColumnsWithoutId)).prepare('scope_test_hazards_without_id'),
    ];
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(scopes(), async (scope) => {
        for (const [i, c] of cases.entries()) {
          const expected = (await c.byValues(scope)).map((r) => r.id).sort();
          const actual = (await prepared[i]!.execute(scopeParams(scope))).map((r) => r.id).sort();
          expect(actual, `${c.name} ${JSON.stringify(scope)}`).toEqual(expected);
          if (expected.length > 0) nonEmpty += 1;
        }
      }),
      { numRuns: 120 },
    );
    // The property ran on scopes that select something, not only on empty ones.
    expect(nonEmpty).toBeGreaterThan(50);
  });
});
