import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { consecutiveMonths, suggestEscalation, type EscalationKind } from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { auditLog, escalations, hazards, orgs, users } from '../../db/schema/index.ts';
import { appendHazardEvent } from '../hazards/hazard-events.repository.ts';

// KPI links, breakdowns by level/month/listing level, department ranking and 进展缓慢 (slow progress) on seeded
// hazards with known timelines. Today on the test clock is 2026-11-23 (China date).
const TODAY = '2026-11-23';

type Spec = {
  enterprise: 'g1' | 'g2' | 'm1';
  sector: 'hazchem' | 'construction';
  level: 'general' | 'major';
  source: 'self_inspection' | 'supervision';
  foundAt: string;
  deadline: string;
  end?: { status: 'closed' | 'dismissed' | 'merged'; on: string };
  listed?: { on: string; level: 'county' | 'city' };
};

const specs: Spec[] = [];
const founds = ['2023-04-10', '2024-02-15', '2025-06-01', '2026-03-10', '2026-08-20'];
const deadlines = ['2024-06-01', '2026-08-01', '2026-10-10', '2026-11-15', '2027-03-31'];
const ends: (Spec['end'] | undefined)[] = [undefined, { status: 'closed', on: '2026-09-15' }, undefined, { status: 'dismissed', on: '2026-06-06' }, { status: 'merged', on: '2026-07-07' }, undefined];
for (let i = 0; i < 40; i += 1) {
  const foundAt = founds[i % founds.length] ?? TODAY;
  const rawEnd = ends[(i * 5) % ends.length];
  const end = rawEnd && rawEnd.on < foundAt ? { ...rawEnd, on: '2026-11-01' } : rawEnd;
  specs.push({
    enterprise: i % 3 === 2 ? 'm1' : 'g1',
    sector: i % 4 < 2 ? 'hazchem' : 'construction',
    level: i % 6 === 0 ? 'major' : 'general',
    source: i % 3 === 0 ? 'self_inspection' : 'supervision',
    foundAt,
    deadline: deadlines[i % deadlines.length] ?? '2027-03-31',
    ...(end ? { end } : {}),
    // Some listed hazards stay open, some were delisted and closed (they keep their listing level).
    ...(i % 5 === 1 && end?.status !== 'dismissed' && end?.status !== 'merged' && foundAt < '2026-08-01' ? { listed: { on: '2026-08-10', level: i % 2 === 0 ? 'city' : 'county' } } : {}),
  });
}
// Ladder enterprise g2: one hazard long-standing since 2026-10-14 (deadline 2026-07-15), one not yet due.
// Long-standing (> 90 days) as of 11-23 and 10-31, not as of 09-30: two months in a row.
specs.push({ enterprise: 'g2', sector: 'hazchem', level: 'major', source: 'supervision', foundAt: '2026-05-01', deadline: '2026-07-15' });
specs.push({ enterprise: 'g2', sector: 'hazchem', level: 'general', source: 'supervision', foundAt: '2026-05-01', deadline: '2027-06-30' });

