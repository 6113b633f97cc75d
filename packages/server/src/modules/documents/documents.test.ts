import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { docNoPrefix } from '@zhiben/core';
import JSZip from 'jszip';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { seedDemoHazards } from '../../seed/demo-hazards.ts';
import { issueDocument, type IssueRequest, type IssuingOrg } from './documents.service.ts';

let t: TestApp;
let org: IssuingOrg;
let prefix = '';

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 40 });
  await seedDemoHazards(t.database.db, { count: 300, now: t.clock.now() });
  const [row] = await t.rows<IssuingOrg>(
    sql`SELECT o.id, o.name, r.name AS "regionName" FROM orgs o JOIN regions r ON r.code = o.region_code WHERE o.kind = 'regulator' AND o.region_code = '341621000000' ORDER BY o.name LIMIT 1`,
  );
  if (!row) throw new Error('no county regulator seeded');
  org = row;
  prefix = docNoPrefix(org.name, org.regionName);
});
afterAll(async () => t?.close());

const request = (subjectId: string, over: Partial<IssueRequest> = {}): IssueRequest => ({
  kind: 'hazard_notice',
  subjectId,
  kindWord: '隐改',
  org,
  by: null,
  at: new Date('2026-06-01T02:00:00Z'),
  reissue: false,
  ...over,
});
const build = async (docNo: string, issuedOn: string) => Buffer.from(`${docNo}|${issuedOn}`);
const issuedCount = async (subjectId: string) => (await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM issued_documents WHERE subject_id = ${subjectId}`))[0]?.n;

describe('发文字号 counter', () => {
  it('numbers per org, kind word and year; printing again keeps the number; a re-issue takes a new one', async () => {
    const subject = randomUUID();
    const first = await issueDocument(t.database.db, request(subject), build);
    expect(first.docNo).toBe(`${prefix}隐改〔2026〕1号`);
    expect(first.bytes.toString()).toBe(`${prefix}隐改〔2026〕1号|2026-06-01`);
    expect(first.reprint).toBe(false);

    const again = await issueDocument(t.database.db, request(subject, { at: new Date('2026-07-01T02:00:00Z') }), build);
    expect(again).toMatchObject({ docNo: first.docNo, revision: 1, reprint: true, fileHash: first.fileHash });
    expect(again.bytes.toString()).toBe(`${first.docNo}|2026-06-01`); // the 成文日期 of the issue, not of the reprint
    expect(await issuedCount(subject)).toBe(1);

    const reissued = await issueDocument(t.database.db, request(subject, { reissue: true }), build);
    expect(reissued).toMatchObject({ docNo: `${prefix}隐改〔2026〕2号`, revision: 2, reprint: false });
    expect((await issueDocument(t.database.db, request(subject), build)).docNo).toBe(reissued.docNo);

    // Another kind word has its own sequence; a new year starts again at 1 (China time: 2026-12-31T16:00Z is 2027-01-01).
    expect((await issueDocument(t.database.db, request(randomUUID(), { kind: 'listing_notice', kindWord: '督办' }), build)).docNo).toBe(`${prefix}督办〔2026〕1号`);
    expect((await issueDocument(t.database.db, request(randomUUID(), { at: new Date('2026-12-31T16:00:00Z') }), build)).docNo).toBe(`${prefix}隐改〔2027〕1号`);
    expect((await issueDocument(t.database.db, request(randomUUID(), { at: new Date('2026-12-31T15:59:59Z') }), build)).docNo).toBe(`${prefix}隐改〔2026〕3号`);
  });

  it('two concurrent issues get two different numbers', async () => {
    const results = await Promise.all([randomUUID(), randomUUID(), randomUUID()].map((s) => issueDocument(t.database.db, request(s, { kindWord: '并发' }), build)));
    expect(results.map((r) => r.docNo).sort()).toEqual([1, 2, 3].map((n) => `${prefix}并发〔2026〕${n}号`));
  });

  it('a failed issue records nothing and gives its number back (no gap)', async () => {
    const failed = randomUUID();
    await expect(
      issueDocument(t.database.db, request(failed, { kindWord: '回滚' }), async () => {
        throw new Error('build failed');
      }),
    ).rejects.toThrow('build failed');
    expect(await issuedCount(failed)).toBe(0);
    expect((await issueDocument(t.database.db, request(randomUUID(), { kindWord: '回滚' }), build)).docNo).toBe(`${prefix}回滚〔2026〕1号`);
  });
});

const documentXml = async (bytes: Buffer) => (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
const text = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('GET /api/hazards/:id/documents/:kind', () => {
  it('issues the 整改通知书 (or 重大事故隐患告知书) with the org’s number, offered on the detail; another region gets 404; a voided hazard 409', async () => {
    const [hazard] = await t.rows<{ id: string; hazard_no: string; level: 'major' | 'general'; title: string; deadline: string; enterprise: string }>(
      sql`SELECT h.id, h.hazard_no, h.level, h.title, h.deadline::text AS deadline, e.name AS enterprise FROM hazards h JOIN enterprises e ON e.id = h.enterprise_id
          WHERE h.status = 'rectifying' AND h.region_code LIKE '341621%' ORDER BY h.hazard_no LIMIT 1`,
    );
    if (!hazard) throw new Error('no rectifying hazard in 涡阳县 seeded');
    const officer = await t.login('guoyang_aqb');
    const [issuer] = await t.rows<{ name: string; region: string }>(sql`SELECT o.name, r.name AS region FROM users u JOIN orgs o ON o.id = u.org_id JOIN regions r ON r.code = o.region_code WHERE u.username = 'guoyang_aqb'`);
    const title = hazard.level === 'major' ? '重大事故隐患告知书' : '隐患整改通知书';

    const detail = await t.request(officer, 'GET', `/api/hazards/${hazard.id}`);
    expect(detail.json().documents).toEqual([{ kind: 'rectification_notice', title }]);

    const url = `/api/hazards/${hazard.id}/documents/rectification_notice`;
    const first = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${officer}` } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toContain('wordprocessingml');
    const docNo = decodeURIComponent(String(first.headers['x-document-number']));
    expect(docNo).toMatch(new RegExp(`^${docNoPrefix(issuer?.name ?? '', issuer?.region ?? '')}隐改〔2026〕\\d+号$`));
    const body = text(await documentXml(first.rawPayload));
    for (const expected of [title, docNo, hazard.hazard_no, hazard.title, `${hazard.enterprise}：`, '（印章）', issuer?.name ?? '?']) expect(body, expected).toContain(expected);

    const again = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${officer}` } });
    expect(decodeURIComponent(String(again.headers['x-document-number']))).toBe(docNo);

    const other = await t.login('mengcheng_aqb');
    expect((await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${other}` } })).statusCode).toBe(404);
    expect((await t.request(other, 'GET', `/api/hazards/${hazard.id}`)).statusCode).toBe(404);

    const [voided] = await t.rows<{ id: string }>(sql`SELECT id FROM hazards WHERE status = 'dismissed' AND region_code LIKE '341621%' LIMIT 1`);
    expect(voided, 'a voided hazard in 涡阳县 (demo data)').toBeDefined();
    if (voided) {
      const refused = await t.app.inject({ method: 'GET', url: `/api/hazards/${voided.id}/documents/rectification_notice`, headers: { authorization: `Bearer ${officer}` } });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().message).toContain('出具此文书');
      expect((await t.request(officer, 'GET', `/api/hazards/${voided.id}`)).json().documents).toEqual([]);
    }
    const unknown = await t.app.inject({ method: 'GET', url: `/api/hazards/${hazard.id}/documents/poster`, headers: { authorization: `Bearer ${officer}` } });
    expect(unknown.statusCode).toBe(400);
  });

  it('issues the 挂牌督办通知书 only to the org that listed the hazard', async () => {
    const [listed] = await t.rows<{ id: string; hazard_no: string; version: number; lister: string }>(
      sql`SELECT h.id, h.hazard_no, h.version, u.username AS lister FROM hazards h
            JOIN orgs o ON o.kind = 'committee' AND o.region_code = rpad(left(h.region_code, 6), 12, '0')
            JOIN users u ON u.org_id = o.id
          WHERE h.listing IS NULL AND h.status IN ('rectifying', 'pending_verification') AND h.level = 'major' ORDER BY h.hazard_no, u.username LIMIT 1`,
    );
    if (!listed) throw new Error('no rectifying major hazard with a county committee user');
    const officer = await t.login(listed.lister);
    const listing = await t.request(officer, 'POST', `/api/hazards/${listed.id}/actions/list`, { version: listed.version, docNo: '县安办督〔2026〕3号', deadline: '2027-01-15' });
    expect(listing.statusCode, listing.body).toBe(200);
    const detail = (await t.request(officer, 'GET', `/api/hazards/${listed.id}`)).json();
    expect(detail.documents.map((d: { kind: string }) => d.kind)).toContain('listing_notice');
    const file = await t.app.inject({ method: 'GET', url: `/api/hazards/${listed.id}/documents/listing_notice`, headers: { authorization: `Bearer ${officer}` } });
    expect(file.statusCode, file.body).toBe(200);
    const docNo = decodeURIComponent(String(file.headers['x-document-number']));
    expect(docNo).toMatch(/督办〔2026〕\d+号$/);
    const body = text(await documentXml(file.rawPayload));
    for (const expected of ['挂牌督办通知书', docNo, listed.hazard_no, '督办要求', '（印章）']) expect(body, expected).toContain(expected);

    // Another org in scope (the city committee) may not issue the listing org's notice: 409.
    const committee = await t.login('bozhou_aqb');
    const refused = await t.app.inject({ method: 'GET', url: `/api/hazards/${listed.id}/documents/listing_notice`, headers: { authorization: `Bearer ${committee}` } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('挂牌督办的单位');
    expect(body).toContain('县安办督〔2026〕3号'); // the listing decision's own 文号 is cited
  });

  it('issues the 隐患整改验收（销号）表 once closed, only to the org that recorded the 验收, with the rectification and the 验收 as recorded', async () => {
    // A hazard the demo history closed with a 验收 by an officer of a county org, and the enterprise's completion.
    const [chosen] = await t.rows<{ id: string; hazard_no: string; username: string; note: string }>(
      sql`SELECT h.id, h.hazard_no, u.username, e.payload->>'note' AS note FROM hazards h
            JOIN hazard_events e ON e.hazard_id = h.id AND e.kind = 'verify'
            JOIN users u ON u.id = e.actor_id JOIN orgs o ON o.id = u.org_id
          WHERE h.status = 'closed' AND h.region_code LIKE '341621%' AND o.region_code = '341621000000'
            AND EXISTS (SELECT 1 FROM hazard_events c WHERE c.hazard_id = h.id AND c.kind = 'complete')
          ORDER BY h.hazard_no LIMIT 1`,
    );
    if (!chosen) throw new Error('no hazard closed by a 涡阳县 officer in the demo history');
    const username = chosen.username;
    const officer = await t.login(username);
    const url = `/api/hazards/${chosen.id}/documents/acceptance_record`;
    expect((await t.request(officer, 'GET', `/api/hazards/${chosen.id}`)).json().documents).toContainEqual({ kind: 'acceptance_record', title: '隐患整改验收（销号）表' });
    const open = await t.rows<{ id: string }>(sql`SELECT id FROM hazards WHERE status = 'rectifying' AND region_code LIKE '341621%' LIMIT 1`);
    const openUrl = `/api/hazards/${open[0]?.id}/documents/acceptance_record`;
    expect((await t.app.inject({ method: 'GET', url: openUrl, headers: { authorization: `Bearer ${officer}` } })).statusCode).toBe(409);

    const file = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${officer}` } });
    expect(file.statusCode, file.body).toBe(200);
    const docNo = decodeURIComponent(String(file.headers['x-document-number']));
    expect(docNo).toMatch(/验收〔2026〕\d+号$/);
    const [issuer] = await t.rows<{ name: string; display: string }>(sql`SELECT o.name, u.display_name AS display FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.username = ${username}`);
    const body = text(await documentXml(file.rawPayload));
    for (const expected of ['隐患整改验收（销号）表', docNo, chosen.hazard_no, '整改完成日期', chosen.note || '同意销号', issuer?.name ?? '?', issuer?.display ?? '?', '销号日期', '（印章）']) {
      expect(body, expected).toContain(expected);
    }

    // In scope but not the verifying org: 409 and not offered; another county: 404.
    const city = await t.login('bozhou_aqb');
    expect((await t.request(city, 'GET', `/api/hazards/${chosen.id}`)).json().documents.map((d: { kind: string }) => d.kind)).not.toContain('acceptance_record');
    const refused = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${city}` } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('验收销号的单位');
    const other = await t.login('mengcheng_aqb');
    expect((await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${other}` } })).statusCode).toBe(404);
  });
});
