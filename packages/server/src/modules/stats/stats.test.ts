import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { ageingBucket, isLongStanding, overdueDays } from '@zhiben/core';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { hazards } from '../../db/schema/index.ts';
import { appendHazardEvent } from '../hazards/hazard-events.repository.ts';

// Today on the test clock is 2026-11-23 (China date). Each spec is one hazard with a known history, so the
// expected figures as of any D can be worked out here independently of the SQL layer.
type Spec = {
  county: 'guoyang' | 'mengcheng';
  sector: 'hazchem' | 'construction';
  level: 'general' | 'major';
  source: 'self_inspection' | 'supervision' | 'tip';
  foundAt: string;
  deadline: string;
  /** Deadline before an extension approved on `extendedOn` (the current deadline is `deadline`). */
  originalDeadline?: string;
  extendedOn?: string;
  end?: { status: 'closed' | 'dismissed' | 'merged'; on: string };
  listedOn?: string;
};

const TODAY = '2026-11-23';
const specs: Spec[] = [];
const sectors = ['hazchem', 'construction'] as const;
const sources = ['self_inspection', 'supervision', 'tip'] as const;
const founds = ['2023-03-10', '2023-11-30', '2024-06-15', '2025-07-01', '2025-11-20', '2026-02-10', '2026-09-05'];
const deadlines = ['2024-03-01', '2026-01-15', '2026-10-01', '2026-11-10', '2027-01-31'];
const ends: (Spec['end'] | undefined)[] = [undefined, { status: 'closed', on: '2024-08-20' }, undefined, { status: 'dismissed', on: '2026-03-03' }, { status: 'closed', on: '2026-10-15' }, { status: 'merged', on: '2026-05-05' }, undefined];
for (let i = 0; i < 36; i += 1) {
  const foundAt = founds[i % founds.length] ?? TODAY;
  const end = ends[(i * 3) % ends.length];
  const endOn = end && end.on < foundAt ? { ...end, on: '2026-11-01' } : end;
  specs.push({
    county: i % 2 === 0 ? 'guoyang' : 'mengcheng',
    sector: sectors[Math.floor(i / 2) % 2] ?? 'hazchem',
    level: i % 5 === 0 ? 'major' : 'general',
    source: sources[i % 3] ?? 'supervision',
    foundAt,
    deadline: deadlines[i % deadlines.length] ?? '2027-01-31',
    ...(endOn ? { end: endOn } : {}),
    ...(i % 7 === 3 && !endOn ? { listedOn: '2026-04-01' } : {}),
  });
}
// Closed on 2026-06-01 (10:00 China time): open as of 2026-05-31, closed as of 2026-06-01.
specs.push({ county: 'guoyang', sector: 'hazchem', level: 'major', source: 'self_inspection', foundAt: '2023-05-05', deadline: '2024-05-05', end: { status: 'closed', on: '2026-06-01' } });
// Extension approved on 2026-05-10 from 2026-03-01 to 2026-12-31: overdue as of 2026-04-30, not today.
specs.push({ county: 'guoyang', sector: 'hazchem', level: 'general', source: 'supervision', foundAt: '2026-01-20', deadline: '2026-12-31', originalDeadline: '2026-03-01', extendedOn: '2026-05-10' });

const scopes = {
  guoyang_aqb: (s: Spec) => s.county === 'guoyang',
  guoyang_yjj: (s: Spec) => s.county === 'guoyang' && s.sector === 'hazchem',
  bozhou_aqb: () => true,
  mengcheng_aqb: (s: Spec) => s.county === 'mengcheng',
} as const;
type User = keyof typeof scopes;


/** The §5 definitions worked out by hand over the specs. */
function expected(user: User, asOf: string) {
  const rows = specs
    .filter(scopes[user])
    .filter((s) => s.end?.status !== 'merged' && s.foundAt <= asOf)
    .map((s) => {
      const state = s.end && s.end.on <= asOf ? s.end.status : 'open';
      const deadline = s.originalDeadline && s.extendedOn && asOf < s.extendedOn ? s.originalDeadline : s.deadline;
      return { ...s, state, overdueDays: state === 'open' ? overdueDays(deadline, asOf) : 0, listed: state === 'open' && s.listedOn !== undefined && s.listedOn <= asOf };
    })
    .filter((r) => r.state !== 'dismissed');
  const stock = rows.filter((r) => r.foundAt <= '2023-12-31');
  return {
    total: rows.length,
    open: rows.filter((r) => r.state === 'open').length,
    closed: rows.filter((r) => r.state === 'closed').length,
    // The oracle is core's §5 definitions, the single source the SQL takes its edges from.
    overdue: rows.filter((r) => ageingBucket(r.overdueDays) !== null).length,
    overdue1to30: rows.filter((r) => ageingBucket(r.overdueDays) === 'd1_30').length,
    overdue31to90: rows.filter((r) => ageingBucket(r.overdueDays) === 'd31_90').length,
    longStanding: rows.filter((r) => isLongStanding(r.overdueDays)).length,
    listed: rows.filter((r) => r.listed).length,
    major: rows.filter((r) => r.level === 'major').length,
    stock: stock.length,
    stockClosed: stock.filter((r) => r.state === 'closed').length,
    selfFound: rows.filter((r) => r.source === 'self_inspection').length,
  };
}

