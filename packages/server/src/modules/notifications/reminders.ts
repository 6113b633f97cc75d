import type { Db } from '../../db/client.ts';
import type { Clock } from '../../lib/clock.ts';
import type { NotificationLog } from './notification-channels.ts';
import { systemOpenHazardsDueOn } from './notifications.repository.ts';
import type { HazardNoticeTemplate } from '@zhiben/core';
import { enqueueHazardNotices, startRepeating, type StopFunction } from './notifications.service.ts';

export const REMINDER_DAYS_BEFORE = 3;
export const REMINDER_INTERVAL_MS = 6 * 60 * 60 * 1000;

// Deadlines are calendar dates in China (UTC+8 all year, no daylight saving): "today" is taken there, not in
// the server's zone, so a reminder does not go out a day early or late around midnight.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** yyyy-mm-dd of `now` in China. */
export function chinaDate(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** yyyy-mm-dd plus n days (n may be negative). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type ReminderDeps = { db: Db; clock: Clock };
export type ReminderResult = { today: string; hazards: number; inserted: number };

/**
 * Queues deadline reminders for open hazards: deadline_soon when the deadline is 3 days away, deadline_passed
 * the day after it. The dedupe key includes the deadline, so running the job any number of times a day adds
 * nothing, while an extended deadline gets its own reminders.
 */
export async function runDeadlineReminders(deps: ReminderDeps): Promise<ReminderResult> {
  const at = deps.clock.now();
  const today = chinaDate(at);
  const due: [string, HazardNoticeTemplate][] = [
    [addDays(today, REMINDER_DAYS_BEFORE), 'deadline_soon'],
    [addDays(today, -1), 'deadline_passed'],
  ];
  const result: ReminderResult = { today, hazards: 0, inserted: 0 };
  for (const [deadline, template] of due) {
    for await (const batch of systemOpenHazardsDueOn(deps.db, deadline)) {
      for (const h of batch) {
        // One transaction per hazard: its notices are queued together or not at all.
        const { inserted } = await deps.db.transaction((tx) =>
          enqueueHazardNotices(tx, { ...h, hazardId: h.id, template, dedupeKey: `${h.id}:${template}:${h.deadline}` }, at),
        );
        result.hazards++;
        result.inserted += inserted;
      }
    }
  }
  return result;
}

/** Runs the reminders at once and every 6 hours (idempotent). Started from main.ts only. */
export function startReminderSchedule(deps: ReminderDeps & { log: NotificationLog }, intervalMs = REMINDER_INTERVAL_MS): StopFunction {
  return startRepeating(
    'deadline reminders',
    async () => {
      const { today, hazards, inserted } = await runDeadlineReminders(deps);
      deps.log.info({ today, hazards, inserted }, 'deadline reminders queued');
    },
    intervalMs,
    deps.log,
    true,
  );
}
