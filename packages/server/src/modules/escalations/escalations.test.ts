import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { auditLog, enterprises, escalations } from '../../db/schema/index.ts';
import { listHazardEvents, verifyStoredTimeline } from '../hazards/hazard-events.repository.ts';
import { addDays, chinaDate } from '../notifications/reminders.ts';
import { demoEnterpriseId, insertTestHazard, type FixtureHazard } from '../notifications/test-fixtures.ts';

let t: TestApp;
let hazard: FixtureHazard;
let enterpriseId: string;
let mengchengEnterpriseId: string;

type EscalationBody = { id: string; kind: string; hazardId: string | null; enterpriseId: string; docNo: string; note: string; orgName: string | null; createdAt: string };

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 120 });
  enterpriseId = await demoEnterpriseId(t.database.db);
  hazard = await insertTestHazard(t.database.db, t.clock.now(), { enterpriseId, deadline: addDays(chinaDate(t.clock.now()), -10), sector: 'hazchem' });
  const [m] = await t.database.db.select({ id: enterprises.id }).from(enterprises).where(like(enterprises.regionCode, '341622%')).limit(1);
  if (!m) throw new Error('demo data lacks a 蒙城县 enterprise');
  mengchengEnterpriseId = m.id;
});
afterAll(async () => t?.close());

const letter = (target: { hazardId?: string; enterpriseId?: string }) => ({ kind: 'letter', docNo: '涡应急函〔2026〕12号', note: '重大事故隐患逾期未整改，函告企业主要负责人', ...target });

describe('POST /api/escalations', () => {
  it('the sector regulator records a letter on a hazard: row, audit and timeline event in one go', async () => {
    const token = await t.login('guoyang_yjj');
    const response = await t.request(token, 'POST', '/api/escalations', letter({ hazardId: hazard.id }));
    expect(response.statusCode).toBe(201);
    const body = response.json() as EscalationBody;
    expect(body).toMatchObject({ kind: 'letter', hazardId: hazard.id, enterpriseId, docNo: '涡应急函〔2026〕12号', orgName: '涡阳县应急管理局' });
    expect(body.createdAt).toBe(t.clock.now().toISOString());

    const [row] = await t.database.db.select().from(escalations).where(eq(escalations.id, body.id));
    expect(row?.regionCode).toBe(hazard.regionCode);
    const audits = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'escalation.create'), eq(auditLog.entityId, body.id)));
    expect(audits).toHaveLength(1);

    const events = await listHazardEvents(t.database.db, hazard.id);
    const event = events.find((e) => e.kind === 'escalation');
    expect(event).toMatchObject({ fromStatus: 'rectifying', toStatus: 'rectifying', actorName: '涡阳县应急局演示用户' });
    expect(event?.payload).toEqual({ kind: 'letter', docNo: '涡应急函〔2026〕12号', note: '重大事故隐患逾期未整改，函告企业主要负责人', orgName: '涡阳县应急管理局' });
    expect(verifyStoredTimeline(events).ok).toBe(true);
  });

  it('answers 404 outside scope: another county, another sector, enterprise users, sysadmin', async () => {
    const before = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM escalations`);
    for (const username of ['mengcheng_aqb', 'guoyang_zjj', 'ent_admin', 'ent_principal', 'sysadmin', 'auditor', 'guoyang_town']) {
      const token = await t.login(username);
      const response = await t.request(token, 'POST', '/api/escalations', letter({ hazardId: hazard.id }));
      expect(response.statusCode, username).toBe(404);
    }
    const guoyang = await t.login('guoyang_aqb');
    expect((await t.request(guoyang, 'POST', '/api/escalations', letter({ enterpriseId: mengchengEnterpriseId }))).statusCode).toBe(404);
    expect((await t.request(null, 'POST', '/api/escalations', letter({ hazardId: hazard.id }))).statusCode).toBe(401);
    const after = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM escalations`);
    expect(after).toEqual(before);
  });

  it('needs exactly one target and bounded text', async () => {
    const token = await t.login('guoyang_aqb');
    const both = await t.request(token, 'POST', '/api/escalations', letter({ hazardId: hazard.id, enterpriseId }));
    expect(both.statusCode).toBe(400);
    expect(both.json()).toMatchObject({ code: 'ESCALATION_TARGET_INVALID', field: 'enterpriseId' });
    const none = await t.request(token, 'POST', '/api/escalations', letter({}));
    expect(none.json()).toMatchObject({ code: 'ESCALATION_TARGET_INVALID', field: 'hazardId' });
    const long = await t.request(token, 'POST', '/api/escalations', { ...letter({ hazardId: hazard.id }), docNo: 'x'.repeat(65) });
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({ code: 'VALIDATION', field: 'docNo' });
    const kind = await t.request(token, 'POST', '/api/escalations', { ...letter({ hazardId: hazard.id }), kind: 'fine' });
    expect(kind.statusCode).toBe(400);
  });

  it('the county committee records an interview with an enterprise (no hazard, no timeline)', async () => {
    const token = await t.login('guoyang_aqb');
    const response = await t.request(token, 'POST', '/api/escalations', { kind: 'interview', enterpriseId, docNo: '', note: '约谈主要负责人' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ kind: 'interview', hazardId: null, enterpriseId, orgName: '涡阳县安全生产委员会办公室' });
  });
});

describe('GET /api/escalations', () => {
  it('lists escalations whose target the caller may see', async () => {
    const yjj = (await t.request(await t.login('guoyang_yjj'), 'GET', `/api/escalations?hazardId=${hazard.id}`)).json() as { items: EscalationBody[]; total: number };
    expect(yjj.total).toBe(1);
    expect(yjj.items[0]).toMatchObject({ kind: 'letter', hazardId: hazard.id });

    const committee = (await t.request(await t.login('guoyang_aqb'), 'GET', `/api/escalations?enterpriseId=${enterpriseId}`)).json() as { items: EscalationBody[]; total: number };
    expect(committee.items.map((i) => i.kind).sort()).toEqual(['interview', 'letter']);
    const city = (await t.request(await t.login('bozhou_aqb'), 'GET', '/api/escalations')).json() as { total: number };
    expect(city.total).toBe(2);

    // Another county, and a regulator of another sector: the hazard's letter is not theirs to see.
    expect((await t.request(await t.login('mengcheng_aqb'), 'GET', '/api/escalations')).json()).toEqual({ items: [], total: 0 });
    const zjj = (await t.request(await t.login('guoyang_zjj'), 'GET', `/api/escalations?hazardId=${hazard.id}`)).json() as { total: number };
    expect(zjj.total).toBe(0);
  });

  it('is not an endpoint for enterprise users, sysadmin or the auditor', async () => {
    for (const username of ['ent_admin', 'sysadmin', 'auditor']) {
      const response = await t.request(await t.login(username), 'GET', '/api/escalations');
      expect(response.statusCode, username).toBe(404);
    }
  });
});
