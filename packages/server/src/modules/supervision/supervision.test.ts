import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
const tokens: Record<string, string> = {};
const token = (who: string) => tokens[who] ?? '';
const USERS = ['guoyang_yjj', 'guoyang_zjj', 'guoyang_aqb', 'mengcheng_yjj', 'ent_admin', 'sysadmin', 'expert_demo'];
let enterpriseId = '';
let enterpriseName = '';

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 150 });
  for (const u of USERS) tokens[u] = await t.login(u);
  const [e] = await t.rows<{ id: string; name: string }>(sql`SELECT id::text, name FROM enterprises WHERE region_code LIKE '341621%' AND status = 'operating' AND 'hazchem' = ANY(sectors) ORDER BY uscc LIMIT 1`);
  enterpriseId = e?.id ?? '';
  enterpriseName = e?.name ?? '';
});
afterAll(async () => t?.close());

type Listed = { period: string; counts: { A: number; B: number; C: number }; total: number; items: { enterpriseId: string; name: string; class: string; score: number; reasons: string[]; watched: boolean; inspections: number; minInspections: number }[] };
const list = async (who: string, query = '') => (await t.request(token(who), 'GET', `/api/supervision-classes?pageSize=200${query}`)).json() as Listed;
const find = async (who: string) => (await list(who, `&q=${encodeURIComponent(enterpriseName)}`)).items.find((i) => i.enterpriseId === enterpriseId);

