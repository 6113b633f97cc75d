import { createHash } from 'node:crypto';

/**
 * What may be said about a database error outside the process: its SQLSTATE and a fingerprint of the query text,
 * never the bound parameter values (a reporter's phone number was once found in a logged `params:` line), nor the
 * server's `detail` (a unique violation's detail repeats the key's value).
 */

type WithCause = { cause?: unknown; code?: unknown; query?: unknown; params?: unknown; message?: unknown };

/** The driver's error under drizzle's DrizzleQueryError (or the error itself). */
function chain(error: unknown): WithCause[] {
  const out: WithCause[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    out.push(current as WithCause);
    current = (current as WithCause).cause;
  }
  return out;
}

const sqlState = (error: unknown): string | null => {
  for (const e of chain(error)) if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  return null;
};

const queryText = (error: unknown): string | null => {
  for (const e of chain(error)) {
    if (typeof e.query === 'string') return e.query;
    if (typeof e.message === 'string' && e.message.startsWith('Failed query: ')) return e.message.slice(14).split('\nparams: ')[0] ?? null;
  }
  return null;
};

export const queryFingerprint = (query: string): string => createHash('sha256').update(query.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);

export const isDatabaseError = (error: unknown): boolean => queryText(error) !== null || sqlState(error) !== null;

/** Connection-level trouble (server restarting, failover, refused or reset): worth a 503 and a retry, not a 500. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    // 57P01–57P03: admin shutdown, crash shutdown, cannot connect now; class 08: connection exceptions.
    if (/^57P0[1-3]$/.test(code) || code.startsWith('08')) return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code)) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (/Connection terminated|not queryable|timeout exceeded when trying to connect|Connection ended/i.test(message)) return true;
  }
  return false;
}

export type SafeDbError = { type: string; code: string | null; query: string | null; message: string };

/** A database error as it may be logged: code, fingerprint and the server's message with values cut. */
export function describeDatabaseError(error: unknown): SafeDbError {
  const query = queryText(error);
  const code = sqlState(error);
  const root = chain(error).at(-1);
  const serverMessage = typeof root?.message === 'string' && !root.message.startsWith('Failed query: ') ? root.message : '';
  return {
    type: 'DatabaseError',
    code,
    query: query ? queryFingerprint(query) : null,
    // The server's message can quote a value ('invalid input syntax for type uuid: "…"'): keep the words before it.
    message: `${serverMessage.replace(/[:"].*$/s, '').trim() || 'database error'}${code ? ` (${code})` : ''}`,
  };
}

/** Scrubs text that carries drizzle's "Failed query: … params: …" form, wherever a log line got it from. */
export const scrubQueryText = (text: string): string =>
  text.replace(/Failed query: ([\s\S]*?)\nparams: [\s\S]*/g, (_, query: string) => `Failed query ${queryFingerprint(query)} (参数已隐去)`);

/** pino's `err` serializer, minus what a database error must not reveal. */
export function safeErrorForLog(error: unknown): { type: string; message: string; stack: string; [key: string]: unknown } {
  if (isDatabaseError(error)) return { ...describeDatabaseError(error), stack: '' };
  if (!(error instanceof Error)) return { type: typeof error, message: scrubQueryText(String(error)), stack: '' };
  const code = (error as { code?: unknown }).code;
  return { type: error.name, message: scrubQueryText(error.message), stack: scrubQueryText(error.stack ?? ''), ...(code === undefined ? {} : { code }) };
}
