import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { testTipSettings } from '../modules/tips/tips.config.ts';
import { drawSeedSealer } from '../modules/random-draws/random-draws.service.ts';
import { seedDemoDraws } from './demo-draws.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 200 });
}, 120_000);
afterAll(async () => t?.close());

describe('demo draws', () => {
  it('records last month’s draw through to its inspections and this month’s commitment; both replay publicly; seeding twice adds nothing', async () => {
    const sealer = drawSeedSealer(testTipSettings().identityKey);
    expect(await seedDemoDraws(t.database.db, sealer, { now: t.clock.now() })).toBe(2);
    const officer = await t.login('guoyang_yjj');
    const list = (await t.request(officer, 'GET', '/api/random-draws')).json() as { items: { id: string; status: string }[] };
    expect(list.items.map((d) => d.status).sort()).toEqual(['approved', 'committed']);
    const approved = list.items.find((d) => d.status === 'approved');
    const view = (await t.request(officer, 'GET', `/api/random-draws/${approved?.id}`)).json() as { timelineVerified: boolean; result: { inspectionId: string | null; team: unknown[] }[] };
    expect(view.timelineVerified).toBe(true);
    expect(view.result.length).toBeGreaterThan(0);
    expect(view.result.every((p) => p.inspectionId !== null && p.team.length === 2)).toBe(true);
    const pub = (await t.request(null, 'GET', `/api/public/random-draws/${approved?.id}`)).json() as { replay: unknown };
    expect(pub.replay).toEqual({ inputsHashMatches: true, seedHashMatches: true, resultMatches: true });
    expect(await seedDemoDraws(t.database.db, sealer, { now: t.clock.now() })).toBe(0);
  });
});
