import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import ExcelJS from '../../lib/exceljs.ts';
import { hazards } from '../../db/schema/index.ts';
import { appendHazardEvent } from '../hazards/hazard-events.repository.ts';

// Test clock: today is 2026-11-23. The circular of 2026-10 is as of 2026-10-31, so every figure comes from the
// timeline path of the stats service. Each spec is one hazard; the overdue list as of 2026-10-31 is worked out
// here by hand (no extensions, so the deadline in force is the deadline).
type Spec = { county: 'guoyang' | 'mengcheng'; level: 'major' | 'general'; source: 'self_inspection' | 'supervision'; foundAt: string; deadline: string; closedOn?: string; dismissedOn?: string };
const AS_OF = '2026-10-31';
const specs: Spec[] = [
  { county: 'guoyang', level: 'major', source: 'supervision', foundAt: '2023-06-01', deadline: '2024-01-31' }, // long-standing
  { county: 'guoyang', level: 'general', source: 'self_inspection', foundAt: '2023-09-01', deadline: '2024-03-01', closedOn: '2024-02-20' },
  { county: 'guoyang', level: 'general', source: 'self_inspection', foundAt: '2025-10-10', deadline: '2026-10-20' }, // overdue 11 days
  { county: 'guoyang', level: 'general', source: 'supervision', foundAt: '2026-10-05', deadline: '2026-12-31' }, // found this month
  { county: 'guoyang', level: 'major', source: 'supervision', foundAt: '2026-03-01', deadline: '2026-06-30', closedOn: '2026-11-10' }, // overdue on 10-31, closed later
  { county: 'guoyang', level: 'general', source: 'supervision', foundAt: '2026-04-01', deadline: '2026-05-01', dismissedOn: '2026-05-20' },
  { county: 'mengcheng', level: 'general', source: 'self_inspection', foundAt: '2023-11-11', deadline: '2026-08-15' }, // overdue 77 days
  { county: 'mengcheng', level: 'general', source: 'supervision', foundAt: '2026-10-20', deadline: '2026-11-30' }, // found this month
  { county: 'mengcheng', level: 'major', source: 'self_inspection', foundAt: '2024-05-05', deadline: '2024-11-30', closedOn: '2025-01-15' },
];
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const openOn = (s: Spec, d: string) => s.foundAt <= d && !(s.closedOn && s.closedOn <= d) && !(s.dismissedOn && s.dismissedOn <= d);
const overdueOn = (d: string) => specs.map((s, i) => ({ s, no: `CIRC-${i + 1}` })).filter(({ s }) => openOn(s, d) && s.deadline < d);

let t: TestApp;
const tokens = new Map<string, string>();
const as = (user: string) => tokens.get(user) ?? null;
const hazardIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 40 });
  for (const user of ['bozhou_aqb', 'guoyang_aqb', 'guoyang_yjj', 'guoyang_zjj', 'mengcheng_aqb', 'ent_admin']) tokens.set(user, await t.login(user));
  const township = async (county: string) => (await t.rows<{ code: string }>(sql`SELECT code FROM regions WHERE code LIKE ${`${county}%`} AND level = 'township' ORDER BY code LIMIT 1`))[0]?.code ?? '';
  const towns = { guoyang: await township('341621'), mengcheng: await township('341622') };
  const firms = {
    guoyang: (await t.rows<{ id: string }>(sql`SELECT id FROM enterprises WHERE region_code LIKE '341621%' ORDER BY uscc LIMIT 1`))[0]?.id ?? '',
    mengcheng: (await t.rows<{ id: string }>(sql`SELECT id FROM enterprises WHERE region_code LIKE '341622%' ORDER BY uscc LIMIT 1`))[0]?.id ?? '',
  };
  const at = (date: string) => new Date(`${date}T02:00:00.000Z`);
  for (const [i, s] of specs.entries()) {
    const regionCode = towns[s.county];
    await t.database.db.transaction(async (tx) => {
      const status = s.closedOn ? 'closed' : s.dismissedOn ? 'dismissed' : 'rectifying';
      const [row] = await tx
        .insert(hazards)
        .values({
          hazardNo: `CIRC-${i + 1}`,
          enterpriseId: firms[s.county],
          regionCode,
          sector: 'hazchem',
          level: s.level,
          source: s.source,
          title: `通报测试隐患 ${i + 1}`,
          foundAt: s.foundAt,
          deadline: s.deadline,
          status,
          closedAt: s.closedOn ? at(s.closedOn) : null,
          dismissedAt: s.dismissedOn ? at(s.dismissedOn) : null,
        })
        .returning({ id: hazards.id });
      const hazardId = row?.id ?? '';
      hazardIds.push(hazardId);
      const event = (on: string, kind: string, fromStatus: 'rectifying' | 'pending_verification' | null, toStatus: 'rectifying' | 'pending_verification' | 'closed' | 'dismissed', payload: Record<string, unknown> = {}) =>
        appendHazardEvent(tx, { hazardId, regionCode, at: at(on), actorId: null, actorName: '测试', kind, fromStatus, toStatus, payload });
      await event(s.foundAt, 'register', null, 'rectifying', { deadline: s.deadline });
      if (s.closedOn) {
        await event(s.closedOn, 'complete', 'rectifying', 'pending_verification');
        await event(s.closedOn, 'verify', 'pending_verification', 'closed');
      }
      if (s.dismissedOn) await event(s.dismissedOn, 'void', 'rectifying', 'dismissed');
    });
  }
  // One escalation recorded in October (in the circular), one in November (not in it).
  t.clock.set(new Date('2026-10-15T03:00:00.000Z'));
  const october = await t.request(as('guoyang_aqb'), 'POST', '/api/escalations', { kind: 'letter', hazardId: hazardIds[0], docNo: '涡安办函〔2026〕7号', note: '长期未整改，函告企业' });
  expect(october.statusCode, october.body).toBe(201);
  t.clock.set(new Date('2026-11-05T03:00:00.000Z'));
  const november = await t.request(as('guoyang_aqb'), 'POST', '/api/escalations', { kind: 'interview', hazardId: hazardIds[2], docNo: '涡安办〔2026〕11号', note: '约谈' });
  expect(november.statusCode, november.body).toBe(201);
  t.clock.set(new Date('2026-11-23T08:00:00.000Z'));
});
afterAll(async () => t?.close());

