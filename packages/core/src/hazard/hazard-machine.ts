// The hazard lifecycle of DESIGN §3 as a pure state machine: which actions an actor may take on a hazard,
// why an action is refused, and where an action leads. The server loads the hazard within the actor's scope
// (§4), asks this module, then performs a guarded compare-and-set on (status, version).
import { normalizeRegionCode, regionLevel } from '../region.ts';
import { overdueDays } from '../stats/definitions.ts';
import { inOrgRegion, isEnterpriseActor, isOfficerOfOwnOrg, type WorkflowActor } from '../workflow/actor.ts';
import { appliesIn, defineMachine, type TransitionTable } from '../workflow/machine.ts';

export const hazardStatuses = [
  'pending_confirmation',
  'rectifying',
  'pending_verification',
  'closed',
  'dismissed',
  'merged',
] as const;
export type HazardStatus = (typeof hazardStatuses)[number];

export const hazardStatusLabels: Record<HazardStatus, string> = {
  pending_confirmation: '待认定',
  rectifying: '整改中',
  pending_verification: '待验收',
  closed: '已销号',
  dismissed: '已作废',
  merged: '已合并',
};

export const openHazardStatuses = ['pending_confirmation', 'rectifying', 'pending_verification'] as const;
export type OpenHazardStatus = (typeof openHazardStatuses)[number];

export const hazardActions = [
  'confirm',
  'dismiss',
  'submit_plan',
  'report_progress',
  'request_extension',
  'decide_extension',
  'complete',
  'verify',
  'return',
  'list',
  'delist',
  'merge',
  'void',
] as const;
export type HazardAction = (typeof hazardActions)[number];

export const hazardActionLabels: Record<HazardAction, string> = {
  confirm: '认定',
  dismiss: '不予认定',
  submit_plan: '提交治理方案',
  report_progress: '报告整改进展',
  request_extension: '申请延期',
  decide_extension: '审批延期',
  complete: '整改完成',
  verify: '验收销号',
  return: '退回整改',
  list: '挂牌督办',
  delist: '摘牌',
  merge: '合并',
  void: '作废',
};

export const hazardLevels = ['general', 'major'] as const;
export type HazardLevel = (typeof hazardLevels)[number];
export const hazardLevelLabels: Record<HazardLevel, string> = { general: '一般隐患', major: '重大隐患' };

export const listingLevels = ['national', 'province', 'city', 'county', 'township'] as const;
export type ListingLevel = (typeof listingLevels)[number];
export const listingLevelLabels: Record<ListingLevel, string> = {
  national: '国家级',
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇级',
};

export type HazardListing = { level: ListingLevel; orgId: string };

/** A hazard as the machine sees it; the server derives it from the stored row. */
export type HazardFacts = {
  status: HazardStatus;
  level: HazardLevel;
  enterpriseId: string;
  regionCode: string;
  sector: string;
  /** The staff org that found the hazard; null when the enterprise (or a tip, worker, sensor) reported it. */
  foundByOrgId: string | null;
  /** Found by the enterprise's own self-inspection; lets it sign off a general hazard itself. */
  foundByEnterprise: boolean;
  listing: HazardListing | null;
  /** 五落实 all present (see five-implementations.ts). */
  planComplete: boolean;
  pendingExtension: boolean;
  /** yyyy-mm-dd */
  deadline: string;
  version: number;
};

export const hazardCreationChannels = ['report', 'register'] as const;
export type HazardCreationChannel = (typeof hazardCreationChannels)[number];

/**
 * Status of a new hazard (§3, rows with from = —). A report (enterprise, worker, monitoring, expert) always
 * awaits the regulator's confirmation; 立查立改 is an inspection outcome, so fixedOnSite only shortcuts a staff
 * registration straight to verification.
 */
export function initialStatusFor(channel: HazardCreationChannel, fixedOnSite: boolean): HazardStatus {
  switch (channel) {
    case 'report':
      return 'pending_confirmation';
    case 'register':
      return fixedOnSite ? 'pending_verification' : 'rectifying';
  }
}

/** The §3 table, status part only; who may act is decided in explainHazardDenied. */
export const hazardTransitions: TransitionTable<HazardAction, HazardStatus> = {
  confirm: { from: ['pending_confirmation'], to: 'rectifying' },
  dismiss: { from: ['pending_confirmation'], to: 'dismissed' },
  submit_plan: { from: ['rectifying'], to: 'unchanged' },
  report_progress: { from: ['rectifying'], to: 'unchanged' },
  request_extension: { from: ['rectifying'], to: 'unchanged' },
  decide_extension: { from: ['rectifying'], to: 'unchanged' },
  complete: { from: ['rectifying'], to: 'pending_verification' },
  verify: { from: ['pending_verification'], to: 'closed' },
  return: { from: ['pending_verification'], to: 'rectifying' },
  list: { from: openHazardStatuses, to: 'unchanged' },
  delist: { from: openHazardStatuses, to: 'unchanged' },
  merge: { from: openHazardStatuses, to: 'merged' },
  void: { from: openHazardStatuses, to: 'dismissed' },
};

