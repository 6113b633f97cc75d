import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { ensureDemoPlanOrgs, type DemoPlanOrgs } from '../../seed/demo-plan-orgs.ts';

let t: TestApp;
let org: DemoPlanOrgs;
const tokens: Record<string, string> = {};
const users = ['bozhou_aqb', 'bozhou_yjj', 'guoyang_aqb', 'guoyang_town', 'ent_admin', 'sysadmin', 'auditor'];

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 10 });
  org = await ensureDemoPlanOrgs(t.database.db, t.clock.now());
  for (const u of users) tokens[u] = await t.login(u);
});
afterAll(async () => t?.close());

type Orgs = { items: { id: string; name: string; kind: string; regionCode: string }[] };
const filing = async (who: string) => {
  const response = await t.request(tokens[who] ?? null, 'GET', '/api/plan-orgs/filing');
  return { status: response.statusCode, body: response.statusCode === 200 ? (response.json() as Orgs) : null };
};

describe('GET /api/plan-orgs/filing: whom a plan may be filed with', () => {
  it('a county 安委办 files with the city 安委办, never with itself or a sibling county', async () => {
    const { status, body } = await filing('guoyang_aqb');
    expect(status).toBe(200);
    const ids = body?.items.map((o) => o.id) ?? [];
    expect(ids).toContain(org.city.aqb);
    expect(ids).not.toContain(org.counties.guoyang);
    expect(ids).not.toContain(org.counties.mengcheng);
    expect(body?.items.every((o) => o.kind === 'committee')).toBe(true);
  });

  it('a city department files its sector plan with its own level 安委办; the city 安委办 is not offered itself', async () => {
    expect((await filing('bozhou_yjj')).body?.items.map((o) => o.id)).toContain(org.city.aqb);
    const city = (await filing('bozhou_aqb')).body?.items.map((o) => o.id) ?? [];
    expect(city).not.toContain(org.city.aqb);
    expect(city).not.toContain(org.counties.guoyang);
  });

  it('every offered org passes the filing rule of a plan: a plan filed with it is accepted', async () => {
    const [upper] = (await filing('guoyang_aqb')).body?.items ?? [];
    expect(upper).toBeDefined();
    const response = await t.request(tokens.guoyang_aqb ?? null, 'POST', '/api/plans', {
      kind: 'sub_plan',
      name: '涡阳县测试子方案',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      filingOrgId: upper?.id,
      filingDue: '2026-02-28',
    });
    expect(response.statusCode, response.body).toBe(201);
  });

  it('without the capability: 404; without a session: 401', async () => {
    for (const who of ['ent_admin', 'sysadmin', 'auditor']) expect((await filing(who)).status, who).toBe(404);
    expect((await t.request(null, 'GET', '/api/plan-orgs/filing')).statusCode).toBe(401);
  });
});
