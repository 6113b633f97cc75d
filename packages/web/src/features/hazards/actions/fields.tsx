import { Form, Input } from 'antd';
import type { FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { dateFormat } from '../../../app/labels.ts';

const { TextArea } = Input;

/** Shared bits of the hazard action forms. */
export const day = (d: Dayjs | null | undefined): string | undefined => (d ? d.format(dateFormat) : undefined);
export const parseDay = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s) : null);
export const requiredText = (message: string): FormRule[] => [{ required: true, whitespace: true, message }];
/**
 * A choice the form asks for in its own words. Placed before the server's rules for the same field (which require it
 * too, as 请填写…), so the item needs `validateFirst`: otherwise an empty field shows both messages.
 */
export const requiredChoice = (message: string): FormRule[] => [{ required: true, message }];

/** A required reason (不予认定, 作废, 退回 …). */
export function ReasonField({ label, message, extra }: { label: string; message: string; extra?: string }) {
  return (
    <Form.Item label={label} name="reason" rules={requiredText(message)} extra={extra}>
      <TextArea rows={4} maxLength={1000} />
    </Form.Item>
  );
}

export function NoteField({ label, required, rows = 3, maxLength = 1000 }: { label: string; required?: string; rows?: number; maxLength?: number }) {
  return (
    <Form.Item label={label} name="note" rules={required ? requiredText(required) : []}>
      <TextArea rows={rows} maxLength={maxLength} />
    </Form.Item>
  );
}
