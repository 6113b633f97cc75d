// npm run bench:grading — the 判定助手's speed, as ratios against limits measured in the same run (not a test):
// (1) POST /api/criteria/suggest through app.inject on in-memory PGlite with all criteria loaded, p50/p95, next to
//     GET /api/sectors (same auth, one small query) as the raw request limit; target p95 < 50 ms;
// (2) a generated 10,000-row 隐患台账 preview without the assistant, with it on the ledger thread and with it in-process,
//     alternated; target: every row checked, ≤ 20 % added.
// Sizes: BENCH_SUGGESTIONS (300), BENCH_LEDGER_ROWS (10000), BENCH_RUNS (5 per variant).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { eq, like } from 'drizzle-orm';
import ExcelJS from '../packages/server/src/lib/exceljs.ts';
import { createRandom, quantile } from '@zhiben/core';
import { buildApp } from '../packages/server/src/app.ts';
import { openDatabase } from '../packages/server/src/db/client.ts';
import { enterprises, users } from '../packages/server/src/db/schema/index.ts';
import { DEMO_PASSWORD, seedDemo } from '../packages/server/src/seed/demo.ts';
import { seedReference } from '../packages/server/src/seed/reference.ts';
import { importHazardLedger } from '../packages/server/src/modules/hazards/ledger.import.ts';
import { ledgerGrader } from '../packages/server/src/modules/grading/grading.ledger.ts';
import { graderFor } from '../packages/server/src/modules/grading/grading.service.ts';
import { loadCases } from '../packages/server/src/modules/grading/eval/evaluate.ts';
import { systemClock } from '../packages/server/src/lib/clock.ts';

const SUGGESTIONS = Number(process.env.BENCH_SUGGESTIONS ?? 300);
const LEDGER_ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COUNTY = '341621';

const ms = (x: number) => `${x.toFixed(2)} ms`;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

// Descriptions as ledgers and forms hold them: the evaluation set's real notices and everyday findings.
const descriptions = [
  ...loadCases().map((c) => c.description),
  '车间灭火器压力不足', '配电箱未张贴警示标识', '员工未正确佩戴防尘口罩', '车间通道堆放物料', '罐区巡检记录填写不完整',
  '可燃气体报警器未定期检定', '储罐区防火堤破损', '安全出口指示标志损坏', '危化品仓库未设置防爆照明', '应急预案未演练',
];
const places = ['一号车间', '二号车间', '仓库', '罐区', '配电室', '办公楼', '装卸区', '锅炉房'];

