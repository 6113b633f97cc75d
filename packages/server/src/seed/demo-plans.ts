// Module B's demo: 亳州's plan with its real task list (demo-plan-tasks.ts) and a fictional history up to today
// (demo-plan-history.ts) — task progress, the county sub-plans and their filing, the monthly returns of the member
// units and counties (some late, some missing, a few sent back), the quarterly publicity and yearly investment
// returns, the monthly dispatch rounds with their meetings and 交办 items, the leaders' meetings and duty lists.
// Every record is written with its timeline (appendPastEvent), as if entered by hand on those days.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import {
  createRandom,
  dueDate as dueOf,
  monthLabel,
  nextDue,
  periodLabel,
  type Random,
  type ReturnKind,
  type ReturnSection,
  type TaskStatus,
} from '@zhiben/core';
import type { Db } from '../db/client.ts';
import { dispatchRounds, dutyLists, meetings, orgs, plans, reportRequirements, reportSubmissions, tasks, users, type ReturnReportColumn } from '../db/schema/index.ts';
import { chinaDate } from '../lib/dates.ts';
import { appendAudit } from '../modules/audit/audit.repository.ts';
import { planStream, returnStream, roundStream, taskStream } from '../workflow/streams.ts';
import { appendPastEvent, type NewEvent, type Subject, type TimelineStream } from '../workflow/timeline.ts';
import { inTransaction } from '../workflow/unit.ts';
import { DEMO_CITY, DEMO_COUNTIES } from './demo.ts';
import { DEMO_MEMBER_UNITS, ensureDemoPlanOrgs, type DemoPlanOrgs } from './demo-plan-orgs.ts';
import { seedDemoPlanPeople, type DemoLeaders } from './demo-plan-people.ts';
import { DEMO_PLAN_ISSUED, meetingDays, periodsDue, returnHistory, roundPlans, taskHistory } from './demo-plan-history.ts';
import { bozhouActionLines, bozhouTasks, type DemoOrgKey } from './demo-plan-tasks.ts';

type Actor = { id: string | null; name: string };
type PastEvent = { on: string; actor: Actor; kind: string; from: string | null; to: string; payload: Record<string, unknown> };

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
const addDaysTo = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** A record's history, one transaction per record (its timeline is written whole or not at all). */
async function writeHistory<S extends Subject, Extra>(db: Db, stream: TimelineStream<S, Extra>, id: string, events: readonly PastEvent[]): Promise<void> {
  await inTransaction(db, async (unit) => {
    for (const e of events) {
      const event: NewEvent<Extra> = { at: at(e.on), actorId: e.actor.id, actorName: e.actor.name, kind: e.kind, fromStatus: e.from, toStatus: e.to, payload: e.payload };
      await appendPastEvent(unit, stream, id, event);
    }
  });
}

export type DemoPlanCounts = { plans: number; tasks: number; returns: number; rounds: number; meetings: number };

/** Loads the demo once: only while there is no plan at all (also for a ./data seeded before Module B). */
export async function seedDemoPlans(db: Db, options: { now?: Date; seed?: number } = {}): Promise<DemoPlanCounts | null> {
  const [existing] = await db.select({ id: plans.id }).from(plans).limit(1);
  if (existing) return null;
  const now = options.now ?? new Date();
  const today = chinaDate(now);
  const random = createRandom(options.seed ?? 20240221);
  const org = await ensureDemoPlanOrgs(db, now);
  const people = await seedDemoPlanPeople(db, org, now);
  const actors = await demoActors(db, org);
  const counts: DemoPlanCounts = { plans: 0, tasks: 0, returns: 0, rounds: 0, meetings: 0 };

  const cityPlanId = await writePlans(db, org, actors, today, counts);
  const taskIds = await writeCityTasks(db, random, org, people, actors, cityPlanId, today, counts);
  await writeReturns(db, random, org, actors, cityPlanId, today, counts);
  await writeRounds(db, random, org, people, actors, cityPlanId, today, counts);
  await writeLeaderMeetings(db, random, org, people, today, counts);
  await writeDutyLists(db, org, people, taskIds, today);
  await appendAudit(db, { at: now, actorUserId: null, actorName: '系统初始化', ip: null, action: 'system.seed_demo_plans', entityType: null, entityId: null, regionCode: DEMO_CITY, detail: { ...counts } });
  return counts;
}

