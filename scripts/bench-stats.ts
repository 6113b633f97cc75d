// npm run bench:stats — the DESIGN §5 statistics (dashboard, drill-down, ranking, as-of) timed next to a plain
// count(*) over the same rows in the same run. A synthetic region is generated with INSERT … SELECT
// generate_series; every pseudo-random choice is hashtext(seed, row), so the data are the same on every run.
// PGlite (in memory): STATS_ROWS hazards (default 200,000) in one county (涡阳县), i.e. county scale.
// PostgreSQL (when BENCH_DATABASE_URL is set; a fresh database is created and dropped): STATS_ROWS (default
// 1,000,000) over the whole city (亳州市); and the province of issue 4 (scripts/bench-stats-province.ts:
// PROVINCE_ROWS, default 10,000,000, over all of 安徽; kept in zhiben_bench_province between runs, generation
// resumes where it stopped). STATS_TARGETS=pglite|postgres|province picks targets. Not a test.
// Design measured: statistics facts (hazard_stat_spans, one row per hazard and period of unchanged state) read
// by region prefix; the direct timeline path ("reference") is timed too where it finishes in reasonable time.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { DEFAULT_RANKING_MIN_SAMPLE, DEFAULT_SLOW_PROGRESS, type Scope } from '@zhiben/core';
import { openDatabase, rowsOf, type Database } from '../packages/server/src/db/client.ts';
import { openScratchPostgres } from '../packages/server/src/testing/test-db.ts';
import { chinaDate } from '../packages/server/src/lib/dates.ts';
import { seedDemo } from '../packages/server/src/seed/demo.ts';
import { seedReference } from '../packages/server/src/seed/reference.ts';
import * as stats from '../packages/server/src/modules/stats/stats.service.ts';
import * as repo from '../packages/server/src/modules/stats/stats.repository.ts';
import { rebuildStatSpans, systemStatCubesMissing, systemVacuumStatSpans } from '../packages/server/src/modules/stats/stats.spans.ts';
import { rebuildCubes } from '../packages/server/src/modules/stats/stats.cubes.ts';
import { openProvince } from './bench-stats-province.ts';
import { timeRuns } from './bench-lib.ts';

const SEED = 'zhiben-stats-2026';
const RUNS = Number(process.env.STATS_RUNS ?? 10);
const ENTERPRISES = Number(process.env.STATS_ENTERPRISES ?? 3000);

type BenchScope = { label: string; scope: Extract<Scope, { kind: 'region' }> };
/** Opens (and if needed generates) the target's database; returns it with the scopes to time. */
type Target = { key: 'pglite' | 'postgres' | 'province'; name: string; rows: number; regionPrefix: string; prepare: () => Promise<{ database: Database; scopes: BenchScope[] }> };
type Line = { target: string; query: string; scopeRows: number; p50: number; p95: number; baseP50: number; goal: string };

/** The issue's targets: PostgreSQL county dashboard < 100 ms, province dashboard < 1 s at p95, as-of < 2 s; PGlite county dashboard < 500 ms. */
function goalFor(target: string, label: string, query: string): string {
  if (query.includes('as of')) return target === 'PGlite' ? '' : '< 2000';
  if (query !== 'dashboard (today)') return '';
  if (target === 'PGlite') return '< 500';
  if (label.startsWith('县')) return '< 100';
  if (label.startsWith('省')) return 'p95 < 1000';
  return '';
}

const openFreshPostgres = (adminUrl: string): Promise<Database> => openScratchPostgres(adminUrl, 'zhiben_bench');

/** Uniform [0, 1) from the seed, the row number and a salt (reproducible, no random()). */
const u = (salt: string) => sql.raw(`((hashtext('${SEED}:${salt}:' || i) & 2147483647)::float8 / 2147483648)`);

/**
 * Hazards 2022-01-01 … today for the enterprises under `prefix`: ~1 major per 190; sources weighted toward
 * self-inspection; time to close 3 days … ~14 months (skewed short), so old stock is mostly closed and recent
 * increment mostly open; 1.5% dismissed, 1% merged; about half the open majors listed. Timeline events:
 * register at found, complete + verify at close, void at dismissal, merge at merge.
 */