let t: TestApp;
const tokens = new Map<string, string>();
const get = async (user: string, url: string) => t.request(tokens.get(user) ?? null, 'GET', url);
const post = async (user: string, url: string, body: unknown) => t.request(tokens.get(user) ?? null, 'POST', url, body);
const enterpriseIds: Record<Spec['enterprise'], string> = { g1: '', g2: '', m1: '' };

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 60 });
  for (const user of ['guoyang_aqb', 'guoyang_yjj', 'guoyang_zjj', 'bozhou_aqb', 'mengcheng_aqb', 'sysadmin', 'ent_admin']) tokens.set(user, await t.login(user));
  const pick = async (prefix: string, offset: number) =>
    (await t.rows<{ id: string; region_code: string }>(sql`SELECT id, region_code FROM enterprises WHERE region_code LIKE ${`${prefix}%`} ORDER BY id LIMIT 1 OFFSET ${offset}`))[0];
  const g1 = await pick('341621', 0);
  const g2 = await pick('341621', 1);
  const m1 = await pick('341622', 0);
  if (!g1 || !g2 || !m1) throw new Error('demo data lacks enterprises');
  const regionOf = { g1: g1.region_code, g2: g2.region_code, m1: m1.region_code };
  Object.assign(enterpriseIds, { g1: g1.id, g2: g2.id, m1: m1.id });
  const at = (date: string) => new Date(`${date}T02:00:00.000Z`);
  let n = 0;
  for (const s of specs) {
    n += 1;
    const regionCode = regionOf[s.enterprise];
    const status = s.end?.status ?? 'rectifying';
    const stillListed = s.listed && !s.end;
    await t.database.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(hazards)
        .values({
          hazardNo: `FEAT-${String(n).padStart(4, '0')}`,
          enterpriseId: enterpriseIds[s.enterprise],
          regionCode,
          sector: s.sector,
          level: s.level,
          source: s.source,
          title: `统计功能测试隐患 ${n}`,
          foundAt: s.foundAt,
          deadline: s.deadline,
          status,
          closedAt: s.end?.status === 'closed' ? at(s.end.on) : null,
          dismissedAt: s.end?.status === 'dismissed' ? at(s.end.on) : null,
          listing: stillListed && s.listed ? { level: s.listed.level, orgId: g1.id, orgName: '演示安委会', docNo: '演示督〔2026〕1号', deadline: '2026-12-31', listedAt: s.listed.on } : null,
        })
        .returning({ id: hazards.id });
      const hazardId = row?.id ?? '';
      const event = (on: string, kind: string, fromStatus: 'rectifying' | 'pending_verification' | null, toStatus: 'rectifying' | 'pending_verification' | 'closed' | 'dismissed' | 'merged', payload: Record<string, unknown> = {}) =>
        appendHazardEvent(tx, { hazardId, regionCode, at: at(on), actorId: null, actorName: '测试', kind, fromStatus, toStatus, payload });
      await event(s.foundAt, 'register', null, 'rectifying', { deadline: s.deadline });
      if (s.listed) await event(s.listed.on, 'list', 'rectifying', 'rectifying', { level: s.listed.level });
      if (s.end?.status === 'closed') {
        if (s.listed) await event(s.end.on, 'delist', 'rectifying', 'rectifying', { note: '摘牌' });
        await event(s.end.on, 'complete', 'rectifying', 'pending_verification');
        await event(s.end.on, 'verify', 'pending_verification', 'closed');
      } else if (s.end?.status === 'dismissed') await event(s.end.on, 'void', 'rectifying', 'dismissed');
      else if (s.end?.status === 'merged') await event(s.end.on, 'merge', 'rectifying', 'merged');
    });
  }
});
afterAll(async () => t?.close());

type Figures = Record<string, number | null>;
type Links = Record<string, string>;
/** Which figure each dashboard link must reproduce as the hazard list's total. */
const linkFigure: Record<string, string> = {
  all: 'total',
  open: 'open',
  closed: 'closed',
  overdue: 'overdue',
  overdue1to30: 'overdue1to30',
  overdue31to90: 'overdue31to90',
  longStanding: 'longStanding',
  listed: 'listed',
  major: 'major',
  openMajor: 'openMajor',
  openGeneral: 'openGeneral',
  stock: 'stock',
  stockOpen: 'stockOpen',
  stockClosed: 'stockClosed',
  selfFound: 'selfFound',
};

async function listTotal(user: string, query: string) {
  const response = await get(user, `/api/hazards?${query}&pageSize=1`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { total: number }).total;
}

async function expectLinksMatch(user: string, figures: Figures, links: Links, skip: readonly string[] = []) {
  expect(Object.keys(links).sort()).toEqual(Object.keys(linkFigure).sort());
  for (const [link, figure] of Object.entries(linkFigure)) {
    if (skip.includes(link)) continue;
    const query = links[link] ?? '';
    expect({ link, total: await listTotal(user, query) }).toEqual({ link, total: figures[figure] });
  }
}

