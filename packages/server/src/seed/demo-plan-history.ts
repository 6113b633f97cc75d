// The fictional history of 亳州's plan up to "today", decided once from a fixed seed so every start shows the same
// kind of work: when each task was issued and reported on, which milestones and periods were done on time, late or
// not at all; who filed which return when (most on time, some late, some missing, a few sent back); when the leaders
// met; what each monthly dispatch round raised and decided. Pure: the writer (demo-plans.ts) turns it into records
// and their timelines.
import {
  addDays,
  dueDate,
  monthEnd,
  occurrences,
  periodBounds,
  periodsBetween,
  type Cadence,
  type DueRule,
  type Random,
} from '@zhiben/core';
import type { DemoPlanTask } from './demo-plan-tasks.ts';

export const DEMO_PLAN_ISSUED = '2024-02-21';
export const DEMO_TASKS_ISSUED = '2024-03-01';

export type ProgressStep = { on: string; percent: number; text: string; milestonesDone: number[]; periodDone: string | null; indicatorValue: number | null };
export type TaskHistory = { issuedOn: string; steps: ProgressStep[]; completedOn: string | null };

const earlier = (a: string, b: string) => (a < b ? a : b);
const PROGRESS_TEXTS = [
  '【演示】已召开专题部署会，制定工作方案，明确责任分工和时间节点。',
  '【演示】组织开展专项检查，对发现的问题建立清单，逐项跟踪整改。',
  '【演示】会同配合单位开展联合督导，督促各县区落实整改措施。',
  '【演示】完成阶段性工作，形成工作总结并报市安委办。',
  '【演示】持续推进，已整改问题占比进一步提高，剩余问题落实专人跟踪。',
];

/**
 * One task's history: issued on 2024-03-01, progress about every quarter until done or today; each milestone and
 * recurring period done mostly on time (about 1 in 8 late, 1 in 12 not at all while the task runs); the task done
 * on or before its due date 4 times in 5, late or not yet otherwise. Nothing happens after `today`.
 */
export function taskHistory(random: Random, task: Pick<DemoPlanTask, 'dueDate' | 'milestones' | 'recurrence' | 'indicator' | 'kind'>, today: string): TaskHistory {
  const issuedOn = DEMO_TASKS_ISSUED;
  const steps: ProgressStep[] = [];
  const doneWithin = (due: string): string | null => {
    const roll = random.next();
    if (roll < 0.08) return null; // not done (yet)
    const on = roll < 0.2 ? addDays(due, random.int(3, 45)) : addDays(due, -random.int(0, 40));
    return on < issuedOn ? issuedOn : on;
  };
  const events: { on: string; milestone?: number; period?: string }[] = [];
  task.milestones.forEach((m, i) => {
    const on = doneWithin(m.due);
    if (on !== null && on <= today) events.push({ on, milestone: i });
  });
  if (task.recurrence) {
    for (const o of occurrences(task.recurrence, task.dueDate, [], today)) {
      if (periodBounds(o.period).end >= today) continue; // the running period is not due yet
      const on = doneWithin(o.due);
      if (on !== null && on <= today) events.push({ on, period: o.period });
    }
  }
  // Quarterly progress reports in between, the last one completing the task when it is done.
  for (const quarter of periodsBetween('quarterly', issuedOn, earlier(today, task.dueDate))) {
    const on = addDays(periodBounds(quarter).end, -random.int(3, 20));
    if (on > issuedOn && on <= today && !events.some((e) => e.on === on)) events.push({ on });
  }
  events.sort((a, b) => a.on.localeCompare(b.on));
  const finalRoll = random.next();
  let completedOn: string | null = null;
  if (task.dueDate <= addDays(today, 30) && (task.kind !== 'recurring' || task.dueDate <= today)) {
    const on = finalRoll < 0.8 ? addDays(task.dueDate, -random.int(0, 25)) : finalRoll < 0.9 ? addDays(task.dueDate, random.int(5, 60)) : null;
    completedOn = on !== null && on <= today && on > issuedOn ? on : null;
  }
  const untilDone = completedOn === null ? events : events.filter((e) => e.on < completedOn);
  const total = untilDone.length + (completedOn === null ? 2 : 0);
  let indicator = task.indicator?.dataSource === 'manual' ? (task.indicator.baseline ?? 0) : null;
  untilDone.forEach((e, i) => {
    if (indicator !== null && task.indicator) indicator = Math.min(task.indicator.target, indicator + (task.indicator.target - (task.indicator.baseline ?? 0)) / (untilDone.length + 1));
    steps.push({
      on: e.on,
      percent: Math.min(95, Math.round(((i + 1) / Math.max(1, total)) * 100)),
      text: e.milestone !== undefined ? `【演示】完成阶段节点：${task.milestones[e.milestone]?.label ?? ''}` : e.period ? `【演示】${e.period}工作已按要求完成。` : (PROGRESS_TEXTS[i % PROGRESS_TEXTS.length] ?? ''),
      milestonesDone: e.milestone === undefined ? [] : [e.milestone],
      periodDone: e.period ?? null,
      indicatorValue: indicator === null ? null : Math.round(indicator * 1000) / 1000,
    });
  });
  return { issuedOn, steps, completedOn };
}