let t: TestApp;
const tokens = new Map<string, string>();
const get = async (user: string, url: string) => t.request(tokens.get(user) ?? null, 'GET', url);

beforeAll(async () => {
  t = await createTestApp({ enterpriseCount: 60 });
  for (const user of ['guoyang_aqb', 'guoyang_yjj', 'bozhou_aqb', 'mengcheng_aqb', 'sysadmin', 'ent_admin', 'auditor']) tokens.set(user, await t.login(user));
  const [enterprise] = await t.rows<{ id: string }>(sql`SELECT id FROM enterprises LIMIT 1`);
  const township = async (county: string) => (await t.rows<{ code: string }>(sql`SELECT code FROM regions WHERE code LIKE ${`${county}%`} AND level = 'township' ORDER BY code LIMIT 1`))[0]?.code ?? '';
  const towns = { guoyang: await township('341621'), mengcheng: await township('341622') };
  const at = (date: string) => new Date(`${date}T02:00:00.000Z`);
  let n = 0;
  for (const s of specs) {
    n += 1;
    const regionCode = towns[s.county];
    const status = s.end?.status ?? 'rectifying';
    await t.database.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(hazards)
        .values({
          hazardNo: `STATS-${String(n).padStart(4, '0')}`,
          enterpriseId: enterprise?.id ?? '',
          regionCode,
          sector: s.sector,
          level: s.level,
          source: s.source,
          title: `统计测试隐患 ${n}`,
          foundAt: s.foundAt,
          deadline: s.deadline,
          status,
          closedAt: s.end?.status === 'closed' ? at(s.end.on) : null,
          dismissedAt: s.end?.status === 'dismissed' ? at(s.end.on) : null,
          listing: s.listedOn ? { level: 'county', orgId: enterprise?.id ?? '', orgName: '县安委会', docNo: '涡安委〔2026〕1号', deadline: '2026-12-31', listedAt: s.listedOn } : null,
        })
        .returning({ id: hazards.id });
      const hazardId = row?.id ?? '';
      const event = (on: string, kind: string, fromStatus: 'rectifying' | 'pending_verification' | null, toStatus: 'rectifying' | 'pending_verification' | 'closed' | 'dismissed' | 'merged', payload: Record<string, unknown> = {}) =>
        appendHazardEvent(tx, { hazardId, regionCode, at: at(on), actorId: null, actorName: '测试', kind, fromStatus, toStatus, payload });
      await event(s.foundAt, 'register', null, 'rectifying', { deadline: s.originalDeadline ?? s.deadline });
      if (s.extendedOn) await event(s.extendedOn, 'decide_extension', 'rectifying', 'rectifying', { approve: true, newDeadline: s.deadline });
      if (s.listedOn) await event(s.listedOn, 'list', 'rectifying', 'rectifying', { level: 'county' });
      if (s.end?.status === 'closed') {
        await event(s.end.on, 'complete', 'rectifying', 'pending_verification');
        await event(s.end.on, 'verify', 'pending_verification', 'closed');
      } else if (s.end?.status === 'dismissed') await event(s.end.on, 'void', 'rectifying', 'dismissed');
      else if (s.end?.status === 'merged') await event(s.end.on, 'merge', 'rectifying', 'merged');
    });
  }
});
afterAll(async () => t?.close());

const pick = (f: Record<string, unknown>) => ({
  total: f.total, open: f.open, closed: f.closed, overdue: f.overdue, overdue1to30: f.overdue1to30, overdue31to90: f.overdue31to90,
  longStanding: f.longStanding, listed: f.listed, major: f.major, stock: f.stock, stockClosed: f.stockClosed, selfFound: f.selfFound,
});

