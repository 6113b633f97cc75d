// The ledger's promise (issue 12, Excel habits): a county's 隐患台账 exported here and imported into a fresh
// instance gives back the same ledger, cell for cell — including the 整改完成日期, 验收日期 and 验收单位 of hazards
// that went through them, the 隐患名称 beside the 隐患描述, and the 五落实 plan. Sorted by 隐患编号.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { seedDemoHazards } from '../../seed/demo-hazards.ts';
import { readFirstSheetRows } from '../../lib/xlsx.ts';
import { multipartBody, XLSX_TYPE } from '../../testing/multipart.ts';

let source: TestApp;
let target: TestApp;

beforeAll(async () => {
  [source, target] = await Promise.all([createTestApp({ enterpriseCount: 40 }), createTestApp({ enterpriseCount: 40 })]);
  await seedDemoHazards(source.database.db, { count: 300, now: source.clock.now() });
});
afterAll(async () => {
  await source?.close();
  await target?.close();
});

async function exportLedger(t: TestApp, username: string): Promise<Buffer> {
  const response = await t.app.inject({ method: 'GET', url: '/api/hazards/export.xlsx', headers: { authorization: `Bearer ${await t.login(username)}` } });
  expect(response.statusCode, response.body).toBe(200);
  return response.rawPayload;
}

async function sheetRows(file: Buffer): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of readFirstSheetRows(file)) rows.push(row.cells);
  return rows;
}

describe('隐患台账 export → import → export', () => {
  it('gives back the same ledger, cell for cell, in 隐患编号 order', async () => {
    const first = await exportLedger(source, 'guoyang_aqb');
    const before = await sheetRows(first);
    const header = before[0] ?? [];
    const column = (name: string) => header.indexOf(name);
    const data = before.slice(1);
    expect(data.length).toBeGreaterThan(50);
    // Sorted by number; the columns the old export left empty are filled for hazards that went through them.
    const numbers = data.map((r) => r[column('隐患编号')] ?? '');
    expect(numbers).toEqual([...numbers].sort());
    const closed = data.filter((r) => r[column('整改状态')] === '已销号');
    expect(closed.length).toBeGreaterThan(10);
    for (const r of closed) {
      for (const name of ['整改完成日期', '验收日期', '验收单位', '销号日期']) expect(r[column(name)], `${r[column('隐患编号')]} ${name}`).not.toBe('');
    }
    // 隐患名称 and 隐患描述 are separate columns: no 「名称：描述」.
    const [withTitle] = await source.rows<{ hazard_no: string; title: string; description: string }>(sql`SELECT hazard_no, title, description FROM hazards WHERE region_code LIKE '341621%' ORDER BY hazard_no LIMIT 1`);
    const row = data.find((r) => r[column('隐患编号')] === withTitle?.hazard_no);
    expect(row?.[column('隐患名称')]).toBe(withTitle?.title);
    expect(row?.[column('隐患描述')]).toBe(withTitle?.description);

    const body = multipartBody({ name: 'ledger.xlsx', type: XLSX_TYPE, data: first });
    const imported = await target.app.inject({
      method: 'POST',
      url: '/api/hazards/import?wait=true',
      payload: body.payload,
      headers: { ...body.headers, authorization: `Bearer ${await target.login('guoyang_aqb')}` },
    });
    expect(imported.statusCode, imported.body).toBe(202);
    const job = imported.json().job as { status: string; error: string | null; result: { created: number; failed: number; errors: unknown[] } };
    expect(job.status, job.error ?? '').toBe('succeeded');
    expect(job.result.errors).toEqual([]);
    expect(job.result.created).toBe(data.length);

    const after = await sheetRows(await exportLedger(target, 'guoyang_aqb'));
    expect(after[0]).toEqual(header);
    for (const [i, expected] of before.entries()) {
      const actual = after[i] ?? [];
      const differences = header.flatMap((name, k) => ((actual[k] ?? '') === (expected[k] ?? '') ? [] : [`${name}: ${expected[k] ?? ''} → ${actual[k] ?? ''}`]));
      expect(differences, `row ${i + 1} (${expected[column('隐患编号')]})`).toEqual([]);
    }
    expect(after.length).toBe(before.length);
  });
});
