/**
 * End-to-end test of the 月通报 page: a city officer opens it from the 统计分析 menu, sees the headline numbers of
 * last month, enters the 文号 and 签发人, leaves out the 督办情况, generates the Word circular with a progress bar and
 * downloads it. Run with `npm run test:browser`.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startTestServer } from '../../server/src/testing/test-server.ts';

const PASSWORD = 'Zhiben@2026';
const SCREENSHOT = '/tmp/zhiben-circular.png';

let server: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ enterpriseCount: 60 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('generate and download the Word circular of last month', async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').fill('bozhou_aqb');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('.ant-layout-sider').getByText('首页', { exact: true }).waitFor();

    const menu = page.locator('.ant-layout-sider .ant-menu');
    if (!(await menu.getByText('月通报', { exact: true }).isVisible())) await menu.getByText('统计分析', { exact: true }).click();
    await menu.getByText('月通报', { exact: true }).click();
    const preview = page.getByTestId('circular-preview');
    await preview.getByText('亳州市安全生产治本攻坚三年行动重大事故隐患动态清零工作情况通报', { exact: false }).waitFor();
    await expect(preview.getByText('逾期未整改').count()).resolves.toBeGreaterThan(0);

    await page.getByTestId('circular-doc-no').fill('亳安委办〔2026〕15号');
    await page.getByTestId('circular-signer').fill('王建国');
    await page.getByTestId('circular-sections').getByText('督办情况', { exact: true }).click();
    await page.getByTestId('circular-generate-docx').click();
    const download = page.getByTestId('circular-download-docx');
    await download.waitFor();
    await expect(page.getByTestId('circular-progress-docx').getAttribute('class')).resolves.toContain('ant-progress-status-success');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^亳州市隐患动态清零月通报-\d{4}-\d{2}\.docx$/);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('亳安委办〔2026〕15号');
    expect(xml).toContain('签发人：王建国');
    expect(xml).toContain('四、检查和企业主要负责人带队检查情况');
    expect(xml).toContain('五、下一步工作要求'); // 督办情况 left out: the sections renumber
    expect(xml).not.toContain('督办情况');
  } finally {
    await context.close();
  }
});
