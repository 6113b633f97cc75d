import { seedDemoDraws } from './seed/demo-draws.ts';
import { seedDemoExperts } from './seed/demo-experts.ts';
import { createExpertCrypto } from './modules/experts/experts.service.ts';
import { seedDemoServiceBodies } from './seed/demo-service-bodies.ts';
import { drawSeedSealer } from './modules/random-draws/random-draws.service.ts';
import path from 'node:path';
import { provisionalYears, uncoveredYears } from '@zhiben/core';
import { auditCheckpointFile, loadConfig } from './config.ts';
import { configureAuditKeys, writeAuditCheckpoint } from './modules/audit/audit.repository.ts';
import { openDatabase } from './db/client.ts';
import { acquireDataDirLock } from './db/lock.ts';
import { privateFileModes } from './db/file-modes.ts';
import { buildApp } from './app.ts';
import { seedReference } from './seed/reference.ts';
import { isDemoSeeded, seedDemo } from './seed/demo.ts';
import { seedDemoHazards } from './seed/demo-hazards.ts';
import { systemFailInterruptedJobs } from './modules/jobs/jobs.repository.ts';
import { createNotificationChannels, loadNotificationMode } from './modules/notifications/notification-channels.ts';
import { startNotificationWorker, startRepeating } from './modules/notifications/notifications.service.ts';
import { REMINDER_INTERVAL_MS, startReminderSchedule } from './modules/notifications/reminders.ts';
import { runReturnReminders } from './modules/returns/returns.reminders.ts';
import { runCheckReminders } from './modules/principal-checks/principal-checks.reminders.ts';
import { loadPrincipalCheckSettings } from './modules/principal-checks/principal-checks.config.ts';
import { loadTipSettings } from './modules/tips/tips.config.ts';
import { createFieldSealer, createTipCrypto } from './modules/tips/tip-crypto.ts';
import { systemSealPlaintextTotpSecrets } from './modules/auth/totp-store.ts';
import { rebuildStatSpans, systemStatCubesMissing, systemStatSpansMissing, systemVacuumStatSpans } from './modules/stats/stats.spans.ts';
import { rebuildCubes, startStatisticsFolder } from './modules/stats/stats.upkeep.ts';
import { seedDemoTips } from './seed/demo-tips.ts';
import { seedDemoPlans } from './seed/demo-plans.ts';
import { seedDemoChecklists, seedDemoPremises } from './seed/demo-premises.ts';
import { seedDemoInspections } from './seed/demo-inspections.ts';
import { graderFor } from './modules/grading/grading.service.ts';
import { ledgerWorkerFor } from './modules/grading/grading.worker-pool.ts';
import { systemSealLegacyEvents } from './workflow/legacy.ts';
import { tipStream } from './workflow/streams.ts';
import { limitHeapGrowth } from './lib/heap.ts';
import { startLineHead } from './lib/start-line.ts';

limitHeapGrowth();

