// 专家库 and 专家指导服务 (MODULES A-5): the vocabulary of an expert's record and the rules of assignment, rating
// and qualification expiry. The server's planInspection and the library pages use these; tests use them as the oracle.
import { addDays } from '../dates.ts';
import { regionLevel } from '../region.ts';
import type { SupervisionClass } from '../draw/supervision-class.ts';

export const expertLevels = ['province', 'city', 'county'] as const;
export type ExpertLevel = (typeof expertLevels)[number];
export const expertLevelLabels: Record<ExpertLevel, string> = { province: '省级', city: '市级', county: '县级' };

/** 000/003/004: 行业领域专家, 企业退休技安人员, 专业技术服务机构 staff. */
export const expertSources = ['sector_expert', 'retired_staff', 'service_body'] as const;
export type ExpertSource = (typeof expertSources)[number];
export const expertSourceLabels: Record<ExpertSource, string> = { sector_expert: '行业领域专家', retired_staff: '企业退休技安人员', service_body: '专业技术服务机构人员' };

export const expertStatuses = ['active', 'suspended', 'withdrawn'] as const;
export type ExpertStatus = (typeof expertStatuses)[number];
export const expertStatusLabels: Record<ExpertStatus, string> = { active: '在库', suspended: '暂停', withdrawn: '退出' };

/** Topics beside sectors: 000 篇二's school library fields first, then the work and equipment topics 004 names. */
export const expertTopics = [
  'fire',
  'construction_works',
  'natural_disaster',
  'laboratory',
  'internship',
  'schools',
  'confined_space',
  'hot_work',
  'work_at_height',
  'electrical',
  'special_equipment',
  'chemical_process',
  'emergency_response',
] as const;
export type ExpertTopic = (typeof expertTopics)[number];
export const expertTopicLabels: Record<ExpertTopic, string> = {
  fire: '消防',
  construction_works: '基建工程',
  natural_disaster: '自然灾害',
  laboratory: '实验室',
  internship: '实习实训',
  schools: '中小学幼儿园',
  confined_space: '有限空间',
  hot_work: '动火作业',
  work_at_height: '高处作业',
  electrical: '电气安全',
  special_equipment: '特种设备',
  chemical_process: '危险化工工艺',
  emergency_response: '应急救援',
};

/** A library's level is its owner org's: a province, city or county committee or department. */
export function expertLevelOf(regionCode: string): ExpertLevel | null {
  const level = regionLevel(regionCode);
  return level === 'province' || level === 'city' || level === 'county' ? level : null;
}

export type Qualification = { name: string; number: string; expiresOn: string | null };
export type QualificationState = 'valid' | 'expiring' | 'expired';
export const qualificationStateLabels: Record<QualificationState, string> = { valid: '有效', expiring: '即将到期', expired: '已过期' };

export type ExpertSettings = {
  /** A qualification expiring within this many days warns the library owner. */
  expiryWarningDays: number;
  /** Rotation: at most this many visits by one expert to one enterprise within `rotationWindowDays`. */
  maxVisitsPerEnterprise: number;
  rotationWindowDays: number;
  /** A rating at or below this score is low; this many low ratings in a row suspend the expert. */
  lowScore: number;
  suspendAfterLowRatings: number;
  /** 分级开展安全执法指导帮扶: expert service visits a year an enterprise of each supervision class is due. */
  serviceVisitsPerYear: Record<SupervisionClass, number>;
};

export const defaultExpertSettings: ExpertSettings = {
  expiryWarningDays: 60,
  maxVisitsPerEnterprise: 2,
  rotationWindowDays: 365,
  lowScore: 2,
  suspendAfterLowRatings: 3,
  serviceVisitsPerYear: { A: 2, B: 1, C: 0 },
};

export function qualificationState(expiresOn: string | null, today: string, settings: Pick<ExpertSettings, 'expiryWarningDays'> = defaultExpertSettings): QualificationState {
  if (expiresOn === null) return 'valid';
  if (expiresOn < today) return 'expired';
  return expiresOn <= addDays(today, settings.expiryWarningDays) ? 'expiring' : 'valid';
}

