/**
 * End-to-end journeys of the issue-15 console beyond the dispatch: the city 安委办 adds a task to its plan — asked to
 * issue it without a lead org, the form names the field — fixes it and issues it, and finds it in the task list;
 * then records a leaders' meeting and finds it in the chair's 履职档案.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Locator, Page, Response } from 'playwright-core';
import { chinaDate, expectServerAnswer, launchChromium, loginAs, pickDate, pickOption } from './browser.ts';
import { startTestServer } from '../../server/src/testing/test-server.ts';


let server: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ enterpriseCount: 60, demoPlans: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const login = (page: Page, username: string) => loginAs(page, server.url, username);

/** Types into a searchable select and takes the option that shows `text` (pickOption: the one the list leads with). */
async function choose(page: Page, scope: Locator, label: string, text: string): Promise<void> {
  await pickOption(page, scope.getByLabel(label), text);
}

/** Clicks, waits for the server's answer to the POST whose path matches and asserts its status. */
async function posted(page: Page, path: RegExp, click: () => Promise<void>, status: number): Promise<Response> {
  const response = await expectServerAnswer(page, 'POST', path, click);
  expect(response.status(), await response.text()).toBe(status);
  return response;
}

test('a task without a lead org is refused naming the field; fixed, it is issued and listed', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await login(page, 'bozhou_aqb');
    await page.locator('.ant-layout-sider .ant-menu').getByText('任务清单', { exact: true }).click();
    await page.getByTestId('tasks-table').locator('.ant-table-row').first().waitFor();
    await page.getByTestId('task-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('task-code').fill('（十一）9');
    await dialog.getByTestId('task-name').fill('【测试】电动自行车集中充电设施建设');
    await pickDate(dialog, '完成时限', chinaDate(60));
    await dialog.getByText('保存后立即下发', { exact: false }).click();
    await dialog.getByRole('button', { name: '保存并下发' }).click();
    // The rule the server applies, checked before anything is written, shown on the field it names.
    await dialog.locator('.ant-form-item-explain-error', { hasText: '未指定牵头单位，不能下发' }).waitFor();

    await choose(page, dialog, '牵头单位', '亳州市应急管理局');
    // Two answers to one click: the task is added, then issued.
    const created = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/tasks');
    await posted(page, /^\/api\/tasks\/[^/]+\/actions\/issue$/, () => dialog.getByRole('button', { name: '保存并下发' }).click(), 200);
    const added = await created;
    expect(added.status(), await added.text()).toBe(201);
    await page.getByTestId('task-title').getByText('电动自行车集中充电设施建设', { exact: false }).waitFor();
    await expect(page.getByTestId('task-status').textContent()).resolves.toBe('未开始');
    await page.getByTestId('task-fields').getByText('亳州市应急管理局', { exact: true }).waitFor();

    await page.locator('.ant-layout-sider .ant-menu').getByText('任务清单', { exact: true }).click();
    await page.getByPlaceholder('编号或任务名称').fill('电动自行车集中充电');
    await page.getByPlaceholder('编号或任务名称').press('Enter');
    const row = page.getByTestId('tasks-table').locator('.ant-table-row', { hasText: '电动自行车集中充电设施建设' });
    await row.waitFor();
    await row.getByText('未开始').waitFor();
  } finally {
    await context.close();
  }
});

test("a leaders' meeting recorded by the 安委办 shows in the chair's 履职档案", async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await login(page, 'bozhou_aqb');
    await page.locator('.ant-layout-sider .ant-menu').getByText('领导会议', { exact: true }).click();
    await page.getByTestId('meetings-table').locator('.ant-table-row').first().waitFor();
    await page.getByTestId('meeting-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('meeting-name').fill('【测试】研究电动自行车火灾防范工作');
    await pickDate(dialog, '会议日期', chinaDate(0));
    // Bad input: without a chair the form names the field and nothing is sent.
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('请选择主持会议的领导').waitFor();
    await choose(page, dialog, '主持人', '王建华');
    await dialog.getByTestId('meeting-topics-input').fill('通报电动自行车火灾情况\n部署集中充电设施建设');
    await dialog.getByLabel('会议纪要').fill('【测试】会议研究了电动自行车火灾防范工作。');
    await posted(page, /^\/api\/meetings$/, () => dialog.getByRole('button', { name: '保存' }).click(), 201);
    await page.getByTestId('meeting-title').getByText('研究电动自行车火灾防范工作', { exact: false }).waitFor();

    await page.getByRole('link', { name: /王建华/ }).click();
    await page.getByTestId('leader-record-title').getByText('王建华', { exact: false }).waitFor();
    await page.getByTestId('leader-meetings').getByText('研究电动自行车火灾防范工作', { exact: false }).waitFor();
  } finally {
    await context.close();
  }
});
