import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { parseInspectionNo } from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { pngWithText } from '../files/test-fixtures.ts';
import { multipartBody } from '../../testing/multipart.ts';

let t: TestApp;
const tokens: Record<string, string> = {};
const token = (who: string) => tokens[who] ?? '';
let enterpriseId = '';
let otherEnterpriseId = '';
let hazchemCriteria: string[] = [];
let photoCount = 0;

const USERS = ['guoyang_yjj', 'guoyang_aqb', 'guoyang_zjj', 'guoyang_town', 'mengcheng_aqb', 'mengcheng_yjj', 'expert_demo', 'ent_admin', 'ent_principal', 'sysadmin', 'bozhou_aqb'];

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 150 });
  for (const u of USERS) tokens[u] = await t.login(u);
  const [demo] = await t.rows<{ id: string }>(sql`SELECT e.id::text FROM enterprises e JOIN users u ON u.enterprise_id = e.id WHERE u.username = 'ent_principal'`);
  enterpriseId = demo?.id ?? '';
  // The demo enterprise: operating hazchem in 涡阳县, registered well before the checks below.
  await t.database.unsafeOwnerExec(`UPDATE enterprises SET status = 'operating', sectors = ARRAY['hazchem'], created_at = '2026-01-01T00:00:00Z' WHERE id = '${enterpriseId}'`);
  const [other] = await t.rows<{ id: string }>(sql`SELECT id::text FROM enterprises WHERE region_code LIKE '341622%' AND status = 'operating' LIMIT 1`);
  otherEnterpriseId = other?.id ?? '';
  // The hazchem sector's 判定标准 in force, as the sector checklist lists them.
  hazchemCriteria = (await t.request(token('guoyang_yjj'), 'GET', '/api/checklists/sector/hazchem?at=2026-11-23')).json().items.map((i: { criterionIds: string[] }) => i.criterionIds[0]);
});
afterAll(async () => t?.close());

