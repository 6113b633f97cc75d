import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { totpCode } from './totp.ts';

/** Sessions and passwords (issue 11 D5–D8, D17). */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 20 });
});
afterAll(async () => t?.close());

const loginFrom = (address: string, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: address, payload: body });

describe('TOTP', () => {
  it('accepts a code once (no replay within its window) and keeps the secret sealed at rest', async () => {
    const token = await t.login('guoyang_xf');
    const { secret } = (await t.request(token, 'POST', '/api/me/totp/setup')).json() as { secret: string };
    const [pending] = await t.rows<{ totp_pending_secret: string }>(sql`SELECT totp_pending_secret FROM users WHERE username = 'guoyang_xf'`);
    expect(pending?.totp_pending_secret).toMatch(/^v1\./);
    expect(pending?.totp_pending_secret).not.toContain(secret);
    expect((await t.request(token, 'POST', '/api/me/totp/enable', { code: totpCode(secret, t.clock.now()) })).statusCode).toBe(204);
    const [row] = await t.rows<{ totp_secret: string }>(sql`SELECT totp_secret FROM users WHERE username = 'guoyang_xf'`);
    expect(row?.totp_secret).toMatch(/^v1\./);
    expect(row?.totp_secret).not.toContain(secret);

    t.clock.advance(30_000);
    const code = totpCode(secret, t.clock.now());
    const body = { username: 'guoyang_xf', password: 'Zhiben@2026', totp: code };
    expect((await t.request(null, 'POST', '/api/auth/login', body)).statusCode).toBe(200);
    const replay = await t.request(null, 'POST', '/api/auth/login', body);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('AUTH_TOTP_INVALID');
    // An older step than the last accepted one is refused too, even inside the ±1 window.
    const older = await t.request(null, 'POST', '/api/auth/login', { ...body, totp: totpCode(secret, t.clock.now(), -1) });
    expect(older.statusCode).toBe(401);
    expect((await t.request(null, 'POST', '/api/auth/login', { ...body, totp: totpCode(secret, t.clock.now(), 1) })).statusCode).toBe(200);
    // A sealed secret moved to another account does not open there.
    await t.database.unsafeOwnerExec(`UPDATE users SET totp_secret = (SELECT totp_secret FROM users WHERE username = 'guoyang_xf'), totp_enabled = true WHERE username = 'guoyang_jyj'`);
    t.clock.advance(60_000);
    const moved = await t.request(null, 'POST', '/api/auth/login', { username: 'guoyang_jyj', password: 'Zhiben@2026', totp: totpCode(secret, t.clock.now()) });
    expect(moved.statusCode).toBe(401);
  });
});