async function generate(database: Database, rows: number, prefix: string, today: string) {
  const db = database.db;
  const span = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse('2022-01-01T00:00:00Z')) / 86_400_000);
  await db.execute(sql`
    INSERT INTO hazards (id, hazard_no, enterprise_id, region_code, sector, level, source, title, found_at, deadline, status,
      closed_at, dismissed_at, listing, merged_into, fingerprint)
    SELECT gen_random_uuid(), 'BENCH-' || i, e.ids[x.ei], e.regions[x.ei], COALESCE(e.sectors[x.ei], 'industry_trade'),
      CASE WHEN ${u('major')} < 1.0 / 190 THEN 'major' ELSE 'general' END,
      CASE WHEN x.src < 0.35 THEN 'self_inspection' WHEN x.src < 0.60 THEN 'supervision' WHEN x.src < 0.80 THEN 'enforcement'
        WHEN x.src < 0.85 THEN 'tip' WHEN x.src < 0.90 THEN 'worker_report' WHEN x.src < 0.95 THEN 'monitoring'
        WHEN x.src < 0.99 THEN 'expert' ELSE 'accident' END,
      '基准隐患 ' || i, x.found, x.found + (7 + floor(${u('deadline')} * 84))::int,
      CASE WHEN x.fate < 0.015 THEN 'dismissed' WHEN x.fate < 0.025 THEN 'merged'
        WHEN x.closed_on <= ${today}::date THEN 'closed'
        WHEN x.fate < 0.10 THEN 'pending_verification' WHEN x.fate < 0.13 THEN 'pending_confirmation' ELSE 'rectifying' END,
      CASE WHEN x.fate >= 0.025 AND x.closed_on <= ${today}::date THEN (x.closed_on::timestamp + interval '2 hours') AT TIME ZONE 'Asia/Shanghai' END,
      CASE WHEN x.fate < 0.015 THEN ((x.found + 3)::timestamp + interval '2 hours') AT TIME ZONE 'Asia/Shanghai' END,
      NULL, NULL, '{}'::text[]
    FROM generate_series(1, ${rows}) AS i
    CROSS JOIN (SELECT array_agg(id ORDER BY uscc) AS ids, array_agg(region_code ORDER BY uscc) AS regions,
                       array_agg(sectors[1] ORDER BY uscc) AS sectors, count(*)::int AS n
                FROM enterprises WHERE region_code LIKE ${`${prefix}%`}) e
    CROSS JOIN LATERAL (SELECT 1 + floor(${u('enterprise')} * e.n)::int AS ei,
                               ${u('source')} AS src, ${u('fate')} AS fate,
                               ('2022-01-01'::date + floor(${u('found')} * ${span})::int) AS found,
                               ('2022-01-01'::date + floor(${u('found')} * ${span})::int) + (3 + floor(power(${u('close')}, 2) * 420))::int AS closed_on) x`);
  await db.execute(sql`UPDATE hazards SET listing = jsonb_build_object('level', 'county', 'orgId', enterprise_id, 'orgName', '县安委会',
      'docNo', '基准', 'deadline', deadline, 'listedAt', found_at + 5)
    WHERE level = 'major' AND status IN ('rectifying', 'pending_verification') AND (hashtext(hazard_no) & 1) = 0`);
  const event = (kind: string, seq: number, at: string, from: string | null, to: string, where: string) =>
    db.execute(sql.raw(`INSERT INTO hazard_events (hazard_id, region_code, seq, at, actor_name, kind, from_status, to_status, payload, prev_hash, hash)
      SELECT id, region_code, ${seq}, ${at}, '基准', '${kind}', ${from === null ? 'NULL' : `'${from}'`}, ${to}, jsonb_build_object('deadline', deadline), 'bench', 'bench'
      FROM hazards WHERE hazard_no LIKE 'BENCH-%' AND ${where}`));
  const foundAt = `(found_at::timestamp + interval '1 hour') AT TIME ZONE 'Asia/Shanghai'`;
  await event('register', 1, foundAt, null, `'rectifying'`, 'true');
  await event('complete', 2, `closed_at - interval '1 minute'`, 'rectifying', `'pending_verification'`, `status = 'closed'`);
  await event('verify', 3, 'closed_at', 'pending_verification', `'closed'`, `status = 'closed'`);
  await event('void', 2, 'dismissed_at', 'rectifying', `'dismissed'`, `status = 'dismissed'`);
  await event('merge', 2, `${foundAt} + interval '10 days'`, 'rectifying', `'merged'`, `status = 'merged'`);
  await event('complete', 2, `${foundAt} + interval '20 days'`, 'rectifying', `'pending_verification'`, `status = 'pending_verification'`);
  await event('list', 2, `((found_at + 5)::timestamp + interval '3 hours') AT TIME ZONE 'Asia/Shanghai'`, 'rectifying', `'rectifying'`, `listing IS NOT NULL AND status = 'rectifying'`);
  // Statistics for the planner: ANALYZE needs the table owner (the app role would silently skip it).
  await database.unsafeOwnerExec('ANALYZE hazards; ANALYZE hazard_events');
}

