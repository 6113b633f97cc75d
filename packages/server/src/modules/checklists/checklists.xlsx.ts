import { evidenceRequirementLabels, formatLinksCell, parseEvidenceCell, parseLinksCell, parseYesNo, splitCriterionCell, type ChecklistRowError } from '@zhiben/core';
import { AppError } from '../../errors.ts';
import ExcelJS from '../../lib/exceljs.ts';
import { isXlsx, matchHeader, readFirstSheetRows, type ColumnSpec } from '../../lib/xlsx.ts';
import type { ChecklistItemInput, ChecklistView } from './checklists.schema.ts';

// One sheet, one row per item, with the columns below. The export writes exactly these headers (plus a title row
// above them), so an exported list re-imports unchanged; the import finds the header row in the first 10 rows.

type Field = 'code' | 'text' | 'criterionIds' | 'major' | 'evidence' | 'guidance' | 'links';
const columns: readonly ColumnSpec<Field>[] = [
  { field: 'code', header: '序号', aliases: ['编号', '项目编号'] },
  { field: 'text', header: '检查内容', aliases: ['检查项目', '检查事项', '重点事项'] },
  { field: 'criterionIds', header: '判定依据条款', aliases: ['判定依据', '判定标准条款', '条款编号'] },
  { field: 'major', header: '重大隐患项', aliases: ['是否重大', '重大事故隐患'] },
  { field: 'evidence', header: '证据要求', aliases: ['佐证材料', '证据'] },
  { field: 'guidance', header: '检查指引', aliases: ['检查方法', '说明'] },
  { field: 'links', header: '参考资料', aliases: ['解读资料', '链接'] },
];
const widths: Record<Field, number> = { code: 8, text: 60, criterionIds: 22, major: 10, evidence: 10, guidance: 40, links: 40 };

const HEADER_SEARCH_ROWS = 10;
const MAX_ROWS = 500;

async function workbookOf(title: string | null, rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '治本平台';
  const sheet = workbook.addWorksheet('检查清单');
  sheet.columns = columns.map((c) => ({ key: c.field, width: widths[c.field] }));
  if (title) {
    sheet.addRow([title]).font = { bold: true, size: 14 };
  }
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
  for (const row of rows) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function exportChecklist(view: ChecklistView): Promise<Buffer> {
  const title = `${view.title}（第${view.version}版，${view.effectiveFrom}起施行）`;
  return workbookOf(
    title,
    view.items.map((i) => [i.code, i.text, i.criterionIds.join('、'), i.major ? '是' : '否', evidenceRequirementLabels[i.evidence], i.guidance, formatLinksCell(i.links)]),
  );
}

export const checklistTemplate = () =>
  workbookOf(null, [['1', '（示例）储罐区是否设置紧急切断装置并保持完好', 'SAWS-121-2017-CHEM-8', '是', '照片', '查看现场并试验联锁', '判定标准解读|https://www.mem.gov.cn/']]);

export type ParsedChecklist = { items: ChecklistItemInput[]; rowNumbers: number[]; errors: ChecklistRowError[] };

/** Items of an uploaded sheet with the problems of cells that cannot be read (是/否, 证据要求); row numbers as in Excel. */
export async function parseChecklistXlsx(buffer: Buffer): Promise<ParsedChecklist> {
  if (!isXlsx(buffer)) throw AppError('IMPORT_FILE_INVALID', { field: 'file' });
  let header: Map<Field, number> | null = null;
  const parsed: ParsedChecklist = { items: [], rowNumbers: [], errors: [] };
  try {
    for await (const { rowNumber, cells } of readFirstSheetRows(buffer)) {
      if (!header) {
        const match = matchHeader(cells, columns);
        if (match.has('code') && match.has('text')) header = match;
        else if (rowNumber >= HEADER_SEARCH_ROWS) break;
        continue;
      }
      if (cells.every((c) => c.trim() === '')) continue;
      if (parsed.items.length >= MAX_ROWS) throw AppError('IMPORT_TOO_MANY_ROWS', { field: 'file', message: `检查清单最多${MAX_ROWS}项` });
      const at = (field: Field) => {
        const index = header?.get(field);
        return index === undefined ? '' : (cells[index] ?? '');
      };
      const major = parseYesNo(at('major'));
      if (major === null) parsed.errors.push({ row: rowNumber, field: 'major', message: `「重大隐患项」应填「是」或「否」，而不是「${at('major')}」` });
      const evidence = parseEvidenceCell(at('evidence'));
      if (evidence === null) parsed.errors.push({ row: rowNumber, field: 'evidence', message: `「证据要求」应填「无」「照片」或「文件」，而不是「${at('evidence')}」` });
      parsed.items.push({
        code: at('code').trim(),
        text: at('text').trim(),
        criterionIds: splitCriterionCell(at('criterionIds')),
        major: major ?? false,
        evidence: evidence ?? 'none',
        guidance: at('guidance').trim(),
        links: parseLinksCell(at('links')),
      });
      parsed.rowNumbers.push(rowNumber);
    }
  } catch (error) {
    if ((error as { kind?: string }).kind === 'AppError') throw error;
    throw AppError('IMPORT_FILE_INVALID', { field: 'file' });
  }
  if (!header) throw AppError('IMPORT_NO_HEADER', { field: 'file', message: '前10行中未找到含「序号」和「检查内容」的表头行' });
  return parsed;
}
