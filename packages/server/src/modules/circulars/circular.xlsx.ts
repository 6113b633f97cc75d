import type { Workbook, Worksheet } from 'exceljs';
import ExcelJS from '../../lib/exceljs.ts';
import type { CircularData, CircularList, FigureKind } from './circulars.service.ts';

// The circular's tables as a workbook, one sheet each. Cells hold numbers (rates as fractions shown as
// percentages), so the figures can be summed and compared, and equal those of the .docx and the API.

export const circularSheetNames = ['总体情况', '各地排名', '逾期清单', '长期未整改清单', '督办情况'] as const;

const PERCENT = '0.0%';
const numberFormat: Record<FigureKind, string | null> = { count: null, rate: PERCENT, days: '0.0' };

function sheet(book: Workbook, name: string, columns: readonly { header: string; width: number; numFmt?: string }[]): Worksheet {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

function listSheet(book: Workbook, name: string, list: CircularList): void {
  const ws = sheet(book, name, [
    { header: '序号', width: 6 },
    { header: '隐患编号', width: 22 },
    { header: '企业名称', width: 36 },
    { header: '所在地区', width: 20 },
    { header: '责任部门', width: 22 },
    { header: '等级', width: 8 },
    { header: '发现日期', width: 12 },
    { header: '整改期限', width: 12 },
    { header: '逾期天数', width: 10 },
  ]);
  list.rows.forEach((r, i) => ws.addRow([i + 1, r.hazardNo, r.enterpriseName, r.regionName, r.departmentName ?? '', r.level === 'major' ? '重大' : '一般', r.foundAt, r.deadline, r.daysOverdue]));
  if (list.total > list.rows.length) ws.addRow([null, `（共${list.total}项，表内为逾期时间最长的${list.rows.length}项）`]);
}

export async function buildCircularXlsx(data: CircularData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '治本平台';
  book.title = data.title;

  const overview = sheet(book, '总体情况', [
    { header: '指标', width: 34 },
    { header: '数值', width: 14 },
  ]);
  for (const row of data.summary) {
    const added = overview.addRow([row.label, row.value]);
    const format = numberFormat[row.kind];
    if (format) added.getCell(2).numFmt = format;
  }
  overview.addRow([]);
  overview.addRow(['统计时点', data.asOf]);
  overview.addRow(['地区', data.region.name]);
  if (data.sectors) overview.addRow(['行业领域', data.sectors.join('、')]);

  const ranking = sheet(book, '各地排名', [
    { header: '排名', width: 6 },
    { header: '地区', width: 16 },
    { header: '隐患总数', width: 10 },
    { header: '未销号', width: 10 },
    { header: '逾期', width: 8 },
    { header: '整改率', width: 10, numFmt: PERCENT },
    { header: '上月整改率', width: 12, numFmt: PERCENT },
    { header: '较上月', width: 8 },
    { header: '逾期占比', width: 10, numFmt: PERCENT },
    { header: '长期未整改', width: 12 },
    { header: '自查占比', width: 10, numFmt: PERCENT },
  ]);
  for (const r of data.rankingRows) {
    ranking.addRow([r.rank, r.name, r.total, r.open, r.overdue, r.rectificationRate, r.previousRectificationRate, r.rankChange, r.overdueShare, r.longStanding, r.selfFoundShare]);
  }

  listSheet(book, '逾期清单', data.overdue);
  listSheet(book, '长期未整改清单', data.longStanding);

  const escalations = sheet(book, '督办情况', [
    { header: '日期', width: 12 },
    { header: '方式', width: 8 },
    { header: '文号', width: 22 },
    { header: '督办对象', width: 36 },
    { header: '隐患编号', width: 22 },
    { header: '所在地区', width: 20 },
    { header: '督办单位', width: 24 },
    { header: '说明', width: 40 },
  ]);
  for (const e of data.escalations) escalations.addRow([e.recordedOn, e.kindLabel, e.docNo, e.subjectName, e.hazardNo ?? '', e.regionName, e.orgName ?? '', e.note]);

  return Buffer.from(await book.xlsx.writeBuffer());
}
