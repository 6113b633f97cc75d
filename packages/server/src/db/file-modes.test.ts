import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { privateFileModes } from './file-modes.ts';

const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [path.join(dir, e.name), ...walk(path.join(dir, e.name))] : [path.join(dir, e.name)]));

describe('data file modes (issue 11 I1)', () => {
  it('creates the PGlite files 0600 and directories 0700 even under a permissive umask', async () => {
    const previous = process.umask(0o022);
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-modes-')), 'data');
    fs.mkdirSync(dataDir, { mode: 0o755 });
    try {
      privateFileModes(dataDir);
      const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
      await database.close();
      const open = [dataDir, ...walk(dataDir)].filter((p) => (fs.statSync(p).mode & 0o077) !== 0);
      expect(walk(dataDir).length).toBeGreaterThan(100);
      expect(open).toEqual([]);
    } finally {
      process.umask(previous);
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
  }, 60_000);
});