const config = loadConfig(process.env, { demo: process.argv.includes('--demo') });
privateFileModes(config.dataDir);
// The tip identity key comes from ZHIBEN_TIP_KEY or a 0600 key file outside the database (created on first start).
const tipSettings = loadTipSettings(process.env, config.dataDir);
// The audit chain is keyed with a sub-key of the same master key; set before the first audit row (the seed's).
configureAuditKeys(tipSettings.identityKey);
const checkpointFile = auditCheckpointFile(process.env, config.dataDir);
{
  // The tip SLA needs this year's holiday arrangement, and next year's from November on (deadlines run into it).
  const now = new Date();
  const years = [now.getFullYear(), ...(now.getMonth() >= 10 ? [now.getFullYear() + 1] : [])];
  const missing = uncoveredYears(tipSettings.calendar, years);
  const provisional = provisionalYears(tipSettings.calendar, years);
  if (provisional.length > 0) console.warn(`提示：${provisional.join('、')} 年的节假日暂按《全国年节及纪念日放假办法》的法定假日推算（不含调休），国务院办公厅通知发布后请用 TIP_CALENDAR_FILE 配置。`);
  if (missing.length > 0) console.error(`警告：缺少 ${missing.join('、')} 年的节假日安排，跨入该年的举报受理时限将无法计算（接口答复 503）。国务院办公厅通知发布后请用 TIP_CALENDAR_FILE 配置。`);
}
const releaseLock = config.databaseUrl ? () => undefined : acquireDataDirLock(config.dataDir);
const database = await openDatabase(
  config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl, appUrl: config.databaseAppUrl } : { kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite') },
);
// Tip events from before the tip timeline was hash-chained are sealed once, before anything new is appended.
const sealed = await systemSealLegacyEvents(database, tipStream, 'tip_events', 'tip_id');
if (sealed > 0) console.log(`已为 ${sealed} 条举报办理记录补全哈希链`);
const reference = await seedReference(database.db);
// TOTP secrets from before they were sealed: seal them now (the key is outside the database, so not in a migration).
const sealedTotp = await systemSealPlaintextTotpSecrets(database.db, createFieldSealer(tipSettings.identityKey, 'totp'));
if (sealedTotp > 0) console.log(`已加密 ${sealedTotp} 个账号的动态口令密钥`);
if (config.seedDemo && !(await isDemoSeeded(database.db))) {
  const seeded = await seedDemo(database.db);
  const demoHazards = await seedDemoHazards(database.db);
  const demoPremises = await seedDemoPremises(database.db, createTipCrypto(tipSettings.identityKey));
  await seedDemoChecklists(database.db);
  const demoInspections = await seedDemoInspections(database.db, config.filesDir);
  console.log(`已载入演示检查：${demoInspections.inspections} 次监管检查，${demoInspections.principalChecks} 次主要负责人带队检查`);
  console.log(`已载入演示数据：${seeded.orgs} 个机构，${seeded.enterprises} 家虚构企业，${demoHazards} 条隐患，${demoPremises} 处场所，${seeded.users} 个演示账号`);
}
if (config.seedDemo && (await isDemoSeeded(database.db))) {
  // Also for a ./data seeded before tips existed: loads only while there are no tips at all.
  const demoTips = await seedDemoTips(database.db, createTipCrypto(tipSettings.identityKey), tipSettings);
  if (demoTips > 0) console.log(`已载入 ${demoTips} 条演示举报`);
  // Module B: 亳州's plan, its tasks, returns, dispatch rounds and meetings (only while there is no plan at all).
  const demoPlans = await seedDemoPlans(database.db);
  if (demoPlans) console.log(`已载入治本攻坚演示数据：${demoPlans.plans} 个方案，${demoPlans.tasks} 项任务，${demoPlans.returns} 份报送，${demoPlans.rounds} 次月调度，${demoPlans.meetings} 次会议`);
  // 双随机: the county 应急管理局's inspectors and two draws (only while there is no draw at all).
  const demoDraws = await seedDemoDraws(database.db, drawSeedSealer(tipSettings.identityKey));
  if (demoDraws > 0) console.log(`已载入 ${demoDraws} 次演示双随机抽查`);
  // 专家库: a city and a county library, rated expert visits and one planned for the demo expert (only while there is no expert).
  const demoExperts = await seedDemoExperts(database.db, config.filesDir, createExpertCrypto(tipSettings.identityKey));
  if (demoExperts.experts > 0) console.log(`已载入 ${demoExperts.experts} 名演示专家、${demoExperts.visits} 次专家指导服务`);
  // 第三方服务机构: the city 安委办's register, reports, this quarter's 复核 and a contract (only while there is none).
  const demoBodies = await seedDemoServiceBodies(database.db, createTipCrypto(tipSettings.identityKey), { filesDir: config.filesDir });
  if (demoBodies > 0) console.log(`已载入 ${demoBodies} 家演示第三方服务机构`);
}
if (await systemStatSpansMissing(database.db)) {
  const facts = await rebuildStatSpans(database.db);
  console.log(`统计事实表为空，已从隐患时间线重建 ${facts} 行`);
} else if (await systemStatCubesMissing(database.db)) {
  const rows = await rebuildCubes(database.db);
  console.log(`统计汇总表为空，已从统计事实重建 ${rows} 行`);
}
// PGlite has no autovacuum: set the visibility map so statistics read the facts by index-only scans.
if (database.kind === 'pglite') await systemVacuumStatSpans(database);
// 判定助手: build the in-memory index over all criteria now, so the first suggestion is not the slow one.
await graderFor(database.db);
// …and start the 台账 grading thread, which builds its own index, before the first ledger preview needs it.
ledgerWorkerFor(database.db).catch((error: unknown) => console.warn('判定助手线程未能启动，台账预检将在主线程核对：', error));
const interrupted = await systemFailInterruptedJobs(database.db, new Date());
if (interrupted > 0) console.log(`${interrupted} 个上次中断的后台任务已标记为失败`);

