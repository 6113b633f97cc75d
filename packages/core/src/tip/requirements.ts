// Form requirements of the tip workflow's action forms (workflow/requirements.ts), sent with the tip and checked
// by the server against the same object.
import { hazardLevels } from '../hazard/hazard-machine.ts';
import { MAJOR_NEEDS_CRITERION } from '../hazard/requirements.ts';
import type { FormRequirements } from '../workflow/requirements.ts';
import { tipDeclineReasons, tipViolationKinds, type TipAction } from './tip-vocabulary.ts';

export type TipRequirementContext = {
  today: string;
  /** The tip already names a registered enterprise (register_hazard then defaults to it). */
  hasTargetEnterprise: boolean;
  /** 奖励办法 ceiling and, once proposed/approved, the amount in force. */
  maxRewardYuan: number;
  approvedRewardYuan: number | null;
};

export function tipActionRequirements(action: TipAction, ctx: TipRequirementContext): FormRequirements {
  switch (action) {
    case 'accept':
    case 'approve_reward':
    case 'close':
      return {};
    case 'decline':
      return {
        reason: { required: true, options: tipDeclineReasons },
        duplicateOfTipId: { required: { whenField: 'reason', equals: 'repeat' }, hint: '重复举报须选择已受理的原举报' },
      };
    case 'route':
      return { sector: { required: true } };
    case 'investigate':
      return {
        findings: { required: true },
        verified: { required: true },
        violationKind: { required: true, options: tipViolationKinds, hint: '查实的举报须选择查实的问题类型' },
        penaltyYuan: { required: false, min: 0 },
      };
    case 'register_hazard':
      return {
        enterpriseId: { required: !ctx.hasTargetEnterprise, hint: '请选择隐患所在企业' },
        level: { required: true, options: hazardLevels },
        criterionIds: { required: { whenField: 'level', equals: 'major' }, hint: MAJOR_NEEDS_CRITERION },
        title: { required: true },
        foundAt: { required: false, max: ctx.today },
        deadline: { required: true, hint: '不能早于发现日期' },
      };
    case 'reply':
    case 'ask':
      return { text: { required: true } };
    case 'propose_reward':
      return {
        amountYuan: { required: false, min: 0, max: ctx.maxRewardYuan, hint: `不超过${ctx.maxRewardYuan}元；与计算结果不同须在说明中写明理由` },
      };
    case 'record_payment': {
      const amount = ctx.approvedRewardYuan ?? 0;
      return {
        voucherNo: { required: true },
        paidAt: { required: true },
        amountYuan: { required: false, min: amount, max: amount, hint: `「发放金额」应与批准金额 ${amount} 元一致` },
      };
    }
  }
}
