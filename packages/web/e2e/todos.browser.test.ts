/**
 * The 待办 home of three roles (county regulator, enterprise, tip officer): the cards come from the server's registry
 * and each opens its list filtered to what it counted. Run with `npm run test:browser`.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startTestServer } from '../../server/src/testing/test-server.ts';

const PASSWORD = 'Zhiben@2026';

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

const roles = [
  { username: 'guoyang_yjj', cards: ['待认定', '待验收', '延期待审批', '逾期未整改'], open: 'hazards.pending_verification', url: /\/hazards\?status=pending_verification$/ },
  { username: 'ent_admin', cards: ['退回整改', '即将到期（7天内）', '逾期未整改'], open: 'hazards.due_soon', url: /\/hazards\?dueSoon=true$/ },
  { username: 'bozhou_jb', cards: ['举报待受理', '转办待核查', '举报办理超期'], open: 'tips.received', url: /\/tips\?status=received$/ },
] as const;

for (const role of roles) {
  test(`待办 home of ${role.username}`, async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      await page.goto(`${server.url}/login`);
      await page.getByLabel('用户名').fill(role.username);
      await page.getByLabel('密码').fill(PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      const todos = page.getByTestId('todos');
      await todos.waitFor();
      for (const label of role.cards) await expect(todos.getByText(label, { exact: true }).count()).resolves.toBe(1);
      if (role.username === 'ent_admin') await expect(todos.getByText('待认定', { exact: true }).count()).resolves.toBe(0);
      await page.getByTestId(`todo-${role.open}`).click();
      await page.waitForURL(role.url);
      await page.screenshot({ path: `/tmp/zhiben-todos-${role.username}.png` });
    } finally {
      await context.close();
    }
  });
}