/** Direct SQL over the hazards table with the scope written out by hand (the rule of DESIGN §4). */
async function directCounts(regionPrefix: string, sectorList: string[] | null) {
  const sectorCond = sectorList ? sql`AND sector IN (${sql.join(sectorList.map((x) => sql`${x}`), sql`, `)})` : sql``;
  const [row] = await t.rows<Record<string, number>>(sql`SELECT
      count(*) FILTER (WHERE status NOT IN ('dismissed', 'merged'))::int AS total,
      count(*) FILTER (WHERE status IN ('pending_confirmation', 'rectifying', 'pending_verification'))::int AS open,
      count(*) FILTER (WHERE status = 'closed')::int AS closed,
      count(*) FILTER (WHERE status IN ('pending_confirmation', 'rectifying', 'pending_verification') AND deadline < ${TODAY}::date)::int AS overdue,
      count(*) FILTER (WHERE status IN ('pending_confirmation', 'rectifying', 'pending_verification') AND deadline < ${TODAY}::date - 90)::int AS long_standing,
      count(*) FILTER (WHERE status IN ('pending_confirmation', 'rectifying', 'pending_verification') AND listing IS NOT NULL)::int AS listed,
      count(*) FILTER (WHERE status NOT IN ('dismissed', 'merged') AND found_at <= '2023-12-31')::int AS stock,
      count(*) FILTER (WHERE status NOT IN ('dismissed', 'merged') AND source = 'self_inspection')::int AS self_found
    FROM hazards WHERE region_code LIKE ${`${regionPrefix}%`} ${sectorCond}`);
  return row;
}

