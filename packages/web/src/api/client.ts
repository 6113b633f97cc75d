import type { ApiPath, BodyOf, Method, PathParamsOf, PathsWith, QueryOf, ResponseOf } from './contract.ts';

/**
 * Thin fetch wrapper for the Zhiben API: JSON in/out, cookie session (`credentials: 'include'`),
 * errors thrown as {@link ApiError} carrying the server's zh-CN message.
 */

/**
 * An error answer of the API. Callers decide by `code` (the server's error table, e.g. `CONFLICT`, `NOT_FOUND`,
 * `TIP_CLOSED`), never by HTTP status: one status covers several codes (409 is also USER_USERNAME_TAKEN,
 * HAZARD_NOT_OPEN, TIP_CLOSED …). Transport failures have code `NETWORK_ERROR`; a body without a code `HTTP_<status>`.
 */
export class ApiError extends Error {
  readonly code: string;
  /** Dotted path of the offending request field, when the server names one (e.g. `principal.phone`). */
  readonly field: string | undefined;

  constructor(code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;


type RequestOptions = {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not run the global 401 handler (used by /api/me and /api/auth/login). */
  skipAuthRedirect?: boolean;
  /** Extra request headers (e.g. `Idempotency-Key`). */
  headers?: Record<string, string>;
};

/**
 * POSTs a form and saves the file the server answers with (a download a plain link cannot make: it needs an
 * upload, e.g. 下载错误行 with the ledger). Errors come back as ApiError like any call.
 */
export async function postFormAndSave(path: string, form: FormData, filename: string): Promise<void> {
  const res = await send('POST', path, { body: form });
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let unauthorizedHandler: () => void = () => {
  if (window.location.pathname !== '/login') window.location.assign('/login');
};

/** Installed by the app shell so a 401 clears the session and routes to /login without a full reload. */
export function setUnauthorizedHandler(handler: () => void): void {
  unauthorizedHandler = handler;
}

export function buildQuery(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function apiUrl(path: string, query?: Query): string {
  return `${path}${buildQuery(query)}`;
}

type ErrorBody = { code?: unknown; message?: unknown; field?: unknown };

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null;
}

const statusMessages: Record<number, string> = {
  400: '请求参数有误',
  401: '登录已失效，请重新登录',
  403: '没有权限执行此操作',
  404: '记录不存在或不在您的权限范围内',
  409: '记录已被他人修改，请刷新后重试',
  413: '上传的文件过大',
  429: '操作过于频繁，请稍后再试',
};

async function toApiError(res: Response): Promise<ApiError> {
  let code = `HTTP_${res.status}`;
  let field: string | undefined;
  let message = statusMessages[res.status] ?? (res.status >= 500 ? '服务器内部错误，请稍后重试' : `请求失败（${res.status}）`);
  try {
    const body: unknown = await res.json();
    if (isErrorBody(body)) {
      if (typeof body.code === 'string') code = body.code;
      if (typeof body.message === 'string' && body.message) message = body.message;
      if (typeof body.field === 'string' && body.field) field = body.field;
    }
  } catch {
    // non-JSON error body: keep the generic message
  }
  return new ApiError(code, message, field);
}

/** The one fetch of the API: the request as `request` describes it; a network failure or an error answer as ApiError. */
async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'include',
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError('NETWORK_ERROR', '无法连接服务器，请检查网络');
  }
  if (!res.ok) {
    const error = await toApiError(res);
    if (res.status === 401 && !options.skipAuthRedirect) unauthorizedHandler();
    throw error;
  }
  return res;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const res = await send(method, path, options);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

type CallOptions<P extends ApiPath, M extends Method> = {
  /** Values of the path's `{name}` placeholders. */
  params?: PathParamsOf<P, M>;
  query?: QueryOf<P, M>;
  /**
   * JSON body, or FormData for the multipart routes (uploads). Routes whose handler parses the body itself (JSON or
   * multipart) have none in the contract; their typed wrapper takes the component type (contract `Schema<…>`).
   */
  body?: ([BodyOf<P, M>] extends [never] ? Record<string, unknown> : BodyOf<P, M>) | FormData;
  signal?: AbortSignal | undefined;
  headers?: Record<string, string>;
  skipAuthRedirect?: boolean;
};

/** `/api/hazards/{id}` with `{ id }` → `/api/hazards/…` (each value URI-encoded). */
export function fillPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`missing path parameter ${name} of ${template}`);
    return encodeURIComponent(String(value));
  });
}

/**
 * A typed call of the API by path and method: params, query, body and answer are the generated contract's
 * (contract.gen.ts), so a server schema change breaks the web's build instead of its users.
 */
export function call<M extends Method, P extends PathsWith<M>>(method: M, path: P, options: CallOptions<P, M> = {}): Promise<ResponseOf<P, M>> {
  const { params, query, ...rest } = options;
  return request<ResponseOf<P, M>>(method.toUpperCase(), fillPath(path, params as Record<string, unknown> | undefined), {
    ...rest,
    query: query as Query | undefined,
  });
}

/** The URL of a GET operation (downloads, links), typed like {@link call}. */
export function urlOf<P extends PathsWith<'get'>>(path: P, options: Pick<CallOptions<P, 'get'>, 'params' | 'query'> = {}): string {
  return apiUrl(fillPath(path, options.params as Record<string, unknown> | undefined), options.query as Query | undefined);
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error && err.message) return err.message;
  return '操作失败';
}

/** The API error code of `err` (`undefined` for anything that is not an API error). */
export function errorCode(err: unknown): string | undefined {
  return err instanceof ApiError ? err.code : undefined;
}

/** True for a stale `version` (compare-and-set lost): the record must be reloaded before acting again. */
export const isConflict = (err: unknown): boolean => errorCode(err) === 'CONFLICT';
/** True when the record does not exist or is outside the user's scope (the server does not say which). */
export const isNotFound = (err: unknown): boolean => errorCode(err) === 'NOT_FOUND';
