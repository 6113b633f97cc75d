import { z } from 'zod';
import { inspectionKinds, inspectionStatuses, expertLevels, expertSources, expertStatuses, expertTopics, qualificationStateLabels, ratingScores, supervisionClasses } from '@zhiben/core';
import { isoDate, paginationQuery, queryInt, regionCode12, requiredText, text, version } from '../../lib/schemas.ts';

const qualificationStates = Object.keys(qualificationStateLabels) as ['valid', 'expiring', 'expired'];
const phone = text(32).regex(/^[0-9+\-() ]*$/, '应为电话号码');

export const expertActions = ['edit', 'rate'] as const;
export type ExpertAction = (typeof expertActions)[number];

const qualification = z.object({ name: z.string(), number: z.string(), expiresOn: z.string().nullable(), state: z.enum(qualificationStates) });

export const expertListItem = z.object({
  id: z.uuid(),
  name: z.string(),
  phone: z.string(),
  idNumberMasked: z.string(),
  employer: z.string(),
  title: z.string(),
  level: z.enum(expertLevels),
  ownerOrg: z.object({ id: z.uuid(), name: z.string() }),
  source: z.enum(expertSources),
  sectors: z.array(z.string()),
  topics: z.array(z.enum(expertTopics)),
  qualifications: z.array(qualification),
  qualificationState: z.enum(qualificationStates),
  regionServed: z.string(),
  regionServedName: z.string(),
  availability: z.string(),
  status: z.enum(expertStatuses),
  statusReason: z.string(),
  hasAccount: z.boolean(),
  visits: z.number().int(),
  averageScore: z.number().nullable(),
  version: z.number().int(),
});
export type ExpertListItem = z.infer<typeof expertListItem>;

export const expertVisit = z.object({
  inspectionId: z.uuid(),
  inspectionNo: z.string(),
  kind: z.enum(inspectionKinds),
  subjectName: z.string(),
  plannedOn: z.string().nullable(),
  status: z.enum(inspectionStatuses),
  findings: z.number().int(),
  majorFindings: z.number().int(),
  rating: z.object({ score: z.number().int(), comment: z.string(), ratedAt: z.string() }).nullable(),
  /** An officer of the org that held the visit may rate it once it is closed. */
  ratable: z.boolean(),
});

export const expertView = expertListItem.extend({
  conflicts: z.array(z.object({ id: z.uuid(), name: z.string() })),
  user: z.object({ id: z.uuid(), username: z.string() }).nullable(),
  visitList: z.array(expertVisit),
  actions: z.array(z.enum(expertActions)),
});
export type ExpertView = z.infer<typeof expertView>;

export const expertFilter = z.object({
  q: text(64).optional(),
  level: z.enum(expertLevels).optional(),
  sector: text(40).optional(),
  topic: z.enum(expertTopics).optional(),
  source: z.enum(expertSources).optional(),
  status: z.enum(expertStatuses).optional(),
  /** expiring: a qualification expired or expiring within the warning days; expired: one already expired. */
  qualification: z.enum(['expiring', 'expired']).optional(),
  /** Only the caller org's own library. */
  own: z.enum(['true', 'false']).optional(),
  /** Experts with a closed visit held by the caller's org and not yet rated (the 待评价 to-do). */
  unrated: z.enum(['true', 'false']).optional(),
});
export type ExpertFilter = z.infer<typeof expertFilter>;
export const expertQuery = paginationQuery.extend(expertFilter.shape);
export const expertListResponse = z.object({ items: z.array(expertListItem), total: z.number().int() });

const qualificationInput = z.object({ name: requiredText(60), number: requiredText(60), expiresOn: isoDate.nullable().default(null) });

