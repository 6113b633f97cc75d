// bench:hazards, the ledger import: a generated 隐患台账 imported through the API against stream-parsing the same
// file, in a child process of its own (the parent's allocations and the other measurements stay out of its memory).
// Peak RSS is the kernel's high-water mark of the child (VmHWM), reset just before each phase; the parent also
// samples the child's RSS every 50 ms from outside, where a busy event loop cannot delay the sampling.
import { randomBytes } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createRandom, type Random } from '@zhiben/core';
import { sql } from 'drizzle-orm';
import ExcelJS from '../packages/server/src/lib/exceljs.ts';
import { buildApp } from '../packages/server/src/app.ts';
import { rowsOf } from '../packages/server/src/db/client.ts';
import { addDays, chinaDate } from '../packages/server/src/lib/dates.ts';
import { limitHeapGrowth } from '../packages/server/src/lib/heap.ts';
import { readFirstSheetRows } from '../packages/server/src/lib/xlsx.ts';
import { DEMO_PASSWORD, seedDemo } from '../packages/server/src/seed/demo.ts';
import { seedReference } from '../packages/server/src/seed/reference.ts';
import { benchAppConfig, createDetachedTarget, ENTERPRISES, openTargetAt, SEED, type DetachedTarget, type TargetName } from './bench-hazards-setup.ts';
import { loadAverage, processMemory, resetPeakMemory, round } from './bench-lib.ts';
import { replayImportRaw } from './bench-hazards-import-raw.ts';

const LEDGER_ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 100_000);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CHILD_MARK = 'BENCH-IMPORT-RESULT ';
const REPO = fileURLToPath(new URL('..', import.meta.url));

export type ImportResult = {
  importRows: number; parseSeconds: number; importSeconds: number; importParseRatio: number;
  importPeakRssMb: number; parsePeakRssMb: number; importSampledPeakRssMb: number; importRssBeforeMb: number; importServerRssMb: number;
  importCreated: number; importSkipped: number; importFailed: number;
  /** The import's rows written once more as raw SQL (bench-hazards-import-raw.ts): seconds, and import ÷ that, that ÷ parse. */
  importRawSeconds: number; importRawRatio: number; rawParseRatio: number;
};

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
          written, i === 0 ? enterprise.name : '', i === 0 ? enterprise.uscc : '', random.pick(SOURCE_WORDS),
          random.next() < 0.5 ? foundAt : foundAt.replace(/-0?/g, '/'), random.pick(PLACES), random.next() < 0.02 ? '重大隐患' : '一般',
          `${random.pick(PROBLEMS)}（第${written}条）`, '立即整改并举一反三', '（示例）安全员', deadline, status, closed && deadline <= today ? deadline : '',
        ])
        .commit();
    }
  }
  sheet.commit();
  await workbook.commit();
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

/**
 * The child: the server process as it runs an import — built like the server, with the server's heap policy, it opens
 * the database the parent prepared (seeded, so this process never held the seeding's or the ledger generator's
 * memory), then parses the ledger and imports it, each phase with its own peak RSS.
 */
export async function runImportChild(target: TargetName, location: string, ledgerFile: string) {
  limitHeapGrowth(); // as main.ts does
  const database = await openTargetAt(target, location);
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-bench-import-'));
  const app = await buildApp({ database, config: benchAppConfig(filesDir) });
  try {
    await app.ready();
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'guoyang_aqb', password: DEMO_PASSWORD } });
    const token = (login.json() as { token: string }).token;
    const serverRss = processMemory('self')?.rssMb ?? Number.NaN;
    const file = fs.readFileSync(ledgerFile);

    const exact = resetPeakMemory();
    let start = performance.now();
    let parsed = 0;
    for await (const row of readFirstSheetRows(file)) if (row.cells.length > 0) parsed++;
    const parseSeconds = (performance.now() - start) / 1000;
    const parsePeak = processMemory('self')?.peakMb ?? Number.NaN;

    const upload = multipart(file, 'ledger.xlsx', XLSX);
    const rssBefore = processMemory('self')?.rssMb ?? Number.NaN;
    resetPeakMemory();
    console.log(`${CHILD_MARK}${JSON.stringify({ phase: 'import' })}`);
    start = performance.now();
    const response = await app.inject({ method: 'POST', url: '/api/hazards/import?wait=true', payload: upload.payload, headers: { 'content-type': upload.contentType, authorization: `Bearer ${token}` } });
    const importSeconds = (performance.now() - start) / 1000;
    const importPeak = processMemory('self')?.peakMb ?? Number.NaN;
    if (response.statusCode !== 202) throw new Error(`POST /api/hazards/import: ${response.statusCode} ${response.body.slice(0, 300)}`);
    type Job = { status: string; error: string | null; result: { created: number; skipped: number; failed: number } | null };
    const job = (response.json() as { job: Job }).job;
    if (job.status !== 'succeeded' || !job.result) throw new Error(`import job ${job.status}: ${job.error}`);
    console.log(`${CHILD_MARK}${JSON.stringify({ phase: 'raw' })}`);
    const raw = await replayImportRaw(database);
    console.log(`${CHILD_MARK}${JSON.stringify({
      phase: 'done', exact, parsed, parseSeconds, importSeconds, parsePeak, importPeak, serverRss, rssBefore, ...job.result, rawSeconds: raw.seconds, rawRows: raw.rows, rawByTable: raw.byTable,
    })}`);
  } finally {
    await app.close();
    await database.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  }
}

