/**
 * End-to-end test of the statistics pages: real server (fresh PGlite with the demo region and its demo hazards)
 * + Debian's chromium via playwright-core. A city officer opens 态势总览, follows a KPI card to the hazard list
 * (whose total equals the card), opens the 部门排名 tab of 排名晾晒, and records a one-click escalation on 进展缓慢.
 * Run with `npm run test:browser`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startTestServer } from '../../server/src/testing/test-server.ts';

const PASSWORD = 'Zhiben@2026';
const SCREENSHOT_DASHBOARD = '/tmp/zhiben-stats-dashboard.png';
const SCREENSHOT_SLOW = '/tmp/zhiben-stats-slow-progress.png';

let server: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer({ enterpriseCount: 400, demoHazards: true });
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${server.url}/login`);
  await page.getByLabel('用户名').fill('bozhou_aqb');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('.ant-layout-sider').getByText('首页', { exact: true }).waitFor();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const menuItem = (label: string) => page.locator('.ant-layout-sider .ant-menu').getByText(label, { exact: true });
const toNumber = (text: string) => Number(text.replace(/[,\s]/g, ''));

async function openMenu(label: string) {
  if (!(await menuItem(label).isVisible())) await menuItem('统计分析').click();
  await menuItem(label).click();
}

describe('statistics pages (city officer)', () => {
  test('a KPI card leads to the hazard list whose total equals the card', async () => {
    await openMenu('态势总览');
    for (const kpi of ['overdue', 'longStanding']) {
      if (kpi !== 'overdue') await openMenu('态势总览');
      const card = page.getByTestId(`kpi-${kpi}`);
      const valueText = await card.locator('.ant-statistic-content-value').innerText();
      const value = toNumber(valueText);
      expect(value).toBeGreaterThan(0);
      if (kpi === 'overdue') await page.screenshot({ path: SCREENSHOT_DASHBOARD, fullPage: true });
      await card.getByRole('link', { name: '查看隐患' }).click();
      await page.waitForURL(/\/hazards\?/);
      const total = page.getByText(/^共 [\d,]+ 条隐患$/);
      await total.waitFor();
      expect({ kpi, total: toNumber((await total.innerText()).replace(/[^\d,]/g, '')) }).toEqual({ kpi, total: value });
    }
    // The long-standing link shows as a switch in the filter bar.
    await expect(page.getByRole('switch', { name: '仅看长期未整改' }).isChecked()).resolves.toBe(true);
  });

  test('排名晾晒: the 部门排名 tab ranks like with like — the city bureau in the 市级部门 table, the county bureaus in the 县级部门 table', async () => {
    await openMenu('排名晾晒');
    await page.getByRole('tab', { name: '部门排名' }).click();
    const city = page.locator('.ant-card', { hasText: '市级部门排名' }).getByTestId('department-ranking-table');
    const counties = page.locator('.ant-card', { hasText: '县级部门排名' }).getByTestId('department-ranking-table');
    await city.getByText('亳州市应急管理局').waitFor();
    await expect(counties.getByText('涡阳县应急管理局').isVisible()).resolves.toBe(true);
    await expect(counties.getByText('亳州市应急管理局').count()).resolves.toBe(0);
    await page.getByText(/隐患少于 \d+ 条的列出但不参与排名/).filter({ visible: true }).first().waitFor();
    expect(page.url()).toContain('tab=departments');
    // Both tables fit the 1440-px screen: every metric readable without scrolling sideways (was 1,400 px in 1,165).
    for (const table of [city, counties]) {
      await expect(table.locator('.ant-table-content').evaluate((el) => el.scrollWidth - el.clientWidth)).resolves.toBeLessThanOrEqual(0);
    }
  });

  test('态势总览: a future as-of date is said so; an invalid one shows the error and no endless skeleton', async () => {
    await page.goto(`${server.url}/stats?asOf=2030-01-01`);
    await page.getByTestId('stats-asof-future').getByText(/截至日期 2030-01-01 晚于今天/).waitFor();
    await page.goto(`${server.url}/stats?asOf=garbage`);
    await page.getByTestId('stats-error').getByText(/截至日期/).waitFor();
    await expect(page.locator('.ant-skeleton').count()).resolves.toBe(0);
  });
});

describe('statistics of a sector regulator', () => {
  test('the dashboard names the sectors it counts (本部门监管行业), not 全部行业领域', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
    const own = await context.newPage();
    await own.goto(`${server.url}/login`);
    await own.getByLabel('用户名').fill('guoyang_yjj');
    await own.getByLabel('密码').fill(PASSWORD);
    await own.getByRole('button', { name: '登录' }).click();
    await own.locator('.ant-layout-sider').getByText('首页', { exact: true }).waitFor();
    await own.goto(`${server.url}/stats`);
    const scope = own.getByTestId('stats-scope-sectors');
    await scope.waitFor();
    expect(await scope.innerText()).toMatch(/^本部门监管行业：.*危险化学品/);
    await expect(own.getByText('全部行业领域').count()).resolves.toBe(0);
    await context.close();
  });

  test('进展缓慢: lower the threshold, record the suggested escalation in one click, the row shows it', async () => {
    await openMenu('进展缓慢');
    await page.getByTestId('threshold-share').fill('1');
    // Rows are read only once the answer for the new threshold is in (not the rows of the default threshold).
    const answered = page.waitForResponse((r) => r.url().includes('/api/stats/slow-progress') && r.url().includes('overdueShare=0.01'));
    await page.getByRole('button', { name: '应用' }).click();
    await page.waitForURL(/overdueShare=0\.01/);
    expect((await answered).status()).toBe(200);
    await page.locator('[data-testid="slow-regions"] .ant-spin-spinning').waitFor({ state: 'detached' });
    const regions = page.getByTestId('slow-regions');
    const firstButton = regions.getByTestId('slow-escalate').first();
    await firstButton.waitFor();
    const row = regions.locator('tr.ant-table-row').first();
    const name = (await row.locator('td').first().innerText()).split('\n')[0] ?? '';
    await firstButton.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`记录督办措施 · 下级地区 · ${name}`).waitFor();
    await dialog.getByLabel('文号').fill('亳安办函〔2026〕99号');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/escalations') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: '保存' }).click();
    // The server's answer decides; a refusal fails here with its message rather than as a missing toast.
    const answer = await saved;
    expect({ status: answer.status(), body: answer.ok() ? '' : await answer.text() }).toEqual({ status: 201, body: '' });
    await dialog.waitFor({ state: 'hidden' });
    const recordedRow = regions.locator('tr.ant-table-row', { hasText: name }).first();
    await recordedRow.getByText('亳安办函〔2026〕99号').waitFor();
    await page.screenshot({ path: SCREENSHOT_SLOW, fullPage: true });
  });
});
