// 差异化监管 (MODULES A-4): each operating enterprise's class for the month, computed from its facts by core
// classifyEnterprise and kept per month; recomputed for a region on request and when its watch list changes, and
// filled in for the month at start and on the first read of a month that has none.
import { classifyEnterprise, defaultSupervisionSettings, regionPrefix, type Scope, type SupervisionSettings } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { appendAudit } from '../audit/audit.repository.ts';
import { highRiskSectorCodes } from '../principal-checks/principal-checks.periods.ts';
import * as repo from './supervision.repository.ts';

export const periodOf = (today: string): string => today.slice(0, 7);

/** Computes and stores the month's classes of every operating enterprise under `prefix`; returns the count per class. */
export async function computeClasses(db: Db, prefix: string, today: string, settings: SupervisionSettings = defaultSupervisionSettings): Promise<Record<'A' | 'B' | 'C', number>> {
  const facts = await repo.systemClassFacts(db, prefix, today, await highRiskSectorCodes(db));
  const counts = { A: 0, B: 0, C: 0 };
  const rows = facts.map((f) => {
    const c = classifyEnterprise(f, settings);
    counts[c.class] += 1;
    return { enterpriseId: f.enterpriseId, period: periodOf(today), regionCode: f.regionCode, sectors: f.sectors, class: c.class, score: c.score, reasons: c.reasons, computedOn: today };
  });
  await db.transaction(async (tx) => repo.replaceClasses(tx, periodOf(today), prefix, rows));
  return counts;
}

/** The month's classes for a region exist (computed now if not): what reads and draws call first. */
export async function ensureClasses(db: Db, prefix: string, today: string): Promise<void> {
  if (!(await repo.hasClasses(db, periodOf(today), prefix))) await computeClasses(db, prefix, today);
}

export const scopePrefix = (scope: Scope): string | null => (scope.kind === 'region' ? scope.regionPrefix : null);

type Who = { userId: string; name: string; ip: string | null; orgId: string };

/** Adds (or re-words) an enterprise on the 不放心企业 list and recomputes its region's month; audited. */
export async function watch(db: Db, who: Who, enterprise: { id: string; regionCode: string }, reason: string, now: Date, today: string): Promise<void> {
  await db.transaction(async (tx) => {
    await repo.putWatch(tx, { enterpriseId: enterprise.id, orgId: who.orgId, reason, addedBy: who.userId, addedAt: now });
    await appendAudit(tx, { at: now, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'supervision.watch', entityType: 'enterprise', entityId: enterprise.id, regionCode: enterprise.regionCode, detail: { reason } });
  });
  await computeClasses(db, regionPrefix(enterprise.regionCode), today);
}

export async function unwatch(db: Db, who: Who, enterprise: { id: string; regionCode: string }, now: Date, today: string): Promise<boolean> {
  const removed = await db.transaction(async (tx) => {
    const done = await repo.removeWatch(tx, enterprise.id);
    if (done) await appendAudit(tx, { at: now, actorUserId: who.userId, actorName: who.name, ip: who.ip, action: 'supervision.unwatch', entityType: 'enterprise', entityId: enterprise.id, regionCode: enterprise.regionCode, detail: {} });
    return done;
  });
  if (removed) await computeClasses(db, regionPrefix(enterprise.regionCode), today);
  return removed;
}
