import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Scope } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { criteria, enterprises, hazards, standards } from '../../db/schema/index.ts';
import { hazardInScope } from '../hazards/hazards.repository.ts';

// Reference data (criteria, standards) is public: no scope. Hazards are read within the caller's scope.

export async function allCriteria(db: Db) {
  return db
    .select({ id: criteria.id, standardId: criteria.standardId, text: criteria.text, topic: criteria.topic, group: criteria.group, clause: criteria.clause })
    .from(criteria);
}

export async function allStandards(db: Db) {
  return db.select({ id: standards.id, title: standards.title, effective: standards.effective, textIncluded: standards.textIncluded }).from(standards);
}

/** Hazards found in the period, most recent first, at most `limit` (+1 to tell whether there were more). */
export async function hazardsForQuality(db: Db, scope: Scope, period: { from: string; to: string }, limit: number) {
  return db
    .select({
      id: hazards.id,
      hazardNo: hazards.hazardNo,
      title: hazards.title,
      description: hazards.description,
      level: hazards.level,
      status: hazards.status,
      criterionIds: hazards.criterionIds,
      foundAt: hazards.foundAt,
      enterpriseName: enterprises.name,
    })
    .from(hazards)
    .innerJoin(enterprises, eq(enterprises.id, hazards.enterpriseId))
    .where(and(hazardInScope(scope), gte(hazards.foundAt, period.from), lte(hazards.foundAt, period.to), sql`${hazards.status} NOT IN ('merged', 'dismissed')`))
    .orderBy(desc(hazards.foundAt), desc(hazards.id))
    .limit(limit + 1);
}
