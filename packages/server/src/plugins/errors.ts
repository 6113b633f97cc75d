import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { errorMessage, isAppError } from '../errors.ts';
import { CALENDAR_MISSING } from '@zhiben/core';
import { labelForPath } from '../lib/field-labels.ts';
import { describeDatabaseError, isDatabaseUnavailable } from '../db/db-errors.ts';

type ErrorBody = { code: string; message: string; field?: string; details?: unknown };

/**
 * What Fastify and its multipart parser refuse before a route runs, in the words of the person who sent it (their
 * own messages are English). A code not listed gets the generic 请求参数有误 with the code, never the English text.
 */
const FRAMEWORK_MESSAGES: Readonly<Record<string, string>> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求体为空：声明为 JSON 的请求须带内容',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: '请求体长度与声明的长度不符',
  FST_ERR_CTP_EMPTY_TYPE: '请求缺少内容类型（Content-Type）',
  FST_ERR_CTP_INVALID_TYPE: '请求的内容类型（Content-Type）无效',
  FST_ERR_BAD_URL: '请求地址中含有无效的编码（%），请检查链接是否完整',
  FST_INVALID_MULTIPART_CONTENT_TYPE: '上传须使用 multipart/form-data 格式',
  FST_FILES_LIMIT: '一次上传的文件过多',
  FST_FIELDS_LIMIT: '表单字段过多',
  FST_PARTS_LIMIT: '上传内容的分段过多',
  FST_PROTO_VIOLATION: '上传内容格式有误',
  FST_NO_FORM_DATA: '上传内容为空',
};

/** The answer to a request Fastify refused: a known code in Chinese, else the generic message and the code. */
function frameworkErrorBody(error: Pick<FastifyError, 'code'>): { code: 'VALIDATION'; message: string } {
  const known = FRAMEWORK_MESSAGES[error.code];
  return { code: 'VALIDATION', message: known ?? `${errorMessage('VALIDATION')}（${error.code || '请求无法解析'}）` };
}

/** Fastify's `frameworkErrors`: refusals before a route is found (a bad %-escape in the path). */
export function answerFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void reply.status(400).send(frameworkErrorBody(error));
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (raw UTF-8 or spaces in the request line, headers too
 * large): Fastify's own answer is English JSON. Same shape as every other error here, in Chinese.
 */
export function answerClientError(error: { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', '请求头过大（Cookie 或请求头过长），请清除本站 Cookie 后重试']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', '请求超时，请重试']
        : [400, 'Bad Request', '请求格式有误：地址须使用 URL 编码（中文等字符须编码后发送）'];
  const body = JSON.stringify({ code: 'VALIDATION', message });
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy();
}

/** Maps every thrown error to `{code, message}` with a zh-CN message; internals never reach the client. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      // instancePath is '/a/b'; segments that are numbers are array indexes.
      const path = (first?.instancePath ?? '').split('/').filter(Boolean);
      const label = labelForPath(path.filter((p) => !/^\d+$/.test(p)));
      const where = error.validationContext === 'querystring' ? '查询条件' : error.validationContext === 'params' ? '链接中的' : '';
      const body: ErrorBody = {
        code: 'VALIDATION',
        message: `${where}「${label}」${first?.message ?? '无效'}`,
        field: path.join('.'),
      };
      return reply.status(400).send(body);
    }
    if (isAppError(error)) {
      const body: ErrorBody = { code: error.code, message: error.message };
      if (error.field) body.field = error.field;
      if (error.details) body.details = error.details;
      return reply.status(error.status).send(body);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return reply.status(500).send({ code: 'INTERNAL', message: errorMessage('INTERNAL') });
    }
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (status === 400 && error instanceof SyntaxError)) {
      return reply.status(400).send({ code: 'BAD_JSON', message: errorMessage('BAD_JSON') });
    }
    if (status === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE' || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send({ code: 'PAYLOAD_TOO_LARGE', message: errorMessage('PAYLOAD_TOO_LARGE') });
    }
    if (status === 429) return reply.status(429).send({ code: 'RATE_LIMITED', message: errorMessage('RATE_LIMITED') });
    if (status === 415) return reply.status(415).send({ code: 'VALIDATION', message: '不支持的请求内容类型' });
    if (status >= 400 && status < 500) return reply.status(status).send(frameworkErrorBody(error));
    if (error.name === CALENDAR_MISSING) {
      request.log.error({ err: error }, 'work calendar missing');
      return reply.status(503).send({ code: 'TIP_CALENDAR_MISSING', message: error.message });
    }
    if (isDatabaseUnavailable(error)) {
      // PostgreSQL restarting or failing over: the pool drops the broken connection and opens a new one on the
      // next request, so this is temporary. Say so, and let the client retry.
      request.log.warn({ db: describeDatabaseError(error) }, 'database unavailable');
      return reply.status(503).header('retry-after', '5').send({ code: 'DB_UNAVAILABLE', message: errorMessage('DB_UNAVAILABLE') });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: errorMessage('INTERNAL') });
  });

}
