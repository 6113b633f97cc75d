// The synthetic province of issue 4 for `npm run bench:stats`: real 安徽 (34) city and county codes from the region
// reference, ~15 townships per county (the real ones where the reference has them, otherwise clearly synthetic
// codes with a 9xx township segment named 演示乡镇NN), 300,000 enterprises named 演示企业…, a regulator org per lead
// department and city or county, and PROVINCE_ROWS
// (default 10,000,000) hazards 2022-01-01 … today with lifecycles on their timelines. Everything is generated
// server-side with INSERT … SELECT generate_series in committed batches; every choice is hashtext(seed, row), so
// the data are the same on every run. The database (zhiben_bench_province) is kept: a later run skips the batches
// already there, so an interrupted generation resumes.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { openDatabase, rowsOf, type Database } from '../packages/server/src/db/client.ts';
import { seedReference } from '../packages/server/src/seed/reference.ts';

const SEED = 'zhiben-province-2026';
const DB_NAME = 'zhiben_bench_province';
export const PROVINCE_PREFIX = '34';
const ENTERPRISES = Number(process.env.PROVINCE_ENTERPRISES ?? 300_000);
const BATCH = Number(process.env.PROVINCE_BATCH ?? 250_000);
const TOWNSHIPS_PER_COUNTY = 15;

const u = (salt: string, row = 'i') => sql.raw(`((hashtext('${SEED}:${salt}:' || ${row}) & 2147483647)::float8 / 2147483648)`);

