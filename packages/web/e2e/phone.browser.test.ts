/**
 * The phone (issue 12) at 390×844: the navigation is a drawer opened from the header and closed by choosing an
 * item, lists are cards, and no page scrolls sideways — for a township officer's pages and an enterprise's; and the
 * enterprise's hazard lifecycle on the phone: report, (the regulator confirms), 整改完成 with a photo in a full-screen
 * sheet, 验收销号 of its own general hazard, whose record then also fits the screen as the county officer sees it.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hazardActionLabels } from '@zhiben/core/src/hazard/hazard-machine.ts';
import { buttonByText, chinaDate, expectFitsPhone, expectServerAnswer, launchChromium, pickDate, png, waitForOrExplain } from './browser.ts';
import { startTestServer } from '../../server/src/testing/test-server.ts';

const PASSWORD = 'Zhiben@2026';

let server: { url: string; close(): Promise<void> };
let browser: Browser;
/** The hazard the enterprise reports in the lifecycle test, and the county officer who confirmed it. */
let reported = '';
let confirmer = '';

beforeAll(async () => {
  server = await startTestServer({ enterpriseCount: 60, demoPlans: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phoneLogin(username: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.goto(`${server.url}/login`);
  await expectFitsPhone(page, '登录', 390);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await waitForOrExplain(page, page.getByTestId('nav-drawer-button'));
  // No sidebar on a phone: nothing covers the page.
  expect(await page.locator('.ant-layout-sider').count()).toBe(0);
  await expectFitsPhone(page, '首页', 390);
  return page;
}

/** Opens the drawer from the header, chooses `item` (under `group` if given) and checks the drawer closed. */
async function navigate(page: Page, item: string, group?: string) {
  await page.getByTestId('nav-drawer-button').click();
  const drawer = page.locator('.zb-nav-drawer .ant-drawer-body');
  await drawer.waitFor();
  const entry = drawer.locator('.ant-menu-item .ant-menu-title-content').getByText(item, { exact: true });
  if (group && !(await entry.isVisible())) await drawer.locator('.ant-menu-submenu-title').getByText(group, { exact: true }).click();
  await entry.click();
  await drawer.waitFor({ state: 'hidden' });
}

test('township officer at 390×844: drawer navigation, cards, no sideways scrolling', async () => {
  const page = await phoneLogin('guoyang_town');
  await expectServerAnswer(page, 'GET', /^\/api\/hazards$/, () => navigate(page, '隐患台账', '隐患排查治理'));
  await waitForOrExplain(page, page.getByTestId('responsive-cards'));
  expect(await page.locator('table').count()).toBe(0);
  await expectFitsPhone(page, '隐患台账', 390);

  await navigate(page, '任务清单', '方案任务调度');
  await waitForOrExplain(page, page.getByTestId('responsive-cards'));
  await expectFitsPhone(page, '任务清单', 390);

  await navigate(page, '工作报送', '方案任务调度');
  await page.waitForURL(/\/returns$/);
  await expectFitsPhone(page, '工作报送', 390);
  await page.close();
}, 300_000);

/** The open action sheet: a FormModal below md is a full-screen sheet, so it must fit the 390 px screen. */
async function openSheet(page: Page, action: keyof typeof hazardActionLabels) {
  await page.getByTestId('hazard-actions').getByRole('button', { name: hazardActionLabels[action], exact: true }).click();
  const sheet = page.locator('.ant-modal:visible');
  await sheet.waitFor();
  const box = await sheet.boundingBox();
  expect(box, `${hazardActionLabels[action]}：表单`).not.toBeNull();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 9999)).toBeLessThanOrEqual(390);
  return sheet;
}

const statusOf = (page: Page) => page.locator('.ant-card').first().innerText();

test('enterprise lifecycle at 390×844: report, confirmed by the regulator, 整改完成 with a photo, 验收销号', async () => {
  const page = await phoneLogin('ent_admin');
  page.setDefaultTimeout(20_000);
  await navigate(page, '上报隐患', '隐患排查治理');
  await page.waitForURL(/\/hazards\/new$/);
  await expectFitsPhone(page, '上报隐患', 390);
  await page.getByLabel('隐患名称').fill('手机上报：仓库灭火器压力不足');
  await page.getByLabel('隐患描述').fill('仓库东侧 2 具灭火器压力表指针在红区');
  await pickDate(page.locator('form').first(), '整改期限', chinaDate(30));
  await page.getByTestId('hazard-submit').click();
  await page.waitForURL(/\/hazards\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  await page.getByTestId('hazard-timeline').waitFor();
  await expect.poll(() => statusOf(page)).toContain('待认定');
  await expectFitsPhone(page, '隐患详情（待认定）', 390);

  // The county regulator of the enterprise's sector confirms it at its desk (through the API).
  let confirmedBy = '';
  reported = id;
  for (const username of ['guoyang_yjj', 'guoyang_zjj', 'guoyang_scj', 'guoyang_xf', 'guoyang_jyj']) {
    const desk = await browser.newContext();
    try {
      const login = await desk.request.post(`${server.url}/api/auth/login`, { data: { username, password: PASSWORD }, headers: { origin: server.url } });
      expect(login.ok(), await login.text()).toBe(true);
      const answer = await desk.request.get(`${server.url}/api/hazards/${id}`);
      if (!answer.ok()) continue;
      const view = (await answer.json()) as { version: number; actions: string[] };
      if (!view.actions.includes('confirm')) continue;
      const confirmed = await desk.request.post(`${server.url}/api/hazards/${id}/actions/confirm`, { data: { version: view.version, note: '属实' }, headers: { origin: server.url } });
      expect(confirmed.ok(), await confirmed.text()).toBe(true);
      confirmedBy = username;
      break;
    } finally {
      await desk.close();
    }
  }
  expect(confirmedBy, '涡阳县的行业监管部门认定').not.toBe('');
  confirmer = confirmedBy;

  await page.reload();
  await expect.poll(() => statusOf(page), { timeout: 15_000 }).toContain('整改中');
  const complete = await openSheet(page, 'complete');
  await complete.getByLabel('整改情况说明').fill('已更换 2 具灭火器并张贴检查卡');
  await complete.getByTestId('evidence-upload').locator('input[type=file]:not([capture])').setInputFiles({ name: '整改后.png', mimeType: 'image/png', buffer: png() });
  await complete.getByTestId('evidence-upload').locator('a[href^="/api/files/"]').waitFor();
  await expectServerAnswer(page, 'POST', /\/actions\/complete$/, () => buttonByText(complete, '确定整改完成').click());
  await complete.waitFor({ state: 'hidden' });
  await expect.poll(() => statusOf(page), { timeout: 15_000 }).toContain('待验收');

  // Its own general hazard: the enterprise accepts the rectification itself.
  const verify = await openSheet(page, 'verify');
  await verify.getByLabel('验收意见').fill('复查灭火器压力正常，同意销号');
  await expectServerAnswer(page, 'POST', /\/actions\/verify$/, () => buttonByText(verify, '确定验收销号').click());
  await verify.waitFor({ state: 'hidden' });
  await expect.poll(() => statusOf(page), { timeout: 15_000 }).toContain('已销号');
  await expect.poll(() => page.getByTestId('hazard-timeline').innerText()).toContain('验收销号');
  await expectFitsPhone(page, '隐患详情（已销号）', 390);
  await page.close();
}, 300_000);

// The hazard of the lifecycle above as the officer who confirmed it sees it: the fields in one column, and the
// notices table (staff see its recipients) scrolling inside its card.
test('county officer at 390×844: the same hazard record as staff see it, inside the screen', async () => {
  expect(reported, 'the lifecycle test ran first').not.toBe('');
  const page = await phoneLogin(confirmer);
  await page.goto(`${server.url}/hazards/${reported}`);
  await waitForOrExplain(page, page.getByTestId('hazard-timeline'));
  await waitForOrExplain(page, page.getByText('通知记录', { exact: true }).first());
  await expectFitsPhone(page, '隐患详情（县级监管干部）', 390);
  await page.close();
}, 300_000);

// After the lifecycle above, the enterprise's ledger has at least its closed hazard.
test('enterprise at 390×844: hazard list as cards and a record page inside the screen', async () => {
  const page = await phoneLogin('ent_admin');
  await expectServerAnswer(page, 'GET', /^\/api\/hazards$/, () => navigate(page, '隐患台账', '隐患排查治理'));
  const card = page.getByTestId('responsive-card').first();
  await waitForOrExplain(page, card);
  await expectFitsPhone(page, '隐患台账', 390);
  await card.click();
  await page.waitForURL(/\/hazards\/[^/]+$/);
  await expectFitsPhone(page, '隐患详情', 390);
  await page.close();
}, 300_000);
