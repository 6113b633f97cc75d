import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { enterprises, notifications } from '../../db/schema/index.ts';
import { listHazardEvents, verifyStoredTimeline } from '../hazards/hazard-events.repository.ts';
import { createNotificationChannels, loadNotificationMode, maskName, maskPhone, type NotificationChannels, type NotificationLog } from './notification-channels.ts';
import { startFakeSmsGateway } from './sms-fake-gateway.ts';
import { deliverPendingNotifications, enqueueHazardNotices, pollSmsReceipts, type HazardNoticeInput } from './notifications.service.ts';
import { addDays, chinaDate, runDeadlineReminders } from './reminders.ts';
import { demoEnterpriseId, insertTestHazard, userIdOf, type FixtureHazard } from './test-fixtures.ts';

let t: TestApp;
let enterpriseId: string;
const logLines: string[] = [];
const captureLog: NotificationLog = {
  info: (detail, message) => logLines.push(`${message} ${JSON.stringify(detail)}`),
  error: (detail, message) => logLines.push(`${message} ${JSON.stringify(detail)}`),
};
let channels: NotificationChannels;

const deps = () => ({ db: t.database.db, clock: t.clock, channels, log: captureLog });
const today = () => chinaDate(t.clock.now());
const noticeInput = (h: FixtureHazard, template: HazardNoticeInput['template']): HazardNoticeInput => ({
  hazardId: h.id,
  hazardNo: h.hazardNo,
  regionCode: h.regionCode,
  enterpriseId: h.enterpriseId,
  sector: h.sector,
  level: h.level,
  title: h.title,
  template,
  deadline: h.deadline,
  dedupeKey: `${h.id}:${template}`,
});
const rowsOf = (hazardId: string) => t.database.db.select().from(notifications).where(eq(notifications.hazardId, hazardId));

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 120 });
  channels = createNotificationChannels({ kind: 'log' }, captureLog);
  enterpriseId = await demoEnterpriseId(t.database.db);
  await t.database.db
    .update(enterprises)
    .set({ principalName: '张伟', principalPhone: '13900001234', controllerName: '李娜', controllerPhone: '13900005678' })
    .where(eq(enterprises.id, enterpriseId));
});
afterAll(async () => t?.close());

