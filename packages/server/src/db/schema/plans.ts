import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { LeaderRole, PlanKind, PlanStatus } from '@zhiben/core';
import { timestamps } from './columns.ts';
import { users } from './auth.ts';
import { orgs } from './orgs.ts';
import { workflowEventTable } from './workflow.ts';

// ---- Module B-1: plans, leaders and their duty lists, working groups, regional sector leads ----

/** One of the plan's 行动 as printed: 「（三）开展重大事故隐患动态清零行动」 → code （三）. */
export type PlanActionColumn = { code: string; name: string };

/** A 安委会's plan: the three-year 实施方案, its sub-plans, annual plans, sector sub-plans. */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The 安委办 that issued it; its officers run the plan and its tasks. */
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    kind: text('kind').$type<PlanKind>().notNull(),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    docNo: text('doc_no').notNull().default(''),
    issuedOn: date('issued_on', { mode: 'string' }),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** A sector sub-plan's sector (sectors.code). */
    sector: text('sector'),
    actionLines: jsonb('action_lines').$type<PlanActionColumn[]>().notNull().default(sql`'[]'::jsonb`),
    summary: text('summary').notNull().default(''),
    status: text('status').$type<PlanStatus>().notNull(),
    /** The upper 安委办 the plan is filed with (备案), and by when. */
    filingOrgId: uuid('filing_org_id').references(() => orgs.id),
    filingDue: date('filing_due', { mode: 'string' }),
    filedOn: date('filed_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('plans_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    index('plans_org_idx').on(t.orgId),
    index('plans_parent_idx').on(t.parentId),
    index('plans_filing_org_idx').on(t.filingOrgId),
  ],
);

/** A leader of a 安委会 / government (主要负责同志, 分管负责同志) or the head of a member unit. */
export const leaders = pgTable(
  'leaders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The 安委办 that keeps the record. */
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    name: text('name').notNull(),
    post: text('post').notNull(),
    role: text('role').$type<LeaderRole>().notNull(),
    /** A member unit head's unit. */
    memberOrgId: uuid('member_org_id').references(() => orgs.id),
    /** 分管 domains (sectors.code). */
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    userId: uuid('user_id').references(() => users.id),
    active: boolean('active').notNull().default(true),
    sort: integer('sort').notNull().default(0),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('leaders_region_idx').using('btree', t.regionCode.op('text_pattern_ops')), index('leaders_org_idx').on(t.orgId)],
);

export type DutyItemColumn = { text: string };

/** 职责清单和年度任务清单 of one leader for one year, filed with the upper 安委办. */
export const dutyLists = pgTable(
  'duty_lists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leaderId: uuid('leader_id')
      .notNull()
      .references(() => leaders.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    year: integer('year').notNull(),
    items: jsonb('items').$type<DutyItemColumn[]>().notNull().default(sql`'[]'::jsonb`),
    taskIds: uuid('task_ids').array().notNull().default(sql`'{}'::uuid[]`),
    filedWithOrgId: uuid('filed_with_org_id').references(() => orgs.id),
    filedOn: date('filed_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex('duty_lists_leader_year_uq').on(t.leaderId, t.year), index('duty_lists_region_idx').using('btree', t.regionCode.op('text_pattern_ops'))],
);

export type WorkingGroupMemberColumn = {
  name: string;
  /** The member's unit when it is an org in Zhiben (its 联络员 receive the return reminders). */
  orgId: string | null;
  unit: string;
  post: string;
  phone: string;
  role: 'leader' | 'deputy_leader' | 'member' | 'liaison';
  userId: string | null;
};

/** 领导小组, 工作专班 with members 「单位、姓名、职务、联系电话」. */
export const workingGroups = pgTable(
  'working_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<'leading_group' | 'task_force'>().notNull(),
    members: jsonb('members').$type<WorkingGroupMemberColumn[]>().notNull().default(sql`'[]'::jsonb`),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('working_groups_region_idx').using('btree', t.regionCode.op('text_pattern_ops')), index('working_groups_members_idx').using('gin', t.members)],
);

/**
 * Regional overrides of the sector catalogue's lead and co-responsible departments (一件事), e.g. 亳州 gives 城镇燃气
 * to the 城市管理局 and 煤矿 to the 发展改革委. The most specific region covering a place wins; tip routing reads it.
 */
export const sectorLeads = pgTable(
  'sector_leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The 安委办 that set it; the override applies to its region's subtree. */
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /** A sectors.code; null for a local domain the catalogue lacks (then domainName names it). */
    sector: text('sector'),
    domainName: text('domain_name').notNull(),
    leadOrgId: uuid('lead_org_id')
      .notNull()
      .references(() => orgs.id),
    coOrgIds: uuid('co_org_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** The plan's wording it comes from. */
    basis: text('basis').notNull().default(''),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('sector_leads_region_sector_uq').on(t.regionCode, t.sector),
    uniqueIndex('sector_leads_region_domain_uq').on(t.regionCode, t.domainName),
    index('sector_leads_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
  ],
);

/** The plan's timeline: 起草, 印发, 备案, 修改 (append-only, hash-chained; workflow/timeline.ts). */
export const planEvents = workflowEventTable('plan_events', 'plan_id', () => plans.id);
