/**
 * 专家库 in the console (issue 14, A-5): a county 应急管理局 officer puts an expert in the library (a wrong ID number is
 * refused in Chinese first), plans a 专家指导服务 visit from the 指导帮扶 plan with that expert offered by the rules;
 * the demo expert signs in and sees only the visits assigned to him, and opens the one planned for next week.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer } from '../../server/src/testing/test-server.ts';
import { buttonByText, expectServerAnswer, launchChromium, loginAs, pickOption, waitForOrExplain } from './browser.ts';

let server: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ enterpriseCount: 400, demoExperts: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signedIn(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await loginAs(page, server.url, username);
  return { context, page };
}

describe('专家库', () => {
  test('an officer adds an expert and plans an expert service visit with him from the 指导帮扶 plan', async () => {
    const { context, page } = await signedIn('guoyang_yjj');
    try {
      await page.goto(`${server.url}/experts`);
      await waitForOrExplain(page, page.locator('.ant-table-row', { hasText: '演示专家' }));
      await page.getByRole('button', { name: '专家入库' }).click();
      const form = page.locator('.ant-modal:visible');
      await form.getByTestId('expert-name').fill('（测试）吴工');
      await pickOption(page, form.getByTestId('expert-sectors').locator('input'), '危险化学品');
      await page.keyboard.press('Escape');
      await form.getByTestId('expert-id-number').fill('341621198001010011');
      await buttonByText(form, '保存').click();
      await expect.poll(() => form.getByTestId('expert-form-error').innerText(), { timeout: 30_000 }).toContain('身份证号');
      await form.getByTestId('expert-id-number').fill('341621198001010017');
      await expectServerAnswer(page, 'POST', /^\/api\/experts$/, () => buttonByText(form, '保存').click());
      await page.waitForURL(/\/experts\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.locator('.ant-descriptions').innerText(), { timeout: 15_000 }).toContain('341621********0017');

      // The plan lists the enterprises still due; one gets a visit with the new expert.
      await page.goto(`${server.url}/experts/service-plan?due=true&q=${encodeURIComponent('化')}`);
      const row = page.locator('.ant-table-row', { hasText: '危险化学品' }).first();
      await waitForOrExplain(page, row);
      const enterprise = (await row.locator('td').first().innerText()).trim();
      await row.getByRole('button', { name: /安排专家服务/ }).click();
      const plan = page.locator('.ant-modal:visible');
      await waitForOrExplain(page, plan.getByTestId('form-experts'));
      await pickOption(page, plan.getByTestId('form-experts').locator('input'), '（测试）吴工');
      await page.keyboard.press('Escape');
      await expectServerAnswer(page, 'POST', /^\/api\/inspections$/, () => buttonByText(plan, '安排检查').click());
      await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('（测试）吴工');
      await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain(enterprise);
      await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('专家指导服务');

      // The expert's record lists the visit.
      await page.goto(`${server.url}/experts?q=${encodeURIComponent('（测试）吴工')}`);
      await page.locator('.ant-table-row', { hasText: '（测试）吴工' }).click();
      await expect.poll(() => page.locator('.ant-card', { hasText: '服务记录' }).innerText(), { timeout: 15_000 }).toContain(enterprise);
    } finally {
      await context.close();
    }
  });

  test('the expert sees only the visits he is assigned to and opens next week’s', async () => {
    const { context, page } = await signedIn('expert_demo');
    try {
      await page.goto(`${server.url}/inspections`);
      await expect.poll(() => page.locator('.ant-table-row').count(), { timeout: 15_000 }).toBe(2);
      await page.locator('.ant-table-row', { hasText: '待检查' }).click();
      await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('专家指导服务');
      await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('演示专家');
      // His own record: the visits and the rating he got.
      await page.goto(`${server.url}/experts/me`);
      const visits = page.locator('.ant-card', { hasText: '服务记录' });
      await expect.poll(() => visits.locator('.ant-table-row').count(), { timeout: 15_000 }).toBe(2);
      await expect.poll(() => page.locator('.ant-descriptions').innerText(), { timeout: 15_000 }).toContain('expert_demo');
      // The library itself is not his to read.
      await page.goto(`${server.url}/experts`);
      await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).not.toContain('专家入库');
    } finally {
      await context.close();
    }
  });
});
