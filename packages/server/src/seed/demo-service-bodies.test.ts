import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
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
  it('registers five bodies with reports, a reviewed sample with one flagged body, a contract, a licence 待办, the insurer’s policies and visits, a failed check and the 检查员/监督员 registers; seeding twice adds nothing', async () => {
    const crypto = createTipCrypto(testTipSettings().identityKey);
    const filesDir = mkdtempSync(join(tmpdir(), 'zhiben-demo-bodies-'));
    expect(await seedDemoServiceBodies(t.database.db, crypto, { now: t.clock.now(), filesDir })).toBe(5);
    const city = await t.login('bozhou_aqb');
    const list = (await t.request(city, 'GET', '/api/service-bodies')).json() as { total: number };
    expect(list.total).toBe(5);
    expect((await t.request(city, 'GET', '/api/service-bodies?licence=attention')).json().total).toBe(1);
    const ranking = (await t.request(city, 'GET', '/api/service-bodies/ranking')).json() as { items: { name: string; flagged: boolean; reviewed: number }[] };
    expect(ranking.items.filter((i) => i.flagged).map((i) => i.name)).toEqual(['亳州示例安全评价有限公司']);
    expect(ranking.items.find((i) => i.name === '亳州示例检测检验有限公司')).toMatchObject({ failedChecks: 1 });
    const insurer = (await t.request(city, 'GET', '/api/service-bodies/insurer-figures')).json() as { items: { name: string; insured: number; visited: number; hazards: number }[] };
    expect(insurer.items).toHaveLength(1);
    const [hazchem] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM enterprises WHERE region_code LIKE '341621%' AND status = 'operating' AND 'hazchem' = ANY(sectors)`);
    expect(insurer.items[0]).toMatchObject({ name: '亳州示例财产保险有限公司', insured: 6, visited: Math.min(2, hazchem?.n ?? 0) });
    const people = (await t.request(city, 'GET', '/api/supervision-people?pageSize=50')).json() as { items: { kind: string; termStateLabel: string; idNumberMasked: string }[] };
    expect(people.items.filter((p) => p.kind === 'technical_inspector')).toHaveLength(4);
    expect(people.items.filter((p) => p.kind === 'social_supervisor')).toHaveLength(4);
    expect(people.items.filter((p) => p.termStateLabel === '已届满')).toHaveLength(1);
    const samples = (await t.request(city, 'GET', '/api/service-bodies/review-samples')).json() as { drawn: boolean; items: { result: string | null }[] };
    expect(samples.drawn).toBe(true);
    expect(samples.items.filter((i) => i.result === null)).toHaveLength(1);
    expect((await t.request(city, 'GET', '/api/service-contracts')).json().total).toBe(1);
    expect(await seedDemoServiceBodies(t.database.db, crypto, { now: t.clock.now(), filesDir })).toBe(0);
  });
});
