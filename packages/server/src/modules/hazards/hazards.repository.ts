import { createHash } from 'node:crypto';
import { and, asc, count, desc, eq, getTableColumns, gte, ilike, inArray, isNotNull, isNull, lt, lte, gt, or, sql, type SQL } from 'drizzle-orm';
import {
  ageingBucketRange,
  LONG_STANDING_RANGE,
  openHazardStatuses,
  regionPrefix,
  SELF_FOUND_SOURCE,
  STOCK_CUTOFF,
  storedSourcesShownAs,
  type Audience,
  type Scope,
} from '@zhiben/core';
import { addDays } from '../../lib/dates.ts';
import type { Db } from '../../db/client.ts';
import { insertRows, insertRowsReturning } from '../../db/insert-rows.ts';
import { fromDriverRow, jsonRows } from '../../db/json-rows.ts';
import { arrayParam, prepareOnce, preparedRead, runPrepared } from '../../db/prepared.ts';
import { hazardEventOf } from '../../workflow/streams.ts';
import { eventsOfRow } from '../../workflow/timeline.ts';
import { criteria, enterprises, hazardEvents, hazards, idempotencyKeys, notifications, orgs, regions, users } from '../../db/schema/index.ts';
import { scopeParams, scopeWhere, scopeWhereByParams } from '../../lib/scope-sql.ts';
import type { HazardFilter } from './hazards.schema.ts';
import { compareAndSetRow } from '../../db/compare-and-set.ts';

export type HazardRow = typeof hazards.$inferSelect;
export { STOCK_CUTOFF };

/** The scope rule of DESIGN §4 on hazards: the one mapping every hazard read (here and in other modules) uses. */
const HAZARD_SCOPE_COLUMNS = { regionCode: hazards.regionCode, sector: hazards.sector, enterpriseId: hazards.enterpriseId, id: hazards.id };
export const hazardInScope = (scope: Scope) => scopeWhere(scope, HAZARD_SCOPE_COLUMNS);

/** "Open" (DESIGN §5) in SQL, from core's list of open statuses. */
export const hazardIsOpen = (): SQL => inArray(hazards.status, [...openHazardStatuses]);

/**
 * The list's filter. `audience` is who looks: an enterprise filters on the source it is shown (a tip-found hazard
 * is 督导检查 to it, core visibleHazardSource), so filtering and exporting never reveal more than the presenter.
 */
function filterWhere(scope: Scope, filter: HazardFilter, today: string, audience: Audience): SQL | undefined {
  const open = hazardIsOpen();
  const sources = filter.source ? storedSourcesShownAs(filter.source, audience) : null;
  return and(
    hazardInScope(scope),
    filter.status.length > 0 ? inArray(hazards.status, filter.status) : undefined,
    filter.level ? eq(hazards.level, filter.level) : undefined,
    filter.sector ? inArray(hazards.sector, filter.sector.split(',').filter(Boolean)) : undefined,
    sources === null ? undefined : sources.length > 0 ? inArray(hazards.source, sources) : sql`false`,
    filter.regionCode ? sql`${hazards.regionCode} LIKE ${`${regionPrefix(filter.regionCode)}%`}` : undefined,
    filter.overdue === 'true' ? and(open, lt(hazards.deadline, today)) : undefined,
    filter.overdue === 'false' ? or(sql`NOT ${open}`, sql`${hazards.deadline} >= ${today}`) : undefined,
    filter.listed === 'true' ? isNotNull(hazards.listing) : filter.listed === 'false' ? isNull(hazards.listing) : undefined,
    filter.period === 'stock' ? lte(hazards.foundAt, STOCK_CUTOFF) : filter.period === 'increment' ? gt(hazards.foundAt, STOCK_CUTOFF) : undefined,
    filter.ageing ? overdueBetween(open, today, ageingBucketRange(filter.ageing)) : undefined,
    filter.longStanding === 'true' ? overdueBetween(open, today, LONG_STANDING_RANGE) : undefined,
    filter.dueSoon === 'true' ? and(open, gte(hazards.deadline, today), lte(hazards.deadline, addDays(today, DUE_SOON_DAYS))) : undefined,
    filter.extension === 'pending' ? and(eq(hazards.status, 'rectifying'), isNotNull(hazards.pendingExtension)) : undefined,
    filter.returned === 'true'
      ? and(eq(hazards.status, 'rectifying'), sql`EXISTS (SELECT 1 FROM hazard_events e WHERE e.hazard_id = ${hazards.id} AND e.kind = 'return')`)
      : undefined,
    filter.selfFound === 'true' ? eq(hazards.source, SELF_FOUND_SOURCE) : filter.selfFound === 'false' ? sql`${hazards.source} <> ${SELF_FOUND_SOURCE}` : undefined,
    filter.foundFrom ? gte(hazards.foundAt, filter.foundFrom) : undefined,
    filter.foundTo ? lte(hazards.foundAt, filter.foundTo) : undefined,
    filter.listingLevel ? sql`${listingLevelSql()} = ${filter.listingLevel}` : undefined,
    filter.enterpriseId ? eq(hazards.enterpriseId, filter.enterpriseId) : undefined,
    filter.q ? keywordWhere(filter.q) : undefined,
  );
}

