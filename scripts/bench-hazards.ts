// npm run bench:hazards — the hazard write paths measured against the raw limit in the same run (DESIGN §7):
// (1) single-row INSERTs into hazards, each in its own transaction (the raw limit);
// (2) POST /api/hazards through app.inject (validation, scope, numbering, timeline event);
// (3) the lifecycle submit_plan → complete (with an uploaded evidence file) → verify;
// (4) importing a generated 隐患台账, against just stream-parsing the same file.
// Runs on in-memory PGlite, and also on PostgreSQL when BENCH_DATABASE_URL points at a server (a fresh database
// is created there and dropped afterwards). Sizes: BENCH_N, BENCH_M, BENCH_LEDGER_ROWS. Not a test.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from '../packages/server/src/lib/exceljs.ts';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { createRandom, formatHazardNo, type Random } from '@zhiben/core';
import { buildApp } from '../packages/server/src/app.ts';
import { openScratchPostgres } from '../packages/server/src/testing/test-db.ts';
import { openDatabase, rowsOf, type Database } from '../packages/server/src/db/client.ts';
import { hazards } from '../packages/server/src/db/schema/index.ts';
import { addDays, chinaDate } from '../packages/server/src/lib/dates.ts';
import { readFirstSheetRows } from '../packages/server/src/lib/xlsx.ts';
import { DEMO_PASSWORD, seedDemo } from '../packages/server/src/seed/demo.ts';
import { seedReference } from '../packages/server/src/seed/reference.ts';

const N = Number(process.env.BENCH_N ?? 1000);
const M = Math.min(Number(process.env.BENCH_M ?? 200), N);
const LEDGER_ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 100_000);
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 2000);
const SEED = 20240101;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Target = { name: string; open: () => Promise<Database> };
type Line = { target: string; step: string; ops: number; seconds: number; unit: string; note: string };

// ---- helpers ----

const seconds = (start: number) => (performance.now() - start) / 1000;
const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

/** Peak resident set size and JS heap, sampled every 100 ms while the work runs (and once at the end). */
function sampleMemory() {
  const peak = { rss: 0, heap: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heap = Math.max(peak.heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 100);
  return () => {
    clearInterval(timer);
    sample();
    return `peak RSS ${mib(peak.rss)}, JS heap ${mib(peak.heap)}`;
  };
}

function multipart(file: Buffer, filename: string, type: string) {
  const boundary = `----zhibenBench${randomBytes(6).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

const openFreshPostgres = (adminUrl: string): Promise<Database> => openScratchPostgres(adminUrl, 'zhiben_bench');

type Api = { token: (username: string) => Promise<string>; call: (token: string, method: 'GET' | 'POST', url: string, body?: Record<string, unknown>) => Promise<{ status: number; json: () => unknown; body: string }> };

function apiOf(app: FastifyInstance): Api {
  return {
    token: async (username) => {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
      if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.body}`);
      return (response.json() as { token: string }).token;
    },
    call: async (token, method, url, body) => {
      const response = await app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(body ? { payload: body } : {}) });
      return { status: response.statusCode, json: () => response.json() as unknown, body: response.body };
    },
  };
}

function expectStatus(response: { status: number; body: string }, status: number, what: string) {
  if (response.status !== status) throw new Error(`${what}: HTTP ${response.status} ${response.body.slice(0, 300)}`);
}

// ---- the ledger ----

const PROBLEMS = [
  '可燃气体报警器未定期检定', '消防通道堆放杂物', '配电箱未设置漏电保护', '储罐区防火堤破损', '特种作业人员无证上岗',
  '安全出口指示标志损坏', '有限空间作业未审批', '粉尘除尘系统未设置泄爆装置', '危化品仓库未设置防爆照明', '应急预案未演练',
] as const;
const PLACES = ['一号车间', '二号车间', '仓库', '罐区', '配电室', '办公楼', '装卸区', '锅炉房'] as const;
const STATUS_WORDS = ['已销号', '已整改', '整改中', '未整改', '待验收'] as const;
const SOURCE_WORDS = ['督导检查', '企业自查', '执法检查', '暗查暗访', ''] as const;

