// The inspection lifecycle (MODULES A-1) as a pure machine on the workflow kernel: planned → in progress (the start
// with proof of presence) → item results recorded as often as needed → closed (conclusion and signatures), or
// cancelled; a 暗访 is released to the enterprise after closing. A principal-led check is recorded closed in
// one submission and frozen; no action applies to it.
import { isEnterpriseActor, isOfficerOfOwnOrg, type WorkflowActor } from '../workflow/actor.ts';
import { appliesIn, defineMachine, type TransitionTable } from '../workflow/machine.ts';
import type { FormRequirements } from '../workflow/requirements.ts';
import { inspectionStatusLabels, type InspectionStatus } from './vocabulary.ts';

export const inspectionActions = ['start', 'record', 'close', 'release', 'cancel'] as const;
export type InspectionAction = (typeof inspectionActions)[number];
export const inspectionActionLabels: Record<InspectionAction, string> = {
  start: '开始检查',
  record: '填写检查结果',
  close: '结束检查',
  release: '向企业公开',
  cancel: '取消检查',
};

export const inspectionTransitions: TransitionTable<InspectionAction, InspectionStatus> = {
  start: { from: ['planned'], to: 'in_progress' },
  record: { from: ['in_progress'], to: 'unchanged' },
  close: { from: ['in_progress'], to: 'closed' },
  release: { from: ['closed'], to: 'unchanged' },
  cancel: { from: ['planned', 'in_progress'], to: 'cancelled' },
};

/** An inspection as the machine sees it; the server derives it from the stored row and its team. */
export type InspectionFacts = {
  status: InspectionStatus;
  /** The responsible org; null for an enterprise's own check. */
  orgId: string | null;
  leaderId: string | null;
  /** Users on the team (leader included). */
  memberIds: readonly string[];
  ledByPrincipal: boolean;
  enterpriseOwn: boolean;
  unannounced: boolean;
  released: boolean;
};

/** An officer of the responsible org (holding the officer role of its kind): acts for it. */
function isOrgOfficer(facts: InspectionFacts, actor: WorkflowActor): boolean {
  return facts.orgId !== null && actor.orgId === facts.orgId && isOfficerOfOwnOrg(actor);
}

const isMember = (facts: InspectionFacts, actor: WorkflowActor) => facts.memberIds.includes(actor.userId);

export function explainInspectionDenied(facts: InspectionFacts, actor: WorkflowActor, action: InspectionAction): string | null {
  const label = inspectionActionLabels[action];
  if (facts.ledByPrincipal || facts.enterpriseOwn) return '企业自查记录提交后已冻结，不能再修改';
  if (!appliesIn(inspectionTransitions, facts.status, action)) return `检查当前为「${inspectionStatusLabels[facts.status]}」，不能${label}`;
  if (isEnterpriseActor(actor)) return `企业用户不能${label}`;
  switch (action) {
    case 'start':
    case 'close':
      return isOrgOfficer(facts, actor) || facts.leaderId === actor.userId ? null : `仅检查组长或检查单位的工作人员可以${label}`;
    case 'record':
      // Experts and third-party staff fill in results on the inspections they are on.
      return isOrgOfficer(facts, actor) || isMember(facts, actor) ? null : `仅检查组成员可以${label}`;
    case 'cancel':
      return isOrgOfficer(facts, actor) ? null : `仅检查单位的工作人员可以${label}`;
    case 'release':
      if (!facts.unannounced) return '只有暗访检查需要向企业公开';
      if (facts.released) return '该暗访检查已向企业公开';
      return isOrgOfficer(facts, actor) ? null : `仅检查单位的工作人员可以${label}`;
  }
}

export const inspectionMachine = defineMachine<InspectionFacts, WorkflowActor, InspectionAction, InspectionStatus>({
  actions: inspectionActions,
  transitions: inspectionTransitions,
  statusLabels: inspectionStatusLabels,
  actionLabels: inspectionActionLabels,
  explainDenied: explainInspectionDenied,
});

/** What each action's form must hold (sent with the record; the server checks the same). */
export function inspectionActionRequirements(action: InspectionAction, ctx: { remote: boolean; enforcement: boolean }): FormRequirements {
  switch (action) {
    case 'start':
      return ctx.remote
        ? { remoteEvidence: { required: true, hint: '非现场检查须登记查看的材料（文件、视频、报警记录等）' } }
        : {
            'location.lat': { required: true, hint: '须获取现场定位（GPS）后开始检查' },
            photos: { required: true, hint: '须拍摄现场照片（带拍摄时间）后开始检查' },
          };
    case 'record':
      return { items: { required: true, hint: '请至少填写一项检查结果' } };
    case 'close':
      return {
        conclusion: { required: true, hint: '请填写检查结论' },
        signatures: { required: true, hint: '须由带队负责人签字确认' },
        ...(ctx.enforcement ? { noCaseReason: { required: false, hint: '执法检查发现重大事故隐患或违法行为而不立案的，须说明理由（可复核）' } } : {}),
      };
    case 'release':
      return {};
    case 'cancel':
      return { reason: { required: true } };
  }
}
