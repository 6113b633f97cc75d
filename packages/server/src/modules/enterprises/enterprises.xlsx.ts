import { PassThrough } from 'node:stream';
import ExcelJS from '../../lib/exceljs.ts';
import { explainUsccError, highRiskOf, normalizeRegionCode, type Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Initiator } from '../../lib/request-context.ts';
import { isXlsx, matchHeader, readFirstSheetRows, type ColumnSpec } from '../../lib/xlsx.ts';
import type { ProgressReporter } from '../jobs/jobs.service.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { regionsUnderPrefix, existingRegionCodes } from '../reference/reference.repository.ts';
import * as repo from './enterprises.repository.ts';
import { explainPlacementError, loadSectorCatalogue, parseSectorCell, type EnterpriseInsert } from './enterprises.service.ts';
import { enterpriseScales, enterpriseStatuses, scaleLabels, statusLabels, type EnterpriseFilter } from './enterprises.schema.ts';

type Field =
  | 'uscc' | 'name' | 'regionCode' | 'regionName' | 'address' | 'sectors' | 'scale' | 'status'
  | 'principalName' | 'principalPhone' | 'controllerName' | 'controllerPhone' | 'safetyManagerName' | 'safetyManagerPhone'
  | 'lng' | 'lat';

/** Import/export columns: the canonical header first (what export writes), then aliases seen in real registers. */
export const enterpriseColumns: readonly ColumnSpec<Field>[] = [
  { field: 'uscc', header: '统一社会信用代码', aliases: ['信用代码', '社会信用代码'] },
  { field: 'name', header: '企业名称', aliases: ['单位名称', '生产经营单位', '名称'] },
  { field: 'regionCode', header: '行政区划代码', aliases: ['所在地区代码', '区划代码'] },
  { field: 'regionName', header: '所在乡镇（街道）', aliases: ['所在乡镇', '乡镇街道', '所在地区', '属地'] },
  { field: 'address', header: '地址', aliases: ['详细地址', '生产经营地址', '注册地址'] },
  { field: 'sectors', header: '行业领域', aliases: ['行业', '监管行业', '行业分类'] },
  { field: 'scale', header: '规模', aliases: ['企业规模'] },
  { field: 'status', header: '状态', aliases: ['经营状态', '生产状态'] },
  { field: 'principalName', header: '主要负责人', aliases: ['法定代表人', '负责人'] },
  { field: 'principalPhone', header: '主要负责人电话', aliases: ['主要负责人联系电话', '负责人电话'] },
  { field: 'controllerName', header: '实际控制人', aliases: [] },
  { field: 'controllerPhone', header: '实际控制人电话', aliases: ['实际控制人联系电话'] },
  { field: 'safetyManagerName', header: '安全管理人员', aliases: ['安全负责人', '安全管理员'] },
  { field: 'safetyManagerPhone', header: '安全管理人员电话', aliases: ['安全负责人电话', '安全管理员电话'] },
  { field: 'lng', header: '经度', aliases: [] },
  { field: 'lat', header: '纬度', aliases: [] },
];
const headerOf = (field: Field) => enterpriseColumns.find((c) => c.field === field)?.header ?? field;

export type ImportError = { row: number; column: string; message: string };
export type ImportResult = { created: number; updated: number; failed: number; total: number; errors: ImportError[] };

export const IMPORT_MAX_ROWS = 50_000;
const BATCH_SIZE = 500;
const HEADER_SEARCH_ROWS = 10;

const scaleByText = new Map<string, (typeof enterpriseScales)[number]>([
  ...enterpriseScales.map((s) => [s, s] as const),
  ...Object.entries(scaleLabels).flatMap(([k, v]) => [[v, k], [v.replace('型', ''), k]] as [string, (typeof enterpriseScales)[number]][]),
  ['规上', 'medium'],
  ['规下', 'small'],
]);
const statusByText = new Map<string, (typeof enterpriseStatuses)[number]>([
  ...enterpriseStatuses.map((s) => [s, s] as const),
  ...Object.entries(statusLabels).map(([k, v]) => [v, k] as [string, (typeof enterpriseStatuses)[number]]),
  ['正常', 'operating'], ['在产', 'operating'], ['在业', 'operating'], ['存续', 'operating'],
  ['停产', 'suspended'], ['停业', 'suspended'], ['关闭', 'closed'], ['注销', 'closed'], ['吊销', 'closed'],
]);

type Candidate = { row: number; values: Omit<EnterpriseInsert, 'highRisk'> };

/**
 * Reads, validates and saves an enterprise register. Good rows are saved in batches of 500, each batch one
 * transaction with its audit row, so a crash leaves whole batches or nothing; USCC is the natural key, so
 * re-importing the same file updates instead of duplicating.
 */
