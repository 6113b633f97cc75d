// npm run bench:tasks — the task board and the return figures of Module B on a synthetic province (issue 15): 安徽's
// 16 cities and 120 county-level units (its 119 plus one synthetic 演示新区 so the count is the issue's), a 安委办 at
// each, 100 member units at the province, 20 per city and 10 per county; three years (2024-01 … BENCH_TODAY) of
// plans with task lists, monthly dispatch rounds whose decisions become 交办 items, monthly / quarterly / annual
// requirements and their returns (some late, some missing), leaders and their meetings. Generated server-side with
// INSERT … SELECT generate_series in a scratch database on BENCH_DATABASE_URL (created and dropped); every
// pseudo-random choice is hashtext(seed, row). Each query is timed next to a plain count(*) over the scope's tasks
// (or returns: the ratio). Target: < 1 s at p95 on PostgreSQL. Not a test.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { PlanScope } from '@zhiben/core';
import { rowsOf, type Database } from '../packages/server/src/db/client.ts';
import { openScratchPostgres } from '../packages/server/src/testing/test-db.ts';
import { timeRuns } from './bench-lib.ts';
import { seedReference } from '../packages/server/src/seed/reference.ts';
import { cadenceReport } from '../packages/server/src/modules/meetings/meetings.service.ts';
import { memberRanking, taskBoard, taskFigures } from '../packages/server/src/modules/tasks/tasks.figures.ts';
import { listTasks } from '../packages/server/src/modules/tasks/tasks.repository.ts';
import { listRequirements, listExpected } from '../packages/server/src/modules/returns/returns.repository.ts';
import { duePeriodsOf, returnFigures } from '../packages/server/src/modules/returns/returns.service.ts';

const SEED = 'zhiben-tasks-2026';
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const TODAY = process.env.BENCH_TODAY ?? '2026-11-23';
const MEMBERS = { province: 100, city: 20, county: 10 } as const;
const TASKS = { province: 200, city: 100, county: 60 } as const;
const DECISIONS_PER_ROUND = 5;

/** Uniform [0, 1) from the seed, a row expression and a salt (reproducible, no random()). */
const u = (salt: string, row = 'i') => `((hashtext('${SEED}:${salt}:' || ${row}) & 2147483647)::float8 / 2147483648)`;

/**
 * Runs generation statements as the database owner, one at a time (helper tables are real tables: a pool's
 * connections do not share temporary ones). Every value in them is a constant of this script.
 */
