import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { dateFormat } from '../../../app/labels.ts';
import { actionForm, trimmed } from '../../../app/workflow/actionForm.ts';
import type { TipDetail } from '../api.ts';
import { RewardSummary } from './RewardSummary.tsx';

const { TextArea } = Input;
const optionalNumber = (n: number | null | undefined): number | undefined => (typeof n === 'number' ? n : undefined);

type ProposeValues = { amountYuan?: number | null; note?: string };

/** 提出奖励: the amount defaults to the server's computation under the configured rules. */
export const proposeRewardForm = actionForm<ProposeValues>()({
  initial: (t: TipDetail) => ({ amountYuan: t.rewardPreview?.amountYuan ?? t.reward?.computedYuan ?? null }),
  Fields: ({ record }) => (
    <>
      <RewardSummary tip={record} />
      <Form.Item label="拟奖励金额（元）" name="amountYuan" extra="不填则按规则计算的金额；调整时请在说明中写明理由">
        <InputNumber min={0} precision={0} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item label="说明" name="note">
        <TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </>
  ),
  toBody: (v: ProposeValues, _t: TipDetail) => ({ amountYuan: optionalNumber(v.amountYuan), note: trimmed(v.note) }),
});

type PaymentValues = { voucherNo?: string; paidAt?: Dayjs | null; amountYuan?: number | null };

/** 记录发放. */
export const recordPaymentForm = actionForm<PaymentValues>()({
  initial: (t: TipDetail) => ({ amountYuan: t.reward?.amountYuan ?? null, paidAt: dayjs() }),
  Fields: ({ record, req }) => {
    const paidAt = req('paidAt', '发放日期');
    return (
      <>
        <RewardSummary tip={record} />
        <Form.Item label="凭证号" name="voucherNo" rules={[{ required: true, whitespace: true, message: '请填写发放凭证号' }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item label="发放日期" name="paidAt" rules={[{ required: true, message: '请选择发放日期' }, ...paidAt.rules]} extra={paidAt.extra}>
          <DatePicker style={{ width: 200 }} disabledDate={paidAt.disabledDate} />
        </Form.Item>
        <Form.Item label="实发金额（元）" name="amountYuan">
          <InputNumber min={0} precision={0} style={{ width: 220 }} />
        </Form.Item>
      </>
    );
  },
  toBody: (v: PaymentValues, _t: TipDetail) => ({ voucherNo: trimmed(v.voucherNo), paidAt: v.paidAt ? v.paidAt.format(dateFormat) : '', amountYuan: optionalNumber(v.amountYuan) }),
});
