import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import {
  addTaskToFigures,
  displayStatusOf,
  dueDate,
  emptyTaskFigures,
  nextDue,
  onTimeRate,
  taskOnTimeRate,
  timeliness,
  type DueRule,
  type PlanScope,
  type TaskStatus,
} from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { plans, reportRequirements, reportSubmissions, tasks } from '../../db/schema/index.ts';
import { ensureDemoPlanOrgs, type DemoPlanOrgs } from '../../seed/demo-plan-orgs.ts';
import { countExpected } from '../returns/returns.repository.ts';
import { duePeriodsOf } from '../returns/returns.service.ts';
import { listRequirements } from '../returns/returns.repository.ts';
import { taskFigures } from './tasks.figures.ts';
import { listTasks } from './tasks.repository.ts';

// The SQL of the figures against core as the oracle: random tasks and returns are written straight to the tables,
// then every figure the API computes is recomputed in TypeScript with core's rules.

let t: TestApp;
let org: DemoPlanOrgs;
let planId = '';
let scope: Extract<PlanScope, { kind: 'plans' }>;

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 20 });
  org = await ensureDemoPlanOrgs(t.database.db, t.clock.now());
  const [plan] = await t.database.db
    .insert(plans)
    .values({ orgId: org.city.aqb, regionCode: '341600000000', kind: 'three_year', name: '测试方案', periodFrom: '2024-01-01', periodTo: '2026-12-31', status: 'issued' })
    .returning({ id: plans.id });
  planId = plan?.id ?? '';
  scope = { kind: 'plans', regionPrefix: '3416', orgId: org.city.aqb };
});
afterAll(async () => t?.close());

const dateArb = fc.integer({ min: 0, max: 1000 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const statusArb = fc.constantFrom<TaskStatus>('draft', 'issued', 'in_progress', 'done', 'cancelled');
const leadKeys = ['yjj', 'zjj', 'cgj', 'zd'] as const;
const taskArb = fc.record({
  status: statusArb,
  dueDate: dateArb,
  milestoneDue: fc.option(dateArb, { nil: null }),
  completedAfter: fc.integer({ min: -60, max: 60 }),
  lead: fc.constantFrom(...leadKeys),
  action: fc.constantFrom('（一）', '（二）', '（三）'),
});

describe('task figures = core addTaskToFigures', () => {
  it('for random task lists, by org, 行动 and quarter, and the overdue list', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(taskArb, { minLength: 1, maxLength: 25 }), dateArb, async (list, today) => {
        await t.database.db.delete(tasks);
        const rows = list.map((x, i) => {
          const milestones = x.milestoneDue && x.milestoneDue <= x.dueDate ? [{ label: '节点', due: x.milestoneDue, doneOn: null }] : [];
          const timing = { status: x.status, kind: 'milestone' as const, dueDate: x.dueDate, milestones, recurrence: null, donePeriods: [] };
          const completedOn = x.status === 'done' ? new Date(Date.parse(`${x.dueDate}T00:00:00Z`) + x.completedAfter * 86_400_000).toISOString().slice(0, 10) : null;
          return {
            planId,
            issuerOrgId: org.city.aqb,
            regionCode: '341600000000',
            code: String(i + 1),
            actionCode: x.action,
            actionName: '测试行动',
            name: `任务${i + 1}`,
            kind: 'milestone' as const,
            leadOrgId: org.city[x.lead],
            dueDate: x.dueDate,
            milestones,
            status: x.status,
            nextDue: nextDue(timing),
            completedOn: completedOn !== null && completedOn <= today ? completedOn : null,
            sort: i,
          };
        });
        // A task completed after "today" is not done yet on that day: keep the data consistent with the day.
        const consistent = rows.map((r) => (r.status === 'done' && r.completedOn === null ? { ...r, status: 'in_progress' as const, nextDue: r.dueDate } : r));
        await t.database.db.insert(tasks).values(consistent);

        const oracle = (key: (r: (typeof consistent)[number]) => string) => {
          const out = new Map<string, ReturnType<typeof emptyTaskFigures>>();
          for (const r of consistent) {
            if (r.status === 'draft' || r.status === 'cancelled') continue;
            out.set(key(r), addTaskToFigures(out.get(key(r)) ?? emptyTaskFigures(), r, today));
          }
          return out;
        };
        for (const [by, key] of [
          ['org', (r: (typeof consistent)[number]) => r.leadOrgId],
          ['action', (r: (typeof consistent)[number]) => r.actionCode],
          ['quarter', (r: (typeof consistent)[number]) => `${r.dueDate.slice(0, 4)}-Q${Math.ceil(Number(r.dueDate.slice(5, 7)) / 3)}`],
        ] as const) {
          const api = await taskFigures(t.database.db, scope, { by, planId }, today);
          const expected = oracle(key);
          expect(api.rows.map((r) => r.key).sort()).toEqual([...expected.keys()].sort());
          for (const row of api.rows) {
            const f = expected.get(row.key);
            expect({ total: row.total, due: row.due, done: row.done, doneOnTime: row.doneOnTime, overdue: row.overdue, open: row.open }).toEqual(f);
            expect(row.onTimeRate).toBe(f ? taskOnTimeRate(f) : null);
          }
        }
        const overdue = await listTasks(t.database.db, scope, { displayStatus: ['overdue'] }, today, 1, 100);
        const expectedOverdue = consistent.filter((r) => displayStatusOf(r.status, r.nextDue, today) === 'overdue').map((r) => r.code);
        expect(overdue.items.map((i) => i.task.code).sort()).toEqual(expectedOverdue.sort());
      }),
      { numRuns: 25 },
    );
  });
});

