import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DEMO_RECEIPT_CODE, seedDemoTips } from '../../seed/demo-tips.ts';
import { createTipCrypto } from './tip-crypto.ts';
import { testTipSettings } from './tips.config.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 200 });
});
afterAll(async () => t?.close());

describe('demo tips', () => {
  it('fill the 亳州 inbox in every state once, and the demo receipt code and identities work', async () => {
    const settings = testTipSettings();
    const crypto = createTipCrypto(settings.identityKey);
    expect(await seedDemoTips(t.database.db, crypto, settings, { now: t.clock.now() })).toBe(9);
    expect(await seedDemoTips(t.database.db, crypto, settings, { now: t.clock.now() })).toBe(0);
    const jb = await t.login('bozhou_jb');
    const list = (await t.request(jb, 'GET', '/api/tips?pageSize=50')).json() as { total: number; items: { id: string; status: string; slaState: string; anonymous: boolean }[] };
    expect(list.total).toBe(9);
    expect(new Set(list.items.map((i) => i.status))).toEqual(new Set(['received', 'accepted', 'investigating', 'verified', 'closed', 'unfounded', 'declined']));
    expect(list.items.map((i) => i.slaState)).toContain('overdue');
    const lookup = await t.app.inject({ method: 'POST', url: '/api/public/tips/lookup', payload: { receiptCode: DEMO_RECEIPT_CODE } });
    expect(lookup.json()).toMatchObject({ status: 'received' });
    const named = list.items.find((i) => !i.anonymous);
    const revealed = await t.request(jb, 'POST', `/api/tips/${named?.id ?? ''}/reveal`, { purpose: '演示查看举报人身份' });
    expect(revealed.statusCode, revealed.body).toBe(200);
    expect(revealed.json().name).toMatch(/^演示举报人/);
    const detail = (await t.request(jb, 'GET', `/api/tips/${list.items.find((i) => i.status === 'verified')?.id ?? ''}`)).json();
    expect(detail.reward).toMatchObject({ status: 'proposed', amountYuan: 7_500 });
  });
});
