import { Form, Input, Radio } from 'antd';
import type { Id } from '../../../api/types.ts';
import { RemoteSelect } from '../../../app/RemoteSelect.tsx';
import { actionForm, trimmed } from '../../../app/workflow/actionForm.ts';
import { tipDeclineReasons, tipsApi, type DeclineReason, type TipDetail } from '../api.ts';
import { declineReasonLabels } from '../labels.tsx';

const { TextArea } = Input;

type DeclineValues = { reason?: DeclineReason; duplicateOfTipId?: Id; note?: string };

/** Accepted tips a repeat may be linked to. */
async function acceptedTips(tip: TipDetail, q: string) {
  const page = await tipsApi.list({ q: q || undefined, status: 'accepted,investigating,verified,unfounded,closed', page: 1, pageSize: 20 });
  return page.items.filter((t) => t.id !== tip.id).map((t) => ({ value: t.id, label: `${t.tipNo} ${t.targetName}` }));
}

/** 不予受理 (a repeat is linked to the accepted tip: only the first reporter may be rewarded). */
export const declineForm = actionForm<DeclineValues>()({
  initial: () => ({ reason: 'out_of_scope' }),
  Fields: ({ record: tip, form }) => {
    const reason = Form.useWatch('reason', form);
    return (
      <>
        <Form.Item label="不予受理理由" name="reason" rules={[{ required: true, message: '请选择不予受理的理由' }]}>
          <Radio.Group>
            {tipDeclineReasons.map((r) => (
              <Radio key={r} value={r} style={{ display: 'flex', marginBottom: 6 }}>
                {declineReasonLabels[r]}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {reason === 'repeat' && (
          <Form.Item
            label="重复的已受理举报"
            name="duplicateOfTipId"
            rules={[{ required: true, message: '重复举报须关联一件已受理的举报' }]}
            extra="只有首个有效举报人可获奖励；本件将关联到所选举报。"
          >
            <RemoteSelect placeholder="输入举报编号或被举报单位搜索" fetchOptions={(q) => acceptedTips(tip, q)} />
          </Form.Item>
        )}
        <Form.Item label="说明" name="note">
          <TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </>
    );
  },
  toBody: (v: DeclineValues, _t: TipDetail) => ({
    reason: v.reason ?? 'out_of_scope',
    note: trimmed(v.note),
    duplicateOfTipId: v.reason === 'repeat' ? v.duplicateOfTipId : undefined,
  }),
  danger: true,
});
