import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audienceOf } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import { initiator, requireAuth, requireCapability } from '../../plugins/auth.ts';
import { chinaDate } from '../../lib/dates.ts';
import { fieldText, readUploadedFileAndFields } from '../../lib/multipart.ts';
import { standardErrors, uuidParam } from '../../lib/schemas.ts';
import { requireRegionStaff } from '../../lib/scope-registry.ts';
import { parseOrThrow } from '../../lib/validation.ts';
import { auditBulkExport } from '../audit/audit.export.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import { actionContext } from '../../workflow/context.ts';
import { listSectors } from '../reference/reference.repository.ts';
import { presentJob } from '../jobs/jobs.routes.ts';
import { jobResponse } from '../jobs/jobs.schema.ts';
import { importQuery } from '../enterprises/enterprises.schema.ts';
import * as repo from './hazards.repository.ts';
import * as service from './hazards.service.ts';
import { performHazardAction } from './hazards.workflow.ts';
import { exportHazardLedger, ledgerTemplate } from './ledger.export.ts';
import { importHazardLedger } from './ledger.import.ts';
import { presentHazard, presentListItem } from './hazards.presenter.ts';
import { ledgerGrader } from '../grading/grading.ledger.ts';
import { ledgerErrorWorkbook } from './ledger.errors.ts';
import { parseCriterionPicks } from '../grading/grading.schema.ts';
import {
  actionBodies,
  actionParams,
  createHazardBody,
  duplicatesBody,
  duplicatesResponse,
  formRequirementsQuery,
  hazardFilter,
  hazardView,
  hazardsQuery,
  hazardsResponse,
  intakeRequirementsResponse,
  linkBody,
} from './hazards.schema.ts';

const withForbidden = { ...standardErrors, 403: standardErrors[400] };