/** `%text%` for LIKE with the user's own % and _ taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The keyword search of the hazard list: title, description, enterprise name, and any part of the 隐患编号
 * (000066 finds 341621-2025-000066). Inside the scope and filter conditions, so it only narrows what the caller sees.
 */
function keywordWhere(q: string): SQL | undefined {
  const pattern = containing(q.trim());
  return or(ilike(hazards.title, pattern), ilike(hazards.description, pattern), ilike(hazards.hazardNo, pattern), ilike(enterprises.name, pattern));
}

/** 即将到期: the deadline is today or within this many days. */
export const DUE_SOON_DAYS = 7;

/** Open and overdue by between min and max days (max null: unbounded) as of today: deadline ∈ [today − max, today − min]. */
function overdueBetween(open: SQL, today: string, range: { min: number; max: number | null }): SQL | undefined {
  return and(open, lte(hazards.deadline, addDays(today, -range.min)), range.max === null ? undefined : gte(hazards.deadline, addDays(today, -range.max)));
}

/**
 * The 挂牌督办 level of a hazard: its current listing, or for one delisted since, the level of its last `list`
 * event (closed listed hazards keep their level). Null when it was never listed. With `asOf` (statistics as of a
 * past D): the last `list` event before `asOf.cut`, else a ledger listing whose listedAt is on or before D.
 */
export function listingLevelSql(asOf?: { cut: string; date: string }): SQL {
  if (asOf === undefined) {
    return sql`COALESCE(hazards.listing->>'level', (SELECT e.payload->>'level' FROM hazard_events e WHERE e.hazard_id = hazards.id AND e.kind = 'list' ORDER BY e.seq DESC LIMIT 1))`;
  }
  return sql`COALESCE((SELECT e.payload->>'level' FROM hazard_events e WHERE e.hazard_id = hazards.id AND e.kind = 'list' AND e.at < ${asOf.cut}::timestamptz ORDER BY e.seq DESC LIMIT 1),
    CASE WHEN left(hazards.listing->>'listedAt', 10) <= ${asOf.date} THEN hazards.listing->>'level' END)`;
}

const listColumns = {
  hazard: hazards,
  enterpriseName: enterprises.name,
  enterpriseUscc: enterprises.uscc,
  regionName: regions.name,
};

const joined = (db: Db) =>
  db
    .select(listColumns)
    .from(hazards)
    .innerJoin(enterprises, eq(enterprises.id, hazards.enterpriseId))
    .innerJoin(regions, eq(regions.code, hazards.regionCode));

