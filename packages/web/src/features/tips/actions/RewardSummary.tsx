import { Descriptions } from 'antd';
import type { TipDetail } from '../api.ts';
import { violationKindLabels, yuan } from '../labels.tsx';

/**
 * The reward per 《安全生产领域举报奖励办法》, always as the server computed it under the configured rules: the
 * preview (`rewardPreview`) before the proposal, the recorded computation after it.
 */
export function RewardSummary({ tip }: { tip: TipDetail }) {
  const r = tip.reward;
  const inv = tip.investigation;
  const preview = tip.rewardPreview;
  const items = r
    ? [
        ...(inv ? [{ key: 'penalty', label: '罚没款', children: yuan(inv.penaltyYuan) }] : []),
        { key: 'computed', label: '按规则计算', children: <strong>{yuan(r.computedYuan)}</strong> },
        ...(r.amountYuan !== null ? [{ key: 'amount', label: '拟奖励金额', children: yuan(r.amountYuan) }] : []),
        { key: 'rule', label: '计算规则', children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.rule}</span> },
      ]
    : [
        { key: 'penalty', label: '罚没款', children: yuan(preview?.penaltyYuan ?? inv?.penaltyYuan) },
        ...(preview ? [{ key: 'kind', label: '查实问题', children: violationKindLabels[preview.violationKind] }] : []),
        { key: 'computed', label: '按规则计算', children: <strong data-testid="reward-preview">{preview ? yuan(preview.amountYuan) : '不予奖励'}</strong> },
        ...(preview ? [{ key: 'rule', label: '计算规则', children: <span style={{ whiteSpace: 'pre-wrap' }}>{preview.rule}</span> }] : []),
      ];
  return <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }} data-testid="reward-summary" items={items} />;
}
