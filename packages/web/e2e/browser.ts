import { existsSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { expect } from 'vitest';
import { chromium, type Browser, type Locator, type Page, type Response } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Picks `text` in a searchable antd select whose search input is `input`: types it, waits until the filtered list
 * leads with it, and takes it with Enter. A click on the option can land on another one when the list re-renders
 * under the pointer (seen under load: 校园安全 chosen for 危险化学品); the caller still checks the value shown.
 */
export async function pickOption(page: Page, input: Locator, text: string): Promise<void> {
  await input.click();
  await input.fill(text);
  const first = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  await expect.poll(() => first.innerText().catch(() => ''), { timeout: 15_000 }).toContain(text);
  await expect.poll(() => page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').first().innerText().catch(() => ''), { timeout: 15_000 }).toContain(text);
  await page.keyboard.press('Enter');
}

/**
 * A button by the text it shows, with or without the space antd puts between two Chinese characters (发 布). Not by
 * accessible name: once a button has been busy, antd keeps its zero-width loading icon (aria-label "loading") in it
 * until a leave animation ends, which under load can take longer than the test waits — the name is then
 * "loading 发布" and an anchored name never matches (seen in CI).
 */
export function buttonByText(scope: Locator | Page, text: string): Locator {
  const pattern = [...text].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
  return scope.locator('button', { hasText: new RegExp(`^\\s*${pattern}\\s*$`) });
}

/** Debian's Chromium, headless, with everything that would reach the network switched off. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Every page asks for reduced motion, so the app runs without animations: under load a click pressed on a
  // dropdown option or a modal's button still moving into place was released beside it, and selected or submitted
  // nothing (seen in CI). Headless Chromium ignores --force-prefers-reduced-motion; the context option works.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options) => newContext({ reducedMotion: 'reduce', ...options });
  return browser;
}

/**
 * Runs `act` and waits for the server's answer to the request it makes (a busy machine may take long); a refusal
 * fails with the server's own message instead of a later timeout on something that never appears.
 */
export async function expectServerAnswer(page: Page, method: string, path: RegExp, act: () => Promise<unknown>): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname), { timeout: 90_000 }),
    act(),
  ]);
  if (response.status() >= 400) throw new Error(`${method} ${response.url()} answered ${response.status()}: ${await response.text()}`);
  return response;
}

/** Waits for `target`; when it does not come, fails with what the page shows instead (an error, a refusal). */
export async function waitForOrExplain(page: Page, target: Locator, timeout?: number): Promise<void> {
  try {
    await target.waitFor({ timeout });
  } catch (error) {
    const shown = (await page.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 800);
    throw new Error(`${(error as Error).message.split('\n')[0]}\n页面显示：${shown}`);
  }
}

/** A small valid PNG (a gradient), made here so the tests need no fixture file. */
export function png(width = 32, height = 24): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push((x * 8) & 0xff, (y * 10) & 0xff, 140);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Nothing on the page is wider than the phone's screen (`width`, the viewport of a context with `isMobile`). Measured
 * against clientWidth, not innerWidth: on a mobile viewport Chromium widens the layout viewport to the content, so
 * innerWidth grows with the overflow this should reveal (700 for a 700-px page at 390).
 */
export async function expectFitsPhone(page: Page, where: string, width: number): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(clientWidth, `${where}: 视口宽度`).toBe(width);
  expect(scrollWidth, `${where}: 页面横向溢出`).toBeLessThanOrEqual(clientWidth);
}

/** Logs in through the login page (demo password) and waits for the console's menu. */
export async function loginAs(page: Page, baseUrl: string, username: string, password = 'Zhiben@2026'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('.ant-layout-sider').getByText('首页', { exact: true }).waitFor();
}

/** The date in China `days` from now, as yyyy-mm-dd. */
export const chinaDate = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** Types a date into an antd DatePicker (its input accepts yyyy-mm-dd) and confirms it. */
export async function pickDate(scope: Locator, label: string, date: string): Promise<void> {
  const input = scope.getByLabel(label);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}
