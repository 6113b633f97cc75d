import { Form, Input, Typography } from 'antd';
import { actionForm, trimmed } from '../../../app/workflow/actionForm.ts';
import type { Inspection } from '../api.ts';

/** 向企业公开: a 暗访 becomes visible to the inspected enterprise (its findings were already sent as hazards). */
export const releaseForm = actionForm<Record<string, never>>()({
  Fields: () => <Typography.Paragraph>公开后，被检查单位可查看本次暗访的检查记录。</Typography.Paragraph>,
  toBody: (_v: Record<string, never>, _i: Inspection) => ({}),
});

type CancelValues = { reason?: string };

export const cancelForm = actionForm<CancelValues>()({
  Fields: ({ req }) => {
    const reason = req('reason', '取消原因');
    return (
      <Form.Item label="取消原因" name="reason" required rules={[{ required: true, whitespace: true, min: 2, message: '请填写取消原因（至少2个字）' }, ...reason.rules]} extra={reason.extra}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    );
  },
  toBody: (v: CancelValues, _i: Inspection) => ({ reason: trimmed(v.reason) }),
  danger: true,
});
