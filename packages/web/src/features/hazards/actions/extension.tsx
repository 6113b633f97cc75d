import { DatePicker, Descriptions, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { actionForm, optionalText, trimmed } from '../../../app/workflow/actionForm.ts';
import type { Hazard } from '../api.ts';
import { day, NoteField, requiredChoice, requiredText } from './fields.tsx';

const { TextArea } = Input;

type RequestValues = { reason?: string; interimControls?: string; newDeadline?: Dayjs | null };

export const requestExtensionForm = actionForm<RequestValues>()({
  initial: (h: Hazard) => ({ interimControls: h.interimControls ?? '' }),
  Fields: ({ record: h, req }) => {
    const newDeadline = req('newDeadline', '申请延期至');
    return (
      <>
        <Form.Item label="延期理由" name="reason" rules={requiredText('请填写延期理由')}>
          <TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item label="临时管控措施" name="interimControls" rules={requiredText('申请延期须落实临时管控措施')}>
          <TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          label="申请延期至"
          name="newDeadline"
          validateFirst
          rules={[...requiredChoice('请选择新的整改期限'), ...newDeadline.rules]}
          extra={newDeadline.extra ?? (h.deadline ? `当前整改期限：${h.deadline}` : undefined)}
        >
          <DatePicker style={{ width: 200 }} disabledDate={newDeadline.disabledDate} />
        </Form.Item>
      </>
    );
  },
  toBody: (v: RequestValues, _h: Hazard) => ({ reason: trimmed(v.reason), interimControls: trimmed(v.interimControls), newDeadline: day(v.newDeadline) ?? '' }),
});

type DecideValues = { approve?: boolean; note?: string };

export const decideExtensionForm = actionForm<DecideValues>()({
  // No preselected answer: the officer chooses 同意 or 不同意 (issue 12).
  initial: () => ({}),
  Fields: ({ record: h }) => (
    <>
      {h.pendingExtension && (
        <Descriptions
          size="small"
          bordered
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'reason', label: '延期理由', children: h.pendingExtension.reason },
            { key: 'ic', label: '临时管控措施', children: h.pendingExtension.interimControls },
            { key: 'nd', label: '申请延期至', children: `${h.pendingExtension.newDeadline}（原期限 ${h.deadline ?? '—'}）` },
          ]}
        />
      )}
      <Form.Item label="审批结果" name="approve" rules={requiredChoice('请选择审批结果')}>
        <Radio.Group
          options={[
            { value: true, label: '同意延期' },
            { value: false, label: '不同意' },
          ]}
        />
      </Form.Item>
      <NoteField label="审批意见" />
    </>
  ),
  toBody: (v: DecideValues, _h: Hazard) => ({ approve: v.approve === true, note: optionalText(v.note) }),
});
