/**
 * End-to-end tests of the inspection pages: real server (fresh seeded PGlite) + Debian's chromium via playwright-core.
 * The demo enterprise's principal records a principal-led check on a 390 px phone (GPS granted to the context, photos
 * from the camera input, the draft surviving a reload); a county regulator plans, starts and records an inspection
 * whose two 不符合 items raise two hazards, which then show in the hazard ledger and on their detail pages.
 * Run with `npm run test:browser`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buttonByText, expectFitsPhone, expectServerAnswer, launchChromium, pickOption, png } from './browser.ts';
import { startTestServer } from '../../server/src/testing/test-server.ts';

const PASSWORD = 'Zhiben@2026';
const SITE = { latitude: 33.5121, longitude: 116.2113 };

let server: { url: string; close(): Promise<void> };
let browser: Browser;
let enterprise: { id: string; name: string };

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  const context = await browser.newContext();
  try {
    await context.request.post(`${server.url}/api/auth/login`, { data: { username: 'ent_admin', password: PASSWORD } });
    enterprise = ((await (await context.request.get(`${server.url}/api/me`)).json()) as { enterprise: { id: string; name: string } }).enterprise;
  } finally {
    await context.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(options: { phone?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1440, height: 900 },
    isMobile: options.phone === true,
    hasTouch: options.phone === true,
    geolocation: SITE,
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

async function login(page: Page, username: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Submits the open action modal and fails with the server's message if it refuses. */
async function confirmAction(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: `确定${label}` }).click();
  const error = page.getByTestId('action-error');
  await expect
    .poll(async () => ((await error.isVisible()) ? `错误：${await error.innerText()}` : (await page.locator('.ant-modal:visible').count()) === 0 ? 'closed' : 'open'), { timeout: 30_000 })
    .toBe('closed');
}

const photo = (name: string) => ({ name, mimeType: 'image/png', buffer: png() });