// ---- who acts ----

type Actors = { org: (key: DemoOrgKey | string) => Actor; county: (key: keyof typeof DEMO_COUNTIES) => Actor; names: Map<string, string> };

/** The demo accounts act for their orgs (市安委办, 市应急局, 涡阳县安委办 …); other orgs act as 「<单位>（演示）」. */
async function demoActors(db: Db, org: DemoPlanOrgs): Promise<Actors> {
  const ids = [...Object.values(org.city), ...Object.values(org.counties)];
  const [orgRows, accounts] = await Promise.all([
    db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, ids)),
    db.select({ id: users.id, username: users.username, displayName: users.displayName, orgId: users.orgId }).from(users).where(inArray(users.username, ['bozhou_aqb', 'bozhou_yjj', 'guoyang_aqb', 'mengcheng_aqb'])),
  ]);
  const names = new Map(orgRows.map((o) => [o.id, o.name]));
  const byOrg = (orgId: string): Actor => {
    const account = accounts.find((a) => a.orgId === orgId);
    return account ? { id: account.id, name: `${account.displayName}(${account.username})` } : { id: null, name: `${names.get(orgId) ?? ''}（演示）` };
  };
  return {
    org: (key) => byOrg(key in org.city ? org.city[key as DemoOrgKey] : key),
    county: (key) => byOrg(org.counties[key]),
    names,
  };
}

// ---- plans ----

const COUNTY_FILINGS: Record<keyof typeof DEMO_COUNTIES, string | null> = { qiaocheng: '2024-02-26', guoyang: '2024-02-27', mengcheng: '2024-03-04', lixin: null };

async function writePlans(db: Db, org: DemoPlanOrgs, actors: Actors, today: string, counts: DemoPlanCounts): Promise<string> {
  const cityRows = await db
    .insert(plans)
    .values({
      orgId: org.city.aqb,
      regionCode: DEMO_CITY,
      kind: 'three_year',
      name: '亳州市安全生产治本攻坚三年行动实施方案(2024—2026年)',
      docNo: '亳安〔2024〕演示1号',
      issuedOn: DEMO_PLAN_ISSUED,
      periodFrom: '2024-02-01',
      periodTo: '2026-12-31',
      actionLines: bozhouActionLines,
      summary: '开展安全生产治本攻坚“十大行动”，2024年底前基本消除2023年及以前排查发现的重大事故隐患存量，2025年底前有效压减重大事故隐患增量，2026年底前形成重大事故隐患动态清零的常态化机制。',
      status: 'issued',
      version: 1,
    })
    .returning({ id: plans.id });
  const cityPlanId = cityRows[0]?.id ?? '';
  const aqb = actors.org('aqb');
  await writeHistory(db, planStream, cityPlanId, [
    { on: '2024-02-19', actor: aqb, kind: 'create', from: null, to: 'draft', payload: { demo: true } },
    { on: DEMO_PLAN_ISSUED, actor: aqb, kind: 'issue', from: 'draft', to: 'issued', payload: { docNo: '亳安〔2024〕演示1号', issuedOn: DEMO_PLAN_ISSUED } },
  ]);
  counts.plans++;
  const regionNames = new Map((await db.select({ code: orgs.regionCode, name: orgs.name }).from(orgs).where(and(eq(orgs.kind, 'committee'), inArray(orgs.regionCode, Object.values(DEMO_COUNTIES))))).map((o) => [o.code, o.name.replace('安全生产委员会办公室', '')]));
  for (const [county, code] of Object.entries(DEMO_COUNTIES) as [keyof typeof DEMO_COUNTIES, string][]) {
    const filedOn = COUNTY_FILINGS[county];
    if (filedOn !== null && filedOn > today) continue;
    const name = `${regionNames.get(code) ?? ''}安全生产治本攻坚三年行动实施方案(2024—2026年)`;
    const [row] = await db
      .insert(plans)
      .values({ orgId: org.counties[county], regionCode: code, kind: 'sub_plan', parentId: cityPlanId, name, docNo: `演示〔2024〕${county.length}号`, issuedOn: '2024-02-25', periodFrom: '2024-02-01', periodTo: '2026-12-31', status: filedOn ? 'filed' : 'issued', filingOrgId: org.city.aqb, filingDue: '2024-02-28', filedOn, version: 1 })
      .returning({ id: plans.id });
    const actor = actors.county(county);
    await writeHistory(db, planStream, row?.id ?? '', [
      { on: '2024-02-23', actor, kind: 'create', from: null, to: 'draft', payload: { demo: true } },
      { on: '2024-02-25', actor, kind: 'issue', from: 'draft', to: 'issued', payload: { issuedOn: '2024-02-25' } },
      ...(filedOn ? [{ on: filedOn, actor, kind: 'file', from: 'issued', to: 'filed', payload: { filedOn, filingDue: '2024-02-28' } }] : []),
    ]);
    counts.plans++;
  }
  return cityPlanId;
}

