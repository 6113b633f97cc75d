import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// Outside demo mode the demo accounts still exist if someone loaded them (SEED_DEMO=true); their password is in the
// README, so whoever signs in with it must change it first.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 5, demoMode: false });
});
afterAll(async () => t?.close());

describe('the published demo password outside demo mode', () => {
  it('signs in, but the account must change its password; after the change the flag is gone', async () => {
    const response = await t.request(null, 'POST', '/api/auth/login', { username: 'guoyang_aqb', password: 'Zhiben@2026' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().user.mustChangePassword).toBe(true);
    const token = response.json().token as string;
    expect((await t.request(token, 'GET', '/api/me')).json().mustChangePassword).toBe(true);
    const changed = await t.request(token, 'POST', '/api/me/password', { currentPassword: 'Zhiben@2026', newPassword: 'Gy-aqb#2026-strong' });
    expect(changed.statusCode, changed.body).toBeLessThan(300);
    const again = await t.request(null, 'POST', '/api/auth/login', { username: 'guoyang_aqb', password: 'Gy-aqb#2026-strong' });
    expect(again.json().user.mustChangePassword).toBe(false);
    // The first login is on record as one with the published password.
    const [row] = await t.rows<{ detail: Record<string, unknown> }>(
      sql`SELECT detail FROM audit_log WHERE action = 'auth.login' AND actor_name LIKE '%guoyang_aqb%' ORDER BY id LIMIT 1`,
    );
    expect(row?.detail).toMatchObject({ publishedPassword: true });
  });

  it('in demo mode (npm start) the demo accounts sign in as they are', async () => {
    const demo = await createTestApp({ enterpriseCount: 5, demoMode: true });
    try {
      const response = await demo.request(null, 'POST', '/api/auth/login', { username: 'guoyang_aqb', password: 'Zhiben@2026' });
      expect(response.json().user.mustChangePassword).toBe(false);
    } finally {
      await demo.close();
    }
  });
});
