import { Paragraph, type Table } from 'docx';
import { ACCEPTANCE_RECORD_TITLE, dateLabel } from '@zhiben/core';
import { body, docNoParagraph, formTable, officialDocument, stampedSignature, title } from '../../lib/official-docx.ts';
import type { HazardNoticeInput } from './hazard-notice.docx.ts';

/** What the 《隐患整改验收（销号）表》 adds to a notice's hazard: the 五落实 plan, the 整改完成 and the 验收 as recorded. */
export type AcceptanceRecordInput = HazardNoticeInput & {
  plan: { measures: string; responsible: string; fundsWanYuan: number | null };
  completedOn: string | null;
  completedBy: string;
  completionNote: string;
  verifiedOn: string;
  verifiedBy: string;
  verificationNote: string;
  closedOn: string | null;
};

const orDash = (text: string) => (text.trim() === '' ? '—' : text);

/**
 * The 验收（销号）表 as offices file it: the hazard, its rectification and the 验收 in one form table, then the places
 * for the signatures of the 验收人员 and the enterprise's 主要负责人, and the verifying org's seal and date.
 */
export function buildAcceptanceRecordDocx(input: AcceptanceRecordInput): Promise<Buffer> {
  const h = input.hazard;
  const children: (Paragraph | Table)[] = [
    docNoParagraph(input.docNo),
    title(ACCEPTANCE_RECORD_TITLE),
    new Paragraph({ children: [], spacing: { after: 120 } }),
    formTable([
      ['隐患编号', h.hazardNo],
      ['隐患等级', h.level === 'major' ? '重大事故隐患' : '一般事故隐患'],
      ['单位名称', h.enterpriseName],
      ['所在位置', orDash(h.location)],
      ['隐患名称', h.title],
      ['隐患描述', orDash(h.description)],
      ['判定依据', h.criteria.length > 0 ? h.criteria.join('\n') : '—'],
      ['发现日期', dateLabel(h.foundAt)],
      ['整改期限', dateLabel(h.deadline)],
      ['整改措施', orDash(input.plan.measures)],
      ['整改责任人', orDash(input.plan.responsible)],
      ['整改资金', input.plan.fundsWanYuan === null ? '—' : `${input.plan.fundsWanYuan}万元`],
      ['整改完成日期', input.completedOn ? dateLabel(input.completedOn) : '—'],
      ['整改情况', orDash([input.completionNote, input.completedBy ? `（${input.completedBy}报告）` : ''].join(''))],
      ['验收单位', input.issuerName],
      ['验收人员', orDash(input.verifiedBy)],
      ['验收日期', dateLabel(input.verifiedOn)],
      ['验收意见', orDash(input.verificationNote === '' ? '经现场核查，隐患已整改到位，同意销号。' : input.verificationNote)],
      ['销号日期', input.closedOn ? dateLabel(input.closedOn) : '—'],
    ]),
    body('验收人员（签字）：                    单位主要负责人（签字）：'),
    ...stampedSignature(input.issuerName, input.issuedOn),
  ];
  return officialDocument(ACCEPTANCE_RECORD_TITLE, children);
}