// ---- tasks ----

async function writeCityTasks(db: Db, random: Random, org: DemoPlanOrgs, people: DemoLeaders, actors: Actors, planId: string, today: string, counts: DemoPlanCounts): Promise<Map<string, string[]>> {
  const byLeader = new Map<string, string[]>();
  for (const [i, t] of bozhouTasks.entries()) {
    const h = taskHistory(random, t, today);
    const milestones = t.milestones.map((m, index) => ({ ...m, doneOn: h.steps.find((s) => s.milestonesDone.includes(index))?.on ?? null }));
    const done = h.completedOn !== null;
    const finalMilestones = done ? milestones.map((m) => ({ ...m, doneOn: m.doneOn ?? h.completedOn })) : milestones;
    const donePeriods = h.steps.flatMap((s) => (s.periodDone ? [s.periodDone] : []));
    const status: TaskStatus = done ? 'done' : h.steps.length > 0 ? 'in_progress' : 'issued';
    const last = h.steps.at(-1);
    const indicatorValue = [...h.steps].reverse().find((s) => s.indicatorValue !== null);
    const indicator = t.indicator ? { ...t.indicator, value: indicatorValue?.indicatorValue ?? null, valueOn: indicatorValue?.on ?? null } : null;
    const co = t.co.flatMap((k) => (k === 'counties' ? Object.values(org.counties) : [org.city[k]]));
    const leaderId = people[t.leader];
    const row = {
      planId,
      issuerOrgId: org.city.aqb,
      regionCode: DEMO_CITY,
      code: t.code,
      actionCode: t.actionCode,
      actionName: bozhouActionLines.find((a) => a.code === t.actionCode)?.name ?? '',
      name: t.name,
      body: t.body,
      kind: t.kind,
      leadOrgId: org.city[t.lead],
      coOrgIds: co,
      responsible: '分管负责同志',
      leaderId,
      key: t.key,
      dueDate: t.dueDate,
      milestones: finalMilestones,
      indicator,
      recurrence: t.recurrence,
      donePeriods,
      status,
      issuedOn: h.issuedOn,
      completedOn: h.completedOn,
      progressPercent: done ? 100 : (last?.percent ?? null),
      lastProgressAt: last ? at(h.completedOn ?? last.on) : null,
      sort: i + 1,
      version: 1,
    };
    const [written] = await db.insert(tasks).values({ ...row, nextDue: nextDue(row) }).returning({ id: tasks.id });
    const id = written?.id ?? '';
    byLeader.set(leaderId, [...(byLeader.get(leaderId) ?? []), id]);
    const lead = actors.org(t.lead);
    const events: PastEvent[] = [
      { on: '2024-02-26', actor: actors.org('aqb'), kind: 'create', from: null, to: 'draft', payload: { code: t.code, name: t.name } },
      { on: h.issuedOn, actor: actors.org('aqb'), kind: 'issue', from: 'draft', to: 'issued', payload: { leadOrgId: row.leadOrgId, dueDate: t.dueDate } },
    ];
    let current: TaskStatus = 'issued';
    for (const s of h.steps) {
      events.push({ on: s.on, actor: lead, kind: 'report_progress', from: current, to: 'in_progress', payload: { text: s.text, percent: s.percent, evidence: [], milestonesDone: s.milestonesDone.map((m) => t.milestones[m]?.label ?? ''), periodDone: s.periodDone, indicatorValue: s.indicatorValue } });
      current = 'in_progress';
    }
    if (h.completedOn) events.push({ on: h.completedOn, actor: lead, kind: 'complete', from: current, to: 'done', payload: { text: '【演示】任务已按方案要求完成，相关工作转入常态化。', evidence: [], completedOn: h.completedOn } });
    await writeHistory(db, taskStream, id, events);
    counts.tasks++;
  }
  return byLeader;
}