export function isOpen(status: HazardStatus): status is OpenHazardStatus {
  return (openHazardStatuses as readonly HazardStatus[]).includes(status);
}

/** 逾期 is derived, never stored (§3). Dates are yyyy-mm-dd, so string order is date order. */
export function isOverdue(facts: Pick<HazardFacts, 'status' | 'deadline'>, today: string): boolean {
  return isOpen(facts.status) && facts.deadline < today;
}

/** Whether the hazard is overdue today and by how many days (0 when it is not): what list and detail show. */
export function hazardOverdue(facts: Pick<HazardFacts, 'status' | 'deadline'>, today: string): { overdue: boolean; overdueDays: number } {
  const overdue = isOverdue(facts, today);
  return { overdue, overdueDays: overdue ? overdueDays(facts.deadline, today) : 0 };
}

// ---- who is who, relative to one hazard -------------------------------------------------------------------

const isHazardInOrgRegion = (facts: HazardFacts, actor: WorkflowActor): boolean => inOrgRegion(facts.regionCode, actor);

function isSectorRegulator(facts: HazardFacts, actor: WorkflowActor): boolean {
  return (
    actor.roles.includes('regulator_officer') &&
    actor.orgKind === 'regulator' &&
    actor.orgSectors.includes(facts.sector) &&
    isHazardInOrgRegion(facts, actor)
  );
}

function isCommitteeOfficer(facts: HazardFacts, actor: WorkflowActor): boolean {
  return actor.roles.includes('committee_officer') && actor.orgKind === 'committee' && isHazardInOrgRegion(facts, actor);
}

function isLocalityOfficer(facts: HazardFacts, actor: WorkflowActor): boolean {
  return actor.roles.includes('locality_officer') && actor.orgKind === 'locality' && isHazardInOrgRegion(facts, actor);
}

/** An officer of the staff org that found the hazard (and still has it in scope). */
function isFinderOfficer(facts: HazardFacts, actor: WorkflowActor): boolean {
  return (
    facts.foundByOrgId !== null &&
    actor.orgId === facts.foundByOrgId &&
    (isSectorRegulator(facts, actor) || isCommitteeOfficer(facts, actor) || isLocalityOfficer(facts, actor))
  );
}

function isOwnEnterpriseUser(facts: HazardFacts, actor: WorkflowActor): boolean {
  return actor.enterpriseId === facts.enterpriseId && isEnterpriseActor(actor);
}

/**
 * The level a listing by this actor's org carries: its own region level, and only county or above may list
 * (§3). Null when the org may not list at all.
 */
export function listingLevelFor(actor: WorkflowActor): ListingLevel | null {
  if (actor.orgRegionCode === null || normalizeRegionCode(actor.orgRegionCode) === null) return null;
  const level = regionLevel(actor.orgRegionCode);
  switch (level) {
    case 'province':
    case 'city':
    case 'county':
      return level;
    case 'township':
    case 'village':
      return null;
  }
}

// ---- refusals ---------------------------------------------------------------------------------------------

const planRequiredReason = '重大事故隐患须先提交完整的治理方案（五落实：责任、措施、资金、时限、预案）';

function unlessSectorRegulator(facts: HazardFacts, actor: WorkflowActor, action: HazardAction): string | null {
  return isSectorRegulator(facts, actor) ? null : `仅负责该行业领域的监管部门可以${hazardActionLabels[action]}`;
}

function unlessOwnEnterprise(facts: HazardFacts, actor: WorkflowActor, action: HazardAction): string | null {
  // Rectification is the enterprise's duty (主体责任): staff must not act on its behalf.
  return isOwnEnterpriseUser(facts, actor)
    ? null
    : `仅隐患所在企业的安全管理员或主要负责人可以${hazardActionLabels[action]}，监管人员不能代为操作`;
}

function unlessMajorPlanComplete(facts: HazardFacts): string | null {
  return facts.level === 'major' && !facts.planComplete ? planRequiredReason : null;
}

/** Who may sign off (and therefore also send back) a hazard awaiting verification. */
function unlessVerifier(facts: HazardFacts, actor: WorkflowActor, action: HazardAction): string | null {
  const label = hazardActionLabels[action];
  switch (facts.level) {
    case 'major':
      // Never the enterprise, not even when it found the hazard itself.
      return isSectorRegulator(facts, actor) ? null : `重大事故隐患仅由负责该行业领域的监管部门${label}`;
    case 'general': {
      const allowed =
        isSectorRegulator(facts, actor) ||
        isFinderOfficer(facts, actor) ||
        (facts.foundByEnterprise && isOwnEnterpriseUser(facts, actor));
      return allowed ? null : `一般事故隐患仅由负责该行业领域的监管部门、发现单位或自查发现的企业${label}`;
    }
  }
}

