import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { hazards, plans, tips } from '../db/schema/index.ts';
import { scopeWhere } from '../lib/scope-sql.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { hazardStream, planStream, tipStream, type HazardAppended } from './streams.ts';
import { eventsOfRow, listEvents, recordEvent, verifyEvents, type Subscriber } from './timeline.ts';
import { performWorkflowAction } from './pipeline.ts';
import { hazardSubscribers } from './subscribers.ts';
import { systemSealLegacyEvents } from './legacy.ts';
import { inTransaction } from './unit.ts';
import { presentTimeline } from './present.ts';
import { prepareOnce, runPrepared } from '../db/prepared.ts';
import { createNotificationChannels } from '../modules/notifications/notification-channels.ts';
import { deliverPendingNotifications } from '../modules/notifications/notifications.service.ts';
import { authenticate } from '../modules/auth/auth.service.ts';
import { findHazard } from '../modules/hazards/hazards.repository.ts';
import { presentHazard } from '../modules/hazards/hazards.presenter.ts';
import { hazardWorkflow, performHazardAction } from '../modules/hazards/hazards.workflow.ts';
import { initiatorOf } from '../lib/request-context.ts';
import { actionContext } from './context.ts';

// The workflow kernel through the API on a real database: one timeline for hazards and tips (hash chain,
// version = last seq), subscribers that skip what changes no figure, the refusal to build on a record changed
// behind its timeline, after-commit hooks, form requirements sent with the record and enforced by the server.

let t: TestApp;
let yjj: string; // 涡阳县应急管理局 (hazchem …)
let ent: string; // the demo enterprise's admin
let jb: string; // 亳州市 tip officer
let enterpriseId: string;

const register = (overrides: Record<string, unknown> = {}) =>
  t.request(yjj, 'POST', '/api/hazards', {
    enterpriseId, level: 'general', sector: 'hazchem', title: '内核测试隐患', description: '装卸区静电接地装置损坏', location: '装卸区',
    foundAt: '2026-11-20', deadline: '2026-12-20', ...overrides,
  });
const act = async (token: string, id: string, action: string, body: Record<string, unknown>) => t.request(token, 'POST', `/api/hazards/${id}/actions/${action}`, body);
/** The outbox delivers what is pending (each delivered notice is a side event on its hazard's timeline). */
const deliverNotices = async () => {
  const log = { info: () => undefined, error: () => undefined };
  await deliverPendingNotifications({ db: t.database.db, clock: t.clock, channels: createNotificationChannels({ kind: 'log' }, log), log });
};

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 60 });
  yjj = await t.login('guoyang_yjj');
  ent = await t.login('ent_admin');
  jb = await t.login('bozhou_jb');
  enterpriseId = (await t.request(ent, 'GET', '/api/me')).json().enterprise.id;
  await t.database.db.execute(sql`UPDATE enterprises SET sectors = ARRAY['hazchem']::text[] WHERE id = ${enterpriseId}`);
});
afterAll(async () => t?.close());

