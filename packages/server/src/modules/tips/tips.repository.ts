import { aliasedTable, and, asc, count, desc, eq, gt, ilike, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { regionPrefix, type Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import {
  enterprises,
  hazards,
  orgs,
  regions,
  tipAttachments,
  tipCounters,
  tipIdentities,
  tipReceipts,
  tipSubmissions,
  tips,
  users,
} from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';
import type { TipFilter } from './tips.schema.ts';
import { compareAndSetRow } from '../../db/compare-and-set.ts';

export type TipRow = typeof tips.$inferSelect;

/** The SQL form of the tip scope (core scopeFor(actor, 'tip')): region prefix, and the tip's sector for regulators. */
export const tipInScope = (scope: Scope) => scopeWhere(scope, { regionCode: tips.regionCode, sector: tips.sector, enterpriseId: tips.targetEnterpriseId, id: tips.id });

const handlingOrg = aliasedTable(orgs, 'handling_org');
const receivingOrg = aliasedTable(orgs, 'receiving_org');

const joinedColumns = { tip: tips, regionName: regions.name, handlingOrgName: handlingOrg.name, receivingOrgName: receivingOrg.name };
const joined = (db: Db) =>
  db
    .select(joinedColumns)
    .from(tips)
    .innerJoin(regions, eq(regions.code, tips.regionCode))
    .innerJoin(receivingOrg, eq(receivingOrg.id, tips.receivingOrgId))
    .leftJoin(handlingOrg, eq(handlingOrg.id, tips.handlingOrgId));
export type JoinedTip = { tip: TipRow; regionName: string; handlingOrgName: string | null; receivingOrgName: string };

/** SLA filter in SQL terms; `today` is the China date, the due day counts as in time. */
function slaWhere(sla: TipFilter['sla'], today: string, soon: string): SQL | undefined {
  switch (sla) {
    case undefined:
      return undefined;
    case 'ok':
      return and(eq(tips.status, 'received'), gt(tips.dueOn, soon));
    case 'due_soon':
      return and(eq(tips.status, 'received'), sql`${tips.dueOn} >= ${today}`, sql`${tips.dueOn} <= ${soon}`);
    case 'overdue':
      return and(eq(tips.status, 'received'), lt(tips.dueOn, today));
    case 'met':
      return and(ne(tips.status, 'received'), sql`(${tips.decidedAt} AT TIME ZONE 'Asia/Shanghai')::date <= ${tips.dueOn}`);
    case 'missed':
      return and(ne(tips.status, 'received'), sql`(${tips.decidedAt} AT TIME ZONE 'Asia/Shanghai')::date > ${tips.dueOn}`);
  }
}

export function tipFilterWhere(scope: Scope, filter: TipFilter, today: string, soon: string): SQL | undefined {
  return and(
    tipInScope(scope),
    filter.status.length > 0 ? inArray(tips.status, filter.status) : undefined,
    filter.channel ? eq(tips.channel, filter.channel) : undefined,
    filter.regionCode ? sql`${tips.regionCode} LIKE ${`${regionPrefix(filter.regionCode)}%`}` : undefined,
    filter.sector ? eq(tips.sector, filter.sector) : undefined,
    slaWhere(filter.sla, today, soon),
    filter.reward ? eq(tips.rewardStatus, filter.reward) : undefined,
    filter.mine ? (filter.viewerOrgId ? eq(tips.handlingOrgId, filter.viewerOrgId) : sql`false`) : undefined,
    filter.q ? or(eq(tips.tipNo, filter.q), ilike(tips.targetName, `%${filter.q}%`), ilike(tips.content, `%${filter.q}%`)) : undefined,
  );
}

export async function listTips(db: Db, scope: Scope, filter: TipFilter, today: string, soon: string, page: number, pageSize: number) {
  const where = tipFilterWhere(scope, filter, today, soon);
  const [items, [total]] = await Promise.all([
    joined(db)
      .where(where)
      // Undecided first, oldest deadline first: the inbox order.
      .orderBy(sql`(${tips.status} = 'received') DESC`, asc(tips.dueOn), desc(tips.receivedAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(tips).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function* iterateTips(db: Db, scope: Scope, filter: TipFilter, today: string, soon: string, batchSize = 1000) {
  let after: string | null = null;
  for (;;) {
    const rows: JoinedTip[] = await joined(db)
      .where(and(tipFilterWhere(scope, filter, today, soon), after ? gt(tips.tipNo, after) : undefined))
      .orderBy(asc(tips.tipNo))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]?.tip.tipNo ?? null;
  }
}

export async function findTip(db: Db, scope: Scope, id: string): Promise<JoinedTip | null> {
  const [row] = await joined(db).where(and(eq(tips.id, id), tipInScope(scope))).limit(1);
  return row ?? null;
}

/**
 * Loads a tip by id without scope, for the public receipt lookup: the caller proved knowledge of the receipt code,
 * whose hash maps to this id, so no staff scope applies.
 */
export async function systemFindTipByReceipt(db: Db, codeHash: string): Promise<TipRow | null> {
  const [row] = await db.select({ tip: tips }).from(tipReceipts).innerJoin(tips, eq(tips.id, tipReceipts.tipId)).where(eq(tipReceipts.codeHash, codeHash)).limit(1);
  return row?.tip ?? null;
}

export async function nextTipSeq(tx: Db, year: number): Promise<number> {
  const [row] = await tx
    .insert(tipCounters)
    .values({ year, lastSeq: 1 })
    .onConflictDoUpdate({ target: tipCounters.year, set: { lastSeq: sql`${tipCounters.lastSeq} + 1` } })
    .returning({ lastSeq: tipCounters.lastSeq });
  if (!row) throw new Error('tip counter upsert returned nothing');
  return row.lastSeq;
}

export async function insertTip(tx: Db, values: typeof tips.$inferInsert): Promise<TipRow> {
  const [row] = await tx.insert(tips).values(values).returning();
  if (!row) throw new Error('insert tips returned no row');
  return row;
}

/** The compare-and-set of every tip action: only if status and version are still what the caller saw; the tip as written, or null. */
export async function compareAndSetTip(tx: Db, row: Pick<TipRow, 'id' | 'status' | 'version'>, values: Partial<typeof tips.$inferInsert>): Promise<TipRow | null> {
  return compareAndSetRow(tx, tips, row, values);
}

// Serialises concurrent identical submissions so exactly one creates the tip (transaction-scoped advisory lock).
const SUBMISSION_LOCK_NAMESPACE = 7_270_051;

/** Taken first in a public submission's transaction, per content hash. */
export async function lockSubmissions(tx: Db, contentHash: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${SUBMISSION_LOCK_NAMESPACE}, hashtext(${contentHash}))`);
}

export async function insertIdentity(tx: Db, values: typeof tipIdentities.$inferInsert) {
  await tx.insert(tipIdentities).values(values);
}

/** Only the reveal path reads this; the caller has checked the reveal rule and writes the audit row. */
export async function findIdentity(db: Db, tipId: string) {
  const [row] = await db.select().from(tipIdentities).where(eq(tipIdentities.tipId, tipId)).limit(1);
  return row ?? null;
}

export async function insertReceipt(tx: Db, values: typeof tipReceipts.$inferInsert) {
  await tx.insert(tipReceipts).values(values);
}

export async function findSubmissionByKey(db: Db, key: string) {
  const [row] = await db.select().from(tipSubmissions).where(eq(tipSubmissions.idempotencyKey, key)).limit(1);
  return row ?? null;
}

export async function findRecentSameSubmission(db: Db, contentHash: string, ipHash: string, since: Date) {
  const [row] = await db
    .select()
    .from(tipSubmissions)
    .where(and(eq(tipSubmissions.contentHash, contentHash), eq(tipSubmissions.ipHash, ipHash), gt(tipSubmissions.createdAt, since), eq(tipSubmissions.merged, false)))
    .orderBy(desc(tipSubmissions.createdAt))
    .limit(1);
  return row ?? null;
}

export async function insertSubmission(tx: Db, values: typeof tipSubmissions.$inferInsert) {
  await tx.insert(tipSubmissions).values(values);
}

export async function insertAttachments(tx: Db, values: (typeof tipAttachments.$inferInsert)[]) {
  if (values.length > 0) await tx.insert(tipAttachments).values(values);
}

export async function listAttachments(db: Db, tipId: string) {
  return db.select().from(tipAttachments).where(eq(tipAttachments.tipId, tipId)).orderBy(asc(tipAttachments.createdAt));
}

export async function findAttachment(db: Db, tipId: string, id: string) {
  const [row] = await db.select().from(tipAttachments).where(and(eq(tipAttachments.tipId, tipId), eq(tipAttachments.id, id))).limit(1);
  return row ?? null;
}

export async function tipNoOf(db: Db, id: string | null): Promise<{ id: string; tipNo: string } | null> {
  if (!id) return null;
  const [row] = await db.select({ id: tips.id, tipNo: tips.tipNo }).from(tips).where(eq(tips.id, id)).limit(1);
  return row ?? null;
}

export async function hazardNoOf(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ hazardNo: hazards.hazardNo }).from(hazards).where(eq(hazards.id, id)).limit(1);
  return row?.hazardNo ?? null;
}

/**
 * Whether an earlier verified tip concerns the same matter (the same registered hazard, or the tip this one
 * repeats): only the first valid reporter is rewarded.
 */
export async function earlierVerifiedTipOnSameMatter(db: Db, tip: TipRow): Promise<boolean> {
  if (tip.duplicateOfTipId) return true;
  if (!tip.hazardId) return false;
  const [row] = await db
    .select({ id: tips.id })
    .from(tips)
    .where(and(eq(tips.hazardId, tip.hazardId), ne(tips.id, tip.id), lt(tips.receivedAt, tip.receivedAt)))
    .limit(1);
  return row !== undefined;
}

/** Public enterprise search for the tip form: names only, operating enterprises, at most 10. */
export async function publicSearchEnterprises(db: Db, q: string) {
  return db
    .select({ id: enterprises.id, name: enterprises.name, regionCode: enterprises.regionCode, regionName: regions.name })
    .from(enterprises)
    .innerJoin(regions, eq(regions.code, enterprises.regionCode))
    .where(and(eq(enterprises.status, 'operating'), ilike(enterprises.name, `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`)))
    .orderBy(sql`length(${enterprises.name})`, asc(enterprises.name))
    .limit(10);
}

export async function systemFindEnterprise(db: Db, id: string) {
  const [row] = await db.select().from(enterprises).where(eq(enterprises.id, id)).limit(1);
  return row ?? null;
}

/** Orgs with their tip officers' presence, for choosing the receiving org and routing. Reference-like data. */
export async function orgsCovering(db: Db, regionCode: string) {
  const county = regionCode.slice(0, 6);
  const city = regionCode.slice(0, 4);
  const province = regionCode.slice(0, 2);
  const candidates = [`${county}000000`, `${city}00000000`, `${province}0000000000`];
  const rows = await db
    .select({
      id: orgs.id,
      kind: orgs.kind,
      name: orgs.name,
      regionCode: orgs.regionCode,
      sectors: orgs.sectors,
      // Qualified by hand: inside a select, drizzle renders ${orgs.id} unqualified, which the subquery would bind to u.id.
      tipOfficers: sql<number>`(SELECT count(*)::int FROM ${users} u WHERE u.org_id = "orgs"."id" AND 'tip_officer' = ANY(u.roles) AND NOT u.disabled)`,
    })
    .from(orgs)
    .where(and(inArray(orgs.regionCode, candidates), inArray(orgs.kind, ['committee', 'regulator'])));
  // Most specific region first.
  return rows.sort((a, b) => candidates.indexOf(a.regionCode) - candidates.indexOf(b.regionCode));
}

export async function findOrg(db: Db, id: string) {
  const [row] = await db.select().from(orgs).where(eq(orgs.id, id)).limit(1);
  return row ?? null;
}

export const stillReceived = (id: string) => and(eq(tips.id, id), eq(tips.status, 'received'), isNull(tips.decidedAt));
