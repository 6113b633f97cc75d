/**
 * End-to-end tests of the hazard pages: real server (fresh seeded PGlite) + Debian's chromium via playwright-core.
 * A county regulator registers a major hazard for the demo hazchem enterprise; the enterprise's user is notified,
 * opens it from the bell and submits its 五落实 plan; the enterprise also reports a hazard of its own.
 * Run with `npm run test:browser`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { hazardActionLabels, type HazardAction } from '@zhiben/core/src/hazard/hazard-machine.ts';
import { buttonByText, launchChromium, png } from './browser.ts';
import JSZip from 'jszip';
import { startTestServer } from '../../server/src/testing/test-server.ts';

const PASSWORD = 'Zhiben@2026';
const SCREENSHOT_DETAIL = '/tmp/zhiben-hazard-detail.png';
const SCREENSHOT_LIST = '/tmp/zhiben-hazards.png';

let server: { url: string; close(): Promise<void> };
let browser: Browser;
/** The demo enterprise of ent_admin (a 涡阳县 hazchem enterprise). */
let enterprise: { id: string; name: string };
/** Set by the registration test, used by the enterprise's test. */
let registered: { id: string; hazardNo: string } | null = null;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  const { context } = await apiSession('ent_admin');
  try {
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

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** A browser context signed in through the API only (for setup and cross-checks). */
async function apiSession(username: string): Promise<{ context: BrowserContext }> {
  const context = await browser.newContext();
  const res = await context.request.post(`${server.url}/api/auth/login`, { data: { username, password: PASSWORD } });
  if (!res.ok()) throw new Error(`login ${username}: ${res.status()}`);
  return { context };
}

async function login(page: Page, username: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('.ant-layout-sider').getByText('首页', { exact: true }).waitFor();
}

const menuItem = (page: Page, label: string) => page.locator('.ant-layout-sider .ant-menu').getByText(label, { exact: true });

/** Types a date into an antd DatePicker (its input accepts yyyy-mm-dd) and confirms it. */
async function pickDate(scope: Page | Locator, label: string, date: string): Promise<void> {
  const input = scope.getByLabel(label);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Button texts of the detail page's action bar that correspond to lifecycle actions. */
async function actionButtons(page: Page): Promise<string[]> {
  const labels = new Set<string>(Object.values(hazardActionLabels));
  const texts = await page.getByTestId('hazard-actions').getByRole('button').allInnerTexts();
  return texts.map((t) => t.trim()).filter((t) => labels.has(t)).sort();
}

async function expectButtonsFromActions(page: Page, id: string): Promise<HazardAction[]> {
  const view = (await (await page.request.get(`${server.url}/api/hazards/${id}`)).json()) as { actions: HazardAction[] };
  const expected = view.actions.map((a) => hazardActionLabels[a]).sort();
  await expect.poll(() => actionButtons(page)).toEqual(expected);
  return view.actions;
}

/** A 整改期限 within the allowed horizon after today's 发现日期 (China date). */
const daysFromToday = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

const hazardIdOf = (page: Page) => new URL(page.url()).pathname.split('/').pop() ?? '';

describe('hazard pages', () => {
  test('county regulator registers a major hazard with a criterion and evidence, then finds it in the ledger', async () => {
    const { context, page } = await newPage();
    try {
      await login(page, 'guoyang_yjj');
      await menuItem(page, '登记隐患').click();
      await page.waitForURL(/\/hazards\/new$/);

      // Enterprise: server-side search.
      await page.locator('.ant-form-item', { hasText: '单位' }).first().locator('.ant-select').click();
      await page.keyboard.type(enterprise.name.slice(0, 6));
      await page.locator('.ant-select-item-option', { hasText: enterprise.name }).first().click();
      await page.getByText('重大隐患', { exact: true }).click();

      // Criterion: the hazchem standard is preselected from the enterprise's sector; search and pick an item.
      await page.getByTestId('criterion-select').click();
      await page.keyboard.type('特种作业');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '特种作业' }).first().click();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('criterion-selected').innerText()).toContain('特种作业');

      await page.getByLabel('隐患名称').fill('储罐区电工未持特种作业操作证上岗');
      await page.getByLabel('隐患描述').fill('检查发现储罐区 2 名电工未取得特种作业操作证即上岗作业。');
      await page.getByLabel('隐患位置').fill('储罐区配电间');
      await pickDate(page, '整改期限', daysFromToday(90));

      await page.getByTestId('evidence-upload').locator('input[type=file]:not([capture])').setInputFiles({ name: 'before.png', mimeType: 'image/png', buffer: png() });
      await page.getByTestId('evidence-upload').locator('a[href^="/api/files/"]').waitFor();

      await page.getByTestId('hazard-submit').click();
      await page.waitForURL(/\/hazards\/[0-9a-f-]{36}$/);
      const id = hazardIdOf(page);
      const hazardNo = (await page.getByTestId('hazard-no').innerText()).trim();
      expect(hazardNo).toMatch(/^341621-\d{4}-\d+$/);
      registered = { id, hazardNo };

      // Detail: status, criterion text, evidence, the verified timeline, buttons exactly from `actions`.
      await expect.poll(() => page.getByTestId('hazard-title').innerText()).toBe('储罐区电工未持特种作业操作证上岗');
      await expect(page.getByTestId('hazard-criteria').innerText()).resolves.toContain('特种作业');
      const timeline = page.getByTestId('hazard-timeline');
      await expect(timeline.innerText()).resolves.toContain('登记隐患');
      await expect(page.getByTestId('timeline-verified').innerText()).resolves.toContain('时间线哈希校验通过');
      await expect(page.locator('img[src^="/api/files/"]').count()).resolves.toBeGreaterThan(0);
      await expect(page.getByTestId('plan-missing').isVisible()).resolves.toBe(true);
      const actions = await expectButtonsFromActions(page, id);
      expect(actions).not.toContain('submit_plan'); // the enterprise's step, not the regulator's
      await page.screenshot({ path: SCREENSHOT_DETAIL, fullPage: true });

      // 《重大事故隐患告知书》: offered by the server, downloaded as a .docx carrying the bureau's 文号.
      const notice = page.getByTestId('hazard-document-rectification_notice');
      await expect(notice.innerText()).resolves.toContain('重大事故隐患告知书');
      const file = await page.request.get(`${server.url}${(await notice.getAttribute('href')) ?? ''}`);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toContain('wordprocessingml');
      const docNo = decodeURIComponent(file.headers()['x-document-number'] ?? '');
      expect(docNo).toMatch(/^涡应急隐改〔\d{4}〕\d+号$/);
      const xml = (await (await JSZip.loadAsync(await file.body())).file('word/document.xml')?.async('string')) ?? '';
      expect(xml).toContain(docNo);
      expect(xml).toContain(hazardNo);

      // Ledger: search by number; the row shows the major tag and the status.
      await menuItem(page, '隐患台账').click();
      await page.waitForURL(/\/hazards$/);
      await page.getByPlaceholder('隐患编号、名称或单位').fill(hazardNo);
      await page.getByPlaceholder('隐患编号、名称或单位').press('Enter');
      await page.waitForURL((u) => u.searchParams.get('q') === hazardNo);
      const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: hazardNo });
      await row.waitFor();
      const text = await row.innerText();
      expect(text).toContain('重大');
      expect(text).toContain('整改中');
      expect(text).toContain(enterprise.name);
      await page.screenshot({ path: SCREENSHOT_LIST });
      await row.click();
      await page.waitForURL(new RegExp(`/hazards/${id}$`));
    } finally {
      await context.close();
    }
  });

  test('the enterprise is notified, opens the hazard from the bell and submits its 五落实 plan', async () => {
    expect(registered).not.toBeNull();
    const { id, hazardNo } = registered ?? { id: '', hazardNo: '' };
    const { context, page } = await newPage();
    try {
      await login(page, 'ent_admin');
      await expect(menuItem(page, '上报隐患').isVisible()).resolves.toBe(true);
      await expect(menuItem(page, '登记隐患').count()).resolves.toBe(0);

      await page.getByTestId('notification-bell').click();
      const notice = page.getByTestId('notification-list').locator('[role=button]', { hasText: hazardNo }).first();
      await notice.waitFor();
      await notice.click();
      await page.waitForURL(new RegExp(`/hazards/${id}$`));
      await page.getByTestId('hazard-timeline').waitFor();

      const actions = await expectButtonsFromActions(page, id);
      expect(actions).toContain('submit_plan');
      await page.getByTestId('hazard-actions').getByRole('button', { name: '提交治理方案', exact: true }).click();
      const dialog = page.locator('.ant-modal:visible');
      await dialog.getByLabel('责任 · 整改责任人').fill('张三（安全科）');
      await dialog.getByLabel('资金 · 治理资金（万元）').fill('3.5');
      await dialog.getByLabel('措施 · 治理措施').fill('组织电工参加特种作业培训考核，取证前停止其作业。');
      await dialog.getByLabel('预案 · 应急预案').fill('储罐区电气作业应急处置方案');
      await buttonByText(dialog, '确定提交治理方案').click();
      await dialog.waitFor({ state: 'hidden' });

      await expect.poll(() => page.getByTestId('hazard-timeline').innerText()).toContain('提交治理方案');
      await expect(page.getByTestId('plan-missing').count()).resolves.toBe(0);
      await expectButtonsFromActions(page, id);
    } finally {
      await context.close();
    }
  });

  test('the enterprise reports a hazard of its own: it waits for the regulator to confirm it', async () => {
    const { context, page } = await newPage();
    try {
      await login(page, 'ent_admin');
      await menuItem(page, '上报隐患').click();
      await page.waitForURL(/\/hazards\/new$/);
      // The reporting unit is fixed to the user's own enterprise.
      await expect(page.locator('.ant-form-item', { hasText: '单位' }).first().locator('input').inputValue()).resolves.toBe(enterprise.name);
      await page.getByLabel('隐患名称').fill('办公楼灭火器压力不足');
      await page.getByLabel('隐患描述').fill('二楼走廊 3 具灭火器压力不足');
      await pickDate(page, '整改期限', daysFromToday(60));
      await page.getByTestId('hazard-submit').click();
      await page.waitForURL(/\/hazards\/[0-9a-f-]{36}$/);
      const id = hazardIdOf(page);
      await page.getByTestId('hazard-timeline').waitFor();
      await expect(page.locator('.ant-card').first().innerText()).resolves.toContain('待认定');
      await expect(page.getByTestId('hazard-timeline').innerText()).resolves.toContain('企业自查');
      await expectButtonsFromActions(page, id);
    } finally {
      await context.close();
    }
  });
});
