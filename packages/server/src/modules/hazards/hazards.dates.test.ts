import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { demoEnterpriseId } from '../notifications/test-fixtures.ts';

// Issue 12, input sanity: impossible dates and numbers are refused with the field named, never stored.
let t: TestApp;
let enterpriseId = '';
let officer = '';
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 5 });
  officer = await t.login('guoyang_yjj');
  enterpriseId = await demoEnterpriseId(t.database.db);
  await t.database.unsafeOwnerExec(`UPDATE enterprises SET status = 'operating', sectors = ARRAY['hazchem'] WHERE id = '${enterpriseId}'`);
});
afterAll(async () => t?.close());

const register = (dates: { foundAt: string; deadline: string }) =>
  t.request(officer, 'POST', '/api/hazards', { enterpriseId, level: 'general', sector: 'hazchem', criterionIds: [], title: '储罐区防火堤破损', description: '防火堤裂缝', location: '罐区', ...dates });

describe('dates and numbers a typo would turn into figures', () => {
  it.each([
    [{ foundAt: '1900-01-01', deadline: '1900-02-01' }, 'foundAt', '「发现日期」不能早于2000-01-01'],
    [{ foundAt: '2030-01-01', deadline: '2030-02-01' }, 'foundAt', '不能晚于'],
    [{ foundAt: '2026-11-01', deadline: '2099-12-31' }, 'deadline', '不能晚于发现日期后730天'],
    [{ foundAt: '2026-11-20', deadline: '2026-11-01' }, 'deadline', '「整改期限」不能早于发现日期'],
  ])('%j is refused on %s', async (dates, field, message) => {
    const before = (await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM hazards`))[0]?.n;
    const response = await register(dates);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION', field });
    expect(response.json().message).toContain(message);
    expect((await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM hazards`))[0]?.n).toBe(before);
  });

  it('a 五落实 时限 before the found date or a negative fund is refused, naming the field in plain Chinese', async () => {
    const created = await register({ foundAt: '2026-11-01', deadline: '2026-12-31' });
    expect(created.statusCode, created.body).toBe(201);
    const h = created.json() as { id: string };
    const enterprise = await t.login('ent_admin');
    const detail = (await t.request(enterprise, 'GET', `/api/hazards/${h.id}`)).json() as { version: number; requirements: { submit_plan?: Record<string, { min?: string; max?: string }> } };
    expect(detail.requirements.submit_plan?.['plan.deadline']).toMatchObject({ min: '2026-11-01', max: '2026-12-31' });
    const plan = { responsible: '张演示', measures: '修补防火堤', fundsWanYuan: 1, deadline: '2020-01-01', contingency: '应急预案' };
    const early = await t.request(enterprise, 'POST', `/api/hazards/${h.id}/actions/submit_plan`, { version: detail.version, plan });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ field: 'plan.deadline' });
    const negative = await t.request(enterprise, 'POST', `/api/hazards/${h.id}/actions/submit_plan`, { version: detail.version, plan: { ...plan, deadline: '2026-12-01', fundsWanYuan: -5 } });
    expect(negative.statusCode).toBe(400);
    expect(negative.json()).toMatchObject({ field: 'plan.fundsWanYuan' });
    expect(negative.json().message).toContain('不能小于 0');
    expect(negative.json().message).not.toMatch(/number|>=/);
  });
});