export async function listHazards(db: Db, scope: Scope, filter: HazardFilter, today: string, audience: Audience, page: number, pageSize: number) {
  const where = filterWhere(scope, filter, today, audience);
  const [items, [total]] = await Promise.all([
    joined(db).where(where).orderBy(desc(hazards.foundAt), desc(hazards.hazardNo)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(hazards).innerJoin(enterprises, eq(enterprises.id, hazards.enterpriseId)).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The filtered, scoped hazards in batches, by 隐患编号 (unique: the keyset of the next batch). */
export async function* iterateHazards(db: Db, scope: Scope, filter: HazardFilter, today: string, audience: Audience, batchSize = 1000) {
  let after: string | null = null;
  for (;;) {
    const rows: Awaited<ReturnType<typeof listHazards>>['items'] = await joined(db)
      .where(and(filterWhere(scope, filter, today, audience), after ? gt(hazards.hazardNo, after) : undefined))
      .orderBy(asc(hazards.hazardNo))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]?.hazard.hazardNo ?? null;
  }
}

/** The events of these hazards the ledger prints (整改完成, 验收, the import's own columns), with the org of who recorded them. */
export async function ledgerEventsOf(db: Db, hazardIds: readonly string[]) {
  if (hazardIds.length === 0) return [];
  return db
    .select({ hazardId: hazardEvents.hazardId, kind: hazardEvents.kind, at: hazardEvents.at, payload: hazardEvents.payload, actorOrgName: orgs.name })
    .from(hazardEvents)
    .leftJoin(users, eq(users.id, hazardEvents.actorId))
    .leftJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(inArray(hazardEvents.hazardId, [...hazardIds]), inArray(hazardEvents.kind, ['complete', 'verify', 'imported'])))
    .orderBy(asc(hazardEvents.hazardId), asc(hazardEvents.seq));
}

const hazardById = preparedRead('hazards_by_id_in_scope', (db) =>
  joined(db)
    .where(and(eq(hazards.id, sql.placeholder('id')), scopeWhereByParams(HAZARD_SCOPE_COLUMNS)))
    .limit(1),
);

/** The hazard within scope, or null (out of scope reads as absent): prepared once, every action and view reads it. */
export async function findHazard(db: Db, scope: Scope, id: string) {
  const [row] = await hazardById(db).execute({ id, ...scopeParams(scope) });
  return row ?? null;
}

const EVENT_COLUMNS = getTableColumns(hazardEvents);
const CRITERION_COLUMNS = { id: criteria.id, standardId: criteria.standardId, text: criteria.text, topic: criteria.topic };
const NOTICE_COLUMNS = {
  id: notifications.id,
  channel: notifications.channel,
  recipientName: notifications.recipientName,
  template: notifications.template,
  status: notifications.status,
  createdAt: notifications.createdAt,
  sentAt: notifications.sentAt,
};
type CriterionItem = Awaited<ReturnType<typeof findCriteria>>[number];
type NoticeItem = Pick<typeof notifications.$inferSelect, keyof typeof NOTICE_COLUMNS>;

const viewParts = preparedRead('hazards_view_parts', (db) =>
  db
    .select({
      events: sql<Record<string, unknown>[]>`(SELECT ${jsonRows(EVENT_COLUMNS, sql`ORDER BY ${hazardEvents.seq}`)} FROM ${hazardEvents} WHERE ${hazardEvents.hazardId} = ${sql.placeholder('hazardId')})`,
      criteria: sql<Record<string, unknown>[]>`(SELECT ${jsonRows(CRITERION_COLUMNS)} FROM ${criteria} WHERE ${criteria.id} = ANY(${sql.placeholder('criterionIds')}::text[]))`,
      orgName: sql<string | null>`(SELECT ${orgs.name} FROM ${orgs} WHERE ${orgs.id} = ${sql.placeholder('orgId')})`,
      userName: sql<string | null>`(SELECT ${users.displayName} FROM ${users} WHERE ${users.id} = ${sql.placeholder('userId')})`,
      notifications: sql<Record<string, unknown>[]>`(SELECT ${jsonRows(NOTICE_COLUMNS, sql`ORDER BY ${notifications.createdAt}, ${notifications.id}`)} FROM ${notifications} WHERE ${notifications.hazardId} = ${sql.placeholder('hazardId')})`,
      version: sql<number | null>`(SELECT ${hazards.version} FROM ${hazards} WHERE ${hazards.id} = ${sql.placeholder('hazardId')})`,
    })
    .from(sql`(SELECT 1) AS one`),
);

/**
 * What a hazard's view shows beside the row, in one statement (one round trip where four reads were): its
 * timeline, its criteria in the order it names them, who found it, and the notices sent about it. The caller has
 * loaded the hazard within scope. Recipient names come back as stored; the presenter masks them for audiences that
 * should not see them (maskName).
 */
export async function findHazardViewParts(db: Db, hazard: Pick<HazardRow, 'id' | 'version' | 'criterionIds' | 'foundByOrgId' | 'foundByUserId'>) {
  const [row] = await viewParts(db).execute({ hazardId: hazard.id, criterionIds: arrayParam(hazard.criterionIds), orgId: hazard.foundByOrgId, userId: hazard.foundByUserId });
  if (!row) throw new Error('the view parts statement returned no row');
  const events = row.events.map((raw) => hazardEventOf(fromDriverRow<typeof hazardEvents.$inferSelect>(EVENT_COLUMNS, raw)));
  return {
    // The stored version is read in the same snapshot as the events: a change committed after the row shown was read
    // (a notice delivered right after this very write) leaves the row with its own events (eventsOfRow).
    events: eventsOfRow(events, hazard.version, row.version),
    criteria: inOrderAsked(hazard.criterionIds, row.criteria.map((raw) => fromDriverRow<CriterionItem>(CRITERION_COLUMNS, raw))),
    finder: { orgName: row.orgName, userName: row.userName },
    notifications: row.notifications.map((raw) => fromDriverRow<NoticeItem>(NOTICE_COLUMNS, raw)),
  };
}

/** The org of a user (who recorded an event): its id and name, or null for a user without one. */
export async function findUserOrg(db: Db, userId: string): Promise<{ id: string; name: string } | null> {
  const [row] = await db.select({ id: orgs.id, name: orgs.name }).from(users).innerJoin(orgs, eq(orgs.id, users.orgId)).where(eq(users.id, userId)).limit(1);
  return row ?? null;
}

const criteriaById = preparedRead('hazards_criteria_by_id', (db) =>
  db
    .select(CRITERION_COLUMNS)
    .from(criteria)
    .where(sql`${criteria.id} = ANY(${sql.placeholder('ids')}::text[])`),
);

/** The criteria of these ids that exist, in the order asked. */
export async function findCriteria(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return inOrderAsked(ids, await criteriaById(db).execute({ ids: arrayParam(ids) }));
}

/** The criteria found, in the order of the ids asked for (ids not found left out). */
function inOrderAsked<C extends { id: string }>(ids: readonly string[], found: readonly C[]): C[] {
  const byId = new Map(found.map((c) => [c.id, c]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const hazardSeqsCall = prepareOnce('zhiben_hazard_seqs', () =>
  sql`SELECT zhiben_hazard_seqs(${sql.placeholder('countyCode')}, ${sql.placeholder('year')}::integer, ${sql.placeholder('count')}::integer) AS seqs`);

/**
 * The next `count` hazard numbers of a county and year, ascending. One statement on the county's sequence
 * (zhiben_hazard_seqs, migration …_hazard_number_sequences): nextval is atomic and outside the transaction, so
 * concurrent creates in a county never share a number and never wait for each other's commit. Numbers are never
 * reused; a create that fails after this leaves a gap. Not necessarily consecutive when others take numbers at
 * the same time.
 */
export async function nextHazardSeqs(tx: Db, countyCode: string, year: number, count: number): Promise<number[]> {
  const [row] = await runPrepared<{ seqs: number[] }>(tx, hazardSeqsCall(), { countyCode, year, count });
  if (row?.seqs.length !== count) throw new Error('hazard number allocation returned the wrong count');
  return row.seqs;
}

/** Next number for a county and year (see nextHazardSeqs). */
export async function nextHazardSeq(tx: Db, countyCode: string, year: number): Promise<number> {
  const [seq] = await nextHazardSeqs(tx, countyCode, year, 1);
  if (seq === undefined) throw new Error('hazard number allocation returned nothing');
  return seq;
}

/** A number kept from an imported ledger: its county's sequence moves past it (never backwards), so it is never issued. */
export async function keepHazardSeq(tx: Db, countyCode: string, year: number, seq: number): Promise<void> {
  await tx.execute(sql`SELECT zhiben_hazard_seq_keep(${countyCode}, ${year}::integer, ${seq}::integer)`);
}

/** Inserts hazards (one from the API, a batch from a ledger) and returns them as written. */
export async function insertHazards(tx: Db, values: readonly (typeof hazards.$inferInsert)[]): Promise<HazardRow[]> {
  return insertRowsReturning(tx, hazards, values);
}

export async function insertHazard(tx: Db, values: typeof hazards.$inferInsert): Promise<string> {
  return (await insertHazardRow(tx, values)).id;
}

export async function insertHazardRow(tx: Db, values: typeof hazards.$inferInsert): Promise<HazardRow> {
  const [row] = await insertHazards(tx, [values]);
  if (!row) throw new Error('hazard insert returned nothing');
  return row;
}

/**
 * The compare-and-set every transition uses: only if status and version are still what the caller saw. Returns
 * the hazard as written (version + 1), or null when someone else changed it first.
 */
export async function compareAndSetHazard(tx: Db, row: Pick<HazardRow, 'id' | 'status' | 'version'>, values: Partial<typeof hazards.$inferInsert>): Promise<HazardRow | null> {
  return compareAndSetRow(tx, hazards, row, values);
}

/** Open hazards of one enterprise (already checked in scope by the caller), for duplicate detection. */
export async function openHazardsOfEnterprise(db: Db, scope: Scope, enterpriseId: string) {
  return db
    .select({ id: hazards.id, hazardNo: hazards.hazardNo, title: hazards.title, status: hazards.status, location: hazards.location, criterionIds: hazards.criterionIds, fingerprint: hazards.fingerprint })
    .from(hazards)
    .where(and(hazardInScope(scope), eq(hazards.enterpriseId, enterpriseId), hazardIsOpen()))
    .limit(500);
}

const idempotencyKeyOf = preparedRead('hazards_idempotency_key', (db) =>
  db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, sql.placeholder('userId')), eq(idempotencyKeys.key, sql.placeholder('key'))))
    .limit(1),
);

export async function findIdempotencyKey(db: Db, userId: string, key: string) {
  const [row] = await idempotencyKeyOf(db).execute({ userId, key });
  return row ?? null;
}

export async function insertIdempotencyKey(tx: Db, values: typeof idempotencyKeys.$inferInsert) {
  await insertRows(tx, idempotencyKeys, [values]);
}

export async function enterpriseSectorsOf(db: Db, enterpriseId: string) {
  const [row] = await db.select({ sectors: enterprises.sectors, regionCode: enterprises.regionCode }).from(enterprises).where(eq(enterprises.id, enterpriseId)).limit(1);
  return row ?? null;
}

// ---- ledger import look-ups (ledger.resolve.ts) ----

/**
 * Which of these 隐患编号 are taken, anywhere. Skips scope on purpose: numbers are unique nationally, so a
 * clash outside scope must be found before the insert; only the number and an in-scope flag leave here.
 */
export async function unsafeHazardNoOwnership(db: Db, scope: Scope, numbers: readonly string[]): Promise<Map<string, boolean>> {
  if (numbers.length === 0) return new Map<string, boolean>();
  const rows = await db.select({ hazardNo: hazards.hazardNo, inScope: sql<boolean>`(${hazardInScope(scope)})` }).from(hazards).where(inArray(hazards.hazardNo, [...numbers]));
  return new Map(rows.map((r) => [r.hazardNo, r.inScope]));
}

/** The duplicate key of a finding: same enterprise, 发现日期 and 隐患描述. */
export const hazardDuplicateKey = (enterpriseId: string, foundAt: string, description: string): string =>
  createHash('sha1').update(`${enterpriseId}\n${foundAt}\n${description}`).digest('base64');

/**
 * Hazards of these (in-scope) enterprises with one of these 发现日期, as duplicate keys. Skips the sector part of
 * a regulator's scope on purpose: the same finding recorded under another department's sector is still the
 * same hazard, and only a key hash leaves this function.
 */
export async function unsafeExistingHazardKeys(db: Db, rows: readonly { enterpriseId: string; foundAt: string; description: string }[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set<string>();
  const distinct = <T>(values: T[]) => [...new Set(values)];
  const found = await db
    .select({ enterpriseId: hazards.enterpriseId, foundAt: hazards.foundAt, description: hazards.description })
    .from(hazards)
    .where(
      and(
        inArray(hazards.enterpriseId, distinct(rows.map((r) => r.enterpriseId))),
        inArray(hazards.foundAt, distinct(rows.map((r) => r.foundAt))),
        inArray(hazards.description, distinct(rows.map((r) => r.description))),
      ),
    );
  return new Set(found.map((r) => hazardDuplicateKey(r.enterpriseId, r.foundAt, r.description)));
}

/** Names of orgs (the ledger export's 发现单位). Reference-like: org names are not business data. */
export async function orgNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every known criterion id (the ledger keeps only the ids it can resolve). */
export async function allCriterionIds(db: Db): Promise<Set<string>> {
  return new Set((await db.select({ id: criteria.id }).from(criteria)).map((c) => c.id));
}

/** Hazard rows in id order after `afterId`, for the integrity check of every hazard (no scope: an operator's command). */
export async function systemHazardBatch(db: Db, afterId: string | null, limit: number): Promise<HazardRow[]> {
  return db.select().from(hazards).where(afterId ? gt(hazards.id, afterId) : undefined).orderBy(asc(hazards.id)).limit(limit);
}

// Serialises commit batches of concurrent ledger imports (advisory lock key; the audit chain uses 7_270_001).
const HAZARD_IMPORT_LOCK = 7_270_101;

/** Taken first in a ledger batch's transaction, so a concurrent import of the same ledger waits and then sees this batch's rows. */
export async function lockLedgerImports(tx: Db): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${HAZARD_IMPORT_LOCK})`);
}
