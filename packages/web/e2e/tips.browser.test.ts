/**
 * End-to-end test of the public 举报 portal: real server (fresh seeded PGlite) + Debian's chromium via playwright-core.
 * A member of the public files a real-name tip with a photo on a phone-sized screen, keeps the receipt code shown
 * once, looks the tip up with it (待受理), and the city's tip officer finds it in the inbox.
 * Run with `npm run test:browser`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { idCardCheckChar } from '@zhiben/core/src/idcard.ts';
import { expectFitsPhone, launchChromium, pickOption, png } from './browser.ts';
import { startTestServer } from '../../server/src/testing/test-server.ts';

const PASSWORD = 'Zhiben@2026';
const SCREENSHOT_FORM = '/tmp/zhiben-tip-form.png';
const SCREENSHOT_RECEIPT = '/tmp/zhiben-tip-receipt.png';
const SCREENSHOT_INBOX = '/tmp/zhiben-tips-inbox.png';
/** iPhone SE / mini class width: the public pages must work here. */
const MOBILE = { width: 375, height: 740 };

let server: { url: string; close(): Promise<void> };
let browser: Browser;
/** The demo enterprise of ent_admin (涡阳县, inside 亳州市 where bozhou_jb receives tips). */
let enterprise: { id: string; name: string };
/** The tip filed in the first test, once the officer has opened it. */
let tipId = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  const context = await browser.newContext();
  try {
    const res = await context.request.post(`${server.url}/api/auth/login`, { data: { username: 'ent_admin', password: PASSWORD } });
    if (!res.ok()) throw new Error(`login ent_admin: ${res.status()}`);
    const me = (await (await context.request.get(`${server.url}/api/me`)).json()) as { enterprise: { id: string; name: string } };
    enterprise = me.enterprise;
  } finally {
    await context.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(viewport: { width: number; height: number }, isMobile = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport, isMobile, hasTouch: isMobile });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** A fictional but well-formed 公民身份号码 (涡阳县, born 1990-01-01). */
function idNumber(): string {
  const first17 = '34162119900101123';
  return `${first17}${idCardCheckChar(first17) ?? '0'}`;
}

const CONTENT = '仓库内违规存放大量液化气钢瓶，无通风和可燃气体报警装置，夜间有人住宿。（浏览器测试）';

