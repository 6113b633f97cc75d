// npm run bench:draws — a 双随机 draw at province size (issue 14: 300,000 enterprises, 20+ strata, 500 inspectors,
// draw < 5 s on PostgreSQL, public replay < 5 s), timed next to the raw limit measured in the same run: reading the
// same pool rows with one plain query, and hashing the same number of bytes with node:crypto's SM3. Not a test.
// BENCH_DATABASE_URL (an admin URL): the synthetic 安徽 province of bench:stats (regions and 300,000 enterprises, no
// hazards) in its own database zhiben_bench_draws, plus a province 安委办 with DRAW_INSPECTORS (500) certified officers,
// each with 20 enterprises to avoid. Kept between runs. DRAW_RUNS (3) draws are announced, drawn and replayed.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { addDays, replayDrawText } from '@zhiben/core';
import { chinaDate } from '../packages/server/src/lib/dates.ts';
import { rowsOf, type Database } from '../packages/server/src/db/client.ts';
import { loadSessionUser } from '../packages/server/src/modules/auth/auth.repository.ts';
import { contextFor } from '../packages/server/src/modules/auth/auth.service.ts';
import * as repo from '../packages/server/src/modules/random-draws/random-draws.repository.ts';
import { presentPublicDraw } from '../packages/server/src/modules/random-draws/random-draws.presenter.ts';
import { createDraw, drawSeedSealer } from '../packages/server/src/modules/random-draws/random-draws.service.ts';
import { performDrawAction } from '../packages/server/src/modules/random-draws/random-draws.workflow.ts';
import { actionContext, type ActionContext } from '../packages/server/src/workflow/context.ts';
import { openProvince } from './bench-stats-province.ts';
import { processMemory, round } from './bench-lib.ts';

const DB_NAME = 'zhiben_bench_draws';
const INSPECTORS = Number(process.env.DRAW_INSPECTORS ?? 500);
const RUNS = Number(process.env.DRAW_RUNS ?? 3);
const TARGET_MS = 5_000;
const ORG_NAME = '（基准）安徽省安全生产委员会办公室';

const rows = async <T>(database: Database, query: ReturnType<typeof sql>) => rowsOf<T>(await database.db.execute(query));

/** The province 安委办, its officers and their certificates and avoidances (once). */
async function ensureInspectors(database: Database): Promise<string> {
  await database.unsafeOwnerExec(`INSERT INTO orgs (kind, name, region_code, sectors) VALUES ('committee', '${ORG_NAME}', '340000000000', '{}') ON CONFLICT DO NOTHING`);
  const [org] = await rows<{ id: string }>(database, sql`SELECT id::text FROM orgs WHERE name = ${ORG_NAME}`);
  if (!org) throw new Error('org missing');
  const [have] = await rows<{ n: number }>(database, sql`SELECT count(*)::int AS n FROM inspector_credentials WHERE org_id = ${org.id}`);
  if ((have?.n ?? 0) < INSPECTORS) {
    console.log(`  [draws] ${INSPECTORS} inspectors with certificates and 20 avoidances each…`);
    await database.unsafeOwnerExec(`
      INSERT INTO users (username, display_name, password_hash, roles, org_id)
      SELECT 'bench_inspector_' || i, '基准检查员' || i, 'x', ARRAY['committee_officer'], '${org.id}' FROM generate_series(1, ${INSPECTORS}) i
      ON CONFLICT DO NOTHING;
      INSERT INTO inspector_credentials (user_id, org_id, certificate_no, expires_on, conflict_enterprise_ids)
      SELECT u.id, u.org_id, '皖执（基准）' || u.username, '2030-12-31',
        ARRAY(SELECT e.id FROM enterprises e WHERE e.uscc IN (SELECT 'BENCHP' || lpad((1 + (abs(hashtext(u.username || ':' || k)) % 300000))::text, 12, '0') FROM generate_series(1, 20) k))
      FROM users u WHERE u.username LIKE 'bench_inspector_%'
      ON CONFLICT (user_id) DO NOTHING;
      ANALYZE users; ANALYZE inspector_credentials;`);
  }
  return org.id;
}

