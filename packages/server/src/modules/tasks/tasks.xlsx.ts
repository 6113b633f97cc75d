// 任务清单 .xlsx: the columns a plan's task list is kept in (长宁's annex 「2024年工作任务清单」, 亳州's 十大行动), the
// row-by-row reader (unknown orgs, bad dates, duplicate codes are reported by row and column; a bad row saves nothing)
// and the export in the same columns, so an exported list re-imports as it is.
import ExcelJS from '../../lib/exceljs.ts';
import {
  cadenceLabels,
  cadences,
  explainIssueBlocked,
  parseDueText,
  taskDisplayStatusLabels,
  taskKindLabels,
  taskKinds,
  type Cadence,
  type TaskDisplayStatus,
  type TaskKind,
} from '@zhiben/core';
import type { PlanActionColumn } from '../../db/schema/index.ts';
import { AppError, isAppError } from '../../errors.ts';
import { isXlsx, matchHeader, readFirstSheetRows, type ColumnSpec } from '../../lib/xlsx.ts';
import type { OrgSummary } from '../plans/plan-orgs.repository.ts';
import type { TaskFieldsInput } from './tasks.schema.ts';

type Field =
  | 'code' | 'action' | 'name' | 'body' | 'kind' | 'lead' | 'co' | 'responsible' | 'dueDate' | 'milestones' | 'cadence'
  | 'indicator' | 'target' | 'unit' | 'key' | 'status' | 'completedOn' | 'progress';

/** Canonical header first (what export writes), then wordings seen in real task lists. */
export const taskColumns: readonly ColumnSpec<Field>[] = [
  { field: 'code', header: '编号', aliases: ['序号', '任务编号', '任务序号'] },
  { field: 'action', header: '所属行动', aliases: ['行动', '专项行动', '重点行动', '类别'] },
  { field: 'name', header: '任务名称', aliases: ['工作任务', '重点任务', '任务'] },
  { field: 'body', header: '任务内容', aliases: ['工作内容', '具体措施', '工作措施', '主要内容', '任务要求'] },
  { field: 'kind', header: '任务类型', aliases: ['类型'] },
  { field: 'lead', header: '牵头单位', aliases: ['牵头部门', '责任单位', '主责单位'] },
  { field: 'co', header: '配合单位', aliases: ['配合部门', '协办单位', '参与单位'] },
  { field: 'responsible', header: '责任人', aliases: ['联系人'] },
  { field: 'dueDate', header: '完成时限', aliases: ['完成时间', '时间节点', '截止时间', '时限要求'] },
  { field: 'milestones', header: '阶段节点', aliases: ['里程碑', '节点安排', '进度安排'] },
  { field: 'cadence', header: '频次', aliases: ['工作频次', '推进频次'] },
  { field: 'indicator', header: '指标', aliases: ['目标指标', '指标名称'] },
  { field: 'target', header: '目标值', aliases: ['指标目标值'] },
  { field: 'unit', header: '计量单位', aliases: ['单位'] },
  { field: 'key', header: '重点工作', aliases: ['是否重点'] },
  { field: 'status', header: '完成情况', aliases: ['状态'] },
  { field: 'completedOn', header: '完成日期', aliases: [] },
  { field: 'progress', header: '进度（%）', aliases: ['进度', '完成进度'] },
];
const headerOf = (field: Field) => taskColumns.find((c) => c.field === field)?.header ?? field;

export type ImportError = { row: number; column: string; message: string };
export type TaskCandidate = { row: number; values: TaskFieldsInput & { actionName: string } };

export type TaskSheetContext = {
  /** The plan's 行动, matched by code （三） or by name. */
  actionLines: readonly PlanActionColumn[];
  /** Orgs a task may name (the issuer's region subtree), matched by full name or by its ending (市应急管理局). */
  orgs: readonly OrgSummary[];
  /** Codes the plan already holds. */
  existingCodes: ReadonlySet<string>;
  /** Year of phrases like 「2月28日前」. */
  planYear: number;
};

export const TASK_IMPORT_MAX_ROWS = 5_000;
const HEADER_SEARCH_ROWS = 10;
const SPLIT = /[、，,;；\n]+/;

