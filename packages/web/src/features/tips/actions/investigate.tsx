import { Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { dateFormat } from '../../../app/labels.ts';
import { actionForm, trimmed } from '../../../app/workflow/actionForm.ts';
import { CriterionSuggestions } from '../../grading/CriterionSuggestions.tsx';
import { tipViolationKinds, type TipDetail, type ViolationKind } from '../api.ts';
import { violationKindLabels } from '../labels.tsx';

const { TextArea } = Input;

type InvestigateValues = { findings?: string; verified?: boolean; violationKind?: ViolationKind; penaltyYuan?: number | null };

/**
 * 核查: findings, verified or not, the kind of violation and the penalty (the base of the reward). The 判定助手 reads
 * the findings; picking an item marks the violation as a 重大事故隐患 (the criterion itself is cited when the hazard
 * is registered).
 */
export const investigateForm = actionForm<InvestigateValues>()({
  initial: (tip: TipDetail) => ({ verified: true, violationKind: tip.category, penaltyYuan: null }),
  Fields: ({ record: tip, form }) => {
    const verified = Form.useWatch('verified', form);
    const findings = Form.useWatch('findings', form) ?? '';
    return (
      <>
        <Form.Item label="核查情况" name="findings" rules={[{ required: true, whitespace: true, message: '请填写核查情况' }]}>
          <TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
        <CriterionSuggestions
          description={findings}
          foundAt={dayjs().format(dateFormat)}
          // The tip's sector, not its enterprise: a 举报受理员 works in the tip scope and may not read the enterprise.
          sector={tip.sector ?? undefined}
          onPick={() => form.setFieldsValue({ verified: true, violationKind: 'major_hazard' })}
        />
        <Form.Item label="核查结论" name="verified" rules={[{ required: true, message: '请选择核查结论' }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: true, label: '查实' },
              { value: false, label: '未查实' },
            ]}
            onChange={(e) => {
              if (e.target.value === false) form.setFieldsValue({ violationKind: 'none', penaltyYuan: null });
            }}
          />
        </Form.Item>
        <Form.Item label="查实问题性质" name="violationKind" rules={[{ required: true, message: '请选择问题性质' }]}>
          <Select disabled={verified === false} options={tipViolationKinds.map((k) => ({ value: k, label: violationKindLabels[k] }))} />
        </Form.Item>
        <Form.Item label="罚没款（元）" name="penaltyYuan" extra="按《安全生产领域举报奖励办法》，奖励按罚没款的比例计算">
          <InputNumber min={0} precision={0} step={1000} style={{ width: 220 }} disabled={verified === false} />
        </Form.Item>
      </>
    );
  },
  toBody: (v: InvestigateValues, _t: TipDetail) => ({
    findings: trimmed(v.findings),
    verified: v.verified === true,
    violationKind: v.violationKind ?? 'none',
    penaltyYuan: v.penaltyYuan ?? null,
  }),
});