async function contextAt(database: Database, day: string): Promise<ActionContext> {
  const [row] = await rows<{ id: string }>(database, sql`SELECT id::text FROM users WHERE username = 'bench_inspector_1'`);
  const user = row ? await loadSessionUser(database.db, row.id) : null;
  if (!user) throw new Error('bench user missing');
  const at = new Date(`${day}T10:00:00+08:00`);
  return actionContext({ db: database.db, clock: { now: () => at } }, contextFor('bench', user), { userId: user.id, name: user.displayName, ip: null });
}

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) throw new Error('BENCH_DATABASE_URL (a PostgreSQL admin URL) is required');
  const today = chinaDate(new Date());
  const { database, generatedSeconds } = await openProvince(adminUrl, 0, today, DB_NAME);
  if (generatedSeconds !== null) console.log(`  [draws] province generated in ${generatedSeconds.toFixed(0)} s`);
  await ensureInspectors(database);
  const sealer = drawSeedSealer(Buffer.alloc(32, 7));
  const results: { create: number; draw: number; replayServer: number; replayCore: number; raw: number; candidates: number; strata: number; inspectors: number; avoid: number; picks: number; textMb: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    // The raw limit: the pool rows read by one plain query, and node's native SM3 over as many bytes as the inputs text.
    const t0 = performance.now();
    const pool = await rows<{ id: string; name: string; region_code: string }>(database, sql`SELECT id::text, name, region_code FROM enterprises WHERE region_code LIKE '34%' AND status = 'operating' ORDER BY id`);
    const bytes = Buffer.from(pool.map((p) => `candidate\t${p.id}\thazchem\t${p.name}`).join('\n'));
    createHash('sm3').update(bytes).digest('hex');
    const raw = performance.now() - t0;

    const ctx = await contextAt(database, today);
    const t1 = performance.now();
    const committed = await createDraw(ctx, sealer, {
      title: `基准双随机 ${run + 1}`,
      spotCheckItemId: null,
      inspectionKind: 'enforcement',
      regionCode: null,
      sectors: [],
      strataBy: 'sector',
      sample: { kind: 'rate', percent: 5 },
      excludeInspectedDays: 0,
      avoidLastInspector: true,
      teamSize: 2,
      checklist: { sector: 'hazchem' },
      publicInputLabel: '基准公开随机数',
      drawOn: addDays(today, 1),
      plannedOn: addDays(today, 2),
      dueOn: addDays(today, 30),
    });
    const create = performance.now() - t1;

    const later = await contextAt(database, addDays(today, 1));
    const row = await repo.findDraw(database.db, later.auth.scope, committed.id);
    if (!row) throw new Error('draw vanished');
    const t2 = performance.now();
    const drawn = await performDrawAction(later, sealer, row, 'draw', { version: row.version, publicValue: `${run} 2 8` });
    const draw = performance.now() - t2;

    const t3 = performance.now();
    const view = await presentPublicDraw(database.db, drawn.id);
    const replayServer = performance.now() - t3;
    if (!view?.replay?.resultMatches || !view.seed || view.publicValue === null || !view.result) throw new Error('the server replay does not match');
    const t4 = performance.now();
    const replay = replayDrawText({ inputsText: view.inputsText, inputsHash: view.inputsHash, seedHash: view.seedHash, seed: view.seed, publicValue: view.publicValue, result: view.result.map((p) => ({ ...p, team: p.team.map((m) => m.id) })) });
    const replayCore = performance.now() - t4;
    if ('error' in replay) throw new Error(replay.error);
    if (!replay.resultMatches) throw new Error('the replay does not match');
    results.push({ create, draw, replayServer, replayCore, raw, candidates: replay.inputs.candidates.length, strata: replay.inputs.strata.length, inspectors: replay.inputs.inspectors.length, avoid: replay.inputs.avoid.length, picks: view.result.length, textMb: Buffer.byteLength(view.inputsText) / 1048576 });
    console.log(`  run ${run + 1}: commit ${create.toFixed(0)} ms, draw ${draw.toFixed(0)} ms, public replay (server, incl. read) ${replayServer.toFixed(0)} ms, replay (core only) ${replayCore.toFixed(0)} ms, raw ${raw.toFixed(0)} ms`);
  }
  const worst = (k: 'create' | 'draw' | 'replayServer' | 'replayCore' | 'raw') => Math.max(...results.map((r) => r[k]));
  const size = results[0];
  if (!size) throw new Error('no runs');
  console.log('');
  console.log(`inputs: ${size.candidates.toLocaleString()} candidates in ${size.strata} strata, ${size.inspectors} inspectors, ${size.avoid.toLocaleString()} avoidance pairs, ${size.picks.toLocaleString()} picks, inputs text ${round(size.textMb, 1)} MiB`);
  const line = (label: string, ms: number) => console.log(`${label.padEnd(34)} worst ${ms.toFixed(0).padStart(6)} ms   ${(ms / worst('raw')).toFixed(1).padStart(5)}× raw   target < ${TARGET_MS} ms: ${ms < TARGET_MS ? 'met' : 'NOT met'}`);
  console.log(`raw limit (pool read + native SM3)  worst ${worst('raw').toFixed(0).padStart(6)} ms`);
  line('announce (pool, hashes, commit)', worst('create'));
  line('draw (open seed, run, record)', worst('draw'));
  line('public replay (server)', worst('replayServer'));
  line('replay (core, as the script does)', worst('replayCore'));
  console.log(`peak RSS ${round(processMemory('self')?.peakMb ?? Number.NaN, 0)} MiB`);
  await database.close();
}

await main();