describe('every KPI links to exactly the hazards that make it up', () => {
  it.each(['guoyang_aqb', 'guoyang_yjj', 'bozhou_aqb', 'mengcheng_aqb'])('%s: dashboard links', async (user) => {
    const body = (await get(user, '/api/stats/dashboard')).json() as { figures: Figures; links: Links };
    expect(body.figures.total).toBeGreaterThan(0);
    await expectLinksMatch(user, body.figures, body.links);
  });

  it('the figures are not all equal, so the link checks can fail', async () => {
    const f = (await get('bozhou_aqb', '/api/stats/dashboard')).json().figures as Figures;
    for (const key of ['overdue1to30', 'overdue31to90', 'longStanding', 'listed', 'stockClosed', 'selfFound', 'openMajor']) expect({ key, n: f[key] }).not.toEqual({ key, n: 0 });
  });

  it('list filters: ageing buckets partition overdue; long-standing = over 90; stock and self-found against direct SQL', async () => {
    const direct = await t.rows<Record<string, number>>(sql`SELECT
        count(*) FILTER (WHERE status IN ('pending_confirmation', 'rectifying', 'pending_verification') AND ${TODAY}::date - deadline BETWEEN 1 AND 30)::int AS d1_30,
        count(*) FILTER (WHERE status IN ('pending_confirmation', 'rectifying', 'pending_verification') AND ${TODAY}::date - deadline BETWEEN 31 AND 90)::int AS d31_90,
        count(*) FILTER (WHERE status IN ('pending_confirmation', 'rectifying', 'pending_verification') AND ${TODAY}::date - deadline > 90)::int AS over90,
        count(*) FILTER (WHERE found_at <= '2023-12-31')::int AS stock,
        count(*) FILTER (WHERE source = 'self_inspection')::int AS self_found
      FROM hazards WHERE region_code LIKE '3416%'`);
    const d = direct[0] ?? {};
    expect(await listTotal('bozhou_aqb', 'ageing=d1_30')).toBe(d.d1_30);
    expect(await listTotal('bozhou_aqb', 'ageing=d31_90')).toBe(d.d31_90);
    expect(await listTotal('bozhou_aqb', 'ageing=over90')).toBe(d.over90);
    expect(await listTotal('bozhou_aqb', 'longStanding=true')).toBe(d.over90);
    expect(await listTotal('bozhou_aqb', 'period=stock')).toBe(d.stock);
    expect(await listTotal('bozhou_aqb', 'selfFound=true')).toBe(d.self_found);
    expect((await get('bozhou_aqb', '/api/hazards?ageing=d2')).statusCode).toBe(400);
    // The export takes the same filters.
    expect((await get('bozhou_aqb', '/api/hazards/export.xlsx?ageing=over90')).statusCode).toBe(200);
  });
});

type Row = { key: string; name: string; figures: Figures; links: Links };