/** Builds the statistics facts from the generated timelines and the cubes from them, as `npm run stats:rebuild` does. */
async function buildFacts(database: Database) {
  const start = performance.now();
  const rows = await rebuildStatSpans(database.db);
  await systemVacuumStatSpans(database);
  console.log(`  statistics facts and cubes: ${rows.toLocaleString()} spans rebuilt from the timelines in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  await cubeSizes(database);
}

/** Rows per cube and, for a scale, how many a province, a city and a county read for today. */
async function cubeSizes(database: Database) {
  const rows = rowsOf<{ table_name: string; n: number }>(
    await database.db.execute(sql`SELECT 'stat_cube_counts' AS table_name, count(*)::int AS n FROM stat_cube_counts
      UNION ALL SELECT 'stat_cube_totals', count(*)::int FROM stat_cube_totals
      UNION ALL SELECT 'stat_cube_open', count(*)::int FROM stat_cube_open
      UNION ALL SELECT 'stat_cube_closed_days', count(*)::int FROM stat_cube_closed_days
      UNION ALL SELECT 'stat_cube_stock_endings', count(*)::int FROM stat_cube_stock_endings`),
  );
  console.log(`  cube rows: ${rows.map((r) => `${r.table_name} ${r.n.toLocaleString()}`).join(', ')}`);
}

async function generated(database: Database, rows: number, regionPrefix: string, today: string) {
  const db = database.db;
  const start = performance.now();
  await seedReference(db);
  await seedDemo(db, { enterpriseCount: ENTERPRISES, seed: 20240101 });
  await generate(database, rows, regionPrefix, today);
  const [counts] = rowsOf<{ hazards: number; events: number }>(
    await db.execute(sql`SELECT (SELECT count(*) FROM hazards)::int AS hazards, (SELECT count(*) FROM hazard_events)::int AS events`),
  );
  console.log(`  generated ${counts?.hazards} hazards, ${counts?.events} events in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  await buildFacts(database);
}

const whole = (scope: BenchScope['scope']): repo.StatsFilter => ({ regionPrefix: scope.regionPrefix, sector: null });

const countyAndCity: BenchScope[] = [
  { label: '县 涡阳', scope: { kind: 'region', regionPrefix: '341621', sectors: null } },
  { label: '市 亳州', scope: { kind: 'region', regionPrefix: '3416', sectors: null } },
];

const time = (run: () => Promise<unknown>) => timeRuns(run, RUNS);

async function benchTarget(target: Target, lines: Line[]) {
  console.log(`[${target.name}] ${target.rows.toLocaleString()} hazards under ${target.regionPrefix}…`);
  const { database, scopes } = await target.prepare();
  try {
    const db = database.db;
    const today = chinaDate(new Date());
    const pastDay = '2025-06-30';
    // A day inside a month: the months before it from the cubes plus that month's span boundaries from the facts.
    const midMonth = '2025-11-20';
    for (const { label, scope } of scopes) {
      const baseline = () => db.execute(sql`SELECT count(*) FROM hazards WHERE region_code LIKE ${`${scope.regionPrefix}%`}`);
      const [n] = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM hazards WHERE region_code LIKE ${`${scope.regionPrefix}%`}`));
      const base = await time(baseline);
      const departments = await repo.departmentsInScope(db, scope, scope.regionPrefix);
      console.log(`  ${label}: ${n?.n ?? 0} hazards, ${departments.length} regulator orgs (部门)`);
      const queries: [string, () => Promise<unknown>][] = [
        ['dashboard (today)', () => stats.dashboard(db, scope, { asOf: today, today })],
        ['breakdown by region (today)', () => stats.breakdown(db, scope, { asOf: today, today, by: 'region' })],
        ['breakdown by sector (today)', () => stats.breakdown(db, scope, { asOf: today, today, by: 'sector' })],
        ['ranking (today vs last month end)', () => stats.ranking(db, scope, { asOf: today, today, minSample: DEFAULT_RANKING_MIN_SAMPLE })],
        [`dashboard as of ${pastDay}`, () => stats.dashboard(db, scope, { asOf: pastDay, today })],
        [`ranking as of ${pastDay}`, () => stats.ranking(db, scope, { asOf: pastDay, today, minSample: DEFAULT_RANKING_MIN_SAMPLE })],
        // The regulator orgs of the scope ranked (today and last month end), and 进展缓慢 over six month ends.
        [`部门排名 (today vs last month end)`, () => stats.departmentRanking(db, scope, { asOf: today, today, minSample: DEFAULT_RANKING_MIN_SAMPLE })],
        [`部门排名 as of ${midMonth}`, () => stats.departmentRanking(db, scope, { asOf: midMonth, today, minSample: DEFAULT_RANKING_MIN_SAMPLE })],
        [`进展缓慢 (today, six month ends)`, () => stats.slowProgress(db, scope, { asOf: today, today, thresholds: {}, defaults: DEFAULT_SLOW_PROGRESS })],
        [`dashboard as of ${midMonth}`, () => stats.dashboard(db, scope, { asOf: midMonth, today })],
        // The same figures from the cubes, from the facts and from the reference path (hazards + timelines).
        [`figures today: cubes`, () => repo.figuresBy(db, scope, whole(scope), today, true, { kind: 'none' }, 'cubes')],
        [`figures as of ${pastDay}: cubes`, () => repo.figuresBy(db, scope, whole(scope), pastDay, false, { kind: 'none' }, 'cubes')],
        // The facts lines take minutes for a province (BENCH_FACTS=0 leaves them out).
        ...(process.env.BENCH_FACTS === '0'
          ? []
          : ([
              [`figures today: facts`, () => repo.figuresBy(db, scope, whole(scope), today, true, { kind: 'none' }, 'facts')],
              [`figures as of ${pastDay}: facts`, () => repo.figuresBy(db, scope, whole(scope), pastDay, false, { kind: 'none' }, 'facts')],
            ] as [string, () => Promise<unknown>][])),
        ...(scope.regionPrefix.length >= 6 || process.env.BENCH_REFERENCE === '1'
          ? ([
              [`figures as of ${pastDay}: reference (timeline)`, () => repo.figuresBy(db, scope, whole(scope), pastDay, false, { kind: 'none' }, 'timeline')],
              [`figures today: reference (hazard rows)`, () => repo.figuresBy(db, scope, whole(scope), today, true, { kind: 'none' }, 'timeline')],
            ] as [string, () => Promise<unknown>][])
          : []),
      ];
      lines.push({ target: target.name, query: `${label}: plain count(*)`, scopeRows: n?.n ?? 0, ...base, baseP50: base.p50, goal: '' });
      for (const [name, run] of queries) {
        const timing = await time(run);
        lines.push({ target: target.name, query: `${label}: ${name}`, scopeRows: n?.n ?? 0, ...timing, baseP50: base.p50, goal: goalFor(target.name, label, name) });
        console.log(`  ${label}: ${name}: p50 ${timing.p50.toFixed(0)} ms, p95 ${timing.p95.toFixed(0)} ms (count(*) ${base.p50.toFixed(1)} ms)`);
      }
    }
  } finally {
    await database.close();
  }
}

async function main() {
  // STATS_TARGETS=pglite,postgres,province (default pglite,postgres: the province takes long to generate).
  const only = (process.env.STATS_TARGETS ?? 'pglite,postgres').toLowerCase().split(',');
  const targets: Target[] = [
    {
      key: 'pglite',
      name: 'PGlite',
      rows: Number(process.env.STATS_ROWS ?? 200_000),
      regionPrefix: '341621',
      prepare: async () => {
        const database = await openDatabase({ kind: 'pglite', dataDir: null });
        await generated(database, Number(process.env.STATS_ROWS ?? 200_000), '341621', chinaDate(new Date()));
        return { database, scopes: countyAndCity.slice(0, 1) };
      },
    },
  ];
  const pgUrl = process.env.BENCH_DATABASE_URL;
  if (pgUrl) {
    const cityRows = Number(process.env.STATS_ROWS ?? 1_000_000);
    targets.push({
      key: 'postgres',
      name: 'PostgreSQL',
      rows: cityRows,
      regionPrefix: '3416',
      prepare: async () => {
        const database = await openFreshPostgres(pgUrl);
        await generated(database, cityRows, '3416', chinaDate(new Date()));
        return { database, scopes: countyAndCity };
      },
    });
    const provinceRows = Number(process.env.PROVINCE_ROWS ?? 10_000_000);
    targets.push({
      key: 'province',
      name: 'province',
      rows: provinceRows,
      regionPrefix: '34',
      prepare: async () => {
        // The province keeps its own "today" (BENCH_TODAY) so a resumed generation continues the same data.
        const { database, generatedSeconds } = await openProvince(pgUrl, provinceRows, process.env.BENCH_TODAY ?? '2026-11-23');
        if (generatedSeconds !== null) console.log(`  [province] generation took ${generatedSeconds.toFixed(0)} s in this run`);
        const [facts] = rowsOf<{ n: number }>(await database.db.execute(sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM hazard_stat_spans LIMIT 1) x`));
        if (generatedSeconds !== null || (facts?.n ?? 0) === 0) await buildFacts(database);
        else if (await systemStatCubesMissing(database.db)) {
          const start = performance.now();
          const rows = await rebuildCubes(database.db);
          await systemVacuumStatSpans(database);
          console.log(`  statistics cubes: ${rows.toLocaleString()} rows rebuilt from the facts in ${((performance.now() - start) / 1000).toFixed(1)} s`);
          await cubeSizes(database);
        }
        return {
          database,
          scopes: [
            { label: '县 涡阳', scope: { kind: 'region', regionPrefix: '341621', sectors: null } },
            { label: '市 亳州', scope: { kind: 'region', regionPrefix: '3416', sectors: null } },
            { label: '省 安徽', scope: { kind: 'region', regionPrefix: '34', sectors: null } },
          ],
        };
      },
    });
  } else console.log('BENCH_DATABASE_URL not set: PostgreSQL skipped');
  const lines: Line[] = [];
  for (const target of targets.filter((t) => only.includes(t.key))) await benchTarget(target, lines);
  console.log(`\n${RUNS} runs each after one warm-up; times in ms; ratio = p50 / p50 of a plain count(*) over the same scope`);
  console.table(
    lines.map((l) => ({
      target: l.target,
      query: l.query,
      rows: l.scopeRows,
      'p50 ms': Number(l.p50.toFixed(1)),
      'p95 ms': Number(l.p95.toFixed(1)),
      ratio: Number((l.p50 / Math.max(l.baseP50, 0.001)).toFixed(1)),
      'target ms': l.goal,
      met: l.goal === '' ? '' : (l.goal.startsWith('p95') ? l.p95 : l.p50) < Number(l.goal.split('<')[1]) ? 'yes' : 'NO',
    })),
  );
  console.log('Design: incremental counters over statistics facts. hazard_stat_spans holds per hazard the periods of unchanged state;');
  console.log('stat_cube_* add them up per province/city/county area and sector: current rows for today, monthly changes for any');
  console.log('month end, plus that month\'s span boundaries (county × day indexes) for a day inside a month. Both are maintained in the');
  console.log('hazard write transaction and rebuilt by npm run stats:rebuild; townships and per-enterprise figures read the facts.');
}

await main();
