import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { parseDrawInputsText, replayDraw, seedHash, sm3Hex } from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { PUBLIC_PER_MINUTE } from './random-draws.routes.ts';

let t: TestApp;
const tokens: Record<string, string> = {};
const token = (who: string) => tokens[who] ?? '';
const USERS = ['guoyang_yjj', 'guoyang_yjj2', 'guoyang_zfy1', 'guoyang_aqb', 'guoyang_zjj', 'guoyang_town', 'mengcheng_yjj', 'bozhou_aqb', 'expert_demo', 'ent_admin', 'sysadmin', 'auditor'];
const userIds: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 150 });
  for (const u of USERS) tokens[u] = await t.login(u);
  for (const row of await t.rows<{ username: string; id: string }>(sql`SELECT username, id::text FROM users`)) userIds[row.username] = row.id;
});
afterAll(async () => t?.close());

const definition = (over: Record<string, unknown> = {}) => ({
  title: '2026年12月危险化学品企业双随机执法检查',
  sectors: [],
  strataBy: 'township',
  sample: { kind: 'rate', percent: 50 },
  teamSize: 2,
  checklist: { sector: 'hazchem' },
  publicInputLabel: '2026年11月26日中国福利彩票3D开奖号码',
  drawOn: '2026-11-26',
  plannedOn: '2026-11-30',
  dueOn: '2026-12-20',
  ...over,
});
const certify = (who: string, body: Record<string, unknown>) => t.request(token('guoyang_yjj'), 'PUT', `/api/inspectors/${userIds[who]}`, { certificateNo: `皖执（示例）${who}`, expiresOn: '2028-12-31', ...body });

