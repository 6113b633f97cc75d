import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let sysadmin: string;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 30 });
  sysadmin = await t.login('sysadmin');
});
afterAll(async () => t?.close());

const orgId = async (name: string) =>
  ((await t.request(sysadmin, 'GET', `/api/orgs?q=${encodeURIComponent(name)}`)).json().items[0] as { id: string }).id;

describe('user and org administration', () => {
  it('creates an officer who can then log in with the assigned scope', async () => {
    const response = await t.request(sysadmin, 'POST', '/api/users', {
      username: 'lixin_officer', displayName: '利辛县演示干部', password: 'Demo-pass-2026', roles: ['committee_officer'],
      orgId: await orgId('利辛县安全生产委员会办公室'),
    });
    expect(response.statusCode).toBe(201);
    // Two-person rule: no role and no org until a committee officer whose region covers the org confirms.
    expect(response.json()).toMatchObject({ roles: [], orgName: null, disabled: false, mustChangePassword: true, pendingGrant: { roles: ['committee_officer'], orgName: '利辛县安全生产委员会办公室' } });
    const grantId = response.json().pendingGrant.id as string;
    const bozhouAqb = await t.login('bozhou_aqb');
    expect((await t.request(bozhouAqb, 'POST', `/api/grants/${grantId}/confirm`, {})).json()).toMatchObject({ status: 'confirmed' });
    const token = await t.login('lixin_officer', 'Demo-pass-2026');
    expect((await t.request(token, 'GET', '/api/me')).json().scopeLabel).toContain('利辛县');
  });

  it('refuses mixing sysadmin, auditor and business roles (三权分立), and role/org mismatches', async () => {
    const base = { username: 'mixed_roles', displayName: '混合', password: 'Demo-pass-2026', orgId: await orgId('治本平台运维中心') };
    const mixed = await t.request(sysadmin, 'POST', '/api/users', { ...base, roles: ['sysadmin', 'auditor'] });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json()).toMatchObject({ code: 'USER_ROLE_COMBINATION', field: 'roles' });
    const mismatch = await t.request(sysadmin, 'POST', '/api/users', { ...base, roles: ['regulator_officer'] });
    expect(mismatch.json().code).toBe('USER_ORG_KIND_MISMATCH');
    const taken = await t.request(sysadmin, 'POST', '/api/users', { ...base, username: 'auditor', roles: ['sysadmin'] });
    expect(taken.statusCode).toBe(409);
  });

  it('disabling a user or resetting a password ends their sessions', async () => {
    const users = (await t.request(sysadmin, 'GET', '/api/users?q=guoyang_town')).json().items as { id: string }[];
    const id = users[0]?.id;
    const token = await t.login('guoyang_town');
    const reset = await t.request(sysadmin, 'POST', `/api/users/${id}/reset-password`, { password: 'New-pass-2026' });
    // A business account: its roles wait for the 安委办 (separation.test).
    expect([reset.statusCode, reset.json()]).toEqual([200, { accessSuspended: true }]);
    expect((await t.request(token, 'GET', '/api/me')).statusCode).toBe(401);
    const token2 = await t.login('guoyang_town', 'New-pass-2026');
    expect((await t.request(sysadmin, 'PATCH', `/api/users/${id}`, { disabled: true })).json().disabled).toBe(true);
    expect((await t.request(token2, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await t.request(null, 'POST', '/api/auth/login', { username: 'guoyang_town', password: 'New-pass-2026' })).statusCode).toBe(401);
  });

  it('unlocks a locked account', async () => {
    for (let i = 0; i < 5; i++) await t.request(null, 'POST', '/api/auth/login', { username: 'guoyang_zjj', password: 'wrong-pass-1' });
    const list = (await t.request(sysadmin, 'GET', '/api/users?q=guoyang_zjj')).json().items;
    expect(list[0].lockedUntil).not.toBeNull();
    expect((await t.request(sysadmin, 'POST', `/api/users/${list[0].id}/unlock`)).statusCode).toBe(204);
    expect((await t.request(null, 'POST', '/api/auth/login', { username: 'guoyang_zjj', password: 'Zhiben@2026' })).statusCode).toBe(200);
  });

  it('creates a regulator org with sectors; only regulators may have sectors', async () => {
    const created = await t.request(sysadmin, 'POST', '/api/orgs', { kind: 'regulator', name: '利辛县演示交通运输局', regionCode: '341623000000', sectors: ['road_transport'] });
    expect(created.statusCode).toBe(201);
    const bad = await t.request(sysadmin, 'POST', '/api/orgs', { kind: 'committee', name: '演示错误机构', regionCode: '341623000000', sectors: ['fire'] });
    expect(bad.json()).toMatchObject({ code: 'ORG_SECTORS_ONLY_REGULATOR', field: 'sectors' });
    const unknownRegion = await t.request(sysadmin, 'POST', '/api/orgs', { kind: 'committee', name: '演示错误机构', regionCode: '999999000000' });
    expect(unknownRegion.json().code).toBe('REGION_UNKNOWN');
  });

  it('user and org administration answers 404 to everyone but sysadmin', async () => {
    const anyUser = (await t.request(sysadmin, 'GET', '/api/users')).json().items[0].id as string;
    const anyOrg = (await t.request(sysadmin, 'GET', '/api/orgs')).json().items[0].id as string;
    for (const username of ['bozhou_aqb', 'auditor', 'ent_admin']) {
      const token = await t.login(username);
      for (const [method, url] of [
        ['GET', '/api/users'], ['GET', `/api/users/${anyUser}`], ['PATCH', `/api/users/${anyUser}`], ['POST', `/api/users/${anyUser}/unlock`],
        ['GET', '/api/users/enterprise-options'], ['GET', '/api/orgs'], ['GET', `/api/orgs/${anyOrg}`], ['PATCH', `/api/orgs/${anyOrg}`],
      ] as const) {
        const response = await t.request(token, method, url, method === 'PATCH' ? {} : undefined);
        expect([method, url, response.statusCode]).toEqual([method, url, 404]);
      }
    }
  });
});
