import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hazards } from '../../db/schema/index.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { addDays, chinaDate } from '../notifications/reminders.ts';
import { demoEnterpriseId, insertTestHazard } from '../notifications/test-fixtures.ts';
import { todoSources } from './todo-registry.ts';

let t: TestApp;
type Todo = { key: string; label: string; count: number; link: string; api: string };

const todosOf = async (username: string): Promise<Todo[]> => {
  const token = await t.login(username);
  const response = await t.request(token, 'GET', '/api/todos');
  expect(response.statusCode, username).toBe(200);
  return (response.json() as { items: Todo[] }).items;
};
const countOf = (items: Todo[], key: string) => items.find((i) => i.key === key)?.count;

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 120 });
  // One hazard in every waiting state, in 涡阳 (the demo enterprise), hazchem (应急局's sector).
  const enterpriseId = await demoEnterpriseId(t.database.db);
  const today = chinaDate(t.clock.now());
  const at = t.clock.now();
  await insertTestHazard(t.database.db, at, { enterpriseId, deadline: addDays(today, 30), status: 'pending_confirmation', level: 'general' });
  await insertTestHazard(t.database.db, at, { enterpriseId, deadline: addDays(today, 30), status: 'pending_verification', level: 'general' });
  await insertTestHazard(t.database.db, at, { enterpriseId, deadline: addDays(today, -3), level: 'general' });
  await insertTestHazard(t.database.db, at, { enterpriseId, deadline: addDays(today, 2), level: 'general' });
  const extension = await insertTestHazard(t.database.db, at, { enterpriseId, deadline: addDays(today, 20), level: 'general' });
  await t.database.db
    .update(hazards)
    .set({ pendingExtension: { reason: '设备到货延迟', interimControls: '停用储罐', newDeadline: addDays(today, 60), requestedAt: at.toISOString() } })
    .where(eq(hazards.id, extension.id));
});
afterAll(async () => t?.close());

describe('待办 registry', () => {
  it('has one entry per key, each naming a list page and its API with the same filter', () => {
    expect(new Set(todoSources.map((s) => s.key)).size).toBe(todoSources.length);
    for (const s of todoSources) expect(Object.keys(s.query).length, s.key).toBeGreaterThan(0);
  });

  it('counts exactly the records its list link opens, for every role', async () => {
    for (const username of ['guoyang_yjj', 'guoyang_aqb', 'bozhou_aqb', 'mengcheng_yjj', 'guoyang_town', 'ent_admin', 'ent_principal', 'bozhou_jb']) {
      const token = await t.login(username);
      const items = await todosOf(username);
      expect(items.length, username).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.link.split('?')[1], item.key).toBe(item.api.split('?')[1]);
        const list = await t.request(token, 'GET', `${item.api}&pageSize=1`);
        expect(list.statusCode, `${username} ${item.api}`).toBe(200);
        expect((list.json() as { total: number }).total, `${username} ${item.key}`).toBe(item.count);
      }
    }
    // The demo data has work waiting for the county bureau (a test of an empty home could not fail).
    // Work is waiting for the county bureau and the enterprise (a test over empty lists could not fail).
    expect((await todosOf('guoyang_yjj')).filter((i) => i.count > 0).map((i) => i.key)).toEqual(
      expect.arrayContaining(['hazards.pending_confirmation', 'hazards.pending_verification', 'hazards.extension_pending', 'hazards.overdue']),
    );
    expect((await todosOf('ent_admin')).filter((i) => i.count > 0).map((i) => i.key)).toEqual(expect.arrayContaining(['hazards.due_soon', 'hazards.overdue']));
  });

  it('shows each role its own waiting states: enterprises no 待认定, staff no 退回整改, tip officers the tip inbox', async () => {
    const keys = async (u: string) => (await todosOf(u)).map((i) => i.key);
    expect(await keys('ent_admin')).toEqual(expect.arrayContaining(['hazards.returned', 'hazards.overdue']));
    expect(await keys('ent_admin')).not.toContain('hazards.pending_confirmation');
    expect(await keys('guoyang_yjj')).toEqual(expect.arrayContaining(['hazards.pending_confirmation', 'hazards.pending_verification', 'hazards.extension_pending', 'inspections.planned']));
    expect(await keys('guoyang_yjj')).not.toContain('hazards.returned');
    // 带队检查: the principal's running period, the regulators' enterprises that left one undone.
    expect(await keys('ent_principal')).toContain('principal_checks.due');
    expect(countOf(await todosOf('ent_principal'), 'principal_checks.due')).toBe(1);
    expect(await keys('ent_admin')).not.toContain('principal_checks.due');
    expect(await keys('guoyang_yjj')).toContain('principal_checks.missed');
    expect(await keys('ent_principal')).not.toContain('principal_checks.missed');
    expect(await keys('bozhou_jb')).toEqual(['tips.received', 'tips.investigating', 'tips.overdue', 'tips.routed_to_me']);
    expect(await keys('guoyang_yjj')).toContain('tips.routed_to_me');
    expect(await keys('guoyang_town')).not.toContain('tips.routed_to_me');
    expect(await keys('bozhou_aqb')).toEqual(expect.arrayContaining(['tasks.mine_in_progress', 'tasks.mine_overdue']));
    expect(await todosOf('sysadmin')).toEqual([]);
    expect(await todosOf('auditor')).toEqual([]);
    expect((await t.request(null, 'GET', '/api/todos')).statusCode).toBe(401);
  });

  it('counts within scope: a report waiting in 涡阳 counts for 涡阳, never for 蒙城', async () => {
    const before = { guoyang: countOf(await todosOf('guoyang_yjj'), 'hazards.pending_confirmation'), mengcheng: countOf(await todosOf('mengcheng_yjj'), 'hazards.pending_confirmation') };
    const enterpriseId = await demoEnterpriseId(t.database.db);
    await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(chinaDate(t.clock.now()), 30), status: 'pending_confirmation', level: 'general' });
    expect(countOf(await todosOf('guoyang_yjj'), 'hazards.pending_confirmation')).toBe((before.guoyang ?? 0) + 1);
    expect(countOf(await todosOf('mengcheng_yjj'), 'hazards.pending_confirmation')).toBe(before.mengcheng);
  });

  it('即将到期 and 逾期 follow the deadline as of today', async () => {
    const enterpriseId = await demoEnterpriseId(t.database.db);
    const today = chinaDate(t.clock.now());
    const before = await todosOf('ent_admin');
    await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today, 7), level: 'general' });
    await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today, 8), level: 'general' });
    await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today, -1), level: 'general' });
    const after = await todosOf('ent_admin');
    expect(countOf(after, 'hazards.due_soon')).toBe((countOf(before, 'hazards.due_soon') ?? 0) + 1);
    expect(countOf(after, 'hazards.overdue')).toBe((countOf(before, 'hazards.overdue') ?? 0) + 1);
  });
});
