// bench:hazards, create and lifecycle against their physical baseline: the rows one API write leaves in each table,
// captured once, replayed as raw SQL in one transaction per write from a plain client (pg.Client; on PGlite its own
// query and transaction), one statement per table, interleaved with the API in BENCH_ROUNDS rounds of BENCH_K writes
// each way, in blocks of BENCH_BLOCK. After each block it also GETs the records the block wrote: what a request costs
// besides its writes (auth, scope load, view, presentation), from which it prints each ratio's ceiling.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { formatHazardNo, GENESIS_HASH, timelineHash } from '@zhiben/core';
import { buildApp } from '../packages/server/src/app.ts';
import { rowsOf, type Database } from '../packages/server/src/db/client.ts';
import { addDays, chinaDate } from '../packages/server/src/lib/dates.ts';
import { DEMO_PASSWORD, seedDemo } from '../packages/server/src/seed/demo.ts';
import { seedReference } from '../packages/server/src/seed/reference.ts';
import { CUBE_DELTA_TABLES, foldCubeDeltas } from '../packages/server/src/modules/stats/stats.upkeep.ts';
import { loadAverage, median, round } from './bench-lib.ts';
import { benchAppConfig, ENTERPRISES, openTarget, SEED, type TargetName } from './bench-hazards-setup.ts';
import { insertRows, plainClient, type Exec, type Query, type Row } from './bench-plain-client.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const K = Number(process.env.BENCH_K ?? 100);
const BLOCK = Math.max(1, Number(process.env.BENCH_BLOCK ?? 20));

/** What one API write left in each table: the rows a baseline write replays. */
type Written = { hazard: Row; events: Row[]; notifications: Row[]; idempotency: Row[]; spans: Row[]; deltas: Record<string, Row[]> };

async function captureWrite(exec: Exec, hazardId: string, eventsAfterSeq: number, notificationIdsBefore: Set<string>, idempotencyKey: string | null): Promise<Written> {
  const parsed = async (text: string, params: unknown[] = []): Promise<unknown> => JSON.parse(String((await exec.query(text, params)).rows[0]?.j ?? 'null'));
  const json = async (text: string, params: unknown[] = []) => ((await parsed(text, params)) ?? []) as Row[];
  const deltas: Record<string, Row[]> = {};
  for (const table of CUBE_DELTA_TABLES) deltas[table] = await json(`SELECT json_agg(d)::text AS j FROM ${table} d`);
  return {
    hazard: (await parsed('SELECT row_to_json(h)::text AS j FROM hazards h WHERE id = $1', [hazardId])) as Row,
    events: await json('SELECT json_agg(e ORDER BY seq)::text AS j FROM hazard_events e WHERE hazard_id = $1 AND seq > $2', [hazardId, eventsAfterSeq]),
    notifications: (await json('SELECT json_agg(n)::text AS j FROM notifications n WHERE hazard_id = $1', [hazardId])).filter((n) => !notificationIdsBefore.has(String(n.id))),
    idempotency: idempotencyKey ? await json('SELECT json_agg(i)::text AS j FROM idempotency_keys i WHERE key = $1', [idempotencyKey]) : [],
    spans: await json('SELECT json_agg(s)::text AS j FROM hazard_stat_spans s WHERE hazard_id = $1', [hazardId]),
    deltas,
  };
}

const notificationIds = async (exec: Exec, hazardId: string) =>
  new Set((await exec.query('SELECT id::text AS id FROM notifications WHERE hazard_id = $1', [hazardId])).rows.map((r) => String(r.id)));

