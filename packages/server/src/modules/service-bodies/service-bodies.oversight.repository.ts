// 第三方服务机构, continued: 安责险 policies and the insurer's prevention visits, 资质保持/过程控制/执业行为 checks, and the
// registers of 执法技术检查员 and 社会监督员. Policies and checks are read by their body's id: the route has loaded the
// body within scope (404 otherwise).
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Scope, SupervisionPersonKind, SupervisionPersonStatus } from '@zhiben/core';
import { rowsOf, type Db } from '../../db/client.ts';
import { enterprises, insurancePolicies, orgs, serviceBodies, serviceBodyChecks, serviceReviewDraws, supervisionPeople } from '../../db/schema/index.ts';
import { scopeWhere } from '../../lib/scope-sql.ts';

export type PolicyRow = typeof insurancePolicies.$inferSelect;
export type CheckRow = typeof serviceBodyChecks.$inferSelect;
export type PersonRow = typeof supervisionPeople.$inferSelect;

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// ---- 安责险 policies ----

export async function listPolicies(db: Db, bodyId: string): Promise<(PolicyRow & { enterpriseName: string })[]> {
  const rows = await db
    .select({ policy: insurancePolicies, enterpriseName: enterprises.name })
    .from(insurancePolicies)
    .innerJoin(enterprises, eq(enterprises.id, insurancePolicies.enterpriseId))
    .where(eq(insurancePolicies.bodyId, bodyId))
    .orderBy(desc(insurancePolicies.periodFrom), asc(enterprises.name), asc(insurancePolicies.id));
  return rows.map((r) => ({ ...r.policy, enterpriseName: r.enterpriseName }));
}

/**
 * Serialises policy writes of one body and enterprise for the rest of the transaction, so two overlapping policies
 * sent at once cannot both pass the overlap check.
 */
