import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterprises, notifications } from '../../db/schema/index.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { addDays, chinaDate } from './reminders.ts';
import { demoEnterpriseId, insertTestHazard, userIdOf } from './test-fixtures.ts';

let t: TestApp;
let enterpriseId: string;
const today = () => chinaDate(t.clock.now());
const noticesOf = (hazardId: string, template: string) =>
  t.database.db.select().from(notifications).where(and(eq(notifications.hazardId, hazardId), eq(notifications.template, template)));

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 120 });
  enterpriseId = await demoEnterpriseId(t.database.db);
  await t.database.db.update(enterprises).set({ principalName: '张伟', principalPhone: '13900001234' }).where(eq(enterprises.id, enterpriseId));
});
afterAll(async () => t?.close());

describe('hand-over notices (workflow subscribers)', () => {
  it('退回整改 tells the enterprise users in-app and the principal by SMS, once, with the reason', async () => {
    const h = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today(), 10), status: 'pending_verification', level: 'general' });
    const officer = await t.login('guoyang_yjj');
    const response = await t.request(officer, 'POST', `/api/hazards/${h.id}/actions/return`, { version: 1, reason: '报警仪未校验，整改不到位' });
    expect(response.statusCode, response.body).toBe(200);
    const rows = await noticesOf(h.id, 'returned');
    const entAdmin = await userIdOf(t.database.db, 'ent_admin');
    expect(rows.find((r) => r.channel === 'in_app' && r.recipientUserId === entAdmin)?.body).toContain('报警仪未校验');
    expect(rows.filter((r) => r.channel === 'sms').map((r) => r.recipientAddress)).toEqual(['13900001234']);
    expect(rows.every((r) => r.title === '隐患退回整改' && !r.body.includes('举报'))).toBe(true);
    // The regulator who returned it is not told of its own act.
    const returner = await userIdOf(t.database.db, 'guoyang_yjj');
    expect(rows.some((r) => r.recipientUserId === returner)).toBe(false);
  });

  it('申请延期 tells the sector regulator in-app (not another county, not another sector); the decision goes back to the enterprise', async () => {
    const h = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today(), 10), level: 'general' });
    const enterprise = await t.login('ent_admin');
    const request = await t.request(enterprise, 'POST', `/api/hazards/${h.id}/actions/request_extension`, {
      version: 1,
      reason: '关键设备到货延迟',
      interimControls: '停用储罐并设置警戒',
      newDeadline: addDays(today(), 40),
    });
    expect(request.statusCode, request.body).toBe(200);
    const asked = await noticesOf(h.id, 'await_extension_decision');
    const recipients = asked.map((r) => r.recipientUserId);
    expect(recipients).toContain(await userIdOf(t.database.db, 'guoyang_yjj'));
    expect(recipients).not.toContain(await userIdOf(t.database.db, 'mengcheng_yjj'));
    expect(recipients).not.toContain(await userIdOf(t.database.db, 'guoyang_zjj'));
    expect(asked.every((r) => r.channel === 'in_app' && r.title === '延期待审批')).toBe(true);

    const officer = await t.login('guoyang_yjj');
    const decided = await t.request(officer, 'POST', `/api/hazards/${h.id}/actions/decide_extension`, { version: 2, approve: true, note: '同意延期' });
    expect(decided.statusCode, decided.body).toBe(200);
    const back = await noticesOf(h.id, 'extension_decided');
    expect(back.map((r) => r.recipientUserId)).toContain(await userIdOf(t.database.db, 'ent_admin'));
    expect(back[0]?.body).toContain(addDays(today(), 40));
  });

  it('a refused action tells no one', async () => {
    const h = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today(), 10), status: 'pending_verification', level: 'general' });
    const officer = await t.login('guoyang_yjj');
    expect((await t.request(officer, 'POST', `/api/hazards/${h.id}/actions/return`, { version: 7, reason: '版本过期' })).statusCode).toBe(409);
    expect(await noticesOf(h.id, 'returned')).toEqual([]);
  });
});