// ---- returns ----

const PROBLEMS = [
  '【演示】部分企业重大事故隐患自查自改质量不高，存在“查不出”问题。',
  '【演示】基层执法力量不足，乡镇专职安全员配备不到位。',
  '【演示】重大危险源监测预警数据接入不稳定，个别企业存在断线情况。',
  '【演示】老旧小区燃气管道改造进度滞后于计划。',
  '【演示】电动自行车违规充电整治反弹，需加强常态化巡查。',
];

type RequirementSpec = { kind: ReturnKind; name: string; cadence: 'monthly' | 'quarterly' | 'annual'; rule: Parameters<typeof dueOf>[0]; sections: ReturnSection[]; start: string; from: string; orgs: string[] };

async function writeReturns(db: Db, random: Random, org: DemoPlanOrgs, actors: Actors, planId: string, today: string, counts: DemoPlanCounts): Promise<void> {
  const leads = [...new Set(bozhouTasks.map((t) => t.lead).filter((k) => k !== 'aqb'))].map((k) => org.city[k]);
  const counties = Object.values(org.counties);
  const specs: RequirementSpec[] = [
    { kind: 'progress', name: '治本攻坚“十大行动”月度工作进展和任务清单完成情况', cadence: 'monthly', rule: { kind: 'day_of_last_month', day: 25 }, sections: ['text', 'task_progress', 'figures', 'problems', 'next_steps', 'attachments'], start: '2024-03', from: '2024-03-01', orgs: [...leads, ...counties] },
    { kind: 'publicity', name: '安全生产宣传教育活动（季报）', cadence: 'quarterly', rule: { kind: 'last_week' }, sections: ['activities', 'text', 'attachments'], start: '2024-Q2', from: '2024-04-01', orgs: [org.city.yjj, org.city.zd, org.city.jyj, ...counties] },
    { kind: 'investment', name: '年度安全生产投入情况（人防、技防、工程防、管理防）', cadence: 'annual', rule: { kind: 'days_after_end', days: 31 }, sections: ['investment', 'text', 'attachments'], start: '2024', from: '2024-01-01', orgs: [org.city.yjj, org.city.zjj, org.city.jtj, ...counties] },
  ];
  const aqb = actors.org('aqb');
  for (const spec of specs) {
    const [requirement] = await db
      .insert(reportRequirements)
      .values({ orgId: org.city.aqb, regionCode: DEMO_CITY, planId, kind: spec.kind, name: spec.name, cadence: spec.cadence, dueRule: spec.rule, graceDays: 30, remindDaysBefore: 3, sections: spec.sections, reportingOrgIds: spec.orgs, startPeriod: spec.start, endPeriod: spec.cadence === 'monthly' ? '2026-12' : spec.cadence === 'quarterly' ? '2026-Q4' : '2026' })
      .returning({ id: reportRequirements.id });
    for (const { period, due } of periodsDue(spec.cadence, spec.rule, spec.from, today)) {
      for (const orgId of spec.orgs) {
        const h = returnHistory(random, due, today);
        if (!h) continue;
        const report = demoReport(random, spec.kind, actors.names.get(orgId) ?? '', period);
        const status = h.acceptedOn ? 'accepted' : h.sentBack && h.sentBack.resubmittedOn > today ? 'returned' : 'submitted';
        const [row] = await db
          .insert(reportSubmissions)
          .values({ requirementId: requirement?.id ?? '', period, orgId, regionCode: DEMO_CITY, issuerOrgId: org.city.aqb, dueDate: due, status, firstFiledOn: h.filedOn, submittedAt: at(h.sentBack?.resubmittedOn ?? h.filedOn), report, reviewComment: h.sentBack && !h.acceptedOn ? h.sentBack.comment : '', reviewedAt: h.acceptedOn ? at(h.acceptedOn, 16) : null, version: 1 })
          .returning({ id: reportSubmissions.id });
        const filer = actors.org(orgId);
        const events: PastEvent[] = [{ on: h.filedOn, actor: filer, kind: 'submit', from: null, to: 'submitted', payload: { period, report } }];
        if (h.sentBack) {
          events.push({ on: h.sentBack.on, actor: aqb, kind: 'send_back', from: 'submitted', to: 'returned', payload: { comment: h.sentBack.comment } });
          if (h.sentBack.resubmittedOn <= today) events.push({ on: h.sentBack.resubmittedOn, actor: filer, kind: 'resubmit', from: 'returned', to: 'submitted', payload: { report } });
        }
        if (h.acceptedOn) events.push({ on: h.acceptedOn, actor: aqb, kind: 'accept', from: 'submitted', to: 'accepted', payload: { comment: '' } });
        await writeHistory(db, returnStream, row?.id ?? '', events);
        counts.returns++;
      }
    }
  }
}

