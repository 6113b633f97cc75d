import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { provisionalYears } from '@zhiben/core';
import { chinaDate } from '../../lib/dates.ts';
import { AppError } from '../../errors.ts';
import { initiator, requireCapability } from '../../plugins/auth.ts';
import { errorResponse, standardErrors } from '../../lib/schemas.ts';
import { parseOrThrow } from '../../lib/validation.ts';
import { readDataAndFiles, type RawFile } from '../../lib/multipart.ts';
import { auditBulkExport } from '../audit/audit.export.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import { scopeOf } from '../../lib/scope-registry.ts';
import { actionContext } from '../../workflow/context.ts';
import { storeAnonymousUpload, storedPath } from '../files/files.service.ts';
import type { UploadedFile } from '../files/files.schema.ts';
import { DOCUMENT_LIMIT_BYTES } from '../files/sniff.ts';
import { listRegionChildren } from '../reference/reference.repository.ts';
import type { TipCrypto } from './tip-crypto.ts';
import type { TipSettings } from './tips.config.ts';
import { exportTips } from './tips.export.ts';
import { presentPublicTip, presentTipDetail, presentTipListItem, slaClock } from './tips.presenter.ts';
import * as repo from './tips.repository.ts';
import {
  MAX_TIP_FILES,
  followupBody,
  officerTipBody,
  officerTipResponse,
  publicEnterpriseQuery,
  publicEnterprisesResponse,
  publicRegionsQuery,
  publicRegionsResponse,
  publicTipView,
  receiptCodeBody,
  revealBody,
  revealResponse,
  tipActionBodies,
  tipActionParams,
  tipDetail,
  tipFilter,
  tipFilterOf,
  tipReceipt,
  tipStatsQuery,
  tipStatsResponse,
  tipSubmission,
  tipsQuery,
  tipsResponse,
  type TipSubmission,
} from './tips.schema.ts';
import { tipDocumentRoutes } from './tips.documents.ts';
import { revealIdentity } from './tips.identity.ts';
import * as intake from './tips.intake.ts';
import { tipStats } from './tips.stats.ts';
import { performTipAction } from './tips.workflow.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const withForbidden = { ...standardErrors, 403: errorResponse, 413: errorResponse };
const idParam = z.object({ id: z.uuid() });

export type TipRouteOptions = { settings: TipSettings; crypto: TipCrypto };

type MultipartPayload = { data: unknown; files: UploadedFile[] };

