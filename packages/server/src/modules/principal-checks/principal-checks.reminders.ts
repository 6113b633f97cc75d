import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  checkNoticeDue,
  MISSED_NOTICE_WINDOW_DAYS,
  checkPeriodLabel,
  type CheckNoticeKind,
  type CheckPeriod,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { enterprises, orgs, users } from '../../db/schema/index.ts';
import type { Clock } from '../../lib/clock.ts';
import { chinaDate } from '../../lib/dates.ts';
import { insertNotifications, systemSectorRegulatorOfficers, type NewNotification } from '../notifications/notifications.repository.ts';
import { defaultPrincipalCheckSettings, type PrincipalCheckSettings } from './principal-checks.config.ts';
import { highRiskSectorCodes, periodOfRow, systemEnsureCheckPeriods, systemOpenPeriods, systemSettleCheckPeriods, type OpenPeriod } from './principal-checks.periods.ts';

// 主要负责人带队检查 reminders through the outbox (MODULES A-2): at period start and N days before its end to the
// principal (SMS) and the enterprise's users (in-app); a missed period to the sector's regulator officers and the
// township's officers (in-app). Dedupe keys per enterprise, period and kind make the job safe to run often.

type Contacts = { id: string; name: string; regionCode: string; principalName: string; principalPhone: string; users: { id: string; displayName: string }[] };

/** Names and accounts of these operating enterprises, for addressing notices (system job: no scope; nothing leaves it). */
async function systemOperatingContacts(db: Db, ids: readonly string[]): Promise<Map<string, Contacts>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: enterprises.id, name: enterprises.name, regionCode: enterprises.regionCode, principalName: enterprises.principalName, principalPhone: enterprises.principalPhone })
    .from(enterprises)
    .where(and(inArray(enterprises.id, [...ids]), eq(enterprises.status, 'operating')));
  const accounts = await db
    .select({ id: users.id, displayName: users.displayName, enterpriseId: users.enterpriseId })
    .from(users)
    .where(and(inArray(users.enterpriseId, rows.map((r) => r.id)), eq(users.disabled, false)))
    .orderBy(asc(users.username));
  return new Map(rows.map((r) => [r.id, { ...r, users: accounts.filter((a) => a.enterpriseId === r.id).map(({ id, displayName }) => ({ id, displayName })) }]));
}

/** Active officers of the locality orgs at the enterprise's township or village (system job). */
async function systemTownshipOfficers(db: Db, regionCode: string) {
  const chain = [regionCode.slice(0, 9).padEnd(12, '0'), regionCode];
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(eq(orgs.kind, 'locality'), inArray(orgs.regionCode, chain), eq(users.disabled, false), sql`'locality_officer' = ANY(${users.roles})`))
    .orderBy(asc(users.username));
}

function message(kind: CheckNoticeKind, period: CheckPeriod, enterpriseName: string, daysBefore: number) {
  const label = checkPeriodLabel(period);
  const cadence = period.cadence === 'month' ? '高危行业领域每月至少1次' : '每季度至少1次';
  switch (kind) {
    case 'period_start':
      return { title: '主要负责人带队检查提醒', body: `${label}检查周期已开始（截止 ${period.end}）。请主要负责人带队对本单位重大事故隐患排查整治情况开展检查（${cadence}），并在平台登记检查记录。` };
    case 'period_ending':
      return { title: '主要负责人带队检查即将到期', body: `${label}检查周期将于 ${period.end} 结束（不足${daysBefore}天），本单位尚未登记主要负责人带队检查，请尽快开展并登记。` };
    case 'period_missed':
      return { title: '企业未开展主要负责人带队检查', body: `${enterpriseName}在${label}（${period.start} 至 ${period.end}）未登记主要负责人带队检查（未开展排查），请督促整改。` };
  }
}

export type CheckReminderResult = { today: string; periodsEnsured: number; periodsSettled: number; periodsChecked: number; inserted: number };

/**
 * Writes the duty rows of the running periods, adds up the periods that can no longer change, then queues the notices each not-yet-done period is owed today.
 * Idempotent (dedupe key per enterprise, period, kind and recipient).
 */
