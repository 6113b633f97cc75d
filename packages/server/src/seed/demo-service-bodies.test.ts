import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { createTipCrypto } from '../modules/tips/tip-crypto.ts';
import { testTipSettings } from '../modules/tips/tips.config.ts';
import { seedDemoServiceBodies } from './demo-service-bodies.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 120 });
}, 120_000);
afterAll(async () => t?.close());

describe('demo service bodies', () => {
  it('registers five bodies with reports, a reviewed sample with one flagged body, a contract and a licence 待办; seeding twice adds nothing', async () => {
    const crypto = createTipCrypto(testTipSettings().identityKey);
    expect(await seedDemoServiceBodies(t.database.db, crypto, { now: t.clock.now() })).toBe(5);
    const city = await t.login('bozhou_aqb');
    const list = (await t.request(city, 'GET', '/api/service-bodies')).json() as { total: number };
    expect(list.total).toBe(5);
    expect((await t.request(city, 'GET', '/api/service-bodies?licence=attention')).json().total).toBe(1);
    const ranking = (await t.request(city, 'GET', '/api/service-bodies/ranking')).json() as { items: { name: string; flagged: boolean; reviewed: number }[] };
    expect(ranking.items.filter((i) => i.flagged).map((i) => i.name)).toEqual(['亳州示例安全评价有限公司']);
    const samples = (await t.request(city, 'GET', '/api/service-bodies/review-samples')).json() as { drawn: boolean; items: { result: string | null }[] };
    expect(samples.drawn).toBe(true);
    expect(samples.items.filter((i) => i.result === null)).toHaveLength(1);
    expect((await t.request(city, 'GET', '/api/service-contracts')).json().total).toBe(1);
    expect(await seedDemoServiceBodies(t.database.db, crypto, { now: t.clock.now() })).toBe(0);
  });
});
