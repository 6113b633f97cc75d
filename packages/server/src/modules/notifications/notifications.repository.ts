import { and, asc, count, desc, eq, gt, inArray, isNull, like, or, sql } from 'drizzle-orm';
import { openHazardStatuses, regionPrefix, normalizeRegionCode } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { insertRowsReturning } from '../../db/insert-rows.ts';
import { prepareOnce, runPrepared } from '../../db/prepared.ts';
import { enterprises, hazards, notifications, orgs, users } from '../../db/schema/index.ts';
import type { NotificationChannelKind } from './notification-channels.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;

/** Inserts outbox rows; a row whose (dedupe key, channel, recipient) exists is skipped. Returns the new ids. */
export async function insertNotifications(db: Db, rows: readonly NewNotification[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await insertRowsReturning(db, notifications, rows, { skipConflictsOn: [notifications.dedupeKey, notifications.channel, notifications.recipientName] });
  return inserted.map((r) => r.id);
}

export type EnterpriseContacts = {
  id: string;
  name: string;
  principalName: string;
  principalPhone: string;
  controllerName: string;
  controllerPhone: string;
  users: { id: string; displayName: string }[];
};

const enterpriseContacts = prepareOnce('notifications_enterprise_contacts', () =>
  sql`SELECT ${enterprises.id} AS id, ${enterprises.name} AS name, ${enterprises.principalName} AS "principalName",
      ${enterprises.principalPhone} AS "principalPhone", ${enterprises.controllerName} AS "controllerName",
      ${enterprises.controllerPhone} AS "controllerPhone", ${users.id} AS "userId", ${users.displayName} AS "userDisplayName"
    FROM ${enterprises} LEFT JOIN ${users} ON ${users.enterpriseId} = ${enterprises.id} AND NOT ${users.disabled}
    WHERE ${enterprises.id} = ${sql.placeholder('enterpriseId')}
    ORDER BY ${users.username}`);

/**
 * The enterprise's 主要负责人/实际控制人 and its active accounts, for addressing notices. Skips scope on
 * purpose: it runs inside a change the caller was already authorised for (or the system reminder job), and
 * its result only addresses messages to the enterprise itself, it is never returned to a caller.
 */
export async function systemEnterpriseContacts(db: Db, enterpriseId: string): Promise<EnterpriseContacts | null> {
  // One statement, rendered once (it runs in every hazard write that notifies): the enterprise, joined to each of
  // its active accounts (a row with no account when it has none).
  const rows = await runPrepared<Omit<EnterpriseContacts, 'users'> & { userId: string | null; userDisplayName: string | null }>(db, enterpriseContacts(), { enterpriseId });
  const [first] = rows;
  if (!first) return null;
  const { userId: _userId, userDisplayName: _userDisplayName, ...enterprise } = first;
  return { ...enterprise, users: rows.flatMap((r) => (r.userId !== null && r.userDisplayName !== null ? [{ id: r.userId, displayName: r.userDisplayName }] : [])) };
}

/**
 * Active regulator officers responsible for a sector at a place: their org is a regulator supervising the
 * sector whose region subtree contains regionCode (DESIGN §4, seen from the hazard's side). Skips scope on
 * purpose: it finds whom to notify, for the system reminder job; nothing of it reaches a caller.
 */
export async function systemSectorRegulatorOfficers(db: Db, regionCode: string, sector: string) {
  const candidates = await db
    .select({ id: orgs.id, regionCode: orgs.regionCode })
    .from(orgs)
    .where(
      and(
        eq(orgs.kind, 'regulator'),
        sql`${orgs.sectors} @> ARRAY[${sector}]::text[]`,
        // Same province first (cheap); the exact subtree rule follows in TypeScript with regionPrefix.
        like(orgs.regionCode, `${regionCode.slice(0, 2)}%`),
      ),
    );
  return activeUsersOfOrgsCovering(db, candidates, regionCode, 'regulator_officer');
}

/** Active users holding `role` in those of `candidates` whose region subtree contains regionCode (DESIGN §4). */
async function activeUsersOfOrgsCovering(db: Db, candidates: readonly { id: string; regionCode: string }[], regionCode: string, role: string) {
  const orgIds = candidates
    .filter((o) => normalizeRegionCode(o.regionCode) !== null && regionCode.startsWith(regionPrefix(o.regionCode)))
    .map((o) => o.id);
  if (orgIds.length === 0) return [];
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(inArray(users.orgId, orgIds), sql`${users.roles} @> ARRAY[${role}]::text[]`, eq(users.disabled, false)))
    .orderBy(asc(users.username));
}

/**
 * Active 安委办 officers (committee_officer of a committee org) whose region contains regionCode: those who may
 * approve a tip's reward there (core's tip machine, `approve_reward`). Skips scope on purpose, like
 * systemSectorRegulatorOfficers: it finds whom to tell, and nothing of it reaches a caller.
 */
export async function systemRegionCommitteeOfficers(db: Db, regionCode: string) {
  const candidates = await db
    .select({ id: orgs.id, regionCode: orgs.regionCode })
    .from(orgs)
    .where(and(eq(orgs.kind, 'committee'), like(orgs.regionCode, `${regionCode.slice(0, 2)}%`)));
  return activeUsersOfOrgsCovering(db, candidates, regionCode, 'committee_officer');
}

