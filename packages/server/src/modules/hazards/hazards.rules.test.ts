import ExcelJS from '../../lib/exceljs.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { appendHazardEvent } from './hazard-events.repository.ts';
import { systemVerifyAllHazards } from './hazards.integrity.ts';
import * as repo from './hazards.repository.ts';

// Three defects of issue 11 that live in the hazard rules: an enterprise learning from filters that a hazard came
// from a 举报, a hazard filed under a sector its enterprise does not have, and a timeline check blind to a
// deleted last event or a row changed without one.

let t: TestApp;
let yjj: string; // 涡阳县应急管理局: hazchem, fireworks, industry_trade, mining
let ent: string;
let enterpriseId: string;
let tipHazardId: string;
let supervisionHazardId: string;

const XLSX_ROWS = async (body: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
};

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 60 });
  yjj = await t.login('guoyang_yjj');
  ent = await t.login('ent_admin');
  enterpriseId = (await t.request(ent, 'GET', '/api/me')).json().enterprise.id;
  await t.database.db.execute(sql`UPDATE enterprises SET sectors = ARRAY['hazchem']::text[] WHERE id = ${enterpriseId}`);
  // A hazard verified from a tip (source tip) and one from supervision, both of the enterprise.
  tipHazardId = await t.database.db.transaction(async (tx) => {
    const id = await repo.insertHazard(tx, {
      hazardNo: '341621-2026-910001', enterpriseId, regionCode: '341621001000', sector: 'hazchem', level: 'general', source: 'tip',
      title: '仓库违规储存危险化学品', foundAt: '2026-11-18', deadline: '2026-12-28', status: 'rectifying',
    });
    await appendHazardEvent(tx, { hazardId: id, at: t.clock.now(), actorId: null, actorName: '承办部门', kind: 'register', fromStatus: null, toStatus: 'rectifying', payload: { source: 'tip', tipId: 'TIP-X', level: 'general', deadline: '2026-12-28' } });
    return id;
  });
  const supervised = await t.request(yjj, 'POST', '/api/hazards', { enterpriseId, level: 'general', sector: 'hazchem', title: '督导检查发现：静电接地损坏', foundAt: '2026-11-19', deadline: '2026-12-19' });
  expect(supervised.statusCode, supervised.body).toBe(201);
  supervisionHazardId = supervised.json().id;
});
afterAll(async () => t?.close());

const ids = (response: { json: () => unknown }) => (response.json() as { items: { id: string }[] }).items.map((i) => i.id);

describe('an enterprise filters and exports by the source it is shown (督导检查), never by `tip`', () => {
  it('source=tip finds nothing for the enterprise, source=supervision finds the tip-found hazard too', async () => {
    expect(ids(await t.request(ent, 'GET', '/api/hazards?source=tip&pageSize=100'))).toEqual([]);
    expect((await t.request(ent, 'GET', '/api/hazards?source=tip')).json().total).toBe(0);
    const supervision = ids(await t.request(ent, 'GET', '/api/hazards?source=supervision&pageSize=100'));
    expect(supervision).toEqual(expect.arrayContaining([tipHazardId, supervisionHazardId]));
    // Staff see the stored source.
    expect(ids(await t.request(yjj, 'GET', '/api/hazards?source=tip&pageSize=100'))).toContain(tipHazardId);
    expect(ids(await t.request(yjj, 'GET', '/api/hazards?source=supervision&pageSize=100'))).not.toContain(tipHazardId);
  });

  it('the export with that filter agrees with the list', async () => {
    const tipRows = await XLSX_ROWS((await t.request(ent, 'GET', '/api/hazards/export.xlsx?source=tip')).rawPayload);
    expect(tipRows.length).toBe(1); // the header only
    const rows = await XLSX_ROWS((await t.request(ent, 'GET', '/api/hazards/export.xlsx?source=supervision')).rawPayload);
    const tipRow = rows.find((r) => r.includes('341621-2026-910001'));
    expect(tipRow).toBeDefined();
    expect(tipRow?.join('|')).toContain('督导检查');
    expect(tipRow?.join('|')).not.toContain('举报');
  });
});

describe('a hazard is filed only under one of its enterprise’s sectors', () => {
  it('a sector the enterprise does not have is refused, even when the regulator supervises it', async () => {
    const misfiled = await t.request(yjj, 'POST', '/api/hazards', { enterpriseId, level: 'general', sector: 'mining', title: '错报行业测试', foundAt: '2026-11-20', deadline: '2026-12-20' });
    expect(misfiled.statusCode).toBe(400);
    expect(misfiled.json()).toMatchObject({ code: 'HAZARD_SECTOR_NOT_OF_ENTERPRISE', field: 'sector' });
    // The intake form offers only the enterprise's sectors the caller supervises.
    expect((await t.request(yjj, 'GET', `/api/hazards/form-requirements?enterpriseId=${enterpriseId}`)).json().requirements.sector.options).toEqual(['hazchem']);
  });
});

describe('the record checked against its timeline', () => {
  it('a deleted last event and a status changed in the row alone show on the detail page and in the verify command', async () => {
    const tail = (await t.request(yjj, 'POST', '/api/hazards', { enterpriseId, level: 'general', sector: 'hazchem', title: '末尾删除测试', foundAt: '2026-11-20', deadline: '2026-12-20' })).json();
    await t.request(yjj, 'POST', `/api/hazards/${tail.id}/link`, { description: '再次发现' });
    const rowOnly = (await t.request(yjj, 'POST', '/api/hazards', { enterpriseId, level: 'general', sector: 'hazchem', title: '只改记录测试', foundAt: '2026-11-20', deadline: '2026-12-20' })).json();
    expect((await systemVerifyAllHazards(t.database.db)).broken).toEqual([]);

    // The database owner deletes the last event (past the append-only trigger) and edits another row alone.
    await t.database.unsafeOwnerExec(`ALTER TABLE hazard_events DISABLE TRIGGER hazard_events_no_update; DELETE FROM hazard_events WHERE hazard_id = '${tail.id}' AND seq = 2; ALTER TABLE hazard_events ENABLE TRIGGER hazard_events_no_update;`);
    await t.database.unsafeOwnerExec(`UPDATE hazards SET status = 'closed' WHERE id = '${rowOnly.id}'`);

    const tailPage = (await t.request(yjj, 'GET', `/api/hazards/${tail.id}`)).json();
    expect(tailPage.timelineVerified).toBe(false);
    expect(tailPage.timelineProblems.join()).toContain('末尾的时间线记录缺失');
    const rowPage = (await t.request(yjj, 'GET', `/api/hazards/${rowOnly.id}`)).json();
    expect(rowPage.timelineVerified).toBe(false);
    expect(rowPage.timelineProblems).toEqual(['记录状态为「已销号」，时间线为「整改中」']);

    const { checked, broken } = await systemVerifyAllHazards(t.database.db, 3); // batches of 3: the batching is exercised too
    expect(checked).toBe(4);
    expect(broken.map((b) => b.hazardId).sort()).toEqual([tail.id, rowOnly.id].sort());
  });
});
