import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { markPeriodDone } from './principal-checks.periods.ts';
import { runCheckReminders } from './principal-checks.reminders.ts';

let t: TestApp;
const tokens: Record<string, string> = {};
const token = (who: string) => tokens[who] ?? '';
let demo: { id: string; region_code: string; sectors: string[]; name: string };
let townUserId = '';

const USERS = ['guoyang_aqb', 'guoyang_yjj', 'guoyang_zjj', 'mengcheng_aqb', 'bozhou_aqb', 'ent_admin', 'ent_principal', 'sysadmin', 'expert_demo', 'guoyang_town'];

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 120 });
  const [row] = await t.rows<typeof demo>(sql`SELECT e.id::text, e.region_code, e.sectors, e.name FROM enterprises e JOIN users u ON u.enterprise_id = e.id WHERE u.username = 'ent_principal'`);
  if (!row) throw new Error('demo enterprise missing');
  demo = row;
  // Put the demo enterprise in the demo township, so its officer is told of a missed period.
  const [town] = await t.rows<{ region_code: string; id: string }>(sql`SELECT o.region_code, u.id::text FROM orgs o JOIN users u ON u.org_id = o.id WHERE u.username = 'guoyang_town'`);
  townUserId = town?.id ?? '';
  await t.database.unsafeOwnerExec(`UPDATE enterprises SET region_code = '${town?.region_code}', principal_phone = '13900000009', created_at = '2026-06-01T00:00:00Z' WHERE id = '${demo.id}'`);
  demo.region_code = town?.region_code ?? demo.region_code;
});
afterAll(async () => t?.close());

const noticesOf = (template: string) =>
  t.rows<{ recipient_user_id: string | null; channel: string; title: string }>(sql`SELECT recipient_user_id::text, channel, title FROM notifications WHERE template = ${template} AND dedupe_key LIKE ${`check:${demo.id}:%`}`);