/** A generated ledger: a title row, aliases in the header, enterprise cells left empty under the first row of each enterprise (as merged cells read). */
async function writeLedger(file: string, rows: number, enterprisesOfCounty: readonly { uscc: string; name: string }[], today: string, random: Random) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('隐患台账');
  sheet.addRow(['涡阳县隐患排查治理台账（基准测试生成）']).commit();
  sheet.addRow(['序号', '单位名称', '统一社会信用代码', '隐患来源', '排查日期', '隐患部位', '隐患等级', '隐患描述', '整改措施', '责任人', '整改期限', '整改状态', '销号日期']).commit();
  const startDay = Date.parse('2022-01-01T00:00:00Z');
  const span = Math.floor((Date.parse(`${today}T00:00:00Z`) - startDay) / 86_400_000) - 1;
  let written = 0;
  while (written < rows) {
    const enterprise = random.pick(enterprisesOfCounty);
    const group = Math.min(random.int(1, 5), rows - written);
    for (let i = 0; i < group; i++) {
      written++;
      const foundAt = new Date(startDay + random.int(0, span) * 86_400_000).toISOString().slice(0, 10);
      const status = random.pick(STATUS_WORDS);
      const closed = status === '已销号' || status === '已整改';
      const deadline = addDays(foundAt, random.int(7, 90));
      sheet
        .addRow([
          written,
          i === 0 ? enterprise.name : '',
          i === 0 ? enterprise.uscc : '',
          random.pick(SOURCE_WORDS),
          random.next() < 0.5 ? foundAt : foundAt.replace(/-0?/g, '/'),
          random.pick(PLACES),
          random.next() < 0.02 ? '重大隐患' : '一般',
          `${random.pick(PROBLEMS)}（第${written}条）`,
          '立即整改并举一反三',
          '（示例）安全员',
          deadline,
          status,
          closed && deadline <= today ? deadline : '',
        ])
        .commit();
    }
  }
  sheet.commit();
  await workbook.commit();
}

// ---- one target ----