describe('masking', () => {
  it('masks phone numbers and names', () => {
    expect(maskPhone('13912341234')).toBe('139****1234');
    expect(maskPhone('123')).toBe('****');
    expect(maskName('张伟')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
  });
});

describe('major hazard notices', () => {
  let hazard: FixtureHazard;

  it('queue SMS to the principal and the controller and in-app notices to the enterprise users, once', async () => {
    hazard = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today(), 30) });
    const first = await t.database.db.transaction((tx) => enqueueHazardNotices(tx, noticeInput(hazard, 'major_registered'), t.clock.now()));
    const again = await t.database.db.transaction((tx) => enqueueHazardNotices(tx, noticeInput(hazard, 'major_registered'), t.clock.now()));
    expect(again.inserted).toBe(0);
    const rows = await rowsOf(hazard.id);
    expect(rows).toHaveLength(first.inserted);
    const sms = rows.filter((r) => r.channel === 'sms');
    expect(sms.map((r) => [r.recipientName, r.recipientAddress]).sort()).toEqual([['张伟', '13900001234'], ['李娜', '13900005678']]);
    const inApp = rows.filter((r) => r.channel === 'in_app');
    expect(inApp.map((r) => r.recipientUserId).sort()).toEqual([await userIdOf(t.database.db, 'ent_admin'), await userIdOf(t.database.db, 'ent_principal')].sort());
    expect(rows.every((r) => r.status === 'pending' && r.template === 'major_registered')).toBe(true);
    expect(sms[0]?.body).toContain(hazard.hazardNo);
    expect(sms[0]?.body).toContain(`整改期限 ${hazard.deadline}`);
    expect(rows.some((r) => r.body.includes('举报'))).toBe(false);
  });

  it('send one SMS when the principal is also the controller', async () => {
    await t.database.db.update(enterprises).set({ controllerName: '张伟', controllerPhone: '13900001234' }).where(eq(enterprises.id, enterpriseId));
    try {
      const other = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today(), 30) });
      await t.database.db.transaction((tx) => enqueueHazardNotices(tx, noticeInput(other, 'major_confirmed'), t.clock.now()));
      const sms = (await rowsOf(other.id)).filter((r) => r.channel === 'sms');
      expect(sms).toHaveLength(1);
      expect(sms[0]?.body).toContain('已被认定为重大事故隐患');
    } finally {
      await t.database.db.update(enterprises).set({ controllerName: '李娜', controllerPhone: '13900005678' }).where(eq(enterprises.id, enterpriseId));
    }
  });

  it('are delivered, recorded on the hazard timeline with masked recipients, and the timeline still verifies', async () => {
    const result = await deliverPendingNotifications(deps());
    expect(result.failed).toBe(0);
    expect(result.sent).toBeGreaterThanOrEqual(4);
    const rows = await rowsOf(hazard.id);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1 && r.sentAt !== null)).toBe(true);

    const events = await listHazardEvents(t.database.db, hazard.id);
    const notices = events.filter((e) => e.kind === 'notification');
    expect(notices).toHaveLength(rows.length);
    expect(notices.every((e) => e.fromStatus === 'rectifying' && e.toStatus === 'rectifying')).toBe(true);
    expect(notices.map((e) => e.payload.recipient)).toEqual(expect.arrayContaining(['张*', '李*']));
    expect(notices[0]?.payload).toMatchObject({ template: 'major_registered', status: 'sent' });
    expect(JSON.stringify(notices)).not.toContain('13900001234');
    expect(verifyStoredTimeline(events)).toEqual({ ok: true, brokenAtSeq: null });

    // The demo SMS adapter logs, and never a full number.
    expect(logLines.some((l) => l.includes('139****1234'))).toBe(true);
    expect(logLines.some((l) => l.includes('13900001234') || l.includes('13900005678'))).toBe(false);
    expect((await deliverPendingNotifications(deps())).sent).toBe(0);
  });

  it('a failing channel is retried with back-off and recorded on the timeline only when it finally fails', async () => {
    const failing: NotificationChannels = { ...channels, sms: { kind: 'sms', deliver: async () => Promise.reject(new Error('短信网关不可用')) } };
    const failingDeps = { ...deps(), channels: failing };
    const h = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today(), 30) });
    await t.database.db.transaction((tx) => enqueueHazardNotices(tx, noticeInput(h, 'major_registered'), t.clock.now()));
    const smsRows = async () => (await rowsOf(h.id)).filter((r) => r.channel === 'sms');

    await deliverPendingNotifications(failingDeps);
    expect((await smsRows()).every((r) => r.status === 'failed' && r.attempts === 1 && r.lastError === '短信网关不可用')).toBe(true);
    await deliverPendingNotifications(failingDeps);
    expect((await smsRows()).every((r) => r.attempts === 1)).toBe(true); // not yet due again
    for (let i = 0; i < 6; i++) {
      t.clock.advance(60 * 60 * 1000);
      await deliverPendingNotifications(failingDeps);
    }
    expect((await smsRows()).every((r) => r.status === 'failed' && r.attempts === 5)).toBe(true);
    const events = await listHazardEvents(t.database.db, h.id);
    const failed = events.filter((e) => e.kind === 'notification' && e.payload.status === 'failed');
    expect(failed).toHaveLength(2);
    expect(verifyStoredTimeline(events).ok).toBe(true);
  });
});

