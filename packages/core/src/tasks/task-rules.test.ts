import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addTaskToFigures,
  displayStatusOf,
  emptyTaskFigures,
  explainIssueBlocked,
  indicatorProgress,
  isTaskOverdue,
  nextDue,
  occurrences,
  planFilingState,
  taskDisplayStatus,
  taskOnTimeRate,
  taskStatuses,
  type TaskTiming,
} from './task-rules.ts';

const base: TaskTiming = { status: 'issued', kind: 'milestone', dueDate: '2024-12-31', milestones: [], recurrence: null, donePeriods: [] };

describe('nextDue and overdue', () => {
  it.each<[string, Partial<TaskTiming>, string | null]>([
    ['plain task: its due date', {}, '2024-12-31'],
    ['first undone milestone', { milestones: [{ label: '摸底', due: '2024-05-31', doneOn: null }, { label: '整治', due: '2024-09-30', doneOn: null }] }, '2024-05-31'],
    ['done milestones are skipped', { milestones: [{ label: '摸底', due: '2024-05-31', doneOn: '2024-05-20' }, { label: '整治', due: '2024-09-30', doneOn: null }] }, '2024-09-30'],
    ['done task owes nothing', { status: 'done' }, null],
    ['cancelled task owes nothing', { status: 'cancelled' }, null],
    ['draft without due date', { status: 'draft', dueDate: null }, null],
    ['recurring: first quarter not reported', { kind: 'recurring', dueDate: '2026-12-31', recurrence: { cadence: 'quarterly', from: '2024-03-01' } }, '2024-03-31'],
    ['recurring: next after the reported ones', { kind: 'recurring', dueDate: '2026-12-31', recurrence: { cadence: 'quarterly', from: '2024-03-01' }, donePeriods: ['2024-Q1', '2024-Q2'] }, '2024-09-30'],
  ])('%s', (_name, change, expected) => expect(nextDue({ ...base, ...change })).toBe(expected));

  it.each<[Partial<TaskTiming>, string, boolean, string]>([
    [{}, '2024-12-31', false, 'not_started'],
    [{}, '2025-01-01', true, 'overdue'],
    [{ status: 'in_progress' }, '2024-06-01', false, 'in_progress'],
    [{ status: 'in_progress', milestones: [{ label: '摸底', due: '2024-05-31', doneOn: null }] }, '2024-06-01', true, 'overdue'],
    [{ status: 'done' }, '2026-01-01', false, 'done'],
    [{ status: 'draft' }, '2026-01-01', false, 'draft'],
    [{ status: 'cancelled' }, '2026-01-01', false, 'cancelled'],
  ])('%j on %s: overdue %s, shown %s', (change, today, overdue, display) => {
    const task = { ...base, ...change };
    expect(isTaskOverdue(task, today)).toBe(overdue);
    expect(taskDisplayStatus(task, today)).toBe(display);
    // the stored form (status + next_due) derives the same
    expect(displayStatusOf(task.status, nextDue(task), today)).toBe(display);
  });

  it('property: the stored next_due derives the same display status as the full task, on any day', () => {
    const dateArb = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-06-30T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const milestoneArb = fc.record({ label: fc.constant('节点'), due: dateArb, doneOn: fc.option(dateArb, { nil: null }) });
    fc.assert(
      fc.property(fc.constantFrom(...taskStatuses), dateArb, fc.array(milestoneArb, { maxLength: 4 }), dateArb, (status, due, milestones, today) => {
        const task: TaskTiming = { ...base, status, dueDate: due, milestones };
        expect(displayStatusOf(status, nextDue(task), today)).toBe(taskDisplayStatus(task, today));
        // a task is never overdue on or before every date it owes
        const owed = nextDue(task);
        if (owed !== null && today <= owed) expect(isTaskOverdue(task, today)).toBe(false);
      }),
    );
  });
});

describe('recurring occurrences', () => {
  it('one per period, each due at its period end, the last one at the task due date', () => {
    const list = occurrences({ cadence: 'quarterly', from: '2024-02-21' }, '2024-11-15', ['2024-Q2']);
    expect(list.map((o) => [o.period, o.due, o.done])).toEqual([
      ['2024-Q1', '2024-03-31', false],
      ['2024-Q2', '2024-06-30', true],
      ['2024-Q3', '2024-09-30', false],
      ['2024-Q4', '2024-11-15', false],
    ]);
    expect(occurrences({ cadence: 'monthly', from: '2024-01-01' }, '2026-12-31', [], '2024-03-10')).toHaveLength(3);
  });
});

