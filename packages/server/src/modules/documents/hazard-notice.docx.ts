import { Paragraph, type Table } from 'docx';
import { dateLabel, listingLevelLabels, rectificationNoticeTitle, type ListingLevel } from '@zhiben/core';
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

/** What the 《挂牌督办通知书》 adds: the listing as recorded (level, the listing decision's 文号, the 督办 deadline). */
export type ListingNoticeInput = HazardNoticeInput & { listing: { level: ListingLevel; docNo: string; deadline: string; listedOn: string } };

/**
 * 《挂牌督办通知书》 from the org that listed the hazard: the hazard, the 督办 requirements (五落实, interim controls,
 * the deadline, reporting), the seal's place and the 成文日期.
 */
export function buildListingNoticeDocx(input: ListingNoticeInput): Promise<Buffer> {
  const h = input.hazard;
  const l = input.listing;
  const heading = '挂牌督办通知书';
  const children: (Paragraph | Table)[] = [
    docNoParagraph(input.docNo),
    title(heading),
    body(`${h.enterpriseName}：`),
    body(
      `你单位存在的下列${h.level === 'major' ? '重大事故隐患' : '事故隐患'}，经研究，自${dateLabel(l.listedOn)}起由本机关实行${listingLevelLabels[l.level]}挂牌督办${l.docNo ? `（${l.docNo}）` : ''}：`,
    ),
    formTable([
      ['隐患编号', h.hazardNo],
      ['隐患名称', h.title],
      ['所在位置', h.location || '—'],
      ['督办期限', dateLabel(l.deadline)],
      ['隐患描述', h.description || '—'],
    ]),
    body('督办要求：'),
    body('一、你单位主要负责人对隐患治理负总责，落实整改责任、措施、资金、时限和预案“五落实”，制定并实施隐患治理方案。'),
    body('二、治理期间落实临时管控措施，设置警示标志，必要时停止使用相关设施设备或者暂时停产停业，严防事故发生。'),
    body(`三、于${dateLabel(l.deadline)}前完成整改，整改完成后书面报告本机关并申请核查销号；未经核查销号不得擅自恢复生产使用。`),
    body('四、逾期未完成整改的，本机关将依法依规采取约谈、通报、曝光等措施，并依法予以处罚。'),
    ...stampedSignature(input.issuerName, input.issuedOn),
  ];
  return officialDocument(heading, children);
}
