// 隐患台账 import and export. Ledgers come from many offices and tools, so the importer is forgiving about
// layout (title rows, merged enterprise cells, header aliases, dates as text or serials, value aliases) and
// strict about content: every row is checked completely, bad rows are reported by row, column and reason,
// and good rows are saved in 500-row batches, each one transaction with its timeline events and audit row.
import { createHash, randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import ExcelJS from '../../lib/exceljs.ts';
import { and, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  explainUsccError,
  formatHazardNo,
  GENESIS_HASH,
  hazardLevelLabels,
  hazardLevels,
  hazardStatusLabels,
  isOpen,
  listingLevelLabels,
  parseHazardNo,
  textFingerprint,
  timelineHash,
  type HazardLevel,
  type HazardStatus,
  type Scope,
  type TimelineEvent,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { criteria, enterprises, hazardEvents, hazards, orgs, type HazardPlanColumn } from '../../db/schema/index.ts';
import { AppError, isAppError } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import { addDays, chinaDate } from '../../lib/dates.ts';
import type { Initiator } from '../../lib/request-context.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';
import { excelSerialToIsoDate, isXlsx, matchHeader, readFirstSheetRows, type ColumnSpec } from '../../lib/xlsx.ts';
import { ledgerColumns } from '../../seed/reference.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { unsafeUsccOwnership } from '../enterprises/enterprises.repository.ts';
import { loadSectorCatalogue, parseSectorCell, type SectorCatalogue } from '../enterprises/enterprises.service.ts';
import type { ProgressReporter } from '../jobs/jobs.service.ts';
import { iterateHazards, keepHazardSeq, nextHazardSeqs } from './hazards.repository.ts';
import { hazardSourceLabels, hazardSources, type HazardFilter, type HazardSource } from './hazards.schema.ts';
import { refreshStatSpans } from '../stats/stats.spans.ts';

// ---- the ledger's columns and value aliases (reference/ledger-columns.json) ----

/** Fields the importer understands; ledger-columns.json may list more, which export writes as empty columns. */
const ledgerFields = [
  'hazardNo', 'enterpriseName', 'uscc', 'regionCode', 'regionName', 'sector', 'source', 'foundAt', 'finderOrg', 'location',
  'category', 'level', 'description', 'basis', 'measures', 'responsibleOrg', 'responsiblePerson', 'deadline', 'fundsWanYuan',
  'interimControls', 'status', 'supervisionLevel', 'supervisionOrg', 'supervisionDocNo', 'completedAt', 'verifiedAt',
  'verifierOrg', 'closedAt', 'remark',
] as const;
type LedgerField = (typeof ledgerFields)[number];
const isLedgerField = (field: string): field is LedgerField => (ledgerFields as readonly string[]).includes(field);

const valueTable = z.record(z.string(), z.record(z.string(), z.array(z.string())));
// The file keeps value aliases under "values"; the loader's type calls them "valueAliases". Accept either.
const ledgerFile = z.object({
  columns: z.array(z.object({ field: z.string(), header: z.string(), aliases: z.array(z.string()) })),
  values: valueTable.optional(),
  valueAliases: valueTable.optional(),
});

type ImportStatus = Exclude<HazardStatus, 'merged'>;

// ledger-columns.json has no status aliases; these are the wordings found in county ledgers (是/否 answer 是否整改).
const statusAliases: Record<ImportStatus, readonly string[]> = {
  closed: ['已销号', '销号', '已整改', '整改完成', '已完成', '完成', '已验收', '验收通过', '已闭环', '闭环', '已办结', '已消除', '已整改销号', '是'],
  pending_verification: ['待验收', '待复查', '待复核', '待销号', '已整改待验收', '整改完成待验收'],
  rectifying: ['整改中', '正在整改', '未整改', '未完成', '整改未完成', '限期整改', '逾期未整改', '未销号', '治理中', '否'],
  pending_confirmation: ['待认定', '待确认', '待核实'],
  dismissed: ['已作废', '作废', '不予认定', '已撤销', '撤销'],
};

const normaliseValue = (text: string) => text.replace(/\s/g, '').replace(/（/g, '(').replace(/）/g, ')');

type LedgerSpec = {
  columns: ColumnSpec<string>[];
  importColumns: ColumnSpec<LedgerField>[];
  headerOf: (field: LedgerField) => string;
  level: ReadonlyMap<string, HazardLevel>;
  source: ReadonlyMap<string, HazardSource>;
  status: ReadonlyMap<string, ImportStatus>;
};

function aliasMap<T extends string>(codes: readonly T[], labels: Partial<Record<T, string>>, fromFile: Record<string, string[]> | undefined, extra: Partial<Record<T, readonly string[]>> = {}) {
  const map = new Map<string, T>();
  const add = (text: string, code: T) => map.set(normaliseValue(text), code);
  for (const code of codes) {
    add(code, code);
    const label = labels[code];
    if (label) add(label, code);
    for (const alias of extra[code] ?? []) add(alias, code);
    for (const alias of fromFile?.[code] ?? []) add(alias, code);
  }
  return map;
}

let cachedSpec: LedgerSpec | null = null;
function ledgerSpec(): LedgerSpec {
  if (cachedSpec) return cachedSpec;
  const file = ledgerFile.parse(ledgerColumns());
  const values = file.values ?? file.valueAliases ?? {};
  const importColumns = file.columns.flatMap((c) => (isLedgerField(c.field) ? [{ field: c.field, header: c.header, aliases: c.aliases }] : []));
  const importStatuses = Object.keys(statusAliases) as ImportStatus[];
  cachedSpec = {
    columns: file.columns,
    importColumns,
    headerOf: (field) => importColumns.find((c) => c.field === field)?.header ?? field,
    level: aliasMap(hazardLevels, hazardLevelLabels, values.level, { general: ['一般'], major: ['重大'] }),
    source: aliasMap(hazardSources, hazardSourceLabels, values.source),
    status: aliasMap(importStatuses, hazardStatusLabels, values.status, statusAliases),
  };
  return cachedSpec;
}

// ---- dates ----

const EARLIEST_DATE = '1990-01-01'; // older "dates" are typos or small numbers read as Excel serials

function validIsoDate(year: number, month: number, day: number): string | null {
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null;
  return at.toISOString().slice(0, 10);
}

/**
 * yyyy-mm-dd from what ledgers hold: '2023-05-06', '2023/5/6', '2023.5.6', '2023年5月6日' (a time part is ignored),
 * '20230506', an Excel serial number, or a date cell (already yyyy-mm-dd from cellText). Null when unrecognisable.
 */
export function parseLedgerDate(text: string): string | null {
  const value = text.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) return validIsoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  if (/^\d+(\.\d+)?$/.test(value)) return excelSerialToIsoDate(Math.floor(Number(value)));
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT].*)?$/.exec(value);
  return parts ? validIsoDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null;
}