export async function lockPolicies(tx: Db, bodyId: string, enterpriseId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`insurance_policies|${bodyId}|${enterpriseId}`}, 0))`);
}

/** A policy of the body and enterprise whose period shares a day with from..to, if any. */
export async function overlappingPolicy(tx: Db, bodyId: string, enterpriseId: string, from: string, to: string): Promise<PolicyRow | null> {
  const [row] = await tx
    .select()
    .from(insurancePolicies)
    .where(and(eq(insurancePolicies.bodyId, bodyId), eq(insurancePolicies.enterpriseId, enterpriseId), sql`${insurancePolicies.periodFrom} <= ${to}::date`, sql`${insurancePolicies.periodTo} >= ${from}::date`))
    .limit(1);
  return row ?? null;
}

export async function insertPolicy(tx: Db, values: typeof insurancePolicies.$inferInsert): Promise<PolicyRow> {
  const [row] = await tx.insert(insurancePolicies).values(values).returning();
  if (!row) throw new Error('policy insert returned nothing');
  return row;
}

/**
 * The insurer's prevention visits: closed inspections of kind 保险机构事故预防服务 of an insured enterprise, dated
 * within one of its policy periods, with a 第三方人员 member whose unit (org_name) is the body's name — the link the
 * inspection form records, as for purchased inspections (listContracts). `year` further keeps visits of that year.
 */
const visitsSql = (bodyIds: SQL, year: number | null) => sql`
  SELECT DISTINCT p.body_id, extract(year FROM p.period_from)::int AS policy_year, i.id, i.enterprise_id, i.findings
  FROM insurance_policies p
  JOIN service_bodies b ON b.id = p.body_id
  JOIN inspections i ON i.enterprise_id = p.enterprise_id AND i.kind = 'insurer_service' AND i.status = 'closed'
    AND i.check_date BETWEEN p.period_from AND p.period_to
  WHERE p.body_id IN (${bodyIds})
    ${year === null ? sql`` : sql`AND extract(year FROM i.check_date)::int = ${year}`}
    AND EXISTS (SELECT 1 FROM inspection_members m WHERE m.inspection_id = i.id AND m.role = 'third_party' AND m.org_name = b.name)`;

export type PolicyYearFigures = { policyYear: number; insured: number; visited: number; hazards: number };

/** Per policy year (the year a policy starts): enterprises insured, those visited within their policy, hazards found. */
export async function policyYearFigures(db: Db, bodyId: string): Promise<PolicyYearFigures[]> {
  const result = await db.execute(sql`
    WITH v AS (${visitsSql(sql`${bodyId}::uuid`, null)}),
    p AS (SELECT extract(year FROM period_from)::int AS policy_year, count(DISTINCT enterprise_id)::int AS insured FROM insurance_policies WHERE body_id = ${bodyId}::uuid GROUP BY 1)
    SELECT p.policy_year AS "policyYear", p.insured,
      (SELECT count(DISTINCT v.enterprise_id)::int FROM v WHERE v.policy_year = p.policy_year) AS visited,
      (SELECT coalesce(sum(v.findings), 0)::int FROM v WHERE v.policy_year = p.policy_year) AS hazards
    FROM p ORDER BY p.policy_year DESC`);
  return rowsOf<PolicyYearFigures>(result);
}

export type InsurerFigures = { bodyId: string; name: string; insured: number; visited: number; hazards: number };

/** Per insurer in scope, for a calendar year: enterprises insured at some day of the year, those visited that year within their policy, hazards found. */
export async function insurerFigures(db: Db, scope: Scope, year: number): Promise<InsurerFigures[]> {
  const bodies = await db
    .select({ id: serviceBodies.id, name: serviceBodies.name })
    .from(serviceBodies)
    .where(and(eq(serviceBodies.type, 'insurer'), scope.kind === 'region' ? scopeWhere({ ...scope, sectors: null }, { regionCode: serviceBodies.regionCode, enterpriseId: serviceBodies.orgId }) : sql`false`))
    .orderBy(asc(serviceBodies.name), asc(serviceBodies.id));
  if (bodies.length === 0) return [];
  const ids = sql.join(bodies.map((b) => sql`${b.id}::uuid`), sql`, `);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const result = await db.execute(sql`
    WITH v AS (${visitsSql(ids, year)})
    SELECT b.id AS "bodyId",
      (SELECT count(DISTINCT p.enterprise_id)::int FROM insurance_policies p WHERE p.body_id = b.id AND p.period_from <= ${to}::date AND p.period_to >= ${from}::date) AS insured,
      (SELECT count(DISTINCT v.enterprise_id)::int FROM v WHERE v.body_id = b.id) AS visited,
      (SELECT coalesce(sum(v.findings), 0)::int FROM (SELECT DISTINCT v.id, v.findings FROM v WHERE v.body_id = b.id) v) AS hazards
    FROM service_bodies b WHERE b.id IN (${ids})`);
  const byId = new Map(rowsOf<{ bodyId: string; insured: number; visited: number; hazards: number }>(result).map((r) => [r.bodyId, r]));
  return bodies.map((b) => ({ bodyId: b.id, name: b.name, insured: byId.get(b.id)?.insured ?? 0, visited: byId.get(b.id)?.visited ?? 0, hazards: byId.get(b.id)?.hazards ?? 0 }));
}

// ---- 资质保持/过程控制/执业行为 checks ----

export async function listChecks(db: Db, bodyId: string): Promise<CheckRow[]> {
  return db.select().from(serviceBodyChecks).where(eq(serviceBodyChecks.bodyId, bodyId)).orderBy(desc(serviceBodyChecks.checkedOn), desc(serviceBodyChecks.createdAt), asc(serviceBodyChecks.id));
}

export async function insertCheck(tx: Db, values: typeof serviceBodyChecks.$inferInsert): Promise<CheckRow> {
  const [row] = await tx.insert(serviceBodyChecks).values(values).returning();
  if (!row) throw new Error('check insert returned nothing');
  return row;
}

/** Failed checks per body dated within from..to (bodies without any are absent). */
export async function failedChecksIn(db: Db, bodyIds: readonly string[], from: string, to: string): Promise<Map<string, number>> {
  if (bodyIds.length === 0) return new Map();
  const rows = await db
    .select({ bodyId: serviceBodyChecks.bodyId, n: sql<number>`count(*)::int` })
    .from(serviceBodyChecks)
    .where(and(inArray(serviceBodyChecks.bodyId, [...bodyIds]), eq(serviceBodyChecks.result, 'fail'), sql`${serviceBodyChecks.checkedOn} BETWEEN ${from}::date AND ${to}::date`))
    .groupBy(serviceBodyChecks.bodyId);
  return new Map(rows.map((r) => [r.bodyId, r.n]));
}

/** The org's listed bodies, for the quarter's check sample. System read: the org is the caller's own, whose bodies lie in its region. */
export async function systemListedBodiesOfOrg(db: Db, orgId: string): Promise<{ id: string; name: string; type: (typeof serviceBodies.$inferSelect)['type'] }[]> {
  return db
    .select({ id: serviceBodies.id, name: serviceBodies.name, type: serviceBodies.type })
    .from(serviceBodies)
    .where(and(eq(serviceBodies.orgId, orgId), eq(serviceBodies.status, 'listed')))
    .orderBy(asc(serviceBodies.name), asc(serviceBodies.id));
}

export async function findDrawSeed(db: Db, orgId: string, quarter: string): Promise<string | null> {
  const [row] = await db.select({ seed: serviceReviewDraws.seed }).from(serviceReviewDraws).where(and(eq(serviceReviewDraws.orgId, orgId), eq(serviceReviewDraws.quarter, quarter))).limit(1);
  return row?.seed ?? null;
}

// ---- 执法技术检查员 / 社会监督员 ----

/** Like the bodies: officers whose region covers the owner org read the register, whatever their sectors. */
const personWhere = (scope: Scope): SQL => (scope.kind === 'region' ? scopeWhere({ ...scope, sectors: null }, { regionCode: supervisionPeople.regionCode, enterpriseId: supervisionPeople.orgId }) : sql`false`);

export type PersonFilter = { kind?: SupervisionPersonKind | undefined; status?: SupervisionPersonStatus | undefined; q?: string | undefined };

export async function listPeople(db: Db, scope: Scope, f: PersonFilter, page: number, pageSize: number): Promise<{ rows: (PersonRow & { orgName: string })[]; total: number }> {
  const where = and(
    personWhere(scope),
    f.kind ? eq(supervisionPeople.kind, f.kind) : undefined,
    f.status ? eq(supervisionPeople.status, f.status) : undefined,
    f.q ? sql`(${supervisionPeople.name} LIKE ${like(f.q)} OR ${supervisionPeople.employer} LIKE ${like(f.q)})` : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({ person: supervisionPeople, orgName: orgs.name })
      .from(supervisionPeople)
      .innerJoin(orgs, eq(orgs.id, supervisionPeople.orgId))
      .where(where)
      .orderBy(asc(supervisionPeople.kind), asc(supervisionPeople.name), asc(supervisionPeople.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(supervisionPeople).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r.person, orgName: r.orgName })), total: count?.n ?? 0 };
}

export async function findPerson(db: Db, scope: Scope, id: string): Promise<(PersonRow & { orgName: string }) | null> {
  const [row] = await db.select({ person: supervisionPeople, orgName: orgs.name }).from(supervisionPeople).innerJoin(orgs, eq(orgs.id, supervisionPeople.orgId)).where(and(eq(supervisionPeople.id, id), personWhere(scope))).limit(1);
  return row ? { ...row.person, orgName: row.orgName } : null;
}

export async function insertPerson(tx: Db, values: typeof supervisionPeople.$inferInsert): Promise<PersonRow> {
  const [row] = await tx.insert(supervisionPeople).values(values).returning();
  if (!row) throw new Error('person insert returned nothing');
  return row;
}

export async function updatePersonIfVersion(tx: Db, id: string, version: number, values: Partial<typeof supervisionPeople.$inferInsert>): Promise<PersonRow | null> {
  const [row] = await tx
    .update(supervisionPeople)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(supervisionPeople.id, id), eq(supervisionPeople.version, version)))
    .returning();
  return row ?? null;
}