export type ReturnHistory = { filedOn: string; sentBack: { on: string; comment: string; resubmittedOn: string } | null; acceptedOn: string | null } | null;

/**
 * One org's return for one period: about 85% on time (up to a week early), 8% late (1–12 days), 7% never filed.
 * Returns older than two weeks were reviewed: accepted, one in twenty sent back first and filed again.
 */
export function returnHistory(random: Random, due: string, today: string): ReturnHistory {
  const roll = random.next();
  if (roll < 0.07) return null;
  const filedOn = roll < 0.15 ? addDays(due, random.int(1, 12)) : addDays(due, -random.int(0, 6));
  if (filedOn > today) return null;
  const reviewOn = addDays(filedOn, random.int(2, 8));
  if (reviewOn > today || addDays(filedOn, 14) > today) return { filedOn, sentBack: null, acceptedOn: null };
  if (random.next() < 0.05) {
    const resubmittedOn = addDays(reviewOn, random.int(1, 4));
    const acceptedOn = addDays(resubmittedOn, random.int(1, 3));
    return { filedOn, sentBack: { on: reviewOn, comment: '【演示】任务进展描述过于笼统，请补充具体数据和佐证材料后重新报送。', resubmittedOn }, acceptedOn: acceptedOn <= today ? acceptedOn : null };
  }
  return { filedOn, sentBack: null, acceptedOn: reviewOn };
}

/** The due periods of a requirement up to today, each with its due date. */
export function periodsDue(cadence: Cadence, rule: DueRule, from: string, today: string): { period: string; due: string }[] {
  return periodsBetween(cadence, from, today)
    .map((period) => ({ period, due: dueDate(rule, period) }))
    .filter((p) => p.due <= today);
}

/** Meeting days of a leader: one per period of the cadence, a few periods skipped (so the cadence check has misses). */
export function meetingDays(random: Random, cadence: Cadence, from: string, today: string, skip: number): string[] {
  const days: string[] = [];
  for (const period of periodsBetween(cadence, from, today)) {
    if (random.next() < skip) continue;
    const { start, end } = periodBounds(period);
    const span = Math.max(0, Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) - 3);
    const day = addDays(start, random.int(2, Math.max(2, span)));
    if (day < today) days.push(day);
  }
  return days;
}

export type RoundPlan = { month: string; openedOn: string; meetingOn: string; closedOn: string; decisions: number };

/** Monthly rounds from March 2024 to last month: opened on the 20th, met on the 25th–27th, closed by the month's end. */
export function roundPlans(random: Random, today: string): RoundPlan[] {
  const lastMonth = addDays(`${today.slice(0, 7)}-01`, -1);
  return periodsBetween('monthly', '2024-03-01', lastMonth).map((month) => ({
    month,
    openedOn: `${month}-20`,
    meetingOn: `${month}-${String(random.int(25, 27))}`,
    closedOn: earlier(monthEnd(month), addDays(`${month}-28`, random.int(0, 2))),
    decisions: random.int(1, 3),
  }));
}
