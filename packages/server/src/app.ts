import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from './lib/schemas.ts';
import type { Database } from './db/client.ts';
import type { Config } from './config.ts';
import { systemClock, type Clock } from './lib/clock.ts';
import { safeErrorForLog, scrubQueryText } from './db/db-errors.ts';
import { sql } from 'drizzle-orm';
import { answerClientError, answerFrameworkError, registerErrorHandler } from './plugins/errors.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerSecurity } from './plugins/security.ts';
import { configureAuditKeys } from './modules/audit/audit.repository.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { referenceRoutes } from './modules/reference/reference.routes.ts';
import { orgRoutes } from './modules/orgs/orgs.routes.ts';
import { userRoutes } from './modules/users/users.routes.ts';
import { enterpriseRoutes } from './modules/enterprises/enterprises.routes.ts';
import { circularRoutes } from './modules/circulars/circulars.routes.ts';
import { jobRoutes } from './modules/jobs/jobs.routes.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { escalationRoutes } from './modules/escalations/escalations.routes.ts';
import { hazardRoutes } from './modules/hazards/hazards.routes.ts';
import { documentRoutes } from './modules/documents/documents.routes.ts';
import { fileRoutes } from './modules/files/files.routes.ts';
import { statsRoutes } from './modules/stats/stats.routes.ts';
import { gradingRoutes } from './modules/grading/grading.routes.ts';
import { createJobRunner, type JobRunner } from './modules/jobs/jobs.service.ts';
import { tipRoutes } from './modules/tips/tips.routes.ts';
import { workerReportRoutes } from './modules/tips/worker-reports.routes.ts';
import { serviceBodyRoutes } from './modules/service-bodies/service-bodies.routes.ts';
import { createFieldSealer, createTipCrypto, type FieldSealer } from './modules/tips/tip-crypto.ts';
import { ephemeralTipSettings, type TipSettings } from './modules/tips/tips.config.ts';
import { planRoutes } from './modules/plans/plans.routes.ts';
import { leaderRoutes } from './modules/leaders/leaders.routes.ts';
import { meetingRoutes } from './modules/meetings/meetings.routes.ts';
import { taskRoutes } from './modules/tasks/tasks.routes.ts';
import { returnRoutes } from './modules/returns/returns.routes.ts';
import { dispatchRoutes } from './modules/dispatch/dispatch.routes.ts';
import { premisesRoutes } from './modules/premises/premises.routes.ts';
import { checklistRoutes } from './modules/checklists/checklists.routes.ts';
import { principalCheckRoutes } from './modules/principal-checks/principal-checks.routes.ts';
import { inspectionRoutes } from './modules/inspections/inspections.routes.ts';
import { randomDrawRoutes } from './modules/random-draws/random-draws.routes.ts';
import { supervisionRoutes } from './modules/supervision/supervision.routes.ts';
import { createExpertCrypto } from './modules/experts/experts.service.ts';
import { expertRoutes } from './modules/experts/experts.routes.ts';
import { spotCheckItemRoutes } from './modules/random-draws/spot-check-items.routes.ts';
import { drawSeedSealer } from './modules/random-draws/random-draws.service.ts';
import { todoRoutes } from './modules/todos/todos.routes.ts';
import type { PrincipalCheckSettings } from './modules/principal-checks/principal-checks.config.ts';

