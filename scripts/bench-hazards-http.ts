// bench:hazards, concurrency on PostgreSQL over HTTP: the server as `npm start` runs it (built, main.mjs in its own process,
// demo region seeded, request logs on, the statistics folder running) on a scratch database; closed-loop keep-alive
// clients (one socket each) in this process; the app's connections sampled by wait event every 0.5 s.
import { randomBytes } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadAverage, quantile, round } from './bench-lib.ts';
import { portInStartLine } from '../packages/server/src/lib/start-line.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const WARM_SECONDS = Math.min(2, SECONDS / 5);
const CLIENTS = (process.env.BENCH_CLIENTS ?? '1,4,16,64').split(',').map(Number);
const MAJOR_HAZARDS = 256;

type Step = { workload: 'create' | 'lifecycle'; clients: number; rps: number; p50: number; p95: number; p99: number; errors: number; firstError: string | null; waits: Record<string, number> };
export type ConcurrencyResult = {
  concurrency: Step[]; concurrency16vs1: number; concurrency16vs1Create: number; concurrency16vs1Lifecycle: number; p99At16Ms: number; concurrencyErrors: number;
};

type Response = { status: number; body: string };
/** One keep-alive connection, requests one at a time (a closed-loop client). */
function httpClient(port: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const call = (method: 'GET' | 'POST', url: string, token: string | null, body?: unknown) =>
    new Promise<Response>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const request = http.request({ host: '127.0.0.1', port, method, path: url, agent, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end(payload);
    });
  return { call, close: () => agent.destroy() };
}

/** The app's backends by state and wait event, averaged over samples taken every 0.5 s while `work` runs. */
async function sampleWaits<T>(admin: pg.Client, database: string, work: () => Promise<T>): Promise<{ result: T; waits: Record<string, number> }> {
  const totals = new Map<string, number>();
  let samples = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      const { rows } = await admin.query<{ what: string; n: number }>(
        `SELECT CASE WHEN state = 'idle' THEN 'idle'
                     WHEN state LIKE 'idle in transaction%' THEN 'idle in transaction (waiting for the app)'
                     WHEN wait_event IS NULL THEN 'active (CPU)'
                     ELSE wait_event_type || ':' || wait_event END AS what,
                count(*)::int AS n
           FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid() GROUP BY 1`,
        [database],
      );
      for (const r of rows) totals.set(r.what, (totals.get(r.what) ?? 0) + r.n);
      samples += 1;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  try {
    const result = await work();
    return { result, waits: Object.fromEntries([...totals].map(([what, n]) => [what, round(n / Math.max(samples, 1), 2)]).sort((a, b) => Number(b[1]) - Number(a[1]))) };
  } finally {
    running = false;
    await sampler;
  }
}

/** `clients` closed loops for SECONDS after a warm-up: throughput, latency percentiles, errors. */
async function drive(port: number, clients: number, next: (client: number) => (call: ReturnType<typeof httpClient>['call']) => Promise<Response>) {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const start = performance.now();
  const measureFrom = start + WARM_SECONDS * 1000;
  const end = measureFrom + SECONDS * 1000;
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    const client = httpClient(port);
    const op = next(c);
    try {
      while (performance.now() < end) {
        const t0 = performance.now();
        let response: Response;
        try {
          response = await op(client.call);
        } catch (error) {
          response = { status: 0, body: String(error) };
        }
        if (t0 < measureFrom) continue;
        if (response.status >= 200 && response.status < 300) latencies.push(performance.now() - t0);
        else {
          errors += 1;
          firstError ??= `${response.status} ${response.body.slice(0, 200)}`;
        }
      }
    } finally {
      client.close();
    }
  }));
  return { rps: latencies.length / SECONDS, p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), p99: quantile(latencies, 0.99), errors, firstError };
}