describe('差异化监管', () => {
  it('classifies every operating enterprise in scope for the month, each with its reasons', async () => {
    const county = await list('guoyang_yjj');
    expect(county.period).toBe('2026-11');
    expect(county.counts.A + county.counts.B + county.counts.C).toBe(county.total);
    expect(county.items.every((i) => i.reasons.length > 0)).toBe(true);
    // The high-risk sector (hazchem) alone makes B.
    expect(await find('guoyang_yjj')).toMatchObject({ class: 'B', reasons: ['高危行业领域或高风险企业（+3）'] });
    // A 住建局 sees the enterprises of its own sector only; another county none of 涡阳's.
    expect((await list('guoyang_zjj')).items.some((i) => i.enterpriseId === enterpriseId)).toBe(false);
    expect((await list('mengcheng_yjj')).items.some((i) => i.enterpriseId === enterpriseId)).toBe(false);
    for (const who of ['ent_admin', 'sysadmin', 'expert_demo']) expect((await t.request(token(who), 'GET', '/api/supervision-classes')).statusCode, who).toBe(404);
  });

  it('lists the enterprises below their minimum inspections a year', async () => {
    const below = await list('guoyang_yjj', '&belowMinimum=true');
    expect(below.total).toBeGreaterThan(0);
    expect(below.items.every((i) => i.inspections < i.minInspections)).toBe(true);
  });

  it('puts a watched enterprise in A with the reason, audited; removing it restores the class; out of scope is 404', async () => {
    const empty = await t.request(token('guoyang_yjj'), 'PUT', `/api/watch-list/${enterpriseId}`, { reason: ' ' });
    expect(empty.statusCode).toBe(400);
    expect((await t.request(token('mengcheng_yjj'), 'PUT', `/api/watch-list/${enterpriseId}`, { reason: '群众反映夜间违规生产' })).statusCode).toBe(404);
    expect((await t.request(token('ent_admin'), 'PUT', `/api/watch-list/${enterpriseId}`, { reason: 'x' })).statusCode).toBe(404);
    const res = await t.request(token('guoyang_yjj'), 'PUT', `/api/watch-list/${enterpriseId}`, { reason: '群众反映夜间违规生产' });
    expect(res.statusCode, res.body).toBe(204);
    expect(await find('guoyang_yjj')).toMatchObject({ class: 'A', watched: true, reasons: ['列入不放心企业名单', '高危行业领域或高风险企业（+3）'] });
    const [audit] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'supervision.watch' AND entity_id = ${enterpriseId}`);
    expect(audit?.n).toBe(1);
    expect((await t.request(token('mengcheng_yjj'), 'DELETE', `/api/watch-list/${enterpriseId}`)).statusCode).toBe(404);
    expect((await t.request(token('guoyang_yjj'), 'DELETE', `/api/watch-list/${enterpriseId}`)).statusCode).toBe(204);
    expect(await find('guoyang_yjj')).toMatchObject({ class: 'B', watched: false });
    expect((await t.request(token('guoyang_yjj'), 'DELETE', `/api/watch-list/${enterpriseId}`)).statusCode).toBe(404);
  });

  it('recomputes on request from the current data', async () => {
    await t.database.unsafeOwnerExec(`UPDATE enterprises SET sectors = ARRAY['industry_trade'], high_risk = false WHERE id = '${enterpriseId}'`);
    const res = await t.request(token('guoyang_yjj'), 'POST', '/api/supervision-classes/recompute');
    expect(res.statusCode).toBe(200);
    expect(await find('guoyang_yjj')).toMatchObject({ class: 'C', reasons: ['无扣分事项'] });
    await t.database.unsafeOwnerExec(`UPDATE enterprises SET sectors = ARRAY['hazchem'] WHERE id = '${enterpriseId}'`);
    await t.request(token('guoyang_yjj'), 'POST', '/api/supervision-classes/recompute');
  });

  it('weights a draw by class: strata A/B/C, A sampled at three times the base rate', async () => {
    const ids = await t.rows<{ id: string }>(sql`SELECT id::text FROM users WHERE username IN ('guoyang_yjj', 'guoyang_zfy1', 'guoyang_zfy2')`);
    for (const { id } of ids) expect((await t.request(token('guoyang_yjj'), 'PUT', `/api/inspectors/${id}`, { certificateNo: `皖执（示例）${id.slice(0, 4)}`, expiresOn: '2028-12-31' })).statusCode).toBe(200);
    expect((await t.request(token('guoyang_yjj'), 'PUT', `/api/watch-list/${enterpriseId}`, { reason: '多次举报' })).statusCode).toBe(204);
    const res = await t.request(token('guoyang_yjj'), 'POST', '/api/random-draws', {
      title: '按监管分类分层的抽查',
      sectors: [],
      strataBy: 'class',
      sample: { kind: 'rate', percent: 20 },
      teamSize: 2,
      checklist: { sector: 'hazchem' },
      publicInputLabel: '公开随机数',
      drawOn: '2026-11-25',
      plannedOn: '2026-11-26',
      dueOn: '2026-12-26',
    });
    expect(res.statusCode, res.body).toBe(201);
    const strata = res.json().strata as { key: string; label: string; size: number; sampleSize: number }[];
    expect(strata.map((s) => s.key)).toContain('A');
    const a = strata.find((s) => s.key === 'A');
    expect(a?.label).toBe('A类（重点监管）');
    expect(a?.sampleSize).toBe(Math.min(a?.size ?? 0, Math.ceil(((a?.size ?? 0) * 60) / 100)));
    const b = strata.find((s) => s.key === 'B');
    if (b) expect(b.sampleSize).toBe(Math.ceil((b.size * 20) / 100));
  });

  it('filters the 检查对象名录库 (enterprise register) by class, high risk and the watch list, for staff only', async () => {
    type Enterprises = { items: { id: string }[]; total: number };
    const enterprisesOf = async (who: string, query: string) => (await t.request(token(who), 'GET', `/api/enterprises?pageSize=200${query}`)).json() as Enterprises;
    for (const cls of ['A', 'B', 'C'] as const) {
      const byClass = await enterprisesOf('guoyang_yjj', `&class=${cls}`);
      const classes = await list('guoyang_yjj', `&class=${cls}`);
      expect(byClass.total, cls).toBe(classes.total);
      expect(byClass.items.map((e) => e.id).sort(), cls).toEqual(classes.items.map((i) => i.enterpriseId).sort());
    }
    const [oracle] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM enterprises e WHERE region_code LIKE '341621%' AND (sectors && ARRAY['hazchem','fireworks','industry_trade','mining']) AND (high_risk OR EXISTS (SELECT 1 FROM sectors s WHERE s.high_risk AND s.code = ANY(e.sectors)))`);
    expect((await enterprisesOf('guoyang_yjj', '&highRisk=true')).total).toBe(oracle?.n);
    const all = (await enterprisesOf('guoyang_yjj', '')).total;
    expect((await enterprisesOf('guoyang_yjj', '&highRisk=true')).total + (await enterprisesOf('guoyang_yjj', '&highRisk=false')).total).toBe(all);
    expect((await enterprisesOf('guoyang_yjj', '&watched=true')).items.map((e) => e.id)).toEqual([enterpriseId]);
    expect((await enterprisesOf('mengcheng_yjj', '&watched=true')).total).toBe(0);
    // An enterprise has no register to filter (and never sees classes or the watch list).
    expect((await t.request(token('ent_admin'), 'GET', '/api/enterprises?class=A')).statusCode).toBe(404);
    expect((await t.request(token('ent_admin'), 'GET', '/api/enterprises?watched=true')).statusCode).toBe(404);
  });
});
