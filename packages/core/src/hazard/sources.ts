/** 隐患来源 (DESIGN §1). */
export const hazardSources = ['self_inspection', 'supervision', 'enforcement', 'tip', 'worker_report', 'monitoring', 'expert', 'accident'] as const;
export type HazardSource = (typeof hazardSources)[number];

/** Enterprise users never receive `tip`: the server presents it as `supervision` (举报人保护). */
export const hazardSourceLabels: Record<HazardSource, string> = {
  self_inspection: '企业自查',
  supervision: '督导检查',
  enforcement: '执法检查',
  tip: '群众举报查实',
  worker_report: '从业人员报告',
  monitoring: '监测预警',
  expert: '专家/第三方',
  accident: '事故暴露',
};

/** What an enterprise may report itself, and what staff register from their own work (tips come via the tip module). */
export const enterpriseReportSources = ['self_inspection', 'worker_report'] as const;
export const staffRegisterSources = ['supervision', 'enforcement', 'monitoring', 'expert', 'accident'] as const;