describe('deadline reminders', () => {
  let soon: FixtureHazard;
  let passed: FixtureHazard;
  let closed: FixtureHazard;

  beforeAll(async () => {
    soon = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today(), 3), level: 'general' });
    passed = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today(), -1) });
    closed = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today(), 3), status: 'closed' });
  });

  it('remind once of a deadline 3 days away, however often the job runs', async () => {
    const first = await runDeadlineReminders({ db: t.database.db, clock: t.clock });
    const second = await runDeadlineReminders({ db: t.database.db, clock: t.clock });
    expect(first.inserted).toBeGreaterThan(0);
    expect(second.inserted).toBe(0);
    const rows = await rowsOf(soon.id);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.template === 'deadline_soon')).toBe(true);
    expect(rows.filter((r) => r.channel === 'sms').map((r) => r.recipientName)).toEqual(['张伟']);
    expect(rows.find((r) => r.channel === 'sms')?.body).toContain('距到期还有 3 天');
    expect(await rowsOf(closed.id)).toHaveLength(0);
  });

  it('tell the regulator of the hazard’s sector that a deadline has passed, and not other regulators', async () => {
    const rows = await rowsOf(passed.id);
    expect(rows.every((r) => r.template === 'deadline_passed')).toBe(true);
    const recipients = rows.map((r) => r.recipientUserId);
    expect(recipients).toContain(await userIdOf(t.database.db, 'guoyang_yjj'));
    expect(recipients).toContain(await userIdOf(t.database.db, 'bozhou_yjj')); // the city's 应急局 covers the county
    expect(recipients).toContain(await userIdOf(t.database.db, 'ent_admin'));
    expect(recipients).not.toContain(await userIdOf(t.database.db, 'guoyang_zjj'));
    expect(recipients).not.toContain(await userIdOf(t.database.db, 'mengcheng_yjj'));
    expect(recipients).not.toContain(await userIdOf(t.database.db, 'guoyang_aqb'));
    const regulatorRow = rows.find((r) => r.recipientUserId !== null && r.body.includes('请督促'));
    expect(regulatorRow?.body).toContain('已超过整改期限');
  });

  it('the web inbox shows a user’s own in-app notices, newest first, and marks them read', async () => {
    const admin = await t.login('ent_admin');
    const list = await t.request(admin, 'GET', '/api/notifications');
    expect(list.statusCode).toBe(200);
    const body = list.json() as { items: { id: string; title: string; hazardId: string; createdAt: string; readAt: string | null }[]; unread: number };
    expect(body.items.map((i) => i.hazardId)).toEqual(expect.arrayContaining([soon.id, passed.id]));
    expect(body.items.map((i) => i.title)).toEqual(expect.arrayContaining(['隐患整改即将到期', '隐患整改已逾期', '重大事故隐患告知']));
    expect(body.unread).toBe(body.items.length);
    const sorted = [...body.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    expect(body.items.map((i) => i.createdAt)).toEqual(sorted.map((i) => i.createdAt));

    const target = body.items[0];
    if (!target) throw new Error('no notification');
    const regulator = await t.login('guoyang_yjj');
    expect((await t.request(regulator, 'POST', `/api/notifications/${target.id}/read`)).statusCode).toBe(404);
    expect((await t.request(admin, 'POST', '/api/notifications/00000000-0000-4000-8000-000000000000/read')).statusCode).toBe(404);
    expect((await t.request(admin, 'POST', `/api/notifications/${target.id}/read`)).statusCode).toBe(204);
    expect((await t.request(admin, 'POST', `/api/notifications/${target.id}/read`)).statusCode).toBe(204);
    const after = (await t.request(admin, 'GET', '/api/notifications')).json() as typeof body;
    expect(after.unread).toBe(body.unread - 1);
    expect(after.items.find((i) => i.id === target.id)?.readAt).toBe(t.clock.now().toISOString());

    const regulatorInbox = (await t.request(regulator, 'GET', '/api/notifications')).json() as typeof body;
    expect(regulatorInbox.items.map((i) => i.hazardId)).toContain(passed.id);
    const zjj = (await t.request(await t.login('guoyang_zjj'), 'GET', '/api/notifications')).json() as typeof body;
    expect(zjj.items).toHaveLength(0);
    expect((await t.request(null, 'GET', '/api/notifications')).statusCode).toBe(401);
  });

  it('reminder notices are delivered onto the timeline like any other', async () => {
    await deliverPendingNotifications(deps());
    const events = await listHazardEvents(t.database.db, passed.id);
    expect(events.filter((e) => e.kind === 'notification').length).toBe((await rowsOf(passed.id)).length);
    expect(verifyStoredTimeline(events).ok).toBe(true);
    const pending = await t.database.db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.status, 'pending'), like(notifications.template, 'deadline%')));
    expect(pending).toHaveLength(0);
  });
});

describe('the Tencent SMS gateway behind the outbox', () => {
  it('retries a 5xx with back-off, stores the SerialNo and records the delivery receipt on the notification', async () => {
    const gateway = await startFakeSmsGateway();
    try {
      const tencent = createNotificationChannels({ kind: 'tencent', sms: gateway.config }, captureLog);
      const gatewayDeps = { ...deps(), channels: tencent };
      const h = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today(), 30) });
      await t.database.db.transaction((tx) => enqueueHazardNotices(tx, noticeInput(h, 'major_registered'), t.clock.now()));
      const smsRows = async () => (await rowsOf(h.id)).filter((r) => r.channel === 'sms');
      gateway.failNext(2);
      await deliverPendingNotifications(gatewayDeps);
      expect((await smsRows()).map((r) => [r.status, r.attempts])).toEqual([['failed', 1], ['failed', 1]]);
      t.clock.advance(3 * 60 * 1000); // 2^1 minutes after queueing: due again
      await deliverPendingNotifications(gatewayDeps);
      const sent = await smsRows();
      expect(sent.every((r) => r.status === 'sent' && r.attempts === 2 && r.providerMessageId?.startsWith('2433:'))).toBe(true);
      expect(gateway.requests.filter((r) => r.action === 'SendSms').every((r) => r.signatureOk)).toBe(true);

      expect(await pollSmsReceipts(gatewayDeps)).toEqual({ received: 2, matched: 2 });
      const receipts = (await smsRows()).map((r) => r.receiptStatus).sort();
      expect(receipts).toEqual(['delivered', 'failed']);
    } finally {
      await gateway.close();
    }
  });

  it('log mode has no receipts to pull; a bad SMS_PROVIDER stops the start-up with a zh-CN reason', async () => {
    expect(await pollSmsReceipts(deps())).toEqual({ received: 0, matched: 0 });
    expect(() => loadNotificationMode({ SMS_PROVIDER: 'aliyun' })).toThrow('SMS_PROVIDER 无效');
    expect(() => loadNotificationMode({ SMS_PROVIDER: 'tencent', TENCENT_SMS_SECRET_ID: 'x' })).toThrow('TENCENT_SMS_SECRET_KEY');
    expect(loadNotificationMode({})).toEqual({ kind: 'log' });
  });
});
