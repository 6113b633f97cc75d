import { Paragraph, type Table } from 'docx';
import { dateLabel, rectificationNoticeTitle } from '@zhiben/core';
import { body, formTable, officialDocument, stampedSignature, title, docNoParagraph } from '../../lib/official-docx.ts';

/** What the 《隐患整改通知书》 / 《重大事故隐患告知书》 prints of a hazard. */
export type HazardNoticeInput = {
  docNo: string;
  issuedOn: string;
  issuerName: string;
  hazard: {
    hazardNo: string;
    level: 'major' | 'general';
    enterpriseName: string;
    title: string;
    description: string;
    location: string;
    foundAt: string;
    deadline: string;
    criteria: readonly string[];
  };
};

/**
 * The notice to the enterprise (GB/T 9704 layout of official-docx.ts): 文号, title, addressee, the hazard, what the
 * enterprise must do by the deadline, the issuing org with the seal's place and the 成文日期.
 */
export function buildHazardNoticeDocx(input: HazardNoticeInput): Promise<Buffer> {
  const h = input.hazard;
  const heading = rectificationNoticeTitle(h.level);
  const major = h.level === 'major';
  const children: (Paragraph | Table)[] = [
    docNoParagraph(input.docNo),
    title(heading),
    new Paragraph({ children: [], spacing: { after: 120 } }),
    body(`${h.enterpriseName}：`),
    body(`${dateLabel(h.foundAt)}，经检查发现你单位存在下列${major ? '重大事故隐患' : '事故隐患'}：`),
    formTable([
      ['隐患编号', h.hazardNo],
      ['隐患等级', major ? '重大事故隐患' : '一般事故隐患'],
      ['隐患名称', h.title],
      ['所在位置', h.location || '—'],
      ['隐患描述', h.description || '—'],
      ['判定依据', h.criteria.length > 0 ? h.criteria.join('\n') : '—'],
    ]),
    body(
      `依据《中华人民共和国安全生产法》第四十一条、第六十五条的规定，责令你单位于${dateLabel(h.deadline)}前整改完毕，整改期间采取有效的安全防范措施，防止事故发生；整改完成后向本机关书面报告整改情况并申请验收。`,
    ),
    ...(major
      ? [body('该隐患为重大事故隐患，你单位主要负责人应组织制定并实施治理方案，做到整改责任、措施、资金、时限和预案“五落实”，治理情况按规定向负有安全生产监督管理职责的部门和职工大会或者职工代表大会报告。')]
      : []),
    body('逾期未整改或者整改不到位的，本机关将依法依规处理。'),
    ...stampedSignature(input.issuerName, input.issuedOn),
  ];
  return officialDocument(heading, children);
}
