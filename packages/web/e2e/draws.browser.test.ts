/**
 * 双随机 in the console (issue 14): a county 应急管理局 officer registers an inspector's certificate, announces a draw
 * (a team larger than the inspector pool is refused first, in Chinese), draws it on its date, a second officer
 * approves it and the planned inspections appear; anyone opens the public page, which replays the draw in the
 * browser and finds it matches. Run with `npm run test:browser`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createTestClock } from '../../server/src/testing/test-app.ts';
import { startTestServer } from '../../server/src/testing/test-server.ts';
import { buttonByText, expectServerAnswer, launchChromium, loginAs, pickOption, waitForOrExplain } from './browser.ts';

let server: { url: string; close(): Promise<void> };
let browser: Browser;
const clock = createTestClock(new Date());

beforeAll(async () => {
  server = await startTestServer({ enterpriseCount: 150, clock });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signedIn(username: string | null): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  if (username) await loginAs(page, server.url, username);
  return { context, page };
}

describe('双随机抽查', () => {
  test('from the inspector registry through announcement, draw and approval to the public replay', async () => {
    let drawUrl = '';
    const { context, page } = await signedIn('guoyang_yjj');
    try {
      // The 执法检查人员名录库: 执法员甲 gets a certificate on screen; the others through the API, as a clerk would in bulk.
      await page.goto(`${server.url}/random-draws`);
      await page.getByRole('button', { name: '执法检查人员名录库' }).click();
      await page.getByTestId('inspector-edit-涡阳县应急局执法员甲').click();
      const editor = page.locator('.ant-modal:visible');
      await editor.getByTestId('inspector-certificate').fill('皖执（示例）34162100101');
      await editor.getByLabel('有效期至').fill('2028-12-31');
      await editor.getByLabel('有效期至').press('Enter');
      await expectServerAnswer(page, 'PUT', /^\/api\/inspectors\//, () => buttonByText(editor, '保存').click());
      await expect.poll(() => page.locator('tr', { hasText: '涡阳县应急局执法员甲' }).innerText(), { timeout: 15_000 }).toContain('可抽取');
      const registry = (await (await page.request.get(`${server.url}/api/inspectors`)).json()) as { items: { userId: string; name: string }[] };
      for (const i of registry.items.filter((x) => x.name === '涡阳县应急局执法员乙' || x.name === '涡阳县应急局演示用户')) {
        const res = await page.request.put(`${server.url}/api/inspectors/${i.userId}`, { headers: { origin: server.url }, data: { certificateNo: `皖执（示例）${i.name}`, expiresOn: '2028-12-31' } });
        expect(res.status(), await res.text()).toBe(200);
      }

      // The 抽查事项清单: one matter, written on screen.
      await page.goto(`${server.url}/random-draws`);
      await page.getByRole('button', { name: '抽查事项清单' }).click();
      await page.getByRole('button', { name: '新增抽查事项' }).click();
      const itemForm = page.locator('.ant-modal:visible');
      await itemForm.getByLabel('抽查事项', { exact: true }).fill('（示例）危化企业安全生产条件执法检查');
      await itemForm.getByLabel('抽查比例（%）').fill('50');
      await expectServerAnswer(page, 'POST', /^\/api\/spot-check-items$/, () => buttonByText(itemForm, '保存').click());
      await expect.poll(() => page.locator('.ant-table-row').first().innerText(), { timeout: 15_000 }).toContain('0 / 2次');

      // Announce from it: a team of four from three inspectors is refused before anything is published.
      await page.goto(`${server.url}/random-draws`);
      await page.getByTestId('draw-new').click();
      const form = page.locator('.ant-modal:visible');
      await pickOption(page, form.getByTestId('draw-spot-check-item').locator('input'), '危化企业安全生产条件执法检查');
      await expect.poll(() => form.getByLabel('抽取比例（%）').inputValue(), { timeout: 15_000 }).toBe('50');
      await form.getByLabel('抽查名称').fill('（示例）危化企业双随机执法检查');
      await form.getByLabel('每组检查人员').fill('4');
      await buttonByText(form, '公告抽查计划').click();
      await expect.poll(() => form.locator('.ant-alert-error').innerText(), { timeout: 30_000 }).toContain('执法检查人员名录库只有3人，少于每组4人');
      await form.getByLabel('每组检查人员').fill('2');
      await expectServerAnswer(page, 'POST', /^\/api\/random-draws$/, () => buttonByText(form, '公告抽查计划').click());
      await page.waitForURL(/\/random-draws\/[0-9a-f-]{36}$/);
      drawUrl = page.url();
      await waitForOrExplain(page, page.getByTestId('draw-commitment'));
      await expect(page.getByTestId('draw-status').innerText()).resolves.toBe('已公告待抽取');
      const commitment = await page.getByTestId('draw-commitment').innerText();
      expect(commitment).toMatch(/输入清单哈希（SM3）\s*[0-9a-f]{64}/);
      expect(commitment).toContain('抽取时公开');
      // Before its date there is nothing to draw; 作废 is offered.
      expect(await buttonByText(page.getByTestId('draw-actions'), '抽取').count()).toBe(0);
      await expect(buttonByText(page.getByTestId('draw-actions'), '作废').count()).resolves.toBe(1);

      // The draw date comes: the officer enters that day's public number.
      clock.advance(4 * 86_400_000);
      await loginAs(page, server.url, 'guoyang_yjj');
      await page.goto(drawUrl);
      await buttonByText(page.getByTestId('draw-actions'), '抽取').click();
      const drawForm = page.locator('.ant-modal:visible');
      await drawForm.getByTestId('draw-public-value').fill('5 2 8');
      await expectServerAnswer(page, 'POST', /\/actions\/draw$/, () => buttonByText(drawForm, '确定抽取').click());
      await expect.poll(() => page.getByTestId('draw-status').innerText(), { timeout: 15_000 }).toBe('已抽取待审核');
      const rows = page.getByTestId('draw-result').locator('tbody tr.ant-table-row');
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await rows.first().innerText()).toContain('审核通过后下达');
      // The one who drew cannot approve.
      expect(await buttonByText(page.getByTestId('draw-actions'), '审核通过并下达检查').count()).toBe(0);
    } finally {
      await context.close();
    }

    const second = await signedIn('guoyang_yjj2');
    try {
      await second.page.goto(`${server.url}/random-draws`);
      await second.page.locator('.ant-table-row', { hasText: '（示例）危化企业双随机执法检查' }).click();
      await buttonByText(second.page.getByTestId('draw-actions'), '审核通过并下达检查').click();
      const approve = second.page.locator('.ant-modal:visible');
      await approve.getByLabel('审核意见').fill('同意');
      await expectServerAnswer(second.page, 'POST', /\/actions\/approve$/, () => buttonByText(approve, '确定审核通过并下达检查').click());
      await expect.poll(() => second.page.getByTestId('draw-status').innerText(), { timeout: 15_000 }).toBe('已下达检查');
      const first = second.page.getByTestId('draw-result').locator('tbody tr.ant-table-row').first();
      await expect.poll(() => first.innerText(), { timeout: 15_000 }).toMatch(/341621-\d{4}-\d+/);
      await second.page.getByRole('link', { name: '公开复算页面' }).waitFor();
    } finally {
      await second.context.close();
    }

    // Anyone, signed in or not: the public page recomputes the draw here and says it matches.
    const publicView = await signedIn(null);
    try {
      const id = drawUrl.split('/').pop() ?? '';
      const notice = await (await publicView.page.request.get(`${server.url}/api/public/random-draws/${id}`)).json();
      expect(notice).toMatchObject({ noticeLabel: '抽查任务公告' });
      await publicView.page.goto(`${server.url}/public/random-draws/${id}`);
      const replay = publicView.page.getByTestId('public-replay');
      await waitForOrExplain(publicView.page, replay);
      const text = await replay.innerText();
      expect(text).toContain('输入清单与公告哈希一致');
      expect(text).toContain('种子与公告哈希一致');
      expect(text).toContain('复算结果与公布结果一致');
    } finally {
      await publicView.context.close();
    }
  }, 300_000);

  test('差异化监管: classes with their reasons; an enterprise put on the 不放心 list becomes A', async () => {
    const { context, page } = await signedIn('guoyang_yjj');
    try {
      // Class B, opened by its address (a click on the count would refetch under the rows being read).
      await page.goto(`${server.url}/supervision?class=B`);
      const rows = page.locator('.ant-table-row');
      await waitForOrExplain(page, rows.first());
      await expect.poll(() => rows.first().innerText()).toContain('高危行业领域或高风险企业');
      const name = (await rows.first().locator('td').first().innerText()).trim();
      await rows.first().getByRole('button', { name: '列入不放心' }).click();
      const modal = page.locator('.ant-modal:visible');
      await modal.getByTestId('watch-reason').fill('群众反映夜间违规生产（示例）');
      await expectServerAnswer(page, 'PUT', /^\/api\/watch-list\//, () => buttonByText(modal, '列入').click());
      // One page load with the filters in the address (the 不放心 list), one check of the row as a whole.
      await page.goto(`${server.url}/supervision?watched=true&q=${encodeURIComponent(name)}`);
      await expect.poll(() => page.locator('.ant-table-tbody').innerText()).toMatch(new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*A类（重点监管）[\\s\\S]*不放心：群众反映夜间违规生产（示例）`));
    } finally {
      await context.close();
    }
  }, 120_000);
});

