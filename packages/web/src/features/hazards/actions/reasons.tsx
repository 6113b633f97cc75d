import { actionForm, trimmed } from '../../../app/workflow/actionForm.ts';
import type { Hazard } from '../api.ts';
import { ReasonField } from './fields.tsx';

type ReasonValues = { reason?: string };

const reasonForm = (label: string, message: string, extra?: string) =>
  actionForm<ReasonValues>()({
    Fields: () => <ReasonField label={label} message={message} extra={extra} />,
    toBody: (v: ReasonValues, _h: Hazard) => ({ reason: trimmed(v.reason) }),
    danger: true,
  });

/** 不予认定, 作废, 退回整改: one reason each. */
export const dismissForm = reasonForm('不予认定理由', '请填写不予认定的理由');
export const voidForm = reasonForm('作废理由', '请填写作废理由', '作废后隐患编号仍保留，不再复用。');
export const returnForm = reasonForm('退回理由', '请填写退回整改的理由');
