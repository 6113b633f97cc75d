import { performance } from 'node:perf_hooks';
import { rebuildStatSpans, systemVacuumStatSpans } from '../modules/stats/stats.spans.ts';
import { runWithDatabase } from './run-with-database.ts';

// Rebuilds the statistics facts (hazard_stat_spans) of the configured database from hazards and their timelines,
// and the cubes from the facts, in one transaction. Writes keep them current on their own; run this after a bulk
// load that bypassed the hazard write paths, or to prove that the maintained data equal a fresh computation.
// Safe to repeat.
await runWithDatabase('重建统计事实失败：', async (database) => {
  const start = performance.now();
  const written = await rebuildStatSpans(database.db);
  await systemVacuumStatSpans(database);
  console.log(`统计事实已重建：${written} 行，用时 ${((performance.now() - start) / 1000).toFixed(1)} 秒`);
  return 0;
});
