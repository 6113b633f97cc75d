// Periodic returns (B-2) and the simple returns of B-6: kinds, template sections, statuses, who may file which
// period, and the vocabularies of the investment (人防、技防、工程防、管理防) and publicity returns.

import { dueDate, filingState, filingWindow, isPeriodOf, periodBounds, periodsBetween, type Cadence, type DueRule, type PeriodKey } from './periods.ts';

export const returnKinds = ['progress', 'investment', 'publicity', 'school'] as const;
export type ReturnKind = (typeof returnKinds)[number];
export const returnKindLabels: Record<ReturnKind, string> = {
  progress: '工作进展和任务清单完成情况',
  investment: '安全生产投入情况',
  publicity: '安全宣传教育活动',
  school: '校园安全专报',
};

export const returnSections = ['task_progress', 'figures', 'problems', 'next_steps', 'investment', 'activities', 'text', 'attachments'] as const;
export type ReturnSection = (typeof returnSections)[number];
export const returnSectionLabels: Record<ReturnSection, string> = {
  task_progress: '任务清单完成情况',
  figures: '主要数据',
  problems: '存在问题',
  next_steps: '下一步工作',
  investment: '安全投入',
  activities: '宣传教育活动',
  text: '工作开展情况',
  attachments: '附件',
};

/** The template each kind starts from; a requirement may choose its own sections. */
export const defaultSections: Record<ReturnKind, readonly ReturnSection[]> = {
  progress: ['text', 'task_progress', 'figures', 'problems', 'next_steps', 'attachments'],
  investment: ['investment', 'text', 'attachments'],
  publicity: ['activities', 'text', 'attachments'],
  school: ['text', 'figures', 'problems', 'attachments'],
};

export const returnStatuses = ['submitted', 'returned', 'accepted'] as const;
export type ReturnStatus = (typeof returnStatuses)[number];
export const returnStatusLabels: Record<ReturnStatus, string> = { submitted: '已报送待审核', returned: '已退回修改', accepted: '已审核通过' };

export const investmentCategories = ['people', 'technology', 'engineering', 'management'] as const;
export type InvestmentCategory = (typeof investmentCategories)[number];
export const investmentCategoryLabels: Record<InvestmentCategory, string> = { people: '人防', technology: '技防', engineering: '工程防', management: '管理防' };

export const activityKinds = ['safety_month', 'fire_month', 'consultation_day', 'disaster_day', 'five_into', 'knock_door', 'law_contest', 'warning_film', 'tv_column'] as const;
export type ActivityKind = (typeof activityKinds)[number];
export const activityKindLabels: Record<ActivityKind, string> = {
  safety_month: '安全生产月',
  fire_month: '消防宣传月',
  consultation_day: '安全宣传咨询日',
  disaster_day: '5·12防灾减灾日',
  five_into: '安全宣传“五进”',
  knock_door: '消防“敲门行动”',
  law_contest: '普法知识竞赛',
  warning_film: '警示片播放',
  tv_column: '安全生产专题栏目',
};

export type RequirementFacts = {
  cadence: Cadence;
  dueRule: DueRule;
  graceDays: number;
  /** First and last period the requirement runs (inclusive). */
  startPeriod: PeriodKey;
  endPeriod: PeriodKey | null;
  reportingOrgIds: readonly string[];
  active: boolean;
};

export type FilingRefusal = { field: 'period' | 'orgId'; message: string };

/**
 * Why an org may not file a return for a period (zh-CN), else null: the org is not among the reporting orgs; the
 * period is not one of the requirement's; it has not begun; it is closed (grace days after the due date passed,
 * or the requirement ended or was stopped).
 */
export function explainFilingRefused(req: RequirementFacts, orgId: string, period: PeriodKey, today: string): FilingRefusal | null {
  if (!req.reportingOrgIds.includes(orgId)) return { field: 'orgId', message: '本单位不在该报送要求的报送单位之列' };
  if (!isPeriodOf(req.cadence, period)) return { field: 'period', message: `报送期「${period}」与报送频次不符` };
  if (period < req.startPeriod || (req.endPeriod !== null && period > req.endPeriod)) return { field: 'period', message: '该报送期不在报送要求的起止范围内' };
  if (!req.active) return { field: 'period', message: '该报送要求已停止，报送期已关闭' };
  const window = filingWindow(req.dueRule, period, req.graceDays);
  switch (filingState(window, today)) {
    case 'not_started':
      return { field: 'period', message: `报送期尚未开始（${window.opens}起可报送）` };
    case 'closed':
      return { field: 'period', message: `报送期已关闭（截止${window.due}，逾期补报至${window.closes}）` };
    case 'open':
      return null;
  }
}


/** Periods of a requirement whose due date is on or before `today`, within its start and end (returns that are late or missing when not filed). */
export function requirementPeriodsDue(req: Pick<RequirementFacts, 'cadence' | 'dueRule' | 'startPeriod' | 'endPeriod'>, today: string): PeriodKey[] {
  const from = periodBounds(req.startPeriod).start;
  const last = req.endPeriod === null ? today : periodBounds(req.endPeriod).end;
  return periodsBetween(req.cadence, from, last < today ? last : today).filter((key) => dueDate(req.dueRule, key) <= today);
}
