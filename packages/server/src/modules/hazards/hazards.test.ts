import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { appendHazardEvent } from './hazard-events.repository.ts';
import * as repo from './hazards.repository.ts';
import { multipartBody } from '../../testing/multipart.ts';

let t: TestApp;
let yjj: string; // 涡阳县应急管理局 (hazchem, fireworks, industry_trade, mining)
let ent: string; // the demo enterprise's admin
let enterpriseId: string;
let criterionId: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

async function upload(token: string, content: Buffer = PDF, name = 'evidence.pdf') {
  const body = multipartBody({ name, type: 'application/pdf', data: content });
  const response = await t.app.inject({ method: 'POST', url: '/api/files', payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${token}` } });
  expect(response.statusCode, response.body).toBe(201);
  return { sha256: response.json().sha256 as string, kind: 'after' as const };
}

const register = (token: string, overrides: Record<string, unknown> = {}) =>
  t.request(token, 'POST', '/api/hazards', {
    enterpriseId,
    level: 'major',
    sector: 'hazchem',
    criterionIds: [criterionId],
    title: '液氯储罐区未设置紧急切断装置',
    description: '罐区进出料管线未设置紧急切断阀，泄漏时无法远程切断',
    location: '一号罐区',
    foundAt: '2026-11-20',
    deadline: '2026-12-20',
    ...overrides,
  });

const act = (token: string, id: string, action: string, body: Record<string, unknown>) =>
  t.request(token, 'POST', `/api/hazards/${id}/actions/${action}`, body);

const fullPlan = { responsible: '张演示', measures: '加装紧急切断阀并与液位联锁', fundsWanYuan: 12.5, deadline: '2026-12-15', contingency: '罐区泄漏专项应急预案' };

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 120 });
  yjj = await t.login('guoyang_yjj');
  ent = await t.login('ent_admin');
  enterpriseId = (await t.request(ent, 'GET', '/api/me')).json().enterprise.id;
  // The demo enterprise must be hazchem so the county 应急局 supervises it.
  await t.database.db.execute(sql`UPDATE enterprises SET sectors = ARRAY['hazchem']::text[] WHERE id = ${enterpriseId}`);
  criterionId = 'HG2017-5';
});
afterAll(async () => t?.close());

describe('major hazard lifecycle through the API', () => {
  it('register → plan → extension → complete → list → verify blocked → delist → verify → closed, with a verified timeline', async () => {
    const created = await register(yjj);
    expect(created.statusCode, created.body).toBe(201);
    const hazard = created.json();
    expect(hazard).toMatchObject({ status: 'rectifying', level: 'major', source: 'supervision', overdue: false, timelineVerified: true });
    expect(hazard.hazardNo).toMatch(/^341621-2026-\d{6}$/);
    expect(hazard.criteria[0].text).toContain('紧急切断');
    expect(hazard.notifications.length).toBeGreaterThanOrEqual(1); // principal and controller are notified
    expect(hazard.actions).toEqual(expect.arrayContaining(['list', 'merge', 'void']));
    expect(hazard.actions).not.toContain('submit_plan');
    expect(hazard.planMissing).toEqual(['责任', '措施', '资金', '时限', '预案']); // owed while rectifying

    const forEnterprise = (await t.request(ent, 'GET', `/api/hazards/${hazard.id}`)).json();
    expect(forEnterprise.actions).toEqual(expect.arrayContaining(['submit_plan']));
    expect(forEnterprise.actions).not.toContain('complete'); // major: 五落实 first

    const incomplete = await act(ent, hazard.id, 'submit_plan', { version: 1, plan: { responsible: '张演示', measures: '加装切断阀' } });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().message).toContain('资金');

    let current = (await act(ent, hazard.id, 'submit_plan', { version: 1, plan: fullPlan })).json();
    expect(current).toMatchObject({ version: 2, planMissing: [] });

    current = (await act(ent, hazard.id, 'request_extension', { version: 2, reason: '切断阀到货延迟', interimControls: '罐区降低液位运行并24小时值守', newDeadline: '2027-01-10' })).json();
    expect(current.pendingExtension.newDeadline).toBe('2027-01-10');
    const entTriesDecide = await act(ent, hazard.id, 'decide_extension', { version: 3, approve: true });
    expect(entTriesDecide.statusCode).toBe(403);
    current = (await act(yjj, hazard.id, 'decide_extension', { version: 3, approve: true, note: '同意' })).json();
    expect(current).toMatchObject({ deadline: '2027-01-10', pendingExtension: null });

    const noEvidence = await act(ent, hazard.id, 'complete', { version: 4, note: '已整改', evidence: [] });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().field).toBe('evidence');
    current = (await act(ent, hazard.id, 'complete', { version: 4, note: '已加装切断阀', evidence: [await upload(ent)] })).json();
    expect(current.status).toBe('pending_verification');
    expect(current.attachments).toHaveLength(1);

    const entVerify = await act(ent, hazard.id, 'verify', { version: 5, evidence: [] });
    expect(entVerify.statusCode).toBe(403); // never the enterprise for a major hazard

    current = (await act(yjj, hazard.id, 'list', { version: 5, docNo: '涡安办督〔2026〕1号', deadline: '2027-01-15' })).json();
    expect(current.listing).toMatchObject({ level: 'county', docNo: '涡安办督〔2026〕1号' });
    expect(current.actions).not.toContain('verify');
    expect(current.blockedActions).toEqual([{ action: 'verify', reason: '该隐患正在挂牌督办，须由挂牌单位摘牌后方可验收销号' }]); // said, not just missing
    expect((await t.request(ent, 'GET', `/api/hazards/${hazard.id}`)).json().blockedActions).toEqual([]); // the enterprise never verifies a major hazard
    const blocked = await act(yjj, hazard.id, 'verify', { version: 6, evidence: [await upload(yjj)] });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().message).toMatch(/摘牌|挂牌/);

    current = (await act(yjj, hazard.id, 'delist', { version: 6, note: '整改到位，予以摘牌' })).json();
    expect(current).toMatchObject({ listing: null, blockedActions: [] });
    const noVerifyEvidence = await act(yjj, hazard.id, 'verify', { version: 7, evidence: [] });
    expect(noVerifyEvidence.json().field).toBe('evidence');
    current = (await act(yjj, hazard.id, 'verify', { version: 7, note: '验收合格', evidence: [{ ...(await upload(yjj, Buffer.concat([PDF, Buffer.from('v')]))), kind: 'verification' }] })).json();
    expect(current).toMatchObject({ status: 'closed', actions: [], timelineVerified: true });
    expect(current.timeline.map((e: { kind: string }) => e.kind).filter((k: string) => k !== 'notification')).toEqual([
      'register', 'submit_plan', 'request_extension', 'decide_extension', 'complete', 'list', 'delist', 'verify',
    ]);
  });

  it('an enterprise report waits for the regulator, who confirms it as major (criterion required) or dismisses it', async () => {
    const reported = await t.request(ent, 'POST', '/api/hazards', {
      enterpriseId, level: 'general', title: '二号仓库消防通道堆放杂物', location: '二号仓库', foundAt: '2026-11-22', deadline: '2026-11-30',
    });
    expect(reported.statusCode, reported.body).toBe(201);
    const h = reported.json();
    expect(h).toMatchObject({ status: 'pending_confirmation', source: 'self_inspection', foundBy: { enterprise: true } });
    const noCriterion = await act(yjj, h.id, 'confirm', { version: 1, level: 'major' });
    expect(noCriterion.json().field).toBe('criterionIds');
    const confirmed = (await act(yjj, h.id, 'confirm', { version: 1, level: 'major', criterionIds: ['HG2017-20'], note: '升级为重大' })).json();
    expect(confirmed).toMatchObject({ status: 'rectifying', level: 'major' });

    const other = (await t.request(ent, 'POST', '/api/hazards', { enterpriseId, level: 'general', title: '办公室插线板老化', foundAt: '2026-11-22', deadline: '2026-11-29' })).json();
    const dismissed = (await act(yjj, other.id, 'dismiss', { version: 1, reason: '不属于事故隐患' })).json();
    expect(dismissed.status).toBe('dismissed');
  });

  it('progress reports, a return with reason, and a void keep the number taken', async () => {
    const h = (await register(yjj, { level: 'general', criterionIds: [], title: '退回与作废测试' })).json();
    const progress = (await act(ent, h.id, 'report_progress', { version: 1, note: '已采购配件', evidence: [await upload(ent, Buffer.concat([PDF, Buffer.from('p')]))] })).json();
    expect(progress).toMatchObject({ status: 'rectifying', version: 2 });
    const completed = (await act(ent, h.id, 'complete', { version: 2, note: '完成', evidence: [await upload(ent, Buffer.concat([PDF, Buffer.from('q')]))] })).json();
    const noReason = await act(yjj, h.id, 'return', { version: completed.version, reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toContain('原因');
    const returned = (await act(yjj, h.id, 'return', { version: completed.version, reason: '整改照片不清晰' })).json();
    expect(returned.status).toBe('rectifying');
    const voided = (await act(yjj, h.id, 'void', { version: returned.version, reason: '重复登记' })).json();
    expect(voided).toMatchObject({ status: 'dismissed', hazardNo: h.hazardNo, actions: [], planMissing: [] }); // no plan owed once voided
    expect(voided.timeline.map((e: { kind: string }) => e.kind).filter((k: string) => k !== 'notification')).toEqual(['register', 'report_progress', 'complete', 'return', 'void']);
    const next = (await register(yjj, { level: 'general', criterionIds: [], title: '作废后新登记' })).json();
    expect(next.hazardNo).not.toBe(h.hazardNo);
  });

  it('of two concurrent verifications exactly one wins and the other gets 409', async () => {
    const h = (await register(yjj, { level: 'general', criterionIds: [], title: '装卸区静电接地线断开', fixedOnSite: true, evidence: [await upload(yjj, Buffer.concat([PDF, Buffer.from('c')]))] })).json();
    expect(h).toMatchObject({ status: 'pending_verification', planMissing: [] }); // 立查立改 owes no 五落实
    const evidence = [{ ...(await upload(yjj, Buffer.concat([PDF, Buffer.from('d')]))), kind: 'verification' }];
    const results = await Promise.all([act(yjj, h.id, 'verify', { version: 1, evidence }), act(yjj, h.id, 'verify', { version: 1, evidence })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const final = (await t.request(yjj, 'GET', `/api/hazards/${h.id}`)).json();
    expect(final.timeline.filter((e: { kind: string }) => e.kind === 'verify')).toHaveLength(1);
  });

  it('a create retried with the same Idempotency-Key returns the first hazard; another body with that key is refused', async () => {
    const send = (title: string) =>
      t.app.inject({
        method: 'POST', url: '/api/hazards', headers: { authorization: `Bearer ${yjj}`, 'idempotency-key': 'create-key-0001' },
        payload: { enterpriseId, level: 'general', sector: 'hazchem', title, foundAt: '2026-11-21', deadline: '2026-12-01' },
      });
    const [first, second] = await Promise.all([send('危化品仓库防爆灯损坏'), send('危化品仓库防爆灯损坏')]);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    const [row] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM hazards WHERE title = '危化品仓库防爆灯损坏'`);
    expect(row?.n).toBe(1);
    const mismatch = await send('另一个隐患');
    expect(mismatch.statusCode).toBe(409);
    expect(mismatch.json().code).toBe('IDEMPOTENCY_MISMATCH');
  });

  it('finds similar open hazards at intake, links a finding to one, and merges a duplicate so it counts once', async () => {
    const a = (await register(yjj, { level: 'general', criterionIds: [], title: '甲类仓库可燃气体报警器失效', description: '', location: '甲类仓库' })).json();
    const b = (await register(yjj, { level: 'general', criterionIds: [], title: '甲类仓库可燃气体报警器失效未修复', description: '', location: '甲类仓库' })).json();
    const candidates = (await t.request(yjj, 'POST', '/api/hazards/duplicates', { enterpriseId, title: '甲类仓库可燃气体报警装置失效', location: '甲类仓库' })).json().items;
    expect(candidates.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(candidates[0].reasons.join()).toContain('相似');

    const linked = (await t.request(ent, 'POST', `/api/hazards/${a.id}/link`, { description: '企业自查再次发现报警器失效' })).json();
    expect(linked.timeline.at(-1).kind).toBe('linked_report');

    const merged = (await act(yjj, b.id, 'merge', { version: 1, intoHazardId: a.id, note: '同一隐患重复登记' })).json();
    expect(merged).toMatchObject({ status: 'merged', mergedInto: { id: a.id } });
    const canonical = (await t.request(yjj, 'GET', `/api/hazards/${a.id}`)).json();
    expect(canonical.timeline.at(-1)).toMatchObject({ kind: 'merged_from', payload: { hazardId: b.id } });
    const open = (await t.request(yjj, 'GET', `/api/hazards?status=rectifying&q=${encodeURIComponent('可燃气体报警器')}`)).json();
    expect(open.items.map((i: { id: string }) => i.id)).toEqual([a.id]);
  });

  it('evidence must be a file the caller uploaded: knowing another user’s hash is not enough', async () => {
    const theirs = await upload(ent, Buffer.concat([PDF, Buffer.from('theirs')]));
    const h = (await register(yjj, { level: 'general', criterionIds: [], title: '证据归属测试' })).json();
    const borrowed = await act(yjj, h.id, 'report_progress', { version: 1, note: 'x', evidence: [theirs] });
    expect(borrowed.statusCode).toBe(403); // staff may not report progress at all …
    const viaCreate = await register(yjj, { level: 'general', criterionIds: [], title: '证据归属测试二', fixedOnSite: true, evidence: [theirs] });
    expect(viaCreate.statusCode).toBe(400); // … and may not attach the enterprise's file to their own record
    expect(viaCreate.json().field).toBe('evidence');
  });

  it('derives overdue from the deadline and filters by it', async () => {
    const h = (await register(yjj, { level: 'general', criterionIds: [], title: '逾期测试隐患', foundAt: '2026-10-01', deadline: '2026-11-01' })).json();
    expect(h).toMatchObject({ overdue: true, overdueDays: 22 });
    const overdue = (await t.request(yjj, 'GET', '/api/hazards?overdue=true&pageSize=100')).json().items.map((i: { id: string }) => i.id);
    expect(overdue).toContain(h.id);
  });

  it('names the field for bad input and hands out unique numbers', async () => {
    const bad = await register(yjj, { deadline: '2026-13-40' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('整改期限');
    const noCriterion = await register(yjj, { criterionIds: [] });
    expect(noCriterion.json().field).toBe('criterionIds');
    const future = await register(yjj, { foundAt: '2027-01-01', deadline: '2027-02-01' });
    expect(future.json().field).toBe('foundAt');
    // Criteria are looked up as one text[] parameter: quotes, commas and braces in an id are data, not syntax.
    const oddCriterion = await register(yjj, { criterionIds: [criterionId, 'X"1,2}\\{'] });
    expect(oddCriterion.json()).toMatchObject({ code: 'VALIDATION', field: 'criterionIds', message: '判定依据条款不存在：X"1,2}\\{' });
    // The catalogue is read only for a sector the enterprise does not have: unknown and not-the-enterprise's differ.
    expect((await register(yjj, { sector: 'no_such_sector' })).json()).toMatchObject({ code: 'SECTOR_UNKNOWN', field: 'sector' });
    expect((await register(yjj, { sector: 'fireworks' })).json()).toMatchObject({ code: 'HAZARD_SECTOR_NOT_OF_ENTERPRISE', field: 'sector' });
    const numbers = await t.rows<{ hazard_no: string }>(sql`SELECT hazard_no FROM hazards`);
    expect(new Set(numbers.map((n) => n.hazard_no)).size).toBe(numbers.length);
  });
});

describe('hazard scope and confidentiality', () => {
  it('answers 404 on every hazard endpoint outside the caller’s region or sectors', async () => {
    const h = (await register(yjj, { level: 'general', criterionIds: [], title: '范围测试隐患' })).json();
    for (const username of ['mengcheng_aqb', 'mengcheng_yjj', 'guoyang_zjj', 'sysadmin', 'auditor']) {
      const token = await t.login(username);
      const detail = await t.request(token, 'GET', `/api/hazards/${h.id}`);
      expect([username, detail.statusCode]).toEqual([username, 404]);
      expect((await act(token, h.id, 'void', { version: h.version, reason: 'x' })).statusCode).toBe(404);
      expect((await t.request(token, 'POST', `/api/hazards/${h.id}/link`, { description: 'x' })).statusCode).toBe(404);
      const list = await t.request(token, 'GET', '/api/hazards?pageSize=200');
      if (list.statusCode === 200) expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(h.id);
      else expect(list.statusCode).toBe(404);
    }
    const mengcheng = await t.login('mengcheng_aqb');
    expect((await t.request(mengcheng, 'POST', '/api/hazards', { enterpriseId, level: 'general', title: 'x', foundAt: '2026-11-20', deadline: '2026-12-01' })).statusCode).toBe(404);
    expect((await t.request(mengcheng, 'POST', '/api/hazards/duplicates', { enterpriseId, title: 'x' })).statusCode).toBe(404);
    const city = await t.login('bozhou_aqb');
    expect((await t.request(city, 'GET', `/api/hazards/${h.id}`)).statusCode).toBe(200);
  });

  it('never shows an enterprise that a hazard came from a tip', async () => {
    const id = await t.database.db.transaction(async (tx) => {
      const hazardId = await repo.insertHazard(tx, {
        hazardNo: '341621-2026-900001', enterpriseId, regionCode: '341621001000', sector: 'hazchem', level: 'general', source: 'tip',
        title: '举报查实：夜间违规充装', foundAt: '2026-11-18', deadline: '2026-11-28', status: 'rectifying', foundByOrgId: null,
      });
      await appendHazardEvent(tx, {
        hazardId, regionCode: '341621001000', at: t.clock.now(), actorId: null, actorName: '举报受理员', kind: 'register',
        fromStatus: null, toStatus: 'rectifying', payload: { source: 'tip', tipId: 'TIP-SECRET-42' },
      });
      return hazardId;
    });
    const staffView = await t.request(yjj, 'GET', `/api/hazards/${id}`);
    expect(staffView.json().source).toBe('tip');
    const entView = await t.request(ent, 'GET', `/api/hazards/${id}`);
    expect(entView.json().source).toBe('supervision');
    expect(entView.body).not.toContain('TIP-SECRET-42');
    expect(entView.body).not.toContain('"tip"');
    const entList = await t.request(ent, 'GET', '/api/hazards?pageSize=200');
    expect(entList.body).not.toContain('"tip"');
  });

  it('the application role cannot rewrite a hazard timeline', async () => {
    await expect(t.database.db.execute(sql`UPDATE hazard_events SET payload = '{}'::jsonb`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`DELETE FROM hazard_events`)).rejects.toThrow();
  });
});