export async function measureConcurrency(adminUrl: string): Promise<ConcurrencyResult> {
  const database = `zhiben_bench_http_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database} TEMPLATE template0 ENCODING 'UTF8'`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-bench-http-'));
  const logFile = path.join(dataDir, 'server.log');
  const root = fileURLToPath(new URL('..', import.meta.url));
  console.log(`[postgres] HTTP concurrency: starting the server (log ${logFile})…`);
  const log = fs.openSync(logFile, 'a');
  execFileSync(process.execPath, [path.join(root, 'scripts/build-server.mjs')], { cwd: root, stdio: 'inherit' });
  // PORT=0: the system picks a free port and the start line names it (no probe-then-bind race).
  const server = spawn(process.execPath, [path.join(root, 'packages/server/dist/server/main.mjs'), '--demo'], {
    cwd: root,
    stdio: ['ignore', 'pipe', log],
    env: { ...process.env, DATABASE_URL: url.toString(), PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'true', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info' },
  });
  const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let head = '';
      if (!server.stdout) throw new Error('the server has no stdout pipe');
      server.stdout.on('data', (chunk: Buffer) => {
        fs.writeSync(log, chunk);
        if (head.length > 65_536) return;
        head += chunk.toString('utf8');
        const found = portInStartLine(head);
        if (found !== null) resolve(found);
      });
      server.once('exit', (code) => reject(new Error(`the server exited (${code}) before it started; see ${logFile}`)));
    });
    console.log(`  the server listens on port ${port}`);
    const setup = httpClient(port);
    const health = await setup.call('GET', '/api/health', null);
    if (health.status !== 200) throw new Error(`/api/health answered ${health.status}; see ${logFile}`);
    const login = await setup.call('POST', '/api/auth/login', null, { username: 'guoyang_yjj', password: process.env.DEMO_PASSWORD ?? 'Zhiben@2026' });
    const token = (JSON.parse(login.body) as { token: string }).token;
    const enterprises: string[] = [];
    for (let page = 1; page <= 5; page += 1) {
      const items = (JSON.parse((await setup.call('GET', `/api/enterprises?pageSize=200&page=${page}&sector=hazchem`, token)).body) as { items: { id: string }[] }).items;
      enterprises.push(...items.map((e) => e.id));
      if (items.length < 200) break;
    }
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const plus = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    // A set of major hazards per list/delist step: each step starts on records with one event, as the first did.
    // On one shared set every step found longer timelines than the one before (each answer carries and verifies
    // the whole timeline), so the steps with more clients were measured on heavier records.
    const majors: { id: string; version: number; listed: boolean }[] = [];
    for (let i = 0; i < MAJOR_HAZARDS * CLIENTS.length; i += 1) {
      const r = await setup.call('POST', '/api/hazards', token, {
        enterpriseId: enterprises[i % enterprises.length], level: 'major', sector: 'hazchem', criterionIds: ['HG2017-5'],
        title: `负载测试重大隐患${i}`, description: '负载测试（挂牌/摘牌）', location: '罐区', foundAt: today, deadline: plus(30),
      });
      if (r.status !== 201) throw new Error(`setup create: ${r.status} ${r.body.slice(0, 200)}`);
      majors.push({ id: (JSON.parse(r.body) as { id: string }).id, version: 1, listed: false });
    }
    setup.close();
    console.log(`  ${enterprises.length} enterprises, ${MAJOR_HAZARDS} major hazards for each list/delist step; ${SECONDS} s per step after ${WARM_SECONDS} s warm-up`);

    let seq = 0;
    const create = () => (call: ReturnType<typeof httpClient>['call']) => {
      const i = seq++;
      return call('POST', '/api/hazards', token, {
        enterpriseId: enterprises[i % enterprises.length], level: 'general', sector: 'hazchem', criterionIds: [],
        title: `消防通道堆放杂物（负载${i}）`, description: '负载测试登记', location: '一号车间', foundAt: today, deadline: plus(30),
      });
    };
    const lifecycle = (clients: number) => (c: number) => {
      const set = CLIENTS.indexOf(clients);
      const mine = majors.slice(set * MAJOR_HAZARDS, (set + 1) * MAJOR_HAZARDS).filter((_, i) => i % clients === c);
      let k = 0;
      return async (call: ReturnType<typeof httpClient>['call']) => {
        const h = mine[k++ % mine.length];
        if (!h) throw new Error('no hazard for this client');
        const body = h.listed ? { version: h.version, note: '负载测试摘牌', docNo: `摘${h.version}` } : { version: h.version, docNo: `负载督〔2026〕${h.version}号`, deadline: plus(60) };
        const r = await call('POST', `/api/hazards/${h.id}/actions/${h.listed ? 'delist' : 'list'}`, token, body);
        if (r.status === 200) {
          const view = JSON.parse(r.body) as { version: number; listing: unknown };
          h.version = view.version;
          h.listed = view.listing !== null;
        }
        return r;
      };
    };

    const steps: Step[] = [];
    for (const workload of ['create', 'lifecycle'] as const) {
      for (const clients of CLIENTS) {
        const { result, waits } = await sampleWaits(admin, database, () => drive(port, clients, workload === 'create' ? create : lifecycle(clients)));
        const step: Step = { workload, clients, rps: round(result.rps, 1), p50: round(result.p50, 1), p95: round(result.p95, 1), p99: round(result.p99, 1), errors: result.errors, firstError: result.firstError, waits };
        steps.push(step);
        const top = Object.entries(waits).slice(0, 4).map(([what, n]) => `${what} ${n}`).join(', ');
        console.log(`  ${workload.padEnd(9)} ${String(clients).padStart(2)} clients: ${step.rps} req/s, p50 ${step.p50} ms, p95 ${step.p95} ms, p99 ${step.p99} ms, errors ${step.errors}${step.firstError ? ` (${step.firstError})` : ''}; backends: ${top}  (load ${loadAverage()})`);
      }
    }
    const rps = (workload: Step['workload'], clients: number) => steps.find((s) => s.workload === workload && s.clients === clients)?.rps ?? Number.NaN;
    const createScale = round(rps('create', 16) / rps('create', 1), 2);
    const lifecycleScale = round(rps('lifecycle', 16) / rps('lifecycle', 1), 2);
    return {
      concurrency: steps,
      concurrency16vs1: Math.min(createScale, lifecycleScale),
      concurrency16vs1Create: createScale,
      concurrency16vs1Lifecycle: lifecycleScale,
      p99At16Ms: Math.max(...steps.filter((s) => s.clients === 16).map((s) => s.p99)),
      concurrencyErrors: steps.reduce((n, s) => n + s.errors, 0),
    };
  } finally {
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
    fs.closeSync(log);
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    if (!process.env.BENCH_KEEP_LOGS) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