async function ensureDatabase(adminUrl: string, dbName: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${dbName} TEMPLATE template0 ENCODING 'UTF8'`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
}

const one = async <T>(database: Database, query: ReturnType<typeof sql>) => rowsOf<T>(await database.db.execute(query))[0];

/** Regions, enterprises (once), then the hazard batches that are still missing (none with rows = 0: bench:inspections). */
export async function openProvince(adminUrl: string, rows: number, today: string, dbName = DB_NAME): Promise<{ database: Database; generatedSeconds: number | null }> {
  const url = await ensureDatabase(adminUrl, dbName);
  const database = await openDatabase({ kind: 'postgres', url });
  // Bulk generation runs as the connecting (owner) user with triggers and foreign-key checks off
  // (session_replication_role = replica): every row is generated consistent, and the checks would double the time.
  const owner = new pg.Client({ connectionString: url });
  await owner.connect();
  const dialect = new PgDialect();
  const ownerRun = async (...queries: SQL[]) => {
    await owner.query('BEGIN');
    await owner.query('SET LOCAL session_replication_role = replica');
    for (const query of queries) {
      const { sql: text, params } = dialect.sqlToQuery(query);
      await owner.query(text, params);
    }
    await owner.query('COMMIT');
  };
  const db = database.db;
  const start = performance.now();
  let generated = false;
  const regionsLoaded = await one<{ n: number }>(database, sql`SELECT count(*)::int AS n FROM regions`);
  if ((regionsLoaded?.n ?? 0) === 0) await seedReference(db);
  const synthetic = await one<{ n: number }>(database, sql`SELECT count(*)::int AS n FROM regions WHERE code LIKE '34%' AND name LIKE '演示乡镇%'`);
  if ((synthetic?.n ?? 0) === 0) {
    // Counties without township rows in the reference get synthetic ones (9xx segment: no real code uses it).
    await database.unsafeOwnerExec(`INSERT INTO regions (code, name, level, parent_code)
      SELECT left(c.code, 6) || (900 + t)::text || '000', '演示乡镇' || lpad(t::text, 2, '0'), 'township', c.code
      FROM regions c CROSS JOIN generate_series(1, ${TOWNSHIPS_PER_COUNTY}) t
      WHERE c.code LIKE '34%' AND c.level = 'county'
        AND NOT EXISTS (SELECT 1 FROM regions x WHERE x.parent_code = c.code AND x.level = 'township')
      ON CONFLICT DO NOTHING`);
    generated = true;
  }
  // 行业监管部门 for 部门排名 and 进展缓慢: one per lead department of the sector reference (21) in the province and
  // every city and county (2,856 for 安徽), named as demo departments. Added to a kept database that predates them.
  await db.execute(sql`INSERT INTO orgs (kind, name, region_code, sectors)
    SELECT 'regulator', r.name || s.lead || '部门（演示）', r.code, array_agg(s.code ORDER BY s.sort)
    FROM regions r CROSS JOIN sectors s
    WHERE r.code LIKE ${`${PROVINCE_PREFIX}%`} AND r.level IN ('province', 'city', 'county')
    GROUP BY r.code, r.name, s.lead
    ON CONFLICT DO NOTHING`);
  const enterprises = await one<{ n: number }>(database, sql`SELECT count(*)::int AS n FROM enterprises WHERE uscc LIKE 'BENCHP%'`);
  if ((enterprises?.n ?? 0) < ENTERPRISES) {
    console.log(`  [province] ${ENTERPRISES.toLocaleString()} enterprises…`);
    await db.execute(sql`DELETE FROM enterprises WHERE uscc LIKE 'BENCHP%'`);
    await ownerRun(sql`
      WITH towns AS (SELECT code, row_number() OVER (ORDER BY code)::int AS n FROM regions
                     WHERE code LIKE '34%' AND level = 'township' AND left(code, 6) IN (SELECT left(code, 6) FROM regions WHERE code LIKE '34%' AND level = 'county')),
           sectors_n AS (SELECT code, row_number() OVER (ORDER BY sort)::int AS n FROM sectors),
           total AS (SELECT (SELECT count(*) FROM towns)::int AS towns, (SELECT count(*) FROM sectors_n)::int AS sectors)
      INSERT INTO enterprises (uscc, name, region_code, sectors, scale)
      SELECT 'BENCHP' || lpad(i::text, 12, '0'), '演示企业' || i, t.code, ARRAY[s.code], 'small'
      FROM generate_series(1, ${ENTERPRISES}) i CROSS JOIN total
      JOIN towns t ON t.n = 1 + floor(${u('town')} * total.towns)::int
      JOIN sectors_n s ON s.n = 1 + floor(power(${u('sector')}, 1.6) * total.sectors)::int`);
    generated = true;
  }
  await database.unsafeOwnerExec(`CREATE TABLE IF NOT EXISTS bench_enterprises AS
      SELECT row_number() OVER (ORDER BY uscc)::int AS ord, id, region_code, sectors[1] AS sector FROM enterprises WHERE uscc LIKE 'BENCHP%';
    CREATE UNIQUE INDEX IF NOT EXISTS bench_enterprises_ord ON bench_enterprises (ord);
    CREATE TABLE IF NOT EXISTS bench_batches (lo bigint PRIMARY KEY, hi bigint NOT NULL, seconds float8 NOT NULL);
    GRANT SELECT, INSERT ON bench_enterprises, bench_batches TO zhiben_app`);
  const span = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse('2022-01-01T00:00:00Z')) / 86_400_000);
  for (let lo = 1; lo <= rows; lo += BATCH) {
    const hi = Math.min(rows, lo + BATCH - 1);
    const done = await one<{ n: number }>(database, sql`SELECT count(*)::int AS n FROM bench_batches WHERE lo = ${lo}`);
    if ((done?.n ?? 0) > 0) continue;
    const t0 = performance.now();
    await ownerRun(generateBatch(lo, hi, span, today), sql`INSERT INTO bench_batches (lo, hi, seconds) VALUES (${lo}, ${hi}, extract(epoch FROM clock_timestamp() - now()))`);
    generated = true;
    console.log(`  [province] hazards ${lo.toLocaleString()}–${hi.toLocaleString()} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  await owner.end();
  if (generated) {
    const t0 = performance.now();
    for (const table of ['hazards', 'hazard_events', 'enterprises', 'regions']) await database.unsafeOwnerExec(`VACUUM ANALYZE ${table}`);
    console.log(`  [province] VACUUM ANALYZE in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return { database, generatedSeconds: generated ? (performance.now() - start) / 1000 : null };
}

/**
 * One batch of hazards and their timelines in one statement. Lifecycle per hazard: found uniformly since
 * 2022-01-01; deadline 7–90 days (major 30–180); 1.5% dismissed after 3 days, 1% merged after 10; the rest
 * close 85% before the deadline, 12% up to 120 days late, 3% up to ~2 years late — or are still open today
 * (10% of those awaiting verification); 5% get an extension of 30 days approved 3 days before the deadline;
 * half of the majors are listed 5 days after finding (closed ones delisted at closing).
 */
function generateBatch(lo: number, hi: number, span: number, today: string) {
  const at = (day: string, time: string) => sql.raw(`((${day})::timestamp + interval '${time}') AT TIME ZONE 'Asia/Shanghai'`);
  return sql`
    WITH n AS (SELECT (SELECT count(*) FROM bench_enterprises)::int AS enterprises),
    x AS (
      SELECT i, e.id AS enterprise_id, e.region_code, COALESCE(e.sector, 'industry_trade') AS sector, f.found, f.major, f.dl_days, f.fate, f.src, f.ext, f.listed,
        CASE WHEN f.c < 0.85 THEN 1 + floor(f.dl_days * f.c2)::int WHEN f.c < 0.97 THEN f.dl_days + 1 + floor(f.c2 * 120)::int ELSE f.dl_days + 120 + floor(f.c2 * 700)::int END AS close_days
      FROM generate_series(${lo}::bigint, ${hi}::bigint) AS i CROSS JOIN n
      CROSS JOIN LATERAL (SELECT ('2022-01-01'::date + floor(${u('found')} * ${span + 1})::int) AS found, ${u('major')} < 1.0 / 190 AS major,
                                 ${u('fate')} AS fate, ${u('source')} AS src, ${u('close')} AS c, ${u('close2')} AS c2, ${u('ext')} < 0.05 AS ext,
                                 ${u('listed')} < 0.5 AS listed, ${u('dl')} AS dl, ${u('enterprise')} AS ue) r0
      CROSS JOIN LATERAL (SELECT r0.*, CASE WHEN r0.major THEN 30 + floor(r0.dl * 150)::int ELSE 7 + floor(r0.dl * 84)::int END AS dl_days) f
      JOIN bench_enterprises e ON e.ord = 1 + floor(f.ue * n.enterprises)::int
    ),
    y AS (
      SELECT x.*, found + close_days AS closed_on, found + dl_days AS original_deadline,
        CASE WHEN fate < 0.015 THEN 'dismissed' WHEN fate < 0.025 THEN 'merged' WHEN found + close_days <= ${today}::date THEN 'closed'
             WHEN fate < 0.125 THEN 'pending_verification' ELSE 'rectifying' END AS status,
        found + greatest(dl_days - 3, 1) AS ext_on
      FROM x
    ),
    z AS (
      SELECT y.*, (ext AND status NOT IN ('dismissed', 'merged') AND ext_on <= ${today}::date AND (status <> 'closed' OR ext_on < closed_on)) AS extended,
        (major AND listed AND status NOT IN ('dismissed', 'merged') AND found + 5 <= ${today}::date AND (status <> 'closed' OR found + 5 < closed_on)) AS was_listed
      FROM y
    ),
    ins AS (
      INSERT INTO hazards (id, hazard_no, enterprise_id, region_code, sector, level, source, title, found_at, deadline, status, closed_at, dismissed_at, listing, fingerprint)
      SELECT gen_random_uuid(), 'BENCHP-' || i, enterprise_id, region_code, sector, CASE WHEN major THEN 'major' ELSE 'general' END,
        CASE WHEN src < 0.35 THEN 'self_inspection' WHEN src < 0.60 THEN 'supervision' WHEN src < 0.80 THEN 'enforcement'
          WHEN src < 0.85 THEN 'tip' WHEN src < 0.90 THEN 'worker_report' WHEN src < 0.95 THEN 'monitoring'
          WHEN src < 0.99 THEN 'expert' ELSE 'accident' END,
        '基准隐患 ' || i, found, CASE WHEN extended THEN original_deadline + 30 ELSE original_deadline END, status,
        CASE WHEN status = 'closed' THEN ${at('closed_on', '10 hours')} END,
        CASE WHEN status = 'dismissed' THEN ${at(`least(found + 3, '${today}'::date)`, '11 hours')} END,
        CASE WHEN was_listed AND status <> 'closed' THEN jsonb_build_object('level', 'county', 'orgId', enterprise_id, 'orgName', '演示县安委会', 'docNo', '演示', 'deadline', original_deadline, 'listedAt', (found + 5)::text) END,
        '{}'::text[]
      FROM z
      RETURNING id, hazard_no, region_code, found_at, status
    ),
    ev AS (
      SELECT ins.id, ins.region_code, v.ord, v.at, v.kind, v.from_status, v.to_status, v.payload
      FROM ins JOIN z ON 'BENCHP-' || z.i = ins.hazard_no
      CROSS JOIN LATERAL (VALUES
        (1, ${at('z.found', '9 hours')}, 'register', NULL, 'rectifying', jsonb_build_object('deadline', z.original_deadline), true),
        (2, ${at('z.ext_on', '9 hours')}, 'decide_extension', 'rectifying', 'rectifying', jsonb_build_object('approve', true, 'newDeadline', z.original_deadline + 30), z.extended),
        (3, ${at('z.found + 5', '9 hours 30 minutes')}, 'list', 'rectifying', 'rectifying', jsonb_build_object('level', 'county'), z.was_listed),
        (4, ${at('z.closed_on', '9 hours 50 minutes')}, 'delist', 'rectifying', 'rectifying', '{}'::jsonb, z.was_listed AND z.status = 'closed'),
        (5, ${at('z.closed_on', '9 hours 55 minutes')}, 'complete', 'rectifying', 'pending_verification', '{}'::jsonb, z.status = 'closed'),
        (6, ${at('z.closed_on', '10 hours')}, 'verify', 'pending_verification', 'closed', '{}'::jsonb, z.status = 'closed'),
        (7, ${at(`greatest(z.found, '${today}'::date - 2)`, '8 hours')}, 'complete', 'rectifying', 'pending_verification', '{}'::jsonb, z.status = 'pending_verification'),
        (8, ${at(`least(z.found + 3, '${today}'::date)`, '11 hours')}, 'void', 'rectifying', 'dismissed', '{}'::jsonb, z.status = 'dismissed'),
        (9, ${at(`least(z.found + 10, '${today}'::date)`, '11 hours')}, 'merge', 'rectifying', 'merged', '{}'::jsonb, z.status = 'merged')
      ) AS v(ord, at, kind, from_status, to_status, payload, keep)
      WHERE v.keep
    )
    INSERT INTO hazard_events (hazard_id, region_code, seq, at, actor_name, kind, from_status, to_status, payload, prev_hash, hash)
    SELECT id, region_code, row_number() OVER (PARTITION BY id ORDER BY at, ord), at, '基准', kind, from_status, to_status, payload, 'bench', 'bench'
    FROM ev`;
}