/** A fresh photo (distinct bytes) uploaded by `who`, as the field app sends it: with its capture time and place. */
async function photo(who: string) {
  photoCount += 1;
  const body = multipartBody({ name: 'site.png', type: 'image/png', data: pngWithText(8 + photoCount, 8) });
  const res = await t.app.inject({ method: 'POST', url: '/api/files', payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${token(who)}` } });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.body}`);
  return { sha256: res.json().sha256 as string, takenAt: new Date(t.clock.now().getTime() - 60_000).toISOString(), lat: 33.49, lng: 116.21 };
}

const plan = (overrides: Record<string, unknown> = {}) => ({
  kind: 'enforcement',
  methods: ['four_no_two_straight'],
  subjectKind: 'enterprise',
  enterpriseId,
  plannedOn: '2026-11-23',
  checklist: { sector: 'hazchem' },
  members: [{ userId: null, name: '演示执法人员乙', role: 'officer' }],
  ...overrides,
});
const act = (who: string, id: string, action: string, body: Record<string, unknown>) => t.request(token(who), 'POST', `/api/inspections/${id}/actions/${action}`, body);
const hazardCount = async () => (await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM hazards`))[0]?.n ?? 0;

describe('an officer plans, performs and closes an enforcement inspection', () => {
  let id = '';
  let version = 1;

  it('plans with a team (an expert included) and the sector 判定标准 copied item by item', async () => {
    const [expert] = await t.rows<{ id: string }>(sql`SELECT id::text FROM users WHERE username = 'expert_demo'`);
    const res = await t.request(token('guoyang_yjj'), 'POST', '/api/inspections', plan({ members: [{ userId: expert?.id, name: '演示专家', role: 'expert', orgName: '专家库' }] }));
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    id = view.id;
    expect(parseInspectionNo(view.inspectionNo)).toMatchObject({ countyCode: '341621', year: 2026 });
    expect(view).toMatchObject({ status: 'planned', version: 1, leaderName: '涡阳县应急局演示用户', actions: ['start', 'cancel'] });
    expect(view.items.length).toBe(hazchemCriteria.length);
    expect(view.members.map((m: { role: string }) => m.role)).toEqual(['leader', 'expert']);
    // The expert was told in-app.
    const [notice] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM notifications WHERE template = 'inspection_planned' AND recipient_user_id = ${expert?.id}`);
    expect(notice?.n).toBe(1);
  });

  it('is seen by the county, the city, the assigned expert; not by another county, another sector, the enterprise (not closed), platform roles', async () => {
    for (const who of ['guoyang_aqb', 'bozhou_aqb', 'expert_demo']) expect((await t.request(token(who), 'GET', `/api/inspections/${id}`)).statusCode, who).toBe(200);
    const expertList = (await t.request(token('expert_demo'), 'GET', '/api/inspections')).json();
    expect(expertList.items.map((i: { id: string }) => i.id)).toEqual([id]);
    for (const who of ['mengcheng_aqb', 'guoyang_zjj', 'ent_admin', 'sysadmin']) {
      const token_ = token(who);
      expect((await t.request(token_, 'GET', `/api/inspections/${id}`)).statusCode, who).toBe(404);
      expect((await t.request(token_, 'POST', `/api/inspections/${id}/actions/start`, { version: 1, location: { lat: 1, lng: 1 }, photos: [] })).statusCode, who).toBe(404);
      expect((await t.request(token_, 'GET', `/api/inspections/${id}/record.docx`)).statusCode, who).toBe(404);
      expect((await t.request(token_, 'GET', `/api/inspections/${id}/lists`)).statusCode, who).toBe(404);
      const list = await t.request(token_, 'GET', '/api/inspections');
      if (list.statusCode === 200) expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(id);
      else expect(list.statusCode).toBe(404);
    }
    // Planning for an enterprise out of scope is 404 like reading it.
    expect((await t.request(token('guoyang_yjj'), 'POST', '/api/inspections', plan({ enterpriseId: otherEnterpriseId }))).statusCode).toBe(404);
    expect((await t.request(token('expert_demo'), 'POST', '/api/inspections', plan())).statusCode).toBe(404);
  });

  it('starts only with proof of presence: GPS and a photo with its time', async () => {
    const p = await photo('guoyang_yjj');
    const noGps = await act('guoyang_yjj', id, 'start', { version, location: { lat: null, lng: null }, photos: [p] });
    expect(noGps.statusCode).toBe(400);
    expect(noGps.json()).toMatchObject({ field: 'location.lat', message: '须获取现场定位（GPS）后开始检查' });
    const noTime = await act('guoyang_yjj', id, 'start', { version, location: { lat: 33.49, lng: 116.21 }, photos: [{ ...p, takenAt: null }] });
    expect(noTime.json()).toMatchObject({ field: 'photos.0.takenAt' });
    expect(noTime.json().message).toContain('缺少拍摄时间');
    const notMine = await act('guoyang_yjj', id, 'start', { version, location: { lat: 33.49, lng: 116.21 }, photos: [{ ...p, sha256: 'a'.repeat(64) }] });
    expect(notMine.json().field).toBe('photos');
    const ok = await act('guoyang_yjj', id, 'start', { version, location: { lat: 33.49, lng: 116.21 }, photos: [p] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'in_progress', checkDate: '2026-11-23', version: 2 });
    version = 2;
    expect((await act('guoyang_yjj', id, 'start', { version: 1, location: { lat: 1, lng: 1 }, photos: [p] })).statusCode).toBe(409);
    const file = await t.request(token('guoyang_aqb'), 'GET', `/api/inspections/${id}/files/${p.sha256}`);
    expect(file.statusCode).toBe(200);
    expect((await t.request(token('mengcheng_aqb'), 'GET', `/api/inspections/${id}/files/${p.sha256}`)).statusCode).toBe(404);
  });

  it('the expert records results but leaves 不符合 hazards to the officers', async () => {
    const pass = await act('expert_demo', id, 'record', { version, items: [{ seq: 3, result: 'pass' }] });
    expect(pass.statusCode, pass.body).toBe(200);
    version = pass.json().version;
    const raise = await act('expert_demo', id, 'record', { version, items: [{ seq: 4, result: 'fail', photos: [await photo('expert_demo')], hazard: { action: 'raise', title: '专家发现', deadline: '2026-12-31' } }] });
    expect(raise.statusCode).toBe(400);
    expect(raise.json().field).toBe('items.0.hazard');
  });

  it('an on-site test with more right answers than questions is refused, naming the person and the field', async () => {
    const res = await act('guoyang_yjj', id, 'record', { version, items: [], tests: [{ personName: '演示班组长', questions: '动火作业审批流程', correct: 5, total: 3 }] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'tests.0.correct', message: '第1位被询问人：答对题数不能多于题数' });
  });

  it('a 不符合 whose second hazard cannot be joined leaves nothing written (one transaction)', async () => {
    const before = await hazardCount();
    const res = await act('guoyang_yjj', id, 'record', {
      version,
      items: [
        { seq: 1, result: 'fail', note: '未设置紧急切断', photos: [await photo('guoyang_yjj')], hazard: { action: 'raise', title: '储罐区未设置紧急切断装置', deadline: '2027-01-31' } },
        { seq: 2, result: 'fail', photos: [await photo('guoyang_yjj')], hazard: { action: 'link', hazardId: '00000000-0000-4000-8000-000000000000' } },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('items.1.hazard.hazardId');
    expect(await hazardCount()).toBe(before);
    const view = (await t.request(token('guoyang_yjj'), 'GET', `/api/inspections/${id}`)).json();
    expect(view.items[0].result).toBeNull();
    expect(view.version).toBe(version);
  });

  it('two 不符合 items raise two hazards through the hazards service, in the same transaction, sourced 执法检查', async () => {
    const before = await hazardCount();
    const res = await act('guoyang_yjj', id, 'record', {
      version,
      items: [
        { seq: 1, result: 'fail', note: '未设置紧急切断', location: '罐区', photos: [await photo('guoyang_yjj')], hazard: { action: 'raise', title: '储罐区未设置紧急切断装置', deadline: '2027-01-31' } },
        { seq: 2, result: 'fail', note: '报警器失效', photos: [await photo('guoyang_yjj')], hazard: { action: 'raise', title: '可燃气体报警器失效', deadline: '2027-01-15' } },
      ],
      tests: [{ personName: '演示操作工', post: '罐区操作工', questions: '紧急切断阀的操作位置？', correct: 1, total: 2 }],
    });
    expect(res.statusCode, res.body).toBe(200);
    version = res.json().version;
    expect(await hazardCount()).toBe(before + 2);
    const view = res.json();
    expect(view.findings).toBe(2);
    expect(view.majorFindings).toBe(2);
    const raised = view.items.filter((i: { hazard: unknown }) => i.hazard !== null);
    expect(raised.map((i: { hazard: { link: string } }) => i.hazard.link)).toEqual(['raised', 'raised']);
    const [h] = await t.rows<{ source: string; level: string; status: string; payload: { inspection: { inspectionId: string } } }>(
      sql`SELECT h.source, h.level, h.status, e.payload FROM hazards h JOIN hazard_events e ON e.hazard_id = h.id AND e.seq = 1 WHERE h.id = ${raised[0].hazard.id}`,
    );
    expect(h).toMatchObject({ source: 'enforcement', level: 'major', status: 'rectifying' });
    expect(h?.payload.inspection.inspectionId).toBe(id);
    expect(view.tests).toHaveLength(1);
    // The hazard's page finds the inspection behind it.
    const behind = (await t.request(token('guoyang_aqb'), 'GET', `/api/inspections?hazardId=${raised[0].hazard.id}`)).json();
    expect(behind.items.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('refuses a major 不符合 without its criterion, naming the field', async () => {
    const list = await t.request(token('guoyang_yjj'), 'POST', '/api/checklists', {
      title: '演示通用检查清单', sectors: ['hazchem'], effectiveFrom: '2026-01-01', items: [{ code: '1', text: '安全管理制度落实' }, { code: '2', text: '应急预案演练' }],
    });
    const planned = await t.request(token('guoyang_yjj'), 'POST', '/api/inspections', plan({ kind: 'supervision', checklist: { checklistId: list.json().id } }));
    const other = planned.json();
    const started = await act('guoyang_yjj', other.id, 'start', { version: 1, location: { lat: 33.49, lng: 116.21 }, photos: [await photo('guoyang_yjj')] });
    const res = await act('guoyang_yjj', other.id, 'record', { version: started.json().version, items: [{ seq: 1, result: 'fail', major: true, hazard: { action: 'raise', title: '重大隐患', deadline: '2027-01-01' } }] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'items.0.criterionIds', message: '第1项：重大事故隐患项为「不符合」时须选择判定标准条款' });
  });

  it('closing needs every item answered, then a conclusion and the leader signature; the enterprise then sees it', async () => {
    const early = await act('guoyang_yjj', id, 'close', { version, conclusion: '存在重大事故隐患', signatures: [{ role: 'leader', name: '演示组长' }], noCaseReason: '移交' });
    expect(early.statusCode).toBe(400);
    expect(early.json().field).toBe('items');
    expect(early.json().message).toMatch(/^尚有\d+项未填写检查结果/);
    const view = (await t.request(token('guoyang_yjj'), 'GET', `/api/inspections/${id}`)).json();
    const rest = view.items.filter((i: { result: string | null }) => i.result === null).map((i: { seq: number }) => ({ seq: i.seq, result: 'pass' }));
    version = (await act('guoyang_yjj', id, 'record', { version, items: rest })).json().version;
    const noReason = await act('guoyang_yjj', id, 'close', { version, conclusion: '存在重大事故隐患', signatures: [{ role: 'leader', name: '演示组长' }] });
    expect(noReason.json().field).toBe('noCaseReason');
    const noSign = await act('guoyang_yjj', id, 'close', { version, conclusion: '存在重大事故隐患', signatures: [], noCaseReason: '已责令限期整改，视整改情况立案' });
    expect(noSign.json().field).toBe('signatures');
    const closed = await act('guoyang_yjj', id, 'close', { version, conclusion: '存在重大事故隐患2项，已责令限期整改', signatures: [{ role: 'leader', name: '演示组长' }, { role: 'enterprise', name: '演示企业负责人' }], noCaseReason: '已责令限期整改，视整改情况立案' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', actions: [] });
    const seen = await t.request(token('ent_admin'), 'GET', `/api/inspections/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().actions).toEqual([]);
    const full = (await t.request(token('guoyang_yjj'), 'GET', `/api/inspections/${id}`)).json();
    expect(full.timelineVerified).toBe(true);
    expect(full.timeline.map((e: { kind: string }) => e.kind)).toEqual(['plan', 'start', 'record', 'record', 'record', 'close']);
    const docx = await t.app.inject({ method: 'GET', url: `/api/inspections/${id}/record.docx`, headers: { authorization: `Bearer ${token('ent_admin')}` } });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const lists = (await t.request(token('guoyang_yjj'), 'GET', `/api/inspections/${id}/lists`)).json();
    expect(lists.problems).toHaveLength(2);
    expect(lists.rectification.map((r: { statusLabel: string }) => r.statusLabel)).toEqual(['整改中', '整改中']);
    expect(lists.enforcement.noCaseReason).toContain('限期整改');
  });
});

describe('暗访 results stay hidden from the enterprise until released', () => {
  it('closed unannounced: 404 for the enterprise until the org releases it', async () => {
    const res = await t.request(token('guoyang_yjj'), 'POST', '/api/inspections', plan({ kind: 'supervision', methods: ['unannounced'] }));
    const insp = res.json();
    let v = (await act('guoyang_yjj', insp.id, 'start', { version: 1, location: { lat: 33.49, lng: 116.21 }, photos: [await photo('guoyang_yjj')] })).json().version;
    v = (await act('guoyang_yjj', insp.id, 'record', { version: v, items: insp.items.map((i: { seq: number }) => ({ seq: i.seq, result: 'na' })) })).json().version;
    const closed = await act('guoyang_yjj', insp.id, 'close', { version: v, conclusion: '未发现问题', signatures: [{ role: 'leader', name: '演示组长' }] });
    expect(closed.json()).toMatchObject({ status: 'closed', findings: 0, unreleased: true, actions: ['release'] });
    expect((await t.request(token('ent_admin'), 'GET', `/api/inspections/${insp.id}`)).statusCode).toBe(404);
    expect((await t.request(token('ent_admin'), 'GET', '/api/inspections')).json().items.map((i: { id: string }) => i.id)).not.toContain(insp.id);
    const released = await act('guoyang_yjj', insp.id, 'release', { version: closed.json().version });
    expect(released.statusCode).toBe(200);
    expect(released.json().unreleased).toBe(false);
    expect((await t.request(token('ent_admin'), 'GET', `/api/inspections/${insp.id}`)).statusCode).toBe(200);
  });
});

describe("the enterprise's principal-led check", () => {
  let checkId = '';

  it('the phone form offers the sector 判定标准 and the running period', async () => {
    const form = await t.request(token('ent_principal'), 'GET', '/api/principal-checks/form');
    expect(form.statusCode, form.body).toBe(200);
    expect(form.json()).toMatchObject({ enterprise: { cadence: 'month' }, period: { key: '2026-11' } });
    expect(form.json().checklists.map((c: { key: string }) => c.key)).toContain('sector:hazchem');
    for (const who of ['ent_admin', 'guoyang_yjj', 'sysadmin']) expect((await t.request(token(who), 'GET', '/api/principal-checks/form')).statusCode, who).toBe(404);
  });

  const submission = async (overrides: Record<string, unknown> = {}) => {
    const failPhoto = await photo('ent_principal');
    return {
    checkDate: '2026-11-20',
    checklist: { sector: 'hazchem' },
    location: { lat: 33.49, lng: 116.21 },
    photos: [await photo('ent_principal')],
    attendance: [{ name: '演示安全员', post: '安全管理员' }],
    items: hazchemCriteria.map((_, k) => (k === 5 ? { seq: k + 1, result: 'fail', note: '防爆电气不符合', photos: [failPhoto], hazard: { action: 'raise', title: '防爆区域电气设备不符合要求', deadline: '2026-12-20' } } : { seq: k + 1, result: 'pass' })),
    conclusion: '除防爆电气外其余符合',
    ...overrides,
    };
  };

  it.each<[string, Record<string, unknown>, string]>([
    ['a check dated in a future period', { checkDate: '2026-12-02' }, 'checkDate'],
    ['a check older than the 补录 window', { checkDate: '2026-11-01' }, 'checkDate'],
    ['a photo without time', { photos: [{ sha256: 'b'.repeat(64), takenAt: null }] }, 'photos.0.takenAt'],
    ['no attendance', { attendance: [] }, 'attendance'],
  ])('refuses %s, naming the field', async (_name, overrides, field) => {
    const before = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM inspections`);
    const res = await t.request(token('ent_principal'), 'POST', '/api/principal-checks', await submission(overrides));
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe(field);
    expect((await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM inspections`))[0]?.n).toBe(before[0]?.n);
  });

  it('refuses a submission with items unanswered', async () => {
    const body = await submission();
    const res = await t.request(token('ent_principal'), 'POST', '/api/principal-checks', { ...body, items: (body.items as unknown[]).slice(2) });
    expect(res.json()).toMatchObject({ field: 'items' });
    expect(res.json().message).toContain('尚有2项未填写检查结果');
  });

  it('is recorded closed and frozen; its 不符合 is reported to the regulator (待认定); the period is done; a retry returns it', async () => {
    const dueBefore = (await t.request(token('ent_principal'), 'GET', '/api/principal-checks/periods?state=due')).json();
    expect(dueBefore).toMatchObject({ total: 1, periods: [{ key: '2026-11', state: 'due' }] });
    const body = await submission();
    const key = 'principal-check-0001';
    const res = await t.app.inject({ method: 'POST', url: '/api/principal-checks', payload: body, headers: { authorization: `Bearer ${token('ent_principal')}`, 'idempotency-key': key } });
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    checkId = view.id;
    expect(view).toMatchObject({ kind: 'self_inspection', ledByPrincipal: true, status: 'closed', findings: 1, hashIntact: true, actions: [] });
    expect(view.recordHash).toMatch(/^[0-9a-f]{64}$/);
    const raised = view.items.find((i: { hazard: unknown }) => i.hazard !== null);
    const [h] = await t.rows<{ source: string; status: string }>(sql`SELECT source, status FROM hazards WHERE id = ${raised.hazard.id}`);
    expect(h).toEqual({ source: 'self_inspection', status: 'pending_confirmation' });
    const periods = (await t.request(token('ent_principal'), 'GET', '/api/principal-checks/periods')).json();
    expect(periods.current).toMatchObject({ key: '2026-11', state: 'done', inspectionId: checkId });
    // The 待办 「本期带队检查待开展」 is gone with it.
    expect((await t.request(token('ent_principal'), 'GET', '/api/principal-checks/periods?state=due')).json().total).toBe(0);
    const todo = ((await t.request(token('ent_principal'), 'GET', '/api/todos')).json() as { items: { key: string; count: number }[] }).items.find((i) => i.key === 'principal_checks.due');
    expect(todo?.count).toBe(0);
    expect((await t.request(token('ent_principal'), 'GET', '/api/principal-checks/periods?state=later')).statusCode).toBe(400);
    const again = await t.app.inject({ method: 'POST', url: '/api/principal-checks', payload: body, headers: { authorization: `Bearer ${token('ent_principal')}`, 'idempotency-key': key } });
    expect(again.json().id).toBe(checkId);
    // The regulator sees it; another county does not.
    expect((await t.request(token('guoyang_yjj'), 'GET', `/api/inspections/${checkId}`)).statusCode).toBe(200);
    expect((await t.request(token('mengcheng_yjj'), 'GET', `/api/inspections/${checkId}`)).statusCode).toBe(404);
    // No action applies to a frozen check, whoever asks.
    expect((await act('guoyang_yjj', checkId, 'cancel', { version: view.version, reason: '测试' })).statusCode).toBe(403);
  });

  it('a change behind the record no longer matches its hash', async () => {
    await t.database.unsafeOwnerExec(`UPDATE inspections SET conclusion = '改过的结论' WHERE id = '${checkId}'`);
    expect((await t.request(token('ent_principal'), 'GET', `/api/inspections/${checkId}`)).json().hashIntact).toBe(false);
  });

  it('查不出: a major hazard found by enforcement 10 days later for a criterion the check recorded 符合 is listed; the regulator marks it', async () => {
    t.clock.set(new Date('2026-11-30T02:00:00Z'));
    for (const u of USERS) tokens[u] = await t.login(u);
    const res = await t.request(token('guoyang_yjj'), 'POST', '/api/inspections', plan({ plannedOn: '2026-11-30' }));
    const insp = res.json();
    let v = (await act('guoyang_yjj', insp.id, 'start', { version: 1, location: { lat: 33.49, lng: 116.21 }, photos: [await photo('guoyang_yjj')] })).json().version;
    const recorded = await act('guoyang_yjj', insp.id, 'record', { version: v, items: [{ seq: 1, result: 'fail', photos: [await photo('guoyang_yjj')], hazard: { action: 'raise', title: '紧急切断装置仍未设置', deadline: '2027-01-31' } }] });
    expect(recorded.statusCode, recorded.body).toBe(200);
    v = recorded.json().version;
    const hazardId = recorded.json().items[0].hazard.id;
    const list = await t.request(token('guoyang_yjj'), 'GET', '/api/missed-detections');
    expect(list.statusCode).toBe(200);
    const pair = list.json().items.find((d: { hazard: { id: string } }) => d.hazard.id === hazardId);
    expect(pair).toMatchObject({ reason: 'criterion_passed', check: { id: checkId }, daysAfter: 10, review: null });
    expect((await t.request(token('mengcheng_yjj'), 'GET', '/api/missed-detections')).json().items).toEqual([]);
    expect((await t.request(token('ent_admin'), 'GET', '/api/missed-detections')).statusCode).toBe(404);
    expect((await t.request(token('mengcheng_yjj'), 'POST', `/api/missed-detections/${hazardId}/review`, { verdict: 'confirmed' })).statusCode).toBe(404);
    const reviewed = await t.request(token('guoyang_yjj'), 'POST', `/api/missed-detections/${hazardId}/review`, { verdict: 'confirmed', note: '自查流于形式' });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json().review).toMatchObject({ verdict: 'confirmed' });
    expect((await t.request(token('guoyang_yjj'), 'GET', '/api/missed-detections?verdict=pending')).json().items.map((d: { hazard: { id: string } }) => d.hazard.id)).not.toContain(hazardId);
  });
});

describe('inspection figures', () => {
  it('by kind, method and region, with coverage and major hazards per 100 inspections; scoped', async () => {
    const res = await t.request(token('guoyang_aqb'), 'GET', '/api/stats/inspections?by=kind&from=2026-01-01');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.figures.inspections).toBeGreaterThanOrEqual(2);
    expect(body.figures.majorFindings).toBeGreaterThanOrEqual(2);
    expect(body.figures.majorPer100).toBeCloseTo((body.figures.majorFindings / body.figures.inspections) * 100);
    expect(body.figures.coverage).toBeGreaterThan(0);
    expect(body.groups.map((g: { label: string }) => g.label)).toContain('执法检查');
    const methods = (await t.request(token('guoyang_aqb'), 'GET', '/api/stats/inspections?by=method&from=2026-01-01')).json();
    expect(methods.groups.map((g: { label: string }) => g.label)).toEqual(expect.arrayContaining(['四不两直', '暗访']));
    expect((await t.request(token('mengcheng_aqb'), 'GET', '/api/stats/inspections?by=kind&from=2026-01-01')).json().figures.inspections).toBe(0);
    expect((await t.request(token('mengcheng_aqb'), 'GET', '/api/stats/inspections?regionCode=341621000000')).statusCode).toBe(404);
    expect((await t.request(token('ent_admin'), 'GET', '/api/stats/inspections')).statusCode).toBe(404);
  });
});