async function main() {
  console.log(`bench:grading (Node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await seedReference(database.db);
  await seedDemo(database.db, { enterpriseCount: 2000 });
  const app = await buildApp({
    database,
    config: { bodyLimitBytes: 1024 * 1024, uploadLimitBytes: 50 * 1024 * 1024, filesDir: fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-bench-')), webDist: '/nonexistent', cookieSecure: false },
  });
  await app.ready();
  const started = performance.now();
  await graderFor(database.db);
  console.log(`  index over all criteria built in ${ms(performance.now() - started)} (once per process, at start-up)`);
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'guoyang_aqb', password: DEMO_PASSWORD } });
  const headers = { authorization: `Bearer ${(login.json() as { token: string }).token}` };
  const county = await database.db.select({ id: enterprises.id, name: enterprises.name, uscc: enterprises.uscc }).from(enterprises).where(like(enterprises.regionCode, `${COUNTY}%`));
  const random = createRandom(20261204);

  // (1) suggestion latency
  const time = async (request: () => Promise<{ statusCode: number }>) => {
    const t = performance.now();
    const response = await request();
    if (response.statusCode !== 200) throw new Error(`status ${response.statusCode}`);
    return performance.now() - t;
  };
  const suggestOnce = () =>
    app.inject({
      method: 'POST', url: '/api/criteria/suggest', headers,
      payload: { description: `${random.pick(places)}${random.pick(descriptions)}`, foundAt: '2026-11-20', ...(random.next() < 0.5 ? { enterpriseId: random.pick(county).id } : {}) },
    });
  const baselineOnce = () => app.inject({ method: 'GET', url: '/api/sectors', headers });
  for (let i = 0; i < 30; i++) await Promise.all([time(suggestOnce), time(baselineOnce)]);
  const suggestMs: number[] = [];
  const baselineMs: number[] = [];
  for (let i = 0; i < SUGGESTIONS; i++) {
    baselineMs.push(await time(baselineOnce));
    suggestMs.push(await time(suggestOnce));
  }
  const p = (xs: number[], q: number) => quantile(xs, q) ?? 0;
  console.log(`\n(1) POST /api/criteria/suggest, ${SUGGESTIONS} requests (half with an enterprise), in-memory PGlite`);
  console.log(`  raw limit GET /api/sectors:  p50 ${ms(p(baselineMs, 0.5))}  p95 ${ms(p(baselineMs, 0.95))}`);
  console.log(`  suggest:                     p50 ${ms(p(suggestMs, 0.5))}  p95 ${ms(p(suggestMs, 0.95))}  (${(p(suggestMs, 0.95) / p(baselineMs, 0.95)).toFixed(1)}× the raw request)`);
  console.log(`  target p95 < 50 ms: ${p(suggestMs, 0.95) < 50 ? 'met' : 'NOT met'}`);

  // (2) ledger preview with and without suggestions
  // A new ledger for every preview (each row numbered within its ledger): nothing a preview has seen helps the next.
  let ledgers = 0;
  const newLedger = async () => {
    const batch = ++ledgers;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('隐患台账');
    sheet.addRow(['序号', '单位名称', '统一社会信用代码', '排查日期', '隐患描述', '隐患等级', '判定依据', '整改期限', '整改状态']);
    for (let i = 1; i <= LEDGER_ROWS; i++) {
      const e = random.pick(county);
      const day = `2026-${String(random.int(1, 10)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      sheet.addRow([i, e.name, e.uscc, day, `${random.pick(places)}${random.pick(descriptions)}（第${batch}批第${i}条）`, random.next() < 0.05 ? '重大隐患' : '一般', '', '2026-12-31', '整改中']);
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const [user] = await database.db.select({ id: users.id, orgId: users.orgId }).from(users).where(eq(users.username, 'guoyang_aqb'));
  const importer = { scope: { kind: 'region' as const, regionPrefix: COUNTY, sectors: null }, userId: user!.id, orgId: user!.orgId, who: { userId: user!.id, name: 'bench', ip: null } };
  const deps = { db: database.db, clock: systemClock };
  const report = async () => undefined;
  type Variant = 'without' | 'thread' | 'in-process';
  const checkedRows: Record<Variant, number[]> = { without: [], thread: [], 'in-process': [] };
  const onMain: number[] = [];
  const preview = async (variant: Variant) => {
    const buffer = await newLedger();
    const t = performance.now();
    const grading = variant === 'without' ? {} : { grading: await ledgerGrader(database.db, t, { thread: variant === 'thread', observe: (split) => onMain.push(split.onMain) }) };
    const result = await importHazardLedger(deps, importer, buffer, 'preview', report, grading);
    if (result.valid !== LEDGER_ROWS) throw new Error(`only ${result.valid} of ${LEDGER_ROWS} rows valid: ${JSON.stringify(result.errors.slice(0, 3))}`);
    checkedRows[variant].push(result.grading?.checked ?? 0);
    return (performance.now() - t) / 1000;
  };
  await preview('without'); // warm-up
  await preview('thread');
  const times: Record<Variant, number[]> = { without: [], thread: [], 'in-process': [] };
  for (let run = 0; run < RUNS; run++) for (const variant of ['without', 'thread', 'in-process'] as const) times[variant].push(await preview(variant));
  const base = median(times.without);
  console.log(`\n(2) 台账 preview of ${LEDGER_ROWS} rows (a new ledger each time), median of ${RUNS} alternated runs`);
  console.log(`  without the assistant:          ${base.toFixed(2)} s   (${times.without.map((s) => s.toFixed(2)).join(', ')})`);
  for (const variant of ['thread', 'in-process'] as const) {
    const plus = median(times[variant]);
    const label = variant === 'thread' ? 'with it, on the ledger thread:' : 'with it, in-process:          ';
    const everyRow = checkedRows[variant].slice(-RUNS).every((n) => n === LEDGER_ROWS);
    console.log(`  ${label} ${plus.toFixed(2)} s   (${times[variant].map((s) => s.toFixed(2)).join(', ')}), +${(((plus - base) / base) * 100).toFixed(1)} %, rows checked ${checkedRows[variant].slice(-RUNS).join(', ')}${everyRow ? ' (every row)' : ''}`);
  }
  console.log(`  rows the main thread checked at the end, from the back, while the thread finished: ${onMain.slice(-RUNS).join(', ')}`);
  const threadPlus = median(times.thread);
  const threadEveryRow = checkedRows.thread.slice(-RUNS).every((n) => n === LEDGER_ROWS);
  console.log(`  target: every row checked within +20 %: ${threadPlus <= base * 1.2 && threadEveryRow ? 'met' : 'NOT met'} (ratio ${(threadPlus / base).toFixed(3)})`);
  // The assistant's own cost per row, in-process and without the budget (what checking every row costs one core).
  const full = await ledgerGrader(database.db, performance.now(), { everyRow: true, thread: false });
  const rows = Array.from({ length: LEDGER_ROWS }, (_, i) => ({ row: i, title: '', description: `${random.pick(places)}${random.pick(descriptions)}（第${i}条）`, level: 'general' as const, criterionIds: [], foundAt: '2026-11-20', sectors: ['industry_trade'] }));
  const t0 = performance.now();
  for (const r of rows) await full.add(r);
  await full.result();
  const perRow = (performance.now() - t0) / rows.length;
  console.log(`  checking costs ${perRow.toFixed(3)} ms per row on one core: ${((perRow * LEDGER_ROWS) / 1000).toFixed(2)} s for ${LEDGER_ROWS} rows (${(((perRow * LEDGER_ROWS) / 1000 / base) * 100).toFixed(0)} % of the preview), which the thread does beside it`);
  await app.close();
  await database.close();
}

await main();
