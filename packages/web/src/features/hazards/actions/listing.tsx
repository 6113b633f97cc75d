import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { actionForm, optionalText, trimmed } from '../../../app/workflow/actionForm.ts';
import type { Hazard } from '../api.ts';
import { day, NoteField, requiredChoice, requiredText } from './fields.tsx';

type ListValues = { docNo?: string; deadline?: Dayjs | null };

/** 挂牌督办. */
export const listForm = actionForm<ListValues>()({
  Fields: ({ req }) => {
    const deadline = req('deadline', '督办期限');
    return (
      <>
        <Form.Item label="督办文号" name="docNo" rules={requiredText('请填写挂牌督办文号')}>
          <Input maxLength={64} placeholder="如 涡安办〔2026〕12号" />
        </Form.Item>
        <Form.Item label="督办期限" name="deadline" validateFirst rules={[...requiredChoice('请选择督办期限'), ...deadline.rules]} extra={deadline.extra}>
          <DatePicker style={{ width: 200 }} disabledDate={deadline.disabledDate} />
        </Form.Item>
      </>
    );
  },
  toBody: (v: ListValues, _h: Hazard) => ({ docNo: trimmed(v.docNo), deadline: day(v.deadline) ?? '' }),
});

type DelistValues = { note?: string; docNo?: string };

/** 摘牌. */
export const delistForm = actionForm<DelistValues>()({
  initial: () => ({ docNo: '' }),
  Fields: () => (
    <>
      <NoteField label="摘牌说明" required="请填写摘牌说明" />
      <Form.Item label="摘牌文号" name="docNo">
        <Input maxLength={64} />
      </Form.Item>
    </>
  ),
  toBody: (v: DelistValues, _h: Hazard) => ({ note: trimmed(v.note), docNo: optionalText(v.docNo) }),
});
