import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let ent: string;
let enterpriseId: string;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 120 });
  ent = await t.login('ent_admin');
  enterpriseId = (await t.request(ent, 'GET', '/api/me')).json().enterprise.id;
  await t.database.db.execute(sql`UPDATE enterprises SET sectors = ARRAY['hazchem']::text[] WHERE id = ${enterpriseId}`);
});
afterAll(async () => t?.close());

const CONTENT = '【演示】二号车间可燃气体报警器被关闭，班长要求继续生产';

describe('从业人员内部报告', () => {
  let token = '';
  it('the enterprise gets a link; an employee reports through it without an account', async () => {
    const link = await t.request(ent, 'GET', '/api/enterprises/own/worker-report-link');
    expect(link.statusCode, link.body).toBe(200);
    token = link.json().token;
    expect(link.json().path).toBe(`/report/${token}`);
    expect((await t.request(ent, 'GET', '/api/enterprises/own/worker-report-link')).json().token).toBe(token);
    const info = await t.app.inject({ method: 'GET', url: `/api/public/worker-reports/${token}` });
    expect(info.json().enterpriseName).toBeTruthy();
    const filed = await t.app.inject({ method: 'POST', url: `/api/public/worker-reports/${token}`, payload: { content: CONTENT, location: '二号车间', anonymous: true } });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json().reportNo).toMatch(/^NB\d{14}$/);
    const bad = await t.app.inject({ method: 'POST', url: `/api/public/worker-reports/${'x'.repeat(32)}`, payload: { content: CONTENT, anonymous: true } });
    expect(bad.statusCode).toBe(404);
    expect(bad.json().message).toContain('报告链接无效');
    // A link cut short or mistyped (not a token's shape) reads the same, without naming the path's parameter.
    for (const url of ['/api/public/worker-reports/abc', `/api/public/worker-reports/${'x'.repeat(20)}!`]) {
      const cut = await t.app.inject({ method: 'GET', url });
      expect(cut.statusCode, url).toBe(404);
      expect(cut.json().message).toContain('报告链接无效');
    }
  });

  it('a logged-in employee reports by name; the enterprise handles reports and records its internal reward', async () => {
    const named = await t.request(ent, 'POST', '/api/worker-reports', { content: '【演示】叉车刹车失灵仍在使用', anonymous: false });
    expect(named.statusCode).toBe(400);
    expect(named.json().message).toContain('报告人姓名');
    const filed = await t.request(ent, 'POST', '/api/worker-reports', { content: '【演示】叉车刹车失灵仍在使用', anonymous: false, reporterName: '演示员工甲' });
    expect(filed.statusCode, filed.body).toBe(201);
    const list = (await t.request(ent, 'GET', '/api/worker-reports')).json() as { total: number; items: { id: string; version: number; viaLink: boolean; content: string; actions: string[] }[] };
    expect(list.total).toBe(2);
    const viaLink = list.items.find((i) => i.viaLink);
    expect(viaLink?.actions).toEqual(['handle']);
    const wrongReward = await t.request(ent, 'POST', `/api/worker-reports/${viaLink?.id ?? ''}/handle`, { version: 1, outcome: 'no_issue', note: '已核实', rewardYuan: 200 });
    expect(wrongReward.statusCode).toBe(400);
    const handled = await t.request(ent, 'POST', `/api/worker-reports/${viaLink?.id ?? ''}/handle`, { version: 1, outcome: 'hazard_found', note: '已恢复报警器并停产整顿', rewardYuan: 500 });
    expect(handled.statusCode, handled.body).toBe(200);
    expect(handled.json()).toMatchObject({ status: 'handled', rewardYuan: 500, actions: [] });
    const again = await t.request(ent, 'POST', `/api/worker-reports/${viaLink?.id ?? ''}/handle`, { version: 1, outcome: 'hazard_found', note: '重复' });
    expect(again.statusCode).toBe(409);
  });

  it('regulators in scope see aggregates only; others see nothing; staff cannot read the reports', async () => {
    const yjj = await t.login('guoyang_yjj');
    const stats = await t.request(yjj, 'GET', '/api/worker-reports/stats');
    expect(stats.statusCode, stats.body).toBe(200);
    const mine = (stats.json() as { items: { enterpriseId: string }[] }).items.find((i) => i.enterpriseId === enterpriseId);
    expect(mine).toMatchObject({ received: 2, handled: 1, hazardFound: 1, rewardYuan: 500 });
    expect(stats.body).not.toContain('二号车间');
    expect(stats.body).not.toContain('演示员工甲');
    const other = await t.login('mengcheng_yjj');
    expect((await t.request(other, 'GET', '/api/worker-reports/stats')).json().items.find((i: { enterpriseId: string }) => i.enterpriseId === enterpriseId)).toBeUndefined();
    expect((await t.request(yjj, 'GET', '/api/worker-reports')).statusCode).toBe(404);
    expect((await t.request(yjj, 'POST', '/api/worker-reports', { content: CONTENT, anonymous: true })).statusCode).toBe(404);
    expect((await t.request(ent, 'GET', '/api/worker-reports/stats')).statusCode).toBe(404);
    expect((await t.request(yjj, 'GET', '/api/enterprises/own/worker-report-link')).statusCode).toBe(404);
  });

  it('a new link retires the old one', async () => {
    const old = (await t.request(ent, 'GET', '/api/enterprises/own/worker-report-link')).json().token as string;
    const fresh = (await t.request(ent, 'POST', '/api/enterprises/own/worker-report-link')).json().token as string;
    expect(fresh).not.toBe(old);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/worker-reports/${old}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/worker-reports/${fresh}` })).statusCode).toBe(200);
  });
});