describe('the 执法检查人员名录库', () => {
  it('lists the org officers; only certified ones are drawn; a certificate is written with compare-and-set', async () => {
    const list = (await t.request(token('guoyang_yjj'), 'GET', '/api/inspectors')).json();
    expect(list.items.map((i: { name: string }) => i.name).sort()).toEqual(['涡阳县应急局执法员乙', '涡阳县应急局执法员甲', '涡阳县应急局演示用户', '涡阳县应急局演示用户二'].sort());
    expect(list.items.every((i: { valid: boolean }) => !i.valid)).toBe(true);
    const draw = await t.request(token('guoyang_yjj'), 'POST', '/api/random-draws', definition());
    expect(draw.statusCode).toBe(400);
    expect(draw.json()).toMatchObject({ field: 'inspectors', message: expect.stringContaining('没有持有效执法证件') });
    for (const who of ['guoyang_yjj', 'guoyang_zfy1', 'guoyang_zfy2']) expect((await certify(who, {})).statusCode).toBe(200);
    const stale = await certify('guoyang_zfy1', { version: 7 });
    expect(stale.statusCode).toBe(409);
    const bad = await certify('guoyang_zfy2', { expiresOn: '2026-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('有效日期');
  });

  it('is the org’s own: another org’s officer, a user of another org and out-of-scope roles get 404', async () => {
    expect((await t.request(token('guoyang_yjj'), 'PUT', `/api/inspectors/${userIds.guoyang_zjj}`, { certificateNo: 'x', expiresOn: '2028-01-01' })).statusCode).toBe(404);
    for (const who of ['ent_admin', 'sysadmin', 'expert_demo', 'auditor']) {
      expect((await t.request(token(who), 'GET', '/api/inspectors')).statusCode, who).toBe(404);
      expect((await t.request(token(who), 'PUT', `/api/inspectors/${userIds.guoyang_zfy1}`, { certificateNo: 'x', expiresOn: '2028-01-01' })).statusCode, who).toBe(404);
    }
  });
});

describe('a draw from definition to published result', () => {
  let id = '';
  let version = 1;
  let committed: { inputsHash: string; seedHash: string } = { inputsHash: '', seedHash: '' };

  it('refuses bad definitions before any commitment, in Chinese, naming the field', async () => {
    const before = (await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM random_draws`))[0]?.n;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ drawOn: '2026-11-23' }, 'drawOn', '须晚于今天'],
      [{ plannedOn: '2026-11-25' }, 'plannedOn', '不能早于抽取日期'],
      [{ teamSize: 4 }, 'teamSize', '只有3人，少于每组4人'],
      [{ teamSize: 1 }, 'teamSize', '不得少于2人'],
      [{ sectors: ['construction'] }, 'sectors', '只能抽取本部门监管行业领域'],
      [{ sample: { kind: 'rate', percent: 0 } }, 'sample.percent', '须大于0'],
      [{ regionCode: '341622000000' }, 'regionCode', '须在本单位辖区内'],
      [{ excludeInspectedDays: 730, regionCode: '341621999000' }, 'pool', '没有可抽取的企业'],
      [{ sectors: ['nope'] }, 'sectors', '行业领域「nope」不存在'],
    ];
    for (const [over, field, message] of cases) {
      const res = await t.request(token('guoyang_yjj'), 'POST', '/api/random-draws', definition(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(res.json(), JSON.stringify(over)).toMatchObject({ field, message: expect.stringContaining(message) });
    }
    expect((await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM random_draws`))[0]?.n).toBe(before);
  });

  it('refuses an avoidance that leaves an enterprise without a team', async () => {
    const [e] = await t.rows<{ id: string }>(sql`SELECT id::text FROM enterprises WHERE region_code LIKE '341621%' AND status = 'operating' AND 'hazchem' = ANY(sectors) LIMIT 1`);
    expect((await certify('guoyang_zfy1', { conflictEnterpriseIds: [e?.id], version: 1 })).statusCode).toBe(200);
    expect((await certify('guoyang_zfy2', { conflictEnterpriseIds: [e?.id], version: 1 })).statusCode).toBe(200);
    const res = await t.request(token('guoyang_yjj'), 'POST', '/api/random-draws', definition());
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'avoid', message: expect.stringContaining('回避后只剩1名检查人员') });
    expect((await certify('guoyang_zfy2', { conflictEnterpriseIds: [], version: 2 })).statusCode).toBe(200);
  });

  it('commits: the inputs hash and the seed hash are public, the seed is not', async () => {
    const res = await t.request(token('guoyang_yjj'), 'POST', '/api/random-draws', definition());
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    id = view.id;
    version = view.version;
    committed = { inputsHash: view.inputsHash, seedHash: view.seedHash };
    expect(view).toMatchObject({ status: 'committed', statusLabel: '已公告待抽取', seed: null, result: null, inspectorCount: 3, teamSize: 2, actions: ['cancel'] });
    expect(view.drawNo).toMatch(/^涡阳县应急管理局双随机〔2026〕1号$/);
    expect(view.strata.length).toBeGreaterThan(1);
    const pub = (await t.request(null, 'GET', `/api/public/random-draws/${id}`)).json();
    expect(pub).toMatchObject({ seed: null, publicValue: null, result: null, replay: null, inputsHash: view.inputsHash });
    expect(sm3Hex(pub.inputsText)).toBe(view.inputsHash);
    // The sealed seed is in the row, never in a response.
    const [row] = await t.rows<{ seed_sealed: string; seed: string | null }>(sql`SELECT seed_sealed, seed FROM random_draws WHERE id = ${id}`);
    expect(row?.seed).toBeNull();
    expect(JSON.stringify(pub)).not.toContain(row?.seed_sealed ?? '-');
  });

  it('is seen by the org and the county and city committees; 404 for another sector, county, township, platform and enterprise roles', async () => {
    for (const who of ['guoyang_yjj2', 'guoyang_aqb', 'bozhou_aqb']) expect((await t.request(token(who), 'GET', `/api/random-draws/${id}`)).statusCode, who).toBe(200);
    for (const who of ['guoyang_zjj', 'mengcheng_yjj', 'guoyang_town', 'expert_demo', 'ent_admin', 'sysadmin', 'auditor']) {
      expect((await t.request(token(who), 'GET', `/api/random-draws/${id}`)).statusCode, who).toBe(404);
      expect((await t.request(token(who), 'POST', `/api/random-draws/${id}/actions/cancel`, { version, reason: 'x' })).statusCode, who).toBe(404);
      const list = await t.request(token(who), 'GET', '/api/random-draws');
      if (list.statusCode === 200) expect(list.json().items.map((d: { id: string }) => d.id), who).not.toContain(id);
      else expect(list.statusCode, who).toBe(404);
    }
    expect((await t.request(token('guoyang_yjj'), 'GET', '/api/random-draws')).json().items.map((d: { id: string }) => d.id)).toContain(id);
    expect((await t.request(null, 'GET', '/api/public/random-draws/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('draws only on the announced date, once; the committee reads but cannot draw', async () => {
    const early = await t.request(token('guoyang_yjj'), 'POST', `/api/random-draws/${id}/actions/draw`, { version, publicValue: '528' });
    expect(early.statusCode).toBe(403);
    expect(early.json().message).toContain('2026-11-26');
    t.clock.set(new Date('2026-11-26T09:00:00+08:00'));
    for (const u of USERS) tokens[u] = await t.login(u); // three days on, the sessions have expired
    expect((await t.request(token('guoyang_aqb'), 'POST', `/api/random-draws/${id}/actions/draw`, { version, publicValue: '528' })).statusCode).toBe(403);
    const empty = await t.request(token('guoyang_yjj'), 'POST', `/api/random-draws/${id}/actions/draw`, { version, publicValue: '  ' });
    expect(empty.statusCode).toBe(400);
    const res = await t.request(token('guoyang_yjj'), 'POST', `/api/random-draws/${id}/actions/draw`, { version, publicValue: '5 2 8' });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    version = view.version;
    expect(view).toMatchObject({ status: 'drawn', publicValue: '5 2 8', inputsHash: committed.inputsHash, seedHash: committed.seedHash, timelineVerified: true });
    expect(seedHash(view.seed)).toBe(committed.seedHash);
    expect(view.result.length).toBe(view.strata.reduce((s: number, x: { sampleSize: number }) => s + x.sampleSize, 0));
    for (const p of view.result) expect(p.team).toHaveLength(2);
    expect((await t.request(token('guoyang_yjj'), 'POST', `/api/random-draws/${id}/actions/draw`, { version, publicValue: '999' })).statusCode).toBe(403);
    expect((await t.request(token('guoyang_yjj'), 'POST', `/api/random-draws/${id}/actions/cancel`, { version, reason: '重来' })).statusCode).toBe(403);
  });

  it('replays from the published inputs alone; a changed candidate or seed bit no longer matches what was published', async () => {
    const pub = (await t.request(null, 'GET', `/api/public/random-draws/${id}`)).json();
    expect(pub.replay).toEqual({ inputsHashMatches: true, seedHashMatches: true, resultMatches: true });
    const parsed = parseDrawInputsText(pub.inputsText);
    if (!('inputs' in parsed)) throw new Error(parsed.error);
    const published = pub.result.map((p: { order: number; candidateId: string; stratum: string; team: { id: string }[] }) => ({ ...p, team: p.team.map((m) => m.id) }));
    expect(replayDraw({ inputs: parsed.inputs, inputsHash: pub.inputsHash, seedHash: pub.seedHash, seed: pub.seed, publicValue: pub.publicValue, result: published })).toMatchObject({ inputsHashMatches: true, seedHashMatches: true, resultMatches: true });
    // Any change is caught by the published hashes (that it also changes the picks is core's test, with fixed seeds).
    const changed = { ...parsed.inputs, candidates: parsed.inputs.candidates.map((c, i) => (i === 0 ? { ...c, name: `${c.name}（更名）` } : c)) };
    expect(replayDraw({ inputs: changed, inputsHash: pub.inputsHash, seedHash: pub.seedHash, seed: pub.seed, publicValue: pub.publicValue, result: published }).inputsHashMatches).toBe(false);
    const flipped = `${pub.seed.slice(0, -1)}${pub.seed.endsWith('0') ? '1' : '0'}`;
    expect(replayDraw({ inputs: parsed.inputs, inputsHash: pub.inputsHash, seedHash: pub.seedHash, seed: flipped, publicValue: pub.publicValue, result: published }).seedHashMatches).toBe(false);
  });

  it('is approved by a second officer only, which plans one inspection per pick with the drawn team', async () => {
    const self = await t.request(token('guoyang_yjj'), 'POST', `/api/random-draws/${id}/actions/approve`, { version });
    expect(self.statusCode).toBe(403);
    expect(self.json().message).toContain('另一名工作人员审核');
    const stale = await t.request(token('guoyang_yjj2'), 'POST', `/api/random-draws/${id}/actions/approve`, { version: version - 1 });
    expect(stale.statusCode).toBe(409);
    const res = await t.request(token('guoyang_yjj2'), 'POST', `/api/random-draws/${id}/actions/approve`, { version, comment: '同意' });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    version = view.version;
    expect(view.status).toBe('approved');
    const inspections = await t.rows<{ id: string; enterprise_id: string; trigger: string; planned_on: string; members: string[] }>(
      sql`SELECT i.id::text, i.enterprise_id::text, i.trigger, i.planned_on::text, array_agg(m.user_id::text ORDER BY m.seq) AS members FROM inspections i JOIN inspection_members m ON m.inspection_id = i.id WHERE i.random_draw_id = ${id} GROUP BY i.id`,
    );
    expect(inspections).toHaveLength(view.result.length);
    for (const p of view.result) {
      const i = inspections.find((x) => x.id === p.inspectionId);
      expect(i).toMatchObject({ enterprise_id: p.candidateId, trigger: 'random_draw', planned_on: '2026-11-30' });
      expect(i?.members).toEqual(p.team.map((m: { id: string }) => m.id));
      expect(p.inspectionStatus).toBe('planned');
    }
    expect(view.actions).toEqual([]); // results wait for the inspections
  });

  it('publishes results once every drawn inspection is finished; the public notice shows each conclusion', async () => {
    const early = await t.request(token('guoyang_yjj'), 'POST', `/api/random-draws/${id}/actions/publish_results`, { version });
    expect(early.statusCode).toBe(403);
    expect(early.json().message).toMatch(/尚有\d+家企业的检查未完成/);
    // The inspections themselves are the inspection module's (tested there); here they end as cancelled or closed.
    await t.database.unsafeOwnerExec(`UPDATE inspections SET status = 'closed', check_date = '2026-12-01' WHERE random_draw_id = '${id}'`);
    const detail = (await t.request(token('guoyang_yjj'), 'GET', `/api/random-draws/${id}`)).json();
    expect(detail).toMatchObject({ actions: ['publish_results'], resultsDueOn: '2026-12-21', openInspections: 0 });
    const res = await t.request(token('guoyang_yjj'), 'POST', `/api/random-draws/${id}/actions/publish_results`, { version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'published', noticeLabel: '抽查结果公告', timelineVerified: true });
    const pub = (await t.request(null, 'GET', `/api/public/random-draws/${id}`)).json();
    expect(pub.result.every((p: { conclusion: string }) => p.conclusion === '未发现问题')).toBe(true);
    const events = await t.rows<{ kind: string }>(sql`SELECT kind FROM random_draw_events WHERE random_draw_id = ${id} ORDER BY seq`);
    expect(events.map((e) => e.kind)).toEqual(['commit', 'draw', 'approve', 'publish_results']);
  });

  it('counts draws and compares drawn with targeted inspections, in scope', async () => {
    const figures = (await t.request(token('guoyang_yjj'), 'GET', '/api/random-draws/figures?year=2026')).json();
    const drawn = (await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM inspections WHERE random_draw_id = ${id}`))[0]?.n ?? 0;
    expect(figures).toMatchObject({ year: '2026', draws: { published: 1 }, drawn: { inspections: drawn, closed: drawn, hazards: 0, hazardsPer100: 0 } });
    expect((await t.request(token('guoyang_yjj'), 'GET', '/api/random-draws/figures?year=26')).statusCode).toBe(400);
    expect((await t.request(token('mengcheng_yjj'), 'GET', '/api/random-draws/figures?year=2026')).json()).toMatchObject({ draws: { published: 0 }, drawn: { inspections: 0 } });
    for (const who of ['ent_admin', 'sysadmin', 'expert_demo']) expect((await t.request(token(who), 'GET', '/api/random-draws/figures')).statusCode, who).toBe(404);
  });

  it('keeps its events append-only', async () => {
    await expect(t.database.unsafeOwnerExec(`UPDATE random_draw_events SET kind = 'x' WHERE random_draw_id = '${id}'`)).rejects.toThrow();
  });

  it('is cancelled before its draw date only, with a reason', async () => {
    const res = await t.request(token('guoyang_yjj'), 'POST', '/api/random-draws', definition({ drawOn: '2026-11-28', plannedOn: '2026-11-28', title: '作废演示', avoidLastInspector: false }));
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    expect(view.drawNo).toContain('〔2026〕2号');
    const noReason = await t.request(token('guoyang_yjj'), 'POST', `/api/random-draws/${view.id}/actions/cancel`, { version: view.version, reason: '' });
    expect(noReason.statusCode).toBe(400);
    const cancelled = await t.request(token('guoyang_yjj'), 'POST', `/api/random-draws/${view.id}/actions/cancel`, { version: view.version, reason: '抽查范围有误' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '抽查范围有误' });
    expect((await t.request(null, 'GET', `/api/public/random-draws/${view.id}`)).json()).toMatchObject({ noticeLabel: '作废公告', cancelReason: '抽查范围有误' });
  });
});

describe('the 抽查事项清单', () => {
  const item = { title: '危险化学品企业安全生产条件执法检查', basis: '《安全生产法》第六十五条', sectors: ['hazchem'], checklist: { sector: 'hazchem' }, ratioPercent: 20, frequencyPerYear: 4 };
  let itemId = '';

  it('is written by the org, checked in Chinese naming the field', async () => {
    for (const [over, field] of [
      [{ ratioPercent: 0 }, 'ratioPercent'],
      [{ frequencyPerYear: 60 }, 'frequencyPerYear'],
      [{ sectors: ['construction'] }, 'sectors'],
      [{ title: ' ' }, 'title'],
    ] as const) {
      const res = await t.request(token('guoyang_yjj'), 'POST', '/api/spot-check-items', { ...item, ...over });
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(res.json().field, JSON.stringify(over)).toBe(field);
    }
    const res = await t.request(token('guoyang_yjj'), 'POST', '/api/spot-check-items', item);
    expect(res.statusCode, res.body).toBe(201);
    itemId = res.json().id;
    expect(res.json()).toMatchObject({ mine: true, drawsThisYear: 0, active: true, orgName: '涡阳县应急管理局' });
  });

  it('is read by the county committee but changed by its org only; other scopes do not see it', async () => {
    expect((await t.request(token('guoyang_aqb'), 'GET', '/api/spot-check-items')).json().items.map((i: { id: string }) => i.id)).toContain(itemId);
    expect((await t.request(token('guoyang_aqb'), 'PATCH', `/api/spot-check-items/${itemId}`, { version: 1, ratioPercent: 30 })).statusCode).toBe(403);
    for (const who of ['guoyang_zjj', 'mengcheng_yjj', 'guoyang_town']) {
      expect((await t.request(token(who), 'GET', '/api/spot-check-items')).json().items.map((i: { id: string }) => i.id), who).not.toContain(itemId);
      expect((await t.request(token(who), 'PATCH', `/api/spot-check-items/${itemId}`, { version: 1, ratioPercent: 30 })).statusCode, who).toBe(404);
    }
    for (const who of ['ent_admin', 'sysadmin', 'expert_demo']) expect((await t.request(token(who), 'GET', '/api/spot-check-items')).statusCode, who).toBe(404);
    expect((await t.request(token('guoyang_yjj'), 'PATCH', `/api/spot-check-items/${itemId}`, { version: 9, ratioPercent: 30 })).statusCode).toBe(409);
  });

  it('starts a draw, which counts against its frequency; a stopped item starts none', async () => {
    const res = await t.request(token('guoyang_yjj'), 'POST', '/api/random-draws', {
      title: '按抽查事项的抽查', spotCheckItemId: itemId, sectors: ['hazchem'], strataBy: 'none', sample: { kind: 'rate', percent: 20 }, teamSize: 2, avoidLastInspector: false,
      checklist: { sector: 'hazchem' }, publicInputLabel: '公开随机数', drawOn: '2026-11-28', plannedOn: '2026-11-29', dueOn: '2026-12-20',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().definition.spotCheckItem).toEqual({ id: itemId, title: item.title });
    const listed = (await t.request(token('guoyang_yjj'), 'GET', '/api/spot-check-items')).json().items.find((i: { id: string }) => i.id === itemId);
    expect(listed.drawsThisYear).toBe(1);
    expect((await t.request(token('guoyang_yjj'), 'PATCH', `/api/spot-check-items/${itemId}`, { version: listed.version, active: false })).json()).toMatchObject({ active: false });
    const stopped = await t.request(token('guoyang_yjj'), 'POST', '/api/random-draws', {
      title: '停用事项', spotCheckItemId: itemId, sectors: ['hazchem'], sample: { kind: 'rate', percent: 20 }, teamSize: 2, avoidLastInspector: false,
      checklist: { sector: 'hazchem' }, publicInputLabel: '公开随机数', drawOn: '2026-11-28', plannedOn: '2026-11-29', dueOn: '2026-12-20',
    });
    expect(stopped.statusCode).toBe(400);
    expect(stopped.json()).toMatchObject({ field: 'spotCheckItemId', message: expect.stringContaining('已停用') });
  });
});

// Last in the file: the limit's window is a real minute, and every public read above counts.
describe('the public notice', () => {
  it('is limited per address, in Chinese', async () => {
    const [draw] = await t.rows<{ id: string }>(sql`SELECT id::text FROM random_draws ORDER BY created_at LIMIT 1`);
    const answers: number[] = [];
    for (let i = 0; i < PUBLIC_PER_MINUTE + 1; i++) answers.push((await t.request(null, 'GET', `/api/public/random-draws/${draw?.id}`)).statusCode);
    expect(answers.at(-1)).toBe(429);
    expect(answers.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect((await t.request(null, 'GET', `/api/public/random-draws/${draw?.id}`)).json()).toMatchObject({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
  });
});
