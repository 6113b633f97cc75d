// The hazard list's keyword: any part of a 隐患编号 (000066 finds 341621-2025-000066), within the caller's scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { seedDemoHazards } from '../../seed/demo-hazards.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 40 });
  await seedDemoHazards(t.database.db, { count: 200, now: t.clock.now() });
});
afterAll(async () => t?.close());

type Page = { items: { hazardNo: string }[]; total: number };
const search = async (username: string, q: string) => (await t.request(await t.login(username), 'GET', `/api/hazards?pageSize=100&q=${encodeURIComponent(q)}`)).json() as Page;

describe('keyword search by part of a 隐患编号', () => {
  it('finds a hazard by the last digits of its number, by year and sequence, and only within scope', async () => {
    const [target] = await t.rows<{ hazard_no: string }>(sql`SELECT hazard_no FROM hazards WHERE region_code LIKE '341621%' ORDER BY hazard_no DESC LIMIT 1`);
    const number = target?.hazard_no ?? '';
    const tail = number.slice(-6); // 000066
    for (const fragment of [tail, number.slice(7), number]) {
      const found = await search('guoyang_aqb', fragment);
      expect(found.items.map((i) => i.hazardNo), fragment).toContain(number);
    }
    // Another county's officer finds none of 涡阳县's hazards with the same fragment (at most its own numbers).
    const elsewhere = await search('mengcheng_aqb', tail);
    expect(elsewhere.items.some((i) => i.hazardNo.startsWith('341621'))).toBe(false);
    // The whole county prefix lists the county's hazards, nothing else.
    const county = await search('guoyang_aqb', '341621-');
    const [{ n } = { n: -1 }] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM hazards WHERE hazard_no LIKE '341621-%'`);
    expect(county.total).toBe(n);
  });

  it('takes % and _ literally', async () => {
    expect((await search('guoyang_aqb', '%')).total).toBe(0);
    expect((await search('guoyang_aqb', '_')).total).toBe(0);
  });
});
