// Every template a notification row can carry, with its zh-CN label: one table keyed by the union, so a template
// added without a label fails to compile (the web showed raw codes such as await_confirmation).

/** Hazard notices: 重大隐患 告知 and deadline reminders (notifications.service.ts, reminders.ts). */
export const hazardNoticeTemplates = ['major_registered', 'major_confirmed', 'deadline_soon', 'deadline_passed'] as const;
export type HazardNoticeTemplate = (typeof hazardNoticeTemplates)[number];

/** Hand-over notices: the next actor of a workflow step is told (handovers.ts). */
export const handoverTemplates = ['await_confirmation', 'await_verification', 'await_extension_decision', 'returned', 'extension_decided', 'tip_routed', 'reward_proposed'] as const;
export type HandoverTemplate = (typeof handoverTemplates)[number];

export const notificationTemplates = [...hazardNoticeTemplates, ...handoverTemplates] as const;
export type NotificationTemplate = (typeof notificationTemplates)[number];

export const notificationTemplateLabels: Record<NotificationTemplate, string> = {
  major_registered: '重大事故隐患登记告知',
  major_confirmed: '重大事故隐患认定告知',
  deadline_soon: '整改即将到期提醒',
  deadline_passed: '整改逾期提醒',
  await_confirmation: '隐患待认定',
  await_verification: '整改待验收',
  await_extension_decision: '延期待审批',
  returned: '退回整改',
  extension_decided: '延期审批结果',
  tip_routed: '举报转办待核查',
  reward_proposed: '举报奖励待批准',
};

export const isNotificationTemplate = (value: string): value is NotificationTemplate => (notificationTemplates as readonly string[]).includes(value);

/** The label of a stored template; a code this build does not know (older data) is shown as is rather than hidden. */
export const notificationTemplateLabel = (template: string): string => (isNotificationTemplate(template) ? notificationTemplateLabels[template] : template);