/** The parent's preparation: a seeded database and the generated ledger, for the child to import. */
async function prepareImport(target: TargetName, ledgerFile: string): Promise<DetachedTarget> {
  const detached = await createDetachedTarget(target);
  const database = await openTargetAt(target, detached.location);
  try {
    await seedReference(database.db);
    await seedDemo(database.db, { enterpriseCount: ENTERPRISES, seed: SEED });
    const county = rowsOf<{ uscc: string; name: string }>(await database.db.execute(sql`SELECT uscc, name FROM enterprises WHERE region_code LIKE '341621%' ORDER BY uscc`));
    const start = performance.now();
    await writeLedger(ledgerFile, LEDGER_ROWS, county, chinaDate(new Date()), createRandom(SEED));
    console.log(`  [${target}] generated a ${LEDGER_ROWS}-row ledger (${(fs.statSync(ledgerFile).size / 1048576).toFixed(1)} MiB) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  } catch (error) {
    await database.close();
    await detached.drop();
    throw error;
  }
  await database.close();
  return detached;
}

/** The parent: runs the child, samples its RSS from outside during the import, and reads its result. */
export async function measureImport(target: TargetName): Promise<ImportResult> {
  console.log(`[${target}] ledger import of ${LEDGER_ROWS} rows in a child process…`);
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-bench-ledger-'));
  const ledgerFile = path.join(filesDir, 'ledger.xlsx');
  const detached = await prepareImport(target, ledgerFile);
  try {
    return await importInChild(target, detached.location, ledgerFile);
  } finally {
    await detached.drop();
    fs.rmSync(filesDir, { recursive: true, force: true });
  }
}

async function importInChild(target: TargetName, location: string, ledgerFile: string): Promise<ImportResult> {
  // The child runs from the server's build, without a TypeScript loader, as `npm start` runs the server.
  execFileSync(process.execPath, [fileURLToPath(new URL('./build-server.mjs', import.meta.url)), '--bench', 'scripts/bench-hazards.ts'], { cwd: REPO, stdio: 'inherit' });
  const script = path.join(REPO, 'packages', 'server', 'dist', 'bench', 'bench-hazards.mjs');
  const child = spawn(process.execPath, [script, '--child', 'import', '--target', target, '--at', location, '--ledger', ledgerFile], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
  let sampling = false;
  let sampledPeak = 0;
  const sampler = setInterval(() => {
    if (!sampling || child.pid === undefined) return;
    sampledPeak = Math.max(sampledPeak, processMemory(child.pid)?.rssMb ?? 0);
  }, 50);
  let done: Record<string, unknown> | null = null;
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      if (line.startsWith(CHILD_MARK)) {
        const message = JSON.parse(line.slice(CHILD_MARK.length)) as Record<string, unknown>;
        if (message.phase === 'import') sampling = true;
        if (message.phase === 'raw') sampling = false; // the import's peak only
        if (message.phase === 'done') done = message;
      } else if (line.trim()) console.log(line);
      newline = buffered.indexOf('\n');
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const result = done as Record<string, unknown> | null;
  if (code !== 0 || !result) throw new Error(`import child exited with ${code}`);
  const n = (key: string) => Number(result[key]);
  const out: ImportResult = {
    importRows: LEDGER_ROWS,
    parseSeconds: round(n('parseSeconds'), 2),
    importSeconds: round(n('importSeconds'), 2),
    importParseRatio: round(n('importSeconds') / n('parseSeconds'), 2),
    importPeakRssMb: Math.round(result.exact ? n('importPeak') : sampledPeak),
    parsePeakRssMb: Math.round(n('parsePeak')),
    importSampledPeakRssMb: Math.round(sampledPeak),
    importRssBeforeMb: Math.round(n('rssBefore')),
    importServerRssMb: Math.round(n('serverRss')),
    importCreated: n('created'), importSkipped: n('skipped'), importFailed: n('failed'),
    importRawSeconds: round(n('rawSeconds'), 2),
    importRawRatio: round(n('importSeconds') / n('rawSeconds'), 2),
    rawParseRatio: round(n('rawSeconds') / n('parseSeconds'), 2),
  };
  console.log(`  [${target}] parse ${out.parseSeconds} s (peak RSS ${out.parsePeakRssMb} MB); import ${out.importSeconds} s = ${out.importParseRatio}× parse, `
    + `peak RSS ${out.importPeakRssMb} MB (${result.exact ? 'VmHWM' : 'sampled'}; sampled from outside ${out.importSampledPeakRssMb} MB; ${out.importRssBeforeMb} MB before it, the server ${out.importServerRssMb} MB once started); `
    + `created ${out.importCreated}, skipped ${out.importSkipped}, failed ${out.importFailed}  (load ${loadAverage()})`);
  console.log(`  [${target}] the same rows written raw (${n('rawRows')} rows in copies of the tables, one transaction per 200-hazard batch): `
    + `${out.importRawSeconds} s = ${out.rawParseRatio}× parse; the import took ${out.importRawRatio}× that`);
  const byTable = (result.rawByTable ?? {}) as Record<string, { seconds: number; rows: number }>;
  console.log(`    by table: ${Object.entries(byTable).map(([table, t]) => `${table} ${t.rows} rows ${t.seconds.toFixed(2)} s`).join(', ')}`);
  return out;
}
