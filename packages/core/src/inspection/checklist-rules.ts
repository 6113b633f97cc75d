// 检查清单 (MODULES A-3): what makes a list of items valid (row by row, so an .xlsx import names the row), which
// major criteria of an enterprise's sectors its own 排查重点事项清单 leaves out (004: 「企业建立落实重大事故隐患排查
// 重点事项清单」 — warn on gaps), and the cell vocabulary of the .xlsx form.
import { evidenceRequirementLabels, evidenceRequirements, type EvidenceRequirement } from './vocabulary.ts';

export type ChecklistLinkDraft = { title: string; url: string };
export type ChecklistItemDraft = {
  code: string;
  text: string;
  criterionIds: readonly string[];
  major: boolean;
  evidence: EvidenceRequirement;
  guidance: string;
  links: readonly ChecklistLinkDraft[];
};

/** A problem in one row (1-based as the user counts items, or the spreadsheet row when `rowNumbers` is given). */
export type ChecklistRowError = { row: number; field: string; message: string };

export const CHECKLIST_MAX_ITEMS = 500;
const MAX_TEXT = 500;

/**
 * Every problem of every item (not just the first), so a spreadsheet can be fixed in one pass. `knownCriteria`
 * holds the ids that exist; `rowNumbers[i]` is the spreadsheet row of item i when the items came from a file.
 */
export function checklistItemErrors(items: readonly ChecklistItemDraft[], knownCriteria: ReadonlySet<string>, rowNumbers?: readonly number[]): ChecklistRowError[] {
  const errors: ChecklistRowError[] = [];
  const rowOf = (i: number) => rowNumbers?.[i] ?? i + 1;
  if (items.length === 0) errors.push({ row: 0, field: 'items', message: '清单至少需要一个检查项' });
  if (items.length > CHECKLIST_MAX_ITEMS) errors.push({ row: 0, field: 'items', message: `检查项不能超过${CHECKLIST_MAX_ITEMS}项` });
  const firstRowOfCode = new Map<string, number>();
  items.forEach((item, i) => {
    const row = rowOf(i);
    const code = item.code.trim();
    if (code === '') errors.push({ row, field: 'code', message: '「序号」不能为空' });
    else if (firstRowOfCode.has(code)) errors.push({ row, field: 'code', message: `「序号」${code} 与第${firstRowOfCode.get(code)}行重复` });
    else firstRowOfCode.set(code, row);
    if (item.text.trim() === '') errors.push({ row, field: 'text', message: '「检查内容」不能为空' });
    else if (item.text.length > MAX_TEXT) errors.push({ row, field: 'text', message: `「检查内容」不能超过${MAX_TEXT}字` });
    const unknown = item.criterionIds.filter((id) => !knownCriteria.has(id));
    if (unknown.length > 0) errors.push({ row, field: 'criterionIds', message: `「判定依据」条款不存在：${unknown.join('、')}` });
    for (const link of item.links) {
      if (!/^https?:\/\/\S+$/.test(link.url)) errors.push({ row, field: 'links', message: `「参考资料」链接无效：${link.url}` });
    }
  });
  return errors;
}

/** A template item that cites a 判定标准 criterion is a major-hazard item (its 不符合 is a major hazard candidate). */
export const isMajorItem = (item: Pick<ChecklistItemDraft, 'major' | 'criterionIds'>): boolean => item.major || item.criterionIds.length > 0;

/** The required criteria (the major 判定标准 items of the enterprise's sectors) that no item of the list cites. */
export function coverageGaps(items: readonly Pick<ChecklistItemDraft, 'criterionIds'>[], required: readonly string[]): string[] {
  const cited = new Set(items.flatMap((i) => i.criterionIds));
  return required.filter((id) => !cited.has(id));
}

// ---- the .xlsx cells ----

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√', '重大']);
const NO = new Set(['', '否', 'N', 'NO', 'FALSE', '0', '一般']);

/** 是/否 cell → boolean; null for anything else. */
export function parseYesNo(cell: string): boolean | null {
  const v = cell.trim().toUpperCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

/** 无/照片/文件 (or the code) → evidence requirement; null for anything else. Empty means none. */
export function parseEvidenceCell(cell: string): EvidenceRequirement | null {
  const v = cell.trim();
  if (v === '') return 'none';
  for (const e of evidenceRequirements) if (v === e || v === evidenceRequirementLabels[e]) return e;
  return null;
}

/** Criterion ids in one cell, separated by 、 , ， ; ； or whitespace. */
export const splitCriterionCell = (cell: string): string[] => cell.split(/[、,，;；\s]+/).map((s) => s.trim()).filter(Boolean);

/** 「标题|https://…」 entries separated by 换行 or ；, as written by the export. */
export function parseLinksCell(cell: string): ChecklistLinkDraft[] {
  return cell
    .split(/[\n；;]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const bar = entry.lastIndexOf('|');
      return bar < 0 ? { title: entry, url: entry } : { title: entry.slice(0, bar).trim(), url: entry.slice(bar + 1).trim() };
    });
}

export const formatLinksCell = (links: readonly ChecklistLinkDraft[]): string => links.map((l) => `${l.title}|${l.url}`).join('\n');