// zh-CN messages for every zod issue; the error handler prefixes the field name.
z.config(z.locales.zhCN());
// Where zod's zh-CN messages still show an English term or a raw value (「无效UUID」, 「实际接收 NaN」), plain words.
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_format' && issue.format === 'uuid') return '格式不正确（应为系统生成的记录编号）';
    // A required field left out (「无效输入：期望 string，实际接收 undefined」).
    if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null)) return '不能为空';
    if (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int')) return '应为数字';
    // 「无效选项：期望以下之一 "a"|"b"」 → 「应为以下之一：a、b」 (the codes stay: an API caller sends them).
    if (issue.code === 'invalid_value' && issue.values.length === 1) return `应为 ${String(issue.values[0])}`;
    if (issue.code === 'invalid_value' && issue.values.length > 1) return `应为以下之一：${issue.values.map(String).join('、')}`;
    // 「数值过小：期望 number >=0」 → 「不能小于 0」; 「数值过小：期望 string >=1 字符」 → 「不能为空」.
    if (issue.code === 'too_small' && issue.origin === 'number') return `不能小于 ${String(issue.minimum)}`;
    if (issue.code === 'too_big' && issue.origin === 'number') return `不能大于 ${String(issue.maximum)}`;
    if ((issue.code === 'too_small' || issue.code === 'too_big') && (issue.origin === 'string' || issue.origin === 'array')) {
      const unit = issue.origin === 'string' ? '个字符' : '项';
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      if (issue.exact === true) return `应为 ${limit} ${unit}`;
      if (issue.code === 'too_big') return `不能超过 ${issue.inclusive === false ? limit - 1 : limit} ${unit}`;
      const least = issue.inclusive === false ? limit + 1 : limit;
      return least <= 1 ? '不能为空' : `至少 ${least} ${unit}`;
    }
    return undefined;
  },
});

export type AppDeps = {
  database: Database;
  config: Pick<Config, 'bodyLimitBytes' | 'uploadLimitBytes' | 'filesDir' | 'webDist' | 'cookieSecure'> & Partial<Pick<Config, 'slowProgress' | 'rankingMinSample' | 'trustProxy' | 'apiDocs' | 'demoMode'>> & {
    /** Tip identity key, SLA, reward rules; without it a random per-process key is used (identities die with the process). */
    tips?: TipSettings;
    /** Reminder, 补录 and 查不出 windows of principal-led checks (defaults when omitted). */
    principalChecks?: PrincipalCheckSettings;
  };
  clock?: Clock;
  /** true: request logs to stdout; a stream: the same logs to that stream (tests capture them). */
  logger?: boolean | { stream: { write: (line: string) => void }; level?: string };
};

/**
 * Request logs never carry bodies, query strings or headers, and no client address on the public (no-login)
 * endpoints: a reporter's IP is identity (举报人保护), and receipt codes only travel in bodies.
 */
function loggerOptions(logger: AppDeps['logger']) {
  if (!logger) return false;
  const serializers = {
    req: (req: { method: string; url: string; ip?: string }) => {
      const path = req.url.split('?')[0] ?? '';
      return { method: req.method, url: path, ...(path.startsWith('/api/public/') ? {} : { remoteAddress: req.ip }) };
    },
  };
  const redact = { paths: ['req.headers', '*.receiptCode', 'receiptCode', '*.reporter', 'reporter'], censor: '[已隐去]' };
  // A failing query must not put its bound values in the log (a reporter's phone number once was): errors are
  // logged with their SQLSTATE and a query fingerprint, and any text in drizzle's "params:" form is cut.
  const hooks = {
    logMethod(this: unknown, args: unknown[], method: (...a: unknown[]) => void) {
      method.apply(this, args.map((a) => (typeof a === 'string' ? scrubQueryText(a) : a)));
    },
  };
  const formatters = {
    log: (object: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(object).map(([k, v]) => [k, typeof v === 'string' ? scrubQueryText(v) : v])),
  };
  const options = { serializers: { ...serializers, err: safeErrorForLog }, redact, hooks, formatters };
  return logger === true ? options : { level: logger.level ?? 'info', stream: logger.stream, ...options };
}

