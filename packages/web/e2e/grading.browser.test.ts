/**
 * 判定助手 in the browser: suggestions on the hazard intake form (typed description → items with marked words →
 * pick one), on the tip 核查 form, per row in the 台账 import preview (pick → written on import), and the 定级质量 page on the demo data.
 * Run with `npm run test:browser`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import ExcelJS from '../../server/src/lib/exceljs.ts';
import { launchChromium, waitForOrExplain } from './browser.ts';
import { startTestServer } from '../../server/src/testing/test-server.ts';

const PASSWORD = 'Zhiben@2026';

let server: { url: string; close(): Promise<void> };
let browser: Browser;
let enterprise: { id: string; name: string; uscc: string };

beforeAll(async () => {
  server = await startTestServer({ demoHazards: true, demoTips: true });
  browser = await launchChromium();
  const me = await apiGet<{ enterprise: { id: string } }>('ent_admin', '/api/me');
  enterprise = await apiGet('guoyang_aqb', `/api/enterprises/${me.enterprise.id}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function apiGet<T>(username: string, path: string): Promise<T> {
  const context = await browser.newContext();
  try {
    const login = await context.request.post(`${server.url}/api/auth/login`, { data: { username, password: PASSWORD } });
    if (!login.ok()) throw new Error(`login ${username}: ${login.status()}`);
    return (await (await context.request.get(`${server.url}${path}`)).json()) as T;
  } finally {
    await context.close();
  }
}

async function signedIn(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${server.url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('.ant-layout-sider').getByText('首页', { exact: true }).waitFor();
  return { context, page };
}

const menuItem = (page: Page, label: string) => page.locator('.ant-layout-sider .ant-menu').getByText(label, { exact: true });

describe('判定助手', () => {
  test('intake form: suggestions appear as the description is typed, a click fills the criterion, never the level', async () => {
    const { context, page } = await signedIn('guoyang_yjj');
    try {
      await menuItem(page, '登记隐患').click();
      await page.waitForURL(/\/hazards\/new$/);
      await page.locator('.ant-form-item', { hasText: '单位' }).first().locator('.ant-select').click();
      await page.keyboard.type(enterprise.name.slice(0, 6));
      await page.locator('.ant-select-item-option', { hasText: enterprise.name }).first().click();

      await page.getByLabel('隐患名称').fill('液氯储罐区未实现紧急切断功能');
      await page.getByLabel('隐患描述').pressSequentially('构成二级重大危险源的液氯储罐区进出料管线未设置紧急切断阀，罐区未实现紧急切断功能', { delay: 5 });

      const panel = page.getByTestId('criterion-suggestions');
      const item = panel.locator('[data-testid=grading-item][data-criterion="HG2017-5"]');
      await item.waitFor();
      await expect(panel.getByTestId('grading-verdict').getAttribute('data-verdict')).resolves.toBe('major');
      await expect(item.locator('mark').count()).resolves.toBeGreaterThan(0);
      await expect(item.getByTestId('grading-reason').innerText()).resolves.toContain('条件覆盖');
      await page.screenshot({ path: '/tmp/zhiben-grading-form.png', fullPage: true });

      await item.getByTestId('grading-pick').click();
      await expect.poll(() => page.getByTestId('criterion-selected').innerText()).toContain('紧急切断功能');
      await expect(item.getByTestId('grading-pick').innerText()).resolves.toContain('已采用');
      // The level is the officer's: still 一般隐患 although the assistant says 疑似重大.
      await expect(page.locator('.ant-radio-button-wrapper-checked').first().innerText()).resolves.toContain('一般');
    } finally {
      await context.close();
    }
  });

  test('台账 preview: each row is checked, a suggested item is picked and written on import', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['单位名称', '信用代码', '行业领域', '排查日期', '隐患内容', '隐患级别', '判定依据', '整改时限', '整改情况']);
    sheet.addRow([enterprise.name, enterprise.uscc, '危险化学品', '2026-11-02', '罐区进出料管线未设置紧急切断阀，二级重大危险源罐区未实现紧急切断功能（演示）', '一般', '', '2026-12-31', '整改中']);
    sheet.addRow([enterprise.name, enterprise.uscc, '危险化学品', '2026-11-03', '罐区巡检记录填写不完整（演示）', '一般', '', '2026-12-31', '整改中']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const { context, page } = await signedIn('guoyang_aqb');
    try {
      await page.goto(`${server.url}/hazards/import`);
      await page.locator('input[type=file]').setInputFiles({ name: '台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
      const panel = page.getByTestId('ledger-grading');
      await waitForOrExplain(page, panel, 90_000);
      const row = panel.locator('[data-testid=ledger-grading-row][data-row="2"]');
      await row.waitFor();
      await expect(row.getByTestId('grading-verdict').getAttribute('data-verdict')).resolves.toBe('major');
      await expect(panel.innerText()).resolves.toContain('可能定级偏低');
      await page.screenshot({ path: '/tmp/zhiben-grading-import.png', fullPage: true });
      await row.locator('[data-testid=grading-item][data-criterion="HG2017-5"]').getByTestId('grading-pick').click();
      await expect.poll(() => panel.innerText()).toContain('判定依据：HG2017-5');

      await page.getByTestId('import-confirm').click();
      await page.getByText('导入完成', { exact: false }).waitFor();
      const list = await apiGet<{ items: { id: string; title: string }[] }>('guoyang_aqb', `/api/hazards?q=${encodeURIComponent('紧急切断')}&pageSize=50`);
      const imported = list.items.find((h) => h.title.includes('罐区进出料管线'));
      expect(imported).toBeDefined();
      const detail = await apiGet<{ level: string; criterionIds: string[] }>('guoyang_aqb', `/api/hazards/${imported!.id}`);
      expect(detail.criterionIds).toContain('HG2017-5');
      expect(detail.level).toBe('general');
    } finally {
      await context.close();
    }
  });

  test('台账 preview of a large ledger: rows left by the preview are checked in a follow-up, with progress, until every row is', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['单位名称', '信用代码', '行业领域', '排查日期', '隐患内容', '隐患级别', '判定依据', '整改时限', '整改情况']);
    const findings = ['罐区巡检记录填写不完整', '罐区进出料管线未设置紧急切断阀', '消防通道堆放杂物', '配电箱未上锁'];
    const rows = 3000;
    for (let i = 0; i < rows; i++) {
      sheet.addRow([enterprise.name, enterprise.uscc, '危险化学品', `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`, `${findings[i % findings.length]}（演示第${i + 1}处）`, '一般', '', '2026-12-31', '整改中']);
    }
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const { context, page } = await signedIn('guoyang_aqb');
    try {
      await page.goto(`${server.url}/hazards/import`);
      await page.locator('input[type=file]').setInputFiles({ name: '大台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
      const panel = page.getByTestId('ledger-grading');
      await waitForOrExplain(page, panel, 90_000);
      // Whatever the preview's budget allowed, the panel ends with every valid row checked.
      await expect.poll(async () => [await panel.getAttribute('data-checked'), await panel.getAttribute('data-unchecked')], { timeout: 120_000 }).toEqual([String(rows), '0']);
      await expect(panel.innerText()).resolves.not.toContain('正在逐行核对');
    } finally {
      await context.close();
    }
  });

  test('tip 核查 form: the findings are read, a pick marks the violation as a 重大事故隐患', async () => {
    const { context, page } = await signedIn('bozhou_jb');
    try {
      // A demo tip this officer may investigate now (the server's actions decide, not the test).
      const list = (await (await page.request.get(`${server.url}/api/tips?status=investigating&pageSize=100`)).json()) as { items: { id: string }[] };
      let tipId: string | undefined;
      for (const { id } of list.items) {
        const view = (await (await page.request.get(`${server.url}/api/tips/${id}`)).json()) as { actions: string[] };
        if (view.actions.includes('investigate')) {
          tipId = id;
          break;
        }
      }
      expect(tipId).toBeDefined();
      await page.goto(`${server.url}/tips/${tipId}`);
      await page.getByTestId('tip-actions').getByRole('button', { name: '录入核查结果', exact: true }).click();
      const dialog = page.getByRole('dialog');
      // Start from another kind, so that only the pick can make it 重大事故隐患.
      const kind = dialog.locator('.ant-form-item', { hasText: '查实问题性质' });
      // (Retried as a whole: under load a click can land while the dropdown is still opening or closing.)
      for (let attempt = 0; attempt < 5 && !(await kind.innerText()).includes('一般事故隐患'); attempt++) {
        await kind.locator('.ant-select').click();
        await page
          .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '一般事故隐患' })
          .click({ timeout: 5_000 })
          .catch(() => undefined);
        await page.waitForTimeout(300);
      }
      expect(await kind.innerText()).toContain('一般事故隐患');
      await dialog.getByLabel('核查情况').pressSequentially('现场查实该企业构成二级重大危险源的液氯储罐区进出料管线未设置紧急切断阀，未实现紧急切断功能', { delay: 5 });
      const panel = dialog.getByTestId('criterion-suggestions');
      await expect.poll(() => panel.getByTestId('grading-verdict').getAttribute('data-verdict')).toBe('major');
      await panel.getByTestId('grading-item').first().getByTestId('grading-pick').click();
      await expect.poll(() => kind.innerText()).toContain('重大事故隐患');
    } finally {
      await context.close();
    }
  });

  test('定级质量 lists the demo data’s grading mistakes, each linked to its hazard', async () => {
    const { context, page } = await signedIn('bozhou_aqb');
    try {
      // The 统计分析 group may already be open; open it only if its entry is hidden.
      if (!(await menuItem(page, '定级质量').isVisible())) await menuItem(page, '统计分析').click();
      await menuItem(page, '定级质量').click();
      await page.waitForURL(/\/stats\/grading-quality/);
      const table = page.getByTestId('grading-quality');
      const link = table.getByTestId('grading-quality-link').first();
      await link.waitFor();
      const text = await table.innerText();
      expect(text).toContain('可能定级偏低');
      expect(text).toContain('依据与描述不符');
      await page.screenshot({ path: '/tmp/zhiben-grading-quality.png', fullPage: true });
      await link.click();
      await page.waitForURL(/\/hazards\/[0-9a-f-]{36}$/);
      await page.getByTestId('hazard-timeline').waitFor();
    } finally {
      await context.close();
    }
  });
});
