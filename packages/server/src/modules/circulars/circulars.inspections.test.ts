// The 月通报's 检查和企业主要负责人带队检查情况: the same numbers as 统计分析's inspection and principal-check figures for
// the same region and statistics date, and gone when the office leaves the section out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { formatRate, monthEnd } from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { seedDemoInspections } from '../../seed/demo-inspections.ts';

let t: TestApp;
let token = '';
let month = '';
beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 200 });
  await seedDemoInspections(t.database.db, t.app.services.config.filesDir, { now: t.clock.now() });
  token = await t.login('guoyang_aqb');
  const [latest] = await t.rows<{ month: string }>(
    sql`SELECT to_char(check_date, 'YYYY-MM') AS month FROM inspections WHERE status = 'closed' AND kind NOT IN ('self_inspection', 'routine') AND region_code LIKE '341621%' ORDER BY check_date DESC LIMIT 1`,
  );
  month = latest?.month ?? '';
}, 120_000);
afterAll(async () => t?.close());

async function circularText(sections?: string[]): Promise<string> {
  const started = await t.request(token, 'POST', '/api/circulars?wait=true', { month, format: 'docx', ...(sections ? { sections } : {}) });
  expect(started.statusCode, started.body).toBe(202);
  const job = started.json().job as { id: string; status: string; error: string | null };
  expect(job.status, job.error ?? '').toBe('succeeded');
  const file = await t.app.inject({ method: 'GET', url: `/api/circulars/${job.id}/file`, headers: { authorization: `Bearer ${token}` } });
  const xml = (await (await JSZip.loadAsync(file.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('月通报: 检查和企业主要负责人带队检查情况', () => {
  it('prints the figures 统计分析 gives for the same county and date', async () => {
    expect(month).toMatch(/^\d{4}-\d{2}$/);
    const today = '2026-11-23';
    const asOf = monthEnd(month) < today ? monthEnd(month) : today;
    const get = async (url: string) => {
      const response = await t.request(token, 'GET', url);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const monthly = await get(`/api/stats/inspections?by=kind&from=${month}-01&to=${monthEnd(month)}&asOf=${asOf}`);
    const yearly = await get(`/api/stats/inspections?by=none&from=${month.slice(0, 4)}-01-01&to=${asOf}&asOf=${asOf}`);
    const checks = await get(`/api/stats/principal-checks?asOf=${asOf}`);
    expect(monthly.figures.inspections).toBeGreaterThan(0);
    expect(checks.figures.required).toBeGreaterThan(0);

    const text = await circularText();
    expect(text).toContain('检查和企业主要负责人带队检查情况');
    expect(text).toContain(`办结监督检查${monthly.figures.inspections}次（本年累计${yearly.figures.inspections}次，覆盖企业${yearly.figures.enterprisesInspected}家`);
    expect(text).toContain(`其中重大事故隐患${monthly.figures.majorFindings}项`);
    expect(text).toContain(`应开展${checks.figures.required}家·期，已开展${checks.figures.done}家·期，未开展${checks.figures.missed}家·期`);
    expect(text).toContain(`落实率${formatRate(checks.figures.rate)}`);
    for (const group of monthly.groups as { label: string }[]) expect(text).toContain(group.label);

    const without = await circularText(['ranking', 'nextSteps']);
    expect(without).not.toContain('检查和企业主要负责人带队检查情况');
    expect(without).toContain('三、下一步工作要求');
  });
});
