// Role and org-kind names come from core (pure module, no Node APIs), so server and console never disagree.
import { roleLabels } from '@zhiben/core/src/roles.ts';

export { enterpriseRoles, orgKindLabels, orgKinds, roleLabels, staffRoles } from '@zhiben/core/src/roles.ts';

export function roleLabel(role: string): string {
  return (roleLabels as Record<string, string>)[role] ?? role;
}

export const dateTimeFormat = 'YYYY-MM-DD HH:mm:ss';

// Hazard lifecycle labels come from core's pure modules (never the '@zhiben/core' index: it pulls node:crypto).
export {
  hazardActionLabels,
  hazardLevelLabels,
  hazardStatusLabels,
  hazardStatuses,
  listingLevelLabels,
} from '@zhiben/core/src/hazard/hazard-machine.ts';
export type { HazardAction, HazardLevel, HazardStatus, ListingLevel } from '@zhiben/core/src/hazard/hazard-machine.ts';
export { planFieldLabels, planFields } from '@zhiben/core/src/hazard/five-implementations.ts';
export type { PlanField } from '@zhiben/core/src/hazard/five-implementations.ts';

export const hazardSources = [
  'self_inspection',
  'supervision',
  'enforcement',
  'tip',
  'worker_report',
  'monitoring',
  'expert',
  'accident',
] as const;
export type HazardSource = (typeof hazardSources)[number];

/** 隐患来源 (DESIGN §1). Enterprise users never receive `tip`: the server presents it as `supervision`. */
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

export function hazardSourceLabel(source: string): string {
  return (hazardSourceLabels as Record<string, string>)[source] ?? source;
}

export const dateFormat = 'YYYY-MM-DD';
