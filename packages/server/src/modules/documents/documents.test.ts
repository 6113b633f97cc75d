import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { docNoPrefix } from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { issueDocument, type IssueRequest, type IssuingOrg } from './documents.service.ts';

let t: TestApp;
let org: IssuingOrg;
let prefix = '';

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 5 });
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