describe('breakdown by level, month and listing level', () => {
  it('by level: 重大/一般 sum to the total and equal direct SQL', async () => {
    const body = (await get('guoyang_aqb', '/api/stats/breakdown?by=level')).json() as { rows: Row[] };
    const direct = await t.rows<{ level: string; n: number }>(sql`SELECT level, count(*)::int AS n FROM hazards
      WHERE region_code LIKE '341621%' AND status NOT IN ('dismissed', 'merged') GROUP BY level`);
    expect(body.rows.map((r) => r.key)).toEqual(['general', 'major']);
    for (const row of body.rows) {
      expect(row.figures.total).toBe(direct.find((d) => d.level === row.key)?.n ?? 0);
      // Within a level row the level links (major, open major/general) would contradict the row's own level.
      await expectLinksMatch('guoyang_aqb', row.figures, row.links, ['major', 'openMajor', 'openGeneral']);
    }
  });

  it('by found month equals direct SQL; a regulator sees only its sectors', async () => {
    for (const [user, sectorCond] of [['bozhou_aqb', sql``], ['guoyang_yjj', sql`AND region_code LIKE '341621%' AND sector IN ('hazchem', 'fireworks', 'industry_trade', 'mining')`]] as const) {
      const body = (await get(user, '/api/stats/breakdown?by=month')).json() as { rows: Row[] };
      const direct = await t.rows<{ month: string; n: number }>(sql`SELECT to_char(found_at, 'YYYY-MM') AS month, count(*)::int AS n FROM hazards
        WHERE region_code LIKE '3416%' AND status NOT IN ('dismissed', 'merged') ${sectorCond} GROUP BY 1 ORDER BY 1`);
      expect(body.rows.map((r) => [r.key, r.figures.total])).toEqual(direct.map((d) => [d.month, d.n]));
      const first = body.rows[0];
      if (first) expect(await listTotal(user, first.links.all ?? '')).toBe(first.figures.total);
    }
  });

  it('by listing level: last listing level, closed listed hazards included; as of a past date from the timeline', async () => {
    const body = (await get('bozhou_aqb', '/api/stats/breakdown?by=listingLevel')).json() as { rows: Row[] };
    const listed = specs.filter((s) => s.listed && s.end?.status !== 'dismissed' && s.end?.status !== 'merged');
    for (const level of ['city', 'county'] as const) {
      const row = body.rows.find((r) => r.key === level);
      const mine = listed.filter((s) => s.listed?.level === level);
      expect(row?.figures.total).toBe(mine.length);
      expect(row?.figures.closed).toBe(mine.filter((s) => s.end?.status === 'closed').length);
      expect(row?.figures.listed).toBe(mine.filter((s) => !s.end).length);
      await expectLinksMatch('bozhou_aqb', row?.figures ?? {}, row?.links ?? {});
    }
    expect(listed.some((s) => s.end?.status === 'closed')).toBe(true);
    const before = (await get('bozhou_aqb', '/api/stats/breakdown?by=listingLevel&asOf=2026-08-01')).json() as { rows: Row[] };
    expect(before.rows.every((r) => r.figures.total === 0)).toBe(true);
    const after = (await get('bozhou_aqb', '/api/stats/breakdown?by=listingLevel&asOf=2026-08-10')).json() as { rows: Row[] };
    expect(after.rows.reduce((n, r) => n + (r.figures.listed ?? 0), 0)).toBe(listed.filter((s) => s.foundAt <= '2026-08-10').length);
  });
});

type DepartmentRow = { id: string; name: string; total: number; open: number; overdue: number; link: string; rectificationRate: { value: number | null; previousValue: number | null }; longStanding: { value: number | null } };