/** The worst state of an expert's qualifications (what the list shows and the 待办 counts). */
export function worstQualificationState(qualifications: readonly Qualification[], today: string, settings: Pick<ExpertSettings, 'expiryWarningDays'> = defaultExpertSettings): QualificationState {
  const states = qualifications.map((q) => qualificationState(q.expiresOn, today, settings));
  return states.includes('expired') ? 'expired' : states.includes('expiring') ? 'expiring' : 'valid';
}

/** The last day on which a qualification still counts as valid for the warning: the SQL filter uses it. */
export const expiryWarningEdge = (today: string, settings: Pick<ExpertSettings, 'expiryWarningDays'> = defaultExpertSettings): string => addDays(today, settings.expiryWarningDays);

export type AssignmentFacts = {
  name: string;
  status: ExpertStatus;
  /** The enterprise is on the expert's conflict list (employer, client, advised). */
  conflicted: boolean;
  /** Visits by this expert to this enterprise within the rotation window (not cancelled). */
  recentVisits: number;
};

/** Why an expert may not be assigned to a visit of this enterprise (回避 and 轮换), or null. */
export function explainAssignmentDenied(facts: AssignmentFacts, settings: Pick<ExpertSettings, 'maxVisitsPerEnterprise' | 'rotationWindowDays'> = defaultExpertSettings): string | null {
  switch (facts.status) {
    case 'active':
      break;
    case 'suspended':
    case 'withdrawn':
      return `专家「${facts.name}」已${expertStatusLabels[facts.status]}，不能指派`;
  }
  if (facts.conflicted) return `专家「${facts.name}」与该企业存在利害关系，须回避`;
  if (facts.recentVisits >= settings.maxVisitsPerEnterprise) {
    return `专家「${facts.name}」近${settings.rotationWindowDays}天已到该企业服务${facts.recentVisits}次，达到轮换上限${settings.maxVisitsPerEnterprise}次，请指派其他专家`;
  }
  return null;
}

/** Candidates for a visit: the assignable ones, fewest visits to this enterprise first, then fewest visits overall. */
export function orderCandidates<T extends AssignmentFacts & { visitsThisYear: number; id: string }>(candidates: readonly T[], settings: Pick<ExpertSettings, 'maxVisitsPerEnterprise' | 'rotationWindowDays'> = defaultExpertSettings): T[] {
  return candidates
    .filter((c) => explainAssignmentDenied(c, settings) === null)
    .sort((a, b) => a.recentVisits - b.recentVisits || a.visitsThisYear - b.visitsThisYear || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const ratingScores = [1, 2, 3, 4, 5] as const;

/** After a rating: `scores` newest first, including the new one. True when the last N are all low. */
export function shouldSuspendAfterRatings(scores: readonly number[], settings: Pick<ExpertSettings, 'lowScore' | 'suspendAfterLowRatings'> = defaultExpertSettings): boolean {
  const recent = scores.slice(0, settings.suspendAfterLowRatings);
  return recent.length === settings.suspendAfterLowRatings && recent.every((s) => s <= settings.lowScore);
}

/** 分级开展安全执法指导帮扶: visits still due this year for an enterprise of `cls` with `done` visits planned or held. */
export const serviceVisitsDue = (cls: SupervisionClass, done: number, settings: Pick<ExpertSettings, 'serviceVisitsPerYear'> = defaultExpertSettings): number => Math.max(0, settings.serviceVisitsPerYear[cls] - done);

/**
 * The plans' deadlines for the libraries (000/001/003: 省市 libraries by end-2024; 004: the county's 专家信息库 by
 * end-2026). Met when a library of that level with an expert in it exists on the reader's chain of regions.
 */
export const expertLibraryMilestones = [
  { key: 'city', label: '市级安全生产专家库', due: '2024-12-31', levels: ['province', 'city'] },
  { key: 'county', label: '县级安全生产专家信息库', due: '2026-12-31', levels: ['county'] },
] as const satisfies readonly { key: string; label: string; due: string; levels: readonly ExpertLevel[] }[];

/** The masked form of an ID number shown in lists (experts, service-body staff): 341621********1234 — the region and the last four, never the birth date. */
export const maskIdNumber = (id: string): string => (id.length <= 10 ? '*'.repeat(id.length) : `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`);
