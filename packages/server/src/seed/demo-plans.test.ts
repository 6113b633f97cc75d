import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { dispatchRounds, plans, reportSubmissions, tasks } from '../db/schema/index.ts';
import { planStream, returnStream, roundStream, taskStream } from '../workflow/streams.ts';
import { listEventsOf, verifyEvents, type Subject, type TimelineStream } from '../workflow/timeline.ts';
import { seedDemoPlans, type DemoPlanCounts } from './demo-plans.ts';

let t: TestApp;
let counts: DemoPlanCounts | null;

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 60 });
  counts = await seedDemoPlans(t.database.db, { now: t.clock.now() });
});
afterAll(async () => t?.close());

async function verifyAll<S extends Subject & { version: number }, Extra>(stream: TimelineStream<S, Extra>, rows: S[]) {
  const events = await listEventsOf(t.database.db, stream, rows.map((r) => r.id));
  for (const row of rows) {
    const list = events.get(row.id) ?? [];
    expect(verifyEvents(stream, list).ok, `${stream.name} ${row.id}`).toBe(true);
    expect(list.at(-1)?.seq, `${stream.name} ${row.id} version`).toBe(row.version);
  }
}

describe('the demo of 亳州\'s plan', () => {
  it('loads once, with 亳州\'s 34 tasks, returns, rounds and meetings', async () => {
    expect(counts).toMatchObject({ plans: 5 });
    expect(counts?.tasks).toBeGreaterThan(34);
    expect(counts?.returns).toBeGreaterThan(300);
    expect(counts?.rounds).toBe(32); // 2024-03 … 2026-10: the current month's round is left to open
    expect(await seedDemoPlans(t.database.db, { now: t.clock.now() })).toBeNull();
  });

  it('every record\'s timeline verifies and its version is its last event', async () => {
    const db = t.database.db;
    await verifyAll(planStream, await db.select().from(plans));
    await verifyAll(taskStream, await db.select().from(tasks));
    await verifyAll(returnStream, await db.select().from(reportSubmissions));
    await verifyAll(roundStream, await db.select().from(dispatchRounds));
  });

  it('shows real work on the pages: late and missing returns, overdue tasks, missed meeting periods', async () => {
    const token = await t.login('bozhou_aqb');
    const figures = (await t.request(token, 'GET', '/api/returns/figures?by=org')).json() as { total: { onTime: number; late: number; missing: number } };
    expect(figures.total.onTime).toBeGreaterThan(figures.total.late);
    expect(figures.total.late).toBeGreaterThan(0);
    expect(figures.total.missing).toBeGreaterThan(0);
    const board = (await t.request(token, 'GET', '/api/tasks/board')).json() as { actions: { code: string; counts: { done: number; total: number } }[] };
    expect(board.actions.map((a) => a.code)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（十）', '']);
    expect(board.actions.reduce((n, a) => n + a.counts.done, 0)).toBeGreaterThan(0);
    const cadence = (await t.request(token, 'GET', '/api/meetings/cadence?year=2025')).json() as { leaders: { missed: number; met: number }[] };
    expect(cadence.leaders.some((l) => l.missed > 0)).toBe(true);
    expect(cadence.leaders.every((l) => l.met > 0)).toBe(true);
    // the department sees the tasks it leads and its returns
    const yjj = await t.login('bozhou_yjj');
    expect(((await t.request(yjj, 'GET', '/api/tasks?mine=true')).json() as { total: number }).total).toBeGreaterThan(10);
  });
});