export async function importEnterprises(
  deps: { db: Db; clock: Clock },
  scope: Scope,
  who: Initiator,
  buffer: Buffer,
  report: ProgressReporter,
): Promise<ImportResult> {
  if (!isXlsx(buffer)) throw AppError('IMPORT_FILE_INVALID');
  if (scope.kind !== 'region') throw AppError('FORBIDDEN');
  const catalogue = await loadSectorCatalogue(deps.db);
  const townships = await regionsUnderPrefix(deps.db, scope.regionPrefix);
  const regionByName = new Map<string, string>();
  for (const r of townships) if (r.level !== 'village') regionByName.set(r.name, r.code);

  const errors: ImportError[] = [];
  const candidates: Candidate[] = [];
  const seenUscc = new Map<string, number>();
  let header: Map<Field, number> | null = null;
  let total = 0;

  try {
    for await (const { rowNumber, cells } of readFirstSheetRows(buffer)) {
      if (!header) {
        const match = matchHeader(cells, enterpriseColumns);
        if (match.has('uscc') && match.has('name')) header = match;
        else if (rowNumber >= HEADER_SEARCH_ROWS) throw AppError('IMPORT_NO_HEADER', { message: '前10行中未找到含「统一社会信用代码」和「企业名称」的表头行' });
        continue;
      }
      if (cells.every((c) => c === '')) continue;
      total++;
      if (total > IMPORT_MAX_ROWS) throw AppError('IMPORT_TOO_MANY_ROWS', { message: `单次最多导入${IMPORT_MAX_ROWS}行，请分批导入` });
      const at = (field: Field) => {
        const index = header?.get(field);
        return index === undefined ? '' : (cells[index] ?? '');
      };
      const rowErrors: ImportError[] = [];
      const fail = (field: Field, message: string) => rowErrors.push({ row: rowNumber, column: headerOf(field), message });

      const uscc = at('uscc').toUpperCase().replace(/\s/g, '');
      const usccError = uscc ? explainUsccError(uscc) : '统一社会信用代码不能为空';
      if (usccError) fail('uscc', usccError);
      const firstRow = seenUscc.get(uscc);
      if (uscc && firstRow !== undefined) fail('uscc', `与第${firstRow}行的统一社会信用代码重复`);
      else if (uscc) seenUscc.set(uscc, rowNumber);

      const name = at('name');
      if (name.length < 2) fail('name', name ? '企业名称过短' : '企业名称不能为空');

      let regionCode: string | null = null;
      const codeText = at('regionCode');
      const regionName = at('regionName');
      if (codeText) {
        regionCode = normalizeRegionCode(codeText.replace(/\s/g, ''));
        if (!regionCode) fail('regionCode', `行政区划代码「${codeText}」格式错误`);
      } else if (regionName) {
        regionCode = regionByName.get(regionName) ?? null;
        if (!regionCode) fail('regionName', `辖区内没有名为「${regionName}」的乡镇（街道）`);
      } else {
        fail('regionCode', '须填写行政区划代码或所在乡镇（街道）');
      }

      const { codes: sectorCodes, unknown: unknownSectors } = parseSectorCell(at('sectors'), catalogue);
      if (unknownSectors.length > 0) fail('sectors', `未知的行业领域「${unknownSectors.join('、')}」`);
      else if (sectorCodes.length === 0) fail('sectors', '行业领域不能为空');

      const scaleText = at('scale');
      const scale = scaleText ? scaleByText.get(scaleText) : 'small';
      if (!scale) fail('scale', `规模「${scaleText}」应为 大型/中型/小型/微型`);
      const statusText = at('status');
      const status = statusText ? statusByText.get(statusText) : 'operating';
      if (!status) fail('status', `状态「${statusText}」应为 正常生产/停产整顿/关闭取缔`);

      const coordinate = (field: 'lat' | 'lng', min: number, max: number) => {
        const text = at(field);
        if (!text) return null;
        const value = Number(text);
        if (!Number.isFinite(value) || value < min || value > max) {
          fail(field, `${headerOf(field)}「${text}」超出范围`);
          return null;
        }
        return value;
      };
      const lat = coordinate('lat', -90, 90);
      const lng = coordinate('lng', -180, 180);

      if (rowErrors.length > 0) {
        errors.push(...rowErrors);
        continue;
      }
      candidates.push({
        row: rowNumber,
        values: {
          uscc,
          name,
          regionCode: regionCode ?? '',
          address: at('address'),
          sectors: sectorCodes,
          scale: scale ?? 'small',
          status: status ?? 'operating',
          principalName: at('principalName'),
          principalPhone: at('principalPhone'),
          controllerName: at('controllerName'),
          controllerPhone: at('controllerPhone'),
          safetyManagerName: at('safetyManagerName'),
          safetyManagerPhone: at('safetyManagerPhone'),
          lat,
          lng,
        },
      });
    }
  } catch (error) {
    if ((error as { kind?: string }).kind === 'AppError') throw error;
    throw AppError('IMPORT_FILE_INVALID');
  }
  if (!header) throw AppError('IMPORT_NO_HEADER', { message: '未找到含「统一社会信用代码」和「企业名称」的表头行' });

  let created = 0;
  let updated = 0;
  await report(0, candidates.length);
  for (let start = 0; start < candidates.length; start += BATCH_SIZE) {
    const batch = candidates.slice(start, start + BATCH_SIZE);
    const known = await existingRegionCodes(deps.db, [...new Set(batch.map((c) => c.values.regionCode))]);
    const now = deps.clock.now();
    const outcome = await deps.db.transaction(async (tx) => {
      const owners = await repo.unsafeUsccOwnership(tx, scope, batch.map((c) => c.values.uscc));
      const batchErrors: ImportError[] = [];
      let batchCreated = 0;
      let batchUpdated = 0;
      for (const candidate of batch) {
        const { values, row } = candidate;
        if (!known.has(values.regionCode)) {
          batchErrors.push({ row, column: headerOf('regionCode'), message: `行政区划代码「${values.regionCode}」不存在` });
          continue;
        }
        const placement = explainPlacementError(scope, values.regionCode, values.sectors ?? [], catalogue);
        if (placement) {
          batchErrors.push({ row, column: headerOf(placement.field === 'sectors' ? 'sectors' : 'regionCode'), message: placement.message });
          continue;
        }
        const full = { ...values, highRisk: highRiskOf(values.sectors ?? [], catalogue.highRisk), updatedAt: now };
        const owner = owners.get(values.uscc);
        if (!owner) {
          await repo.insertEnterprise(tx, { ...full, createdAt: now });
          batchCreated++;
        } else if (!owner.inScope) {
          batchErrors.push({ row, column: headerOf('uscc'), message: '该统一社会信用代码已由其他辖区或部门登记' });
        } else {
          if (!(await repo.updateEnterpriseIfVersion(tx, owner.id, owner.version, full))) {
            batchErrors.push({ row, column: headerOf('uscc'), message: '该企业正被他人修改，请稍后重试' });
            continue;
          }
          batchUpdated++;
        }
      }
      await appendAudit(tx, {
        at: now,
        actorUserId: who.userId,
        actorName: who.name,
        ip: who.ip,
        action: 'enterprise.import_batch',
        entityType: 'enterprise',
        entityId: null,
        regionCode: null,
        detail: { firstRow: batch[0]?.row ?? null, created: batchCreated, updated: batchUpdated, rejected: batchErrors.length },
      });
      return { batchErrors, batchCreated, batchUpdated };
    });
    errors.push(...outcome.batchErrors);
    created += outcome.batchCreated;
    updated += outcome.batchUpdated;
    await report(Math.min(start + BATCH_SIZE, candidates.length), candidates.length);
  }
  errors.sort((a, b) => a.row - b.row);
  const failedRows = new Set(errors.map((e) => e.row)).size;
  return { created, updated, failed: failedRows, total, errors };
}

