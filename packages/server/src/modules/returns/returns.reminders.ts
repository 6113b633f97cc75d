// Return reminders (B-2): N days before a period's due date (the requirement's remindDaysBefore) the 联络员 of every
// reporting org that has not filed yet are reminded; the day after the due date each late org's 联络员 is told and
// the issuing 安委办 receives the late list. Through the notifications outbox; a rerun the same day adds nothing.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { addDays, dueDate, periodLabel, periodsBetween, periodBounds } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { reportRequirements, reportSubmissions, users } from '../../db/schema/index.ts';
import type { Clock } from '../../lib/clock.ts';
import { chinaDate } from '../../lib/dates.ts';
import { systemLiaisonsOf, type Liaison } from '../leaders/leaders.repository.ts';
import { insertNotifications, type NewNotification } from '../notifications/notifications.repository.ts';
import { orgsByIds } from '../plans/plan-orgs.repository.ts';
import type { RequirementRow } from './returns.repository.ts';

export type ReturnReminderResult = { today: string; dueSoon: number; late: number; inserted: number };

/**
 * Active requirements of every region. Skips scope on purpose: the reminder job runs for all regions and only
 * addresses notices to each requirement's own reporting orgs and issuer; nothing of it reaches a caller.
 */
async function systemActiveRequirements(db: Db): Promise<RequirementRow[]> {
  return db.select().from(reportRequirements).where(eq(reportRequirements.active, true)).orderBy(asc(reportRequirements.id));
}

/** The orgs that have filed a return for a requirement's period (system job, see above). */
async function systemFiledOrgs(db: Db, requirementId: string, period: string): Promise<Set<string>> {
  const rows = await db.select({ orgId: reportSubmissions.orgId }).from(reportSubmissions).where(and(eq(reportSubmissions.requirementId, requirementId), eq(reportSubmissions.period, period)));
  return new Set(rows.map((r) => r.orgId));
}

/** Active staff accounts of orgs (the fallback when an org has no 联络员, and the issuer's officers for the late list). */
async function systemStaffOf(db: Db, orgIds: readonly string[]): Promise<{ id: string; displayName: string; orgId: string }[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, orgId: users.orgId })
    .from(users)
    .where(and(inArray(users.orgId, [...orgIds]), eq(users.disabled, false), sql`${users.roles} && ARRAY['committee_officer', 'regulator_officer', 'locality_officer']::text[]`));
  return rows.flatMap((r) => (r.orgId ? [{ id: r.id, displayName: r.displayName, orgId: r.orgId }] : []));
}

type Recipient = { userId: string | null; name: string; address: string; channel: 'in_app' | 'sms' };

/** An org's 联络员 (SMS to the phone, in-app when they have an account), else its staff accounts in-app. */
function recipientsOf(orgId: string, liaisons: readonly Liaison[], staff: readonly { id: string; displayName: string; orgId: string }[]): Recipient[] {
  const own = liaisons.filter((l) => l.orgId === orgId);
  if (own.length === 0) return staff.filter((s) => s.orgId === orgId).map((s) => ({ userId: s.id, name: s.displayName, address: '', channel: 'in_app' as const }));
  return own.flatMap((l): Recipient[] => [
    ...(l.phone ? [{ userId: null, name: l.name, address: l.phone, channel: 'sms' as const }] : []),
    ...(l.userId ? [{ userId: l.userId, name: l.name, address: '', channel: 'in_app' as const }] : []),
  ]);
}

const notice = (r: Recipient, regionCode: string, template: string, dedupeKey: string, title: string, body: string): NewNotification => ({
  hazardId: null,
  regionCode,
  recipientUserId: r.userId,
  recipientName: r.name,
  recipientAddress: r.address,
  channel: r.channel,
  template,
  dedupeKey: `${dedupeKey}#${r.userId ?? r.address}`,
  title,
  body,
});

export async function runReturnReminders(deps: { db: Db; clock: Clock }): Promise<ReturnReminderResult> {
  const { db } = deps;
  const at = deps.clock.now();
  const today = chinaDate(at);
  const result: ReturnReminderResult = { today, dueSoon: 0, late: 0, inserted: 0 };
  for (const requirement of await systemActiveRequirements(db)) {
    const start = periodBounds(requirement.startPeriod).start;
    const end = requirement.endPeriod === null ? addDays(today, 400) : periodBounds(requirement.endPeriod).end;
    // Periods whose due date could be today + N or yesterday: those overlapping the last few months.
    const candidates = periodsBetween(requirement.cadence, addDays(today, -450) > start ? addDays(today, -450) : start, addDays(today, 60) < end ? addDays(today, 60) : end);
    for (const period of candidates) {
      const due = dueDate(requirement.dueRule, period);
      const soon = addDays(due, -requirement.remindDaysBefore) === today && requirement.remindDaysBefore > 0;
      const late = addDays(due, 1) === today;
      if (!soon && !late) continue;
      const filed = await systemFiledOrgs(db, requirement.id, period);
      const pending = requirement.reportingOrgIds.filter((id) => !filed.has(id));
      if (pending.length === 0) continue;
      const [liaisons, staff, names] = await Promise.all([
        systemLiaisonsOf(db, pending),
        systemStaffOf(db, late ? [...pending, requirement.orgId] : pending),
        orgsByIds(db, [...pending, requirement.orgId]),
      ]);
      const label = periodLabel(period);
      const rows: NewNotification[] = [];
      for (const orgId of pending) {
        const key = `return:${requirement.id}:${period}:${orgId}:${soon ? 'soon' : 'late'}`;
        const title = soon ? '工作报送即将到期' : '工作报送已逾期';
        const body = soon
          ? `「${requirement.name}」${label}报送截止日期为${due}，距截止还有${requirement.remindDaysBefore}天，请${names.get(orgId)?.name ?? '贵单位'}按时报送。`
          : `「${requirement.name}」${label}报送已于${due}截止，${names.get(orgId)?.name ?? '贵单位'}尚未报送，请立即补报。`;
        for (const r of recipientsOf(orgId, liaisons, staff)) rows.push(notice(r, requirement.regionCode, soon ? 'return_due_soon' : 'return_late', key, title, body));
      }
      if (late) {
        const list = pending.map((id) => names.get(id)?.name ?? id).join('、');
        const body = `「${requirement.name}」${label}报送已于${due}截止，以下${pending.length}个单位未报送：${list}。`;
        for (const s of staff.filter((x) => x.orgId === requirement.orgId)) {
          rows.push(notice({ userId: s.id, name: s.displayName, address: '', channel: 'in_app' }, requirement.regionCode, 'return_late_list', `return:${requirement.id}:${period}:late-list`, '未按时报送单位名单', body));
        }
      }
      // One transaction per requirement period: its notices are queued together or not at all.
      const inserted = await db.transaction((tx) => insertNotifications(tx, rows));
      result.inserted += inserted.length;
      if (soon) result.dueSoon += pending.length;
      else result.late += pending.length;
    }
  }
  return result;
}
