/**
 * End-to-end test of issue 15's main journey — a month's dispatch from opening the round to the generated 调度通报:
 * the city 安委办 opens this month's round from the 月度调度 menu, records a problem, the dispatch meeting and a 交办
 * item for a member unit, closes the round with its 文号, then generates the 调度通报 .docx with progress and
 * downloads it (a zip holding word/document.xml that names the 交办 item).
 */
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { chinaDate, expectServerAnswer, launchChromium, loginAs, pickDate } from './browser.ts';
import { startTestServer } from '../../server/src/testing/test-server.ts';

const SCREENSHOT = '/tmp/zhiben-dispatch.png';

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

/** The text of one entry of a zip (stored or deflated), read from the central directory. */
function zipEntry(zip: Buffer, name: string): string | null {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return null;
  let at = zip.readUInt32LE(eocd + 16);
  const count = zip.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.subarray(at + 46, at + 46 + nameLength).toString();
    if (entryName === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  return null;
}

const login = (page: Page, username: string) => loginAs(page, server.url, username);

/** Opens an action's modal from the record's buttons, fills it with `fill`, submits and waits for it to close. */
async function act(page: Page, label: string, fill: (dialog: Locator) => Promise<void>) {
  await page.getByTestId('round-actions').getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: `确定${label}` }).click();
  await dialog.waitFor({ state: 'hidden' });
}

