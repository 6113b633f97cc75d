import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 10 });
});
afterAll(async () => t?.close());

describe('HTTP basics', () => {
  it('reports health with the database kind', async () => {
    const response = await t.request(null, 'GET', '/api/health');
    expect(response.json()).toEqual({ status: 'ok', db: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('serves the OpenAPI document generated from the schemas', async () => {
    const doc = (await t.request(null, 'GET', '/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/enterprises', '/api/enterprises/{id}', '/api/audit']));
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
    expect((await t.request(null, 'GET', '/api/docs')).statusCode).toBeLessThan(400);
  });

  it('answers malformed JSON with 400 BAD_JSON in Chinese', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: '{"username":', headers: { 'content-type': 'application/json' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ code: 'BAD_JSON', message: '请求体不是有效的 JSON' });
  });

  it('refuses oversized bodies with 413', async () => {
    const response = await t.request(null, 'POST', '/api/auth/login', { username: 'x'.repeat(70 * 1024), password: 'y' });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('names the field on a validation error', async () => {
    const response = await t.request(null, 'POST', '/api/auth/login', { username: 'someone' });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('「密码」');
    expect(response.json().field).toBe('password');
  });

  it('requires a session for business endpoints and answers JSON 404 for unknown API paths', async () => {
    expect((await t.request(null, 'GET', '/api/enterprises')).json().code).toBe('UNAUTHENTICATED');
    expect((await t.request(null, 'GET', '/api/regions')).statusCode).toBe(401);
    const unknown = await t.request(null, 'GET', '/api/nothing-here');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('NOT_FOUND');
  });

  it('serves reference data to signed-in users: regions tree, sectors, standards and criteria', async () => {
    const token = await t.login('guoyang_aqb');
    const counties = (await t.request(token, 'GET', '/api/regions?parent=341600000000')).json().items.map((r: { name: string }) => r.name);
    expect(counties).toEqual(['谯城区', '涡阳县', '蒙城县', '利辛县']);
    const townships = (await t.request(token, 'GET', '/api/regions?parent=341621000000')).json().items;
    expect(townships.length).toBeGreaterThan(5);
    expect(townships.every((r: { hasChildren: boolean }) => r.hasChildren)).toBe(true);
    const villages = (await t.request(token, 'GET', `/api/regions?parent=${townships[0].code}`)).json().items;
    expect(villages.every((r: { hasChildren: boolean; level: string }) => !r.hasChildren && r.level === 'village')).toBe(true);
    const detail = (await t.request(token, 'GET', '/api/regions/341621000000')).json();
    expect(detail.path.map((r: { name: string }) => r.name)).toEqual(['安徽省', '亳州市']);
    const sectors = (await t.request(token, 'GET', '/api/sectors')).json().items;
    expect(sectors.find((s: { code: string }) => s.code === 'hazchem')).toMatchObject({ lead: '应急管理', highRisk: true });
    const criteria = (await t.request(token, 'GET', '/api/criteria?standard=MEM-10-2023&q=粉尘')).json();
    expect(criteria.total).toBeGreaterThan(5);
    expect(criteria.items[0].text).toContain('粉尘');
    expect((await t.request(token, 'GET', '/api/regions/999999999999')).statusCode).toBe(404);
  });
});