describe('inspection pages', () => {
  test('the principal records a principal-led check on a phone: GPS, camera photo, item by item, draft kept over a reload', async () => {
    const { context, page } = await newPage({ phone: true });
    try {
      await login(page, 'ent_principal');
      await page.goto(`${server.url}/principal-check`);
      await page.getByTestId('pc-gps').click();
      await expect.poll(() => page.getByTestId('pc-gps-value').innerText()).toContain('33.51210');
      await expectServerAnswer(page, 'POST', /^\/api\/files$/, () => page.getByTestId('pc-photo').setInputFiles(photo('principal.png')));
      await expect.poll(() => page.locator('.zb-principal-check img').count()).toBeGreaterThan(0);
      await expectFitsPhone(page, '主要负责人检查', 390);
      await page.getByTestId('pc-attendance').fill('演示负责人 主要负责人\n演示安全员 安全管理员');
      await page.getByTestId('pc-next').click();

      // First item 不符合 with a note and a photo, then reload: the draft is still there.
      await page.getByTestId('pc-result-fail').click();
      await page.getByPlaceholder('问题描述').fill('应急器材柜缺少防毒面具');
      await expectServerAnswer(page, 'POST', /^\/api\/files$/, () => page.getByTestId('pc-item-photo').setInputFiles(photo('item.png')));
      await expect.poll(() => page.getByTestId('pc-item').locator('img').count()).toBeGreaterThan(0);
      await page.reload();
      await expect.poll(() => page.getByPlaceholder('问题描述').inputValue()).toBe('应急器材柜缺少防毒面具');
      await page.getByTestId('pc-item-next').click();

      // The rest 符合, with large touch targets.
      const box = await page.getByTestId('pc-result-pass').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      for (let i = 0; i < 200 && (await page.getByTestId('pc-item').count()) > 0; i++) {
        await page.getByTestId('pc-result-pass').click();
        await page.getByTestId('pc-item-next').click();
      }
      await page.getByTestId('pc-conclusion').fill('带队检查发现1项问题，已要求立即整改。');
      await page.getByTestId('pc-submit').click();
      const refusal = page.getByTestId('pc-error');
      await expect
        .poll(async () => ((await refusal.isVisible()) ? `错误：${await refusal.innerText()}` : (await page.getByTestId('principal-check-done').count()) > 0 ? 'done' : 'waiting'), { timeout: 30_000 })
        .toBe('done');
      await page.getByTestId('principal-check-done').click();
      await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.getByTestId('inspection-no').innerText()).toMatch(/\S/);
      await expect(page.locator('body').innerText()).resolves.toContain('主要负责人带队');
      await expect(page.locator('body').innerText()).resolves.toContain('已完成');

      // Submitted: the draft is gone and the period is done.
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('zhiben:principal-check-draft')).length)).toBe(0);
      const periods = (await (await page.request.get(`${server.url}/api/principal-checks/periods`)).json()) as { current: { state: string } | null };
      expect(periods.current?.state).toBe('done');
    } finally {
      await context.close();
    }
  });

  test('a county regulator plans, starts and records an inspection whose two 不符合 items raise two hazards', async () => {
    const { context, page } = await newPage();
    try {
      await login(page, 'guoyang_yjj');
      await page.locator('.ant-layout-sider .ant-menu').getByText('检查记录', { exact: true }).click();
      await page.waitForURL(/\/inspections$/);
      await page.getByTestId('new-inspection').click();
      const modal = page.locator('.ant-modal', { hasText: '新建检查' });
      await modal.locator('.ant-form-item', { hasText: '生产经营单位' }).locator('.ant-select').click();
      await page.keyboard.type(enterprise.name.slice(0, 6));
      await page.locator('.ant-select-item-option', { hasText: enterprise.name }).first().click();
      await modal.getByTestId('form-sector').click();
      await page.keyboard.type('危险化学品');
      await page.locator('.ant-select-item-option', { hasText: '危险化学品' }).first().click();
      await modal.getByRole('button', { name: '安排检查' }).click();
      await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
      const id = new URL(page.url()).pathname.split('/').pop() ?? '';

      // Start: GPS from the context, a photo from the camera input.
      await page.getByTestId('inspection-actions').getByRole('button', { name: '开始检查' }).click();
      await page.getByTestId('start-gps').click();
      await page.getByTestId('start-gps-value').waitFor();
      await expectServerAnswer(page, 'POST', /^\/api\/files$/, () => page.getByTestId('start-photo').setInputFiles(photo('site.png')));
      await page.locator('.ant-modal img').first().waitFor();
      await confirmAction(page, '开始检查');
      await expect.poll(() => page.locator('body').innerText(), { timeout: 20_000 }).toContain('检查中');

      // Record: the first two items 不符合 (title and deadline prefilled), every other item 符合.
      await page.getByTestId('inspection-actions').getByRole('button', { name: '填写检查结果' }).click();
      const cards = page.locator('.ant-modal .ant-card:not([data-testid=record-tests])');
      const n = await cards.count();
      expect(n).toBeGreaterThan(2);
      for (let k = 0; k < n; k++) {
        const card = cards.nth(k);
        await card.getByText(k < 2 ? '不符合' : '符合', { exact: true }).click();
        if (k < 2) {
          await expectServerAnswer(page, 'POST', /^\/api\/files$/, () => card.locator('input[type=file]').setInputFiles(photo(`finding-${k}.png`)));
          await card.locator('img').first().waitFor();
        }
      }
      // 现场测试: one worker asked two questions, one answered right.
      const tests = page.getByTestId('record-tests');
      await tests.getByTestId('add-test').click();
      await tests.getByPlaceholder('被询问人').fill('演示操作工');
      await tests.getByPlaceholder('询问或测试内容').fill('紧急切断阀在哪里操作？');
      await tests.getByPlaceholder('答对').fill('1');
      await tests.getByPlaceholder('题数').fill('2');
      await confirmAction(page, '填写检查结果');
      await expect.poll(() => page.getByTestId('item-hazard').count(), { timeout: 20_000 }).toBe(2);
      await expect(page.getByTestId('inspection-tests').innerText()).resolves.toContain('1/2');

      // Close with the conclusion and the leader's signature.
      await page.getByTestId('inspection-actions').getByRole('button', { name: '结束检查' }).click();
      await page.getByLabel('检查结论').fill('发现2项问题，已登记隐患并责令限期整改。');
      // 执法检查 that found major hazards without filing a case states why (reviewable).
      await page.getByLabel('不立案理由').fill('企业已当场停止相关作业并承诺限期整改，复查后依法处理。');
      await confirmAction(page, '结束检查');
      await expect.poll(() => page.locator('body').innerText(), { timeout: 20_000 }).toContain('已完成');

      const view = (await (await page.request.get(`${server.url}/api/inspections/${id}`)).json()) as { findings: number; items: { hazard: { id: string; hazardNo: string } | null }[] };
      expect(view.findings).toBe(2);
      const hazards = view.items.flatMap((i) => (i.hazard ? [i.hazard] : []));
      expect(hazards).toHaveLength(2);

      // The two hazards are in the ledger and open from the inspection.
      for (const h of hazards) {
        await page.goto(`${server.url}/hazards?q=${encodeURIComponent(h.hazardNo)}`);
        await page.locator('.ant-table-row', { hasText: h.hazardNo }).first().waitFor();
      }
      await page.goto(`${server.url}/inspections/${id}`);
      // 五个清单: the problems and the hazards to rectify, each hazard linked.
      const lists = page.getByTestId('five-lists');
      await lists.getByRole('tab', { name: /问题清单/ }).click();
      await expect.poll(() => lists.locator('[role=tabpanel][aria-hidden=false] .ant-table-row').count()).toBe(2);
      await lists.getByRole('tab', { name: /整改销号清单/ }).click();
      for (const h of hazards) await lists.locator('[role=tabpanel][aria-hidden=false] a', { hasText: h.hazardNo }).waitFor();
      await lists.getByRole('tab', { name: /执法清单/ }).click();
      await lists.getByText('不予立案理由：企业已当场停止相关作业', { exact: false }).waitFor();
      await page.getByTestId('item-hazard').first().click();
      await page.waitForURL(/\/hazards\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.getByTestId('hazard-no').innerText(), { timeout: 20_000 }).toBe(hazards[0]?.hazardNo);
    } finally {
      await context.close();
    }
  }, 300_000); // a long journey: on a busy machine each page and action takes seconds

  test('安排检查 from an overdue hazard: the form comes with the enterprise and the trigger; the inspection gets its due date', async () => {
    const { context, page } = await newPage();
    try {
      await login(page, 'guoyang_yjj');
      // An overdue hazard of the demo enterprise, registered through the API as the officer.
      const registered = await page.request.post(`${server.url}/api/hazards`, {
        headers: { origin: server.url },
        data: { enterpriseId: enterprise.id, level: 'general', sector: 'hazchem', criterionIds: [], title: '储罐区防火堤破损', description: '防火堤多处裂缝未修补', location: '二号罐区', foundAt: '2026-10-08', deadline: '2026-11-08' },
      });
      expect(registered.status(), await registered.text()).toBe(201);
      const hazard = (await registered.json()) as { id: string; hazardNo: string };
      await page.goto(`${server.url}/hazards/${hazard.id}`);
      await page.getByTestId('plan-inspection-from-record').click();
      const modal = page.locator('.ant-modal', { hasText: `逾期未整改的隐患 ${hazard.hazardNo}` });
      await modal.getByTestId('inspection-trigger').waitFor();
      await expect(modal.locator('.ant-form-item', { has: page.locator('#form-enterprise') }).innerText()).resolves.toContain(enterprise.name);
      await pickOption(page, modal.getByTestId('form-sector').locator('input'), '危险化学品');
      // The choice is on the form before it is sent (a click that landed elsewhere fails here, not on the server).
      await expect.poll(() => modal.locator('.ant-form-item', { has: page.getByTestId('form-sector') }).innerText()).toContain('危险化学品');
      await expectServerAnswer(page, 'POST', /^\/api\/inspections$/, () => modal.getByRole('button', { name: '安排检查' }).click());
      await page.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
      const id = new URL(page.url()).pathname.split('/').pop() ?? '';
      const view = (await (await page.request.get(`${server.url}/api/inspections/${id}`)).json()) as { trigger: string; triggerRef: { no: string } | null; dueOn: string | null; subject: { name: string } };
      expect(view).toMatchObject({ trigger: 'hazard_overdue', triggerRef: { no: hazard.hazardNo }, subject: { name: enterprise.name } });
      expect(view.dueOn).not.toBeNull();
    } finally {
      await context.close();
    }
  });

  test('a county officer writes a checklist on screen, then a new version with one item changed; the old version stays as it was', async () => {
    const { context, page } = await newPage();
    try {
      await login(page, 'guoyang_yjj');
      await page.goto(`${server.url}/checklists`);
      await page.getByTestId('checklist-new').click();
      const editor = page.locator('.ant-modal:visible');
      await editor.getByLabel('清单名称').fill('（示例）涡阳县危化企业夜查清单');
      await editor.getByTestId('checklist-add-item').click();
      await editor.getByTestId('checklist-add-item').click();
      const items = editor.getByTestId('checklist-item');
      await expect.poll(() => items.count()).toBe(3);
      const texts = ['罐区可燃气体报警器是否正常投用', '夜间是否有人员值守并按时巡检', '装卸作业是否有专人监护'];
      for (const [i, text] of texts.entries()) await items.nth(i).getByLabel('检查内容').fill(text);
      // Two items with the same 序号: the server names the item and the field.
      await items.nth(2).getByLabel('序号').fill('2');
      await buttonByText(editor, '发布').click();
      await expect.poll(() => items.nth(2).locator('.ant-form-item-explain-error').allInnerTexts(), { timeout: 15_000 }).toEqual([expect.stringContaining('重复')]);
      await items.nth(2).getByLabel('序号').fill('3');
      await expectServerAnswer(page, 'POST', /^\/api\/checklists$/, () => buttonByText(editor, '发布').click());
      await page.waitForURL(/\/checklists\/[0-9a-f-]{36}$/);
      const firstUrl = page.url();
      const rows = () => page.locator('.ant-table-tbody tr.ant-table-row').allInnerTexts();
      await expect.poll(async () => (await rows()).length).toBe(3);
      expect((await rows())[1]).toContain(texts[1]);

      await page.getByTestId('checklist-edit').click();
      const next = page.locator('.ant-modal:visible');
      await next.getByTestId('checklist-item').nth(1).getByLabel('检查内容').fill('夜间值守人员是否在岗并每2小时巡检一次');
      await expectServerAnswer(page, 'POST', /\/versions$/, () => buttonByText(next, '发布').click());
      await expect.poll(() => page.url(), { timeout: 15_000 }).not.toBe(firstUrl);
      await expect.poll(async () => (await rows())[1] ?? '').toContain('每2小时巡检一次');
      await expect(page.locator('.ant-descriptions').innerText()).resolves.toContain('第2版');

      await page.goto(firstUrl);
      await expect.poll(async () => (await rows())[1] ?? '').toContain(texts[1]);
      await expect(page.locator('.ant-descriptions').innerText()).resolves.toContain('第1版');
      expect(await page.getByTestId('checklist-edit').count()).toBe(0); // only the latest version is edited
    } finally {
      await context.close();
    }
  }, 300_000);
});
