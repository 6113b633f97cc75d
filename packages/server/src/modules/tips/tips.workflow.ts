// The tip workflow (受理 → 转办 → 核查 → 反馈 → 奖励 → 办结) on the workflow kernel: the core machine, the tip
// stream, and one small payload handler per action; plus what its views need (facts, reward, routing options).
import {
  computeReward,
  regionPrefix,
  tipActionRequirements,
  tipDeclineReasonLabels,
  tipMachine,
  type FormRequirements,
  type RewardResult,
  type TipAction,
  type TipFacts,
  type TipStatus,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../lib/scope-registry.ts';
import type { ActionContext } from '../../workflow/context.ts';
import { performWorkflowAction, type ActionStep, type PayloadHandler, type WorkflowDefinition } from '../../workflow/pipeline.ts';
import { enforceRequirements } from '../../workflow/present.ts';
import { tipStream, type TipEventExtra } from '../../workflow/streams.ts';
import { createHazard } from '../hazards/hazards.service.ts';
import { listSectors } from '../reference/reference.repository.ts';
import { systemSectorLeadFor } from '../plans/plans.repository.ts';
import type { TipSettings } from './tips.config.ts';
import * as repo from './tips.repository.ts';
import type { TipActionBody } from './tips.schema.ts';

/** The reward the calculator gives this tip under the configured rules (first reporter checked against earlier tips). */
export async function tipRewardOf(db: Db, row: repo.TipRow, rules: TipSettings['rewardRules']): Promise<RewardResult> {
  const investigation = row.investigation;
  const firstReporter = investigation?.verified ? !(await repo.earlierVerifiedTipOnSameMatter(db, row)) : true;
  return computeReward({ verified: investigation?.verified ?? false, violationKind: investigation?.violationKind ?? null, penaltyYuan: investigation?.penaltyYuan ?? null, firstReporter }, rules);
}

export async function tipFactsOf(db: Db, row: repo.TipRow, rules: TipSettings['rewardRules']): Promise<TipFacts> {
  const investigation = row.investigation;
  const reward = await tipRewardOf(db, row, rules);
  return {
    status: row.status,
    regionCode: row.regionCode,
    sector: row.sector,
    receivingOrgId: row.receivingOrgId,
    handlingOrgId: row.handlingOrgId,
    hasIdentity: row.hasIdentity,
    violationKind: investigation?.violationKind ?? null,
    hazardId: row.hazardId,
    rewardStatus: row.rewardStatus,
    rewardEligible: reward.eligible,
    rewardProposedBy: row.rewardProposedBy,
  };
}

/** The form requirements of an action on this tip (core tipActionRequirements): sent with the tip, checked on submission. */
export function tipRequirements(row: repo.TipRow, action: TipAction, today: string, settings: TipSettings): FormRequirements {
  return tipActionRequirements(action, {
    today,
    hasTargetEnterprise: row.targetEnterpriseId !== null,
    maxRewardYuan: settings.rewardRules.maxYuan,
    approvedRewardYuan: row.rewardAmountYuan,
  });
}

/**
 * The lead department for a sector in the tip's region: the regional override of the 安委会 (一件事, Module B's
 * sector leads: 亳州 gives 城镇燃气 to the 城市管理局) when one covers the place; else a regulator with that sector,
 * county first; else the county committee.
 */
export async function suggestRoute(db: Db, tip: Pick<repo.TipRow, 'sector' | 'targetEnterpriseId' | 'regionCode'>): Promise<{ orgId: string; orgName: string; sector: string | null; reason: string } | null> {
  let sector = tip.sector;
  if (!sector && tip.targetEnterpriseId) sector = (await repo.systemFindEnterprise(db, tip.targetEnterpriseId))?.sectors[0] ?? null;
  const covering = await repo.orgsCovering(db, tip.regionCode);
  if (sector) {
    const override = await systemSectorLeadFor(db, tip.regionCode, sector);
    const lead = override ? covering.find((o) => o.id === override.leadOrgId) : undefined;
    if (lead) return { orgId: lead.id, orgName: lead.name, sector, reason: '按本地区行业领域牵头部门设置（一件事）确定' };
    const regulator = covering.find((o) => o.kind === 'regulator' && o.sectors.includes(sector));
    if (regulator) return { orgId: regulator.id, orgName: regulator.name, sector, reason: '按行业领域牵头部门（一件事）和属地确定' };
  }
  const committee = covering.find((o) => o.kind === 'committee');
  if (!committee) return null;
  return { orgId: committee.id, orgName: committee.name, sector, reason: sector ? '本地区无该行业的监管部门，转安委办统筹' : '行业领域不明确，转安委办统筹' };
}

export type RouteOption = { id: string; name: string; kind: 'committee' | 'regulator'; regionCode: string; sectors: string[] };

/**
 * Orgs a tip may be routed to (the same rule the route action checks): the regulators and committees of the tip's
 * county, city and province, most specific first, the suggested one at the top. Read without the org register's
 * capability because it only lists the departments around a tip the caller may already route.
 */
export async function routeOptionsFor(db: Db, tip: repo.TipRow, suggestion: { orgId: string } | null): Promise<RouteOption[]> {
  const covering = await repo.orgsCovering(db, tip.regionCode);
  const options = covering.flatMap((o) => (o.kind === 'committee' || o.kind === 'regulator' ? [{ id: o.id, name: o.name, kind: o.kind, regionCode: o.regionCode, sectors: [...o.sectors] }] : []));
  const suggested = options.filter((o) => o.id === suggestion?.orgId);
  return [...suggested, ...options.filter((o) => o.id !== suggestion?.orgId)];
}

// ---- the workflow ----

export type TipActionInputs = { [A in TipAction]: TipActionBody<A> };
type Handler<A extends TipAction> = PayloadHandler<repo.TipRow, TipEventExtra, TipFacts, TipActionInputs[A]>;
type Step = ActionStep<repo.TipRow, TipEventExtra>;

/** The workflow needs the deployment's reward rules; everything else comes from the action context. */
function tipWorkflow(settings: TipSettings): WorkflowDefinition<repo.TipRow, TipEventExtra, TipFacts, TipAction, TipStatus, TipActionInputs> {
  const check = (row: repo.TipRow, action: TipAction, ctx: ActionContext, values: unknown) => enforceRequirements(tipRequirements(row, action, ctx.today, settings), values);
  const note = (text: string, message: TipEventExtra['message'] = null): Pick<Step, 'extra'> => ({ extra: { note: text, message } });

  const handlers: { [A in TipAction]: Handler<A> } = {
    accept: (row, b, ctx) => ({ changes: { decidedAt: ctx.now }, ...note(b.note) }),
    decline: async (row, b, ctx) => {
      let duplicateOf: string | null = null;
      if (b.reason === 'repeat') {
        if (!b.duplicateOfTipId || b.duplicateOfTipId === row.id) throw AppError('TIP_DUPLICATE_INVALID', { field: 'duplicateOfTipId' });
        const original = await repo.findTip(ctx.db, scopeOf(ctx.auth, 'tip'), b.duplicateOfTipId);
        if (!original || original.tip.status === 'received' || original.tip.status === 'declined') throw AppError('TIP_DUPLICATE_INVALID', { field: 'duplicateOfTipId' });
        duplicateOf = original.tip.id;
      }
      check(row, 'decline', ctx, b);
      return {
        changes: { decidedAt: ctx.now, declineReason: b.reason, declineNote: b.note || null, duplicateOfTipId: duplicateOf },
        payload: { reason: b.reason, duplicateOfTipId: duplicateOf },
        ...note(`不予受理：${tipDeclineReasonLabels[b.reason]}${b.note ? `。${b.note}` : ''}`, 'officer_feedback'),
      };
    },
    route: async (row, b, ctx) => {
      check(row, 'route', ctx, b);
      const sectors = new Set((await listSectors(ctx.db)).map((s) => s.code));
      if (!sectors.has(b.sector)) throw AppError('SECTOR_UNKNOWN', { field: 'sector' });
      let enterpriseId = row.targetEnterpriseId;
      if (b.enterpriseId) {
        const enterprise = await repo.systemFindEnterprise(ctx.db, b.enterpriseId);
        if (!enterprise || !enterprise.regionCode.startsWith(row.regionCode.slice(0, 6))) {
          throw AppError('VALIDATION', { field: 'enterpriseId', message: '「被举报单位」不存在或不在举报所在县区' });
        }
        enterpriseId = enterprise.id;
      }
      const org = b.orgId ? await repo.findOrg(ctx.db, b.orgId) : null;
      const suggestion = b.orgId ? null : await suggestRoute(ctx.db, { ...row, sector: b.sector, targetEnterpriseId: enterpriseId });
      const orgId = org?.id ?? suggestion?.orgId;
      if (!orgId) throw AppError('TIP_ROUTE_NO_ORG', { field: 'orgId' });
      if (org) {
        const covers = (org.kind === 'committee' || org.kind === 'regulator') && row.regionCode.startsWith(regionPrefix(org.regionCode));
        if (!covers) throw AppError('VALIDATION', { field: 'orgId', message: '「承办部门」不负责举报所在地区' });
        if (org.kind === 'regulator' && !org.sectors.includes(b.sector)) throw AppError('VALIDATION', { field: 'orgId', message: '「承办部门」不监管该行业领域' });
      }
      const orgName = org?.name ?? suggestion?.orgName ?? '';
      return { changes: { handlingOrgId: orgId, sector: b.sector, targetEnterpriseId: enterpriseId }, payload: { orgId, sector: b.sector }, ...note(`转${orgName}核查${b.note ? `：${b.note}` : ''}`) };
    },
    investigate: (row, b, ctx) => {
      check(row, 'investigate', ctx, b);
      if (b.verified && b.violationKind === 'none') throw AppError('VALIDATION', { field: 'violationKind', message: '查实的举报须选择查实的问题类型' });
      const violationKind = b.verified ? b.violationKind : 'none';
      const investigation = { findings: b.findings, verified: b.verified, violationKind, penaltyYuan: b.penaltyYuan, at: ctx.now.toISOString(), byUserId: ctx.auth.user.id };
      return { changes: { investigation }, outcome: b.verified ? 'verified' : 'unfounded', payload: { verified: b.verified, violationKind, penaltyYuan: b.penaltyYuan }, ...note(b.findings) };
    },
    register_hazard: (row, b, ctx) => {
      check(row, 'register_hazard', ctx, b);
      const enterpriseId = b.enterpriseId ?? row.targetEnterpriseId;
      if (!enterpriseId) throw AppError('VALIDATION', { field: 'enterpriseId', message: '请选择隐患所在企业' });
      return {
        // The hazards service's own create path, inside this transaction: the hazard and the tip change commit together.
        before: async (unit) => {
          const { hazard } = await createHazard(
            { ...ctx, db: unit.tx },
            {
              enterpriseId, sector: row.sector ?? undefined, level: b.level, criterionIds: b.criterionIds, title: b.title, description: b.description,
              location: b.location, foundAt: b.foundAt ?? ctx.today, deadline: b.deadline, fixedOnSite: false, interimControls: '', evidence: [],
            },
            null,
            { tipOrigin: { tipId: row.id, tipNo: row.tipNo }, unit },
          );
          return { changes: { hazardId: hazard.id, targetEnterpriseId: enterpriseId }, payload: { hazardId: hazard.id }, ...note(`已登记隐患 ${hazard.hazardNo}`) };
        },
      };
    },
    reply: (row, b, ctx) => {
      check(row, 'reply', ctx, b);
      return note(b.text, 'officer_feedback');
    },
    ask: (row, b, ctx) => {
      check(row, 'ask', ctx, b);
      return note(b.text, 'officer_question');
    },
    propose_reward: async (row, b, ctx) => {
      const reward = await tipRewardOf(ctx.db, row, settings.rewardRules);
      if (!reward.eligible) throw AppError('TIP_REWARD_NOT_ELIGIBLE', { message: reward.rule });
      const amount = b.amountYuan ?? reward.amountYuan;
      check(row, 'propose_reward', ctx, { ...b, amountYuan: amount });
      if (amount !== reward.amountYuan && !b.note) throw AppError('VALIDATION', { field: 'note', message: '奖励金额与计算结果不同，须说明理由' });
      return {
        changes: { rewardStatus: 'proposed', rewardComputedYuan: reward.amountYuan, rewardAmountYuan: amount, rewardRule: reward.rule, rewardProposedBy: ctx.auth.user.id },
        payload: { amountYuan: amount, computedYuan: reward.amountYuan },
        ...note(`提出奖励 ${amount} 元${b.note ? `：${b.note}` : ''}`),
      };
    },
    approve_reward: (row, b, ctx) => ({ changes: { rewardStatus: 'approved', rewardApprovedAt: ctx.now }, ...note(`批准奖励 ${row.rewardAmountYuan ?? 0} 元${b.note ? `：${b.note}` : ''}`) }),
    record_payment: (row, b, ctx) => {
      check(row, 'record_payment', ctx, b);
      return { changes: { rewardStatus: 'paid', rewardPaidAt: b.paidAt, rewardVoucherNo: b.voucherNo }, ...note(`奖励已发放，凭证号 ${b.voucherNo}`) };
    },
    close: (row, b, ctx) => ({ changes: { closedAt: ctx.now }, ...note(b.note) }),
  };

  return {
    stream: tipStream,
    machine: tipMachine,
    facts: (row, ctx) => tipFactsOf(ctx.db, row, settings.rewardRules),
    handlers,
    compareAndSet: (tx, row, changes, status, at) => repo.compareAndSetTip(tx, row, { ...changes, status, updatedAt: at }),
  };
}

/** One workflow action on a tip the route loaded within the tip scope; returns the tip as written. */
export async function performTipAction<A extends TipAction>(ctx: ActionContext, settings: TipSettings, row: repo.TipRow, action: A, input: TipActionInputs[A]): Promise<repo.TipRow> {
  return (await performWorkflowAction(tipWorkflow(settings), ctx, row, action, input)).row;
}
