import { systemClock } from '../lib/clock.ts';
import { consoleNotificationLog, createNotificationChannels, loadNotificationMode } from '../modules/notifications/notification-channels.ts';
import { deliverPendingNotifications } from '../modules/notifications/notifications.service.ts';
import { runDeadlineReminders } from '../modules/notifications/reminders.ts';
import { runReturnReminders } from '../modules/returns/returns.reminders.ts';
import { runCheckReminders } from '../modules/principal-checks/principal-checks.reminders.ts';
import { loadPrincipalCheckSettings } from '../modules/principal-checks/principal-checks.config.ts';
import { runWithDatabase } from './run-with-database.ts';

// Queues today's deadline reminders and delivers the outbox once, for cron on a server-less PostgreSQL setup
// or a manual run. Safe to repeat.
await runWithDatabase('提醒任务失败：', async (database) => {
  const reminders = await runDeadlineReminders({ db: database.db, clock: systemClock });
  console.log(`${reminders.today}：${reminders.hazards} 条隐患需要提醒，新增通知 ${reminders.inserted} 条`);
  const returns = await runReturnReminders({ db: database.db, clock: systemClock });
  console.log(`工作报送：${returns.dueSoon} 个单位即将到期、${returns.late} 个单位逾期未报，新增通知 ${returns.inserted} 条`);
  const checks = await runCheckReminders({ db: database.db, clock: systemClock }, loadPrincipalCheckSettings(process.env));
  console.log(`主要负责人带队检查：新登记检查周期 ${checks.periodsEnsured} 个，需提醒 ${checks.periodsChecked} 个，新增通知 ${checks.inserted} 条`);
  const deps = { db: database.db, clock: systemClock, channels: createNotificationChannels(loadNotificationMode(process.env), consoleNotificationLog), log: consoleNotificationLog };
  let sent = 0;
  let failed = 0;
  for (;;) {
    const batch = await deliverPendingNotifications(deps);
    sent += batch.sent;
    failed += batch.failed;
    if (batch.sent + batch.failed === 0) break;
  }
  console.log(`已发送 ${sent} 条，失败 ${failed} 条`);
  return 0;
});
