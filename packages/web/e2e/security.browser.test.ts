/**
 * Security in the browser (issue 11): the console, the ECharts pages, the public tip pages and the API docs work
 * under the Content-Security-Policy (no violation), an administrator-set password is changed first, and a
 * committee officer confirms a pending grant.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startTestServer } from '../../server/src/testing/test-server.ts';

const PASSWORD = 'Zhiben@2026';
let server: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ enterpriseCount: 100 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records every CSP violation (event and console message). */
async function watchedPage(): Promise<{ page: Page; violations: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const violations: string[] = [];
  await page.exposeFunction('__reportCsp', (text: string) => void violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { page, violations, close: () => context.close() };
}

async function login(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

const api = async (token: string | null, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json().catch(() => null)) as Record<string, unknown> | null };
};
const tokenOf = async (username: string, password = PASSWORD) => String((await api(null, 'POST', '/api/auth/login', { username, password })).json?.token);

describe('security in the browser', () => {
  test('console, charts, tip pages and API docs run under the CSP without a violation', async () => {
    const { page, violations, close } = await watchedPage();
    await login(page, 'guoyang_aqb');
    await page.locator('.ant-layout-sider').getByText('首页', { exact: true }).waitFor();
    await page.goto(`${server.url}/hazards`);
    await page.locator('.ant-table').first().waitFor();
    await page.goto(`${server.url}/stats`);
    await page.locator('canvas').first().waitFor();
    await page.goto(`${server.url}/api/docs`);
    await page.locator('.swagger-ui').first().waitFor();
    await page.goto(`${server.url}/tip`);
    await page.getByText('举报', { exact: false }).first().waitFor();
    await page.goto(`${server.url}/tip/query`);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await close();
  });

  test('an administrator-set password must be changed before anything else; the grant waits for the 安委办', async () => {
    const sysadmin = await tokenOf('sysadmin');
    const orgs = await api(sysadmin, 'GET', `/api/orgs?q=${encodeURIComponent('涡阳县安全生产委员会办公室')}`);
    const orgId = (orgs.json?.items as { id: string }[])[0]?.id;
    const created = await api(sysadmin, 'POST', '/api/users', { username: 'browser_new', displayName: '新干部', password: 'Start#Pw-2026x', roles: ['committee_officer'], orgId });
    expect(created.status).toBe(201);

    const { page, violations, close } = await watchedPage();
    await login(page, 'browser_new', 'Start#Pw-2026x');
    await page.getByText('请先修改密码').waitFor();
    expect(page.url()).toContain('/settings');
    await page.getByLabel('当前密码').fill('Start#Pw-2026x');
    await page.getByLabel('新密码', { exact: true }).fill('Zhiben@2026');
    await page.getByLabel('确认新密码').fill('Zhiben@2026');
    await page.getByRole('button', { name: /修\s*改/ }).click();
    await page.getByText(/至少12位|常见/).first().waitFor();
    await page.getByLabel('新密码', { exact: true }).fill('Wo-yang#Lake-7731');
    await page.getByLabel('确认新密码').fill('Wo-yang#Lake-7731');
    await page.getByRole('button', { name: /修\s*改/ }).click();
    await page.getByText('个人信息').waitFor();
    await close();

    // The committee officer of the county sees the pending grant and confirms it.
    const officer = await watchedPage();
    await login(officer.page, 'guoyang_aqb');
    await officer.page.locator('.ant-layout-sider').getByText('首页', { exact: true }).waitFor();
    await officer.page.goto(`${server.url}/system/grants`);
    await officer.page.getByText('新干部（browser_new）').waitFor();
    await officer.page.getByRole('button', { name: /确\s*认/ }).first().click();
    await officer.page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*认/ }).click();
    await officer.page.getByText('没有待确认的授权').waitFor();
    expect([...violations, ...officer.violations]).toEqual([]);
    await officer.close();
    const after = await api(sysadmin, 'GET', `/api/users/${String(created.json?.id)}`);
    expect(after.json).toMatchObject({ roles: ['committee_officer'], pendingGrant: null, mustChangePassword: false });
  });
});