const principalCheckSettings = loadPrincipalCheckSettings(process.env);
const app = await buildApp({ database, config: { ...config, tips: tipSettings, principalChecks: principalCheckSettings }, logger: process.env.LOG_LEVEL !== 'silent' });
await app.listen({ port: config.port, host: config.host });
// The port listened on: PORT=0 asks the system for a free one (lib/start-line.ts reads it back from this line).
const listening = app.server.address();
const port = listening !== null && typeof listening === 'object' ? listening.port : config.port;
console.log(
  `${startLineHead(port)}  数据库：${database.kind === 'pglite' ? `内嵌 PGlite（${config.dataDir}）` : 'PostgreSQL'}  行政区划 ${reference.regions} 条，判定标准条款 ${reference.criteria} 条`,
);

// Background work runs in the server process only (tests drive it directly): the outbox worker delivers
// notices (SMS/e-mail are logged in demo mode), deadline reminders are queued at start and every 6 hours, and the
// statistics folder moves the cube deltas that hazard writes append into the cube rows every second (reads add
// the deltas still waiting, so figures never depend on it having run).
const clock = app.services.clock;
const stopCubeFolder = startStatisticsFolder(database, app.log);
const stopNotificationWorker = startNotificationWorker({ db: database.db, clock, channels: createNotificationChannels(loadNotificationMode(process.env), app.log), log: app.log });
const stopReminders = startReminderSchedule({ db: database.db, clock, log: app.log });
// Return reminders (Module B): 联络员 N days before a due date, the late list the day after.
const stopReturnReminders = startRepeating(
  'return reminders',
  async () => app.log.info(await runReturnReminders({ db: database.db, clock }), 'return reminders queued'),
  REMINDER_INTERVAL_MS,
  app.log,
  true,
);
// Anchor the audit chain's head outside the database every 5 minutes (when something was appended) and at stop.
const checkpoint = () =>
  writeAuditCheckpoint(database.db, checkpointFile, clock.now()).catch((error: unknown) => app.log.error({ err: error }, 'audit checkpoint failed'));
await checkpoint();
const checkpointTimer = setInterval(() => void checkpoint(), 5 * 60 * 1000);
checkpointTimer.unref();
// 主要负责人带队检查: the running periods' duty rows, then period-start, period-ending and missed-period notices.
const stopCheckReminders = startRepeating(
  'principal-check reminders',
  async () => app.log.info(await runCheckReminders({ db: database.db, clock }, principalCheckSettings), 'principal-check reminders queued'),
  REMINDER_INTERVAL_MS,
  app.log,
  true,
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`收到 ${signal}，正在停止…`);
  await stopReminders();
  await stopReturnReminders();
  await stopCheckReminders();
  await stopNotificationWorker();
  await stopCubeFolder();
  clearInterval(checkpointTimer);
  await checkpoint();
  await app.close();
  await database.close();
  releaseLock();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