describe('return figures = core timeliness', () => {
  it('for random filings of a monthly requirement, counted by org and by period', async () => {
    const rule: DueRule = { kind: 'day_of_last_month', day: 20 };
    const reporting = [org.city.yjj, org.city.zjj, org.counties.guoyang];
    const [requirement] = await t.database.db
      .insert(reportRequirements)
      .values({ orgId: org.city.aqb, regionCode: '341600000000', kind: 'progress', name: '测试月报', cadence: 'monthly', dueRule: rule, graceDays: 30, remindDaysBefore: 3, sections: ['text'], reportingOrgIds: reporting, startPeriod: '2025-01', endPeriod: '2025-12' })
      .returning({ id: reportRequirements.id });
    const requirementId = requirement?.id ?? '';
    const periods = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
    const filingArb = fc.array(fc.option(fc.integer({ min: -15, max: 40 }), { nil: null }), { minLength: periods.length * reporting.length, maxLength: periods.length * reporting.length });
    await fc.assert(
      fc.asyncProperty(filingArb, dateArb, async (offsets, today) => {
        await t.database.db.execute(sql`DELETE FROM report_submissions`);
        const filed: { period: string; orgId: string; firstFiledOn: string }[] = [];
        periods.forEach((period, p) =>
          reporting.forEach((orgId, o) => {
            const offset = offsets[p * reporting.length + o];
            if (offset === null || offset === undefined) return;
            const due = dueDate(rule, period);
            filed.push({ period, orgId, firstFiledOn: new Date(Date.parse(`${due}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10) });
          }),
        );
        if (filed.length > 0) {
          await t.database.db.insert(reportSubmissions).values(
            filed.map((f) => ({
              requirementId,
              period: f.period,
              orgId: f.orgId,
              regionCode: '341600000000',
              issuerOrgId: org.city.aqb,
              dueDate: dueDate(rule, f.period),
              status: 'submitted' as const,
              firstFiledOn: f.firstFiledOn,
              submittedAt: new Date(`${f.firstFiledOn}T02:00:00Z`),
              report: { text: '', taskProgress: [], figures: [], problems: [], nextSteps: '', investment: null, activities: [] },
            })),
          );
        }
        const requirements = (await listRequirements(t.database.db, scope, {})).filter((r) => r.id === requirementId);
        const due = duePeriodsOf(requirements, today);
        for (const by of ['org', 'period'] as const) {
          const counts = await countExpected(t.database.db, scope, due, today, by);
          const oracle = new Map<string, { onTime: number; late: number; missing: number }>();
          for (const { period } of due) {
            for (const orgId of reporting) {
              const f = filed.find((x) => x.period === period && x.orgId === orgId);
              const state = timeliness(dueDate(rule, period), f?.firstFiledOn ?? null, today);
              const key = by === 'org' ? orgId : period;
              const c = oracle.get(key) ?? { onTime: 0, late: 0, missing: 0 };
              if (state === 'on_time') c.onTime++;
              if (state === 'late') c.late++;
              if (state === 'missing') c.missing++;
              oracle.set(key, c);
            }
          }
          expect(counts.map((c) => c.key).sort()).toEqual([...oracle.keys()].sort());
          for (const c of counts) {
            const o = oracle.get(c.key);
            expect({ onTime: c.on_time, late: c.late, missing: c.missing }).toEqual(o);
            expect(onTimeRate({ onTime: c.on_time, late: c.late, missing: c.missing })).toBe(o ? onTimeRate(o) : null);
          }
        }
      }),
      { numRuns: 20 },
    );
  });
});
