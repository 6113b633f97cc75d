// Vocabulary of the tip (举报) domain shared by server and web: statuses, actions, channels and their labels.

export const tipStatuses = ['received', 'accepted', 'investigating', 'verified', 'unfounded', 'closed', 'declined'] as const;
export type TipStatus = (typeof tipStatuses)[number];
export const tipStatusLabels: Record<TipStatus, string> = {
  received: '待受理',
  accepted: '已受理',
  investigating: '核查中',
  verified: '查实',
  unfounded: '未查实',
  closed: '办结',
  declined: '不予受理',
};

/** Actions performed through POST /api/tips/:id/actions/:action. */
export const tipActions = [
  'accept',
  'decline',
  'route',
  'investigate',
  'register_hazard',
  'reply',
  'ask',
  'propose_reward',
  'approve_reward',
  'record_payment',
  'close',
] as const;
export type TipAction = (typeof tipActions)[number];
/** What a TipDetail's `actions` may list: the workflow actions plus `reveal` (POST /api/tips/:id/reveal). */
export const tipDetailActions = [...tipActions, 'reveal'] as const;
export type TipDetailAction = (typeof tipDetailActions)[number];
export const tipActionLabels: Record<TipDetailAction, string> = {
  accept: '受理',
  decline: '不予受理',
  route: '转办',
  investigate: '录入核查结果',
  register_hazard: '登记隐患',
  reply: '答复举报人',
  ask: '向举报人询问',
  propose_reward: '提出奖励',
  approve_reward: '批准奖励',
  record_payment: '登记发放',
  close: '办结',
  reveal: '查看举报人身份',
};

export const tipChannels = ['web', 'phone', 'letter', 'visit', 'worker'] as const;
export type TipChannel = (typeof tipChannels)[number];
export const tipChannelLabels: Record<TipChannel, string> = {
  web: '网上举报',
  phone: '电话举报',
  letter: '来信举报',
  visit: '来访举报',
  worker: '从业人员举报',
};
/** Channels an officer may enter on behalf of a reporter (POST /api/tips). */
export const officerTipChannels = ['phone', 'letter', 'visit'] as const;

export const tipCategories = ['major_hazard', 'illegal_act', 'general_hazard'] as const;
export type TipCategory = (typeof tipCategories)[number];
export const tipCategoryLabels: Record<TipCategory, string> = {
  major_hazard: '重大事故隐患',
  illegal_act: '安全生产违法行为',
  general_hazard: '一般事故隐患',
};

/** What the investigation found (核查结论); only the first two earn a reward under the 奖励办法. */
export const tipViolationKinds = ['major_hazard', 'illegal_act', 'general_hazard', 'none'] as const;
export type TipViolationKind = (typeof tipViolationKinds)[number];
export const tipViolationKindLabels: Record<TipViolationKind, string> = {
  major_hazard: '重大事故隐患',
  illegal_act: '安全生产违法行为',
  general_hazard: '一般事故隐患',
  none: '未发现问题',
};

export const tipDeclineReasons = ['out_of_scope', 'no_clear_target', 'repeat'] as const;
export type TipDeclineReason = (typeof tipDeclineReasons)[number];
export const tipDeclineReasonLabels: Record<TipDeclineReason, string> = {
  out_of_scope: '不属于安全生产举报受理范围',
  no_clear_target: '无明确被举报对象或具体事实',
  repeat: '重复举报（已受理事项）',
};

export const tipRewardStatuses = ['none', 'proposed', 'approved', 'paid'] as const;
export type TipRewardStatus = (typeof tipRewardStatuses)[number];
export const tipRewardStatusLabels: Record<TipRewardStatus, string> = {
  none: '无',
  proposed: '已提出',
  approved: '已批准',
  paid: '已发放',
};

/** SLA of acceptance (受理时限): `met`/`missed` once accepted or declined; before that by the clock. */
export const tipSlaStates = ['ok', 'due_soon', 'overdue', 'met', 'missed'] as const;
export type TipSlaState = (typeof tipSlaStates)[number];
export const tipSlaStateLabels: Record<TipSlaState, string> = {
  ok: '未到期',
  due_soon: '即将到期',
  overdue: '已超期',
  met: '按期受理',
  missed: '超期受理',
};

export const workerReportStatuses = ['open', 'handled'] as const;
export type WorkerReportStatus = (typeof workerReportStatuses)[number];
export const workerReportStatusLabels: Record<WorkerReportStatus, string> = { open: '待处理', handled: '已处理' };
export const workerReportOutcomes = ['hazard_found', 'no_issue'] as const;
export type WorkerReportOutcome = (typeof workerReportOutcomes)[number];
export const workerReportOutcomeLabels: Record<WorkerReportOutcome, string> = { hazard_found: '查实隐患', no_issue: '未发现问题' };
