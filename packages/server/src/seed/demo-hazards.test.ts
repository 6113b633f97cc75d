import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { listHazardEvents, verifyStoredTimeline } from '../modules/hazards/hazard-events.repository.ts';
import { seedDemoHazards } from './demo-hazards.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 200 });
});
afterAll(async () => t?.close());

describe('demo hazards', () => {
  it('go through consistent lifecycles with verified timelines whose last status matches the record', async () => {
    expect(await seedDemoHazards(t.database.db, { count: 60, now: t.clock.now() })).toBe(60);
    const rows = await t.rows<{ id: string; status: string; level: string; n: number }>(
      sql`SELECT h.id, h.status, h.level, (SELECT count(*)::int FROM hazard_events e WHERE e.hazard_id = h.id) AS n FROM hazards h`,
    );
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      const events = await listHazardEvents(t.database.db, row.id);
      expect(verifyStoredTimeline(events).ok).toBe(true);
      expect(events.at(-1)?.toStatus).toBe(row.status);
      for (let i = 1; i < events.length; i++) {
        expect(events[i]?.fromStatus).toBe(events[i - 1]?.toStatus);
        expect(events[i]!.at.getTime()).toBeGreaterThanOrEqual(events[i - 1]!.at.getTime());
      }
    }
    const token = await t.login('guoyang_aqb');
    const list = (await t.request(token, 'GET', '/api/hazards?pageSize=200')).json();
    expect(list.items.every((h: { regionCode: string }) => h.regionCode.startsWith('341621'))).toBe(true);
  });
});