export type AppServices = {
  database: Database;
  clock: Clock;
  jobs: JobRunner;
  config: AppDeps['config'];
  /** Seals TOTP secrets at rest with sub-keys of the master key outside the database. */
  totpSealer: FieldSealer;
};

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyInstance {
    services: AppServices;
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const clock = deps.clock ?? systemClock;
  const app = Fastify({
    logger: loggerOptions(deps.logger),
    bodyLimit: deps.config.bodyLimitBytes,
    // Off unless configured (TRUST_PROXY): otherwise any client could send X-Forwarded-For and choose its own IP.
    trustProxy: deps.config.trustProxy ?? false,
    // Refusals before routing (a bad %-escape in the path; the HTTP parser's), in Chinese like every other error.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const jobs = createJobRunner({ db: deps.database.db, clock, log: app.log });
  const tipSettings = deps.config.tips ?? ephemeralTipSettings();
  // Keeps a key set before seeding (main, tests); otherwise the chain is keyed with this app's key.
  configureAuditKeys(tipSettings.identityKey, { ifUnset: true });
  app.decorate('services', { database: deps.database, clock, jobs, config: deps.config, totpSealer: createFieldSealer(tipSettings.identityKey, 'totp') });

  registerErrorHandler(app);
  await app.register(cookie);
  // Only routes that opt in (config.rateLimit) are limited: the public tip endpoints.
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: deps.config.uploadLimitBytes, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: { title: '治本 Zhiben API', version: '0.1.0', description: '重大事故隐患数据库与治本攻坚工作平台接口' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerAuth(app, { db: deps.database.db, clock });
  await registerSecurity(app, { cookieSecure: deps.config.cookieSecure, apiDocs: deps.config.apiDocs ?? 'staff' });

  app.get(
    '/api/health',
    { schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) }), 503: errorResponse } } },
    async () => {
      // A probe for load balancers: reaches the database, so it answers 503 (DB_UNAVAILABLE) while that is away.
      await deps.database.db.execute(sql`SELECT 1`);
      return { status: 'ok' as const, db: deps.database.kind };
    },
  );

  await app.register(authRoutes);
  await app.register(auditRoutes);
  await app.register(referenceRoutes);
  await app.register(orgRoutes);
  await app.register(userRoutes);
  await app.register(enterpriseRoutes);
  await app.register(jobRoutes);
  await app.register(notificationRoutes);
  await app.register(escalationRoutes);
  await app.register(hazardRoutes);
  await app.register(documentRoutes);
  await app.register(fileRoutes);
  await app.register(statsRoutes);
  await app.register(gradingRoutes);
  await app.register(circularRoutes);
  const tipOptions = { settings: tipSettings, crypto: createTipCrypto(tipSettings.identityKey) };
  await app.register(tipRoutes, tipOptions);
  await app.register(workerReportRoutes, tipOptions);
  await app.register(todoRoutes, { tips: tipSettings });
  // Module B: running the plan (plans, tasks, returns, dispatch, meetings)
  await app.register(planRoutes);
  await app.register(leaderRoutes);
  await app.register(meetingRoutes);
  await app.register(taskRoutes);
  await app.register(returnRoutes);
  await app.register(dispatchRoutes);
  await app.register(premisesRoutes, { crypto: tipOptions.crypto });
  await app.register(checklistRoutes);
  await app.register(principalCheckRoutes);
  await app.register(inspectionRoutes);
  await app.register(supervisionRoutes);
  await app.register(expertRoutes, { crypto: createExpertCrypto(tipSettings.identityKey) });
  await app.register(spotCheckItemRoutes);
  await app.register(randomDrawRoutes, { sealer: drawSeedSealer(tipSettings.identityKey) });
  await app.register(serviceBodyRoutes, { crypto: tipOptions.crypto });

  await serveWebApp(app, deps.config.webDist);
  app.addHook('onClose', async () => {
    await jobs.drain();
  });
  return app;
}

async function serveWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const hasWeb = existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  else app.log.warn(`web app not built at ${webDist}; run npm run build:web`);
  // Client-side routes: any non-API GET that is not a file gets the SPA shell; everything else is a JSON 404.
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    return reply.status(404).send({ code: 'NOT_FOUND', message: `接口不存在：${request.method} ${request.url.split('?')[0]}` });
  });
}