describe('one timeline for every workflow', () => {
  it('a hazard: every event moves the version on, so version = last seq, through actions, links and escalations', async () => {
    const h = (await register({ level: 'major', criterionIds: ['HG2017-5'] })).json();
    expect(h.version).toBe(1);
    const listed = await act(yjj, h.id, 'list', { version: 1, docNo: 'x', deadline: '2027-01-01' });
    expect(listed.statusCode, listed.body).toBe(200);
    expect((await t.request(yjj, 'POST', `/api/hazards/${h.id}/link`, { description: '群众反映同一问题' })).json().version).toBe(3);
    expect((await t.request(yjj, 'POST', '/api/escalations', { kind: 'letter', hazardId: h.id, docNo: '涡安办函〔2026〕1号', note: '函告' })).statusCode).toBe(201);
    const current = (await t.request(yjj, 'GET', `/api/hazards/${h.id}`)).json();
    expect(current.timeline.map((e: { kind: string }) => e.kind)).toEqual(['register', 'list', 'linked_report', 'escalation']);
    expect(current.version).toBe(4);
    expect(current).toMatchObject({ timelineVerified: true, timelineProblems: [] });
  });

  it('a tip: its events are hash-chained like a hazard’s, and its version is its last seq', async () => {
    const created = await t.request(jb, 'POST', '/api/tips', {
      targetEnterpriseId: enterpriseId, targetName: '演示化工', regionCode: '341621000000', category: 'general_hazard',
      content: '内核测试：仓库安全出口被货物堵塞，消防栓无水带', anonymous: true, channel: 'phone',
    });
    expect(created.statusCode, created.body).toBe(201);
    const tip = created.json().tip as { id: string; version: number };
    const accepted = await t.request(jb, 'POST', `/api/tips/${tip.id}/actions/accept`, { version: tip.version, note: '受理' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const asked = await t.request(jb, 'POST', `/api/tips/${tip.id}/actions/ask`, { version: accepted.json().version, text: '请补充具体位置' });
    expect(asked.json().requirements).toBeDefined();
    const events = await listEvents(t.database.db, tipStream, tip.id);
    expect(events.map((e) => [e.seq, e.kind])).toEqual([[1, 'received'], [2, 'accept'], [3, 'ask']]);
    expect(verifyEvents(tipStream, events)).toEqual({ ok: true, brokenAtSeq: null });
    expect(asked.json().version).toBe(3);
    // Editing a stored tip event (as the owner, past the append-only trigger) breaks the chain there.
    await t.database.unsafeOwnerExec(`ALTER TABLE tip_events DISABLE TRIGGER tip_events_no_update; UPDATE tip_events SET note = '篡改' WHERE tip_id = '${tip.id}' AND seq = 2; ALTER TABLE tip_events ENABLE TRIGGER tip_events_no_update;`);
    expect(verifyEvents(tipStream, await listEvents(t.database.db, tipStream, tip.id))).toEqual({ ok: false, brokenAtSeq: 2 });
  });

  it('tip events from before the chain are sealed once at start-up, and sealing again changes nothing', async () => {
    const [tip] = await t.rows<{ id: string }>(sql`SELECT id FROM tips ORDER BY received_at LIMIT 1`);
    const id = tip?.id ?? '';
    // What migration 20261204165329 leaves for an old database: numbered events with empty hashes.
    await t.database.unsafeOwnerExec(`ALTER TABLE tip_events DISABLE TRIGGER tip_events_no_update; UPDATE tip_events SET prev_hash = '', hash = '' WHERE tip_id = '${id}'; ALTER TABLE tip_events ENABLE TRIGGER tip_events_no_update;`);
    expect(verifyEvents(tipStream, await listEvents(t.database.db, tipStream, id)).ok).toBe(false);
    const sealed = await systemSealLegacyEvents(t.database, tipStream, 'tip_events', 'tip_id');
    expect(sealed).toBeGreaterThan(0);
    expect(verifyEvents(tipStream, await listEvents(t.database.db, tipStream, id))).toEqual({ ok: true, brokenAtSeq: null });
    expect(await systemSealLegacyEvents(t.database, tipStream, 'tip_events', 'tip_id')).toBe(0);
  });
});

describe('subscribers', () => {
  const spans = async (id: string) => (await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM hazard_stat_spans WHERE hazard_id = ${id}`))[0]?.n ?? 0;

  it('events that change no figure skip the statistics upkeep entirely; the others refresh it', async () => {
    const h = (await register({ title: '统计订阅测试', level: 'major', criterionIds: ['HG2017-5'] })).json();
    const maintained = await spans(h.id);
    expect(maintained).toBeGreaterThan(0);
    // Take the facts away: an event the statistics subscriber skips leaves them away; one it follows restores them.
    await t.database.db.execute(sql`DELETE FROM hazard_stat_spans WHERE hazard_id = ${h.id}`);
    await t.request(yjj, 'POST', `/api/hazards/${h.id}/link`, { description: '同一问题再次发现' });
    expect(await spans(h.id)).toBe(0);
    const listed = await act(yjj, h.id, 'list', { version: 2, docNo: '涡安办督〔2026〕9号', deadline: '2027-01-01' });
    expect(listed.statusCode, listed.body).toBe(200);
    expect(await spans(h.id)).toBe(maintained);
  });

  it('a major registration queues the notices through the subscriber; a refused one queues nothing', async () => {
    const before = (await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM notifications`))[0]?.n ?? 0;
    const bad = await register({ level: 'major', criterionIds: ['HG2017-5'], deadline: '2026-01-01' }); // deadline before found: refused
    expect(bad.statusCode).toBe(400);
    expect((await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM notifications`))[0]?.n ?? 0).toBe(before);
    const major = (await register({ level: 'major', criterionIds: ['HG2017-5'], title: '重大隐患通知测试' })).json();
    expect(major.notifications.length).toBeGreaterThan(0);
  });

  it('after-commit hooks run after a commit, never for a rolled-back transaction', async () => {
    const ran: string[] = [];
    await inTransaction(t.database.db, async (unit) => {
      unit.afterCommit(() => void ran.push('committed'));
      expect(ran).toEqual([]);
    });
    await expect(
      inTransaction(t.database.db, async (unit) => {
        unit.afterCommit(() => void ran.push('rolled back'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(ran).toEqual(['committed']);
  });
});

describe('the version check', () => {
  it('a version behind only by side events (notices delivered meanwhile) is still current; behind by an action it is 409', async () => {
    const h = (await register({ level: 'major', criterionIds: ['HG2017-5'], title: '版本与旁注测试' })).json();
    expect(h.version).toBe(1);
    await deliverNotices();
    const delivered = (await t.request(yjj, 'GET', `/api/hazards/${h.id}`)).json();
    expect(delivered.version).toBeGreaterThan(1); // each delivered notice is an event on the timeline
    const listed = await act(yjj, h.id, 'list', { version: 1, docNo: '涡安办督〔2026〕5号', deadline: '2027-01-01' });
    expect(listed.statusCode, listed.body).toBe(200);
    const stale = await act(yjj, h.id, 'delist', { version: 1, note: '已整改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
  });
});

/** A new major hazard as the route loads it for an action (version 1), and the context the action runs in. */
const loadedForAction = async (title: string) => {
  const h = (await register({ level: 'major', criterionIds: ['HG2017-5'], title })).json();
  const auth = await authenticate({ db: t.database.db, clock: t.clock }, yjj);
  const loaded = auth ? await findHazard(t.database.db, auth.scope, h.id) : null;
  if (!auth || !loaded) throw new Error('no session or no hazard');
  return { h, loaded, ctx: actionContext({ db: t.database.db, clock: t.clock }, auth, initiatorOf(auth, null)) };
};

describe('a side event between the load and the write', () => {
  it('does not turn an action into a conflict: a notice delivered meanwhile moves the version, the action still applies', async () => {
    const { h, loaded, ctx } = await loadedForAction('加载与写入之间送达');
    // The route has loaded the record (version 1); the notices are delivered before the action's transaction.
    await deliverNotices();
    const delivered = (await t.request(yjj, 'GET', `/api/hazards/${h.id}`)).json();
    expect(delivered.version).toBeGreaterThan(1);
    const written = await performHazardAction(ctx, loaded.hazard, 'list', { version: 1, docNo: '涡安办督〔2026〕6号', deadline: '2027-01-01' });
    expect(written.version).toBe(delivered.version + 1);
    expect(written.listing).not.toBeNull();
    const events = await listEvents(t.database.db, hazardStream, h.id);
    expect(verifyEvents(hazardStream, events).ok).toBe(true);
    expect(events.at(-1)?.kind).toBe('list');
    expect(events.at(-1)?.seq).toBe(written.version);
  });

  it('the answer to a write is checked against its own events: a notice delivered right after it is newer, not a mismatch', async () => {
    const { h, loaded, ctx } = await loadedForAction('写入后立即送达');
    await deliverNotices();
    // The row as the write left it (version 1), presented after the notices moved the stored version on.
    const answer = await presentHazard(t.database.db, ctx.auth, loaded, t.clock.now());
    expect(answer).toMatchObject({ version: 1, timelineVerified: true, timelineProblems: [] });
    expect(answer.timeline.map((e) => e.seq)).toEqual([1]);
    // Read again, the record and its timeline include the deliveries.
    const fresh = (await t.request(yjj, 'GET', `/api/hazards/${h.id}`)).json();
    expect(fresh.version).toBeGreaterThan(1);
    expect(fresh.timeline).toHaveLength(fresh.version);
    expect(fresh.timelineVerified).toBe(true);
  });

  it('still refuses it when an action came in between (409)', async () => {
    const { h, loaded, ctx } = await loadedForAction('加载与写入之间他人操作');
    expect((await act(yjj, h.id, 'list', { version: 1, docNo: '涡安办督〔2026〕7号', deadline: '2027-01-01' })).statusCode).toBe(200);
    await expect(performHazardAction(ctx, loaded.hazard, 'list', { version: 1, docNo: '涡安办督〔2026〕8号', deadline: '2027-01-01' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('statements sent side by side in one transaction (pipeline mode on PostgreSQL)', () => {
  const divisionByZero = prepareOnce('workflow_test_division_by_zero', () => sql`SELECT 1 / 0 AS n`);
  const escalation = (note: string) => ({ at: t.clock.now(), actorId: null, actorName: '内核测试', kind: 'escalation', payload: { note } });

  it('a subscriber that fails while the others’ statements are on their way rolls back everything, and its error is the one thrown', async () => {
    const { h, loaded, ctx } = await loadedForAction('订阅者失败回滚');
    const failing: Subscriber<HazardAppended> = {
      name: 'failing',
      when: () => true,
      // A prepared statement goes out when called, ahead of the statistics upkeep behind it.
      run: async (unit) => void (await runPrepared(unit.tx, divisionByZero(), {})),
    };
    const definition: typeof hazardWorkflow = { ...hazardWorkflow, stream: { ...hazardStream, subscribers: () => [failing, ...hazardSubscribers] } };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const [spansBefore] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM hazard_stat_spans WHERE hazard_id = ${h.id}`);
      await expect(performWorkflowAction(definition, ctx, loaded.hazard, 'list', { version: 1, docNo: '涡安办督〔2026〕41号', deadline: '2027-01-01' })).rejects.toMatchObject({ cause: { code: '22012' } });
      // The record, its timeline and the statistics subscriber's rows are as before.
      const [row] = await t.rows<{ version: number; listing: unknown }>(sql`SELECT version, listing FROM hazards WHERE id = ${h.id}`);
      expect(row).toEqual({ version: 1, listing: null });
      expect((await listEvents(t.database.db, hazardStream, h.id)).map((e) => e.kind)).toEqual(['register']);
      expect(await t.rows(sql`SELECT count(*)::int AS n FROM hazard_stat_spans WHERE hazard_id = ${h.id}`)).toEqual([spansBefore]);
      // The statements behind the failed one were answered with errors too: none of them surfaced as unhandled.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
      // And the connection went back to the pool in a usable state.
      expect((await act(yjj, h.id, 'list', { version: 1, docNo: '涡安办督〔2026〕42号', deadline: '2027-01-01' })).statusCode).toBe(200);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('an event committed while another write waited for the record’s lock is built on, not called an inconsistency', async () => {
    const h = (await register({ title: '加锁后读链尾' })).json();
    let holding: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (holding = resolve));
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const first = inTransaction(t.database.db, async (unit) => {
      await recordEvent(unit, hazardStream, h.id, escalation('先'));
      holding();
      await released;
    });
    await held;
    const second = inTransaction(t.database.db, (unit) => recordEvent(unit, hazardStream, h.id, escalation('后')));
    // The second write has sent its lock (and its last-link read), and waits for the first's row lock (pg_locks shows
    // every session's locks; pg_stat_activity hides other roles' waits from the app role).
    for (let i = 0; i < 100; i += 1) {
      const [waiting] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`);
      if ((waiting?.n ?? 0) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    release();
    await first;
    expect((await second)?.event.seq).toBe(3);
    const events = await listEvents(t.database.db, hazardStream, h.id);
    expect(events.map((e) => [e.seq, e.payload.note ?? null])).toEqual([[1, null], [2, '先'], [3, '后']]);
    expect(verifyEvents(hazardStream, events).ok).toBe(true);
  });
});

describe('a record changed behind its timeline', () => {
  it('is refused further actions (409) and shows the mismatch on its page', async () => {
    const h = (await register({ title: '篡改测试隐患', level: 'major', criterionIds: ['HG2017-5'] })).json();
    await t.database.db.update(hazards).set({ version: 5 }).where(sql`id = ${h.id}`);
    const refused = await act(yjj, h.id, 'list', { version: 5, docNo: 'x', deadline: '2027-01-01' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('TIMELINE_INCONSISTENT');
    const page = (await t.request(yjj, 'GET', `/api/hazards/${h.id}`)).json();
    expect(page.timelineVerified).toBe(false);
    expect(page.timelineProblems.join()).toContain('记录版本为 5');
    // Nothing was written by the refused action.
    expect((await listEvents(t.database.db, hazardStream, h.id)).length).toBe(1);
  });
});

describe('eventsOfRow: which events a row read before them is shown with (hazard view and presentTimeline)', () => {
  const seqs = (n: number) => Array.from({ length: n }, (_, i) => ({ seq: i + 1 }));
  it.each([
    ['a change committed in between: the row with its own events', 3, 2, 3, 2],
    ['nothing committed in between: every event', 3, 3, 3, 3],
    ['the stored version not read (no event past the row): every event', 3, 3, null, 3],
    ['the version set back behind the timeline: every event, so it shows', 3, 2, 2, 3],
    ['set back and read before another change: every event, so it shows', 4, 2, 3, 4],
    ['the timeline lost its tail: every event', 2, 3, 3, 2],
  ] as const)('%s', (_, events, rowVersion, stored, shown) => {
    expect(eventsOfRow(seqs(events), rowVersion, stored).length).toBe(shown);
  });
});

describe('a record view read while another change commits (plans, tasks, returns, rounds, draws, inspections)', () => {
  it('shows the row with its own events, verified; a version set back behind the timeline still shows', async () => {
    const aqb = await t.login('bozhou_aqb');
    const created = (await t.request(aqb, 'POST', '/api/plans', { kind: 'special', name: '内核测试专项方案', periodFrom: '2026-01-01', periodTo: '2026-12-31' })).json();
    expect(created).toMatchObject({ version: 1, timelineVerified: true });
    const [loaded] = await t.database.db.select().from(plans).where(sql`id = ${created.id}`);
    // Another user's change commits after the row was read and before its events are.
    const issued = await t.request(aqb, 'POST', `/api/plans/${created.id}/actions/issue`, { version: 1, docNo: '亳安〔2026〕9号', issuedOn: '2026-03-01' });
    expect(issued.statusCode, issued.body).toBe(200);
    const view = await presentTimeline(t.database.db, planStream, loaded!);
    expect(view.timeline.map((e) => e.kind)).toEqual(['create']);
    expect(view.timelineVerified).toBe(true);
    // The stored version set back behind its two events: every event is compared, and the page says so.
    await t.database.db.update(plans).set({ version: 1 }).where(sql`id = ${created.id}`);
    const page = (await t.request(aqb, 'GET', `/api/plans/${created.id}`)).json();
    expect(page.timeline.map((e: { kind: string }) => e.kind)).toEqual(['create', 'issue']);
    expect(page.timelineVerified).toBe(false);
  });
});

describe('form requirements: sent with the record, enforced by the server with the same rule', () => {
  it('the intake form: sources this caller may use, the enterprise’s sectors, a criterion for a major registration', async () => {
    const staff = (await t.request(yjj, 'GET', `/api/hazards/form-requirements?enterpriseId=${enterpriseId}`)).json();
    expect(staff.channel).toBe('register');
    expect(staff.requirements.source.options).toEqual(['supervision', 'enforcement', 'monitoring', 'expert', 'accident']);
    expect(staff.requirements.sector.options).toEqual(['hazchem']);
    expect(staff.requirements.criterionIds.required).toEqual({ whenField: 'level', equals: 'major' });
    expect(staff.requirements.evidence.required).toEqual({ whenField: 'fixedOnSite', equals: true });
    const enterprise = (await t.request(ent, 'GET', '/api/hazards/form-requirements')).json();
    expect(enterprise).toMatchObject({ channel: 'report', requirements: { source: { options: ['self_inspection', 'worker_report'] }, criterionIds: { required: false } } });
    expect((await t.request(await t.login('mengcheng_aqb'), 'GET', `/api/hazards/form-requirements?enterpriseId=${enterpriseId}`)).statusCode).toBe(404);
    expect((await t.request(await t.login('sysadmin'), 'GET', '/api/hazards/form-requirements')).statusCode).toBe(404);
  });

  it('each allowed action carries its form; the server refuses with the requirement’s own words', async () => {
    const h = (await register({ title: '表单要求测试' })).json();
    expect(Object.keys(h.requirements).sort()).toEqual([...h.actions].sort());
    const forEnterprise = (await t.request(ent, 'GET', `/api/hazards/${h.id}`)).json();
    const plan = { responsible: '张演示', measures: '更换接地装置', fundsWanYuan: 1, deadline: '2026-12-10', contingency: '' };
    expect(forEnterprise.requirements.submit_plan['plan.deadline'].max).toBe('2026-12-20');
    const planned = await act(ent, h.id, 'submit_plan', { version: 1, plan });
    expect(planned.statusCode, planned.body).toBe(200);
    const extension = planned.json().requirements.request_extension;
    expect(extension.newDeadline.min).toBe('2026-12-21');
    const early = await act(ent, h.id, 'request_extension', { version: 2, reason: '材料未到', interimControls: '专人值守', newDeadline: '2026-12-20' });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ field: 'newDeadline', message: extension.newDeadline.hint });
  });
});

describe('scopes of the registry in SQL', () => {
  it('an assigned scope reads exactly its records', async () => {
    const ids = (await t.rows<{ id: string }>(sql`SELECT id FROM tips ORDER BY id LIMIT 2`)).map((r) => r.id);
    const columns = { regionCode: tips.regionCode, sector: tips.sector, enterpriseId: tips.targetEnterpriseId, id: tips.id };
    const found = await t.database.db.select({ id: tips.id }).from(tips).where(scopeWhere({ kind: 'assigned', ids }, columns));
    expect(found.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(await t.database.db.select({ id: tips.id }).from(tips).where(scopeWhere({ kind: 'assigned', ids: [] }, columns))).toEqual([]);
  });
});
