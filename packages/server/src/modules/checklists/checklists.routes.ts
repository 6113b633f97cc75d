import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import { initiator, requireCapability } from '../../plugins/auth.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { parseOrThrow } from '../../lib/validation.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import * as repo from './checklists.repository.ts';
import * as service from './checklists.service.ts';
import { checklistTemplate, exportChecklist, parseChecklistXlsx } from './checklists.xlsx.ts';
import {
  checklistMeta,
  checklistsQuery,
  checklistsResponse,
  checklistView,
  createChecklistBody,
  importQuery,
  importReport,
  sectorChecklistParams,
  sectorChecklistQuery,
  type ChecklistView,
} from './checklists.schema.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const sendXlsx = (reply: FastifyReply, name: string, buffer: Buffer) =>
  reply.header('content-type', XLSX_TYPE).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`).send(buffer);

/** The upload: the .xlsx (field `file`) and the list's title, sectors and dates (field `meta`, JSON). */
async function readImport(request: FastifyRequest): Promise<{ buffer: Buffer; meta: unknown }> {
  if (!request.isMultipart()) throw AppError('VALIDATION', { field: 'file', message: '请以 multipart/form-data 上传 .xlsx 文件（字段名 file）' });
  let buffer: Buffer | null = null;
  let meta: unknown = undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file') buffer = await part.toBuffer();
    else if (part.fieldname === 'meta') {
      try {
        meta = JSON.parse(String(part.value));
      } catch {
        throw AppError('VALIDATION', { field: 'meta', message: '「清单信息」不是有效的 JSON' });
      }
    }
  }
  if (!buffer) throw AppError('VALIDATION', { field: 'file', message: '请选择要导入的 .xlsx 文件' });
  return { buffer, meta };
}

/** 检查清单 library (MODULES A-3): org and enterprise lists with versions, sector 判定标准 as ready-made lists, .xlsx in and out. */
export async function checklistRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const tags = ['checklists'];
  const load = async (auth: AuthContext, id: string) => {
    const row = await repo.findChecklist(deps().db, service.readerOf(auth), id);
    if (!row) throw AppError('NOT_FOUND');
    return row;
  };
  const view = async (auth: AuthContext, id: string): Promise<ChecklistView> => {
    const row = await load(auth, id);
    return service.presentChecklist(deps().db, auth, row, await repo.listItems(deps().db, row.id), service.todayOf(deps().clock));
  };
  const sectorView = async (sector: string, at: string | undefined) => {
    const list = await service.sectorChecklist(deps().db, sector, at ?? service.todayOf(deps().clock));
    if (!list) throw AppError('NOT_FOUND');
    return list;
  };

  app.get('/api/checklists', { schema: { tags, querystring: checklistsQuery, response: { 200: checklistsResponse, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'checklists.read');
    const { allVersions, at, ...filter } = request.query;
    const rows = await repo.listChecklists(deps().db, service.readerOf(auth), { ...filter, at: allVersions === 'true' ? null : (at ?? service.todayOf(deps().clock)) });
    return { items: rows.map(service.presentChecklistSummary) };
  });

  app.get('/api/checklists/import-template.xlsx', { schema: { tags } }, async (request, reply) => {
    requireCapability(request, 'checklists.write');
    return sendXlsx(reply, '检查清单导入模板.xlsx', await checklistTemplate());
  });

  app.get(
    '/api/checklists/sector/:sector',
    { schema: { tags, params: sectorChecklistParams, querystring: sectorChecklistQuery, response: { 200: checklistView, ...standardErrors } } },
    async (request) => {
      requireCapability(request, 'checklists.read');
      return sectorView(request.params.sector, request.query.at);
    },
  );

  app.get('/api/checklists/sector/:sector/export.xlsx', { schema: { tags, params: sectorChecklistParams, querystring: sectorChecklistQuery } }, async (request, reply) => {
    requireCapability(request, 'checklists.read');
    const list = await sectorView(request.params.sector, request.query.at);
    return sendXlsx(reply, `${list.title}.xlsx`, await exportChecklist(list));
  });

  app.get('/api/checklists/:id', { schema: { tags, params: uuidParam, response: { 200: checklistView, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'checklists.read');
    return view(auth, request.params.id);
  });

  app.get('/api/checklists/:id/export.xlsx', { schema: { tags, params: uuidParam } }, async (request, reply) => {
    const auth = requireCapability(request, 'checklists.read');
    const list = await view(auth, request.params.id);
    return sendXlsx(reply, `${list.title}-第${list.version}版.xlsx`, await exportChecklist(list));
  });

  app.post('/api/checklists', { schema: { tags, body: createChecklistBody, response: { 201: checklistView, ...standardErrors } } }, async (request, reply) => {
    const auth = requireCapability(request, 'checklists.write');
    const id = await service.createChecklist(deps(), auth, initiator(request), request.body);
    return reply.status(201).send(await view(auth, id));
  });

  app.post(
    '/api/checklists/:id/versions',
    { schema: { tags, params: uuidParam, body: createChecklistBody, response: { 201: checklistView, ...standardErrors } } },
    async (request, reply) => {
      const auth = requireCapability(request, 'checklists.write');
      const current = await load(auth, request.params.id);
      const id = await service.publishVersion(deps(), auth, initiator(request), current, request.body);
      return reply.status(201).send(await view(auth, id));
    },
  );

  // dryRun=true answers the row-by-row report without writing; otherwise the list (or, with replaces=<the current version id>, the next
  // version) is published when no row has a problem, and nothing is written when one has.
  app.post(
    '/api/checklists/import',
    { schema: { tags, querystring: importQuery, consumes: ['multipart/form-data'], response: { 200: importReport, 201: importReport, ...standardErrors } } },
    async (request, reply) => {
      const auth = requireCapability(request, 'checklists.write');
      const { buffer, meta } = await readImport(request);
      const parsed = await parseChecklistXlsx(buffer);
      const errors = [...parsed.errors, ...(await service.validateItems(deps().db, parsed.items, parsed.rowNumbers))].sort((a, b) => a.row - b.row);
      if (request.query.dryRun === 'true') return { items: parsed.items, errors, checklist: null };
      if (errors.length > 0) service.throwRowErrors(errors, true);
      const input = { ...parseOrThrow(checklistMeta, meta ?? {}), items: parsed.items };
      const id = request.query.replaces
        ? await service.publishVersion(deps(), auth, initiator(request), await load(auth, request.query.replaces), input)
        : await service.createChecklist(deps(), auth, initiator(request), input);
      return reply.status(201).send({ items: parsed.items, errors: [], checklist: await view(auth, id) });
    },
  );
}
