import { and, asc, count, desc, eq, ilike, inArray, like, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { enterprises, loginAddressThrottle, loginThrottle, orgs, userGrants, users } from '../../db/schema/index.ts';

// User administration is the sysadmin's job across the instance; these reads are not business-data scoped.
const columns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  roles: users.roles,
  orgId: users.orgId,
  orgName: orgs.name,
  orgKind: orgs.kind,
  enterpriseId: users.enterpriseId,
  enterpriseName: enterprises.name,
  disabled: users.disabled,
  // Locked from anywhere (account) or from some address: the administrator sees either, and unlock clears both.
  lockedUntil: sql<Date | null>`GREATEST(${loginThrottle.lockedUntil}, (SELECT max(${loginAddressThrottle.lockedUntil}) FROM ${loginAddressThrottle} WHERE ${loginAddressThrottle.username} = ${users.username}))`.mapWith(loginThrottle.lockedUntil),
  totpEnabled: users.totpEnabled,
  lastLoginAt: users.lastLoginAt,
  mustChangePassword: users.mustChangePassword,
};

const base = (db: Db) =>
  db
    .select(columns)
    .from(users)
    .leftJoin(orgs, eq(orgs.id, users.orgId))
    .leftJoin(enterprises, eq(enterprises.id, users.enterpriseId))
    .leftJoin(loginThrottle, eq(loginThrottle.username, users.username));

/** `onlyRoles`: the security officer sees the accounts it manages (auditors) only. */
export async function listUsers(db: Db, q: string | undefined, page: number, pageSize: number, onlyRoles: string[] | null = null) {
  const where = and(
    q ? or(ilike(users.username, `%${q}%`), ilike(users.displayName, `%${q}%`)) : undefined,
    onlyRoles ? sql`${users.roles} <@ ${sql.param(onlyRoles)}::text[] AND cardinality(${users.roles}) > 0` : undefined,
  );
  const [items, [total]] = await Promise.all([
    base(db).where(where).orderBy(asc(users.username)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findUser(db: Db, id: string) {
  const [row] = await base(db).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function usernameTaken(db: Db, username: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  return row !== undefined;
}

export async function insertUser(db: Db, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  if (!row) throw new Error('user insert returned nothing');
  return row.id;
}

export async function updateUser(db: Db, id: string, values: Partial<typeof users.$inferInsert>) {
  await db.update(users).set(values).where(eq(users.id, id));
}

export async function orgKindOf(db: Db, orgId: string) {
  const [row] = await db.select({ kind: orgs.kind, regionCode: orgs.regionCode }).from(orgs).where(eq(orgs.id, orgId)).limit(1);
  return row ?? null;
}

/**
 * Unscoped enterprise name lookup for linking an enterprise account (sysadmin has no business-data scope,
 * but must be able to pick the enterprise a user belongs to). Returns identity fields only.
 */
export async function unsafeEnterpriseOptions(db: Db, q: string | undefined) {
  return db
    .select({ id: enterprises.id, name: enterprises.name, uscc: enterprises.uscc })
    .from(enterprises)
    .where(q ? or(ilike(enterprises.name, `%${q}%`), eq(enterprises.uscc, q.toUpperCase())) : undefined)
    .orderBy(asc(enterprises.name))
    .limit(20);
}

/** Region of the enterprise an account is linked to, or null; existence only, no business data. */
export async function unsafeEnterpriseRegion(db: Db, id: string) {
  const [row] = await db.select({ regionCode: enterprises.regionCode }).from(enterprises).where(eq(enterprises.id, id)).limit(1);
  return row?.regionCode ?? null;
}

// ---- pending grants (two-person rule) ----

const requester = alias(users, 'requester');
const grantColumns = {
  id: userGrants.id,
  userId: userGrants.userId,
  username: users.username,
  displayName: users.displayName,
  currentRoles: users.roles,
  roles: userGrants.roles,
  orgId: userGrants.orgId,
  orgName: orgs.name,
  enterpriseId: userGrants.enterpriseId,
  enterpriseName: enterprises.name,
  regionCode: userGrants.regionCode,
  status: userGrants.status,
  reason: userGrants.reason,
  requestedBy: userGrants.requestedBy,
  requestedByName: requester.displayName,
  requestedAt: userGrants.requestedAt,
  decidedAt: userGrants.decidedAt,
  note: userGrants.note,
  version: userGrants.version,
};
const grantBase = (db: Db) =>
  db
    .select(grantColumns)
    .from(userGrants)
    .innerJoin(users, eq(users.id, userGrants.userId))
    .innerJoin(requester, eq(requester.id, userGrants.requestedBy))
    .leftJoin(orgs, eq(orgs.id, userGrants.orgId))
    .leftJoin(enterprises, eq(enterprises.id, userGrants.enterpriseId));
export type GrantRow = Awaited<ReturnType<typeof findGrant>> & object;

export async function findGrant(db: Db, id: string) {
  const [row] = await grantBase(db).where(eq(userGrants.id, id)).limit(1);
  return row ?? null;
}

/** Pending grants whose org or enterprise lies in the region prefix (the confirming 安委办's area). */
export async function listPendingGrants(db: Db, regionPrefix: string) {
  return grantBase(db)
    .where(and(eq(userGrants.status, 'pending'), like(userGrants.regionCode, `${regionPrefix}%`)))
    .orderBy(desc(userGrants.requestedAt))
    .limit(200);
}

export async function pendingGrantsOf(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return new Map<string, NonNullable<Awaited<ReturnType<typeof findGrant>>>>();
  const rows = await grantBase(db).where(and(eq(userGrants.status, 'pending'), inArray(userGrants.userId, [...userIds])));
  return new Map(rows.map((r) => [r.userId, r]));
}

export async function insertGrant(db: Db, values: typeof userGrants.$inferInsert) {
  const [row] = await db.insert(userGrants).values(values).returning({ id: userGrants.id });
  if (!row) throw new Error('grant insert returned nothing');
  return row.id;
}

/** A newer request replaces the pending one of the same account. */
export async function cancelPendingGrants(db: Db, userId: string, at: Date) {
  await db
    .update(userGrants)
    .set({ status: 'cancelled', decidedAt: at, version: sql`${userGrants.version} + 1` })
    .where(and(eq(userGrants.userId, userId), eq(userGrants.status, 'pending')));
}

/** Compare-and-set on status: only one of two concurrent decisions wins. */
export async function decideGrant(db: Db, id: string, status: 'confirmed' | 'rejected', decidedBy: string, at: Date, note: string) {
  const rows = await db
    .update(userGrants)
    .set({ status, decidedBy, decidedAt: at, note, version: sql`${userGrants.version} + 1` })
    .where(and(eq(userGrants.id, id), eq(userGrants.status, 'pending')))
    .returning({ id: userGrants.id });
  return rows.length === 1;
}
