/**
 * Thin fetch wrapper for the Zhiben API: JSON in/out, cookie session (`credentials: 'include'`),
 * errors thrown as {@link ApiError} carrying the server's zh-CN message.
 */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Dotted path of the offending request field, when the server names one (e.g. `principal.phone`). */
  readonly field: string | undefined;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
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
  409: '数据已被他人修改，请刷新后重试',
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
  return new ApiError(res.status, code, message, field);
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
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
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络');
  }
  if (!res.ok) {
    const error = await toApiError(res);
    if (res.status === 401 && !options.skipAuthRedirect) unauthorizedHandler();
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('POST', path, { body, headers }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  del: <T>(path: string) => request<T>('DELETE', path),
};

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error && err.message) return err.message;
  return '操作失败';
}

export function isApiError(err: unknown, code?: string): err is ApiError {
  return err instanceof ApiError && (code === undefined || err.code === code);
}