describe('principal-check duty and reminders', () => {
  it('writes the running period for every operating enterprise and reminds the principal and the enterprise users once', async () => {
    t.clock.set(new Date('2026-11-02T02:00:00Z'));
    const first = await runCheckReminders({ db: t.database.db, clock: t.clock });
    expect(first.periodsEnsured).toBeGreaterThan(100);
    const start = await noticesOf('check_period_start');
    expect(start.map((n) => n.channel).sort()).toEqual(['in_app', 'in_app', 'sms']);
    const again = await runCheckReminders({ db: t.database.db, clock: t.clock });
    expect(again.periodsEnsured).toBe(0);
    expect(again.inserted).toBe(0);
    const [operating] = await t.rows<{ n: number }>(sql`SELECT count(DISTINCT e.id)::int AS n FROM enterprises e JOIN principal_check_periods p ON p.enterprise_id = e.id WHERE e.status = 'operating'`);
    const [all] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM enterprises WHERE status = 'operating'`);
    expect(operating?.n).toBe(all?.n);
    const [closed] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM principal_check_periods p JOIN enterprises e ON e.id = p.enterprise_id WHERE e.status <> 'operating'`);
    expect(closed?.n).toBe(0);
  });

  it('the ending reminder comes N days before the end; a missed period tells the regulator and the township', async () => {
    // The demo enterprise is hazchem (monthly): November ends on the 30th.
    t.clock.set(new Date('2026-11-24T02:00:00Z'));
    await runCheckReminders({ db: t.database.db, clock: t.clock });
    expect((await noticesOf('check_period_ending')).length).toBe(3);
    t.clock.set(new Date('2026-12-01T02:00:00Z'));
    await runCheckReminders({ db: t.database.db, clock: t.clock });
    const missed = await noticesOf('check_period_missed');
    const [regulator] = await t.rows<{ id: string }>(sql`SELECT id::text FROM users WHERE username = 'guoyang_yjj'`);
    expect(missed.every((n) => n.channel === 'in_app')).toBe(true);
    expect(missed.map((n) => n.recipient_user_id)).toEqual(expect.arrayContaining([regulator?.id, townUserId]));
    const [other] = await t.rows<{ id: string }>(sql`SELECT id::text FROM users WHERE username = 'guoyang_zjj'`);
    expect(missed.map((n) => n.recipient_user_id)).not.toContain(other?.id);
  });

  it('a done period is reminded no more', async () => {
    await t.database.db.transaction((tx) =>
      markPeriodDone(tx, { id: demo.id, regionCode: demo.region_code, sectors: demo.sectors, createdOn: '2026-06-01' }, 'month', '2026-12-02', '2026-12-02', '00000000-0000-4000-8000-000000000001'),
    );
    t.clock.set(new Date('2026-12-25T02:00:00Z'));
    await runCheckReminders({ db: t.database.db, clock: t.clock });
    const ending = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM notifications WHERE dedupe_key LIKE ${`check:${demo.id}:month:2026-12-01:period_ending%`}`);
    expect(ending[0]?.n).toBe(0);
  });
});

describe('compliance endpoints', () => {
  // The clock moved past the sessions' lifetime above: sign in at the new time.
  beforeAll(async () => {
    for (const u of USERS) tokens[u] = await t.login(u);
  });

  it('the county committee sees figures, drill-down, sectors, trend; ranking; enterprises behind them', async () => {
    const res = await t.request(token('guoyang_aqb'), 'GET', '/api/stats/principal-checks?period=2026-12&asOf=2026-12-25');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.window).toMatchObject({ key: '2026-12', label: '2026年12月' });
    expect(body.figures.required).toBe(body.figures.done + body.figures.due + body.figures.missed);
    expect(body.figures.done).toBeGreaterThanOrEqual(1);
    expect(body.byRegion.length).toBeGreaterThan(0);
    expect(body.trend).toHaveLength(12);
    const sumTowns = body.byRegion.reduce((s: number, r: { required: number }) => s + r.required, 0);
    expect(sumTowns).toBe(body.figures.required);
    const ranking = await t.request(token('guoyang_aqb'), 'GET', '/api/stats/principal-checks/ranking?period=2026-12&asOf=2026-12-25');
    expect(ranking.statusCode).toBe(200);
    expect(ranking.json().previousWindow.key).toBe('2026-11');
    const list = await t.request(token('guoyang_aqb'), 'GET', '/api/stats/principal-checks/enterprises?period=2026-11&asOf=2026-12-25&state=missed&pageSize=200');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { enterpriseId: string }) => i.enterpriseId)).toContain(demo.id);
  });

  it('out of scope: another county, enterprises, platform roles and experts get 404', async () => {
    for (const url of ['/api/stats/principal-checks', '/api/stats/principal-checks/ranking', '/api/stats/principal-checks/enterprises']) {
      expect((await t.request(token('mengcheng_aqb'), 'GET', `${url}?regionCode=341621000000`)).statusCode, url).toBe(404);
      for (const who of ['ent_admin', 'sysadmin', 'expert_demo']) expect((await t.request(token(who), 'GET', url)).statusCode, `${who} ${url}`).toBe(404);
    }
    // The city sees the county; the county's figures for the city are its own (no zooming out).
    expect((await t.request(token('bozhou_aqb'), 'GET', '/api/stats/principal-checks?regionCode=341621000000')).statusCode).toBe(200);
    expect((await t.request(token('guoyang_aqb'), 'GET', '/api/stats/principal-checks?regionCode=341600000000')).json().region.code).toBe('341621000000');
    expect((await t.request(token('guoyang_aqb'), 'GET', '/api/stats/principal-checks?period=2026-Q5')).json().field).toBe('period');
  });

  it("an enterprise reads its own periods; staff read those of an enterprise in scope; others 404", async () => {
    const own = await t.request(token('ent_principal'), 'GET', '/api/principal-checks/periods');
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().cadence).toBe('month');
    expect(own.json().periods.find((p: { key: string }) => p.key === '2026-11')?.state).toBe('missed');
    expect(own.json().periods.find((p: { key: string }) => p.key === '2026-12')?.state).toBe('done');
    expect((await t.request(token('guoyang_yjj'), 'GET', `/api/principal-checks/periods?enterpriseId=${demo.id}`)).statusCode).toBe(200);
    for (const who of ['mengcheng_aqb', 'guoyang_zjj', 'sysadmin']) {
      expect((await t.request(token(who), 'GET', `/api/principal-checks/periods?enterpriseId=${demo.id}`)).statusCode, who).toBe(404);
    }
    const [other] = await t.rows<{ id: string }>(sql`SELECT id::text FROM enterprises WHERE id <> ${demo.id} LIMIT 1`);
    expect((await t.request(token('ent_principal'), 'GET', `/api/principal-checks/periods?enterpriseId=${other?.id}`)).statusCode).toBe(404);
  });
});