describe('department ranking (部门排名)', () => {
  it('a department = its region and sectors, the same figures its own officer sees', async () => {
    const response = await get('bozhou_aqb', '/api/stats/ranking/departments');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { previousAsOf: string; rows: DepartmentRow[] };
    expect(body.previousAsOf).toBe('2026-10-31');
    const names = body.rows.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['亳州市应急管理局', '涡阳县应急管理局', '涡阳县住房和城乡建设局', '蒙城县应急管理局']));
    for (const [user, name] of [['guoyang_yjj', '涡阳县应急管理局'], ['guoyang_zjj', '涡阳县住房和城乡建设局']] as const) {
      const row = body.rows.find((r) => r.name === name);
      const own = (await get(user, '/api/stats/dashboard')).json().figures as Figures;
      const ownBefore = (await get(user, '/api/stats/dashboard?asOf=2026-10-31')).json().figures as Figures;
      expect(row).toMatchObject({ total: own.total, open: own.open, overdue: own.overdue });
      expect(row?.rectificationRate.value).toBe(own.rectificationRate);
      expect(row?.rectificationRate.previousValue).toBe(ownBefore.rectificationRate);
      expect(row?.longStanding.value).toBe(own.longStanding);
      expect(await listTotal('bozhou_aqb', row?.link ?? '')).toBe(own.total);
    }
    const city = body.rows.find((r) => r.name === '亳州市应急管理局');
    const [direct] = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM hazards
      WHERE region_code LIKE '3416%' AND sector IN ('hazchem', 'fireworks', 'industry_trade', 'mining') AND status NOT IN ('dismissed', 'merged')`);
    expect(city?.total).toBe(direct?.n);
    expect(city?.total).toBeGreaterThan(0);
  });

  it('ranks like with like: the city bureau among city departments only; a department with fewer hazards than the minimum is listed, not ranked', async () => {
    type Ranked = DepartmentRow & { level: string; levelLabel: string; ranked: boolean; rectificationRate: { rank: number | null } };
    const body = (await get('bozhou_aqb', '/api/stats/ranking/departments')).json() as { minSample: number; rows: Ranked[] };
    expect(body.minSample).toBe(10);
    const city = body.rows.find((r) => r.name === '亳州市应急管理局');
    expect(city).toMatchObject({ level: 'city', levelLabel: '市级部门' });
    const counties = body.rows.filter((r) => r.level === 'county');
    expect(counties.length).toBeGreaterThan(1);
    // Ranks within each level are 1..n over the ranked rows only; unranked rows (small samples) have no rank.
    for (const group of [body.rows.filter((r) => r.level === 'city'), counties]) {
      const ranked = group.filter((r) => r.ranked && r.rectificationRate.value !== null);
      expect(Math.min(...ranked.map((r) => r.rectificationRate.rank ?? 99))).toBe(1);
      expect(ranked.every((r) => (r.rectificationRate.rank ?? 99) <= ranked.length)).toBe(true);
    }
    for (const r of body.rows) {
      expect(r.ranked, r.name).toBe(r.total >= body.minSample);
      if (!r.ranked) expect(r.rectificationRate.rank, r.name).toBeNull();
    }
    expect(body.rows.some((r) => !r.ranked)).toBe(true);
    expect(body.rows.some((r) => r.ranked)).toBe(true);
  });

  it('a regulator sees only departments sharing its sectors in its region; other counties get 404', async () => {
    const own = (await get('guoyang_yjj', '/api/stats/ranking/departments')).json() as { rows: DepartmentRow[] };
    expect(own.rows.map((r) => r.name)).toEqual(['涡阳县应急管理局']);
    expect((await get('mengcheng_aqb', '/api/stats/ranking/departments?regionCode=341621000000')).statusCode).toBe(404);
    for (const user of ['sysadmin', 'ent_admin']) expect((await get(user, '/api/stats/ranking/departments')).statusCode).toBe(404);
  });
});

type Item = {
  subjectKind: string;
  subjectId: string;
  name: string;
  open: number;
  link: string | null;
  overdueShare: number | null;
  longStanding: number;
  crossed: string[];
  history: { asOf: string; crossed: boolean; overdueShare: number | null; longStanding: number }[];
  consecutiveMonths: number;
  recorded: { kind: EscalationKind; docNo: string }[];
  suggestion: { kind: EscalationKind; label: string };
};
type SlowProgress = { thresholds: { overdueShare: number; longStanding: number }; defaults: { overdueShare: number }; regions: Item[]; departments: Item[]; enterprises: Item[] };

const slow = async (user: string, query = '') => {
  const response = await get(user, `/api/stats/slow-progress${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as SlowProgress;
};

describe('slow progress (进展缓慢)', () => {
  it('thresholds: defaults from config, overridable per request; only subjects crossing are listed', async () => {
    const byDefault = await slow('guoyang_aqb');
    expect(byDefault.thresholds).toEqual({ overdueShare: 0.3, longStanding: 1 });
    const strict = await slow('guoyang_aqb', '?overdueShare=1&longStanding=1000');
    expect([...strict.regions, ...strict.departments, ...strict.enterprises].every((i) => i.overdueShare === 1)).toBe(true);
    const lax = await slow('guoyang_aqb', '?overdueShare=0.01&longStanding=1');
    expect(lax.regions.length).toBeGreaterThanOrEqual(byDefault.regions.length);
    for (const item of [...lax.regions, ...lax.departments, ...lax.enterprises]) {
      expect(item.crossed.length).toBeGreaterThan(0);
      expect((item.overdueShare ?? 0) >= 0.01 || item.longStanding >= 1).toBe(true);
    }
    expect((await get('guoyang_aqb', '/api/stats/slow-progress?overdueShare=2')).statusCode).toBe(400);
  });

  it('history is the as-of figures at each month end; the suggestion climbs with the months in a row', async () => {
    const body = await slow('guoyang_aqb', '?overdueShare=0.5&longStanding=1');
    expect(body.regions.length).toBeGreaterThan(0);
    for (const item of body.regions) {
      expect(item.history.map((h) => h.asOf)).toEqual(['2026-11-23', '2026-10-31', '2026-09-30', '2026-08-31', '2026-07-31', '2026-06-30']);
      for (const h of item.history) {
        const f = (await get('guoyang_aqb', `/api/stats/dashboard?regionCode=${item.subjectId}&asOf=${h.asOf}`)).json().figures as Figures;
        expect({ asOf: h.asOf, share: h.overdueShare, long: h.longStanding }).toEqual({ asOf: h.asOf, share: f.overdueShare, long: f.longStanding });
        expect(h.crossed).toBe((f.overdueShare !== null && (f.overdueShare ?? 0) >= 0.5) || (f.longStanding ?? 0) >= 1);
      }
      expect(item.consecutiveMonths).toBe(consecutiveMonths(item.history.map((h) => h.crossed)));
      expect(item.suggestion.kind).toBe(suggestEscalation(item.consecutiveMonths, item.recorded.map((r) => r.kind)));
    }
  });

  it('ladder: two months long-standing → 通报; a 通报 recorded now → 约谈; one recorded before the streak does not count', async () => {
    const query = '?overdueShare=1&longStanding=1';
    const find = (b: SlowProgress) => b.enterprises.find((e) => e.subjectId === enterpriseIds.g2);
    const first = find(await slow('guoyang_aqb', query));
    expect(first).toMatchObject({ consecutiveMonths: 2, crossed: ['longStanding'], suggestion: { kind: 'circular', label: '通报' }, recorded: [] });
    expect(first?.history.map((h) => h.crossed)).toEqual([true, true, false, false, false, false]);
    expect(await listTotal('guoyang_aqb', first?.link ?? '')).toBe(2);

    // An escalation from before the streak (2026-09-15) does not move the ladder.
    const [officer] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'guoyang_aqb'));
    await t.database.db.insert(escalations).values({ kind: 'interview', enterpriseId: enterpriseIds.g2, regionCode: '341621000000', docNo: '旧', note: '', createdBy: officer?.id ?? '', createdAt: new Date('2026-09-15T02:00:00Z') });
    expect(find(await slow('guoyang_aqb', query))?.suggestion.kind).toBe('circular');

    const recorded = await post('guoyang_aqb', '/api/escalations', { kind: 'circular', enterpriseId: enterpriseIds.g2, docNo: '涡安办通〔2026〕9号', note: '连续两个月存在长期未整改隐患' });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const after = find(await slow('guoyang_aqb', query));
    expect(after?.recorded.map((r) => [r.kind, r.docNo])).toEqual([['circular', '涡安办通〔2026〕9号']]);
    expect(after?.suggestion.kind).toBe('interview');

    // As of 2026-10-31 the streak was one month: 函告.
    const october = (await slow('guoyang_aqb', `${query}&asOf=2026-10-31`)).enterprises.find((e) => e.subjectId === enterpriseIds.g2);
    expect(october).toMatchObject({ consecutiveMonths: 1 });
  });

  it('one click records an escalation against a region or a department, with its audit row; the row then shows it', async () => {
    const body = await slow('guoyang_aqb', '?overdueShare=0.01&longStanding=1');
    const region = body.regions[0];
    const department = body.departments[0];
    expect(region && department).toBeTruthy();
    for (const item of [region, department]) expect(await listTotal('guoyang_aqb', item?.link ?? '')).toBe(item?.open);
    const onRegion = await post('guoyang_aqb', '/api/escalations', { kind: region?.suggestion.kind, regionCode: region?.subjectId, docNo: '涡安办函〔2026〕3号', note: '进展缓慢' });
    expect(onRegion.statusCode, onRegion.body).toBe(201);
    expect(onRegion.json()).toMatchObject({ subjectKind: 'region', regionCode: region?.subjectId, enterpriseId: null, hazardId: null });
    const onDepartment = await post('guoyang_aqb', '/api/escalations', { kind: 'letter', departmentId: department?.subjectId, docNo: '涡安办函〔2026〕4号', note: '进展缓慢' });
    expect(onDepartment.statusCode, onDepartment.body).toBe(201);
    expect(onDepartment.json()).toMatchObject({ subjectKind: 'department', departmentId: department?.subjectId, departmentName: department?.name });
    for (const id of [onRegion.json().id, onDepartment.json().id]) {
      const audits = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'escalation.create'), eq(auditLog.entityId, id)));
      expect(audits).toHaveLength(1);
    }
    const again = await slow('guoyang_aqb', '?overdueShare=0.01&longStanding=1');
    expect(again.regions.find((r) => r.subjectId === region?.subjectId)?.recorded[0]?.docNo).toBe('涡安办函〔2026〕3号');
    expect(again.departments.find((r) => r.subjectId === department?.subjectId)?.recorded[0]?.docNo).toBe('涡安办函〔2026〕4号');
    // The existing API lists them by subject.
    const listed = (await get('guoyang_aqb', `/api/escalations?regionCode=${region?.subjectId}`)).json() as { items: { id: string }[] };
    expect(listed.items.map((i) => i.id)).toEqual([onRegion.json().id]);
  });

  it('subjects outside the scope answer 404; a regulator sees only its sectors', async () => {
    const [zjj] = await t.database.db.select({ id: orgs.id }).from(orgs).where(eq(orgs.name, '涡阳县住房和城乡建设局'));
    const body = { kind: 'letter', docNo: '', note: '' };
    expect((await post('mengcheng_aqb', '/api/escalations', { ...body, regionCode: '341621000000' })).statusCode).toBe(404);
    expect((await post('mengcheng_aqb', '/api/escalations', { ...body, departmentId: zjj?.id })).statusCode).toBe(404);
    expect((await post('guoyang_yjj', '/api/escalations', { ...body, departmentId: zjj?.id })).statusCode).toBe(404);
    expect((await post('guoyang_aqb', '/api/escalations', { ...body, regionCode: '341600000000' })).statusCode).toBe(404);
    expect((await post('guoyang_aqb', '/api/escalations', { ...body, regionCode: '341621000000', departmentId: zjj?.id })).statusCode).toBe(400);
    // Department escalations against 住建 are not visible to the 应急 regulator.
    const zjjEscalations = (await get('guoyang_yjj', `/api/escalations?departmentId=${zjj?.id}`)).json() as { items: unknown[] };
    expect(zjjEscalations.items).toEqual([]);
    expect((await get('guoyang_aqb', `/api/escalations?departmentId=${zjj?.id}`)).statusCode).toBe(200);

    const regulator = await slow('guoyang_yjj', '?overdueShare=0.01&longStanding=1');
    expect(regulator.departments.map((d) => d.name)).toEqual(['涡阳县应急管理局']);
    expect(regulator.enterprises.map((e) => e.subjectId)).toContain(enterpriseIds.g2);
    const hazchemEnterprises = await t.rows<{ id: string }>(sql`SELECT DISTINCT enterprise_id AS id FROM hazards WHERE region_code LIKE '341621%' AND sector = 'hazchem'`);
    expect(regulator.enterprises.every((e) => hazchemEnterprises.some((h) => h.id === e.subjectId))).toBe(true);
    expect((await get('mengcheng_aqb', '/api/stats/slow-progress?regionCode=341621000000')).statusCode).toBe(404);
    for (const user of ['sysadmin', 'ent_admin']) expect((await get(user, '/api/stats/slow-progress')).statusCode).toBe(404);
    for (const by of ['level', 'month', 'listingLevel']) expect((await get('mengcheng_aqb', `/api/stats/breakdown?by=${by}&regionCode=341621000000`)).statusCode).toBe(404);
  });
});