test("a month's dispatch: open the round, problem, meeting, 交办 item, close, the 调度通报 .docx", async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await login(page, 'bozhou_aqb');
    const menu = page.locator('.ant-layout-sider .ant-menu');
    await menu.getByText('月度调度', { exact: true }).click();
    // Earlier months are closed rounds from the demo history.
    await page.locator('.ant-table-row').first().waitFor();

    await page.getByTestId('open-round').click();
    await page.getByRole('dialog').getByRole('button', { name: '开启' }).click();
    await page.getByTestId('round-title').waitFor();
    await expect(page.getByTestId('round-status').textContent()).resolves.toBe('调度中');

    // Bad input: a problem without text is refused naming the field, nothing is written.
    await page.getByTestId('round-actions').getByRole('button', { name: '记录问题', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定记录问题' }).click();
    await page.getByRole('dialog').getByText('请填写问题').waitFor();
    await page.getByTestId('problem-text').fill('【测试】部分成员单位任务进展滞后，燃气管网改造未按节点推进');
    await page.getByRole('dialog').getByRole('button', { name: '确定记录问题' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('round-problems').getByText('燃气管网改造未按节点推进', { exact: false }).waitFor();

    await act(page, '记录调度会', async (dialog) => {
      await pickDate(dialog, '会议日期', chinaDate(0));
      await dialog.getByTestId('meeting-chair').fill('张某某');
      await dialog.getByTestId('meeting-topics').fill('通报本月任务进展\n部署下月重点工作');
      await dialog.getByLabel('会议纪要').fill('【测试】会议听取了各成员单位的工作汇报，研究部署了下一步工作。');
    });
    await page.getByTestId('round-meeting').getByText('张某某', { exact: false }).waitFor();

    await act(page, '形成交办事项', async (dialog) => {
      await dialog.getByTestId('decision-name').fill('【测试】燃气管网老化更新改造督办');
      await dialog.getByLabel('牵头单位').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      await pickDate(dialog, '完成时限', chinaDate(30));
    });
    await page.getByTestId('round-decisions').getByText('燃气管网老化更新改造督办', { exact: false }).waitFor();

    await act(page, '结束调度并印发通报', async (dialog) => {
      await dialog.getByTestId('close-docno').fill('亳安办调〔2026〕99号');
    });
    await page.getByTestId('round-status').getByText('已通报').waitFor();
    await expect(page.getByTestId('round-actions').getByRole('button', { name: '记录问题', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByTestId('timeline-verified').count()).resolves.toBeGreaterThan(0);

    const documents = page.getByTestId('dispatch-documents');
    await documents.getByTestId('document-generate').click();
    const download = documents.getByTestId('document-download');
    await download.waitFor({ timeout: 90_000 });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const docx = Buffer.concat(chunks);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const xml = zipEntry(docx, 'word/document.xml');
    expect(xml).not.toBeNull();
    expect(xml).toContain('燃气管网老化更新改造督办');
    expect(xml).toContain('调度');
  } finally {
    await context.close();
  }
});

test('a member unit files its return pre-filled by the API and the 安委办 accepts it; the task pages show the plan', async () => {
  const unit = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const committee = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  try {
    const page = await unit.newPage();
    page.setDefaultTimeout(30_000);
    await login(page, 'bozhou_yjj');
    const unitMenu = page.locator('.ant-layout-sider .ant-menu');
    await unitMenu.getByText('工作报送', { exact: true }).click();
    // The rounds are the 安委办's own: a member unit is not offered a page whose list it may not read.
    await expect(unitMenu.getByText('月度调度', { exact: true }).count()).resolves.toBe(0);
    const toFile = page.getByTestId('returns-to-file');
    await toFile.getByTestId('file-return').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('return-text').waitFor();
    // The form is pre-filled: the platform's figures are listed, and the text cannot be left empty.
    await dialog.getByTestId('return-text').fill('');
    await dialog.getByRole('button', { name: '报送' }).click();
    await dialog.getByText('请填写工作情况').waitFor();
    await dialog.getByTestId('return-text').fill('【测试】本月组织开展燃气安全专项检查，督促整改重大事故隐患。');
    await expectServerAnswer(page, 'POST', /^\/api\/returns$/, () => dialog.getByRole('button', { name: '报送' }).click());
    await page.getByTestId('return-status').getByText('待审核').waitFor();
    const returnUrl = page.url();
    // The unit cannot review its own return: no 审核通过 button.
    await expect(page.getByTestId('return-actions').getByRole('button', { name: '审核通过' }).count()).resolves.toBe(0);

    // The unit reports progress on a task it leads (a co-unit may only add notes); the page shows it in the verified timeline.
    const me = (await (await page.request.get(`${server.url}/api/me`)).json()) as { org: { id: string } };
    await page.goto(`${server.url}/tasks?leadOrgId=${me.org.id}&displayStatus=in_progress,not_started`);
    await page.getByTestId('tasks-table').locator('.ant-table-row a').first().click();
    await page.getByTestId('task-actions').getByRole('button', { name: '报告进展', exact: true }).click();
    await page.getByTestId('progress-text').fill('【测试】已完成第一阶段排查，正在推进整改。');
    await expectServerAnswer(page, 'POST', /^\/api\/tasks\/[^/]+\/actions\/[a-z_]+$/, () => page.getByRole('dialog').getByRole('button', { name: '确定报告进展' }).click());
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByText('已完成第一阶段排查，正在推进整改', { exact: false }).waitFor();
    await page.getByTestId('timeline-verified').waitFor();

    const officer = await committee.newPage();
    officer.setDefaultTimeout(30_000);
    await login(officer, 'bozhou_aqb');
    await officer.goto(returnUrl);
    await officer.getByTestId('return-report-text').getByText('燃气安全专项检查', { exact: false }).waitFor();
    await officer.getByTestId('return-actions').getByRole('button', { name: '审核通过', exact: true }).click();
    await expectServerAnswer(officer, 'POST', /^\/api\/returns\/[^/]+\/actions\/accept$/, () =>
      officer.getByRole('dialog').getByRole('button', { name: '确定审核通过' }).click(),
    );
    await officer.getByTestId('return-status').getByText('已审核通过').waitFor();
    await expect(officer.getByTestId('return-actions').getByRole('button', { name: '退回修改' }).count()).resolves.toBe(0);

    // The timeliness chart, the task list (overdue filter), the board's Gantt and ranking, and the plans.
    await officer.goto(`${server.url}/returns`);
    await officer.getByTestId('returns-timeliness-chart').locator('canvas').waitFor();
    await officer.goto(`${server.url}/tasks?displayStatus=overdue`);
    await officer.getByTestId('tasks-table').locator('.ant-table-row').first().waitFor();
    const statuses = await officer.getByTestId('tasks-table').locator('.ant-table-row .ant-tag').allInnerTexts();
    expect(statuses.filter((s) => s === '逾期').length).toBeGreaterThan(0);
    await officer.goto(`${server.url}/tasks/board`);
    await officer.getByTestId('task-gantt').locator('canvas').waitFor();
    await officer.getByTestId('member-ranking').locator('canvas').waitFor();
    await officer.goto(`${server.url}/plans`);
    await officer.getByTestId('plans-table').locator('.ant-table-row a').first().click();
    await officer.getByTestId('plan-title').waitFor();
  } finally {
    await unit.close();
    await committee.close();
  }
});
