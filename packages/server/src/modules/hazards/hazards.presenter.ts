import {
  audienceOf,
  blockedHazardActions,
  flatActor,
  hazardDocuments,
  hazardMachine,
  can,
  explainHazardTriggerRefused,
  hazardOverdue,
  owedPlanFields,
  visibleEventPayload,
  visibleHazardSource,
} from '@zhiben/core';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { chinaDate } from '../../lib/dates.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import { presentWorkflow } from '../../workflow/present.ts';
import { maskName } from '../notifications/notification-channels.ts';
import { findAcceptance } from './hazard-acceptance.ts';
import { ledgerSpec } from './ledger.spec.ts';
import { hazardIntegrityProblems } from './hazards.integrity.ts';
import * as repo from './hazards.repository.ts';
import type { JoinedHazard } from './hazards.service.ts';
import type { Evidence, HazardView, hazardListItem } from './hazards.schema.ts';
import { actionRequirements, factsOf } from './hazards.workflow.ts';

// A hazard found through a tip never tells the enterprise so (举报人保护): core visibleHazardSource and
// visibleEventPayload are the one rule, here and in the list filter and the export.

export function presentListItem(auth: AuthContext, joined: JoinedHazard, today: string): z.infer<typeof hazardListItem> {
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
    source: visibleHazardSource(row.source, audienceOf(auth.actor)),
    title: row.title,
    foundAt: row.foundAt,
    deadline: row.deadline,
    status: row.status,
    ...hazardOverdue(row, today),
    listed: row.listing !== null,
    stock: row.foundAt <= repo.STOCK_CUTOFF,
  };
}

/** The record as it stands (e.g. as just written by an action: no reload), with its timeline, actions and forms. */
export async function presentHazard(db: Db, auth: AuthContext, joined: JoinedHazard, now: Date): Promise<HazardView> {
  const row = joined.hazard;
  const today = chinaDate(now);
  const viewer = audienceOf(auth.actor);
  const [{ events, criteria, finder, notifications }, mergedInto] = await Promise.all([
    repo.findHazardViewParts(db, row),
    row.mergedInto ? repo.findHazard(db, auth.scope, row.mergedInto) : Promise.resolve(null),
  ]);
  const attachments = events.flatMap((e) => {
    const evidence = (e.payload as { evidence?: Evidence[] }).evidence;
    return Array.isArray(evidence) ? evidence.map((item) => ({ ...item, seq: e.seq })) : [];
  });
  const hideFinder = viewer === 'enterprise' && row.source === 'tip';
  const acceptance = row.status === 'closed' ? await findAcceptance(db, events) : null;
  // The chain proves no event was edited; the replay proves the row matches its events (no cut-off tail, no
  // row-only change).
  const timelineProblems = hazardIntegrityProblems(row, events);
  const facts = factsOf(row);
  const actor = flatActor(auth.actor);
  const workflow = presentWorkflow(hazardMachine, facts, actor, (action) => actionRequirements(row, action, { today }));
  return {
    id: row.id,
    hazardNo: row.hazardNo,
    enterprise: { id: row.enterpriseId, name: joined.enterpriseName, uscc: joined.enterpriseUscc },
    regionCode: row.regionCode,
    regionName: joined.regionName,
    sector: row.sector,
    level: row.level,
    source: visibleHazardSource(row.source, viewer),
    criterionIds: row.criterionIds,
    criteria,
    title: row.title,
    description: row.description,
    location: row.location,
    foundAt: row.foundAt,
    foundBy: { orgName: finder.orgName, userName: hideFinder ? null : finder.userName, enterprise: row.foundByEnterprise },
    deadline: row.deadline,
    ...hazardOverdue(row, today),
    plan: row.plan,
    planMissing: owedPlanFields(row),
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
    documents: hazardDocuments({ ...row, verifiedByOrgId: acceptance?.verifierOrg?.id ?? null }, auth.actor.org),
    actions: workflow.actions,
    blockedActions: blockedHazardActions(facts, actor),
    inspectionTrigger:
      viewer === 'staff' && can(auth.user.roles, 'inspections.plan') && explainHazardTriggerRefused(row, today) === null
        ? { kind: 'hazard_overdue', id: row.id, no: row.hazardNo, enterpriseId: row.enterpriseId, enterpriseName: joined.enterpriseName }
        : null,
    requirements: workflow.requirements,
    timeline: events.map((e) => ({
      seq: e.seq,
      at: e.at.toISOString(),
      actorName: e.actorName,
      kind: e.kind,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      payload: visibleEventPayload(e.payload, viewer),
      payloadLabels: keptCellLabels(e.kind, e.payload),
      hash: e.hash,
    })),
    timelineVerified: timelineProblems.length === 0,
    timelineProblems,
    attachments,
    // Enterprise users see who was notified only as masked names (regulator officers are among the recipients).
    notifications: notifications.map((n) => ({
      ...n,
      recipientName: viewer === 'enterprise' ? maskName(n.recipientName) : n.recipientName,
      createdAt: n.createdAt.toISOString(),
      sentAt: n.sentAt?.toISOString() ?? null,
    })),
  };
}

/** An imported row's kept cells are keyed by ledger field; their labels are the ledger's own headers (ledger-columns.json). */
function keptCellLabels(kind: string, payload: Record<string, unknown>): Record<string, string> | undefined {
  const kept = payload.ledger;
  if (kind !== 'imported' || typeof kept !== 'object' || kept === null) return undefined;
  const spec = ledgerSpec();
  return Object.fromEntries(Object.keys(kept).map((key) => [key, spec.keptCellLabel(key)]));
}
