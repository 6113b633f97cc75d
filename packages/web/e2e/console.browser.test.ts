/**
 * End-to-end tests of the web console: real server (fresh seeded PGlite) + Debian's chromium via playwright-core.
 * Run with `npm run test:browser`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startTestServer } from '../../server/src/testing/test-server.ts';

const PASSWORD = 'Zhiben@2026';
const SCREENSHOT = '/tmp/zhiben-enterprises.png';

let server: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
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

async function fillLogin(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

async function login(page: Page, username: string): Promise<void> {
  await fillLogin(page, username, PASSWORD);
  // The shell is up once the header title and the side menu render.
  await page.locator('.ant-layout-sider').getByText('首页', { exact: true }).waitFor();
}

const menuItem = (page: Page, label: string) => page.locator('.ant-layout-sider .ant-menu').getByText(label, { exact: true });

describe('web console', () => {
  test('county committee officer searches and opens an enterprise', async () => {
    const { context, page } = await newPage();
    try {
      await login(page, 'guoyang_aqb');
      await expect(page.getByText('治本 · 重大事故隐患治理平台').first().isVisible()).resolves.toBe(true);
      await expect(page.getByTestId('header-org').innerText()).resolves.toContain('涡阳县');

      await menuItem(page, '企业管理').click();
      await page.waitForURL(/\/enterprises/);
      const firstName = page.locator('.ant-table-tbody tr.ant-table-row').first().locator('td').nth(1);
      await firstName.waitFor();
      const name = (await firstName.innerText()).replace(/高危\s*$/, '').trim();
      expect(name.length).toBeGreaterThan(2);

      // Search by a distinctive part of the name: the server filters, the table shows the match.
      const needle = name.slice(0, Math.min(8, name.length));
      await page.getByPlaceholder('企业名称或统一社会信用代码').fill(needle);
      await page.getByPlaceholder('企业名称或统一社会信用代码').press('Enter');
      await page.waitForURL((u) => u.searchParams.get('q') === needle);
      const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: name }).first();
      await row.waitFor();
      // The URL changes before the new page of results arrives: wait until every shown row matches.
      await expect
        .poll(async () => {
          const rows = await page.locator('.ant-table-tbody tr.ant-table-row').allInnerTexts();
          return rows.length > 0 && rows.every((text) => text.includes(needle));
        }, { timeout: 15_000 })
        .toBe(true);

      // Open the detail drawer.
      await row.click();
      const drawer = page.getByRole('dialog');
      await drawer.getByText('统一社会信用代码').waitFor();
      await expect(drawer.getByText(name).first().isVisible()).resolves.toBe(true);
      await expect(drawer.getByText('主要负责人').first().isVisible()).resolves.toBe(true);
      await page.waitForTimeout(400); // drawer animation
      await page.screenshot({ path: SCREENSHOT, fullPage: false });
    } finally {
      await context.close();
    }
  });

  test('sysadmin sees user management but no enterprise data', async () => {
    const { context, page } = await newPage();
    try {
      await login(page, 'sysadmin');
      await expect(menuItem(page, '用户管理').isVisible()).resolves.toBe(true);
      await expect(menuItem(page, '企业管理').count()).resolves.toBe(0);
      await menuItem(page, '用户管理').click();
      await page.locator('.ant-table-tbody tr.ant-table-row', { hasText: 'guoyang_aqb' }).waitFor();
    } finally {
      await context.close();
    }
  });

  test('the auditor reads the log in Chinese: 业务操作 from the timelines, 系统日志 with named actions and labelled details', async () => {
    const { context, page } = await newPage();
    try {
      await login(page, 'auditor');
      await page.goto(`${server.url}/audit`);
      await page.getByTestId('audit-business-table').waitFor();
      await page.getByText(/共 \d+ 条（未选时间时为近30天）/).waitFor();
      await page.getByRole('tab', { name: '系统日志' }).click();
      await page.locator('.ant-table-tbody tr.ant-table-row', { hasText: '登录' }).first().waitFor();
      await expect(page.locator('.ant-table-tbody').getByText('auth.login', { exact: true }).count()).resolves.toBe(0);
      const seeded = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: '生成演示数据' }).first();
      if ((await seeded.count()) > 0) await expect(seeded.innerText()).resolves.not.toContain('{"');
      expect(page.url()).toContain('tab=system');
    } finally {
      await context.close();
    }
  });

  test('a wrong password shows the server message in Chinese', async () => {
    const { context, page } = await newPage();
    try {
      // The sign-in page asks nothing of the session (no /api/me and its 401 in the console).
      const meCalls: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname === '/api/me') meCalls.push(r.url());
      });
      await fillLogin(page, 'guoyang_zjj', 'not-the-password');
      const error = page.getByTestId('login-error');
      await error.waitFor();
      await expect(error.innerText()).resolves.toContain('用户名或密码错误');
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(meCalls).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