describe('passwords', () => {
  it('changing the password ends every other session of the user, not the one that changed it', async () => {
    const s1 = await t.login('mengcheng_aqb');
    const s2 = await t.login('mengcheng_aqb');
    expect((await t.request(s1, 'POST', '/api/me/password', { currentPassword: 'Zhiben@2026', newPassword: 'Huai-he#2027-qiao' })).statusCode).toBe(204);
    expect((await t.request(s2, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await t.request(s1, 'GET', '/api/me')).statusCode).toBe(200);
  });

  it('refuses short, common, username-based and unchanged passwords, with the reason in Chinese', async () => {
    const token = await t.login('mengcheng_yjj');
    const cases: [string, string][] = [
      ['short1A!', '至少12位'],
      ['Password123!', '常见'],
      ['qwertyuiop12', '常见'],
      ['Zhiben@2026', '至少12位'],
      ['Zhiben@2026!!', '常见'],
      ['mengcheng_yjj#2026', '用户名'],
      ['aaaaaaaaaaaa1', '重复'],
    ];
    for (const [newPassword, reason] of cases) {
      const response = await t.request(token, 'POST', '/api/me/password', { currentPassword: 'Zhiben@2026', newPassword });
      expect([newPassword, response.statusCode, response.json().field]).toEqual([newPassword, 400, 'newPassword']);
      expect(response.json().message).toContain(reason);
    }
    expect((await t.request(token, 'POST', '/api/me/password', { currentPassword: 'Zhiben@2026', newPassword: 'Guo-yang#Lv7-2026' })).statusCode).toBe(204);
    const same = await t.request(token, 'POST', '/api/me/password', { currentPassword: 'Guo-yang#Lv7-2026', newPassword: 'Guo-yang#Lv7-2026' });
    expect(same.json().message).toContain('不能与当前密码相同');
  });
});

describe('lockout that is not a denial of service', () => {
  it('failures from one address lock that address only: the real user signs in from elsewhere', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await loginFrom('198.51.100.7', { username: 'bozhou_yjj', password: 'wrong-pass-1' })).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 429, 429]);
    expect((await loginFrom('198.51.100.7', { username: 'bozhou_yjj', password: 'Zhiben@2026' })).statusCode).toBe(429);
    expect((await loginFrom('203.0.113.9', { username: 'bozhou_yjj', password: 'Zhiben@2026' })).statusCode).toBe(200);
  });

  it('delays grow with further failures', async () => {
    const fail = () => loginFrom('198.51.100.8', { username: 'guoyang_scj', password: 'wrong-pass-1' });
    for (let i = 0; i < 5; i++) await fail();
    const [first] = await t.rows<{ locked_until: Date }>(sql`SELECT locked_until FROM login_address_throttle WHERE username = 'guoyang_scj'`);
    expect(new Date(first?.locked_until ?? 0).getTime() - t.clock.now().getTime()).toBe(60_000);
    t.clock.advance(61_000);
    expect((await fail()).statusCode).toBe(429); // the 6th failure locks again at once, for twice as long
    const [second] = await t.rows<{ locked_until: Date }>(sql`SELECT locked_until FROM login_address_throttle WHERE username = 'guoyang_scj'`);
    expect(new Date(second?.locked_until ?? 0).getTime() - t.clock.now().getTime()).toBe(120_000);
  });

  it('limits failed logins per address, whatever usernames it sprays', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 32; i++) codes.push((await loginFrom('192.0.2.50', { username: `spray_${i}`, password: 'Winter2026!x' })).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 401)).toBe(true);
    expect(codes.slice(30)).toEqual([429, 429]);
    const limited = await loginFrom('192.0.2.50', { username: 'guoyang_aqb', password: 'Zhiben@2026' });
    expect(limited.json().code).toBe('AUTH_ADDRESS_LIMITED');
    t.clock.advance(15 * 60 * 1000 + 1000);
    expect((await loginFrom('192.0.2.50', { username: 'guoyang_aqb', password: 'Zhiben@2026' })).statusCode).toBe(200);
  });

  it('a spray from many addresses locks the account, but TOTP or an administrator’s unlock lets the real user in', async () => {
    const token = await t.login('guoyang_yjj');
    const { secret } = (await t.request(token, 'POST', '/api/me/totp/setup')).json() as { secret: string };
    await t.request(token, 'POST', '/api/me/totp/enable', { code: totpCode(secret, t.clock.now()) });
    for (const username of ['guoyang_yjj', 'guoyang_zjj']) {
      for (let i = 0; i < 20; i++) await loginFrom(`10.9.${i}.1`, { username, password: 'wrong-pass-1' });
    }
    // Password alone from a fresh address: locked for both.
    const noTotp = await loginFrom('203.0.113.20', { username: 'guoyang_zjj', password: 'Zhiben@2026' });
    expect(noTotp.statusCode).toBe(429);
    expect(noTotp.json().message).toContain('请管理员解锁');
    t.clock.advance(30_000);
    // With TOTP the real user is in.
    const withTotp = await loginFrom('203.0.113.20', { username: 'guoyang_yjj', password: 'Zhiben@2026', totp: totpCode(secret, t.clock.now()) });
    expect(withTotp.statusCode).toBe(200);
    // Without TOTP: the administrator's unlock.
    const sysadmin = await t.login('sysadmin');
    const zjj = ((await t.request(sysadmin, 'GET', '/api/users?q=guoyang_zjj')).json().items as { id: string; lockedUntil: string | null }[])[0];
    expect(zjj?.lockedUntil).not.toBeNull();
    expect((await t.request(sysadmin, 'POST', `/api/users/${zjj?.id}/unlock`)).statusCode).toBe(204);
    expect((await loginFrom('203.0.113.20', { username: 'guoyang_zjj', password: 'Zhiben@2026' })).statusCode).toBe(200);
  });
});