type Job = { id: string; status: string; progress: { done: number; total: number }; result: { fileName: string } | null; error: string | null };

async function generate(user: string, body: Record<string, unknown>): Promise<Buffer> {
  const started = await t.request(as(user), 'POST', '/api/circulars?wait=true', body);
  expect(started.statusCode, started.body).toBe(202);
  const job = started.json().job as Job;
  expect(job.status, job.error ?? '').toBe('succeeded');
  expect(job.progress.done).toBe(job.progress.total);
  const file = await t.app.inject({ method: 'GET', url: `/api/circulars/${job.id}/file`, headers: { authorization: `Bearer ${as(user)}` } });
  expect(file.statusCode, file.body).toBe(200);
  expect(file.headers['content-disposition']).toContain(encodeURIComponent(job.result?.fileName ?? '?'));
  return file.rawPayload;
}

/** Table rows of document.xml as arrays of cell texts. */
function tableRows(xml: string): string[][] {
  const text = (fragment: string) => [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((tr) => [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => text(tc[0])));
}

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

describe('月通报 .docx', () => {
  it('carries the dashboard and ranking figures of the month, the overdue lists and the month’s escalations', async () => {
    const dashboard = (await t.request(as('bozhou_aqb'), 'GET', `/api/stats/dashboard?asOf=${AS_OF}`)).json();
    const ranking = (await t.request(as('bozhou_aqb'), 'GET', `/api/stats/ranking?asOf=${AS_OF}`)).json();
    const f = dashboard.figures;
    // Guard: the seeded month has something in every list, so the checks below can fail.
    expect(f.overdue).toBe(overdueOn(AS_OF).length);
    expect(f.longStanding).toBeGreaterThan(0);

    const zip = await JSZip.loadAsync(await generate('bozhou_aqb', { month: '2026-10', format: 'docx' }));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('亳州市安全生产治本攻坚三年行动重大事故隐患动态清零工作情况通报（2026年10月）');
    for (const section of ['一、总体情况', '二、各地排名', '三、逾期和长期未整改隐患清单', '四、督办情况', '五、检查和企业主要负责人带队检查情况', '六、下一步工作要求']) expect(xml).toContain(section);

    const rows = tableRows(xml);
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value('隐患总数（不含作废、合并）')).toBe(String(f.total));
    expect(value('未销号')).toBe(String(f.open));
    expect(value('已整改销号')).toBe(String(f.closed));
    expect(value('逾期未整改')).toBe(String(f.overdue));
    expect(value('其中：逾期1–30天')).toBe(String(f.overdue1to30));
    expect(value('其中：逾期31–90天')).toBe(String(f.overdue31to90));
    expect(value('其中：逾期90天以上（长期未整改）')).toBe(String(f.longStanding));
    expect(value('重大事故隐患')).toBe(String(f.major));
    expect(value('一般事故隐患')).toBe(String(f.general));
    expect(value('存量隐患清零率')).toBe(pct(f.stockClearanceRate));
    expect(value('整改率')).toBe(pct(f.rectificationRate));
    expect(value('企业自查发现占比')).toBe(pct(f.selfFoundShare));
    const october = dashboard.increment.months.find((m: { month: string }) => m.month === '2026-10');
    expect(value('本月新增')).toBe(String(october.count));
    expect(october.count).toBe(specs.filter((s) => s.foundAt.startsWith('2026-10')).length);
    expect(value('2026年累计新增')).toBe(String(dashboard.increment.yearToDate.current));
    expect(value('来源：企业自查')).toBe(String(dashboard.sources.find((s: { source: string }) => s.source === 'self_inspection').count));

    // 各地排名: every sub-region with its figures and rectification rate.
    for (const r of ranking.rows as { name: string; total: number; open: number; overdue: number; rectificationRate: { value: number | null; rank: number | null } }[]) {
      const row = rows.find((x) => x[1] === r.name && x.length === 11);
      expect(row, r.name).toBeDefined();
      expect(row?.slice(0, 6)).toEqual([r.rectificationRate.rank === null ? '—' : String(r.rectificationRate.rank), r.name, String(r.total), String(r.open), String(r.overdue), pct(r.rectificationRate.value)]);
    }
    expect(ranking.rows.find((r: { name: string }) => r.name === '涡阳县').total).toBeGreaterThan(0);

    // 逾期清单: the hand-worked overdue hazards with their days overdue; long-standing = more than 90 days.
    const listed = rows.filter((r) => r[1]?.startsWith('CIRC-'));
    const expectedOverdue = overdueOn(AS_OF);
    const longStanding = expectedOverdue.filter(({ s }) => daysBetween(s.deadline, AS_OF) > 90);
    expect(listed).toHaveLength(expectedOverdue.length + longStanding.length);
    // 责任部门: the county's regulator of the hazard's sector (hazchem).
    const regulatorOf = async (county: string) =>
      (await t.rows<{ name: string }>(sql`SELECT name FROM orgs WHERE kind = 'regulator' AND 'hazchem' = ANY(sectors) AND region_code = ${`${county}000000`} ORDER BY name LIMIT 1`))[0]?.name;
    const departments = { guoyang: await regulatorOf('341621'), mengcheng: await regulatorOf('341622') };
    expect(departments.guoyang).toBeDefined();
    for (const { s, no } of expectedOverdue) {
      const row = listed.find((r) => r[1] === no);
      expect(row?.[4], no).toBe(departments[s.county]);
      expect(row?.slice(5)).toEqual([s.level === 'major' ? '重大' : '一般', s.foundAt, s.deadline, String(daysBetween(s.deadline, AS_OF))]);
    }
    expect(listed.filter((r) => r[1] === 'CIRC-1')).toHaveLength(2); // in both lists
    expect(listed.some((r) => r[1] === 'CIRC-6')).toBe(false); // dismissed

    // 督办情况: October's letter, not November's interview.
    const escalation = rows.find((r) => r.includes('涡安办函〔2026〕7号'));
    expect(escalation?.slice(0, 2)).toEqual(['2026-10-15', '函告']);
    expect(escalation).toContain('CIRC-1');
    expect(xml).not.toContain('涡安办〔2026〕11号');

    // Charts: SVG with a PNG fallback for each of burn-down, increment and ranking.
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((n) => n.endsWith('.svg'))).toHaveLength(3);
    expect(media.filter((n) => n.endsWith('.png'))).toHaveLength(3);
    const png = await zip.file(media.find((n) => n.endsWith('.png')) ?? '')?.async('nodebuffer');
    expect(png?.subarray(1, 4).toString()).toBe('PNG');
  });

  it('is ready to send: the 文号, 签发人 and 成文日期 entered, only the sections chosen, whole days, plain chart titles', async () => {
    const zip = await JSZip.loadAsync(
      await generate('bozhou_aqb', { month: '2026-10', format: 'docx', docNo: '亳安委办〔2026〕15号', signer: '王建国', issuedOn: '2026-11-20', sections: ['lists', 'nextSteps'] }),
    );
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('亳安委办〔2026〕15号');
    expect(xml).not.toContain('××号');
    expect(xml).toContain('签发人：王建国');
    expect(xml).toContain('2026年11月20日');
    expect(xml).not.toContain('2026年10月31日</w:t></w:r></w:p></w:body>'); // the signature date is the 成文日期, not the statistics date
    for (const section of ['一、总体情况', '二、逾期和长期未整改隐患清单', '三、下一步工作要求']) expect(xml).toContain(section);
    for (const absent of ['各地排名', '督办情况', '涡安办函〔2026〕7号']) expect(xml).not.toContain(absent);
    expect(xml).not.toMatch(/\d\.\d天/);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.svg'));
    const svgs = await Promise.all(media.map(async (n) => (await zip.file(n)?.async('string')) ?? ''));
    expect(svgs.some((svg) => svg.includes('存量隐患销号进度'))).toBe(true);
    expect(svgs.some((svg) => svg.includes('燃尽图'))).toBe(false);
  });

  it('refuses a 成文日期 before the statistics date and an unknown section, naming the field', async () => {
    const early = await t.request(as('bozhou_aqb'), 'POST', '/api/circulars?wait=true', { month: '2026-10', format: 'docx', issuedOn: '2026-10-30' });
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('成文日期');
    const unknown = await t.request(as('bozhou_aqb'), 'POST', '/api/circulars?wait=true', { month: '2026-10', format: 'docx', sections: ['map'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('sections');
  });

  it('does not repeat the county in 所在地区 when the place’s own name starts with it', async () => {
    const [town] = await t.rows<{ code: string; name: string }>(sql`SELECT h.region_code AS code, r.name FROM hazards h JOIN regions r ON r.code = h.region_code WHERE h.hazard_no = 'CIRC-1'`);
    if (!town) throw new Error('seeded hazard missing');
    await t.rows(sql`UPDATE regions SET name = ${`涡阳县${town.name}`} WHERE code = ${town.code}`);
    try {
      const rows = tableRows((await (await JSZip.loadAsync(await generate('bozhou_aqb', { month: '2026-10', format: 'docx' }))).file('word/document.xml')?.async('string')) ?? '');
      expect(rows.find((r) => r[1] === 'CIRC-1')?.[3]).toBe(`涡阳县${town.name}`);
    } finally {
      await t.rows(sql`UPDATE regions SET name = ${town.name} WHERE code = ${town.code}`);
    }
  });

  it('a county circular lists only that county, with its townships ranked', async () => {
    const zip = await JSZip.loadAsync(await generate('guoyang_aqb', { month: '2026-10', format: 'docx' }));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('涡阳县安全生产治本攻坚三年行动');
    const rows = tableRows(xml);
    const listed = rows.filter((r) => r[1]?.startsWith('CIRC-')).map((r) => r[1]);
    expect(listed).toContain('CIRC-1');
    expect(listed).not.toContain('CIRC-7'); // 蒙城县
  });
});

describe('月通报 .xlsx', () => {
  it('has one sheet per table with the same numbers', async () => {
    const dashboard = (await t.request(as('bozhou_aqb'), 'GET', `/api/stats/dashboard?asOf=${AS_OF}`)).json();
    const ranking = (await t.request(as('bozhou_aqb'), 'GET', `/api/stats/ranking?asOf=${AS_OF}`)).json();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await generate('bozhou_aqb', { month: '2026-10', format: 'xlsx', regionCode: '341600000000' })) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['总体情况', '各地排名', '逾期清单', '长期未整改清单', '督办情况']);
    const values = (name: string) => {
      const rows: unknown[][] = [];
      book.getWorksheet(name)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const overview = new Map(values('总体情况').map((r) => [r[0], r[1]]));
    const f = dashboard.figures;
    expect(overview.get('隐患总数（不含作废、合并）')).toBe(f.total);
    expect(overview.get('逾期未整改')).toBe(f.overdue);
    expect(overview.get('其中：逾期90天以上（长期未整改）')).toBe(f.longStanding);
    expect(overview.get('存量隐患清零率')).toBe(f.stockClearanceRate);
    expect(overview.get('整改率')).toBe(f.rectificationRate);
    expect(overview.get('整改用时中位数（天）')).toBe(f.medianDaysToClose);

    const rankingSheet = values('各地排名').slice(1);
    expect(rankingSheet).toHaveLength(ranking.rows.length);
    for (const r of ranking.rows as { name: string; total: number; overdue: number; rectificationRate: { value: number | null } }[]) {
      const row = rankingSheet.find((x) => x[1] === r.name);
      expect(row?.[2]).toBe(r.total);
      expect(row?.[4]).toBe(r.overdue);
      expect(row?.[5] ?? null).toBe(r.rectificationRate.value);
    }
    const overdue = values('逾期清单').slice(1);
    expect(overdue.map((r) => r[1]).sort()).toEqual(overdueOn(AS_OF).map((o) => o.no).sort());
    expect(values('长期未整改清单').slice(1)).toHaveLength(f.longStanding);
    const escalations = values('督办情况').slice(1);
    expect(escalations).toHaveLength(1);
    expect(escalations[0]?.slice(0, 3)).toEqual(['2026-10-15', '函告', '涡安办函〔2026〕7号']);
  });
});

describe('preview and access', () => {
  it('preview shows the same headline numbers', async () => {
    const response = await t.request(as('bozhou_aqb'), 'GET', '/api/circulars/preview?month=2026-10');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    const f = (await t.request(as('bozhou_aqb'), 'GET', `/api/stats/dashboard?asOf=${AS_OF}`)).json().figures;
    expect(body.asOf).toBe(AS_OF);
    expect(body.headline).toContainEqual({ label: '逾期未整改', value: String(f.overdue) });
    expect(body.counts).toMatchObject({ overdue: f.overdue, longStanding: f.longStanding, escalations: 1 });
    expect(body.sectors).toBeNull();
    // A regulator's circular covers its sectors only: all seeded hazards are hazchem.
    const hazchem = (await t.request(as('guoyang_yjj'), 'GET', '/api/circulars/preview?month=2026-10')).json();
    expect(hazchem.sectors).toContain('危险化学品');
    expect(hazchem.counts.overdue).toBe(overdueOn(AS_OF).filter(({ s }) => s.county === 'guoyang').length);
    const construction = (await t.request(as('guoyang_zjj'), 'GET', '/api/circulars/preview?month=2026-10')).json();
    expect(construction.counts).toMatchObject({ overdue: 0, longStanding: 0, escalations: 0 });
    // The running month is taken as of today.
    expect((await t.request(as('bozhou_aqb'), 'GET', '/api/circulars/preview?month=2026-11')).json().asOf).toBe('2026-11-23');
  });

  it('a region outside the scope is 404; so is another user’s file and a user without statistics', async () => {
    for (const [user, regionCode] of [['mengcheng_aqb', '341621000000'], ['guoyang_aqb', '341600000000'], ['guoyang_aqb', '341622000000']] as const) {
      expect((await t.request(as(user), 'POST', '/api/circulars', { month: '2026-10', format: 'docx', regionCode })).statusCode).toBe(404);
      expect((await t.request(as(user), 'GET', `/api/circulars/preview?month=2026-10&regionCode=${regionCode}`)).statusCode).toBe(404);
    }
    expect((await t.request(as('ent_admin'), 'POST', '/api/circulars', { month: '2026-10', format: 'xlsx' })).statusCode).toBe(404);
    const started = await t.request(as('bozhou_aqb'), 'POST', '/api/circulars?wait=true', { month: '2026-10', format: 'xlsx' });
    const id = started.json().job.id as string;
    expect((await t.request(as('mengcheng_aqb'), 'GET', `/api/circulars/${id}/file`)).statusCode).toBe(404);
    expect((await t.request(as('bozhou_aqb'), 'GET', `/api/circulars/${id}/file`)).statusCode).toBe(200);
  });

  it.each([
    ['2026-13', '应为 yyyy-mm 格式'],
    ['2026-1', '应为 yyyy-mm 格式'],
    ['2027-01', '不能晚于本月'],
  ])('month %s is a 400 naming the field', async (month, message) => {
    const response = await t.request(as('bozhou_aqb'), 'POST', '/api/circulars', { month, format: 'docx' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION', field: 'month' });
    expect(response.json().message).toContain('月份');
    expect(response.json().message).toContain(message);
  });
});

describe('escalations against a region or a department', () => {
  it('are listed under 督办情况 with the region or department as the subject', async () => {
    t.clock.set(new Date('2026-10-20T03:00:00.000Z'));
    const region = await t.request(as('bozhou_aqb'), 'POST', '/api/escalations', { kind: 'circular', regionCode: '341621000000', docNo: '亳安办〔2026〕3号', note: '逾期占比偏高，通报' });
    t.clock.set(new Date('2026-11-23T08:00:00.000Z'));
    expect(region.statusCode, region.body).toBe(201);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await generate('bozhou_aqb', { month: '2026-10', format: 'xlsx' })) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.getWorksheet('督办情况')?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const regionRow = rows.find((r) => r[2] === '亳安办〔2026〕3号');
    expect(regionRow?.slice(0, 4)).toEqual(['2026-10-20', '通报', '亳安办〔2026〕3号', '涡阳县']);
  });
});
