import { addWorkingDays, allowedTipActions, can, explainTipTriggerRefused, flatActor, requirementsOf, tipCloseHint, tipDocuments, tipOpenForFollowup, tipSlaState, tipStatusLabels, type TipAction } from '@zhiben/core';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { chinaDate } from '../../lib/dates.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import { tipStream, type TipEvent } from '../../workflow/streams.ts';
import { listEvents } from '../../workflow/timeline.ts';
import type { TipSettings } from './tips.config.ts';
import { dueAtOf } from './tips.intake.ts';
import * as repo from './tips.repository.ts';
import type { TipDetail, TipListItem, publicTipView } from './tips.schema.ts';
import { routeOptionsFor, suggestRoute, tipFactsOf, tipRequirements, tipRewardOf } from './tips.workflow.ts';

// Identity never passes through here: tip_identities is read only by revealIdentity.

export type SlaClock = { today: string; nextWorkingDay: string };
export const slaClock = (now: Date, settings: TipSettings): SlaClock => {
  const today = chinaDate(now);
  return { today, nextWorkingDay: addWorkingDays(today, 1, settings.calendar) };
};

export function presentTipListItem(joined: repo.JoinedTip, clock: SlaClock): TipListItem {
  const t = joined.tip;
  return {
    id: t.id,
    tipNo: t.tipNo,
    channel: t.channel,
    status: t.status,
    category: t.category,
    targetName: t.targetName,
    enterpriseId: t.targetEnterpriseId,
    regionCode: t.regionCode,
    regionName: joined.regionName,
    sector: t.sector,
    receivedAt: t.receivedAt.toISOString(),
    dueAt: dueAtOf(t.dueOn),
    slaState: tipSlaState({ decidedOn: t.decidedAt ? chinaDate(t.decidedAt) : null, dueOn: t.dueOn }, clock.today, clock.nextWorkingDay),
    handlingOrgName: joined.handlingOrgName,
    anonymous: t.anonymous,
    rewardStatus: t.rewardStatus,
  };
}

const messageOf = (e: { at: Date; message: string | null; note: string }) =>
  e.message === 'officer_question' || e.message === 'reporter' ? [{ at: e.at.toISOString(), from: e.message === 'reporter' ? ('reporter' as const) : ('officer' as const), text: e.note }] : [];

export async function presentTipDetail(db: Db, auth: AuthContext, joined: repo.JoinedTip, now: Date, settings: TipSettings): Promise<TipDetail> {
  const t = joined.tip;
  const [events, attachments, facts, duplicateOf, hazardNo] = await Promise.all([
    listEvents(db, tipStream, t.id),
    repo.listAttachments(db, t.id),
    tipFactsOf(db, t, settings.rewardRules),
    repo.tipNoOf(db, t.duplicateOfTipId),
    repo.hazardNoOf(db, t.hazardId),
  ]);
  const tipActor = flatActor(auth.actor);
  const actions = allowedTipActions(facts, tipActor);
  const today = chinaDate(now);
  const workflowActions = actions.filter((a): a is TipAction => a !== 'reveal');
  const routeSuggestion = actions.includes('route') ? await suggestRoute(db, t) : null;
  const routeOptions = actions.includes('route') ? await routeOptionsFor(db, t, routeSuggestion) : [];
  const inv = t.investigation;
  const preview = inv && actions.includes('propose_reward') ? await tipRewardOf(db, t, settings.rewardRules) : null;
  const rewardPreview = inv && preview?.eligible ? { amountYuan: preview.amountYuan, penaltyYuan: inv.penaltyYuan, violationKind: inv.violationKind, rule: preview.rule } : null;
  return {
    ...presentTipListItem(joined, slaClock(now, settings)),
    content: t.content,
    address: t.address,
    lat: t.lat,
    lng: t.lng,
    receivingOrgName: joined.receivingOrgName,
    attachments: attachments.map((a) => ({ id: a.id, name: a.name, type: a.mime, size: a.size })),
    messages: events.flatMap(messageOf),
    investigation: inv ? { findings: inv.findings, verified: inv.verified, violationKind: inv.violationKind, penaltyYuan: inv.penaltyYuan, hazardId: t.hazardId, hazardNo } : null,
    declineReason: t.declineReason,
    declineNote: t.declineNote,
    duplicateOf,
    routeSuggestion,
    routeOptions,
    rewardPreview,
    closeHint: tipCloseHint(facts, tipActor),
    reward:
      t.rewardStatus === 'none'
        ? null
        : {
            status: t.rewardStatus,
            amountYuan: t.rewardAmountYuan,
            computedYuan: t.rewardComputedYuan,
            rule: t.rewardRule ?? '',
            approvedAt: t.rewardApprovedAt?.toISOString() ?? null,
            paidAt: t.rewardPaidAt,
            voucherNo: t.rewardVoucherNo,
          },
    hasIdentity: t.hasIdentity,
    events: events.map((e) => ({ at: e.at.toISOString(), actorName: e.actorName, kind: e.kind, note: e.note })),
    version: t.version,
    actions,
    documents: tipDocuments(facts, tipActor),
    inspectionTrigger:
      t.targetEnterpriseId !== null && can(auth.user.roles, 'inspections.plan') && explainTipTriggerRefused({ status: t.status, verified: inv?.verified ?? null }) === null
        ? { kind: 'tip', id: t.id, no: t.tipNo, enterpriseId: t.targetEnterpriseId, enterpriseName: t.targetName }
        : null,
    requirements: requirementsOf(workflowActions, (action) => tipRequirements(t, action, today, settings)),
  };
}

/** What the reporter sees with the receipt code: status, feedback, the officer's questions, the reward. */
export function presentPublicTip(tip: repo.TipRow, events: readonly TipEvent[]): z.infer<typeof publicTipView> {
  return {
    tipNo: tip.tipNo,
    status: tip.status,
    statusLabel: tipStatusLabels[tip.status],
    receivedAt: tip.receivedAt.toISOString(),
    feedback: events.filter((e) => e.message === 'officer_feedback').map((e) => ({ at: e.at.toISOString(), text: e.note })),
    messages: events.flatMap(messageOf),
    reward: tip.rewardStatus === 'none' ? null : { status: tip.rewardStatus, amountYuan: tip.rewardStatus === 'proposed' ? null : tip.rewardAmountYuan },
    canFollowUp: tipOpenForFollowup(tip.status),
  };
}