// CST midnight, so chinaDate() of the stored timestamp gives back the ledger's date.
const chinaMidnight = (isoDate: string) => new Date(`${isoDate}T00:00:00+08:00`);

// ---- import ----

export type LedgerImportMode = 'preview' | 'commit';
export type LedgerImportError = { row: number; column: string; message: string };
export type LedgerSampleRow = {
  row: number; hazardNo: string | null; enterpriseName: string; uscc: string; level: HazardLevel; status: ImportStatus;
  foundAt: string; deadline: string; title: string; duplicate: boolean;
};
export type LedgerPreviewResult = { total: number; valid: number; skipped: number; errors: LedgerImportError[]; errorsTruncated: boolean; sample: LedgerSampleRow[] };
export type LedgerCommitResult = { total: number; created: number; skipped: number; failed: number; errors: LedgerImportError[]; errorsTruncated: boolean };

/** Who imports: a staff user with a region scope; the importer's org is recorded as the finder. */
export type LedgerImporter = { scope: Scope; userId: string; orgId: string | null; who: Initiator };

export const LEDGER_IMPORT_MAX_ROWS = 200_000;
const BATCH_SIZE = 500;
const HEADER_SEARCH_ROWS = 15;
const SAMPLE_SIZE = 20;
const MAX_REPORTED_ERRORS = 1000; // a result row in `jobs` must stay small; `failed` still counts every bad row
const TITLE_LENGTH = 60;
const REPLACEMENT_CHAR = '\uFFFD';
// Serialises commit batches of concurrent imports (advisory lock key; the audit chain uses 7_270_001).
const HAZARD_IMPORT_LOCK = 7_270_101;
const DEFAULT_SOURCE: HazardSource = 'supervision';
// Ledger columns kept on the 'imported' timeline event: they have no column on hazards but are part of the record.
const extraFields = [
  'finderOrg', 'category', 'basis', 'responsibleOrg', 'supervisionLevel', 'supervisionOrg', 'supervisionDocNo',
  'completedAt', 'verifiedAt', 'verifierOrg', 'remark',
] as const satisfies readonly LedgerField[];
// A row with none of these is not a hazard (a subtotal, a 填表人 footer, an enterprise heading row).
const dataFields = ['hazardNo', 'description', 'foundAt', 'level', 'status', 'deadline', 'location', 'measures'] as const satisfies readonly LedgerField[];

/** A row that passed the checks that need no database. */
type ParsedRow = {
  row: number;
  hazardNo: string;
  uscc: string;
  enterpriseName: string;
  sectorCodes: string[];
  level: HazardLevel;
  status: ImportStatus;
  source: HazardSource;
  foundAt: string;
  deadline: string;
  closedAt: string | null;
  title: string;
  description: string;
  location: string;
  criterionIds: string[];
  plan: HazardPlanColumn | null;
  interimControls: string;
  extras: Record<string, string>;
};

type EnterpriseRef = { id: string; name: string; uscc: string; regionCode: string; sectors: string[] };
/** A row ready to create (or to skip as already present). */
type ResolvedRow = ParsedRow & { enterprise: EnterpriseRef; sector: string; keepHazardNo: boolean; duplicate: boolean };

type ImportContext = {
  spec: LedgerSpec;
  scope: Extract<Scope, { kind: 'region' }>;
  catalogue: SectorCatalogue;
  criterionIds: ReadonlySet<string>;
  today: string;
  columnLabel: (field: LedgerField) => string;
};