export async function tipRoutes(fastify: FastifyInstance, options: TipRouteOptions): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = (): intake.TipDeps => ({ db: app.services.database.db, clock: app.services.clock, settings: options.settings, crypto: options.crypto });
  const fileDeps = () => ({ db: app.services.database.db, filesDir: app.services.config.filesDir });
  const tags = ['tips'];
  const publicTags = ['tips-public'];
  const uploadLimit = Math.min(app.services.config.uploadLimitBytes, DOCUMENT_LIMIT_BYTES);
  const limits = options.settings.rateLimits;
  // Per-IP limits on the public endpoints; the message is zh-CN like every error.
  const rateLimit = (max: number) => ({ rateLimit: { max, timeWindow: limits.windowMs, errorResponseBuilder: () => AppError('TIP_RATE_LIMITED') } });

  /** multipart: field `data` (JSON) + up to 5 `files`; each file sniffed, size-checked and stripped of metadata. */
  async function readMultipart(request: FastifyRequest): Promise<MultipartPayload> {
    const { data, files } = await readDataAndFiles(request, { maxFiles: MAX_TIP_FILES, fileSize: uploadLimit, tooManyFiles: () => AppError('TIP_TOO_MANY_FILES', { field: 'files' }) });
    return { data, files: await storeFiles(files) };
  }

  async function storeFiles(raw: readonly RawFile[]): Promise<UploadedFile[]> {
    const stored: UploadedFile[] = [];
    for (const file of raw) {
      try {
        stored.push(await storeAnonymousUpload(fileDeps(), file));
      } catch (error) {
        // Name the file: "附件「x.jpg」：文件类型不允许…" tells the reporter which one to replace.
        if (error instanceof Error && 'code' in error && 'status' in error && typeof (error as { code: unknown }).code === 'string') {
          (error as Error).message = `附件「${file.filename.slice(0, 60)}」：${error.message}`;
        }
        throw error;
      }
    }
    return stored;
  }

  // ---------- public ----------

  app.get('/api/public/tips/enterprises', { config: rateLimit(limits.lookupPerWindow * 5), schema: { tags: publicTags, security: [], querystring: publicEnterpriseQuery, response: { 200: publicEnterprisesResponse, ...standardErrors } } }, async (request) =>
    repo.publicSearchEnterprises(deps().db, request.query.q),
  );

  app.get('/api/public/tips/regions', { config: rateLimit(limits.lookupPerWindow * 5), schema: { tags: publicTags, security: [], querystring: publicRegionsQuery, response: { 200: publicRegionsResponse, ...standardErrors } } }, async (request) =>
    (await listRegionChildren(deps().db, request.query.parentCode ?? null)).map((r) => ({ code: r.code, name: r.name, level: r.level, hasChildren: r.hasChildren })),
  );

  app.post(
    '/api/public/tips',
    {
      config: rateLimit(limits.submitPerWindow),
      schema: {
        tags: publicTags,
        security: [],
        description: '公众举报（无需登录）。multipart：字段 data 为 JSON，files 为附件（最多5个）；或直接提交 JSON。可带 Idempotency-Key。查询码只显示一次。',
        consumes: ['multipart/form-data', 'application/json'],
        headers: z.object({ 'idempotency-key': z.string().trim().min(8).max(100).optional() }),
        response: { 201: tipReceipt, ...withForbidden },
      },
    },
    async (request, reply) => {
      const payload: MultipartPayload = request.isMultipart() ? await readMultipart(request) : { data: request.body, files: [] };
      const input: TipSubmission = parseOrThrow(tipSubmission, payload.data);
      const result = await intake.submitPublicTip(deps(), input, payload.files, request.ip, request.headers['idempotency-key'] ?? null);
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/api/public/tips/lookup',
    { config: rateLimit(limits.lookupPerWindow), schema: { tags: publicTags, security: [], body: receiptCodeBody, response: { 200: publicTipView, ...standardErrors } } },
    async (request) => {
      const { tip, events } = await intake.lookupTip(deps(), request.body.receiptCode);
      return presentPublicTip(tip, events);
    },
  );

  app.post(
    '/api/public/tips/followup',
    {
      config: rateLimit(limits.lookupPerWindow),
      schema: { tags: publicTags, security: [], description: '补充材料或回答受理员的问题：JSON {receiptCode, text}，或 multipart（data + files）。', consumes: ['multipart/form-data', 'application/json'], response: { 204: z.null(), ...withForbidden } },
    },
    async (request, reply) => {
      const payload: MultipartPayload = request.isMultipart() ? await readMultipart(request) : { data: request.body, files: [] };
      const body = parseOrThrow(followupBody, payload.data);
      await intake.addFollowup(deps(), body.receiptCode, body.text, payload.files);
      return reply.status(204).send(null);
    },
  );

  // ---------- staff ----------

  const tipAuth = (request: FastifyRequest): AuthContext => requireCapability(request, 'tips.read');
  /** The tip within the caller's tip scope (core scopeFor(actor, 'tip')), loaded once per request: 404 otherwise. */
  const loadInScope = async (auth: AuthContext, id: string) => {
    const joined = await repo.findTip(deps().db, scopeOf(auth, 'tip'), id);
    if (!joined) throw AppError('NOT_FOUND');
    return joined;
  };
  const present = (auth: AuthContext, joined: repo.JoinedTip) => presentTipDetail(deps().db, auth, joined, app.services.clock.now(), options.settings);
  const detail = async (auth: AuthContext, id: string) => present(auth, await loadInScope(auth, id));

  app.get('/api/tips', { schema: { tags, querystring: tipsQuery, response: { 200: tipsResponse, ...standardErrors } } }, async (request) => {
    const auth = tipAuth(request);
    const { page, pageSize, ...query } = request.query;
    const clock = slaClock(app.services.clock.now(), options.settings);
    const filter = tipFilterOf(query, auth);
    const { items, total } = await repo.listTips(deps().db, scopeOf(auth, 'tip'), filter, clock.today, clock.nextWorkingDay, page, pageSize);
    const shown = items.map((row) => presentTipListItem(row, clock));
    const years = [...new Set(shown.map((t) => Number(chinaDate(new Date(t.dueAt)).slice(0, 4))))];
    const provisional = provisionalYears(options.settings.calendar, years).sort();
    return { items: shown, total, calendarNotice: provisional.length > 0 ? `${provisional.join('、')}年节假日暂按法定假日推算（不含调休），受理期限以国务院办公厅放假通知为准` : null };
  });

  app.get('/api/tips/stats', { schema: { tags, querystring: tipStatsQuery, response: { 200: tipStatsResponse, ...standardErrors } } }, async (request) => {
    const auth = tipAuth(request);
    return tipStats(deps().db, scopeOf(auth, 'tip'), request.query, slaClock(app.services.clock.now(), options.settings));
  });

  app.get('/api/tips/export.xlsx', { schema: { tags, querystring: tipFilter } }, async (request, reply) => {
    const auth = tipAuth(request);
    const clock = slaClock(app.services.clock.now(), options.settings);
    const scope = scopeOf(auth, 'tip');
    const filter = tipFilterOf(request.query, auth);
    const { total } = await repo.listTips(deps().db, scope, filter, clock.today, clock.nextWorkingDay, 1, 1);
    await auditBulkExport(deps().db, request, 'tips', { filter: request.query, rows: total });
    const stream = exportTips(deps().db, scope, filter, clock);
    const filename = encodeURIComponent(`举报台账-${app.services.clock.now().toISOString().slice(0, 10)}.xlsx`);
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', `attachment; filename*=UTF-8''${filename}`).send(stream);
  });

  app.post('/api/tips', { schema: { tags, body: officerTipBody, response: { 201: officerTipResponse, ...withForbidden } } }, async (request, reply) => {
    const auth = requireCapability(request, 'tips.handle');
    const { channel, ...input } = request.body;
    const { tipId, receiptCode } = await intake.createOfficerTip(deps(), auth, initiator(request), channel, { ...input, consent: true });
    return reply.status(201).send({ tip: await detail(auth, tipId), receiptCode });
  });

  app.get('/api/tips/:id', { schema: { tags, params: idParam, response: { 200: tipDetail, ...standardErrors } } }, async (request) => detail(tipAuth(request), request.params.id));

  app.get('/api/tips/:id/attachments/:attachmentId', { schema: { tags, params: z.object({ id: z.uuid(), attachmentId: z.uuid() }) } }, async (request, reply) => {
    const joined = await loadInScope(tipAuth(request), request.params.id);
    const attachment = await repo.findAttachment(deps().db, joined.tip.id, request.params.attachmentId);
    if (!attachment) throw AppError('NOT_FOUND');
    const file = storedPath(app.services.config.filesDir, attachment.sha256);
    const size = await stat(file).then(
      (s) => s.size,
      () => null,
    );
    if (size === null) throw AppError('NOT_FOUND');
    return reply
      .header('content-type', attachment.mime)
      .header('content-length', size)
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(attachment.name)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(createReadStream(file));
  });

  app.post(
    '/api/tips/:id/actions/:action',
    { schema: { tags, description: '举报办理动作，请求体含 version 及各动作字段，见 docs/tips-api.md。', params: tipActionParams, body: z.record(z.string(), z.unknown()), response: { 200: tipDetail, ...withForbidden } } },
    async (request) => {
      const auth = tipAuth(request);
      const { id, action } = request.params;
      // Load within scope first, so an out-of-scope tip is 404 whatever the body says; the kernel takes this row.
      const joined = await loadInScope(auth, id);
      const body = parseOrThrow(tipActionBodies[action], request.body);
      const written = await performTipAction(actionContext(deps(), auth, initiator(request)), options.settings, joined.tip, action, body);
      // Presented from what was just written; routing changes the handling org (and the sector: the scope), so that one re-reads.
      return action === 'route' ? detail(auth, written.id) : present(auth, { ...joined, tip: written });
    },
  );

  app.post('/api/tips/:id/reveal', { schema: { tags, params: idParam, body: revealBody, response: { 200: revealResponse, ...withForbidden } } }, async (request) => {
    const auth = tipAuth(request);
    return revealIdentity(deps(), auth, initiator(request), await loadInScope(auth, request.params.id), request.body.purpose);
  });

  await tipDocumentRoutes(fastify, deps);
}