describe('public 举报 portal', () => {
  let tipNo = '';

  test('a reporter files a real-name tip with a photo on a phone and looks it up with the receipt code', async () => {
    const { context, page } = await newPage(MOBILE, true);
    try {
      // Reachable from the login page without a session.
      await page.goto(`${server.url}/login`);
      await page.getByTestId('login-tip-link').click();
      await page.waitForURL(/\/tip$/);
      await page.getByTestId('tip-submit').waitFor();
      await expectFitsPhone(page, '举报表单', MOBILE.width);

      // Target: the public enterprise search suggests the register entry; picking it fills the region.
      await page.getByTestId('tip-target').locator('input').fill(enterprise.name.slice(0, 6));
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: enterprise.name }).first().click();
      await expect.poll(() => page.locator('.ant-form-item', { hasText: '所在地区' }).first().innerText()).toContain('涡阳县');

      await page.getByLabel('详细地址').fill('某某镇示例路 8 号院内东侧仓库');
      await page.getByLabel('纬度').fill('33.5123');
      await page.getByLabel('经度').fill('116.2101');
      await page.locator('.ant-radio-wrapper', { hasText: '重大事故隐患' }).click();
      await page.getByRole('textbox', { name: /举报内容/ }).fill(CONTENT);
      await page.getByTestId('tip-files').locator('input[type=file]').setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: png(40, 30) });
      await page.getByTestId('tip-files').getByText('scene.png').waitFor();

      // Real name (the default): identity is validated in the browser with core's ID validator.
      await page.getByLabel('姓名').fill('演示举报人');
      await page.getByLabel('联系电话').fill('13800000000');
      await page.getByLabel('身份证号（领取奖励需要）').fill('341621199001011230');
      await page.getByLabel('姓名').click();
      await expect.poll(() => page.locator('.ant-form-item', { hasText: '身份证号' }).first().innerText()).toMatch(/校验位错误|身份证号/);
      await page.getByLabel('身份证号（领取奖励需要）').fill(idNumber());
      await page.getByLabel('银行账号（领取奖励需要）').fill('6228480012345678901');
      await page.getByLabel('开户银行').fill('演示银行亳州分行');

      // Consent is required.
      await page.getByTestId('tip-submit').click();
      await page.getByText('请阅读并同意举报须知').waitFor();
      await page.getByTestId('tip-consent').click();
      await page.screenshot({ path: SCREENSHOT_FORM, fullPage: true });
      await page.getByTestId('tip-submit').click();

      // The receipt: code shown once, prominently, never in the URL.
      const codeEl = page.getByTestId('receipt-code');
      await codeEl.waitFor();
      const code = (await codeEl.innerText()).trim();
      expect(code.replace(/[-\s]/g, '').length).toBeGreaterThanOrEqual(16);
      expect(page.url()).not.toContain(code);
      await expect(page.getByText('查询码只显示这一次').isVisible()).resolves.toBe(true);
      const subtitle = await page.locator('.ant-result-subtitle').innerText();
      tipNo = /举报编号\s*(\S+)/.exec(subtitle)?.[1] ?? '';
      expect(tipNo).not.toBe('');
      await expectFitsPhone(page, '举报回执', MOBILE.width);
      await page.screenshot({ path: SCREENSHOT_RECEIPT, fullPage: true });

      // Lookup: the code goes in a POST body; the status is 待受理.
      await page.getByTestId('receipt-saved').click();
      await page.getByRole('button', { name: '去查询办理进度' }).click();
      await page.waitForURL(/\/tip\/query$/);
      const lookupRequest = page.waitForRequest((r) => r.url().includes('/api/public/tips/lookup'));
      await page.getByTestId('lookup-code').fill(code);
      await page.getByTestId('lookup-submit').click();
      const sent = await lookupRequest;
      expect(sent.method()).toBe('POST');
      expect(sent.url()).not.toContain(code.slice(0, 8));
      await page.getByText(`举报编号 ${tipNo}`).waitFor();
      await expect(page.getByTestId('tip-status').first().innerText()).resolves.toBe('待受理');
      expect(page.url()).not.toContain(code);
      await expectFitsPhone(page, '办理进度查询', MOBILE.width);

      // A wrong code gets the server's message.
      await page.getByRole('button', { name: '退出' }).click();
      await page.getByTestId('lookup-code').fill('ABCD-EFGH-JKMN-PQRS-TUVW');
      await page.getByTestId('lookup-submit').click();
      await expect.poll(() => page.getByTestId('lookup-error').innerText()).toContain('查询码不存在');
    } finally {
      await context.close();
    }
  });

  test('the city tip officer sees the tip in the inbox with its SLA clock', async () => {
    expect(tipNo).not.toBe('');
    const { context, page } = await newPage({ width: 1440, height: 900 });
    try {
      await page.goto(`${server.url}/login`);
      await page.getByLabel('用户名').fill('bozhou_jb');
      await page.getByLabel('密码').fill(PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      const menu = page.locator('.ant-layout-sider .ant-menu');
      await menu.getByText('举报统计', { exact: true }).waitFor();
      await menu.getByText('举报件', { exact: true }).click();
      await page.waitForURL(/\/tips$/);
      // The inbox lists the oldest due first and the demo region has tips of its own: search by number.
      await page.getByPlaceholder('举报编号或被举报单位').fill(tipNo);
      await page.getByPlaceholder('举报编号或被举报单位').press('Enter');
      await page.waitForURL((u) => u.searchParams.get('q') === tipNo);
      const row = page.getByTestId('tips-table').locator('tr.ant-table-row', { hasText: tipNo });
      await row.waitFor();
      const text = await row.innerText();
      expect(text).toContain('待受理');
      expect(text).toContain(enterprise.name);
      expect(text).toContain('实名');
      await expect(row.getByTestId('sla-tag').getAttribute('data-sla')).resolves.toMatch(/^(ok|due_soon)$/);
      await page.screenshot({ path: SCREENSHOT_INBOX });

      // The detail shows the content and photo but never the reporter's identity; buttons come from `actions`.
      await row.click();
      await page.waitForURL(/\/tips\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.getByTestId('tip-content').innerText()).toContain('液化气钢瓶');
      await expect(page.getByTestId('tip-attachments').locator('img').count()).resolves.toBe(1);
      const body = await page.locator('body').innerText();
      expect(body).not.toContain('演示举报人');
      expect(body).not.toContain('13800000000');
      const id = new URL(page.url()).pathname.split('/').pop() ?? '';
      const view = (await (await page.request.get(`${server.url}/api/tips/${id}`)).json()) as { actions: string[] };
      expect(view.actions).toContain('accept');
      await expect(page.getByTestId('tip-actions').getByRole('button', { name: '受理', exact: true }).isVisible()).resolves.toBe(true);
      await expect(page.getByTestId('reveal-button').count()).resolves.toBe(view.actions.includes('reveal') ? 1 : 0);
      tipId = id;
    } finally {
      await context.close();
    }
  });

  test('转办 lists the departments from the tip itself, and 提出奖励 shows the server\'s reward preview', async () => {
    expect(tipId).not.toBe('');
    const { context, page } = await newPage({ width: 1440, height: 900 });
    const orgRegisterCalls: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/orgs')) orgRegisterCalls.push(r.url());
    });
    try {
      await page.goto(`${server.url}/login`);
      await page.getByLabel('用户名').fill('bozhou_jb');
      await page.getByLabel('密码').fill(PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await page.locator('.ant-layout-sider .ant-menu').getByText('举报件', { exact: true }).waitFor();
      await page.goto(`${server.url}/tips/${tipId}`);
      const actions = page.getByTestId('tip-actions');
      await actions.getByRole('button', { name: '受理', exact: true }).click();
      await page.getByRole('button', { name: '确定受理' }).click();
      await actions.getByRole('button', { name: '转办', exact: true }).click();

      // Another department: the options come with the tip (no org-register access needed); the city committee is one.
      await page.locator('.ant-modal .ant-radio-wrapper', { hasText: /指定(其他)?部门/ }).click();
      await page.getByTestId('route-org-select').click();
      const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
      await options.first().waitFor();
      const names = await options.allInnerTexts();
      expect(names.some((n) => n.startsWith('亳州市安全生产委员会办公室'))).toBe(true);
      expect(names.every((n) => n.startsWith('涡阳县') || n.startsWith('亳州市') || n.startsWith('安徽省'))).toBe(true);
      await pickOption(page, page.getByTestId('route-org-select').locator('input'), '亳州市安全生产委员会办公室');
      // The choice is on the form before it is sent (a pick that missed fails here, not as a tip never routed).
      await expect.poll(() => page.locator('.ant-modal .ant-form-item', { has: page.getByTestId('route-org-select') }).innerText()).toContain('亳州市安全生产委员会办公室');
      await page.getByRole('button', { name: '确定转办' }).click();
      await expect
        .poll(async () => ((await (await page.request.get(`${server.url}/api/tips/${tipId}`)).json()) as { handlingOrgName: string | null }).handlingOrgName)
        .toBe('亳州市安全生产委员会办公室');
      expect(orgRegisterCalls).toEqual([]);

      // Investigation recorded through the API; the reward modal shows exactly what the server computed.
      const before = (await (await page.request.get(`${server.url}/api/tips/${tipId}`)).json()) as { version: number };
      const investigated = await page.request.post(`${server.url}/api/tips/${tipId}/actions/investigate`, {
        data: { version: before.version, findings: '现场查实液化气钢瓶违规存放', verified: true, violationKind: 'major_hazard', penaltyYuan: 40_000 },
        // With the session cookie a state change must say where it comes from (CSRF check), as the browser does.
        headers: { origin: server.url },
      });
      expect(investigated.status()).toBe(200);
      const preview = ((await investigated.json()) as { rewardPreview: { amountYuan: number; rule: string } | null }).rewardPreview;
      expect(preview?.amountYuan).toBe(6_000);
      await page.reload();
      await actions.getByRole('button', { name: '提出奖励', exact: true }).click();
      await expect.poll(() => page.getByTestId('reward-preview').innerText()).toBe(`${(6_000).toLocaleString('zh-CN')} 元`);
      await expect(page.getByTestId('reward-summary').innerText()).resolves.toContain(preview?.rule ?? '—');
      await page.getByRole('button', { name: '确定提出奖励' }).click();
      await expect
        .poll(async () => ((await (await page.request.get(`${server.url}/api/tips/${tipId}`)).json()) as { reward: { status: string; amountYuan: number } | null }).reward)
        .toMatchObject({ status: 'proposed', amountYuan: 6_000 });
    } finally {
      await context.close();
    }
  });
});