/**
 * Reads a 隐患台账 and either checks it (preview: nothing is written) or imports it (commit). Duplicates — a
 * 隐患编号 already on record, or the same enterprise, 发现日期 and 隐患描述 as an existing hazard — are skipped,
 * so importing the same ledger (or our own export) again creates nothing.
 */
export async function importHazardLedger(deps: { db: Db; clock: Clock }, importer: LedgerImporter, buffer: Buffer, mode: 'preview', report: ProgressReporter): Promise<LedgerPreviewResult>;
export async function importHazardLedger(deps: { db: Db; clock: Clock }, importer: LedgerImporter, buffer: Buffer, mode: 'commit', report: ProgressReporter): Promise<LedgerCommitResult>;
export async function importHazardLedger(
  deps: { db: Db; clock: Clock },
  importer: LedgerImporter,
  buffer: Buffer,
  mode: LedgerImportMode,
  report: ProgressReporter,
): Promise<LedgerPreviewResult | LedgerCommitResult> {
  if (!isXlsx(buffer)) throw AppError('IMPORT_FILE_INVALID');
  const scope = importer.scope;
  if (scope.kind !== 'region') throw AppError('FORBIDDEN', { message: '仅监管部门工作人员可以导入隐患台账' });
  const spec = ledgerSpec();
  const criterionRows = await deps.db.select({ id: criteria.id }).from(criteria);
  const parsed = await parseLedger(buffer, {
    spec,
    scope,
    catalogue: await loadSectorCatalogue(deps.db),
    criterionIds: new Set(criterionRows.map((c) => c.id)),
    today: chinaDate(deps.clock.now()),
    columnLabel: spec.headerOf,
  }, report);
  const fileSha256 = createHash('sha256').update(buffer).digest('hex');

  const errors = parsed.errors;
  const seenHazardNo = new Map<string, number>();
  const seenKeys = new Set<string>();
  const sample: LedgerSampleRow[] = [];
  let created = 0;
  let skipped = 0;
  let valid = 0;
  await report(0, parsed.rows.length);
  for (let start = 0; start < parsed.rows.length; start += BATCH_SIZE) {
    const batch = parsed.rows.slice(start, start + BATCH_SIZE);
    if (mode === 'preview') {
      const outcome = await resolveBatch(deps.db, parsed.context, batch, seenHazardNo, seenKeys);
      errors.push(...outcome.errors);
      valid += outcome.rows.length;
      for (const r of outcome.rows) {
        if (r.duplicate) skipped++;
        if (sample.length < SAMPLE_SIZE) sample.push(sampleOf(r));
      }
    } else {
      // Lock, then look for duplicates inside the transaction: a concurrent import of the same ledger waits
      // and then sees this batch's rows instead of creating them twice.
      const outcome = await deps.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT pg_advisory_xact_lock(${HAZARD_IMPORT_LOCK})`);
        const resolved = await resolveBatch(tx, parsed.context, batch, seenHazardNo, seenKeys);
        const batchCreated = await writeBatch(tx, deps.clock.now(), importer, fileSha256, resolved.rows);
        await appendAudit(tx, {
          at: deps.clock.now(),
          actorUserId: importer.who.userId,
          actorName: importer.who.name,
          ip: importer.who.ip,
          action: 'hazard.import_batch',
          entityType: 'hazard',
          entityId: null,
          regionCode: null,
          detail: { fileSha256, firstRow: batch[0]?.row ?? null, created: batchCreated, skipped: resolved.rows.length - batchCreated, rejected: resolved.errors.length },
        });
        return { ...resolved, batchCreated };
      });
      errors.push(...outcome.errors);
      created += outcome.batchCreated;
      skipped += outcome.rows.length - outcome.batchCreated;
    }
    await report(Math.min(start + BATCH_SIZE, parsed.rows.length), parsed.rows.length);
  }

  errors.sort((a, b) => a.row - b.row);
  const failed = new Set(errors.map((e) => e.row)).size;
  const reported = { errors: errors.slice(0, MAX_REPORTED_ERRORS), errorsTruncated: errors.length > MAX_REPORTED_ERRORS };
  if (mode === 'preview') return { total: parsed.total, valid, skipped, ...reported, sample };
  return { total: parsed.total, created, skipped, failed, ...reported };
}

const sampleOf = (r: ResolvedRow): LedgerSampleRow => ({
  row: r.row,
  hazardNo: r.keepHazardNo ? r.hazardNo : null,
  enterpriseName: r.enterprise.name,
  uscc: r.enterprise.uscc,
  level: r.level,
  status: r.status,
  foundAt: r.foundAt,
  deadline: r.deadline,
  title: r.title,
  duplicate: r.duplicate,
});

/** First pass: stream the sheet, find the header, fill merged cells down and check every cell that needs no database. */
async function parseLedger(buffer: Buffer, base: ImportContext, report: ProgressReporter) {
  const { spec } = base;
  const errors: LedgerImportError[] = [];
  const rows: ParsedRow[] = [];
  let header: Map<LedgerField, number> | null = null;
  let headerCells: string[] = [];
  let headerRow = 0;
  let total = 0;
  // Merged enterprise cells arrive only in their first row; later rows take them from here.
  let carried = { enterpriseName: '', uscc: '', regionName: '', sector: '', finderOrg: '' };
  const columnLabel = (field: LedgerField) => {
    const index = header?.get(field);
    return (index === undefined ? '' : headerCells[index]?.trim()) || spec.headerOf(field);
  };
  await report(0, 0); // total unknown until the sheet has been read

  try {
    for await (const { rowNumber, cells } of readFirstSheetRows(buffer)) {
      if (!header) {
        const match = matchHeader(cells, spec.importColumns);
        if ((match.has('enterpriseName') || match.has('uscc')) && match.has('description') && match.has('foundAt')) {
          header = match;
          headerCells = cells;
          headerRow = rowNumber;
        } else if (rowNumber >= HEADER_SEARCH_ROWS) {
          throw AppError('IMPORT_NO_HEADER', { message: `前${HEADER_SEARCH_ROWS}行中未找到含「单位名称」或「统一社会信用代码」、「隐患描述」和「发现日期」的表头行` });
        }
        continue;
      }
      // A two-row header (整改情况 spanning 整改措施/整改期限/…) adds its second row's names.
      if (rowNumber === headerRow + 1) {
        const more = matchHeader(cells, spec.importColumns);
        if (more.size >= 2) {
          for (const [field, index] of more) if (!header.has(field)) header.set(field, index);
          headerCells = headerCells.map((text, i) => (text === '' ? (cells[i] ?? '') : text));
          for (let i = headerCells.length; i < cells.length; i++) headerCells[i] = cells[i] ?? '';
          continue;
        }
      }
      const columns: Map<LedgerField, number> = header;
      const at = (field: LedgerField) => {
        const index = columns.get(field);
        return index === undefined ? '' : (cells[index] ?? '');
      };

      const own = { enterpriseName: at('enterpriseName'), uscc: at('uscc').toUpperCase().replace(/\s/g, '') };
      const hasOwnEnterprise = own.enterpriseName !== '' || own.uscc !== '';
      const sameEnterprise = !hasOwnEnterprise || (own.uscc !== '' ? own.uscc === carried.uscc : own.enterpriseName === carried.enterpriseName);
      carried = {
        enterpriseName: hasOwnEnterprise ? own.enterpriseName : carried.enterpriseName,
        uscc: hasOwnEnterprise ? own.uscc : carried.uscc,
        regionName: at('regionName') || (sameEnterprise ? carried.regionName : ''),
        sector: at('sector') || (sameEnterprise ? carried.sector : ''),
        finderOrg: at('finderOrg') || carried.finderOrg,
      };
      if (dataFields.every((f) => at(f) === '')) continue;

      total++;
      if (total > LEDGER_IMPORT_MAX_ROWS) throw AppError('IMPORT_TOO_MANY_ROWS', { message: `单次最多导入${LEDGER_IMPORT_MAX_ROWS}行，请分批导入` });
      const outcome = parseRow(rowNumber, at, carried, { ...base, columnLabel }, columns);
      if ('errors' in outcome) errors.push(...outcome.errors);
      else rows.push(outcome.row);
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    throw AppError('IMPORT_FILE_INVALID');
  }
  if (!header) throw AppError('IMPORT_NO_HEADER', { message: '未找到含「单位名称」或「统一社会信用代码」、「隐患描述」和「发现日期」的表头行' });
  return { rows, errors, total, context: { ...base, columnLabel } };
}

function parseRow(
  row: number,
  at: (field: LedgerField) => string,
  carried: { enterpriseName: string; uscc: string; sector: string; finderOrg: string },
  context: ImportContext,
  columns: ReadonlyMap<LedgerField, number>,
): { row: ParsedRow } | { errors: LedgerImportError[] } {
  const { spec, catalogue, today, columnLabel } = context;
  const errors: LedgerImportError[] = [];
  const fail = (field: LedgerField, message: string) => errors.push({ row, column: columnLabel(field), message });

  // exceljs 4.4's streaming reader can split a multi-byte character at a 16 KiB chunk boundary and read it as
  // U+FFFD (exceljs issues #2063, #2084). Never store such text: reject the row, naming the cell.
  const garbled = [...columns.keys()].filter((field) => (field === 'enterpriseName' ? carried.enterpriseName : field === 'sector' ? carried.sector : at(field)).includes(REPLACEMENT_CHAR));
  for (const field of garbled) fail(field, '读取该单元格时出现乱码字符（�），为免写入错误数据，本行未导入');
  if (errors.length > 0) return { errors };

  const uscc = carried.uscc;
  if (uscc) {
    const usccError = explainUsccError(uscc);
    if (usccError) fail('uscc', usccError);
  } else if (!carried.enterpriseName) {
    fail(columns.has('uscc') ? 'uscc' : 'enterpriseName', '须填写统一社会信用代码或单位名称');
  }

  const description = at('description');
  if (!description) fail('description', '隐患描述不能为空');
  else if (description.length > 4000) fail('description', '隐患描述不能超过4000字');
  const location = at('location');
  if (location.length > 200) fail('location', '隐患部位不能超过200字');

  const date = (field: LedgerField): string | null => {
    const text = at(field);
    if (!text) return null;
    const value = parseLedgerDate(text);
    if (!value || value < EARLIEST_DATE) {
      fail(field, `日期「${text}」无法识别，请填写如 2023-05-06 的日期`);
      return null;
    }
    return value;
  };
  const foundAt = date('foundAt');
  if (!at('foundAt')) fail('foundAt', '发现日期不能为空');
  else if (foundAt && foundAt > today) fail('foundAt', '发现日期不能晚于今天');
  const deadlineText = date('deadline');
  if (foundAt && deadlineText && deadlineText < foundAt) fail('deadline', '整改期限不能早于发现日期');
  const doneDates = (['closedAt', 'verifiedAt', 'completedAt'] as const).map((field) => {
    const value = date(field);
    if (value && value > today) fail(field, `${columnLabel(field)}不能晚于今天`);
    else if (value && foundAt && value < foundAt) fail(field, `${columnLabel(field)}不能早于发现日期`);
    return value;
  });
  const closedAt = doneDates.find((d) => d !== null) ?? null;

  const levelText = at('level');
  let level: HazardLevel = 'general'; // ledgers of ordinary hazards often have no level column at all
  if (columns.has('level')) {
    const mapped = spec.level.get(normaliseValue(levelText));
    if (!levelText) fail('level', '隐患等级不能为空');
    else if (!mapped) fail('level', `隐患等级「${levelText}」应为 一般 或 重大`);
    else level = mapped;
  }

  const statusText = at('status');
  let status: ImportStatus = closedAt ? 'closed' : 'rectifying';
  if (statusText) {
    const mapped = spec.status.get(normaliseValue(statusText));
    if (normaliseValue(statusText) === hazardStatusLabels.merged || statusText === 'merged') fail('status', '「已合并」的隐患不能导入，请导入合并后的隐患');
    else if (!mapped) fail('status', `整改状态「${statusText}」无法识别，可填 整改中、待验收、已销号、已作废 等`);
    else status = mapped;
  }
  let deadline = deadlineText;
  if (!deadline && !at('deadline') && isOpen(status)) fail('deadline', '未销号的隐患须填写整改期限');
  // Closed ones may lack a deadline; store the close (or found) date so they never look overdue.
  if (!deadline && !isOpen(status) && foundAt) deadline = closedAt ?? foundAt;

  const sourceText = at('source');
  const source = (sourceText && spec.source.get(normaliseValue(sourceText))) || DEFAULT_SOURCE;

  const sectorText = carried.sector;
  const { codes: sectorCodes, unknown } = sectorText ? parseSectorCell(sectorText, catalogue) : { codes: [], unknown: [] };
  if (unknown.length > 0) fail('sector', `未知的行业领域「${unknown.join('、')}」`);

  const fundsText = at('fundsWanYuan').replace(/万元|万|元/g, '').replace(/,/g, '');
  let funds: number | null = null;
  if (fundsText) {
    funds = Number(fundsText);
    if (!Number.isFinite(funds) || funds < 0 || funds > 1_000_000) {
      fail('fundsWanYuan', `整改资金「${at('fundsWanYuan')}」应为以万元计的数字`);
      funds = null;
    }
  }
  const measures = at('measures');
  const responsible = (at('responsiblePerson') || at('responsibleOrg')).slice(0, 64);
  const interimControls = at('interimControls');
  if (measures.length > 4000) fail('measures', '整改措施不能超过4000字');
  if (interimControls.length > 2000) fail('interimControls', '临时管控措施不能超过2000字');
  const hazardNo = at('hazardNo').replace(/\s/g, '');
  if (hazardNo.length > 64) fail('hazardNo', '隐患编号过长');

  if (errors.length > 0 || !foundAt || !deadline) return { errors };

  // 判定依据 often cites clauses in prose; keep the ids we know, and the text on the timeline.
  const basis = at('basis');
  const criterionIds = [...new Set((basis.match(/[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9.]+)+/g) ?? []).map((id) => id.replace(/\.+$/, '')))].filter((id) =>
    context.criterionIds.has(id),
  ).slice(0, 20);
  const extras: Record<string, string> = {};
  for (const field of extraFields) {
    const value = field === 'finderOrg' ? carried.finderOrg : at(field);
    if (value) extras[field] = value;
  }
  if (sourceText && !spec.source.has(normaliseValue(sourceText))) extras.source = sourceText;
  if (statusText) extras.status = statusText;
  return {
    row: {
      row,
      hazardNo,
      uscc,
      enterpriseName: carried.enterpriseName,
      sectorCodes,
      level,
      status,
      source,
      foundAt,
      deadline,
      closedAt: status === 'closed' || status === 'dismissed' ? closedAt : null,
      title: description.slice(0, TITLE_LENGTH),
      description,
      location,
      criterionIds,
      plan: measures || responsible || funds !== null ? { responsible, measures, fundsWanYuan: funds, deadline, contingency: '' } : null,
      interimControls,
      extras,
    },
  };
}

const enterpriseColumns = { id: enterprises.id, name: enterprises.name, uscc: enterprises.uscc, regionCode: enterprises.regionCode, sectors: enterprises.sectors };
const enterpriseInScope = (scope: Scope) => scopeWhere(scope, { regionCode: enterprises.regionCode, sectors: enterprises.sectors, enterpriseId: enterprises.id });

/**
 * Which of these 隐患编号 are taken, anywhere. Skips scope on purpose: numbers are unique nationally, so a
 * clash outside scope must be found before the insert; only the number and an in-scope flag leave here.
 */
async function unsafeHazardNoOwnership(db: Db, scope: Scope, numbers: readonly string[]) {
  if (numbers.length === 0) return new Map<string, boolean>();
  const inScope = scopeWhere(scope, { regionCode: hazards.regionCode, sector: hazards.sector, enterpriseId: hazards.enterpriseId });
  const rows = await db.select({ hazardNo: hazards.hazardNo, inScope: sql<boolean>`(${inScope})` }).from(hazards).where(inArray(hazards.hazardNo, [...numbers]));
  return new Map(rows.map((r) => [r.hazardNo, r.inScope]));
}

const duplicateKey = (enterpriseId: string, foundAt: string, description: string) =>
  createHash('sha1').update(`${enterpriseId}\n${foundAt}\n${description}`).digest('base64');

/**
 * Hazards of these (in-scope) enterprises with one of these 发现日期, as duplicate keys. Skips the sector part of
 * a regulator's scope on purpose: the same finding recorded under another department's sector is still the
 * same hazard, and only a key hash leaves this function.
 */
async function unsafeExistingHazardKeys(db: Db, rows: readonly { enterpriseId: string; foundAt: string; description: string }[]) {
  if (rows.length === 0) return new Set<string>();
  const distinct = <T>(values: T[]) => [...new Set(values)];
  const found = await db
    .select({ enterpriseId: hazards.enterpriseId, foundAt: hazards.foundAt, description: hazards.description })
    .from(hazards)
    .where(
      and(
        inArray(hazards.enterpriseId, distinct(rows.map((r) => r.enterpriseId))),
        inArray(hazards.foundAt, distinct(rows.map((r) => r.foundAt))),
        inArray(hazards.description, distinct(rows.map((r) => r.description))),
      ),
    );
  return new Set(found.map((r) => duplicateKey(r.enterpriseId, r.foundAt, r.description)));
}

/** Second pass, per batch: enterprises, sectors and duplicates, which need the database. Writes nothing. */
async function resolveBatch(db: Db, context: ImportContext, batch: readonly ParsedRow[], seenHazardNo: Map<string, number>, seenKeys: Set<string>) {
  const { scope, columnLabel } = context;
  const errors: LedgerImportError[] = [];
  const rows: ResolvedRow[] = [];

  const usccs = [...new Set(batch.map((r) => r.uscc).filter(Boolean))];
  const owners = await unsafeUsccOwnership(db, scope, usccs);
  const inScopeIds = [...owners.values()].filter((o) => o.inScope).map((o) => o.id);
  const names = [...new Set(batch.filter((r) => !r.uscc).map((r) => r.enterpriseName))];
  const found = inScopeIds.length + names.length === 0 ? [] : await db
    .select(enterpriseColumns)
    .from(enterprises)
    .where(and(enterpriseInScope(scope), sql`(${inScopeIds.length > 0 ? inArray(enterprises.id, inScopeIds) : sql`false`} OR ${names.length > 0 ? inArray(enterprises.name, names) : sql`false`})`));
  const byId = new Map(found.map((e) => [e.id, e]));
  const byName = new Map<string, EnterpriseRef[]>();
  for (const e of found) byName.set(e.name, [...(byName.get(e.name) ?? []), e]);

  const matched: { parsed: ParsedRow; enterprise: EnterpriseRef; sector: string }[] = [];
  for (const parsed of batch) {
    const fail = (field: LedgerField, message: string) => errors.push({ row: parsed.row, column: columnLabel(field), message });
    let enterprise: EnterpriseRef | undefined;
    if (parsed.uscc) {
      const owner = owners.get(parsed.uscc);
      if (!owner) fail('uscc', `统一社会信用代码「${parsed.uscc}」未在企业名录中登记，请先登记或导入该企业`);
      else if (!owner.inScope) fail('uscc', '该企业不在本单位辖区或监管行业内');
      else enterprise = byId.get(owner.id);
    } else {
      const candidates = byName.get(parsed.enterpriseName) ?? [];
      if (candidates.length === 0) fail('enterpriseName', `辖区内没有名为「${parsed.enterpriseName}」的企业，请填写统一社会信用代码`);
      else if (candidates.length > 1) fail('enterpriseName', `辖区内有${candidates.length}家名为「${parsed.enterpriseName}」的企业，请填写统一社会信用代码`);
      else enterprise = candidates[0];
    }
    if (!enterprise) continue;
    const sector = chooseLedgerSector(scope, enterprise, parsed.sectorCodes);
    if ('message' in sector) {
      fail('sector', sector.message);
      continue;
    }
    matched.push({ parsed, enterprise, sector: sector.code });
  }

  const numbers = [...new Set(matched.map((m) => m.parsed.hazardNo).filter(Boolean))];
  const takenNumbers = await unsafeHazardNoOwnership(db, scope, numbers);
  const existingKeys = await unsafeExistingHazardKeys(
    db,
    matched.map((m) => ({ enterpriseId: m.enterprise.id, foundAt: m.parsed.foundAt, description: m.parsed.description })),
  );
  for (const { parsed, enterprise, sector } of matched) {
    const { hazardNo } = parsed;
    if (hazardNo) {
      const firstRow = seenHazardNo.get(hazardNo);
      if (firstRow !== undefined) {
        errors.push({ row: parsed.row, column: columnLabel('hazardNo'), message: `与第${firstRow}行的隐患编号重复` });
        continue;
      }
      seenHazardNo.set(hazardNo, parsed.row);
      if (takenNumbers.get(hazardNo) === false) {
        errors.push({ row: parsed.row, column: columnLabel('hazardNo'), message: '该隐患编号已被辖区外的隐患使用' });
        continue;
      }
    }
    const key = duplicateKey(enterprise.id, parsed.foundAt, parsed.description);
    const duplicate = takenNumbers.get(hazardNo) === true || existingKeys.has(key) || seenKeys.has(key);
    seenKeys.add(key);
    // Our own numbers (county and year matching) are kept; anything else (序号, other systems' numbers) is
    // kept on the timeline as originalHazardNo and the hazard gets a new number.
    const own = parseHazardNo(hazardNo);
    const keepHazardNo = own !== null && own.countyCode === enterprise.regionCode.slice(0, 6) && own.year === Number(parsed.foundAt.slice(0, 4));
    rows.push({ ...parsed, enterprise, sector, keepHazardNo, duplicate });
  }
  return { rows, errors };
}

/** The sector named in the ledger (first one the caller supervises), else the enterprise's first such sector. */
function chooseLedgerSector(scope: Extract<Scope, { kind: 'region' }>, enterprise: EnterpriseRef, named: readonly string[]): { code: string } | { message: string } {
  const supervised = (code: string) => scope.sectors === null || scope.sectors.includes(code);
  if (named.length > 0) {
    const code = named.find(supervised);
    return code ? { code } : { message: '行业领域不在本部门监管范围内' };
  }
  const code = enterprise.sectors.find(supervised);
  return code ? { code } : { message: '该企业没有本部门监管的行业领域，请填写行业领域' };
}

/**
 * Creates the batch's new hazards with their one 'imported' timeline event each. Set-based on purpose: per-row
 * nextHazardSeq + insertHazard + appendHazardEvent is five statements a row, which made a 100,000-row ledger take
 * over a quarter of an hour on PGlite. The event is the same sealed row appendHazardEvent writes for a first
 * event (seq 1 after GENESIS_HASH, timelineHash over the same fields); its row lock is not needed because no
 * other transaction can see these hazards before this one commits. GET /api/hazards/:id re-verifies the chain.
 */
async function writeBatch(tx: Db, now: Date, importer: LedgerImporter, fileSha256: string, rows: readonly ResolvedRow[]): Promise<number> {
  const fresh = rows.filter((r) => !r.duplicate);
  if (fresh.length === 0) return 0;

  // Numbers: kept ones move their county's sequence past them; the others come from it in one call per county and year (historical stock keeps its year).
  const numbers = new Map<ResolvedRow, string>();
  const blocks = new Map<string, ResolvedRow[]>();
  for (const r of fresh) {
    const own = r.keepHazardNo ? parseHazardNo(r.hazardNo) : null;
    if (own) {
      await keepHazardSeq(tx, own.countyCode, own.year, own.seq);
      numbers.set(r, r.hazardNo);
    } else {
      const key = `${r.enterprise.regionCode.slice(0, 6)}-${r.foundAt.slice(0, 4)}`;
      const block = blocks.get(key);
      if (block) block.push(r);
      else blocks.set(key, [r]);
    }
  }
  for (const block of blocks.values()) {
    const first = block[0];
    if (!first) continue;
    const year = Number(first.foundAt.slice(0, 4));
    const seqs = await nextHazardSeqs(tx, first.enterprise.regionCode.slice(0, 6), year, block.length);
    block.forEach((r, i) => numbers.set(r, formatHazardNo(r.enterprise.regionCode, year, seqs[i] ?? 0)));
  }

  const at = now.toISOString();
  const hazardRows: (typeof hazards.$inferInsert)[] = [];
  const eventRows: (typeof hazardEvents.$inferInsert)[] = [];
  for (const r of fresh) {
    const id = randomUUID();
    const hazardNo = numbers.get(r) ?? '';
    const closedAt = r.closedAt ? chinaMidnight(r.closedAt) : null;
    hazardRows.push({
      id,
      hazardNo,
      enterpriseId: r.enterprise.id,
      regionCode: r.enterprise.regionCode,
      sector: r.sector,
      level: r.level,
      source: r.source,
      criterionIds: r.criterionIds,
      title: r.title,
      description: r.description,
      location: r.location,
      foundAt: r.foundAt,
      foundByOrgId: importer.orgId,
      foundByUserId: importer.userId,
      foundByEnterprise: r.source === 'self_inspection',
      deadline: r.deadline,
      plan: r.plan,
      interimControls: r.interimControls,
      status: r.status,
      closedAt: r.status === 'closed' ? closedAt : null,
      dismissedAt: r.status === 'dismissed' ? closedAt : null,
      fingerprint: textFingerprint(`${r.title} ${r.description}`),
      createdAt: now,
      updatedAt: now,
    });
    const payload: Record<string, unknown> = {
      sourceRow: r.row,
      fileSha256,
      originalHazardNo: r.hazardNo || null,
      closedAt: r.closedAt,
      hazardNo,
      level: r.level,
      source: r.source,
      sector: r.sector,
      deadline: r.deadline,
      criterionIds: r.criterionIds,
      ledger: r.extras,
    };
    const event = { hazardId: id, seq: 1, at, actorId: importer.userId, kind: 'imported', fromStatus: null, toStatus: r.status, payload } satisfies TimelineEvent;
    eventRows.push({ ...event, regionCode: r.enterprise.regionCode, at: now, actorName: importer.who.name, prevHash: GENESIS_HASH, hash: timelineHash(GENESIS_HASH, event) });
  }
  await tx.insert(hazards).values(hazardRows);
  await tx.insert(hazardEvents).values(eventRows);
  await refreshStatSpans(tx, eventRows.map((e) => e.hazardId));
  return fresh.length;
}

// ---- export ----

type ExportRow = Record<string, string | number | null>;

/** 隐患描述 of the ledger: the description, prefixed by the title when the description does not start with it. */
const ledgerDescription = (title: string, description: string) =>
  description.startsWith(title) ? description : [title, description].filter(Boolean).join('：');

/**
 * Streams the filtered, scoped hazards as a ledger in the canonical headers of ledger-columns.json, in their
 * order; re-importing the file creates nothing (every 隐患编号 is already on record). Enterprise users never
 * see that a hazard came from a tip: its source reads 督导检查 (监管发现).
 */
export function exportHazardLedger(db: Db, scope: Scope, filter: HazardFilter, today: string, sectorNames: ReadonlyMap<string, string>): PassThrough {
  const { columns } = ledgerSpec();
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('隐患台账');
  const wide = new Set(['enterpriseName', 'description', 'measures', 'basis']);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field, width: wide.has(c.field) ? 36 : 16 }));
  sheet.getRow(1).font = { bold: true };
  const orgNames = new Map<string, string>();
  void (async () => {
    try {
      for await (const batch of iterateHazards(db, scope, filter, today)) {
        const missing = [...new Set(batch.map((r) => r.hazard.foundByOrgId).filter((id): id is string => id !== null && !orgNames.has(id)))];
        if (missing.length > 0) {
          for (const org of await db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, missing))) orgNames.set(org.id, org.name);
        }
        for (const { hazard: h, enterpriseName, enterpriseUscc, regionName } of batch) {
          const source: HazardSource = scope.kind === 'enterprise' && h.source === 'tip' ? 'supervision' : h.source;
          const row: ExportRow = {
            hazardNo: h.hazardNo,
            enterpriseName,
            uscc: enterpriseUscc,
            regionCode: h.regionCode,
            regionName,
            sector: sectorNames.get(h.sector) ?? h.sector,
            source: hazardSourceLabels[source],
            foundAt: h.foundAt,
            finderOrg: h.foundByOrgId ? (orgNames.get(h.foundByOrgId) ?? '') : '',
            location: h.location,
            level: hazardLevelLabels[h.level],
            description: ledgerDescription(h.title, h.description),
            basis: h.criterionIds.join('；'),
            measures: h.plan?.measures ?? '',
            responsiblePerson: h.plan?.responsible ?? '',
            deadline: h.deadline,
            fundsWanYuan: h.plan?.fundsWanYuan ?? null,
            interimControls: h.interimControls,
            status: hazardStatusLabels[h.status],
            supervisionLevel: h.listing ? listingLevelLabels[h.listing.level] : '',
            supervisionOrg: h.listing?.orgName ?? '',
            supervisionDocNo: h.listing?.docNo ?? '',
            closedAt: h.closedAt ? chinaDate(h.closedAt) : '',
          };
          sheet.addRow(row).commit();
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

/** The canonical headers with one fictional example row. */
export async function ledgerTemplate(today: string): Promise<Buffer> {
  const { columns } = ledgerSpec();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('隐患台账');
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field, width: 18 }));
  sheet.getRow(1).font = { bold: true };
  const example: ExportRow = {
    hazardNo: '（新隐患留空，系统自动编号）',
    enterpriseName: '（示例）某某示例化工有限公司',
    uscc: '91341621MA2TEST0XX',
    regionName: '（示例）某某镇',
    sector: '危险化学品',
    source: '督导检查',
    foundAt: today,
    finderOrg: '（示例）某某县应急管理局',
    location: '（示例）一号罐区',
    level: '一般隐患',
    description: '（示例）储罐区可燃气体报警器未定期检定',
    basis: '',
    measures: '（示例）委托有资质单位检定并建立检定台账',
    responsiblePerson: '（示例）张某某',
    deadline: addDays(today, 30),
    fundsWanYuan: 0.5,
    status: '整改中',
  };
  sheet.addRow(example);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
