import { asc, count, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { enterprises, loginThrottle, orgs, users } from '../../db/schema/index.ts';

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
  lockedUntil: loginThrottle.lockedUntil,
  totpEnabled: users.totpEnabled,
  lastLoginAt: users.lastLoginAt,
};

const base = (db: Db) =>
  db
    .select(columns)
    .from(users)
    .leftJoin(orgs, eq(orgs.id, users.orgId))
    .leftJoin(enterprises, eq(enterprises.id, users.enterpriseId))
    .leftJoin(loginThrottle, eq(loginThrottle.username, users.username));

export async function listUsers(db: Db, q: string | undefined, page: number, pageSize: number) {
  const where = q ? or(ilike(users.username, `%${q}%`), ilike(users.displayName, `%${q}%`)) : undefined;
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
  const [row] = await db.select({ kind: orgs.kind }).from(orgs).where(eq(orgs.id, orgId)).limit(1);
  return row?.kind ?? null;
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

export async function unsafeEnterpriseExists(db: Db, id: string) {
  const [row] = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.id, id)).limit(1);
  return row !== undefined;
}