function demoReport(random: Random, kind: ReturnKind, orgName: string, period: string): ReturnReportColumn {
  const base: ReturnReportColumn = { text: '', taskProgress: [], figures: [], problems: [], nextSteps: '', investment: null, activities: [] };
  switch (kind) {
    case 'progress':
      return {
        ...base,
        text: `【演示】${orgName}${periodLabel(period)}治本攻坚工作开展情况：组织专项检查${random.int(3, 20)}次，督促整改问题${random.int(10, 80)}项。`,
        problems: random.next() < 0.3 ? [random.pick(PROBLEMS)] : [],
        nextSteps: '【演示】持续推进任务清单落实，加强重点行业领域督导检查。',
      };
    case 'publicity':
      return {
        ...base,
        text: `【演示】${orgName}${periodLabel(period)}开展安全宣传教育活动。`,
        activities: [
          { kind: period.endsWith('Q2') ? 'safety_month' : 'five_into', date: `${period.slice(0, 4)}-${period.endsWith('Q2') ? '06-16' : '03-20'}`, place: '【演示】市民广场', audience: random.int(200, 3000), note: '' },
          ...(random.next() < 0.7 ? [{ kind: 'warning_film' as const, date: `${period.slice(0, 4)}-03-28`, place: '【演示】市安委会全体成员会议', audience: random.int(40, 120), note: '' }] : []),
        ],
      };
    case 'investment':
      return {
        ...base,
        text: `【演示】${orgName}${period}年度安全生产投入情况。`,
        investment: { people: random.int(50, 400), technology: random.int(100, 900), engineering: random.int(200, 2000), management: random.int(30, 300), specialFund: random.int(100, 1500) },
      };
    case 'school':
      return { ...base, text: `【演示】${orgName}${periodLabel(period)}校园安全专报。` };
  }
}

// ---- dispatch rounds, their meetings and 交办 items ----