/** Rows per table now (to show that a baseline write and an API write add the same). */
async function tableCounts(exec: Exec): Promise<Record<string, number>> {
  const tables = ['hazards', 'hazard_events', 'notifications', 'idempotency_keys', 'hazard_stat_spans', ...CUBE_DELTA_TABLES];
  const [row] = (await exec.query(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')}`)).rows;
  return Object.fromEntries(tables.map((t) => [t, Number(row?.[t] ?? 0)]));
}

const diff = (after: Record<string, number>, before: Record<string, number>) =>
  JSON.stringify(Object.fromEntries(Object.entries(after).map(([t, n]) => [t, n - (before[t] ?? 0)]).filter(([, n]) => n !== 0)));

/** The sealed event of a replayed write: the captured one on another hazard, hashed onto that hazard's chain. */
function replayedEvent(template: Row, hazardId: string, seq: number, prevHash: string, payload: Record<string, unknown>, at: string): Row {
  const core = {
    hazardId, seq, at, actorId: (template.actor_id as string | null) ?? null, kind: String(template.kind),
    fromStatus: (template.from_status as string | null) ?? null, toStatus: String(template.to_status), payload,
  };
  return { ...template, hazard_id: hazardId, seq, at, payload, prev_hash: prevHash, hash: timelineHash(prevHash, core as Parameters<typeof timelineHash>[1]) };
}

/** The captured outbox rows for another hazard (a fresh dedupe key each time: the baseline lists its hazards repeatedly). */
const replayedNotifications = (templates: readonly Row[], fromId: string, hazardId: string) =>
  templates.map((n) => ({ ...n, id: randomUUID(), hazard_id: hazardId, dedupe_key: `${String(n.dedupe_key).replace(fromId, hazardId)}:${randomUUID()}` }));

async function insertDeltas(query: Query, deltas: Record<string, Row[]>) {
  for (const [table, rows] of Object.entries(deltas)) await insertRows(query, table, rows);
}

export type RatioResult = {
  createApiPerSec: number; createBaselinePerSec: number; createRatio: number;
  /** As lifecycleCeiling, for create: baseline ÷ (baseline + a GET of the hazard created). */
  createCeiling: number;
  lifecycleApiPerSec: number; lifecycleBaselinePerSec: number; lifecycleRatio: number;
  /** GET of an acted-on hazard (auth, scope load, view, presentation: what an action's request does besides writing). */
  lifecycleReadMs: number;
  /** The lifecycle ratio an API would reach whose writes cost exactly the baseline's: baseline ÷ (baseline + read). */
  lifecycleCeiling: number;
  statementsPerCreate: number | null; statementsPerAction: number | null;
};

export async function measureRatios(name: TargetName, create: boolean, lifecycle: boolean): Promise<RatioResult> {
  const { database, dispose } = await openTarget(name);
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-bench-files-'));
  let app: FastifyInstance | null = null;
  let folder: NodeJS.Timeout | null = null;
  const exec = await plainClient(database);
  try {
    console.log(`[${name}] create and lifecycle against the physical baseline: rounds=${ROUNDS} K=${K}; seeding ${ENTERPRISES} enterprises…`);
    await seedReference(database.db);
    await seedDemo(database.db, { enterpriseCount: ENTERPRISES, seed: SEED });
    app = await buildApp({ database, config: benchAppConfig(filesDir) });
    await app.ready();
    const inject = app.inject.bind(app);
    const login = await inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'guoyang_yjj', password: DEMO_PASSWORD } });
    const token = (login.json() as { token: string }).token;
    const [enterprise] = rowsOf<{ id: string; region_code: string }>(
      await database.db.execute(sql`SELECT id, region_code FROM enterprises WHERE region_code LIKE '341621%' AND 'hazchem' = ANY(sectors) ORDER BY uscc LIMIT 1`),
    );
    if (!enterprise) throw new Error('no hazchem enterprise in 涡阳县');
    const today = chinaDate(new Date());
    const year = Number(today.slice(0, 4));

    const apiCreate = async (i: number): Promise<{ id: string; version: number; key: string }> => {
      const key = `bench-${randomUUID()}`;
      const response = await inject({
        method: 'POST', url: '/api/hazards', headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
        payload: { enterpriseId: enterprise.id, level: 'major', sector: 'hazchem', criterionIds: ['HG2017-5'], title: `液氯储罐区未设置紧急切断装置（基准${i}）`, description: '基准测试登记', location: '一号罐区', foundAt: today, deadline: addDays(today, 30) },
      });
      if (response.statusCode !== 201) throw new Error(`POST /api/hazards: ${response.statusCode} ${response.body.slice(0, 300)}`);
      const body = response.json() as { id: string; version: number };
      return { ...body, key };
    };
    const apiAction = async (hazard: { id: string; version: number }, action: 'list' | 'delist'): Promise<number> => {
      const payload = action === 'list' ? { version: hazard.version, docNo: `基准督〔${year}〕${hazard.version}号`, deadline: addDays(today, 60) } : { version: hazard.version, note: '基准摘牌', docNo: `基准摘${hazard.version}` };
      const response = await inject({ method: 'POST', url: `/api/hazards/${hazard.id}/actions/${action}`, headers: { authorization: `Bearer ${token}` }, payload });
      if (response.statusCode !== 200) throw new Error(`${action}: ${response.statusCode} ${response.body.slice(0, 300)}`);
      return (response.json() as { version: number }).version;
    };
    const apiRead = async (hazard: { id: string }) => {
      const response = await inject({ method: 'GET', url: `/api/hazards/${hazard.id}`, headers: { authorization: `Bearer ${token}` } });
      if (response.statusCode !== 200) throw new Error(`GET /api/hazards/${hazard.id}: ${response.statusCode} ${response.body.slice(0, 300)}`);
      return response.json() as unknown;
    };
    const foldAll = async () => {
      while ((await foldCubeDeltas(database)) > 0);
    };

    // Templates: what one create, one list and one delist write (deltas isolated by folding first).
    await foldAll();
    let before = await tableCounts(exec);
    const sample = await apiCreate(0);
    const created = await captureWrite(exec, sample.id, 0, new Set(), sample.key);
    const apiCreateRows = diff(await tableCounts(exec), before);
    await foldAll();
    let seen = await notificationIds(exec, sample.id);
    sample.version = await apiAction(sample, 'list');
    const listed = await captureWrite(exec, sample.id, 1, seen, null);
    await foldAll();
    seen = await notificationIds(exec, sample.id);
    sample.version = await apiAction(sample, 'delist');
    const delisted = await captureWrite(exec, sample.id, 2, seen, null);
    await foldAll();

    const baselineCreate = () =>
      exec.transaction(async (query) => {
        const id = randomUUID();
        const at = new Date().toISOString();
        const [numbered] = (await query('SELECT zhiben_hazard_seqs($1, $2, 1) AS seqs', [enterprise.region_code.slice(0, 6), year])).rows;
        const hazardNo = formatHazardNo(enterprise.region_code, year, (numbered?.seqs as number[])[0] ?? 0);
        await insertRows(query, 'hazards', [{ ...created.hazard, id, hazard_no: hazardNo, created_at: at, updated_at: at }]);
        const template = created.events[0] ?? {};
        const payload = { ...(template.payload as Record<string, unknown>), hazardNo };
        await insertRows(query, 'hazard_events', [replayedEvent(template, id, 1, GENESIS_HASH, payload, at)], ['id']);
        await insertRows(query, 'notifications', replayedNotifications(created.notifications, sample.id, id));
        await insertRows(query, 'idempotency_keys', created.idempotency.map((r) => ({ ...r, key: `bench-${id}`, response: { hazardId: id }, created_at: at })));
        await insertRows(query, 'hazard_stat_spans', created.spans.map((s) => ({ ...s, hazard_id: id })));
        await insertDeltas(query, created.deltas);
        return id;
      });
    /** A list or delist replayed on a hazard of the baseline's own, whose version and chain it tracks. */
    type Tracked = { id: string; version: number; seq: number; hash: string; listed: boolean };
    const baselineAction = async (h: Tracked) => {
      const written = h.listed ? delisted : listed;
      const at = new Date().toISOString();
      const template = written.events[0] ?? {};
      const event = replayedEvent(template, h.id, h.seq + 1, h.hash, template.payload as Record<string, unknown>, at);
      await exec.transaction(async (query) => {
        const updated = await query('UPDATE hazards SET listing = $2::jsonb, version = version + 1, updated_at = $3 WHERE id = $1 AND version = $4 RETURNING version', [h.id, JSON.stringify(written.hazard.listing ?? null), at, h.version]);
        if (updated.rows.length !== 1) throw new Error('baseline compare-and-set missed');
        await insertRows(query, 'hazard_events', [event], ['id']);
        await query('DELETE FROM hazard_stat_spans WHERE hazard_id = $1', [h.id]);
        await insertRows(query, 'hazard_stat_spans', written.spans.map((s) => ({ ...s, hazard_id: h.id })));
        await insertDeltas(query, written.deltas);
        await insertRows(query, 'notifications', replayedNotifications(written.notifications, sample.id, h.id));
      });
      Object.assign(h, { version: h.version + 1, seq: h.seq + 1, hash: String(event.hash), listed: !h.listed });
    };

    before = await tableCounts(exec);
    const baseId = await baselineCreate();
    console.log(`  one API create adds        ${apiCreateRows}`);
    console.log(`  one baseline create adds   ${diff(await tableCounts(exec), before)}`);
    const tracked: Tracked[] = [{ id: baseId, version: 1, seq: 1, hash: '', listed: false }];
    for (let i = 1; i < 20; i += 1) tracked.push({ id: await baselineCreate(), version: 1, seq: 1, hash: '', listed: false });
    for (const h of tracked) {
      const [last] = (await exec.query('SELECT hash FROM hazard_events WHERE hazard_id = $1 AND seq = 1', [h.id])).rows;
      h.hash = String(last?.hash);
    }
    // API hazards for the lifecycle: each is listed once and delisted once (so every list writes its outbox rows).
    const forActions: { id: string; version: number }[] = [];
    if (lifecycle) for (let i = 0; i <= Math.ceil((ROUNDS * K) / 2); i += 1) forActions.push(await apiCreate(10_000 + i));
    before = await tableCounts(exec);
    await baselineAction(tracked[0] as Tracked);
    console.log(`  one baseline list adds     ${diff(await tableCounts(exec), before)} (API list: ${listed.events.length} event, ${listed.notifications.length} outbox, ${Object.values(listed.deltas).flat().length} delta rows)`);

    const statements = await countStatements(database, async () => {
      await apiCreate(99_999);
    }, async () => {
      const h = forActions.pop() ?? (await apiCreate(99_998));
      h.version = await apiAction(h, 'list');
    });
    // The folder runs as in the server: every second, beside everything else.
    let folding: Promise<unknown> | null = null;
    folder = setInterval(() => {
      folding ??= foldCubeDeltas(database).finally(() => (folding = null));
    }, 1000);

    const rates: Record<string, number[]> = { create: [], createBase: [], action: [], actionBase: [], read: [], createRead: [] };
    /**
     * K writes through the API and K through the baseline, alternating in blocks of BLOCK (which side goes first
     * alternates too): a slower or faster second of the machine, or the folder's run, falls on both sides alike
     * instead of on whichever ran then. One block per round (BENCH_BLOCK=K) is how this bench measured before.
     * `read`, when given, runs after each block too: a GET of the records the block wrote.
     */
    const timedAgainstBaseline = async (apiKey: string, baseKey: string, api: (i: number) => Promise<unknown>, base: (i: number) => Promise<unknown>, read?: { key: string; run: (i: number) => Promise<unknown> }) => {
      const elapsed = { api: 0, base: 0, read: 0 };
      const sides = { api, base, read: read?.run ?? (async () => undefined) };
      const run = async (side: 'api' | 'base' | 'read', from: number, to: number) => {
        const request = sides[side];
        const start = performance.now();
        for (let i = from; i < to; i += 1) await request(i);
        elapsed[side] += performance.now() - start;
      };
      for (let from = 0, block = 0; from < K; from += BLOCK, block += 1) {
        const to = Math.min(K, from + BLOCK);
        const [first, second] = block % 2 === 0 ? (['base', 'api'] as const) : (['api', 'base'] as const);
        await run(first, from, to);
        await run(second, from, to);
        if (read) await run('read', from, to);
      }
      rates[apiKey]?.push(K / (elapsed.api / 1000));
      rates[baseKey]?.push(K / (elapsed.base / 1000));
      if (read) rates[read.key]?.push(K / (elapsed.read / 1000));
    };
    /**
     * What the lifecycle ratio would be if the API's writes cost exactly what the baseline's do, and the request
     * around them (auth, scope load, view, presentation) what a GET of the record costs: baseline ÷ (baseline + read).
     */
    const ceilingAt = (round: number, baseKey = 'actionBase', readKey = 'read') => {
      const base = 1 / (rates[baseKey]?.[round - 1] ?? Number.NaN);
      return base / (base + 1 / (rates[readKey]?.[round - 1] ?? Number.NaN));
    };
    let nextAction = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      if (create) {
        const created: { id: string }[] = [];
        await timedAgainstBaseline('create', 'createBase', async (i) => (created[i] = await apiCreate(round * 1000 + i)), () => baselineCreate(), { key: 'createRead', run: (i) => apiRead(created[i] as { id: string }) });
      }
      if (lifecycle) {
        await timedAgainstBaseline(
          'action',
          'actionBase',
          async (i) => {
            const h = forActions[nextAction + Math.floor(i / 2)];
            if (!h) throw new Error('ran out of hazards for the lifecycle');
            h.version = await apiAction(h, i % 2 === 0 ? 'list' : 'delist');
          },
          (i) => baselineAction(tracked[i % tracked.length] as Tracked),
          { key: 'read', run: (i) => apiRead(forActions[nextAction + Math.floor(i / 2)] as { id: string }) },
        );
        nextAction += Math.ceil(K / 2);
      }
      const r = (a: string, b: string) => ((rates[a]?.at(-1) ?? 0) / (rates[b]?.at(-1) ?? 1)).toFixed(3);
      const measured = [
        create
          ? `create ${rates.create?.at(-1)?.toFixed(0)}/s vs baseline ${rates.createBase?.at(-1)?.toFixed(0)}/s = ${r('create', 'createBase')}× `
            + `(ceiling ${ceilingAt(round, 'createBase', 'createRead').toFixed(3)})`
          : null,
        lifecycle
          ? `list/delist ${rates.action?.at(-1)?.toFixed(0)}/s vs baseline ${rates.actionBase?.at(-1)?.toFixed(0)}/s = ${r('action', 'actionBase')}×, `
            + `a GET of the record ${(1000 / (rates.read?.at(-1) ?? Number.NaN)).toFixed(2)} ms (ceiling ${ceilingAt(round).toFixed(3)})`
          : null,
      ];
      console.log(`  round ${round}: ${measured.filter((m) => m !== null).join('; ')}  (load ${loadAverage()})`);
    }
    const ratio = (a: string, b: string) => median((rates[a] ?? []).map((x, i) => x / (rates[b]?.[i] ?? Number.NaN)));
    return {
      createApiPerSec: round(median(rates.create ?? []), 1), createBaselinePerSec: round(median(rates.createBase ?? []), 1), createRatio: round(ratio('create', 'createBase'), 3),
      createCeiling: round(median((rates.createRead ?? []).map((_, i) => ceilingAt(i + 1, 'createBase', 'createRead'))), 3),
      lifecycleApiPerSec: round(median(rates.action ?? []), 1), lifecycleBaselinePerSec: round(median(rates.actionBase ?? []), 1), lifecycleRatio: round(ratio('action', 'actionBase'), 3),
      lifecycleReadMs: round(1000 / median(rates.read ?? []), 2), lifecycleCeiling: round(median((rates.read ?? []).map((_, i) => ceilingAt(i + 1))), 3),
      statementsPerCreate: statements.create, statementsPerAction: statements.action,
    };
  } finally {
    if (folder) clearInterval(folder);
    await exec.close();
    await app?.close();
    await dispose();
    fs.rmSync(filesDir, { recursive: true, force: true });
  }
}

/**
 * Statements one API create and one action send, and their server-side share, counted at the pg driver
 * (PostgreSQL only: PGlite has no per-statement hook). For the "what is left" of the write path.
 */
async function countStatements(database: Database, create: () => Promise<void>, action: () => Promise<unknown>): Promise<{ create: number | null; action: number | null }> {
  if (database.kind !== 'postgres') return { create: null, action: null };
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let counting = false;
  let count = 0;
  const texts: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    if (counting) {
      count += 1;
      const first = args[0];
      texts.push(String(typeof first === 'string' ? first : (first as { text?: string; name?: string }).name ?? (first as { text?: string }).text).replace(/\s+/g, ' ').slice(0, 70));
    }
    return original.apply(this, args);
  };
  const measure = async (work: () => Promise<unknown>, label: string) => {
    count = 0;
    texts.length = 0;
    counting = true;
    await work();
    counting = false;
    console.log(`  statements of one ${label}: ${count}${process.env.BENCH_VERBOSE ? `\n    ${texts.join('\n    ')}` : ''}`);
    return count;
  };
  try {
    return { create: await measure(create, 'API create'), action: await measure(action, 'API list') };
  } finally {
    proto.query = original;
  }
}

