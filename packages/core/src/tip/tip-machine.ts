// The tip workflow (受理 → 转办 → 核查 → 反馈 → 奖励 → 办结) as a pure state machine: which actions an actor may take
// on a tip, why one is refused, and where it leads. The server loads the tip within the actor's tip scope,
// asks this module, then performs a compare-and-set on (status, version).
import { inOrgRegion, type WorkflowActor } from '../workflow/actor.ts';
import { appliesIn, defineMachine, type TransitionTable } from '../workflow/machine.ts';
import {
  tipActionLabels,
  tipActions,
  tipStatusLabels,
  type TipAction,
  type TipDetailAction,
  type TipRewardStatus,
  type TipSlaState,
  type TipStatus,
  type TipViolationKind,
} from './tip-vocabulary.ts';

export type TipFacts = {
  status: TipStatus;
  regionCode: string;
  sector: string | null;
  /** The org whose tip officers received the tip (and alone may reveal the reporter). */
  receivingOrgId: string;
  /** The regulator (or committee) the tip was routed to for investigation. */
  handlingOrgId: string | null;
  hasIdentity: boolean;
  violationKind: TipViolationKind | null;
  hazardId: string | null;
  rewardStatus: TipRewardStatus;
  /** From the reward calculator (verified, eligible finding, first reporter). */
  rewardEligible: boolean;
  rewardProposedBy: string | null;
};

/** Status part of the workflow; who may act is decided in explainTipDenied. */
export const tipTransitions: TransitionTable<TipAction, TipStatus> = {
  accept: { from: ['received'], to: 'accepted' },
  decline: { from: ['received'], to: 'declined' },
  route: { from: ['accepted', 'investigating'], to: 'investigating' },
  investigate: { from: ['investigating'], to: { byOutcome: { verified: 'verified', unfounded: 'unfounded' } } },
  register_hazard: { from: ['verified'], to: 'unchanged' },
  reply: { from: ['accepted', 'investigating', 'verified', 'unfounded', 'declined'], to: 'unchanged' },
  ask: { from: ['accepted', 'investigating'], to: 'unchanged' },
  propose_reward: { from: ['verified'], to: 'unchanged' },
  approve_reward: { from: ['verified'], to: 'unchanged' },
  record_payment: { from: ['verified'], to: 'unchanged' },
  close: { from: ['verified', 'unfounded'], to: 'closed' },
};

/** Tip statuses in which the reporter may still add information. */
export const tipOpenForFollowup = (status: TipStatus): boolean => status !== 'closed' && status !== 'declined';

const isTipOfficer = (facts: TipFacts, actor: WorkflowActor) =>
  actor.roles.includes('tip_officer') && (actor.orgKind === 'committee' || actor.orgKind === 'regulator') && inOrgRegion(facts.regionCode, actor);

const isHandlingOfficer = (facts: TipFacts, actor: WorkflowActor) =>
  facts.handlingOrgId !== null &&
  actor.orgId === facts.handlingOrgId &&
  (actor.roles.includes('regulator_officer') || actor.roles.includes('committee_officer'));

const isApprover = (facts: TipFacts, actor: WorkflowActor) =>
  actor.roles.includes('committee_officer') && actor.orgKind === 'committee' && inOrgRegion(facts.regionCode, actor);

/** Only a tip officer of the receiving org may see who reported (举报人保护). */
export const canRevealIdentity = (facts: TipFacts, actor: WorkflowActor): boolean =>
  facts.hasIdentity && actor.roles.includes('tip_officer') && actor.orgId !== null && actor.orgId === facts.receivingOrgId;

