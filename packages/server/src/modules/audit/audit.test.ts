import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { verifyAuditChain } from './audit.repository.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 20 });
});
afterAll(async () => t?.close());

describe('audit log', () => {
  it('records logins and failures with who, what and from where, readable by the auditor only', async () => {
    await t.request(null, 'POST', '/api/auth/login', { username: 'guoyang_aqb', password: 'bad-password-1' });
    await t.login('guoyang_aqb');
    const auditor = await t.login('auditor');
    const list = await t.request(auditor, 'GET', '/api/audit?action=auth.login_failed');
    expect(list.statusCode).toBe(200);
    const failed = list.json().items.find((i: { actorName: string }) => i.actorName === 'guoyang_aqb');
    expect(failed).toMatchObject({ action: 'auth.login_failed', ip: '127.0.0.1' });
    const actions = (await t.request(auditor, 'GET', '/api/audit/actions')).json().items;
    expect(actions).toEqual(expect.arrayContaining(['auth.login', 'auth.login_failed', 'system.seed_demo']));
    const officer = await t.login('guoyang_aqb');
    expect((await t.request(officer, 'GET', '/api/audit')).statusCode).toBe(404);
    const sysadmin = await t.login('sysadmin');
    expect((await t.request(sysadmin, 'GET', '/api/audit')).statusCode).toBe(404);
  });

  it('the application role cannot update or delete audit rows', async () => {
    await expect(t.database.db.execute(sql`UPDATE audit_log SET action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
    const [row] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'x'`);
    expect(row?.n).toBe(0);
  });

  it('verifies the chain, and detects a row altered behind the application’s back', async () => {
    const auditor = await t.login('auditor');
    const before = (await t.request(auditor, 'GET', '/api/audit/verify')).json();
    expect(before).toMatchObject({ ok: true, brokenAtId: null });
    expect(before.checked).toBeGreaterThan(3);
    const [target] = await t.rows<{ id: number }>(sql`SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 2`);
    // A database owner disabling the trigger and editing a row: exactly what the hash chain exists to reveal.
    await t.database.unsafeOwnerExec(
      `ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update; UPDATE audit_log SET actor_name = 'someone-else' WHERE id = ${Number(target?.id)}; ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;`,
    );
    const after = await verifyAuditChain(t.database.db);
    expect(after).toMatchObject({ ok: false, brokenAtId: Number(target?.id) });
    expect((await t.request(auditor, 'GET', '/api/audit/verify')).json().ok).toBe(false);
  });
});
