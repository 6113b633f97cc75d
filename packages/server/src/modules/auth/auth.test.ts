import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { totpCode } from './totp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 50 });
});
afterAll(async () => t?.close());

describe('login and sessions', () => {
  it('logs in with a demo account and returns the user with capabilities', async () => {
    const response = await t.request(null, 'POST', '/api/auth/login', { username: 'guoyang_aqb', password: 'Zhiben@2026' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user.username).toBe('guoyang_aqb');
    expect(body.user.capabilities).toContain('enterprises.read');
    expect(body.user.scopeLabel).toContain('涡阳县');
    expect(response.headers['set-cookie']).toMatch(/zb_session=.*HttpOnly/i);
  });

  it.each([
    // A tip officer reaches no hazards but the tips of its region: the label says which, not 无业务数据权限.
    ['bozhou_jb', '举报件：亳州市全部行业'],
    ['sysadmin', '无业务数据权限'],
  ])('labels the scope of %s as %s', async (username, label) => {
    expect((await t.request(await t.login(username), 'GET', '/api/me')).json().scopeLabel).toBe(label);
  });

  it('accepts the session cookie as well as the bearer token', async () => {
    const login = await t.request(null, 'POST', '/api/auth/login', { username: 'auditor', password: 'Zhiben@2026' });
    const token = login.json().token as string;
    const viaCookie = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { zb_session: token } });
    expect(viaCookie.statusCode).toBe(200);
    expect(viaCookie.json().username).toBe('auditor');
  });

  it('answers a wrong password and an unknown user identically', async () => {
    const wrong = await t.request(null, 'POST', '/api/auth/login', { username: 'guoyang_zjj', password: 'nope-123456' });
    const unknown = await t.request(null, 'POST', '/api/auth/login', { username: 'no_such_user', password: 'nope-123456' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().message).toBe('用户名或密码错误');
  });

  it('locks after 5 failures for 15 minutes, the same way for existing and unknown users', async () => {
    for (const username of ['guoyang_scj', 'ghost_user']) {
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) {
        codes.push((await t.request(null, 'POST', '/api/auth/login', { username, password: 'wrong-pass-1' })).statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 401, 429, 429]);
    }
    const locked = await t.request(null, 'POST', '/api/auth/login', { username: 'guoyang_scj', password: 'Zhiben@2026' });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('AUTH_LOCKED');
    t.clock.advance(15 * 60 * 1000 + 1000);
    const after = await t.request(null, 'POST', '/api/auth/login', { username: 'guoyang_scj', password: 'Zhiben@2026' });
    expect(after.statusCode).toBe(200);
  });

  it('expires a session after 30 idle minutes', async () => {
    const token = await t.login('guoyang_xf');
    t.clock.advance(29 * 60 * 1000);
    expect((await t.request(token, 'GET', '/api/me')).statusCode).toBe(200);
    t.clock.advance(29 * 60 * 1000);
    expect((await t.request(token, 'GET', '/api/me')).statusCode).toBe(200);
    t.clock.advance(31 * 60 * 1000);
    const expired = await t.request(token, 'GET', '/api/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('AUTH_SESSION_EXPIRED');
  });

  it('ends a session 12 hours after login even when active', async () => {
    const token = await t.login('guoyang_jyj');
    for (let i = 0; i < 35; i++) {
      t.clock.advance(20 * 60 * 1000);
      expect((await t.request(token, 'GET', '/api/me')).statusCode).toBe(200);
    }
    t.clock.advance(20 * 60 * 1000); // 12 h 0 min
    expect((await t.request(token, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('revokes the session on logout', async () => {
    const token = await t.login('mengcheng_aqb');
    expect((await t.request(token, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await t.request(token, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('requires and verifies a TOTP code once enabled', async () => {
    const token = await t.login('mengcheng_yjj');
    const setup = await t.request(token, 'POST', '/api/me/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl } = setup.json();
    expect(otpauthUrl).toContain(secret);
    expect((await t.request(token, 'POST', '/api/me/totp/enable', { code: '000000' === totpCode(secret, t.clock.now()) ? '111111' : '000000' })).statusCode).toBe(401);
    expect((await t.request(token, 'POST', '/api/me/totp/enable', { code: totpCode(secret, t.clock.now()) })).statusCode).toBe(204);
    const withoutCode = await t.request(null, 'POST', '/api/auth/login', { username: 'mengcheng_yjj', password: 'Zhiben@2026' });
    expect(withoutCode.json().code).toBe('AUTH_TOTP_REQUIRED');
    t.clock.advance(30_000); // the enabling code is used up: the next one
    const withCode = await t.request(null, 'POST', '/api/auth/login', { username: 'mengcheng_yjj', password: 'Zhiben@2026', totp: totpCode(secret, t.clock.now()) });
    expect(withCode.statusCode).toBe(200);
  });

  it('refuses TOTP for enterprise accounts and weak new passwords', async () => {
    const token = await t.login('ent_principal');
    expect((await t.request(token, 'POST', '/api/me/totp/setup')).json().code).toBe('AUTH_TOTP_NOT_STAFF');
    const weak = await t.request(token, 'POST', '/api/me/password', { currentPassword: 'Zhiben@2026', newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().field).toBe('newPassword');
  });
});