/** A zh-CN reason why the actor may not take the action now, or null when it may. */
export function explainHazardDenied(facts: HazardFacts, actor: WorkflowActor, action: HazardAction): string | null {
  if (!appliesIn(hazardTransitions, facts.status, action)) {
    return `隐患当前为「${hazardStatusLabels[facts.status]}」，不能${hazardActionLabels[action]}`;
  }
  switch (action) {
    case 'confirm':
    case 'dismiss':
    case 'merge':
    case 'void':
      return unlessSectorRegulator(facts, actor, action);
    case 'submit_plan':
      // The plan itself is what unlocks everything else, so it is always accepted while rectifying.
      return unlessOwnEnterprise(facts, actor, action);
    case 'report_progress':
    case 'complete':
      return unlessOwnEnterprise(facts, actor, action) ?? unlessMajorPlanComplete(facts);
    case 'request_extension':
      return (
        unlessOwnEnterprise(facts, actor, action) ??
        (facts.pendingExtension ? '已有待审批的延期申请' : null) ??
        unlessMajorPlanComplete(facts)
      );
    case 'decide_extension':
      return unlessSectorRegulator(facts, actor, action) ?? (facts.pendingExtension ? null : '没有待审批的延期申请');
    case 'verify':
      return (
        unlessVerifier(facts, actor, action) ??
        (facts.listing === null ? null : '该隐患正在挂牌督办，须由挂牌单位摘牌后方可验收销号')
      );
    case 'return':
      // Sending back is open to the verifiers even while listed: it does not close anything.
      return unlessVerifier(facts, actor, action);
    case 'list':
      if (facts.level !== 'major') return '仅重大事故隐患可以挂牌督办';
      if (facts.listing !== null) return '该隐患已挂牌督办';
      if (!isCommitteeOfficer(facts, actor) && !isSectorRegulator(facts, actor)) {
        return '仅安委会办公室或负责该行业领域的监管部门可以挂牌督办';
      }
      return listingLevelFor(actor) === null ? '挂牌督办须由县级及以上安委会办公室或监管部门作出' : null;
    case 'delist':
      if (facts.listing === null) return '该隐患未挂牌督办';
      return actor.orgId === facts.listing.orgId && isOfficerOfOwnOrg(actor) ? null : '仅挂牌单位可以摘牌';
  }
}

/** The hazard lifecycle as a workflow machine (workflow/machine.ts). */
export const hazardMachine = defineMachine<HazardFacts, WorkflowActor, HazardAction, HazardStatus>({
  actions: hazardActions,
  transitions: hazardTransitions,
  statusLabels: hazardStatusLabels,
  actionLabels: hazardActionLabels,
  explainDenied: explainHazardDenied,
});

/** The actions to offer (the UI shows these as buttons), in table order. */
export const allowedHazardActions = (facts: HazardFacts, actor: WorkflowActor): HazardAction[] => hazardMachine.allowedActions(facts, actor);

// ---- blocked actions: shown with their reason instead of silently missing ------------------------------------

/** An action the viewer could take but for a condition of the hazard itself, and why it cannot now. */
export type BlockedHazardAction = { action: HazardAction; reason: string };

/**
 * Conditions of the hazard (not of the viewer) that hold actions back: a listing holds back 验收销号, a missing
 * 五落实 of a major hazard holds back what follows the plan. Lifting one shows whether it alone is in the way.
 */
const holdBacks: readonly { actions: readonly HazardAction[]; lift: (facts: HazardFacts) => HazardFacts }[] = [
  { actions: ['verify'], lift: (facts) => ({ ...facts, listing: null }) },
  { actions: ['report_progress', 'complete', 'request_extension'], lift: (facts) => ({ ...facts, planComplete: true }) },
];

/** The actions this viewer would be offered but for such a condition, with the machine's reason (never who-may refusals). */
export function blockedHazardActions(facts: HazardFacts, actor: WorkflowActor): BlockedHazardAction[] {
  return hazardActions.flatMap((action) => {
    const reason = explainHazardDenied(facts, actor, action);
    if (reason === null) return [];
    const heldBack = holdBacks.some((h) => h.actions.includes(action) && explainHazardDenied(h.lift(facts), actor, action) === null);
    return heldBack ? [{ action, reason }] : [];
  });
}

/** Where the action leads; throws if the action does not apply to the current status (check first). */
export const hazardNextStatus = (facts: Pick<HazardFacts, 'status'>, action: HazardAction): HazardStatus => hazardMachine.nextStatus(facts, action);
