import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { seedDemoInspections } from './demo-inspections.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 200 });
}, 120_000);
afterAll(async () => t?.close());

describe('demo inspections', () => {
  it('records principal-led checks with missed months, staff inspections raising hazards and a 查不出 pair, all with verified timelines', async () => {
    const seeded = await seedDemoInspections(t.database.db, t.app.services.config.filesDir, { now: t.clock.now() });
    expect(seeded.principalChecks).toBeGreaterThan(20);
    expect(seeded.inspections).toBeGreaterThanOrEqual(2);

    const principal = await t.login('ent_principal');
    const periods = (await t.request(principal, 'GET', '/api/principal-checks/periods')).json() as { periods: { key: string; state: string }[] };
    // The page lists the recent periods: 2025-05 was skipped, the months around it are done.
    expect(periods.periods.filter((p) => p.state === 'missed').map((p) => p.key)).toContain('2025-05');
    expect(periods.periods.filter((p) => p.state === 'done').length).toBeGreaterThan(5);

    const officer = await t.login('guoyang_yjj');
    const list = (await t.request(officer, 'GET', '/api/inspections?pageSize=100&status=closed')).json() as { items: { id: string; findings: number; ledByPrincipal: boolean }[]; total: number };
    expect(list.items.some((i) => i.findings > 0 && !i.ledByPrincipal)).toBe(true);
    for (const i of list.items.slice(0, 5)) {
      const view = (await t.request(officer, 'GET', `/api/inspections/${i.id}`)).json() as { timelineVerified: boolean; hashIntact: boolean | null };
      expect(view.timelineVerified).toBe(true);
      if (i.ledByPrincipal) expect(view.hashIntact).toBe(true);
    }
    const detections = (await t.request(officer, 'GET', '/api/missed-detections?from=2024-01-01')).json() as { items: unknown[] };
    expect(detections.items.length).toBeGreaterThanOrEqual(1);

    const raised = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM inspection_items WHERE hazard_id IS NOT NULL`);
    expect(raised[0]?.n).toBeGreaterThanOrEqual(3);
  }, 300_000);
});