export async function runCheckReminders(deps: { db: Db; clock: Clock }, settings: Pick<PrincipalCheckSettings, 'reminderDaysBefore' | 'backdateDays'> = defaultPrincipalCheckSettings): Promise<CheckReminderResult> {
  const at = deps.clock.now();
  const today = chinaDate(at);
  const periodsEnsured = await systemEnsureCheckPeriods(deps.db, today, await highRiskSectorCodes(deps.db));
  const periodsSettled = await systemSettleCheckPeriods(deps.db, today, settings.backdateDays, at);
  const result: CheckReminderResult = { today, periodsEnsured, periodsSettled, periodsChecked: 0, inserted: 0 };
  const regulatorCache = new Map<string, { id: string; displayName: string }[]>();
  const townshipCache = new Map<string, { id: string; displayName: string }[]>();
  for await (const batch of systemOpenPeriods(deps.db, today, MISSED_NOTICE_WINDOW_DAYS + 1)) {
    const due = batch.flatMap((p) => {
      const kind = checkNoticeDue(periodOfRow(p), today, settings.reminderDaysBefore);
      return kind ? [{ p, kind }] : [];
    });
    const contacts = await systemOperatingContacts(deps.db, [...new Set(due.map((d) => d.p.enterpriseId))]);
    const rows: NewNotification[] = [];
    for (const { p, kind } of due) {
      const enterprise = contacts.get(p.enterpriseId);
      if (!enterprise) continue; // closed or suspended since: no duty notices
      result.periodsChecked++;
      rows.push(...(await noticesFor(deps.db, p, kind, enterprise, settings, at, regulatorCache, townshipCache)));
    }
    // One transaction per batch: its notices are queued together or not at all.
    result.inserted += (await deps.db.transaction((tx) => insertNotifications(tx, rows))).length;
  }
  return result;
}

async function noticesFor(
  db: Db,
  p: OpenPeriod,
  kind: CheckNoticeKind,
  enterprise: Contacts,
  settings: Pick<PrincipalCheckSettings, 'reminderDaysBefore'>,
  at: Date,
  regulatorCache: Map<string, { id: string; displayName: string }[]>,
  townshipCache: Map<string, { id: string; displayName: string }[]>,
): Promise<NewNotification[]> {
  const period = periodOfRow(p);
  const text = message(kind, period, enterprise.name, settings.reminderDaysBefore);
  const key = `check:${p.enterpriseId}:${p.cadence}:${p.periodStart}:${kind}`;
  const row = (recipient: string, channel: 'sms' | 'in_app', to: { userId: string | null; name: string; address: string }): NewNotification => ({
    hazardId: null,
    regionCode: p.regionCode,
    recipientUserId: to.userId,
    recipientName: to.name,
    recipientAddress: to.address,
    channel,
    template: `check_${kind}`,
    dedupeKey: `${key}#${recipient}`,
    title: text.title,
    body: text.body,
    status: 'pending',
    createdAt: at,
  });
  if (kind !== 'period_missed') {
    const out: NewNotification[] = [];
    if (enterprise.principalPhone.trim() !== '') out.push(row('principal', 'sms', { userId: null, name: enterprise.principalName.trim() || '主要负责人', address: enterprise.principalPhone.trim() }));
    for (const u of enterprise.users) out.push(row(`user:${u.id}`, 'in_app', { userId: u.id, name: u.displayName, address: '' }));
    return out;
  }
  const officers = new Map<string, { id: string; displayName: string }>();
  for (const sector of p.sectors) {
    const cacheKey = `${p.regionCode}:${sector}`;
    if (!regulatorCache.has(cacheKey)) regulatorCache.set(cacheKey, await systemSectorRegulatorOfficers(db, p.regionCode, sector));
    for (const o of regulatorCache.get(cacheKey) ?? []) officers.set(o.id, o);
  }
  const town = p.regionCode.slice(0, 9);
  if (!townshipCache.has(town)) townshipCache.set(town, await systemTownshipOfficers(db, p.regionCode));
  for (const o of townshipCache.get(town) ?? []) officers.set(o.id, o);
  return [...officers.values()].map((o) => row(`user:${o.id}`, 'in_app', { userId: o.id, name: o.displayName, address: '' }));
}
