import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

/**
 * 三权分立 (issue 11 D1, D16): no single account reaches reporter identity or business data by administering
 * accounts. Every path the probe used is refused or stays pending until a second person confirms.
 */
let t: TestApp;
let sysadmin: string;
const PASSWORD = 'Shadow#Kx7-Tq2v';
const NEW_PASSWORD = 'Own#Pw9-Lm4rZ';

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 30 });
  sysadmin = await t.login('sysadmin');
});
afterAll(async () => t?.close());

const orgId = async (name: string) => ((await t.request(sysadmin, 'GET', `/api/orgs?q=${encodeURIComponent(name)}`)).json().items[0] as { id: string }).id;
const userId = async (username: string) =>
  ((await t.request(sysadmin, 'GET', `/api/users?q=${username}`)).json().items as { id: string; username: string }[]).find((u) => u.username === username)?.id ?? '';
// Read directly: the auditor's own password is reset by one of the tests below.
const auditActions = () => t.rows<{ action: string; detail: Record<string, unknown> }>(sql`SELECT action, detail FROM audit_log ORDER BY id`);

describe('三权分立: what sysadmin alone cannot do', () => {
  it('a tip officer created by sysadmin has no role until the 安委办 confirms; meanwhile it reaches nothing', async () => {
    const created = await t.request(sysadmin, 'POST', '/api/users', {
      username: 'shadow_jb', displayName: '影子受理员', password: PASSWORD, roles: ['tip_officer'], orgId: await orgId('亳州市安全生产委员会办公室'),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ roles: [], orgId: null, mustChangePassword: true, pendingGrant: { roles: ['tip_officer'] } });
    const shadow = await t.login('shadow_jb', PASSWORD);
    // An administrator-set password opens nothing but the password change.
    const first = await t.request(shadow, 'GET', '/api/tips');
    expect(first.statusCode).toBe(403);
    expect(first.json().code).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');
    expect((await t.request(shadow, 'GET', '/api/me')).json()).toMatchObject({ mustChangePassword: true, roles: [] });
    expect((await t.request(shadow, 'POST', '/api/me/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    // Still no role: the tip inbox and reveal do not exist for it.
    expect((await t.request(shadow, 'GET', '/api/tips')).statusCode).toBe(404);
    expect((await t.request(shadow, 'GET', '/api/hazards')).statusCode).toBe(404);
    // sysadmin cannot confirm (no such capability), nor can the account itself.
    expect((await t.request(sysadmin, 'GET', '/api/grants')).statusCode).toBe(404);
    const grantId = created.json().pendingGrant.id as string;
    expect((await t.request(sysadmin, 'POST', `/api/grants/${grantId}/confirm`, {})).statusCode).toBe(404);
    expect((await t.request(shadow, 'POST', `/api/grants/${grantId}/confirm`, {})).statusCode).toBe(404);
    // Another county's 安委办 does not see it.
    const mengcheng = await t.login('mengcheng_aqb');
    expect(((await t.request(mengcheng, 'GET', '/api/grants')).json().items as { id: string }[]).map((g) => g.id)).not.toContain(grantId);
    expect((await t.request(mengcheng, 'POST', `/api/grants/${grantId}/confirm`, {})).statusCode).toBe(404);
    // The city's 安委办 sees it pending and rejects it: the account stays without a role.
    const bozhou = await t.login('bozhou_aqb');
    const pending = (await t.request(bozhou, 'GET', '/api/grants')).json().items as { id: string; username: string; canDecide: boolean }[];
    expect(pending.find((g) => g.id === grantId)).toMatchObject({ username: 'shadow_jb', canDecide: true });
    expect((await t.request(bozhou, 'POST', `/api/grants/${grantId}/reject`, { note: '未经申请' })).json()).toMatchObject({ status: 'rejected' });
    expect((await t.request(bozhou, 'POST', `/api/grants/${grantId}/confirm`, {})).statusCode).toBe(409);
    const again = await t.login('shadow_jb', NEW_PASSWORD);
    expect((await t.request(again, 'GET', '/api/me')).json().roles).toEqual([]);
    const actions = (await auditActions()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'user.grant_requested', 'user.grant_rejected', 'auth.password_changed']));
  });

  it('sysadmin cannot change its own roles or org; another sysadmin’s change to it only becomes a pending grant', async () => {
    const sysadminId = await userId('sysadmin');
    const self = await t.request(sysadmin, 'PATCH', `/api/users/${sysadminId}`, { roles: ['committee_officer'], orgId: await orgId('亳州市安全生产委员会办公室') });
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe('USER_SELF_CHANGE');
    expect((await t.request(sysadmin, 'POST', `/api/users/${sysadminId}/reset-password`, { password: NEW_PASSWORD })).json().code).toBe('USER_SELF_CHANGE');
    // A second sysadmin (no grant needed for a platform role) moves the first into the 安委办: pending only.
    const second = await t.request(sysadmin, 'POST', '/api/users', { username: 'sysadmin2', displayName: '第二管理员', password: PASSWORD, roles: ['sysadmin'], orgId: await orgId('治本平台运维中心') });
    expect(second.json()).toMatchObject({ roles: ['sysadmin'], pendingGrant: null });
    let other = await t.login('sysadmin2', PASSWORD);
    expect((await t.request(other, 'POST', '/api/me/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    other = await t.login('sysadmin2', NEW_PASSWORD);
    const moved = await t.request(other, 'PATCH', `/api/users/${sysadminId}`, { roles: ['committee_officer'], orgId: await orgId('亳州市安全生产委员会办公室') });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ roles: ['sysadmin'], pendingGrant: { roles: ['committee_officer'] } });
    expect((await t.request(await t.login('sysadmin'), 'GET', '/api/hazards')).statusCode).toBe(404);
  });

  it('the auditor account is the security officer’s, not sysadmin’s', async () => {
    const auditorId = await userId('auditor');
    for (const [method, url, body] of [
      ['POST', `/api/users/${auditorId}/reset-password`, { password: PASSWORD }],
      ['PATCH', `/api/users/${auditorId}`, { disabled: true }],
      ['POST', `/api/users/${auditorId}/unlock`, undefined],
    ] as const) {
      const response = await t.request(sysadmin, method, url, body);
      expect([url, response.statusCode, response.json().code]).toEqual([url, 403, 'USER_NOT_MANAGED']);
    }
    const createAuditor = await t.request(sysadmin, 'POST', '/api/users', { username: 'auditor2', displayName: '审计二', password: PASSWORD, roles: ['auditor'], orgId: await orgId('治本平台运维中心') });
    expect(createAuditor.json().code).toBe('USER_NOT_MANAGED');
    // The security officer manages auditors, and only them.
    const secadmin = await t.login('secadmin');
    expect(((await t.request(secadmin, 'GET', '/api/users')).json().items as { username: string }[]).map((u) => u.username)).toEqual(['auditor']);
    expect((await t.request(secadmin, 'POST', `/api/users/${await userId('bozhou_aqb')}/reset-password`, { password: PASSWORD })).json().code).toBe('USER_NOT_MANAGED');
    expect((await t.request(secadmin, 'POST', '/api/users', { username: 'sec_biz', displayName: '业务', password: PASSWORD, roles: ['tip_officer'], orgId: await orgId('亳州市安全生产委员会办公室') })).json().code).toBe('USER_NOT_MANAGED');
    // The auditor's is no business account: nothing waits for a confirmation.
    const reset = await t.request(secadmin, 'POST', `/api/users/${auditorId}/reset-password`, { password: PASSWORD });
    expect([reset.statusCode, reset.json()]).toEqual([200, { accessSuspended: false }]);
    // The reset password must be replaced before the log can be read.
    const auditor = await t.login('auditor', PASSWORD);
    expect((await t.request(auditor, 'GET', '/api/audit')).json().code).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');
    expect((await t.request(auditor, 'POST', '/api/me/password', { currentPassword: PASSWORD, newPassword: 'Zhiben@2026' })).json().code).toBe('AUTH_WEAK_PASSWORD');
  });

  it('a confirmed grant takes effect (and ends the account’s sessions); an enterprise account is confirmed by the county 安委办', async () => {
    const enterprise = (await t.request(await t.login('guoyang_aqb'), 'GET', '/api/enterprises?pageSize=1')).json().items[0] as { id: string; name: string };
    const created = await t.request(sysadmin, 'POST', '/api/users', { username: 'ent_new', displayName: '新企业用户', password: PASSWORD, roles: ['enterprise_admin'], enterpriseId: enterprise.id });
    expect(created.json()).toMatchObject({ roles: [], enterpriseId: null, pendingGrant: { enterpriseName: enterprise.name } });
    const token = await t.login('ent_new', PASSWORD);
    const grantId = created.json().pendingGrant.id as string;
    expect((await t.request(await t.login('mengcheng_aqb'), 'POST', `/api/grants/${grantId}/confirm`, {})).statusCode).toBe(404);
    expect((await t.request(await t.login('guoyang_aqb'), 'POST', `/api/grants/${grantId}/confirm`, { note: '经核实' })).json()).toMatchObject({ status: 'confirmed' });
    expect((await t.request(token, 'GET', '/api/me')).statusCode).toBe(401);
    const after = await t.request(sysadmin, 'GET', `/api/users/${created.json().id}`);
    expect(after.json()).toMatchObject({ roles: ['enterprise_admin'], enterpriseId: enterprise.id, pendingGrant: null });
    const confirmed = (await auditActions()).find((a) => a.action === 'user.grant_confirmed' && a.detail.grantId === grantId);
    expect(confirmed?.detail).toMatchObject({ roles: ['enterprise_admin'], note: '经核实' });
  });

  it('a committee officer cannot confirm a grant for itself', async () => {
    const bozhouId = await userId('bozhou_aqb');
    const moved = await t.request(sysadmin, 'PATCH', `/api/users/${bozhouId}`, { roles: ['committee_officer', 'tip_officer'] });
    const grantId = moved.json().pendingGrant.id as string;
    const own = await t.request(await t.login('bozhou_aqb'), 'POST', `/api/grants/${grantId}/confirm`, {});
    expect(own.statusCode).toBe(403);
    expect(own.json().message).toBe('不能确认给自己的授权');
    // Removing a role needs nobody's confirmation.
    const removed = await t.request(sysadmin, 'PATCH', `/api/users/${await userId('guoyang_town')}`, { disabled: false });
    expect(removed.statusCode).toBe(200);
  });

  it('refuses an account it may not manage without blaming a field it did not send', async () => {
    const auditorId = await userId('auditor');
    for (const [method, path, body] of [['POST', `/api/users/${auditorId}/reset-password`, { password: PASSWORD }], ['PATCH', `/api/users/${auditorId}`, { disabled: true }]] as const) {
      const refused = (await t.request(sysadmin, method, path, body)).json();
      expect(refused.code).toBe('USER_NOT_MANAGED');
      expect(refused.field).toBeUndefined();
    }
  });

  // Last: bozhou_aqb (the city's only 安委办 officer here) keeps its roles suspended.
  it('a password reset takes a business account’s roles away until the 安委办 confirms them back: the new password, which sysadmin knows, reaches no business data', async () => {
    const jbId = await userId('bozhou_jb');
    expect((await t.request(await t.login('bozhou_jb'), 'GET', '/api/tips')).statusCode).toBe(200);
    const reset = await t.request(sysadmin, 'POST', `/api/users/${jbId}/reset-password`, { password: PASSWORD });
    expect([reset.statusCode, reset.json()]).toEqual([200, { accessSuspended: true }]);
    // What sysadmin would do with the password it chose: sign in, replace it, open the tips (and reveal a reporter).
    const takenOver = await t.login('bozhou_jb', PASSWORD);
    expect((await t.request(takenOver, 'POST', '/api/me/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await t.request(takenOver, 'GET', '/api/me')).json().roles).toEqual([]);
    expect((await t.request(takenOver, 'GET', '/api/tips')).statusCode).toBe(404);
    expect((await t.request(takenOver, 'GET', '/api/hazards')).statusCode).toBe(404);
    const audited = (await auditActions()).filter((a) => a.action === 'user.reset_password' && a.detail.username === 'bozhou_jb');
    expect(audited.at(-1)?.detail).toMatchObject({ suspendedRoles: ['tip_officer'] });
    // The 安委办 sees why it is asked, checks with the owner and confirms: the roles come back.
    const bozhou = await t.login('bozhou_aqb');
    const grant = ((await t.request(bozhou, 'GET', '/api/grants')).json().items as { id: string; username: string; reason: string; roles: string[]; canDecide: boolean }[]).find((g) => g.username === 'bozhou_jb');
    expect(grant).toMatchObject({ reason: 'password_reset', roles: ['tip_officer'], canDecide: true });
    expect((await t.request(bozhou, 'POST', `/api/grants/${grant?.id}/confirm`, { note: '已电话核实本人' })).json()).toMatchObject({ status: 'confirmed' });
    const owner = await t.login('bozhou_jb', NEW_PASSWORD);
    expect((await t.request(owner, 'GET', '/api/me')).json().roles).toEqual(['tip_officer']);
    expect((await t.request(owner, 'GET', '/api/tips')).statusCode).toBe(200);
    // Resetting the confirmer itself does not hand sysadmin the confirmation either.
    const aqbReset = await t.request(sysadmin, 'POST', `/api/users/${await userId('bozhou_aqb')}/reset-password`, { password: PASSWORD });
    expect(aqbReset.json()).toEqual({ accessSuspended: true });
    const confirmer = await t.login('bozhou_aqb', PASSWORD);
    expect((await t.request(confirmer, 'POST', '/api/me/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await t.request(confirmer, 'GET', '/api/grants')).statusCode).toBe(404);
  });
});
