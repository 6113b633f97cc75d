import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { errorMessage, isAppError } from '../errors.ts';
import { CALENDAR_MISSING } from '@zhiben/core';
import { labelForPath } from '../lib/field-labels.ts';
import { describeDatabaseError, isDatabaseUnavailable } from '../db/db-errors.ts';

type ErrorBody = { code: string; message: string; field?: string; details?: unknown };

/** Maps every thrown error to `{code, message}` with a zh-CN message; internals never reach the client. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      // instancePath is '/a/b'; segments that are numbers are array indexes.
      const path = (first?.instancePath ?? '').split('/').filter(Boolean);
      const label = labelForPath(path.filter((p) => !/^\d+$/.test(p)));
      const where = error.validationContext === 'querystring' ? '查询参数' : error.validationContext === 'params' ? '路径参数' : '';
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
    if (status >= 400 && status < 500) {
      return reply.status(status).send({ code: 'VALIDATION', message: `${errorMessage('VALIDATION')}：${error.message}` });
    }
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