async function benchTarget(target: Target, lines: Line[]) {
  const random = createRandom(SEED);
  const database = await target.open();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-bench-files-'));
  const ledgerFile = path.join(filesDir, 'ledger.xlsx');
  const add = (step: string, ops: number, secs: number, unit: string, note = '') => {
    lines.push({ target: target.name, step, ops, seconds: secs, unit, note });
    console.log(`  ${step}: ${ops} ${unit} in ${secs.toFixed(2)} s${note ? ` (${note})` : ''}`);
  };
  let app: FastifyInstance | null = null;
  try {
    console.log(`[${target.name}] seeding reference data and the demo region (${ENTERPRISES} enterprises)…`);
    let start = performance.now();
    await seedReference(database.db);
    await seedDemo(database.db, { enterpriseCount: ENTERPRISES, seed: SEED });
    console.log(`  seeded in ${seconds(start).toFixed(1)} s`);
    app = await buildApp({
      database,
      config: { bodyLimitBytes: 1024 * 1024, uploadLimitBytes: 512 * 1024 * 1024, filesDir, webDist: '/nonexistent', cookieSecure: false },
    });
    await app.ready();
    const api = apiOf(app);
    const db = database.db;
    const today = chinaDate(new Date());
    const [yjj, ent, aqb] = [await api.token('guoyang_yjj'), await api.token('ent_admin'), await api.token('guoyang_aqb')];
    const me = (await api.call(ent, 'GET', '/api/me')).json() as { enterprise: { id: string } };
    const ownId = me.enterprise.id;
    // The lifecycle needs the enterprise user's own enterprise under the 应急局's sectors, as in the tests.
    await db.execute(sql`UPDATE enterprises SET sectors = ARRAY['hazchem']::text[] WHERE id = ${ownId}`);
    const supervised = rowsOf<{ id: string; region_code: string }>(
      // hazchem enterprises only: a hazard is filed under one of its enterprise's sectors (the API refuses others).
      await db.execute(sql`SELECT id, region_code FROM enterprises WHERE region_code LIKE '341621%'
        AND sectors @> ARRAY['hazchem']::text[] ORDER BY uscc`),
    );
    const county = rowsOf<{ uscc: string; name: string }>(await db.execute(sql`SELECT uscc, name FROM enterprises WHERE region_code LIKE '341621%' ORDER BY uscc`));

    // (1) raw INSERT baseline
    start = performance.now();
    for (let i = 0; i < N; i++) {
      const e = random.pick(supervised);
      await db.transaction(async (tx) => {
        await tx.insert(hazards).values({
          hazardNo: formatHazardNo(e.region_code, 1999, i + 1), enterpriseId: e.id, regionCode: e.region_code, sector: 'hazchem', level: 'general',
          source: 'supervision', title: `基准原始写入${i}`, description: '基准测试', foundAt: today, deadline: addDays(today, 30), status: 'rectifying',
        });
      });
    }
    const raw = N / seconds(start);
    add('raw INSERT, own transaction', N, seconds(start), 'rows');

    // (2) API create; the first M are on the enterprise user's own enterprise, for the lifecycle
    const created: { id: string; version: number }[] = [];
    start = performance.now();
    for (let i = 0; i < N; i++) {
      const enterpriseId = i < M ? ownId : random.pick(supervised).id;
      const response = await api.call(yjj, 'POST', '/api/hazards', {
        enterpriseId, level: 'general', sector: 'hazchem', criterionIds: [], title: `${random.pick(PROBLEMS)}（基准${i}）`,
        description: '基准测试登记', location: random.pick(PLACES), foundAt: today, deadline: addDays(today, 30),
      });
      expectStatus(response, 201, 'POST /api/hazards');
      if (i < M) created.push(response.json() as { id: string; version: number });
    }
    const apiCreate = N / seconds(start);
    add('API create (POST /api/hazards)', N, seconds(start), 'hazards', `${(apiCreate / raw).toFixed(2)}× raw`);

    // (3) lifecycle: submit_plan → upload evidence → complete → verify
    start = performance.now();
    for (const [i, hazard] of created.entries()) {
      let response = await api.call(ent, 'POST', `/api/hazards/${hazard.id}/actions/submit_plan`, {
        version: hazard.version, plan: { responsible: '（示例）安全员', measures: '清理并建立巡查制度', fundsWanYuan: 0.2, deadline: addDays(today, 20), contingency: '' },
      });
      expectStatus(response, 200, 'submit_plan');
      const pdf = Buffer.from(`%PDF-1.4\n% bench evidence ${i}\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
      const upload = multipart(pdf, `evidence-${i}.pdf`, 'application/pdf');
      const uploaded = await app.inject({ method: 'POST', url: '/api/files', payload: upload.payload, headers: { 'content-type': upload.contentType, authorization: `Bearer ${ent}` } });
      expectStatus({ status: uploaded.statusCode, body: uploaded.body }, 201, 'POST /api/files');
      const sha256 = (uploaded.json() as { sha256: string }).sha256;
      let version = (response.json() as { version: number }).version;
      response = await api.call(ent, 'POST', `/api/hazards/${hazard.id}/actions/complete`, { version, note: '已整改', evidence: [{ sha256, kind: 'after' }] });
      expectStatus(response, 200, 'complete');
      version = (response.json() as { version: number }).version;
      response = await api.call(yjj, 'POST', `/api/hazards/${hazard.id}/actions/verify`, { version, note: '现场复查合格' });
      expectStatus(response, 200, 'verify');
      if ((response.json() as { status: string }).status !== 'closed') throw new Error('verify did not close the hazard');
    }
    const lifecycleSeconds = seconds(start);
    const actions = (M * 3) / lifecycleSeconds;
    add('lifecycle plan→complete→verify', M, lifecycleSeconds, 'hazards', `${actions.toFixed(0)} actions/s (+1 upload each) = ${(actions / raw).toFixed(2)}× raw`);

    // (4) ledger: write, stream-parse only, then import through the API as 涡阳县安委办
    start = performance.now();
    await writeLedger(ledgerFile, LEDGER_ROWS, county, today, random);
    const file = fs.readFileSync(ledgerFile);
    console.log(`  generated a ${LEDGER_ROWS}-row ledger (${mib(file.length)}) in ${seconds(start).toFixed(1)} s`);

    const idle = `RSS ${mib(process.memoryUsage().rss)} before`;
    let stopMemory = sampleMemory();
    start = performance.now();
    let parsedRows = 0;
    let garbled = 0; // cells where exceljs split a multi-byte character at a chunk boundary (exceljs#2084)
    for await (const row of readFirstSheetRows(file)) {
      if (row.cells.length > 0) parsedRows++;
      for (const cell of row.cells) if (cell.includes('\uFFFD')) garbled++;
    }
    const parseSeconds = seconds(start);
    add('stream-parse only (readFirstSheetRows)', parsedRows, parseSeconds, 'rows', `${stopMemory()} (${idle}); ${garbled} cells read with U+FFFD`);

    const upload = multipart(file, 'ledger.xlsx', XLSX);
    const before = `RSS ${mib(process.memoryUsage().rss)} before`;
    stopMemory = sampleMemory();
    start = performance.now();
    const response = await app.inject({ method: 'POST', url: '/api/hazards/import?wait=true', payload: upload.payload, headers: { 'content-type': upload.contentType, authorization: `Bearer ${aqb}` } });
    const importSeconds = seconds(start);
    const importMemory = stopMemory();
    expectStatus({ status: response.statusCode, body: response.body }, 202, 'POST /api/hazards/import');
    type ImportResult = { created: number; skipped: number; failed: number; errors: { row: number; column: string; message: string }[] };
    const job = (response.json() as { job: { status: string; error: string | null; result: ImportResult | null } }).job;
    if (job.status !== 'succeeded' || !job.result) throw new Error(`import job ${job.status}: ${job.error}`);
    for (const e of job.result.errors.slice(0, 3)) console.log(`  rejected row ${e.row} ${e.column}: ${e.message}`);
    add('ledger import (POST /api/hazards/import)', LEDGER_ROWS, importSeconds, 'rows',
      `created ${job.result.created}, skipped ${job.result.skipped}, failed ${job.result.failed}; ${importMemory} (${before}); ${(importSeconds / parseSeconds).toFixed(1)}× parse time`);
    const [size] = rowsOf<{ mib: number }>(await db.execute(sql`SELECT (pg_database_size(current_database()) / 1048576)::int AS mib`));
    console.log(`  database size after the import: ${size?.mib ?? '?'} MiB${target.name === 'pglite' ? ' (in-memory PGlite: part of this process\'s RSS)' : ''}`);
  } finally {
    await app?.close();
    await database.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  }
}

// ---- main ----

const targets: Target[] = [{ name: 'pglite', open: () => openDatabase({ kind: 'pglite', dataDir: null }) }];
const benchUrl = process.env.BENCH_DATABASE_URL?.trim();
if (benchUrl) targets.push({ name: 'postgres', open: () => openFreshPostgres(benchUrl) });

console.log(`bench:hazards N=${N} M=${M} ledger rows=${LEDGER_ROWS} seed=${SEED} (Node ${process.version}, ${os.cpus().length} CPUs)`);
const lines: Line[] = [];
for (const target of targets) await benchTarget(target, lines);

console.log('\n| target | step | count | seconds | per second | notes |');
console.log('|---|---|---:|---:|---:|---|');
for (const l of lines) {
  console.log(`| ${l.target} | ${l.step} | ${l.ops} ${l.unit} | ${l.seconds.toFixed(2)} | ${(l.ops / l.seconds).toFixed(0)} | ${l.note} |`);
}