async function exec(database: Database, label: string, statements: readonly string[]) {
  const start = performance.now();
  for (const statement of statements) await database.unsafeOwnerExec(statement);
  console.log(`  ${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

async function generate(database: Database) {
  const db = database.db;
  await seedReference(db);
  // The 120th county-level unit: a synthetic development zone under 亳州市 (the reference has 119 under 安徽).
  await db.execute(sql`INSERT INTO regions (code, name, level, parent_code) VALUES ('341699000000', '演示新区', 'county', '341600000000') ON CONFLICT DO NOTHING`);
  // Committees and member units: bench_level tells province / city / county apart for the rest of the script.
  await exec(database, 'orgs', [
    `
    CREATE TABLE bench_areas AS
      SELECT code, level FROM regions WHERE code = '340000000000'
      UNION ALL SELECT code, level FROM regions WHERE level = 'city' AND code LIKE '34%'
      UNION ALL SELECT code, level FROM regions WHERE level = 'county' AND code LIKE '34%'`,
    `
    INSERT INTO orgs (kind, name, region_code, sectors) SELECT 'committee', '基准安委办' || code, code, '{}' FROM bench_areas`,
    `
    INSERT INTO orgs (kind, name, region_code, sectors)
      SELECT 'regulator', '基准成员单位' || a.code || '-' || n, a.code, ARRAY['industry_trade']
      FROM bench_areas a CROSS JOIN LATERAL generate_series(1, CASE a.level WHEN 'province' THEN ${MEMBERS.province} WHEN 'city' THEN ${MEMBERS.city} ELSE ${MEMBERS.county} END) n`,
    `
    CREATE TABLE bench_committees AS
      SELECT o.id, o.region_code, a.level,
        (SELECT array_agg(m.id ORDER BY m.name) FROM orgs m WHERE m.kind = 'regulator' AND m.region_code = o.region_code) AS members,
        (SELECT coalesce(array_agg(c.id ORDER BY c.region_code), '{}') FROM orgs c JOIN bench_areas ca ON ca.code = c.region_code
          WHERE c.kind = 'committee' AND c.region_code <> o.region_code
            AND ((a.level = 'province' AND ca.level = 'city') OR (a.level = 'city' AND ca.level = 'county' AND left(c.region_code, 4) = left(o.region_code, 4)))) AS lower
      FROM orgs o JOIN bench_areas a ON a.code = o.region_code WHERE o.kind = 'committee'`,
  ]);
  await exec(database, 'plans and task lists', [
    `
    INSERT INTO plans (org_id, region_code, kind, name, period_from, period_to, action_lines, status, issued_on)
      SELECT id, region_code, 'three_year', '基准三年行动实施方案', '2024-01-01', '2026-12-31',
        (SELECT jsonb_agg(jsonb_build_object('code', '（' || n || '）', 'name', '基准行动' || n)) FROM generate_series(1, 10) n), 'issued', '2024-02-21'
      FROM bench_committees`,
    `
    INSERT INTO tasks (plan_id, issuer_org_id, region_code, code, action_code, action_name, name, kind, lead_org_id, co_org_ids,
        due_date, milestones, status, next_due, issued_on, completed_on, progress_percent, sort, version)
      SELECT p.id, c.id, c.region_code, t::text, '（' || (1 + t % 10) || '）', '基准行动' || (1 + t % 10), '基准任务' || t, 'milestone',
        c.members[1 + floor(${u('lead', "c.id::text || t")} * array_length(c.members, 1))::int],
        ARRAY[c.members[1 + floor(${u('co', "c.id::text || t")} * array_length(c.members, 1))::int]],
        x.due, '[]'::jsonb,
        CASE WHEN x.done_on <= '${TODAY}'::date THEN 'done' WHEN ${u('started', "c.id::text || t")} < 0.6 THEN 'in_progress' ELSE 'issued' END,
        CASE WHEN x.done_on <= '${TODAY}'::date THEN NULL ELSE x.due END,
        '2024-02-21', CASE WHEN x.done_on <= '${TODAY}'::date THEN x.done_on END, NULL, t, 1
      FROM bench_committees c
      JOIN plans p ON p.org_id = c.id
      CROSS JOIN LATERAL generate_series(1, CASE c.level WHEN 'province' THEN ${TASKS.province} WHEN 'city' THEN ${TASKS.city} ELSE ${TASKS.county} END) t
      CROSS JOIN LATERAL (SELECT ('2024-06-30'::date + floor(${u('due', "c.id::text || t")} * 900)::int) AS due) d
      CROSS JOIN LATERAL (SELECT d.due AS due, d.due + (floor(${u('late', "c.id::text || t")} * 80)::int - 60) AS done_on) x`,
  ]);
  await exec(database, 'dispatch rounds, meetings and 交办 items', [
    `
    INSERT INTO dispatch_rounds (org_id, region_code, plan_id, month, name, status, closed_on, decision_count, version)
      SELECT c.id, c.region_code, p.id, to_char(m, 'YYYY-MM'), '基准调度', CASE WHEN to_char(m, 'YYYY-MM') < '${TODAY.slice(0, 7)}' THEN 'closed' ELSE 'open' END,
        CASE WHEN to_char(m, 'YYYY-MM') < '${TODAY.slice(0, 7)}' THEN (m + interval '1 month - 1 day')::date END, ${DECISIONS_PER_ROUND}, 1
      FROM bench_committees c JOIN plans p ON p.org_id = c.id
      CROSS JOIN generate_series('2024-03-01'::date, '${TODAY}'::date, interval '1 month') m`,
    `
    INSERT INTO tasks (plan_id, issuer_org_id, region_code, code, name, kind, lead_org_id, co_org_ids, due_date, status, next_due, issued_on, completed_on, round_id, sort, version)
      SELECT r.plan_id, r.org_id, r.region_code, '交办' || r.month || '-' || n, '基准交办事项', 'assignment',
        c.members[1 + floor(${u('alead', "r.id::text || n")} * array_length(c.members, 1))::int], '{}',
        x.due, CASE WHEN x.done_on <= '${TODAY}'::date THEN 'done' ELSE 'in_progress' END,
        CASE WHEN x.done_on <= '${TODAY}'::date THEN NULL ELSE x.due END, (r.month || '-15')::date, CASE WHEN x.done_on <= '${TODAY}'::date THEN x.done_on END, r.id, 10000 + n, 1
      FROM dispatch_rounds r JOIN bench_committees c ON c.id = r.org_id
      CROSS JOIN generate_series(1, ${DECISIONS_PER_ROUND}) n
      CROSS JOIN LATERAL (SELECT (r.month || '-15')::date + 30 AS due, (r.month || '-15')::date + 30 + (floor(${u('adone', "r.id::text || n")} * 40)::int - 25) AS done_on) x`,
    `
    INSERT INTO leaders (org_id, region_code, name, post, role, sort)
      SELECT c.id, c.region_code, '基准领导' || n, CASE WHEN n = 1 THEN '主要负责同志' ELSE '分管负责同志' END, CASE WHEN n = 1 THEN 'top' ELSE 'deputy' END, n
      FROM bench_committees c CROSS JOIN generate_series(1, 4) n`,
    `
    INSERT INTO meetings (org_id, region_code, kind, name, date, chair_leader_id, chair_name)
      SELECT l.org_id, l.region_code, 'dispatch', '基准会议', m::date + floor(${u('mday', "l.id::text || m::text")} * 27)::int, l.id, l.name
      FROM leaders l CROSS JOIN generate_series('2024-01-01'::date, '${TODAY}'::date, interval '1 month') m
      WHERE ${u('held', "l.id::text || m::text")} < CASE WHEN l.role = 'top' THEN 0.4 ELSE 0.85 END AND m::date + 27 <= '${TODAY}'::date`,
  ]);
  await exec(database, 'requirements and returns', [
    `
    INSERT INTO report_requirements (org_id, region_code, kind, name, cadence, due_rule, grace_days, remind_days_before, sections, reporting_org_ids, start_period, end_period)
      SELECT c.id, c.region_code, k.kind, k.name, k.cadence, k.rule::jsonb, 30, 3, k.sections, c.members || c.lower, k.start_period, k.end_period
      FROM bench_committees c CROSS JOIN (VALUES
        ('progress', '基准月度工作进展', 'monthly', '{"kind":"day_of_last_month","day":25}', ARRAY['text','task_progress','figures','problems'], '2024-03', '2026-12'),
        ('publicity', '基准宣传教育', 'quarterly', '{"kind":"last_week"}', ARRAY['activities','text'], '2024-Q1', '2026-Q4'),
        ('investment', '基准安全投入', 'annual', '{"kind":"days_after_end","days":31}', ARRAY['investment','text'], '2024', '2026')
      ) AS k(kind, name, cadence, rule, sections, start_period, end_period)`,
    `
    CREATE TABLE bench_periods AS
      SELECT r.id AS requirement_id, to_char(m, 'YYYY-MM') AS period, (m + interval '24 days')::date AS due
        FROM report_requirements r CROSS JOIN generate_series('2024-03-01'::date, '${TODAY}'::date, interval '1 month') m WHERE r.cadence = 'monthly'
      UNION ALL SELECT r.id, to_char(q, 'YYYY') || '-Q' || to_char(q, 'Q'), (q + interval '3 months - 1 day')::date
        FROM report_requirements r CROSS JOIN generate_series('2024-01-01'::date, '${TODAY}'::date, interval '3 months') q WHERE r.cadence = 'quarterly'
      UNION ALL SELECT r.id, to_char(y, 'YYYY'), (y + interval '1 year 30 days')::date
        FROM report_requirements r CROSS JOIN generate_series('2024-01-01'::date, '${TODAY}'::date, interval '1 year') y WHERE r.cadence = 'annual'`,
    `
    INSERT INTO report_submissions (requirement_id, period, org_id, region_code, issuer_org_id, due_date, status, first_filed_on, submitted_at, report)
      SELECT p.requirement_id, p.period, o.org_id, r.region_code, r.org_id, p.due,
        CASE WHEN p.due < '${TODAY}'::date - 20 THEN 'accepted' ELSE 'submitted' END,
        x.filed, (x.filed::timestamp + interval '10 hours') AT TIME ZONE 'Asia/Shanghai',
        '{"text":"基准","taskProgress":[],"figures":[],"problems":[],"nextSteps":"","investment":null,"activities":[]}'::jsonb
      FROM bench_periods p JOIN report_requirements r ON r.id = p.requirement_id
      CROSS JOIN LATERAL unnest(r.reporting_org_ids) AS o(org_id)
      CROSS JOIN LATERAL (SELECT p.due - 6 + floor(power(${u('filed', "p.requirement_id::text || p.period || o.org_id::text")}, 3) * 20)::int AS filed) x
      WHERE ${u('missing', "p.requirement_id::text || p.period || o.org_id::text")} > 0.04 AND x.filed <= '${TODAY}'::date`,
  ]);
  await database.unsafeOwnerExec('ANALYZE orgs; ANALYZE tasks; ANALYZE report_requirements; ANALYZE report_submissions; ANALYZE dispatch_rounds; ANALYZE meetings; ANALYZE leaders');
  const [counts] = rowsOf<Record<string, number>>(
    await db.execute(sql`SELECT (SELECT count(*) FROM orgs)::int AS orgs, (SELECT count(*) FROM plans)::int AS plans, (SELECT count(*) FROM tasks)::int AS tasks,
      (SELECT count(*) FROM dispatch_rounds)::int AS rounds, (SELECT count(*) FROM report_requirements)::int AS requirements,
      (SELECT count(*) FROM report_submissions)::int AS returns, (SELECT count(*) FROM meetings)::int AS meetings`),
  );
  console.log(`  generated: ${Object.entries(counts ?? {}).map(([k, v]) => `${v.toLocaleString()} ${k}`).join(', ')}`);
}

async function main() {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) {
    console.log('BENCH_DATABASE_URL not set (an admin URL of a PostgreSQL 15 server, e.g. postgres://postgres@127.0.0.1:54330/postgres): nothing to do');
    return;
  }
  console.log(`[PostgreSQL] synthetic province 安徽 up to ${TODAY}…`);
  const database = await openScratchPostgres(adminUrl, 'zhiben_bench_tasks');
  const lines: { scope: string; query: string; rows: number; p50: number; p95: number; base: number }[] = [];
  try {
    const start = performance.now();
    await generate(database);
    console.log(`  generation took ${((performance.now() - start) / 1000).toFixed(0)} s`);
    const db = database.db;
    const committees = rowsOf<{ id: string; region_code: string }>(
      await db.execute(sql`SELECT id, region_code FROM orgs WHERE kind = 'committee' AND region_code IN ('340000000000', '341600000000', '341621000000')`),
    );
    const scopes = [
      ['省 安徽', '340000000000', '34'],
      ['市 亳州', '341600000000', '3416'],
      ['县 涡阳', '341621000000', '341621'],
    ] as const;
    for (const [label, code, prefix] of scopes) {
      const org = committees.find((c) => c.region_code === code);
      if (!org) throw new Error(`committee of ${code} missing`);
      const scope: Extract<PlanScope, { kind: 'plans' }> = { kind: 'plans', regionPrefix: prefix, orgId: org.id };
      const baseline = () => db.execute(sql`SELECT count(*) FROM tasks WHERE region_code LIKE ${`${prefix}%`}`);
      const [n] = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM tasks WHERE region_code LIKE ${`${prefix}%`}`));
      const base = await timeRuns(baseline, RUNS);
      // Return queries are compared with a count(*) of the returns under the same prefix.
      const [r] = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM report_submissions WHERE region_code LIKE ${`${prefix}%`}`));
      const returnsBase = await timeRuns(() => db.execute(sql`SELECT count(*) FROM report_submissions WHERE region_code LIKE ${`${prefix}%`}`), RUNS);
      const queries: [string, () => Promise<unknown>][] = [
        ['task board (行动 × 牵头单位, Gantt)', () => taskBoard(db, scope, { soonDays: 30 }, TODAY)],
        ['task figures by lead org', () => taskFigures(db, scope, { by: 'org' }, TODAY)],
        ['task figures by 行动', () => taskFigures(db, scope, { by: 'action' }, TODAY)],
        ['task figures by region (drill-down)', () => taskFigures(db, scope, { by: 'region' }, TODAY)],
        ['task figures by quarter', () => taskFigures(db, scope, { by: 'quarter' }, TODAY)],
        ['overdue task list, first page', () => listTasks(db, scope, { displayStatus: ['overdue'] }, TODAY, 1, 50)],
        [
          'return figures by org',
          async () => returnFigures(db, scope, await listRequirements(db, scope, {}), TODAY, 'org'),
        ],
        [
          'return figures by period',
          async () => returnFigures(db, scope, await listRequirements(db, scope, {}), TODAY, 'period'),
        ],
        [
          'missing returns, first page',
          async () => listExpected(db, scope, duePeriodsOf(await listRequirements(db, scope, {}), TODAY), TODAY, { timeliness: 'missing' }, 1, 50),
        ],
        ['member ranking (tasks + returns)', () => memberRanking(db, scope, {}, TODAY)],
        ['meeting cadence (year)', () => cadenceReport(db, scope, 2026, TODAY, code)],
      ];
      lines.push({ scope: label, query: 'plain count(*) of tasks', rows: n?.n ?? 0, ...base, base: base.p50 });
      lines.push({ scope: label, query: 'plain count(*) of returns', rows: r?.n ?? 0, ...returnsBase, base: returnsBase.p50 });
      for (const [name, run] of queries) {
        const t = await timeRuns(run, RUNS);
        const onReturns = name.includes('return');
        const b = onReturns ? returnsBase : base;
        lines.push({ scope: label, query: name, rows: onReturns ? (r?.n ?? 0) : (n?.n ?? 0), ...t, base: b.p50 });
        console.log(`  ${label}: ${name}: p50 ${t.p50.toFixed(0)} ms, p95 ${t.p95.toFixed(0)} ms (count(*) ${b.p50.toFixed(1)} ms)`);
      }
    }
  } finally {
    await database.close();
  }
  console.log(`\n${RUNS} runs each after one warm-up; times in ms; ratio = p50 / p50 of a plain count(*) over the scope's tasks (returns for the return queries); target p95 < 1000`);
  console.table(
    lines.map((l) => ({
      scope: l.scope,
      query: l.query,
      rows: l.rows,
      'p50 ms': Number(l.p50.toFixed(1)),
      'p95 ms': Number(l.p95.toFixed(1)),
      ratio: Number((l.p50 / Math.max(l.base, 0.001)).toFixed(1)),
      'p95 < 1000': l.query.startsWith('plain') ? '' : l.p95 < 1000 ? 'yes' : 'NO',
    })),
  );
}

await main();
