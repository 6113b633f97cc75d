import { Paragraph, type Table } from 'docx';
import { dateLabel, tipAcceptanceTitle, tipChannelLabels, tipDeclineReasonLabels, tipViolationKindLabels, type TipChannel, type TipDeclineReason, type TipViolationKind } from '@zhiben/core';
import { body, docNoParagraph, officialDocument, stampedSignature, title } from '../../lib/official-docx.ts';

/** What a letter to the reporter says of the tip. The reporter's name only when the issuer may reveal it. */
export type TipLetterInput = {
  docNo: string;
  issuedOn: string;
  issuerName: string;
  /** 举报人 name, or null: anonymous, or not for this viewer (the letter is then addressed to 举报人). */
  reporterName: string | null;
  tip: { tipNo: string; channel: TipChannel; receivedOn: string; targetName: string };
};

export type AcceptanceNoticeInput = TipLetterInput & {
  decision: { accepted: true; acceptedOn: string } | { accepted: false; declinedOn: string; reason: TipDeclineReason | null; note: string };
};

export type ReplyLetterInput = TipLetterInput & {
  investigation: { findings: string; verified: boolean; violationKind: TipViolationKind; penaltyYuan: number | null; hazardNo: string | null };
  feedback: readonly string[];
  reward: { amountYuan: number; paid: boolean } | null;
};

const addressee = (input: TipLetterInput) => body(`${input.reporterName ?? '举报人'}：`);
const subject = (input: TipLetterInput) =>
  `你于${dateLabel(input.tip.receivedOn)}通过${tipChannelLabels[input.tip.channel]}方式反映的有关${input.tip.targetName || '安全生产问题'}的举报（受理编号：${input.tip.tipNo}）`;
const PROTECTION = '本机关将依法对举报人的姓名、联系方式等个人信息予以保密，严禁泄露举报人信息。';

/** 《举报受理告知书》, or 《举报不予受理告知书》 with the reason. */
export function buildTipAcceptanceNoticeDocx(input: AcceptanceNoticeInput): Promise<Buffer> {
  const d = input.decision;
  const heading = tipAcceptanceTitle(d.accepted ? 'accepted' : 'declined');
  const children: (Paragraph | Table)[] = [
    docNoParagraph(input.docNo),
    title(heading),
    new Paragraph({ children: [], spacing: { after: 120 } }),
    addressee(input),
    ...(d.accepted
      ? [
          body(`${subject(input)}，本机关已于${dateLabel(d.acceptedOn)}依法受理。`),
          body('本机关将依照《安全生产领域举报奖励办法》等规定组织核查，核查处理完毕后将处理结果告知你。你可凭提交举报时获得的查询码查询办理进度、补充材料。'),
          body(PROTECTION),
        ]
      : [
          body(`${subject(input)}，经审查，${d.reason ? tipDeclineReasonLabels[d.reason] : '不符合受理条件'}${d.note ? `（${d.note}）` : ''}，本机关决定不予受理。`),
          body('如有新的事实或者证据，你可以重新举报；属于其他部门职责范围的，可以向有关主管部门反映。'),
        ]),
    ...stampedSignature(input.issuerName, input.issuedOn),
  ];
  return officialDocument(heading, children);
}

/** 《举报答复书》: the result of the investigation, what followed (hazard, penalty), the reward where there is one. */
export function buildTipReplyLetterDocx(input: ReplyLetterInput): Promise<Buffer> {
  const inv = input.investigation;
  const heading = '举报答复书';
  const outcome = inv.verified
    ? `经核查，举报反映的问题属实（${tipViolationKindLabels[inv.violationKind]}）。`
    : '经核查，举报反映的问题不属实。';
  const followUps = [
    ...(inv.hazardNo ? [`已登记隐患（编号${inv.hazardNo}）并责令被举报单位限期整改。`] : []),
    ...(inv.penaltyYuan !== null && inv.penaltyYuan > 0 ? [`已依法作出行政处罚，罚款${inv.penaltyYuan}元。`] : []),
  ];
  const children: (Paragraph | Table)[] = [
    docNoParagraph(input.docNo),
    title(heading),
    new Paragraph({ children: [], spacing: { after: 120 } }),
    addressee(input),
    body(`${subject(input)}，本机关已组织核查。现答复如下：`),
    body(`${outcome}${inv.findings}`),
    ...followUps.map(body),
    ...input.feedback.map(body),
    ...(input.reward
      ? [body(`你的举报符合举报奖励条件，奖励金额${input.reward.amountYuan}元${input.reward.paid ? '，已发放' : '，请按通知携带有效身份证件办理领取手续'}。`)]
      : []),
    body('如对本答复有异议，可以自收到本答复书之日起向本机关或者上一级负有安全生产监督管理职责的部门反映。'),
    body(PROTECTION),
    ...stampedSignature(input.issuerName, input.issuedOn),
  ];
  return officialDocument(heading, children);
}
