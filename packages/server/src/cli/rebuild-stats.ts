import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { acquireDataDirLock } from '../db/lock.ts';
import { rebuildStatSpans, systemVacuumStatSpans } from '../modules/stats/stats.spans.ts';

// Rebuilds the statistics facts (hazard_stat_spans) of the configured database from hazards and their timelines
// in one transaction. Writes keep them current on their own; run this after a bulk load that bypassed the hazard
// write paths, or to prove that the maintained facts equal a fresh computation (stop the server first in
// embedded mode: PGlite allows one process). Safe to repeat.
const config = loadConfig();
const release = config.databaseUrl ? () => undefined : acquireDataDirLock(config.dataDir);
const database = await openDatabase(
  config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite') },
);
let exitCode = 0;
try {
  const start = performance.now();
  const written = await rebuildStatSpans(database.db);
  await systemVacuumStatSpans(database);
  console.log(`统计事实已重建：${written} 行，用时 ${((performance.now() - start) / 1000).toFixed(1)} 秒`);
} catch (error) {
  console.error('重建统计事实失败：', error);
  exitCode = 1;
} finally {
  await database.close();
  release();
}
process.exit(exitCode);
