import { describe, expect, it } from 'vitest';
import { createRandom, timeliness } from '@zhiben/core';
import { bozhouTasks } from './demo-plan-tasks.ts';
import { meetingDays, periodsDue, returnHistory, roundPlans, taskHistory } from './demo-plan-history.ts';

const TODAY = '2026-11-23';

describe('the demo history of 亳州\'s plan', () => {
  it('nothing in a task\'s history happens after today or before it was issued, and steps are in order', () => {
    const random = createRandom(7);
    for (const task of bozhouTasks) {
      const h = taskHistory(random, task, TODAY);
      for (const s of h.steps) expect(s.on >= h.issuedOn && s.on <= TODAY, `${task.code} ${s.on}`).toBe(true);
      expect(h.steps.map((s) => s.on)).toEqual([...h.steps.map((s) => s.on)].sort());
      if (h.completedOn) expect(h.completedOn <= TODAY && h.steps.every((s) => s.on < (h.completedOn ?? ''))).toBe(true);
    }
  });

  it('most tasks due by now are done, not all on time, and some are still open', () => {
    const random = createRandom(20240221);
    const due = bozhouTasks.filter((t) => t.dueDate <= TODAY);
    const histories = due.map((t) => ({ t, h: taskHistory(random, t, TODAY) }));
    const done = histories.filter(({ h }) => h.completedOn !== null);
    expect(done.length).toBeGreaterThan(due.length / 2);
    expect(done.length).toBeLessThanOrEqual(due.length);
  });

  it('returns: mostly on time, some late, some missing; reviews come after filing', () => {
    const random = createRandom(3);
    const periods = periodsDue('monthly', { kind: 'day_of_last_month', day: 25 }, '2024-03-01', TODAY);
    const states = { on_time: 0, late: 0, missing: 0, pending: 0 };
    for (let org = 0; org < 20; org++) {
      for (const { due } of periods) {
        const h = returnHistory(random, due, TODAY);
        states[timeliness(due, h?.filedOn ?? null, TODAY)]++;
        if (h?.acceptedOn) expect(h.acceptedOn > h.filedOn && h.acceptedOn <= TODAY).toBe(true);
        if (h?.sentBack) expect(h.sentBack.resubmittedOn > h.sentBack.on).toBe(true);
      }
    }
    const total = states.on_time + states.late + states.missing;
    expect(states.on_time / total).toBeGreaterThan(0.75);
    expect(states.late).toBeGreaterThan(0);
    expect(states.missing).toBeGreaterThan(0);
  });

  it('meetings skip some periods; rounds run from 2024-03 to last month', () => {
    const days = meetingDays(createRandom(5), 'quarterly', '2024-01-01', TODAY, 0.2);
    expect(days.length).toBeGreaterThan(4);
    expect(days.length).toBeLessThan(12);
    const rounds = roundPlans(createRandom(9), TODAY);
    expect(rounds[0]?.month).toBe('2024-03');
    expect(rounds.at(-1)?.month).toBe('2026-10');
    for (const r of rounds) expect(r.openedOn < r.meetingOn && r.meetingOn <= r.closedOn).toBe(true);
  });
});
