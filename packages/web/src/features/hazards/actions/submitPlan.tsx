import { Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { planFieldLabels, type PlanField } from '../../../app/labels.ts';
import { actionForm, optionalText, trimmed } from '../../../app/workflow/actionForm.ts';
import type { RequirementRules } from '../../../app/workflow/requirements.ts';
import type { Hazard } from '../api.ts';
import { planFieldHints } from '../labels.tsx';
import { day, parseDay } from './fields.tsx';

const { TextArea } = Input;

type PlanValues = {
  plan?: { responsible?: string; measures?: string; fundsWanYuan?: number | null; deadline?: Dayjs | null; contingency?: string };
  interimControls?: string;
};

const planLabel = (f: PlanField): string => `${planFieldLabels[f]} · ${planFieldHints[f]}`;

/** The Form.Item props of a 五落实 field: which fields a level requires is the server's (`submit_plan.plan.*`). */
function planItem(req: RequirementRules, f: PlanField) {
  const r = req(`plan.${f}`, planFieldLabels[f]);
  return { label: planLabel(f), name: ['plan', f], required: r.required, rules: r.rules, extra: r.extra };
}

/** 提交治理方案（五落实）. */
export const submitPlanForm = actionForm<PlanValues>()({
  initial: (h: Hazard) => ({
    plan: {
      responsible: h.plan?.responsible ?? '',
      measures: h.plan?.measures ?? '',
      fundsWanYuan: h.plan?.fundsWanYuan ?? null,
      deadline: parseDay(h.plan?.deadline ?? h.deadline),
      contingency: h.plan?.contingency ?? '',
    },
    interimControls: h.interimControls ?? '',
  }),
  Fields: ({ req }) => (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item {...planItem(req, 'responsible')}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item {...planItem(req, 'fundsWanYuan')}>
            {/* No InputNumber min: -5 is refused by the requirement's rule with its reason instead of becoming 0. */}
            <InputNumber step={0.1} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item {...planItem(req, 'deadline')}>
            <DatePicker style={{ width: '100%' }} disabledDate={req('plan.deadline', planFieldLabels.deadline).disabledDate} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item {...planItem(req, 'measures')}>
        <TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item {...planItem(req, 'contingency')}>
        <TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Form.Item label="临时管控措施" name="interimControls">
        <TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  ),
  toBody: (v: PlanValues, _h: Hazard) => ({
    plan: {
      responsible: trimmed(v.plan?.responsible),
      measures: trimmed(v.plan?.measures),
      fundsWanYuan: v.plan?.fundsWanYuan ?? null,
      deadline: day(v.plan?.deadline) ?? null,
      contingency: trimmed(v.plan?.contingency),
    },
    interimControls: optionalText(v.interimControls),
  }),
  wide: true,
});