/** Why the actor may not take the action now (zh-CN), or null when allowed. */
export function explainTipDenied(facts: TipFacts, actor: WorkflowActor, action: TipAction): string | null {
  if (!appliesIn(tipTransitions, facts.status, action)) return `「${tipStatusLabels[facts.status]}」的举报不能${tipActionLabels[action]}`;
  const officer = isTipOfficer(facts, actor);
  switch (action) {
    case 'accept':
    case 'decline':
    case 'route':
    case 'reply':
      return officer ? null : `仅举报受理员可以${tipActionLabels[action]}`;
    case 'ask':
      return officer || isHandlingOfficer(facts, actor) ? null : '仅举报受理员或承办部门可以向举报人询问';
    case 'investigate':
      return officer || isHandlingOfficer(facts, actor) ? null : '仅承办部门或举报受理员可以录入核查结果';
    case 'register_hazard':
      if (facts.hazardId !== null) return '已登记隐患';
      if (facts.violationKind === 'none' || facts.violationKind === null) return '核查未发现隐患或违法行为，无需登记隐患';
      return isHandlingOfficer(facts, actor) ? null : '仅承办部门可以登记隐患';
    case 'propose_reward':
      if (facts.rewardStatus !== 'none') return '已提出奖励';
      if (!facts.rewardEligible) return '不符合举报奖励条件';
      return officer ? null : '仅举报受理员可以提出奖励';
    case 'approve_reward':
      if (facts.rewardStatus !== 'proposed') return '没有待批准的奖励';
      if (!isApprover(facts, actor)) return '仅安委办可以批准奖励';
      return facts.rewardProposedBy === actor.userId ? '提出奖励的人不能自己批准' : null;
    case 'record_payment':
      if (facts.rewardStatus !== 'approved') return '奖励尚未批准';
      return officer ? null : '仅举报受理员可以登记发放';
    case 'close':
      return tipCloseBlocker(facts) ?? (officer ? null : '仅举报受理员可以办结');
  }
}

/**
 * What the tip still waits for before it may be closed, whoever asks: a reward in progress, or a verified major
 * hazard not yet in the hazard database (registering it is the handling org's step; a tip must not close with the
 * hazard lost to the 治本 ledger). Null when nothing blocks closing.
 */
export function tipCloseBlocker(facts: TipFacts): string | null {
  if (facts.rewardStatus === 'proposed' || facts.rewardStatus === 'approved') return '奖励发放完毕后才能办结';
  if (facts.status === 'verified' && facts.violationKind === 'major_hazard' && facts.hazardId === null) {
    return '查实的重大事故隐患须由承办部门登记到隐患数据库后才能办结';
  }
  return null;
}

/** For the tip officer looking at a closable-status tip without 办结: why (shown beside the actions), else null. */
export function tipCloseHint(facts: TipFacts, actor: WorkflowActor): string | null {
  if (!appliesIn(tipTransitions, facts.status, 'close') || !isTipOfficer(facts, actor)) return null;
  return tipCloseBlocker(facts);
}

/** The tip workflow as a workflow machine (workflow/machine.ts); investigate's outcome is 'verified' or 'unfounded'. */
export const tipMachine = defineMachine<TipFacts, WorkflowActor, TipAction, TipStatus>({
  actions: tipActions,
  transitions: tipTransitions,
  statusLabels: tipStatusLabels,
  actionLabels: tipActionLabels,
  explainDenied: explainTipDenied,
});

/** Where the action leads; `verified` is the investigation's conclusion (only used by investigate). */
export const tipNextStatus = (status: TipStatus, action: TipAction, verified = false): TipStatus =>
  tipMachine.nextStatus({ status }, action, action === 'investigate' ? (verified ? 'verified' : 'unfounded') : undefined);

/** The machine's actions plus `reveal` (a separate endpoint with its own rule) for the detail view. */
export function allowedTipActions(facts: TipFacts, actor: WorkflowActor): TipDetailAction[] {
  const actions: TipDetailAction[] = tipMachine.allowedActions(facts, actor);
  if (canRevealIdentity(facts, actor)) actions.push('reveal');
  return actions;
}

/**
 * SLA of acceptance. Decided tips: met when decided on or before the due day (China dates). Undecided: overdue
 * after the due day, due_soon when the due day is today or the next working day, else ok.
 */
export function tipSlaState(tip: { decidedOn: string | null; dueOn: string }, today: string, nextWorkingDay: string): TipSlaState {
  if (tip.decidedOn !== null) return tip.decidedOn <= tip.dueOn ? 'met' : 'missed';
  if (today > tip.dueOn) return 'overdue';
  return tip.dueOn <= nextWorkingDay ? 'due_soon' : 'ok';
}
