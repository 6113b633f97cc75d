import { allowedActions, isOpen, missingPlanFields, toHazardActor } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { chinaDate, daysBetween } from '../../lib/dates.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import { listHazardEvents, verifyStoredTimeline } from './hazard-events.repository.ts';
import { maskName } from '../notifications/notification-channels.ts';
import { listHazardNotifications } from '../notifications/notifications.repository.ts';
import * as repo from './hazards.repository.ts';
import { factsOf } from './hazards.service.ts';
import type { Evidence, HazardSource, HazardView, hazardListItem } from './hazards.schema.ts';
import type { z } from 'zod';

type Joined = NonNullable<Awaited<ReturnType<typeof repo.findHazard>>>;

/**
 * A hazard found through a tip never tells the enterprise so (举报人保护): enterprise users see the source as
 * 监管发现 (supervision) and no tip fields in the timeline.
 */
const visibleSource = (auth: AuthContext, source: HazardSource): HazardSource =>
  auth.scope.kind === 'enterprise' && source === 'tip' ? 'supervision' : source;

const TIP_FIELDS = ['tipId', 'tipNo', 'reporter'];
function visiblePayload(auth: AuthContext, payload: Record<string, unknown>): Record<string, unknown> {
  if (auth.scope.kind !== 'enterprise') return payload;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (TIP_FIELDS.includes(key)) continue;
    copy[key] = key === 'source' && value === 'tip' ? 'supervision' : value;
  }
  return copy;
}

function overdueOf(row: repo.HazardRow, today: string) {
  const overdue = isOpen(row.status) && row.deadline < today;
  return { overdue, overdueDays: overdue ? daysBetween(row.deadline, today) : 0 };
}

export function presentListItem(auth: AuthContext, joined: Joined, today: string): z.infer<typeof hazardListItem> {
  const row = joined.hazard;
  return {
    id: row.id,
    hazardNo: row.hazardNo,
    enterpriseId: row.enterpriseId,
    enterpriseName: joined.enterpriseName,
    regionCode: row.regionCode,
    regionName: joined.regionName,
    sector: row.sector,
    level: row.level,
    source: visibleSource(auth, row.source),
    title: row.title,
    foundAt: row.foundAt,
    deadline: row.deadline,
    status: row.status,
    ...overdueOf(row, today),
    listed: row.listing !== null,
    stock: row.foundAt <= repo.STOCK_CUTOFF,
  };
}

export async function presentHazard(db: Db, auth: AuthContext, joined: Joined, now: Date): Promise<HazardView> {
  const row = joined.hazard;
  const today = chinaDate(now);
  const [events, criteria, finder, notifications, mergedInto] = await Promise.all([
    listHazardEvents(db, row.id),
    repo.findCriteria(db, row.criterionIds),
    repo.findFinder(db, row.foundByOrgId, row.foundByUserId),
    listHazardNotifications(db, row.id),
    row.mergedInto ? repo.findHazard(db, auth.scope, row.mergedInto) : Promise.resolve(null),
  ]);
  const attachments = events.flatMap((e) => {
    const evidence = (e.payload as { evidence?: Evidence[] }).evidence;
    return Array.isArray(evidence) ? evidence.map((item) => ({ ...item, seq: e.seq })) : [];
  });
  const hideFinder = auth.scope.kind === 'enterprise' && row.source === 'tip';
  return {
    id: row.id,
    hazardNo: row.hazardNo,
    enterprise: { id: row.enterpriseId, name: joined.enterpriseName, uscc: joined.enterpriseUscc },
    regionCode: row.regionCode,
    regionName: joined.regionName,
    sector: row.sector,
    level: row.level,
    source: visibleSource(auth, row.source),
    criterionIds: row.criterionIds,
    criteria,
    title: row.title,
    description: row.description,
    location: row.location,
    foundAt: row.foundAt,
    foundBy: { orgName: finder.orgName, userName: hideFinder ? null : finder.userName, enterprise: row.foundByEnterprise },
    deadline: row.deadline,
    ...overdueOf(row, today),
    plan: row.plan,
    planMissing: row.plan ? missingPlanFields(row.plan, row.level) : missingPlanFields({ responsible: '', measures: '', fundsWanYuan: null, deadline: null, contingency: '' }, row.level),
    interimControls: row.interimControls,
    status: row.status,
    fixedOnSite: row.fixedOnSite,
    listing: row.listing,
    pendingExtension: row.pendingExtension,
    mergedInto: mergedInto ? { id: mergedInto.hazard.id, hazardNo: mergedInto.hazard.hazardNo } : null,
    closedAt: row.closedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    actions: allowedActions(factsOf(row), toHazardActor(auth.actor)),
    timeline: events.map((e) => ({
      seq: e.seq,
      at: e.at.toISOString(),
      actorName: e.actorName,
      kind: e.kind,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      payload: visiblePayload(auth, e.payload),
      hash: e.hash,
    })),
    timelineVerified: verifyStoredTimeline(events).ok,
    attachments,
    // Enterprise users see who was notified only as masked names (regulator officers are among the recipients).
    notifications: notifications.map((n) => ({
      ...n,
      recipientName: auth.scope.kind === 'enterprise' ? maskName(n.recipientName) : n.recipientName,
      createdAt: n.createdAt.toISOString(),
      sentAt: n.sentAt?.toISOString() ?? null,
    })),
  };
}