describe('explainIssueBlocked: a task without a lead org or due date cannot be issued', () => {
  type IssueInput = Parameters<typeof explainIssueBlocked>[0];
  const ok: IssueInput = { kind: 'milestone', leadOrgId: 'org', dueDate: '2024-12-31', milestones: [], indicator: null, recurrence: null };
  it.each<[string, Partial<IssueInput>, string | null]>([
    ['complete', {}, null],
    ['no lead org', { leadOrgId: null }, 'leadOrgId'],
    ['no due date', { dueDate: null }, 'dueDate'],
    ['milestone after due', { milestones: [{ label: '验收', due: '2025-01-31' }] }, 'milestones.0.due'],
    ['indicator without target', { kind: 'indicator', indicator: { target: null } }, 'indicator.target'],
    ['recurring without cadence', { kind: 'recurring' }, 'recurrence.cadence'],
  ])('%s', (_name, change, field) => expect(explainIssueBlocked({ ...ok, ...change })?.field ?? null).toBe(field));
});

describe('indicatorProgress', () => {
  it.each<[Parameters<typeof indicatorProgress>[0], number | null, number | null, boolean]>([
    [{ baseline: 0.4, target: 1, direction: 'increase' }, 0.7, 0.5, false],
    [{ baseline: 0.4, target: 1, direction: 'increase' }, 1, 1, true],
    [{ baseline: null, target: 1, direction: 'increase' }, 0.25, 0.25, false],
    [{ baseline: 20, target: 0, direction: 'decrease' }, 5, 0.75, false],
    [{ baseline: 20, target: 0, direction: 'decrease' }, 0, 1, true],
    [{ baseline: 20, target: 0, direction: 'decrease' }, 30, 0, false],
    [{ baseline: null, target: 0, direction: 'decrease' }, 3, null, false],
    [{ baseline: 0.4, target: 1, direction: 'increase' }, null, null, false],
  ])('%j at %s: %s, met %s', (indicator, value, progress, met) => {
    const result = indicatorProgress(indicator, value);
    expect(result.progress === null ? null : Math.round(result.progress * 1000) / 1000).toBe(progress);
    expect(result.met).toBe(met);
  });
});

describe('task figures', () => {
  it('counts due, done on time and overdue as of a day; drafts and cancelled tasks are left out', () => {
    const rows = [
      { status: 'done' as const, dueDate: '2024-12-31', nextDue: null, completedOn: '2024-12-20' },
      { status: 'done' as const, dueDate: '2024-06-30', nextDue: null, completedOn: '2024-07-05' },
      { status: 'in_progress' as const, dueDate: '2024-12-31', nextDue: '2024-10-31', completedOn: null },
      { status: 'issued' as const, dueDate: '2025-12-31', nextDue: '2025-12-31', completedOn: null },
      { status: 'draft' as const, dueDate: '2024-01-31', nextDue: '2024-01-31', completedOn: null },
      { status: 'cancelled' as const, dueDate: '2024-01-31', nextDue: null, completedOn: null },
    ];
    const f = rows.reduce((acc, row) => addTaskToFigures(acc, row, '2024-12-31'), emptyTaskFigures());
    expect(f).toEqual({ total: 4, due: 3, done: 2, doneOnTime: 1, overdue: 1, open: 2 });
    expect(taskOnTimeRate(f)).toBeCloseTo(1 / 3);
    expect(taskOnTimeRate(emptyTaskFigures())).toBeNull();
  });
});

describe('planFilingState: 「2月28日前将各自方案报市安委会办公室」', () => {
  it.each<[string | null, string | null, string, string]>([
    ['2024-02-28', null, '2024-02-20', 'pending'],
    ['2024-02-28', null, '2024-02-29', 'overdue'],
    ['2024-02-28', '2024-02-27', '2024-03-10', 'filed'],
    ['2024-02-28', '2024-03-02', '2024-03-10', 'filed_late'],
    [null, null, '2024-03-10', 'not_required'],
  ])('due %s, filed %s, on %s: %s', (filingDue, filedOn, today, state) => expect(planFilingState({ filingDue, filedOn }, today)).toBe(state));
});
