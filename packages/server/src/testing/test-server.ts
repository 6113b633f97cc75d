import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../app.ts';
import { openDatabase } from '../db/client.ts';
import type { Clock } from '../lib/clock.ts';
import { seedReference } from '../seed/reference.ts';
import { seedDemo } from '../seed/demo.ts';
import { seedDemoHazards } from '../seed/demo-hazards.ts';
import { seedDemoExperts } from '../seed/demo-experts.ts';
import { createExpertCrypto } from '../modules/experts/experts.service.ts';
import { seedDemoTips } from '../seed/demo-tips.ts';
import { seedDemoPlans } from '../seed/demo-plans.ts';
import { createTipCrypto } from '../modules/tips/tip-crypto.ts';
import { ephemeralTipSettings } from '../modules/tips/tips.config.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** A real HTTP server (web app + API) on a random loopback port with a fresh seeded PGlite, for browser tests. */
/**
 * `demoHazards`: also load the demo hazards (with their timelines) as `npm start` does, for the statistics pages;
 * `demoTips`: the demo 举报 inbox (every state once), sealed with this server's tip key;
 * `demoPlans`: 亳州's plan, tasks, returns and dispatch rounds (the current month's round left to open);
 * `demoExperts`: the city and county 专家库 with rated visits and one planned for `expert_demo`;
 * `clock`: a clock the test moves (a 双随机 draw waits for its announced date).
 */
export async function startTestServer(options: { enterpriseCount?: number; demoHazards?: boolean; demoTips?: boolean; demoPlans?: boolean; demoExperts?: boolean; clock?: Clock } = {}) {
  execFileSync('node', ['scripts/build-web-if-stale.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await seedReference(database.db);
  await seedDemo(database.db, { enterpriseCount: options.enterpriseCount ?? 400 });
  if (options.demoHazards) await seedDemoHazards(database.db);
  if (options.demoPlans) await seedDemoPlans(database.db);
  const tips = ephemeralTipSettings();
  if (options.demoTips) await seedDemoTips(database.db, createTipCrypto(tips.identityKey), tips);
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiben-files-'));
  const app = await buildApp({
    database,
    ...(options.clock ? { clock: options.clock } : {}),
    config: {
      bodyLimitBytes: 1024 * 1024,
      uploadLimitBytes: 20 * 1024 * 1024,
      filesDir,
      webDist: `${repoRoot}packages/web/dist`,
      cookieSecure: false,
      tips,
    },
  });
  // After buildApp: the experts' audit rows need the audit key it configures.
  if (options.demoExperts) await seedDemoExperts(database.db, filesDir, createExpertCrypto(tips.identityKey), options.clock ? { now: options.clock.now() } : {});
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
