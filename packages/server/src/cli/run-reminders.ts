import path from 'node:path';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { acquireDataDirLock } from '../db/lock.ts';
import { systemClock } from '../lib/clock.ts';
import { consoleNotificationLog, createNotificationChannels } from '../modules/notifications/notification-channels.ts';
import { deliverPendingNotifications } from '../modules/notifications/notifications.service.ts';
import { runDeadlineReminders } from '../modules/notifications/reminders.ts';

// Queues today's deadline reminders and delivers the outbox once, for cron on a server-less PostgreSQL setup
// or a manual run (stop the server first in embedded mode: PGlite allows one process). Safe to repeat.
const config = loadConfig();
const release = config.databaseUrl ? () => undefined : acquireDataDirLock(config.dataDir);
const database = await openDatabase(
  config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite') },
);
let exitCode = 0;
try {
  const reminders = await runDeadlineReminders({ db: database.db, clock: systemClock });
  console.log(`${reminders.today}：${reminders.hazards} 条隐患需要提醒，新增通知 ${reminders.inserted} 条`);
  const deps = { db: database.db, clock: systemClock, channels: createNotificationChannels('log', consoleNotificationLog), log: consoleNotificationLog };
  let sent = 0;
  let failed = 0;
  for (;;) {
    const batch = await deliverPendingNotifications(deps);
    sent += batch.sent;
    failed += batch.failed;
    if (batch.sent + batch.failed === 0) break;
  }
  console.log(`已发送 ${sent} 条，失败 ${failed} 条`);
} catch (error) {
  console.error('提醒任务失败：', error);
  exitCode = 1;
} finally {
  await database.close();
  release();
}
process.exit(exitCode);