export type DueHazard = {
  id: string;
  hazardNo: string;
  regionCode: string;
  enterpriseId: string;
  sector: string;
  level: 'general' | 'major';
  title: string;
  deadline: string;
};

/**
 * Open hazards whose deadline is the given date, in keyset pages. Skips scope on purpose: the deadline
 * reminder is a system task over every region; it only enqueues notices to each hazard's own enterprise and
 * responsible regulators, and returns nothing to a user.
 */
export async function* systemOpenHazardsDueOn(db: Db, deadline: string, batchSize = 500): AsyncGenerator<DueHazard[]> {
  let afterId: string | null = null;
  for (;;) {
    const rows: DueHazard[] = await db
      .select({
        id: hazards.id,
        hazardNo: hazards.hazardNo,
        regionCode: hazards.regionCode,
        enterpriseId: hazards.enterpriseId,
        sector: hazards.sector,
        level: hazards.level,
        title: hazards.title,
        deadline: hazards.deadline,
      })
      .from(hazards)
      .where(and(eq(hazards.deadline, deadline), inArray(hazards.status, [...openHazardStatuses]), afterId ? gt(hazards.id, afterId) : undefined))
      .orderBy(asc(hazards.id))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows;
    afterId = rows[rows.length - 1]?.id ?? null;
  }
}

// A failed row waits 2^attempts minutes after it was queued before the next try (2, 4, 8, 16 min), so a
// gateway outage does not burn all attempts within seconds. Measured from created_at: the table has no
// next-attempt column, and this spreads the tries well enough.
const retryDue = (now: Date) =>
  sql`${notifications.createdAt} + (power(2, ${notifications.attempts}) * interval '1 minute') <= ${now.toISOString()}::timestamptz`;

export const MAX_DELIVERY_ATTEMPTS = 5;

/**
 * Locks the next deliverable row for this transaction, skipping rows another worker holds, so several
 * workers (or processes on one PostgreSQL) never deliver the same row twice.
 */
export async function claimNextNotification(tx: Db, now: Date): Promise<NotificationRow | null> {
  const [row] = await tx
    .select()
    .from(notifications)
    .where(
      or(
        eq(notifications.status, 'pending'),
        and(eq(notifications.status, 'failed'), sql`${notifications.attempts} < ${MAX_DELIVERY_ATTEMPTS}`, retryDue(now)),
      ),
    )
    .orderBy(asc(notifications.createdAt), asc(notifications.id))
    .limit(1)
    .for('update', { skipLocked: true });
  return row ?? null;
}

export async function markNotificationSent(tx: Db, id: string, at: Date, providerMessageId: string | null): Promise<void> {
  await tx
    .update(notifications)
    .set({ status: 'sent', sentAt: at, attempts: sql`${notifications.attempts} + 1`, lastError: null, providerMessageId })
    .where(eq(notifications.id, id));
}

/** Records delivery receipts on the SMS they report on; returns how many rows matched. */
export async function recordReceipts(db: Db, receipts: readonly { providerMessageId: string; status: 'delivered' | 'failed'; at: Date; detail: string }[]): Promise<number> {
  let matched = 0;
  for (const r of receipts) {
    const rows = await db
      .update(notifications)
      .set({ receiptStatus: r.status, receiptAt: r.at, receiptDetail: r.detail.slice(0, 200) })
      .where(and(eq(notifications.providerMessageId, r.providerMessageId), eq(notifications.channel, 'sms')))
      .returning({ id: notifications.id });
    matched += rows.length;
  }
  return matched;
}

/** Records a failed try; returns the attempts so far. */
export async function markNotificationFailed(tx: Db, id: string, error: string): Promise<number> {
  const [row] = await tx
    .update(notifications)
    .set({ status: 'failed', attempts: sql`${notifications.attempts} + 1`, lastError: error.slice(0, 500) })
    .where(eq(notifications.id, id))
    .returning({ attempts: notifications.attempts });
  return row?.attempts ?? MAX_DELIVERY_ATTEMPTS;
}


// ---- a user's own in-app notices (addressed to the user: no scope beyond the recipient) ----

const ownInApp = (userId: string) => and(eq(notifications.recipientUserId, userId), eq(notifications.channel, 'in_app' satisfies NotificationChannelKind));

export async function listUserNotifications(db: Db, userId: string, limit = 50) {
  const [items, [unread]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        title: notifications.title,
        body: notifications.body,
        template: notifications.template,
        hazardId: notifications.hazardId,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .where(ownInApp(userId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit),
    db.select({ n: count() }).from(notifications).where(and(ownInApp(userId), isNull(notifications.readAt))),
  ]);
  return { items, unread: unread?.n ?? 0 };
}

/** Marks one of the user's notices read (first read time kept); false when it is not the user's. */
export async function markUserNotificationRead(db: Db, userId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), ownInApp(userId)))
    .returning({ id: notifications.id });
  return rows.length === 1;
}

/**
 * Active users of one org holding any of `roles`, to address a hand-over notice (e.g. the officers of the department
 * a tip was routed to). Skips scope on purpose: it runs inside a change the actor was authorised for; only names and
 * ids leave it, to address the notice, and nothing reaches a caller.
 */
export async function systemOrgUsersWithRoles(db: Db, orgId: string, roles: readonly string[]) {
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.orgId, orgId), sql`${users.roles} && ${`{${roles.join(',')}}`}::text[]`, eq(users.disabled, false)))
    .orderBy(asc(users.username));
}