describe('dashboard figures', () => {
  it.each<[User, string, string[] | null]>([
    ['guoyang_aqb', '341621', null],
    ['guoyang_yjj', '341621', ['hazchem', 'fireworks', 'industry_trade', 'mining']],
    ['bozhou_aqb', '3416', null],
    ['mengcheng_aqb', '341622', null],
  ])('%s: today equals direct SQL and the hand-worked definitions', async (user, prefix, sectorList) => {
    const response = await get(user, '/api/stats/dashboard');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.asOf).toBe(TODAY);
    expect(body.live).toBe(true);
    const direct = await directCounts(prefix, sectorList);
    expect(direct).toBeDefined();
    expect(body.figures).toMatchObject({
      total: direct?.total, open: direct?.open, closed: direct?.closed, overdue: direct?.overdue, longStanding: direct?.long_standing,
      listed: direct?.listed, stock: direct?.stock, selfFound: direct?.self_found,
    });
    expect(pick(body.figures)).toEqual(expected(user, TODAY));
    expect(body.figures.stockClearanceRate).toBe(body.figures.stock === 0 ? null : body.figures.stockClosed / body.figures.stock);
    expect(body.links.overdue).toContain('overdue=true');
    expect(body.ageing.map((a: { count: number }) => a.count)).toEqual([body.figures.overdue1to30, body.figures.overdue31to90, body.figures.longStanding]);
  });

  it.each<[User, string]>([
    ['guoyang_aqb', '2026-05-31'],
    ['guoyang_aqb', '2026-06-01'],
    ['guoyang_aqb', '2026-04-30'],
    ['guoyang_yjj', '2025-12-31'],
    ['bozhou_aqb', '2024-12-31'],
    ['bozhou_aqb', '2023-12-31'],
    ['mengcheng_aqb', '2026-03-02'],
  ])('%s as of %s: recomputed from the timeline', async (user, asOf) => {
    const response = await get(user, `/api/stats/dashboard?asOf=${asOf}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().live).toBe(false);
    expect(pick(response.json().figures)).toEqual(expected(user, asOf));
  });

  it('a hazard closed on 2026-06-01 is open as of 2026-05-31; the extension moves the deadline only from its approval', async () => {
    const before = (await get('guoyang_aqb', '/api/stats/dashboard?asOf=2026-05-31')).json().figures;
    const after = (await get('guoyang_aqb', '/api/stats/dashboard?asOf=2026-06-01')).json().figures;
    expect(after.closed - before.closed).toBe(1);
    expect(before.open - after.open).toBe(1);
    const april = expected('guoyang_aqb', '2026-04-30');
    const withCurrentDeadline = specs.filter((s) => s.county === 'guoyang' && s.extendedOn).length;
    expect(withCurrentDeadline).toBe(1);
    expect((await get('guoyang_aqb', '/api/stats/dashboard?asOf=2026-04-30')).json().figures.overdue31to90).toBe(april.overdue31to90);
  });

  it('dismissed and merged never count', async () => {
    const body = (await get('bozhou_aqb', '/api/stats/dashboard')).json();
    const counted = specs.filter((s) => s.end?.status !== 'dismissed' && s.end?.status !== 'merged').length;
    expect(body.figures.total).toBe(counted);
    expect(body.figures.open + body.figures.closed).toBe(counted);
  });

  it('burn-down and increment series', async () => {
    const body = (await get('bozhou_aqb', '/api/stats/dashboard')).json();
    expect(body.burnDown.points[0].date).toBe('2023-12-31');
    expect(body.burnDown.points.at(-1)).toMatchObject({ date: TODAY, open: body.figures.stock - body.figures.stockClosed, target: 0 });
    const endOf2024 = body.burnDown.points.find((p: { date: string }) => p.date === '2024-12-31');
    const asOf2024 = (await get('bozhou_aqb', '/api/stats/dashboard?asOf=2024-12-31')).json().figures;
    expect(endOf2024.open).toBe(asOf2024.stock - asOf2024.stockClosed);
    expect(body.increment.months).toHaveLength(24);
    const nov2025 = body.increment.months.find((m: { month: string }) => m.month === '2025-11');
    expect(nov2025.count).toBe(specs.filter((s) => s.foundAt.startsWith('2025-11') && s.end?.status !== 'merged' && s.end?.status !== 'dismissed').length);
    const ytd = specs.filter((s) => s.foundAt >= '2026-01-01' && s.end?.status !== 'merged' && s.end?.status !== 'dismissed').length;
    expect(body.increment.yearToDate.current).toBe(ytd);
  });
});

describe('breakdowns and ranking', () => {
  it('region breakdown one level down sums to the total; regulator sees only its sectors', async () => {
    const city = (await get('bozhou_aqb', '/api/stats/breakdown?by=region')).json();
    const total = (await get('bozhou_aqb', '/api/stats/dashboard')).json().figures.total;
    expect(city.rows.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['涡阳县', '蒙城县']));
    expect(city.rows.reduce((n: number, r: { figures: { total: number } }) => n + r.figures.total, 0)).toBe(total);
    const county = (await get('bozhou_aqb', '/api/stats/breakdown?by=region&regionCode=341621000000')).json();
    expect(county.breadcrumb.map((b: { name: string }) => b.name)).toEqual(['亳州市', '涡阳县']);
    const bySector = (await get('guoyang_yjj', '/api/stats/breakdown?by=sector')).json();
    expect(bySector.rows.map((r: { key: string }) => r.key)).toEqual(['hazchem']);
    const bySource = (await get('guoyang_aqb', '/api/stats/breakdown?by=source')).json();
    expect(bySource.rows.find((r: { key: string }) => r.key === 'self_inspection').figures.total).toBe(expected('guoyang_aqb', TODAY).selfFound);
  });

  it('ranks child regions with change since the end of last month', async () => {
    const response = await get('bozhou_aqb', '/api/stats/ranking');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.previousAsOf).toBe('2026-10-31');
    const guoyang = body.rows.find((r: { name: string }) => r.name === '涡阳县');
    const e = expected('guoyang_aqb', TODAY);
    const before = expected('guoyang_aqb', '2026-10-31');
    expect(guoyang.rectificationRate.value).toBeCloseTo(e.closed / e.total, 10);
    expect(guoyang.rectificationRate.previousValue).toBeCloseTo(before.closed / before.total, 10);
    expect(guoyang.longStanding.value).toBe(e.longStanding);
    const empty = body.rows.find((r: { name: string }) => r.name === '利辛县');
    expect(empty.rectificationRate).toMatchObject({ value: null, rank: null });
  });
});

describe('access', () => {
  it('mengcheng never sees 涡阳 numbers', async () => {
    expect((await get('mengcheng_aqb', '/api/stats/dashboard?regionCode=341621000000')).statusCode).toBe(404);
    expect((await get('mengcheng_aqb', '/api/stats/breakdown?by=region&regionCode=341621001000')).statusCode).toBe(404);
    // Asking for the city clamps to its own county.
    const body = (await get('mengcheng_aqb', '/api/stats/dashboard?regionCode=341600000000')).json();
    expect(body.region.name).toBe('蒙城县');
    expect(pick(body.figures)).toEqual(expected('mengcheng_aqb', TODAY));
  });

  it.each(['sysadmin', 'ent_admin', 'auditor'])('%s gets 404', async (user) => {
    for (const url of ['/api/stats/dashboard', '/api/stats/breakdown?by=sector', '/api/stats/ranking']) {
      expect((await get(user, url)).statusCode).toBe(404);
    }
  });
});