async function writeRounds(db: Db, random: Random, org: DemoPlanOrgs, people: DemoLeaders, actors: Actors, planId: string, today: string, counts: DemoPlanCounts): Promise<void> {
  const aqb = actors.org('aqb');
  const units = DEMO_MEMBER_UNITS.map((u) => u.key).filter((k) => ['yjj', 'zjj', 'cgj', 'zd', 'jtj', 'scj', 'gaj', 'fgw'].includes(k));
  for (const [n, plan] of roundPlans(random, today).entries()) {
    const name = `亳州市${monthLabel(plan.month)}安全生产治本攻坚调度`;
    const [meeting] = await db
      .insert(meetings)
      .values({ orgId: org.city.aqb, regionCode: DEMO_CITY, kind: 'dispatch', name: `${name}会议`, date: plan.meetingOn, chairLeaderId: people.deputy_exec, chairName: '陈志强（演示）', chairPost: '常务副市长、市安委会副主任', attendees: ['市安委会各成员单位分管负责同志', '各县区安委办主任'], topics: ['各成员单位治本攻坚任务推进情况', '本月重大事故隐患整改情况'], minutes: '【演示】会议听取了各单位工作汇报，分析了存在的问题，对下一步工作作出部署。' })
      .returning({ id: meetings.id });
    counts.meetings++;
    const problems = Array.from({ length: random.int(1, 2) }, () => {
      const orgId = org.city[random.pick(units)];
      return { id: randomUUID(), orgId, orgName: actors.names.get(orgId) ?? '', text: random.pick(PROBLEMS), source: 'manual' as const, submissionId: null };
    });
    const year = plan.month.slice(0, 4);
    const [round] = await db
      .insert(dispatchRounds)
      .values({ orgId: org.city.aqb, regionCode: DEMO_CITY, planId, month: plan.month, name, status: 'closed', meetingId: meeting?.id ?? null, problems, docNo: `亳安办〔${year}〕演示${n + 1}号`, closedOn: plan.closedOn, decisionCount: plan.decisions, version: 1 })
      .returning({ id: dispatchRounds.id });
    const roundId = round?.id ?? '';
    const events: PastEvent[] = [{ on: plan.openedOn, actor: aqb, kind: 'open', from: null, to: 'open', payload: { month: plan.month } }];
    for (const p of problems) events.push({ on: addDaysTo(plan.openedOn, 1), actor: aqb, kind: 'add_problem', from: 'open', to: 'open', payload: { problem: p } });
    events.push({ on: plan.meetingOn, actor: aqb, kind: 'hold_meeting', from: 'open', to: 'held', payload: { meetingId: meeting?.id, date: plan.meetingOn } });
    for (let d = 1; d <= plan.decisions; d++) {
      const lead = random.pick(units);
      const due = addDaysTo(plan.meetingOn, random.int(15, 40));
      const h = due <= today ? (random.next() < 0.85 ? addDaysTo(due, -random.int(0, 10)) : random.next() < 0.5 ? addDaysTo(due, random.int(3, 20)) : null) : null;
      const completedOn = h !== null && h <= today ? h : null;
      const code = `交办〔${plan.month}〕${d}号`;
      const row = { planId, issuerOrgId: org.city.aqb, regionCode: DEMO_CITY, code, name: problems[(d - 1) % problems.length]?.text.replace('【演示】', '【演示】督促解决：') ?? code, kind: 'assignment' as const, leadOrgId: org.city[lead], dueDate: due, milestones: [], status: (completedOn ? 'done' : 'in_progress') as TaskStatus, issuedOn: plan.meetingOn, completedOn, progressPercent: completedOn ? 100 : 50, roundId, sort: 100_000 + n * 10 + d, version: 1, recurrence: null, donePeriods: [] };
      const [task] = await db.insert(tasks).values({ ...row, nextDue: nextDue(row) }).returning({ id: tasks.id });
      const taskActor = actors.org(lead);
      await writeHistory(db, taskStream, task?.id ?? '', [
        { on: plan.meetingOn, actor: aqb, kind: 'decide', from: null, to: 'issued', payload: { roundId, code, leadOrgId: row.leadOrgId, dueDate: due } },
        { on: earlier(addDaysTo(plan.meetingOn, 7), completedOn ?? today), actor: taskActor, kind: 'report_progress', from: 'issued', to: 'in_progress', payload: { text: '【演示】已部署落实，正在推进。', percent: 50, evidence: [] } },
        ...(completedOn ? [{ on: completedOn, actor: taskActor, kind: 'complete', from: 'in_progress', to: 'done', payload: { text: '【演示】交办事项已办结。', evidence: [], completedOn } }] : []),
      ]);
      events.push({ on: plan.meetingOn, actor: aqb, kind: 'decide', from: 'held', to: 'held', payload: { taskId: task?.id, code, leadOrgId: row.leadOrgId, dueDate: due } });
      counts.tasks++;
    }
    events.push({ on: plan.closedOn, actor: aqb, kind: 'close', from: 'held', to: 'closed', payload: { docNo: `亳安办〔${year}〕演示${n + 1}号` } });
    await writeHistory(db, roundStream, roundId, events);
    counts.rounds++;
  }
}

// ---- leaders' meetings and duty lists ----

