import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call, errorCode, fillPath, isConflict, isNotFound, urlOf } from './client.ts';

type Seen = { url: string; method: string | undefined; body: unknown; headers: Record<string, string> };

function stubFetch(status: number, body: string | null, contentType = 'application/json'): Seen[] {
  const seen: Seen[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    seen.push({ url, method: init.method, body: init.body, headers: init.headers as Record<string, string> });
    return Promise.resolve(new Response(body, { status, headers: body === null ? {} : { 'content-type': contentType } }));
  });
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API client', () => {
  it('fills path parameters (encoded) and drops empty query values', async () => {
    const seen = stubFetch(200, JSON.stringify({ ok: true }));
    await call('post', '/api/hazards/{id}/actions/{action}', { params: { id: 'a/b c', action: 'verify' }, body: { version: 3 } });
    expect(seen[0]).toMatchObject({ url: '/api/hazards/a%2Fb%20c/actions/verify', method: 'POST', body: '{"version":3}' });
    expect(urlOf('/api/hazards/export.xlsx', { query: { status: 'open,closed', q: '', level: undefined } })).toBe('/api/hazards/export.xlsx?status=open%2Cclosed');
    expect(() => fillPath('/api/hazards/{id}', {})).toThrow(/missing path parameter id/);
  });

  it('an error answer becomes an ApiError with the server code, zh-CN message and field', async () => {
    stubFetch(409, JSON.stringify({ code: 'TIP_CLOSED', message: '该举报已办结，不能再补充材料' }));
    const err = await call('get', '/api/tips/{id}', { params: { id: 'x' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'TIP_CLOSED', message: '该举报已办结，不能再补充材料', field: undefined });
    // 409 is not a conflict: only the code says so.
    expect(isConflict(err)).toBe(false);

    stubFetch(400, JSON.stringify({ code: 'VALIDATION', message: '「联系电话」格式不正确', field: 'principal.phone' }));
    const invalid = await call('post', '/api/enterprises', { body: {} as never }).catch((e: unknown) => e);
    expect(invalid).toMatchObject({ code: 'VALIDATION', field: 'principal.phone' });

    stubFetch(409, JSON.stringify({ code: 'CONFLICT', message: '记录已被他人修改，请刷新后重试' }));
    expect(isConflict(await call('get', '/api/hazards/{id}', { params: { id: 'x' } }).catch((e: unknown) => e))).toBe(true);

    stubFetch(404, JSON.stringify({ code: 'NOT_FOUND', message: '记录不存在' }));
    expect(isNotFound(await call('get', '/api/hazards/{id}', { params: { id: 'x' } }).catch((e: unknown) => e))).toBe(true);
  });

  it('a body without a code gets HTTP_<status> and a generic zh-CN message', async () => {
    stubFetch(502, '<html>bad gateway</html>', 'text/html');
    const err = await call('get', '/api/health').catch((e: unknown) => e);
    expect(errorCode(err)).toBe('HTTP_502');
    expect((err as ApiError).message).toBe('服务器内部错误，请稍后重试');
  });

  it('no answer at all is NETWORK_ERROR', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(call('get', '/api/health')).rejects.toMatchObject({ code: 'NETWORK_ERROR', message: '无法连接服务器，请检查网络' });
  });

  it('204 is undefined; JSON answers are parsed', async () => {
    stubFetch(204, null);
    await expect(call('post', '/api/notifications/{id}/read', { params: { id: 'n1' } })).resolves.toBeUndefined();
    stubFetch(200, JSON.stringify({ status: 'ok', db: 'pglite' }));
    await expect(call('get', '/api/health')).resolves.toEqual({ status: 'ok', db: 'pglite' });
  });
});
