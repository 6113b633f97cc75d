/**
 * 第三方服务机构 in the console (MODULES A-6): the city 安委办 opens its register filtered by licence expiry from the
 * address, opens a body, draws the quarter's 复核 sample, enters a 不合格 result with its defects, and the ranking shows
 * the body's failure rate and flags nothing below the minimum sample; a failed 执业行为 check entered on the body's page
 * shows on the ranking. Run with `npm run test:browser`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser } from 'playwright-core';
import { createTestClock } from '../../server/src/testing/test-app.ts';
import { startTestServer } from '../../server/src/testing/test-server.ts';
import { idCardCheckChar, usccCheckChar } from '@zhiben/core';
import { buttonByText, chinaDate, expectServerAnswer, launchChromium, loginAs, pickDate, waitForOrExplain } from './browser.ts';

let server: { url: string; close(): Promise<void> };
let browser: Browser;
const clock = createTestClock(new Date());

beforeAll(async () => {
  server = await startTestServer({ enterpriseCount: 120, clock });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const NAME = '亳州示例浏览器评价有限公司';

describe('第三方服务机构', () => {
  test('list by address → detail → 复核 draw and a 不合格 result → ranking', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    try {
      await loginAs(page, server.url, 'bozhou_aqb');
      // The register entry and two reports through the API, as a clerk would in bulk.
      const first = '91341600MA0000123';
      const created = await page.request.post(`${server.url}/api/service-bodies`, {
        headers: { origin: server.url },
        data: { uscc: `${first}${usccCheckChar(first) ?? ''}`, name: NAME, type: 'safety_assessment', licences: [{ name: '安全评价机构资质证书', number: 'APJ-示例-9', scope: '', expiresOn: chinaDate(10) }] },
      });
      expect(created.status(), await created.text()).toBe(201);
      const bodyId = ((await created.json()) as { id: string }).id;
      const idFirst = '34160019900101123';
      const staff = await page.request.post(`${server.url}/api/service-bodies/${bodyId}/staff`, { headers: { origin: server.url }, data: { name: '示例评价师', idNumber: `${idFirst}${idCardCheckChar(idFirst) ?? ''}` } });
      expect(staff.status(), await staff.text()).toBe(201);
      const ents = ((await (await page.request.get(`${server.url}/api/enterprises?pageSize=2`)).json()) as { items: { id: string }[] }).items;
      for (const e of ents) {
        const r = await page.request.post(`${server.url}/api/service-bodies/${bodyId}/reports`, { headers: { origin: server.url }, data: { enterpriseId: e.id, type: '安全现状评价报告', reportDate: chinaDate(0) } });
        expect(r.status(), await r.text()).toBe(201);
      }

      // The list opened filtered from its address: the licence expiring in ten days.
      await page.goto(`${server.url}/service-bodies?licence=attention`);
      const row = page.locator('.ant-table-row', { hasText: NAME });
      await waitForOrExplain(page, row);
      expect(await row.innerText()).toContain('30日内到期');
      await row.click();
      await page.waitForURL(/\/service-bodies\/[0-9a-f-]{36}$/);
      await waitForOrExplain(page, page.getByText('有资质证书将于30日内到期', { exact: false }));
      const staffRow = page.locator('.ant-table-row', { hasText: '示例评价师' });
      await waitForOrExplain(page, staffRow);
      expect(await staffRow.innerText()).toMatch(/341600\*{8}\d{3}[\dX]/);
      await expect.poll(() => page.locator('.ant-table-row', { hasText: '安全现状评价报告' }).count(), { timeout: 15_000 }).toBe(2);

      // The quarter's 复核 sample: drawn on screen, a 不合格 result entered with its defects.
      await page.goto(`${server.url}/service-bodies/reviews`);
      await expectServerAnswer(page, 'POST', /^\/api\/service-bodies\/review-samples$/, () => page.getByTestId('draw').click());
      // The review table (the quarter's 资质保持 check sample below it may list the same body).
      const sampled = page.getByTestId('review-samples').locator('.ant-table-row', { hasText: NAME });
      await waitForOrExplain(page, sampled);
      expect(await sampled.innerText()).toContain('待复核');
      await buttonByText(sampled, '录入结论').click();
      const modal = page.locator('.ant-modal:visible');
      await modal.getByLabel('不合格').check();
      await modal.getByTestId('review-defects').fill('现场勘查记录缺失\n结论依据不足');
      await expectServerAnswer(page, 'PUT', /^\/api\/service-report-reviews\//, () => buttonByText(modal, '保存').click());
      await expect.poll(() => sampled.innerText(), { timeout: 15_000 }).toContain('不合格');
      // The 资质保持 check sample, now seeded by the quarter's 复核 draw.
      await waitForOrExplain(page, page.getByText('种子取自本季度复核抽样', { exact: false }));

      // The ranking: the body's failure rate, in the table and the chart.
      await page.goto(`${server.url}/service-bodies/ranking`);
      await waitForOrExplain(page, page.getByTestId(`rate-${bodyId}`));
      await expect.poll(() => page.getByTestId(`rate-${bodyId}`).innerText(), { timeout: 15_000 }).toBe('100%');
      await page.getByTestId('chart-failure-rate').waitFor();
      expect(await page.getByTestId(`failed-checks-${bodyId}`).innerText()).toBe('0');

      // A failed 执业行为 check recorded on the body's page shows on the ranking.
      await page.goto(`${server.url}/service-bodies/${bodyId}`);
      await buttonByText(page, '录入检查').click();
      const checkModal = page.locator('.ant-modal:visible');
      await checkModal.getByLabel('执业行为').check();
      await pickDate(checkModal, '检查日期', chinaDate(0));
      await checkModal.getByLabel('不合格').check();
      await checkModal.getByTestId('check-finding-0').fill('出具报告前未到现场勘查');
      await expectServerAnswer(page, 'POST', /^\/api\/service-bodies\/[0-9a-f-]{36}\/checks$/, () => buttonByText(checkModal, '保存').click());
      const checkRow = page.locator('.ant-table-row', { hasText: '出具报告前未到现场勘查' });
      await waitForOrExplain(page, checkRow);
      expect(await checkRow.innerText()).toContain('执业行为');
      await page.goto(`${server.url}/service-bodies/ranking`);
      await waitForOrExplain(page, page.getByTestId(`failed-checks-${bodyId}`));
      await expect.poll(() => page.getByTestId(`failed-checks-${bodyId}`).innerText(), { timeout: 15_000 }).toBe('1');
    } finally {
      await context.close();
    }
  }, 300_000);
});