const expertFields = z.object({
  name: requiredText(32),
  phone,
  idNumber: text(18),
  employer: text(100),
  title: text(60),
  source: z.enum(expertSources),
  sectors: z.array(text(40)).min(1, '至少选择一个行业领域').max(20),
  topics: z.array(z.enum(expertTopics)).max(20),
  qualifications: z.array(qualificationInput).max(10),
  regionServed: regionCode12,
  availability: text(200),
  conflictEnterpriseIds: z.array(z.uuid()).max(50),
  /** The expert's login (an account with role 专家), linked so he sees the visits he is assigned to. */
  username: text(64),
});

export const createExpertBody = expertFields.extend({
  phone: phone.default(''),
  idNumber: text(18).optional(),
  employer: text(100).default(''),
  title: text(60).default(''),
  topics: z.array(z.enum(expertTopics)).max(20).default([]),
  qualifications: z.array(qualificationInput).max(10).default([]),
  regionServed: regionCode12.optional(),
  availability: text(200).default(''),
  conflictEnterpriseIds: z.array(z.uuid()).max(50).default([]),
  username: text(64).optional(),
});
export type CreateExpertInput = z.infer<typeof createExpertBody>;

export const updateExpertBody = expertFields.partial().extend({ version: version(), status: z.enum(expertStatuses).optional(), statusReason: text(200).optional() });
export type UpdateExpertInput = z.infer<typeof updateExpertBody>;

export const rateExpertBody = z.object({
  inspectionId: z.uuid(),
  score: z.union(ratingScores.map((s) => z.literal(s)) as unknown as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>, z.ZodLiteral<5>], { error: '评分应为1至5分' }),
  comment: text(500).default(''),
});
export type RateExpertInput = z.infer<typeof rateExpertBody>;

export const candidatesQuery = z.object({ enterpriseId: z.uuid(), sector: text(40).optional() });
export const candidatesResponse = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), employer: z.string(), level: z.enum(expertLevels), sectors: z.array(z.string()), recentVisits: z.number().int(), visitsThisYear: z.number().int(), hasAccount: z.boolean() })),
  /** Experts of the sector left out, each with the reason (回避, 轮换, 暂停). */
  excluded: z.array(z.object({ id: z.uuid(), name: z.string(), reason: z.string() })),
});

export const servicePlanQuery = paginationQuery.extend({ class: z.enum(supervisionClasses).optional(), due: z.enum(['true', 'false']).optional(), q: text(64).optional() });
export const servicePlanResponse = z.object({
  year: z.string(),
  visitsPerYear: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int() }),
  items: z.array(
    z.object({ enterpriseId: z.uuid(), name: z.string(), regionCode: z.string(), sectors: z.array(z.string()), class: z.enum(supervisionClasses), classLabel: z.string(), reasons: z.array(z.string()), visitsDue: z.number().int(), visitsDone: z.number().int(), visitsPlanned: z.number().int(), stillDue: z.number().int() }),
  ),
  total: z.number().int(),
  totals: z.object({ enterprises: z.number().int(), due: z.number().int(), done: z.number().int() }),
});

export const figuresQuery = z.object({ year: queryInt().min(2000, '年份不正确').max(2100, '年份不正确').optional() });
export const figuresResponse = z.object({
  year: z.number().int(),
  size: z.object({ total: z.number().int(), active: z.number().int(), byLevel: z.array(z.object({ level: z.enum(expertLevels), n: z.number().int() })) }),
  bySector: z.array(z.object({ sector: z.string(), level: z.enum(expertLevels), n: z.number().int() })),
  byTopic: z.array(z.object({ topic: z.enum(expertTopics), n: z.number().int() })),
  perExpert: z.array(z.object({ expertId: z.uuid(), name: z.string(), visits: z.number().int(), findings: z.number().int(), majorFindings: z.number().int(), averageScore: z.number().nullable() })),
  visits: z.object({ total: z.number().int(), closed: z.number().int(), enterprisesServed: z.number().int(), findings: z.number().int(), majorFindings: z.number().int() }),
  expiring: z.number().int(),
  milestones: z.array(z.object({ key: z.string(), label: z.string(), due: z.string(), met: z.boolean(), overdue: z.boolean() })),
});
