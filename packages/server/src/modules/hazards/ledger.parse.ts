// 隐患台账 import, first pass (pure: no database): stream the sheet, find the header (title rows, two-row headers,
// aliases), fill merged enterprise cells down, and check every cell that needs no database. Bad rows are reported
// by row, column and reason.
import { didYouMean, explainHazardDatesInvalid, explainUsccError, hazardStatusLabels, isOpen, type HazardLevel, type Scope } from '@zhiben/core';
import type { HazardPlanColumn } from '../../db/schema/index.ts';
import { AppError, isAppError } from '../../errors.ts';
import { matchHeader, readFirstSheetRows } from '../../lib/xlsx.ts';
import { parseSectorCell, type SectorCatalogue } from '../enterprises/enterprises.service.ts';
import type { ProgressReporter } from '../jobs/jobs.service.ts';
import { EARLIEST_DATE, normaliseValue, parseLedgerDate, type ImportStatus, type LedgerField, type LedgerSpec } from './ledger.spec.ts';
import type { HazardSource } from './hazards.schema.ts';

export type LedgerImportError = { row: number; column: string; message: string };

export const LEDGER_IMPORT_MAX_ROWS = 200_000;
const HEADER_SEARCH_ROWS = 15;
const TITLE_LENGTH = 60;
const REPLACEMENT_CHAR = '\uFFFD';
const DEFAULT_SOURCE: HazardSource = 'supervision';
// Ledger columns kept on the 'imported' timeline event: they have no column on hazards but are part of the record.
const extraFields = [
  'finderOrg', 'category', 'basis', 'responsibleOrg', 'supervisionLevel', 'supervisionOrg', 'supervisionDocNo',
  'completedAt', 'verifiedAt', 'verifierOrg', 'remark',
] as const satisfies readonly LedgerField[];
// A row with none of these is not a hazard (a subtotal, a 填表人 footer, an enterprise heading row).
const dataFields = ['hazardNo', 'title', 'description', 'foundAt', 'level', 'status', 'deadline', 'location', 'measures'] as const satisfies readonly LedgerField[];

// Signature and footer lines under the data (填表人：…  审核人：…  填报日期：…), wherever their cells fall.
const FOOTER_LABEL = /^(填表人|填报人|制表人|制表|审核人|审核|审批人|签发人|负责人|单位负责人|主要负责人|分管负责人|安全负责人|联系人|联系电话|电话|手机|填报日期|填表日期|制表日期|报送日期|日期|签字|签名|盖章|单位盖章|单位（盖章）|单位\(盖章\))\s*([:：]|$)/;

/** A footer row: some cell opens with a footer label and the hazard's own text (描述/名称) is empty or is such a cell. */
export function isFooterRow(cells: readonly string[], description: string, title: string): boolean {
  const labelled = (text: string) => FOOTER_LABEL.test(text.trim());
  if (!cells.some(labelled)) return false;
  return [description, title].every((text) => text.trim() === '' || labelled(text));
}

