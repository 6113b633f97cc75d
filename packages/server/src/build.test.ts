import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImageJobResult } from './modules/files/image-runner.ts';
import { pngWithText } from './modules/files/test-fixtures.ts';
import type { FromLedgerWorker, ToLedgerWorker } from './modules/grading/grading.worker-protocol.ts';
import { portInStartLine } from './lib/start-line.ts';

// `npm start` runs the server from scripts/build-server.mjs's output, not from the sources the other tests import:
// this builds it and runs what it built — the server and both worker-thread entries — without a TypeScript loader.

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const built = path.join(repo, 'packages', 'server', 'dist', 'server');

/** The first message of a worker started from the build, or its error. */
function firstMessage<T>(worker: Worker, send?: unknown, transfer?: ArrayBuffer[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    if (send !== undefined) worker.postMessage(send, transfer);
  }).finally(() => void worker.terminate());
}

describe('the server build (npm start)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: repo, stdio: 'pipe' });
  });

  it('emits the server and its worker entries as plain modules, with @zhiben/core inside', () => {
    for (const file of ['main.mjs', 'image-worker.mjs', 'grading.worker-boot.mjs']) {
      const text = fs.readFileSync(path.join(built, file), 'utf8');
      expect(text, file).not.toMatch(/from ["']@zhiben\/core["']|tsx\/esm\/api|\.ts["']\)/);
    }
  });

  describe('started with node alone', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-build-'));
    let server: ReturnType<typeof spawn> | null = null;
    let output = '';
    let base = '';

    beforeAll(async () => {
      // No --demo: an empty database is migrated and the reference data loaded, which is what every start does.
      // PORT=0: the system picks a free port, and the start line names it.
      server = spawn(process.execPath, [path.join(built, 'main.mjs')], {
        cwd: repo,
        env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const started = new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString('utf8');
          const port = portInStartLine(output);
          if (port !== null) {
            base = `http://127.0.0.1:${port}`;
            resolve();
          }
        };
        server!.stdout!.on('data', onData);
        server!.stderr!.on('data', onData);
        server!.once('exit', (code) => reject(new Error(`the built server exited (${code}):\n${output}`)));
      });
      await started;
    });

    afterAll(async () => {
      if (server && server.exitCode === null) {
        const exited = new Promise((resolve) => server!.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('migrates, loads the reference data and answers', async () => {
      expect(output).toMatch(/判定标准条款 \d{3,} 条/);
      const health = await fetch(`${base}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', db: 'pglite' });
      const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: '', password: 'x' }) });
      expect(login.status).toBe(400);
      expect(await login.json()).toMatchObject({ field: 'username' });
    });
  });

  it('runs the image worker: a PNG comes back re-encoded', async () => {
    const png = new Uint8Array(pngWithText());
    const result = await firstMessage<ImageJobResult>(new Worker(path.join(built, 'image-worker.mjs'), { execArgv: [] }), { kind: 'png', bytes: png }, [png.buffer]);
    expect(result.ok).toBe(true);
  });

  it('runs the 判定助手 ledger thread: it reports ready and checks a row', async () => {
    const worker = new Worker(path.join(built, 'grading.worker-boot.mjs'), { execArgv: [], workerData: { criteria: [], standards: [] } });
    const messages: FromLedgerWorker[] = [];
    const report = new Promise<FromLedgerWorker>((resolve, reject) => {
      worker.on('message', (message: FromLedgerWorker) => {
        messages.push(message);
        if (message.type !== 'ready') resolve(message);
      });
      worker.once('error', reject);
    });
    const post = (message: ToLedgerWorker) => worker.postMessage(message);
    // One row, segmented by jieba (a native package) inside the built thread.
    const row = { row: 2, title: '储罐区', description: '储罐区防火堤破损，可燃气体报警器未定期检定', level: 'general' as const, criterionIds: [], foundAt: '2026-11-20' };
    post({ type: 'open', job: 1, cancel: new SharedArrayBuffer(4), always: 1 });
    post({ type: 'parsed', job: 1, rows: [row], claims: new SharedArrayBuffer(1) });
    post({ type: 'rows', job: 1, rows: [{ row: 2, sectors: '' }], standards: { '': [] } });
    post({ type: 'close', job: 1 });
    try {
      const answer = await report;
      expect(answer.type === 'report' ? answer.report.checked : answer).toBe(1);
      expect(messages[0]?.type).toBe('ready');
    } finally {
      await worker.terminate();
    }
  });
});