const kindByText = new Map<string, TaskKind>([...taskKinds.map((k) => [k, k] as const), ...taskKinds.map((k) => [taskKindLabels[k], k] as const), ['节点', 'milestone'], ['常态化', 'recurring'], ['指标', 'indicator'], ['交办', 'assignment']]);
const cadenceByText = new Map<string, Cadence>([
  ...cadences.map((c) => [c, c] as const),
  ...cadences.map((c) => [cadenceLabels[c], c] as const),
  ['每月一次', 'monthly'], ['按月', 'monthly'], ['月度', 'monthly'], ['每季', 'quarterly'], ['按季度', 'quarterly'], ['季度', 'quarterly'],
  ['半年', 'half_yearly'], ['每年一次', 'annual'], ['年度', 'annual'], ['按年', 'annual'],
]);

/** Short names task lists use for the units of a 安委会 (市安委办, 市应急局 …) and their full form. */
const ORG_ABBREVIATIONS: readonly [RegExp, string][] = [
  [/安委办$/, '安全生产委员会办公室'],
  [/应急局$/, '应急管理局'],
  [/住建局$/, '住房和城乡建设局'],
  [/市场监管局$/, '市场监督管理局'],
  [/消防(救援)?支队$/, '消防救援支队'],
  [/消防(救援)?大队$/, '消防救援大队'],
  [/经信局$/, '经济和信息化局'],
  [/发改委$/, '发展和改革委员会'],
  [/交通局$/, '交通运输局'],
  [/卫健委$/, '卫生健康委员会'],
  [/城管局$/, '城市管理局'],
  [/文旅局$/, '文化旅游体育局'],
  [/自然资源局$/, '自然资源和规划局'],
  [/生态环境分局$/, '生态环境局'],
];

/**
 * An org named in a cell: its exact name, else the single org whose name ends with the text or its expanded short
 * form (「市应急局」 → 亳州市应急管理局, but not 涡阳县应急管理局); none or several is an error for the row.
 */
export function resolveOrg(name: string, orgs: readonly OrgSummary[]): OrgSummary | 'unknown' | 'ambiguous' {
  const exact = orgs.find((o) => o.name === name);
  if (exact) return exact;
  const expanded = ORG_ABBREVIATIONS.reduce((text, [pattern, full]) => text.replace(pattern, full), name);
  const endings = orgs.filter((o) => o.name.endsWith(name) || o.name.endsWith(expanded));
  if (endings.length === 1 && endings[0]) return endings[0];
  return endings.length === 0 ? 'unknown' : 'ambiguous';
}

