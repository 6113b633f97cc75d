// The words of Module A (MODULES.md ): premises (subjects without a USCC), inspection kinds and their
// hazard source, method flags, item results, team roles. One list each; server schemas, SQL checks and the web
// labels read them from here.
import type { HazardSource } from '../hazard/sources.ts';

// ---- A-0 premises (场所) ----

export const premisesKinds = [
  'rental_house',
  'idle_courtyard',
  'abandoned_factory',
  'nine_small',
  'self_built_commercial',
  'residential_compound',
  'high_rise',
  'charging_site',
  'family_workshop',
  'construction_project',
  'water_ferry',
  'other',
] as const;
export type PremisesKind = (typeof premisesKinds)[number];

export const premisesKindLabels: Record<PremisesKind, string> = {
  rental_house: '出租屋',
  idle_courtyard: '闲置院落',
  abandoned_factory: '废弃厂房',
  nine_small: '九小场所',
  self_built_commercial: '经营性自建房',
  residential_compound: '住宅小区',
  high_rise: '高层建筑',
  charging_site: '电动自行车充电场所',
  family_workshop: '家庭作坊',
  construction_project: '工程项目',
  water_ferry: '水域/渡口',
  other: '其他',
};

/**
 * The sector whose regulator reads a premises of this kind (MODULES A-0: 自建房 → construction, 九小场所 → fire).
 * 出租屋、闲置院落、废弃厂房 are in the J7 ledger for illegal storage and fire risk; 家庭作坊 for illegal production.
 * `other` has no sector: only whole-region scopes (committees, townships) see it.
 */
export const premisesKindSector: Record<PremisesKind, string | null> = {
  rental_house: 'fire',
  idle_courtyard: 'fire',
  abandoned_factory: 'industry_trade',
  nine_small: 'fire',
  self_built_commercial: 'construction',
  residential_compound: 'fire',
  high_rise: 'fire',
  charging_site: 'fire',
  family_workshop: 'industry_trade',
  construction_project: 'construction',
  water_ferry: 'waterway',
  other: null,
};

export const premisesStatuses = ['in_use', 'idle', 'rented', 'abandoned', 'demolished'] as const;
export type PremisesStatus = (typeof premisesStatuses)[number];
export const premisesStatusLabels: Record<PremisesStatus, string> = {
  in_use: '在用',
  idle: '闲置',
  rented: '出租',
  abandoned: '废弃',
  demolished: '拆除',
};

/** What an inspection, a hazard or a tip points at. */
export const subjectKinds = ['enterprise', 'premises'] as const;
export type SubjectKind = (typeof subjectKinds)[number];
export const subjectKindLabels: Record<SubjectKind, string> = { enterprise: '生产经营单位', premises: '场所' };

// ---- A-1 inspections (检查) ----

export const inspectionKinds = [
  'self_inspection',
  'routine',
  'supervision',
  'enforcement',
  'expert_service',
  'third_party',
  'grid_patrol',
  'cross_check',
  'flying_check',
  'cruise_patrol',
  'insurer_service',
] as const;
export type InspectionKind = (typeof inspectionKinds)[number];

export const inspectionKindLabels: Record<InspectionKind, string> = {
  self_inspection: '企业自查',
  routine: '企业日常检查',
  supervision: '督导检查',
  enforcement: '执法检查',
  expert_service: '专家指导服务',
  third_party: '第三方检查',
  grid_patrol: '网格巡查',
  cross_check: '交叉互查',
  flying_check: '飞行检查',
  cruise_patrol: '巡航巡查',
  insurer_service: '保险机构事故预防服务',
};

/**
 * The hazard source a 不符合 item of this kind raises (MODULES A-1: 执法检查 → enforcement, 督导 → supervision,
 * 专家/第三方/保险 → expert, 企业自查 → self_inspection). Grid patrols, cross and flying checks and cruises are
 * staff supervision.
 */
export const inspectionKindSource: Record<InspectionKind, HazardSource> = {
  self_inspection: 'self_inspection',
  routine: 'self_inspection',
  supervision: 'supervision',
  enforcement: 'enforcement',
  expert_service: 'expert',
  third_party: 'expert',
  grid_patrol: 'supervision',
  cross_check: 'supervision',
  flying_check: 'supervision',
  cruise_patrol: 'supervision',
  insurer_service: 'expert',
};

/** Kinds an enterprise records about itself; every other kind is staff work. */
export const enterpriseInspectionKinds = ['self_inspection', 'routine'] as const satisfies readonly InspectionKind[];
export const staffInspectionKinds = inspectionKinds.filter(
  (k): k is Exclude<InspectionKind, (typeof enterpriseInspectionKinds)[number]> => !(enterpriseInspectionKinds as readonly string[]).includes(k),
);
export const isEnterpriseInspectionKind = (kind: InspectionKind): boolean => (enterpriseInspectionKinds as readonly string[]).includes(kind);

export const inspectionMethods = ['four_no_two_straight', 'unannounced', 'cross_region', 'joint', 'remote'] as const;
export type InspectionMethod = (typeof inspectionMethods)[number];
export const inspectionMethodLabels: Record<InspectionMethod, string> = {
  four_no_two_straight: '四不两直',
  unannounced: '暗访',
  cross_region: '异地交叉',
  joint: '联合检查',
  remote: '非现场',
};

export const inspectionStatuses = ['planned', 'in_progress', 'closed', 'cancelled'] as const;
export type InspectionStatus = (typeof inspectionStatuses)[number];
export const inspectionStatusLabels: Record<InspectionStatus, string> = {
  planned: '待检查',
  in_progress: '检查中',
  closed: '已完成',
  cancelled: '已取消',
};

export const itemResults = ['pass', 'fail', 'na'] as const;
export type ItemResult = (typeof itemResults)[number];
export const itemResultLabels: Record<ItemResult, string> = { pass: '符合', fail: '不符合', na: '不适用' };

/** Who is on an inspection team. Experts, third-party staff, technical inspectors and social supervisors see only the inspections they are on. */
export const memberRoles = ['leader', 'officer', 'expert', 'third_party', 'technical_inspector', 'social_supervisor', 'enterprise_staff'] as const;
export type MemberRole = (typeof memberRoles)[number];
export const memberRoleLabels: Record<MemberRole, string> = {
  leader: '带队负责人',
  officer: '检查人员',
  expert: '专家',
  third_party: '第三方人员',
  technical_inspector: '执法技术检查员',
  social_supervisor: '社会监督员',
  enterprise_staff: '企业人员',
};

/** What evidence a checklist item asks for. */
export const evidenceRequirements = ['none', 'photo', 'document'] as const;
export type EvidenceRequirement = (typeof evidenceRequirements)[number];
export const evidenceRequirementLabels: Record<EvidenceRequirement, string> = { none: '无', photo: '照片', document: '文件' };

/** Why an inspection was planned without someone choosing it (触发式监管, 001). */
export const inspectionTriggers = ['tip', 'hazard_overdue', 'alarm', 'random_draw', 'manual'] as const;
export type InspectionTrigger = (typeof inspectionTriggers)[number];
export const inspectionTriggerLabels: Record<InspectionTrigger, string> = {
  tip: '举报查实',
  hazard_overdue: '隐患逾期',
  alarm: '监测报警',
  random_draw: '双随机抽取',
  manual: '计划安排',
};
