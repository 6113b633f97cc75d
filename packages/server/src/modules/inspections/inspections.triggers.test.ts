import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { addDays, chinaDate } from '../notifications/reminders.ts';
import { demoEnterpriseId, insertTestHazard } from '../notifications/test-fixtures.ts';
import { DEFAULT_TRIGGER_DUE_DAYS } from './inspections.service.ts';

// MODULES A-1 triggers: an overdue hazard (and a tip found true — see tips.test.ts) offers 「安排检查」 and plans an
// inspection of that enterprise with a due date; the offer and the check are one core rule.
let t: TestApp;
let enterpriseId = '';
const tokens: Record<string, string> = {};
const get = (who: string, url: string) => t.request(tokens[who] ?? null, 'GET', url);

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 60 });
  for (const u of ['guoyang_yjj', 'mengcheng_yjj', 'ent_admin', 'guoyang_town']) tokens[u] = await t.login(u);
  enterpriseId = await demoEnterpriseId(t.database.db);
  // The demo enterprise: operating hazchem in 涡阳县 (the county 应急局's sector).
  await t.database.unsafeOwnerExec(`UPDATE enterprises SET status = 'operating', sectors = ARRAY['hazchem'] WHERE id = '${enterpriseId}'`);
});
afterAll(async () => t?.close());

const plan = (triggerId: string, overrides: Record<string, unknown> = {}) => ({
  kind: 'supervision',
  methods: [],
  subjectKind: 'enterprise',
  enterpriseId,
  plannedOn: chinaDate(t.clock.now()),
  checklist: { sector: 'hazchem' },
  members: [],
  trigger: { kind: 'hazard_overdue', id: triggerId },
  ...overrides,
});

describe('安排检查 from an overdue hazard', () => {
  it('is offered on the overdue hazard to an officer who plans inspections — not to the enterprise, not before the deadline', async () => {
    const today = chinaDate(t.clock.now());
    const overdue = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today, -5), level: 'major' });
    const onTime = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today, 5), level: 'major' });
    expect((await get('guoyang_yjj', `/api/hazards/${overdue.id}`)).json().inspectionTrigger).toEqual({
      kind: 'hazard_overdue',
      id: overdue.id,
      no: overdue.hazardNo,
      enterpriseId,
      enterpriseName: expect.any(String),
    });
    expect((await get('guoyang_yjj', `/api/hazards/${onTime.id}`)).json().inspectionTrigger).toBeNull();
    expect((await get('ent_admin', `/api/hazards/${overdue.id}`)).json().inspectionTrigger).toBeNull();

    const planned = await t.request(tokens.guoyang_yjj ?? null, 'POST', '/api/inspections', plan(overdue.id));
    expect(planned.statusCode, planned.body).toBe(201);
    expect(planned.json()).toMatchObject({ status: 'planned', trigger: 'hazard_overdue', triggerRef: { id: overdue.id, no: overdue.hazardNo }, dueOn: addDays(today, DEFAULT_TRIGGER_DUE_DAYS) });

    const refused = await t.request(tokens.guoyang_yjj ?? null, 'POST', '/api/inspections', plan(onTime.id));
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ field: 'trigger.id', message: '该隐患未逾期' });
  });

  it('another county cannot use the hazard as a trigger (it is not in its scope)', async () => {
    const overdue = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(chinaDate(t.clock.now()), -2), level: 'general' });
    expect((await get('mengcheng_yjj', `/api/hazards/${overdue.id}`)).statusCode).toBe(404);
    const foreign = await t.request(tokens.mengcheng_yjj ?? null, 'POST', '/api/inspections', plan(overdue.id));
    expect(foreign.statusCode).toBeGreaterThanOrEqual(400);
    expect(foreign.statusCode).toBeLessThan(500);
  });
});

describe('关联已有隐患: the open hazards of the inspected enterprise to choose from', () => {
  it('lists them within the caller’s scope, searchable by number or name; others get 404', async () => {
    const today = chinaDate(t.clock.now());
    const open = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today, -1), level: 'general', title: '可燃气体报警仪失灵（关联测试）' });
    const closed = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(today, 3), level: 'general', status: 'closed' });
    const planned = await t.request(tokens.guoyang_yjj ?? null, 'POST', '/api/inspections', plan(open.id));
    expect(planned.statusCode, planned.body).toBe(201);
    const id = planned.json().id as string;
    type Items = { items: { id: string; hazardNo: string; title: string; status: string }[] };
    const all = (await get('guoyang_yjj', `/api/inspections/${id}/open-hazards`)).json() as Items;
    expect(all.items.map((h) => h.id)).toContain(open.id);
    expect(all.items.map((h) => h.id)).not.toContain(closed.id);
    expect(all.items.every((h) => ['pending_confirmation', 'rectifying', 'pending_verification'].includes(h.status))).toBe(true);
    const byNumber = (await get('guoyang_yjj', `/api/inspections/${id}/open-hazards?q=${encodeURIComponent(open.hazardNo.slice(-6))}`)).json() as Items;
    expect(byNumber.items.map((h) => h.id)).toEqual([open.id]);
    const byName = (await get('guoyang_yjj', `/api/inspections/${id}/open-hazards?q=${encodeURIComponent('关联测试')}`)).json() as Items;
    expect(byName.items.map((h) => h.id)).toEqual([open.id]);
    for (const who of ['mengcheng_yjj', 'ent_admin']) expect((await get(who, `/api/inspections/${id}/open-hazards`)).statusCode, who).toBe(404);
  });
});