const exportHeaders: Field[] = [
  'uscc', 'name', 'regionCode', 'regionName', 'address', 'sectors', 'scale', 'status',
  'principalName', 'principalPhone', 'controllerName', 'controllerPhone', 'safetyManagerName', 'safetyManagerPhone', 'lng', 'lat',
];

/** Streams the filtered, scoped register as .xlsx in canonical headers (re-importable as is). */
export function exportEnterprises(db: Db, scope: Scope, filter: EnterpriseFilter, sectorNames: ReadonlyMap<string, string>): PassThrough {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('企业名录');
  sheet.columns = exportHeaders.map((field) => ({ header: headerOf(field), key: field, width: field === 'name' || field === 'address' ? 36 : 18 }));
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    try {
      for await (const rows of repo.iterateEnterprises(db, scope, filter)) {
        for (const e of rows) {
          sheet
            .addRow({
              ...e,
              regionName: e.regionName,
              sectors: e.sectors.map((s) => sectorNames.get(s) ?? s).join('；'),
              scale: scaleLabels[e.scale],
              status: statusLabels[e.status],
            })
            .commit();
        }
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      stream.destroy(error as Error);
    }
  })();
  return stream;
}

export async function importTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业名录');
  sheet.columns = exportHeaders.map((field) => ({ header: headerOf(field), key: field, width: 20 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    uscc: '91341621MA2TEST0XX',
    name: '（示例）某某示例化工有限公司',
    regionName: '（填乡镇街道名称，或在「行政区划代码」列填12位代码）',
    sectors: '危险化学品',
    scale: '小型',
    status: '正常生产',
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