/** 「2024年底前：建成系统；2025年6月底前：全覆盖」 → milestones; a part without a date is an error. */
export function parseMilestones(text: string, planYear: number): { milestones: { label: string; due: string }[]; bad: string | null } {
  const milestones: { label: string; due: string }[] = [];
  for (const part of text.split(/[；;\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const match = /^(\d{4}-\d{1,2}-\d{1,2}|.+?(?:前|底|末|日|季度|半年))\s*[:：，,]?\s*(.*)$/.exec(part);
    const due = match ? parseDueText(match[1] ?? '', planYear) : null;
    if (!match || !due) return { milestones, bad: part };
    milestones.push({ due, label: (match[2] ?? '').trim() || part });
  }
  return { milestones, bad: null };
}

/**
 * Reads a task list: every row is checked completely and reported by row, column and reason; rows with any error
 * yield no candidate. Duplicate codes (in the file or already in the plan), unknown or ambiguous orgs and dates that
 * are not dates are errors; a row that could not be issued yet (no lead org or due date) is a draft, not an error.
 */
export async function parseTaskSheet(buffer: Buffer, context: TaskSheetContext): Promise<{ candidates: TaskCandidate[]; errors: ImportError[]; total: number }> {
  if (!isXlsx(buffer)) throw AppError('IMPORT_FILE_INVALID');
  const errors: ImportError[] = [];
  const candidates: TaskCandidate[] = [];
  const seenCodes = new Map<string, number>();
  let header: Map<Field, number> | null = null;
  let total = 0;
  let lastAction: PlanActionColumn | null = null;
  try {
    for await (const { rowNumber, cells } of readFirstSheetRows(buffer)) {
      if (!header) {
        const match = matchHeader(cells, taskColumns);
        if (match.has('code') && match.has('name')) header = match;
        else if (rowNumber >= HEADER_SEARCH_ROWS) throw AppError('IMPORT_NO_HEADER', { message: '前10行中未找到含「编号」和「任务名称」的表头行' });
        continue;
      }
      if (cells.every((c) => c === '')) continue;
      total++;
      if (total > TASK_IMPORT_MAX_ROWS) throw AppError('IMPORT_TOO_MANY_ROWS', { message: `单次最多导入${TASK_IMPORT_MAX_ROWS}行，请分批导入` });
      const at = (field: Field) => {
        const index = header?.get(field);
        return index === undefined ? '' : (cells[index] ?? '').trim();
      };
      const rowErrors: ImportError[] = [];
      const fail = (field: Field, message: string) => rowErrors.push({ row: rowNumber, column: headerOf(field), message });

      const code = at('code');
      if (!code) fail('code', '编号不能为空');
      else if (code.length > 40) fail('code', '编号不能超过40个字');
      else if (context.existingCodes.has(code)) fail('code', `方案中已有编号为「${code}」的任务`);
      else if (seenCodes.has(code)) fail('code', `与第${seenCodes.get(code)}行的编号重复`);
      if (code) seenCodes.set(code, seenCodes.get(code) ?? rowNumber);

      const name = at('name');
      if (!name) fail('name', '任务名称不能为空');
      else if (name.length > 200) fail('name', '任务名称不能超过200个字');

      // A merged 行动 cell arrives only in its first row: the rows below belong to the same action.
      const actionText = at('action');
      let action: PlanActionColumn | null = lastAction;
      if (actionText) {
        action = context.actionLines.find((a) => actionText === a.code || actionText === a.name || actionText === `${a.code}${a.name}` || actionText.startsWith(a.code)) ?? null;
        if (!action && context.actionLines.length > 0) fail('action', `方案中没有行动「${actionText}」`);
        if (!action && context.actionLines.length === 0) action = { code: '', name: actionText };
        lastAction = action;
      }

      const kindText = at('kind');
      let kind: TaskKind | undefined = kindText ? kindByText.get(kindText) : undefined;
      if (kindText && !kind) fail('kind', `任务类型「${kindText}」应为 ${taskKinds.map((k) => taskKindLabels[k]).join('/')}`);

      const org = (field: 'lead' | 'co', text: string): string | null => {
        const found = resolveOrg(text, context.orgs);
        if (found === 'unknown') fail(field, `单位「${text}」不存在或不在本辖区`);
        else if (found === 'ambiguous') fail(field, `单位「${text}」对应多个单位，请写全称`);
        else return found.id;
        return null;
      };
      const leadText = at('lead');
      const leadNames = leadText ? leadText.split(SPLIT).map((s) => s.trim()).filter(Boolean) : [];
      // Several lead units: the first leads, the others are listed as co-responsible.
      const leadIds = leadNames.map((n) => org('lead', n)).filter((id): id is string => id !== null);
      const coIds = at('co').split(SPLIT).map((s) => s.trim()).filter(Boolean).map((n) => org('co', n)).filter((id): id is string => id !== null);

      const dueText = at('dueDate');
      const dueDate = dueText ? parseDueText(dueText, context.planYear) : null;
      if (dueText && !dueDate) fail('dueDate', `完成时限「${dueText}」不是有效日期（如 2024-12-31、2025年6月底前）`);

      const { milestones, bad } = parseMilestones(at('milestones'), context.planYear);
      if (bad) fail('milestones', `阶段节点「${bad}」缺少有效时限（应写成“2024年底前：……”）`);

      const cadenceText = at('cadence');
      const cadence = cadenceText ? cadenceByText.get(cadenceText) : undefined;
      if (cadenceText && !cadence) fail('cadence', `频次「${cadenceText}」应为 每月/每季度/每半年/每年`);
      if (cadence && !kind) kind = 'recurring';

      const indicatorText = at('indicator');
      const targetText = at('target');
      let indicator: TaskFieldsInput['indicator'] = null;
      if (indicatorText || targetText) {
        const percent = targetText.endsWith('%');
        const target = Number(targetText.replace(/[%％]$/, ''));
        if (!indicatorText) fail('indicator', '填写目标值时须填写指标名称');
        else if (!targetText || !Number.isFinite(target)) fail('target', `目标值「${targetText}」应为数字`);
        else indicator = { definition: indicatorText, unit: percent ? '%' : at('unit'), baseline: null, target: percent ? target / 100 : target, direction: 'increase', dataSource: 'manual' };
        if (!kind) kind = 'indicator';
      }
      const keyText = at('key');
      if (keyText && !['是', '否', '√', ''].includes(keyText)) fail('key', `重点工作「${keyText}」应为 是/否`);

      if (rowErrors.length > 0) {
        errors.push(...rowErrors);
        continue;
      }
      const values: TaskCandidate['values'] = {
        code,
        actionCode: action?.code ?? '',
        actionName: action?.name ?? '',
        name,
        body: at('body'),
        kind: kind ?? 'milestone',
        leadOrgId: leadIds[0] ?? null,
        coOrgIds: [...new Set([...leadIds.slice(1), ...coIds])],
        responsible: at('responsible'),
        leaderId: null,
        key: keyText === '是' || keyText === '√',
        dueDate: dueDate ?? milestones.reduce<string | null>((latest, m) => (latest === null || m.due > latest ? m.due : latest), null),
        milestones,
        indicator,
        recurrence: cadence ? { cadence, from: `${context.planYear}-01-01` } : null,
      };
      // A milestone after the due date is a contradiction in the row, not something to issue later.
      const contradiction = explainIssueBlocked({ ...values, leadOrgId: values.leadOrgId ?? 'x', dueDate: values.dueDate ?? '9999-12-31' });
      if (contradiction && contradiction.field.startsWith('milestones')) {
        errors.push({ row: rowNumber, column: headerOf('milestones'), message: contradiction.message });
        continue;
      }
      candidates.push({ row: rowNumber, values });
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    throw AppError('IMPORT_FILE_INVALID');
  }
  if (!header) throw AppError('IMPORT_NO_HEADER', { message: '未找到含「编号」和「任务名称」的表头行' });
  errors.sort((a, b) => a.row - b.row);
  return { candidates, errors, total };
}

export type ExportTask = {
  code: string;
  actionCode: string;
  actionName: string;
  name: string;
  body: string;
  kind: TaskKind;
  leadOrgName: string;
  coOrgNames: string[];
  responsible: string;
  dueDate: string | null;
  milestones: { label: string; due: string; doneOn: string | null }[];
  recurrence: { cadence: Cadence } | null;
  indicator: { definition: string; unit: string; target: number } | null;
  key: boolean;
  displayStatus: TaskDisplayStatus;
  completedOn: string | null;
  progressPercent: number | null;
};

/** The task list in the import's columns (re-importable), plus its state (完成情况, 完成日期, 进度), which import ignores. */
export async function buildTaskListXlsx(title: string, tasks: readonly ExportTask[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '治本平台';
  const sheet = workbook.addWorksheet('任务清单');
  sheet.addRow([title]).font = { bold: true, size: 14 };
  const widths: Partial<Record<Field, number>> = { name: 36, body: 60, lead: 24, co: 30, milestones: 40, action: 24 };
  const header = sheet.addRow(taskColumns.map((c) => c.header));
  header.font = { bold: true };
  taskColumns.forEach((c, i) => (sheet.getColumn(i + 1).width = widths[c.field] ?? 14));
  for (const t of tasks) {
    const percent = t.indicator?.unit === '%';
    const values: Record<Field, string | number> = {
      code: t.code,
      action: `${t.actionCode}${t.actionName}`,
      name: t.name,
      body: t.body,
      kind: taskKindLabels[t.kind],
      lead: t.leadOrgName,
      co: t.coOrgNames.join('、'),
      responsible: t.responsible,
      dueDate: t.dueDate ?? '',
      milestones: t.milestones.map((m) => `${m.due}：${m.label}`).join('；'),
      cadence: t.recurrence ? cadenceLabels[t.recurrence.cadence] : '',
      indicator: t.indicator?.definition ?? '',
      target: t.indicator ? (percent ? `${Math.round(t.indicator.target * 1000) / 10}%` : t.indicator.target) : '',
      unit: t.indicator && !percent ? t.indicator.unit : '',
      key: t.key ? '是' : '否',
      status: taskDisplayStatusLabels[t.displayStatus],
      completedOn: t.completedOn ?? '',
      progress: t.progressPercent ?? '',
    };
    const row = sheet.addRow(taskColumns.map((c) => values[c.field]));
    row.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
