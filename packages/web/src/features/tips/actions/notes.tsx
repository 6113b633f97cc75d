import { Form, Input } from 'antd';
import { actionForm, trimmed } from '../../../app/workflow/actionForm.ts';
import type { TipDetail } from '../api.ts';
import { RewardSummary } from './RewardSummary.tsx';

const { TextArea } = Input;

type NoteValues = { note?: string };
type TextValues = { text?: string };

const noteForm = (label: string, withReward = false) =>
  actionForm<NoteValues>()({
    Fields: ({ record }) => (
      <>
        {withReward && <RewardSummary tip={record} />}
        <Form.Item label={label} name="note">
          <TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </>
    ),
    toBody: (v: NoteValues, _t: TipDetail) => ({ note: trimmed(v.note) }),
  });

/** 受理, 批准奖励, 办结: an optional note. */
export const acceptForm = noteForm('受理意见');
export const approveRewardForm = noteForm('审批意见', true);
export const closeForm = noteForm('办结说明');

const textForm = (label: string, message: string, extra: string, rows: number) =>
  actionForm<TextValues>()({
    Fields: () => (
      <Form.Item label={label} name="text" rules={[{ required: true, whitespace: true, message }]} extra={extra}>
        <TextArea rows={rows} maxLength={2000} showCount />
      </Form.Item>
    ),
    toBody: (v: TextValues, _t: TipDetail) => ({ text: trimmed(v.text) }),
  });

/** 答复 and 询问 the reporter (seen with the receipt code). */
export const replyForm = textForm('答复内容', '请填写答复内容', '举报人凭查询码可看到答复；请勿写入举报人身份信息。', 5);
export const askForm = textForm('问题', '请填写要询问的问题', '举报人凭查询码看到问题后可补充回答。', 4);
