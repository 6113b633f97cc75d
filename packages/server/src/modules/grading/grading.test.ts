import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { seedDemoHazards } from '../../seed/demo-hazards.ts';

let t: TestApp;
let yjj: string; // 涡阳县应急管理局
let aqb: string; // 涡阳县安委办
let mengcheng: string; // 蒙城县安委办: another county
let ent: string;
let enterpriseId: string;

const DUST = '车间干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施';

const suggest = (token: string | null, body: Record<string, unknown>) => t.request(token, 'POST', '/api/criteria/suggest', body);

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 60 });
  yjj = await t.login('guoyang_yjj');
  aqb = await t.login('guoyang_aqb');
  mengcheng = await t.login('mengcheng_aqb');
  ent = await t.login('ent_admin');
  enterpriseId = (await t.request(ent, 'GET', '/api/me')).json().enterprise.id;
  await t.database.db.execute(sql`UPDATE enterprises SET sectors = ARRAY['industry_trade']::text[] WHERE id = ${enterpriseId}`);
});
afterAll(async () => t?.close());

describe('POST /api/criteria/suggest', () => {
  it('ranks the item the description states, with highlights, a reason and a major verdict', async () => {
    const response = await suggest(yjj, { description: DUST, foundAt: '2026-11-20' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.verdict).toBe('major');
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.length).toBeLessThanOrEqual(10);
    const [top] = body.items;
    expect(top.criterionId).toBe('GM10-11-3');
    expect(top.standardTitle).toBe('工贸企业重大事故隐患判定标准');
    expect(top.reason).toMatch(/条件覆盖/);
    for (const [start, end] of top.highlights) {
      const marked = top.text.slice(start, end);
      expect(top.matchedTerms.some((w: string) => marked.includes(w))).toBe(true);
    }
    expect(top.highlights.length).toBeGreaterThan(0);
    const scores = body.items.map((i: { score: number }) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('suggests only standards in force on the finding date (工贸 2023 standard from 2023-05-15)', async () => {
    const before = (await suggest(yjj, { description: DUST, foundAt: '2023-05-14' })).json();
    expect(before.items.every((i: { standardId: string }) => i.standardId !== 'MEM-10-2023')).toBe(true);
    const after = (await suggest(yjj, { description: DUST, foundAt: '2023-05-15' })).json();
    expect(after.items[0].standardId).toBe('MEM-10-2023');
  });

  it('uses the criterion picker’s rule: GET /api/criteria?at= lists the same standards in force', async () => {
    const listed = async (at: string) =>
      new Set(((await t.request(yjj, 'GET', `/api/criteria?at=${at}&pageSize=200&q=粉尘`)).json().items as { standardId: string }[]).map((c) => c.standardId));
    expect((await listed('2023-05-14')).has('MEM-10-2023')).toBe(false);
    expect((await listed('2023-05-15')).has('MEM-10-2023')).toBe(true);
  });

  it('says 未匹配 for a description no item states', async () => {
    const body = (await suggest(yjj, { description: '食堂菜谱未按时在公告栏公示', foundAt: '2026-11-20' })).json();
    expect(body.verdict).toBe('not_major');
    expect(body.verdictReason).toContain('未匹配重大事故隐患判定标准');
  });

  it("ranks the enterprise's sector standards first", async () => {
    const description = '有限空间作业未执行先通风、再检测、后作业要求，作业现场未设置监护人员';
    const plain = (await suggest(yjj, { description, foundAt: '2026-11-20', sector: 'construction' })).json();
    expect(plain.items[0].standardId).toBe('MOHURD-5-2024');
    const withEnterprise = (await suggest(yjj, { description, foundAt: '2026-11-20', enterpriseId })).json();
    expect(withEnterprise.items[0].standardId).toBe('MEM-10-2023');
    expect(withEnterprise.items[0].preferred).toBe(true);
  });

  it('answers 404 for an enterprise outside the caller’s scope, and for callers without reference access', async () => {
    const other = await suggest(mengcheng, { description: DUST, foundAt: '2026-11-20', enterpriseId });
    expect(other.statusCode).toBe(404);
    const auditor = await t.login('auditor');
    expect((await suggest(auditor, { description: DUST, foundAt: '2026-11-20' })).statusCode).toBe(404);
    expect((await suggest(null, { description: DUST, foundAt: '2026-11-20' })).statusCode).toBe(401);
  });

  it('rejects bad input with a zh-CN message naming the field', async () => {
    const noText = await suggest(yjj, { description: '', foundAt: '2026-11-20' });
    expect(noText.statusCode).toBe(400);
    expect(noText.json().message).toContain('隐患描述');
    const badDate = await suggest(yjj, { description: DUST, foundAt: '20261120' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().message).toContain('发现日期');
    const badEnterprise = await suggest(yjj, { description: DUST, foundAt: '2026-11-20', enterpriseId: 'x' });
    expect(badEnterprise.statusCode).toBe(400);
    expect(badEnterprise.json().message).toContain('所属企业');
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await t.request(yjj, 'GET', '/api/openapi.json')).json(); // staff only (API_DOCS)
    expect(doc.paths['/api/criteria/suggest'].post).toBeDefined();
    expect(doc.paths['/api/stats/grading-quality'].get).toBeDefined();
  });
});

describe('GET /api/stats/grading-quality', () => {
  let weakId: string;
  let underId: string;

  beforeAll(async () => {
    const base = { enterpriseId, sector: 'industry_trade', location: '一车间', foundAt: '2026-11-20', deadline: '2026-12-20' };
    const weak = await t.request(yjj, 'POST', '/api/hazards', {
      ...base, level: 'major', criterionIds: ['GM10-11-3'], title: '灭火器过期', description: '车间两具干粉灭火器超过有效期，压力指针位于红区',
    });
    expect(weak.statusCode, weak.body).toBe(201);
    weakId = weak.json().id;
    const under = await t.request(yjj, 'POST', '/api/hazards', { ...base, level: 'general', criterionIds: [], title: '除尘系统无控爆措施', description: DUST });
    expect(under.statusCode, under.body).toBe(201);
    underId = under.json().id;
  });

  it('lists a weakly founded major hazard and a possibly under-graded general one, linked by id', async () => {
    const response = await t.request(aqb, 'GET', '/api/stats/grading-quality?pageSize=200');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    const weak = body.items.find((i: { hazardId: string }) => i.hazardId === weakId);
    expect(weak).toMatchObject({ kind: 'weak_basis', citedCriterionIds: ['GM10-11-3'] });
    expect(weak.citedScore).toBeLessThan(0.3);
    const under = body.items.find((i: { hazardId: string }) => i.hazardId === underId);
    expect(under).toMatchObject({ kind: 'under_graded', suggestedCriterionId: 'GM10-11-3' });
    expect(body.counts.weak_basis + body.counts.missing_basis + body.counts.under_graded).toBeGreaterThanOrEqual(2);
    const onlyUnder = (await t.request(aqb, 'GET', '/api/stats/grading-quality?kind=under_graded&pageSize=200')).json();
    expect(onlyUnder.items.every((i: { kind: string }) => i.kind === 'under_graded')).toBe(true);
  });

  it('uses the statistics scope: another county sees none of them, enterprise users get 404', async () => {
    const other = (await t.request(mengcheng, 'GET', '/api/stats/grading-quality?pageSize=200')).json();
    expect(other.items.some((i: { hazardId: string }) => i.hazardId === weakId || i.hazardId === underId)).toBe(false);
    expect((await t.request(ent, 'GET', '/api/stats/grading-quality')).statusCode).toBe(404);
  });

  it('rejects a bad period with the field named', async () => {
    const response = await t.request(aqb, 'GET', '/api/stats/grading-quality?foundFrom=yesterday');
    expect(response.statusCode).toBe(400);
  });
});

describe('定级质量 on the demo data', () => {
  it('lists the demo ledger’s grading mistakes: under-graded general hazards and major hazards citing a wrong item', async () => {
    await seedDemoHazards(t.database.db, { count: 160, now: t.clock.now() });
    const city = await t.login('bozhou_aqb');
    const body = (await t.request(city, 'GET', '/api/stats/grading-quality?foundFrom=2023-01-01&pageSize=200')).json();
    const demo = body.items.filter((i: { description: string }) => i.description.startsWith('演示数据'));
    expect(demo.some((i: { kind: string }) => i.kind === 'under_graded')).toBe(true);
    expect(demo.some((i: { kind: string }) => i.kind === 'weak_basis')).toBe(true);
    // Correctly graded demo hazards are not listed: a handful of findings, not the ledger.
    expect(demo.length).toBeLessThan(20);
  });
});
