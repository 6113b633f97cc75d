import { Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { planKindLabels, planKinds, type PlanKind } from '@zhiben/core/src/tasks/task-rules.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useQuery } from '../../app/useQuery.ts';
import { useSectorSelect } from '../reference/useSectors.ts';
import { createPlan, filingOrgOptions, ownPlanOptions, plansApi, type PlanBody, type PlanView } from './api.ts';
import { fetchedOptions } from '../../app/forms.ts';

type Values = {
  kind?: PlanKind;
  parentId?: string;
  name?: string;
  docNo?: string;
  periodFrom?: Dayjs | null;
  periodTo?: Dayjs | null;
  sector?: string;
  actionLines?: { code?: string; name?: string }[];
  summary?: string;
  filingOrgId?: string;
  filingDue?: Dayjs | null;
};

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

function toBody(v: Values): Omit<PlanBody, 'kind' | 'parentId'> {
  return {
    name: (v.name ?? '').trim(),
    docNo: (v.docNo ?? '').trim(),
    periodFrom: day(v.periodFrom) ?? '',
    periodTo: day(v.periodTo) ?? '',
    sector: v.sector ?? null,
    actionLines: (v.actionLines ?? []).filter((a) => a.code?.trim() && a.name?.trim()).map((a) => ({ code: (a.code ?? '').trim(), name: (a.name ?? '').trim() })),
    summary: (v.summary ?? '').trim(),
    filingOrgId: v.filingOrgId ?? null,
    filingDue: day(v.filingDue),
  };
}

const initialOf = (p: PlanView | null): Values =>
  p
    ? {
        kind: p.kind,
        parentId: p.parentId ?? undefined,
        name: p.name,
        docNo: p.docNo,
        periodFrom: dayjs(p.periodFrom),
        periodTo: dayjs(p.periodTo),
        sector: p.sector ?? undefined,
        actionLines: p.actionLines,
        summary: p.summary,
        filingOrgId: p.filingOrgId ?? undefined,
        filingDue: p.filingDue ? dayjs(p.filingDue) : null,
      }
    : { kind: 'annual', periodFrom: dayjs().startOf('year'), periodTo: dayjs().endOf('year'), actionLines: [] };

/**
 * 制定 / 修改 a plan: kind (a sector sub-plan names its sector), the parent plan, the period, the action lines its
 * tasks are grouped by, and filing with the upper 安委办 by a deadline. The server checks the rest (field errors
 * land on the field).
 */
export function PlanFormModal({ open, plan, onClose, onSaved }: { open: boolean; plan: PlanView | null; onClose: () => void; onSaved: (plan: PlanView) => void }) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const plans = useQuery('own-plans', (signal) => ownPlanOptions(signal));
  const orgs = useQuery('filing-orgs', (signal) => filingOrgOptions(signal));
  const sectorSelect = useSectorSelect();
  const { submit, saving, error, conflict } = useFormSubmit(
    form,
    (v: Values) => (plan ? plansApi.act(plan.id, 'revise', { ...toBody(v), version: plan.version }) : createPlan({ ...toBody(v), kind: v.kind ?? 'annual', parentId: v.parentId ?? null })),
    { success: plan ? '方案已修改' : '方案已保存（草拟）', onSuccess: onSaved },
  );
  return (
    <FormModal
      open={open}
      title={plan ? '修改方案' : '制定方案'}
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
      error={error}
      onReload={conflict ? onClose : undefined}
      width={760}
      errorTestId="plan-form-error"
    >
      <Form form={form} layout="vertical" initialValues={initialOf(plan)} preserve={false} data-testid="plan-form">
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item label="方案类型" name="kind" rules={[{ required: true, message: '请选择方案类型' }]}>
              <Select disabled={plan !== null} options={planKinds.map((k) => ({ value: k, label: planKindLabels[k] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="上级方案" name="parentId">
              <Select allowClear disabled={plan !== null} {...fetchedOptions(plans, (options) => options.filter((p) => p.value !== plan?.id))} />
            </Form.Item>
          </Col>
          {kind === 'sector' && (
            <Col xs={24} sm={12}>
              <Form.Item label="行业领域" name="sector" rules={[{ required: true, message: '行业领域子方案须选择行业领域' }]}>
                <Select {...sectorSelect} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24}>
            <Form.Item label="方案名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写方案名称' }]}>
              <Input maxLength={200} data-testid="plan-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="起始日期" name="periodFrom" rules={[{ required: true, message: '请选择起始日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="截止日期" name="periodTo" rules={[{ required: true, message: '请选择截止日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="文号" name="docNo" extra="印发时填写亦可">
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="备案单位" name="filingOrgId" extra="报上级安委会办公室备案">
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} {...fetchedOptions(orgs)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="备案期限" name="filingDue">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="行动（如 八大行动）">
          <Form.List name="actionLines">
            {(items, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {items.map(({ key, name }) => (
                  <Space key={key} wrap align="start">
                    <Form.Item name={[name, 'code']} noStyle rules={[{ required: true, whitespace: true, message: '请填写序号' }]}>
                      <Input placeholder="序号，如 一" maxLength={16} style={{ width: 110 }} />
                    </Form.Item>
                    <Form.Item name={[name, 'name']} noStyle rules={[{ required: true, whitespace: true, message: '请填写行动名称' }]}>
                      <Input placeholder="行动名称" maxLength={100} style={{ width: 280, maxWidth: '100%' }} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(name)} aria-label="删除行动" />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ code: '', name: '' })}>
                  增加行动
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item label="主要内容" name="summary">
          <Input.TextArea rows={4} maxLength={20000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