async function writeLeaderMeetings(db: Db, random: Random, org: DemoPlanOrgs, people: DemoLeaders, today: string, counts: DemoPlanCounts): Promise<void> {
  const plan: { leader: keyof DemoLeaders; orgId: string; regionCode: string; name: string; post: string; cadence: 'quarterly' | 'monthly'; skip: number; kind: 'hearing' | 'study'; title: string }[] = [
    { leader: 'mayor', orgId: org.city.aqb, regionCode: DEMO_CITY, name: '刘明远（演示）', post: '市长、市安委会主任', cadence: 'quarterly', skip: 0.15, kind: 'hearing', title: '听取全市安全生产治本攻坚三年行动进展情况汇报' },
    { leader: 'deputy_yj', orgId: org.city.aqb, regionCode: DEMO_CITY, name: '王建华（演示）', post: '副市长（分管应急管理）', cadence: 'monthly', skip: 0.12, kind: 'study', title: '研究危险化学品、工贸行业安全生产突出问题' },
    { leader: 'deputy_zj', orgId: org.city.aqb, regionCode: DEMO_CITY, name: '赵立新（演示）', post: '副市长（分管住房城乡建设、城市管理、消防）', cadence: 'monthly', skip: 0.18, kind: 'study', title: '调度城镇燃气、建筑施工和消防安全专项治理' },
    { leader: 'deputy_ga', orgId: org.city.aqb, regionCode: DEMO_CITY, name: '孙国栋（演示）', post: '副市长、市公安局局长', cadence: 'monthly', skip: 0.2, kind: 'study', title: '研究道路交通安全突出问题' },
    { leader: 'guoyang_top', orgId: org.counties.guoyang, regionCode: DEMO_COUNTIES.guoyang, name: '吴德胜（演示）', post: '县长、县安委会主任', cadence: 'quarterly', skip: 0.2, kind: 'hearing', title: '听取全县治本攻坚进展情况汇报' },
    { leader: 'guoyang_deputy', orgId: org.counties.guoyang, regionCode: DEMO_COUNTIES.guoyang, name: '郑晓东（演示）', post: '副县长（分管应急管理）', cadence: 'monthly', skip: 0.15, kind: 'study', title: '调度全县危化品和工贸企业隐患整改' },
  ];
  for (const p of plan) {
    const days = meetingDays(random, p.cadence, '2024-01-01', today, p.skip);
    if (days.length === 0) continue;
    await db.insert(meetings).values(
      days.map((date) => ({ orgId: p.orgId, regionCode: p.regionCode, kind: p.kind, name: p.title, date, chairLeaderId: people[p.leader], chairName: p.name, chairPost: p.post, attendees: ['有关成员单位负责同志'], topics: [p.title], minutes: '【演示】会议听取了有关单位工作汇报，研究解决了存在的问题。' })),
    );
    counts.meetings += days.length;
  }
}

const DUTIES: Partial<Record<keyof DemoLeaders, string[]>> = {
  mayor: ['全面负责全市安全生产工作，履行安全生产第一责任人职责', '每季度至少组织研究一次安全生产治本攻坚有关工作', '组织推动“十大行动”各项任务落实'],
  deputy_exec: ['协助市长负责安全生产综合监管工作，分管市安委会办公室日常工作', '每月调度一次安全生产治本攻坚有关工作', '组织开展安全生产督导和考核巡查'],
  deputy_yj: ['负责分管领域危险化学品、烟花爆竹、工贸、矿山安全生产工作', '每月研究一次分管行业领域安全生产突出问题'],
  deputy_zj: ['负责分管领域建筑施工、城镇燃气、消防安全工作', '每月研究一次分管行业领域安全生产突出问题'],
  deputy_ga: ['负责分管领域道路交通、道路运输安全工作', '每月研究一次分管行业领域安全生产突出问题'],
  guoyang_top: ['全面负责全县安全生产工作', '每季度至少组织研究一次安全生产治本攻坚有关工作'],
  guoyang_deputy: ['负责分管领域危险化学品、工贸安全生产工作', '每月调度一次安全生产治本攻坚有关工作'],
};

async function writeDutyLists(db: Db, org: DemoPlanOrgs, people: DemoLeaders, taskIds: Map<string, string[]>, today: string): Promise<void> {
  const rows = [];
  for (const [key, items] of Object.entries(DUTIES) as [keyof DemoLeaders, string[]][]) {
    const county = key.startsWith('guoyang');
    for (const year of [2024, 2025, 2026]) {
      if (`${year}-01-15` > today) continue;
      // 涡阳县 files its lists with the city by 15 March; 2026's is still on the desk (not filed).
      const filedOn = county && year < 2026 ? `${year}-03-10` : null;
      rows.push({
        leaderId: people[key],
        orgId: county ? org.counties.guoyang : org.city.aqb,
        regionCode: county ? DEMO_COUNTIES.guoyang : DEMO_CITY,
        year,
        items: items.map((text) => ({ text })),
        taskIds: taskIds.get(people[key]) ?? [],
        filedWithOrgId: county ? org.city.aqb : null,
        filedOn,
      });
    }
  }
  if (rows.length > 0) await db.insert(dutyLists).values(rows);
}