export async function hazardRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ db: app.services.database.db, clock: app.services.clock });
  const tags = ['hazards'];
  const present = (auth: AuthContext, joined: service.JoinedHazard) => presentHazard(deps().db, auth, joined, app.services.clock.now());
  /** The hazard within the caller's scope, loaded once per request: 404 before anything else is looked at. */
  const loadInScope = async (auth: AuthContext, id: string) => {
    const joined = await repo.findHazard(deps().db, auth.scope, id);
    if (!joined) throw AppError('NOT_FOUND');
    return joined;
  };

  app.get('/api/hazards', { schema: { tags, querystring: hazardsQuery, response: { 200: hazardsResponse, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'hazards.read');
    const { page, pageSize, ...filter } = request.query;
    const today = chinaDate(app.services.clock.now());
    const { items, total } = await repo.listHazards(deps().db, auth.scope, filter, today, audienceOf(auth.actor), page, pageSize);
    return { items: items.map((row) => presentListItem(auth, row, today)), total };
  });

  app.get(
    '/api/hazards/form-requirements',
    {
      schema: {
        tags,
        description: '上报/登记表单的填写要求（与服务端校验同一规则）：可用的隐患来源、行业领域，重大隐患须选判定依据，立查立改须附证据，日期范围。',
        querystring: formRequirementsQuery,
        response: { 200: intakeRequirementsResponse, ...standardErrors },
      },
    },
    async (request) => {
      const auth = requireCapability(request, 'hazards.read');
      return service.intakeFormRequirements(actionContext(deps(), auth, initiator(request)), request.query.enterpriseId);
    },
  );

  app.post(
    '/api/hazards',
    {
      schema: {
        tags,
        description: '企业自查上报（企业账号）或监管登记（工作人员）。可带 Idempotency-Key 请求头：重试返回首次结果。',
        headers: z.object({ 'idempotency-key': z.string().trim().min(8).max(100).optional() }),
        body: createHazardBody,
        response: { 201: hazardView, ...withForbidden },
      },
    },
    async (request, reply) => {
      const ctx = actionContext(deps(), requireAuth(request), initiator(request));
      const auth = requireCapability(request, service.intakeChannel(ctx) === 'report' ? 'hazards.report' : 'hazards.register');
      const joined = await service.createHazard(ctx, request.body, request.headers['idempotency-key'] ?? null);
      return reply.status(201).send(await present(auth, joined));
    },
  );

  app.post('/api/hazards/duplicates', { schema: { tags, body: duplicatesBody, response: { 200: duplicatesResponse, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'hazards.read');
    return { items: await service.findDuplicates(actionContext(deps(), auth, initiator(request)), request.body) };
  });

  app.get('/api/hazards/:id', { schema: { tags, params: uuidParam, response: { 200: hazardView, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'hazards.read');
    return present(auth, await loadInScope(auth, request.params.id));
  });

  app.post('/api/hazards/:id/link', { schema: { tags, params: uuidParam, body: linkBody, response: { 200: hazardView, ...standardErrors } } }, async (request) => {
    const auth = requireCapability(request, 'hazards.read');
    const joined = await loadInScope(auth, request.params.id);
    return present(auth, await service.linkReport(actionContext(deps(), auth, initiator(request)), joined, request.body));
  });

  app.post(
    '/api/hazards/:id/actions/:action',
    {
      schema: {
        tags,
        description: '隐患状态流转（DESIGN §3）。请求体含 version（比较并交换）及各动作字段，见 docs/hazards-api.md；各动作的填写要求见详情的 requirements。',
        params: actionParams,
        body: z.record(z.string(), z.unknown()),
        response: { 200: hazardView, ...withForbidden },
      },
    },
    async (request) => {
      const auth = requireCapability(request, 'hazards.read');
      const { id, action } = request.params;
      // Load within scope first, so an out-of-scope hazard is 404 whatever the body says; the kernel takes this row.
      const joined = await loadInScope(auth, id);
      const input = parseOrThrow(actionBodies[action], request.body);
      const written = await performHazardAction(actionContext(deps(), auth, initiator(request)), joined.hazard, action, input);
      return present(auth, { ...joined, hazard: written });
    },
  );

  // ---- 隐患台账 import/export (ledger.*.ts) ----
  const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

  app.get('/api/hazards/export.xlsx', { schema: { tags, description: '按列表筛选条件导出隐患台账（标准表头，可原样再导入）', querystring: hazardFilter } }, async (request, reply) => {
    const auth = requireCapability(request, 'hazards.read');
    const today = chinaDate(app.services.clock.now());
    const sectorNames = new Map((await listSectors(deps().db)).map((s) => [s.code, s.name]));
    const audience = audienceOf(auth.actor);
    const { total } = await repo.listHazards(deps().db, auth.scope, request.query, today, audience, 1, 1);
    await auditBulkExport(deps().db, request, 'hazards', { filter: request.query, rows: total });
    const stream = exportHazardLedger(deps().db, auth.scope, audience, request.query, today, sectorNames);
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachment(`隐患台账-${today}.xlsx`)).send(stream);
  });

  app.get('/api/hazards/import-template.xlsx', { schema: { tags } }, async (request, reply) => {
    requireRegionStaff(request, 'hazards.import');
    const template = await ledgerTemplate(chinaDate(app.services.clock.now()));
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachment('隐患台账导入模板.xlsx')).send(template);
  });

  app.post(
    '/api/hazards/import/errors.xlsx',
    {
      schema: {
        tags,
        description: '下载错误行：multipart 字段 jobId（预检或导入任务）在前、file（同一台账文件）在后；返回原表头与原单元格、原行号和「原因」列的 .xlsx',
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      const { auth } = requireRegionStaff(request, 'hazards.import');
      const { buffer, fields } = await readUploadedFileAndFields(request, ' .xlsx 隐患台账');
      const jobId = fieldText(fields, 'jobId') ?? '';
      if (!z.uuid().safeParse(jobId).success) throw AppError('VALIDATION', { field: 'jobId', message: '「导入任务」应为有效的任务编号' });
      const workbook = await ledgerErrorWorkbook(deps().db, auth.user.id, jobId, buffer);
      return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachment('隐患台账错误行.xlsx')).send(workbook);
    },
  );

  const importRoutes = [
    { url: '/api/hazards/import/preview', mode: 'preview', kind: 'hazard_import_preview', description: '隐患台账预检：只校验不写入；结果含错误明细与前20行预览' },
    { url: '/api/hazards/import', mode: 'commit', kind: 'hazard_import', description: '导入隐患台账：边读取边按200行分批提交（每批一个事务）；已存在的隐患跳过，重新导入同一台账不会重复' },
    {
      url: '/api/hazards/import/grading',
      mode: 'grading',
      kind: 'hazard_import_grading',
      description: '台账逐行判定：预检限时核对未覆盖的行，由此逐行核对全部有效行（只读，不写入；结果同预检并含完整的判定助手报告）',
    },
  ] as const;
  for (const { url, mode, kind, description } of importRoutes) {
    app.post(url, { schema: { tags, description, querystring: importQuery, consumes: ['multipart/form-data'], response: { 202: jobResponse, ...standardErrors } } }, async (request, reply) => {
      const { auth, scope } = requireRegionStaff(request, 'hazards.import');
      const { buffer, fields } = await readUploadedFileAndFields(request, ' .xlsx 隐患台账');
      const importer = { scope, userId: auth.user.id, orgId: auth.user.org?.id ?? null, who: initiator(request) };
      // 判定助手: suggestions per row in the preview; criteria picked there (field `criteria`, before `file`) on commit.
      const criterionPicks = mode === 'commit' ? parseCriterionPicks(fieldText(fields, 'criteria')) : undefined;
      const { jobs } = app.services;
      const job = await jobs.start(kind, auth.user.id, async (report) => {
        switch (mode) {
          case 'preview':
          case 'grading': // the same read-only pass; 'grading' without the preview's time budget
            return importHazardLedger(deps(), importer, buffer, 'preview', report, { grading: await ledgerGrader(deps().db, performance.now(), { everyRow: mode === 'grading' }) });
          case 'commit':
            return importHazardLedger(deps(), importer, buffer, 'commit', report, { criterionPicks });
        }
      });
      if (request.query.wait === 'true') await jobs.wait(job.id);
      return reply.status(202).send({ job: await presentJob(deps().db, job.id, auth.user.id) });
    });
  }
}
