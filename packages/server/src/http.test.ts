import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import { z } from 'zod';
import { createTestApp, type TestApp } from './testing/test-app.ts';
import { buildApp } from './app.ts';
import { fieldLabels } from './lib/field-labels.ts';

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

  it('serves the OpenAPI document generated from the schemas, to signed-in staff only (API_DOCS=staff)', async () => {
    expect((await t.request(null, 'GET', '/api/openapi.json')).statusCode).toBe(404);
    expect((await t.request(null, 'GET', '/api/docs')).statusCode).toBe(404);
    expect((await t.request(await t.login('ent_admin'), 'GET', '/api/openapi.json')).statusCode).toBe(404);
    const staff = await t.login('guoyang_aqb');
    const doc = (await t.request(staff, 'GET', '/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/enterprises', '/api/enterprises/{id}', '/api/audit']));
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
    expect((await t.request(staff, 'GET', '/api/docs')).statusCode).toBeLessThan(400);
  });

  it('names every request field in Chinese: each parameter and body property of the OpenAPI document has a label', async () => {
    type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[] };
    type Operation = { parameters?: { in: string; name: string }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };
    const doc = (await t.request(await t.login('guoyang_aqb'), 'GET', '/api/openapi.json')).json() as { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };
    const names = new Map<string, string>();
    const walk = (schema: Schema | undefined, where: string, depth: number): void => {
      const resolved = schema?.$ref ? doc.components?.schemas?.[schema.$ref.split('/').at(-1) ?? ''] : schema;
      if (!resolved || depth > 5) return;
      for (const part of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])]) walk(part, where, depth);
      walk(resolved.items, where, depth + 1);
      for (const [name, property] of Object.entries(resolved.properties ?? {})) {
        if (!names.has(name)) names.set(name, where);
        walk(property, where, depth + 1);
      }
    };
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const parameter of operation.parameters ?? []) if (parameter.in !== 'header' && !names.has(parameter.name)) names.set(parameter.name, `${method} ${path}`);
        walk(operation.requestBody?.content?.['application/json']?.schema, `${method} ${path}`, 0);
      }
    }
    expect(names.size).toBeGreaterThan(250);
    const unlabelled = [...names].filter(([name]) => !fieldLabels[name]).map(([name, where]) => `${name} (${where})`);
    expect(unlabelled).toEqual([]);
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

  it.each([
    [{ username: '', password: 'x' }, '「用户名」不能为空'],
    [{ username: '   ', password: 'x' }, '「用户名」不能为空'],
    [{ username: 'u'.repeat(65), password: 'x' }, '「用户名」不能超过 64 个字符'],
    [{ password: 'x' }, '「用户名」不能为空'],
    [{ username: null, password: 'x' }, '「用户名」不能为空'],
  ])('says a text is too short or too long in plain Chinese (no 「期望 string」): %j', async (body, message) => {
    const response = await t.request(null, 'POST', '/api/auth/login', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe(message);
    expect(response.json().field).toBe('username');
  });

  it.each([
    [z.array(z.string()).min(1), [], '不能为空'],
    [z.array(z.string()).min(2), ['a'], '至少 2 项'],
    [z.array(z.string()).max(2), ['a', 'b', 'c'], '不能超过 2 项'],
    [z.string().length(18), 'abc', '应为 18 个字符'],
    [z.string().min(3), 'ab', '至少 3 个字符'],
    [z.object({ version: z.number() }), {}, '不能为空'],
    [z.enum(['open', 'closed']), 'opened', '应为以下之一：open、closed'],
    [z.literal('yes'), 'no', '应为 yes'],
  ] as const)('lists, texts of the wrong length and values outside a set are told in plain Chinese (%#)', (schema, value, message) => {
    expect(schema.safeParse(value).error?.issues[0]?.message).toBe(message);
  });

  it.each([
    ['/api/hazards/abc', '链接中的「记录编号」格式不正确（应为系统生成的记录编号）'],
    ['/api/hazards?page=abc', '查询条件「页码」应为数字'],
  ])('says %s is wrong in plain Chinese (no 「无效UUID」, no raw NaN)', async (url, message) => {
    const token = await t.login('guoyang_aqb');
    const response = await t.request(token, 'GET', url);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe(message);
    expect(response.json().message).not.toMatch(/[A-Za-z]{3,}/);
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

describe('security headers and CSRF (issue 11 D3, D4)', () => {
  it('sends CSP, frame-ancestors none, nosniff, Referrer-Policy and no-store on API answers; HSTS only behind HTTPS', async () => {
    const token = await t.login('guoyang_aqb');
    for (const url of ['/api/me', '/api/health', '/', '/login']) {
      const response = await t.request(url.startsWith('/api/') ? token : null, 'GET', url);
      const csp = String(response.headers['content-security-policy']);
      expect([url, csp]).toEqual([url, expect.stringContaining("frame-ancestors 'none'")]);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
    expect((await t.request(token, 'GET', '/api/me')).headers['cache-control']).toBe('no-store');
    const secure = await buildApp({ database: t.database, config: { bodyLimitBytes: 1024, uploadLimitBytes: 1024, filesDir: '/nonexistent', webDist: '/nonexistent', cookieSecure: true } });
    const answer = await secure.inject({ method: 'GET', url: '/api/health' });
    expect(answer.headers['strict-transport-security']).toContain('max-age=31536000');
    expect(String(answer.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    await secure.close();
  });

  it('refuses a state-changing request with the session cookie from another origin, multipart and body-less ones too', async () => {
    const token = await t.login('ent_admin');
    const cookies = { zb_session: token };
    const rotate = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/api/enterprises/own/worker-report-link', cookies, headers });
    for (const headers of [
      { origin: 'http://127.0.0.1:8089', 'sec-fetch-site': 'same-site' },
      { origin: 'http://127.0.0.1:8089' },
      { 'sec-fetch-site': 'cross-site' },
      {},
    ] as Record<string, string>[]) {
      const response = await rotate(headers);
      expect([headers, response.statusCode, response.json().code]).toEqual([headers, 403, 'CSRF_REJECTED']);
    }
    const boundary = 'zhibenBoundary';
    const multipart = await t.app.inject({
      method: 'POST',
      url: '/api/hazards/import?wait=true',
      cookies: { zb_session: await t.login('guoyang_aqb') },
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: 'http://127.0.0.1:8089', 'sec-fetch-site': 'same-site' },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nx\r\n--${boundary}--\r\n`,
    });
    expect(multipart.statusCode).toBe(403);
    // The app's own pages, and bearer-token clients, are not affected.
    expect((await rotate({ 'sec-fetch-site': 'same-origin', origin: 'http://localhost:80' })).statusCode).toBe(200);
    expect((await rotate({ origin: 'http://localhost:80' })).statusCode).toBe(200);
    expect((await t.request(token, 'POST', '/api/enterprises/own/worker-report-link')).statusCode).toBe(200);
  });
});

describe('requests refused before a route runs answer in Chinese (issue 11 probe N2)', () => {
  it('a bad %-escape in the path and an empty JSON body', async () => {
    const token = await t.login('guoyang_aqb');
    const badUrl = await t.request(token, 'GET', '/api/hazards/%E4%ZZ');
    expect([badUrl.statusCode, badUrl.json().code]).toEqual([400, 'VALIDATION']);
    expect(badUrl.json().message).toContain('无效的编码');
    const empty = await t.app.inject({ method: 'POST', url: '/api/hazards', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
    expect([empty.statusCode, empty.json().message]).toEqual([400, '请求体为空：声明为 JSON 的请求须带内容']);
  });

  it('what the HTTP parser refuses on a real socket: raw UTF-8 in the request line, headers too large', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const raw = (request: Buffer) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => socket.end(request));
        const chunks: Buffer[] = [];
        socket.on('data', (chunk: Buffer) => chunks.push(chunk));
        socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
        socket.on('error', reject);
      });
    const unencoded = await raw(Buffer.from('GET /api/hazards?q=演示 HTTP/1.1\r\nHost: localhost\r\n\r\n', 'utf8'));
    expect(unencoded).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(unencoded.slice(unencoded.indexOf('\r\n\r\n') + 4))).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('URL 编码') });
    const oversized = await raw(Buffer.from(`GET /api/health HTTP/1.1\r\nHost: localhost\r\nCookie: ${'a'.repeat(20_000)}\r\n\r\n`));
    expect(oversized).toMatch(/^HTTP\/1\.1 431 /);
    expect(oversized).toContain('请求头过大');
  });
});