/** A row that passed the checks that need no database. */
export type ParsedRow = {
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


export type ImportContext = {
  spec: LedgerSpec;
  scope: Extract<Scope, { kind: 'region' }>;
  catalogue: SectorCatalogue;
  criterionIds: ReadonlySet<string>;
  today: string;
  columnLabel: (field: LedgerField) => string;
};

/** What reading a ledger found besides its good rows: filled in as the rows stream (errors in row order). */
export type LedgerRead = { errors: LedgerImportError[]; total: number; headerRow: number; context: ImportContext };

/**
 * First pass: stream the sheet, find the header, fill merged cells down and check every cell that needs no database.
 * Yields each row that passes as soon as it has been read; `read` gathers the bad rows and the count meanwhile.
 * Throws (AppError) before the first row when the file is no workbook or has no header.
 */
export function streamLedger(buffer: Buffer, base: ImportContext): { read: LedgerRead; rows: AsyncGenerator<ParsedRow> } {
  const { spec } = base;
  let header: Map<LedgerField, number> | null = null;
  let headerCells: string[] = [];
  const columnLabel = (field: LedgerField) => {
    const index = header?.get(field);
    return (index === undefined ? '' : headerCells[index]?.trim()) || spec.headerOf(field);
  };
  const read: LedgerRead = { errors: [], total: 0, headerRow: 0, context: { ...base, columnLabel } };

  async function* rows(): AsyncGenerator<ParsedRow> {
    // Merged enterprise cells arrive only in their first row; later rows take them from here.
    let carried = { enterpriseName: '', uscc: '', regionName: '', sector: '', finderOrg: '' };
    try {
      for await (const { rowNumber, cells } of readFirstSheetRows(buffer)) {
        if (!header) {
          const match = matchHeader(cells, spec.importColumns);
          if ((match.has('enterpriseName') || match.has('uscc')) && (match.has('description') || match.has('title')) && match.has('foundAt')) {
            header = match;
            headerCells = cells;
            read.headerRow = rowNumber;
          } else if (rowNumber >= HEADER_SEARCH_ROWS) {
            throw AppError('IMPORT_NO_HEADER', { message: `前${HEADER_SEARCH_ROWS}行中未找到含「单位名称」或「统一社会信用代码」、「隐患描述」或「隐患名称」和「发现日期」的表头行` });
          }
          continue;
        }
        // A two-row header (整改情况 spanning 整改措施/整改期限/…) adds its second row's names.
        if (rowNumber === read.headerRow + 1) {
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
          // Only a row whose enterprise cell is merged too takes the 检查单位 from above: a row naming its enterprise
          // with an empty 检查单位 (a self-report) has none.
          finderOrg: at('finderOrg') || (hasOwnEnterprise ? '' : carried.finderOrg),
        };
        if (dataFields.every((f) => at(f) === '')) continue;
        if (isFooterRow(cells, at('description'), at('title'))) continue;

        read.total++;
        if (read.total > LEDGER_IMPORT_MAX_ROWS) throw AppError('IMPORT_TOO_MANY_ROWS', { message: `单次最多导入${LEDGER_IMPORT_MAX_ROWS}行，请分批导入` });
        const outcome = parseRow(rowNumber, at, carried, read.context, columns);
        if ('errors' in outcome) read.errors.push(...outcome.errors);
        else yield outcome.row;
      }
    } catch (error) {
      if (isAppError(error)) throw error;
      throw AppError('IMPORT_FILE_INVALID');
    }
    if (!header) throw AppError('IMPORT_NO_HEADER', { message: '未找到含「单位名称」或「统一社会信用代码」、「隐患描述」或「隐患名称」和「发现日期」的表头行' });
  }
  return { read, rows: rows() };
}

/**
 * The whole first pass before anything else: every good row in memory (the preview, which checks them all).
 * `onRow`: each row as soon as it has been parsed without errors (the 判定助手 checks it meanwhile).
 */
export async function parseLedger(buffer: Buffer, base: ImportContext, report: ProgressReporter, onRow?: (row: ParsedRow) => void): Promise<LedgerRead & { rows: ParsedRow[] }> {
  await report(0, 0); // total unknown until the sheet has been read
  const ledger = streamLedger(buffer, base);
  const rows: ParsedRow[] = [];
  for await (const row of ledger.rows) {
    rows.push(row);
    onRow?.(row);
  }
  return { ...ledger.read, rows };
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

  // A ledger may have a 隐患名称, a 隐患描述 or both; one alone stands for the other.
  const titleText = at('title').slice(0, 200);
  const description = at('description') || titleText;
  if (!description) fail(columns.has('description') ? 'description' : 'title', '隐患描述不能为空');
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
  const deadlineText = date('deadline');
  // The intake's date bounds (core): 发现日期 2000-01-01 … today, 整改期限 not before it (no horizon for history).
  const invalidDates = foundAt ? explainHazardDatesInvalid({ foundAt, deadline: deadlineText }, today, null) : null;
  if (invalidDates) fail(invalidDates.field, invalidDates.message.replace(/[「」]/g, ''));
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
    else if (!mapped) fail('level', `隐患等级「${levelText}」应为 一般 或 重大${didYouMean(normaliseValue(levelText), spec.wordings('level'))}`);
    else level = mapped;
  }

  const statusText = at('status');
  let status: ImportStatus = closedAt ? 'closed' : 'rectifying';
  if (statusText) {
    const mapped = spec.status.get(normaliseValue(statusText));
    if (normaliseValue(statusText) === hazardStatusLabels.merged || statusText === 'merged') fail('status', '「已合并」的隐患不能导入，请导入合并后的隐患');
    else if (!mapped) fail('status', `整改状态「${statusText}」无法识别，可填 整改中、待验收、已销号、已作废 等${didYouMean(normaliseValue(statusText), spec.wordings('status'))}`);
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
  if (unknown.length > 0) fail('sector', `未知的行业领域「${unknown.join('、')}」${unknown.length === 1 ? didYouMean(unknown[0] ?? '', [...catalogue.codeByName.keys()].filter((n) => /[\u4e00-\u9fa5]/.test(n))) : ''}`);

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
  const contingency = at('contingency');
  if (contingency.length > 4000) fail('contingency', '应急预案不能超过4000字');
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
      title: titleText || description.slice(0, TITLE_LENGTH),
      description,
      location,
      criterionIds,
      plan: measures || responsible || funds !== null || contingency ? { responsible, measures, fundsWanYuan: funds, deadline, contingency } : null,
      interimControls,
      extras,
    },
  };
}
