import { Button, Card, DatePicker, Flex, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { evidenceRequirementLabels, evidenceRequirements, type EvidenceRequirement } from '@zhiben/core/src/inspection/vocabulary.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { dateFormat } from '../../app/labels.ts';
import { CriterionPicker } from '../hazards/CriterionPicker.tsx';
import { useSectorSelect } from '../reference/useSectors.ts';
import { checklistsApi, type Checklist, type ChecklistInput } from './api.ts';

type ItemValues = { code?: string; text?: string; major?: boolean; criterionIds?: string[]; evidence?: EvidenceRequirement; guidance?: string };
type Values = { title?: string; sectors?: string[]; effectiveFrom?: Dayjs | null; effectiveTo?: Dayjs | null; note?: string; items?: ItemValues[] };

const emptyItem: ItemValues = { code: '', text: '', major: false, criterionIds: [], evidence: 'none', guidance: '' };

function toBody(v: Values): ChecklistInput {
  return {
    title: (v.title ?? '').trim(),
    sectors: v.sectors ?? [],
    effectiveFrom: (v.effectiveFrom ?? dayjs()).format(dateFormat),
    effectiveTo: v.effectiveTo ? v.effectiveTo.format(dateFormat) : null,
    note: (v.note ?? '').trim(),
    items: (v.items ?? []).map((i) => ({
      code: (i.code ?? '').trim(),
      text: (i.text ?? '').trim(),
      major: i.major ?? false,
      criterionIds: i.criterionIds ?? [],
      evidence: i.evidence ?? 'none',
      guidance: (i.guidance ?? '').trim(),
      links: [],
    })),
  };
}

/**
 * A checklist written on screen: a new list, or the next version of `current` starting from its items (a published
 * version never changes; the server ends it the day before the new one takes effect). The rules of an item (text,
 * a major item's 判定标准, no duplicate code) are the server's (core checklistItemErrors); its row errors land on the
 * item's fields.
 */
export function ChecklistEditorModal({ open, current, onClose, onDone }: { open: boolean; current?: Checklist; onClose: () => void; onDone: (id: string) => void }) {
  const [form] = Form.useForm<Values>();
  const sectorSelect = useSectorSelect();
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: Values) => (current ? checklistsApi.publishVersion(current.id, toBody(v)) : checklistsApi.create(toBody(v))),
    { success: current ? '新版本已发布' : '检查表已发布', onSuccess: (c) => onDone(c.id) },
  );
  const initialValues: Values = current
    ? {
        title: current.title,
        sectors: current.sectors,
        // The day after the later of today and the current version's start (the server's rule for a next version).
        effectiveFrom: (dayjs(current.effectiveFrom).isAfter(dayjs()) ? dayjs(current.effectiveFrom) : dayjs()).add(1, 'day'),
        effectiveTo: null,
        note: current.note,
        items: current.items.map((i) => ({ code: i.code, text: i.text, major: i.major, criterionIds: i.criterionIds, evidence: i.evidence, guidance: i.guidance })),
      }
    : { sectors: [], effectiveFrom: dayjs(), items: [{ ...emptyItem, code: '1' }] };
  return (
    <FormModal open={open} title={current ? `编辑为新版本（第${current.version + 1}版）` : '新建检查表'} onClose={onClose} onSubmit={submit} saving={saving} error={error} okText="发布" width={900}>
      {/* Mounted afresh for each edit (the pages render the modal only while editing); preserve={false} would drop the
          items' initial values when the modal's first render remounts them. */}
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} data-testid="checklist-editor">
        <Form.Item label="清单名称" name="title" rules={[{ required: true, whitespace: true, min: 2, message: '请填写清单名称（至少2个字）' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item label="行业领域" name="sectors" style={{ minWidth: 260, flex: 1 }}>
            <Select mode="multiple" {...sectorSelect} />
          </Form.Item>
          <Form.Item label="生效日期" name="effectiveFrom" rules={[{ required: true, message: '请选择生效日期' }]}>
            <DatePicker style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label="失效日期" name="effectiveTo">
            <DatePicker style={{ width: 180 }} placeholder="长期有效" />
          </Form.Item>
        </Flex>
        <Form.Item label="说明" name="note">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Typography.Title level={5}>检查项</Typography.Title>
        <Form.List name="items">
          {(fields, { add, remove, move }) => (
            <Flex vertical gap={12}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={`第 ${index + 1} 项`}
                  data-testid="checklist-item"
                  extra={
                    <Space size={4}>
                      <Button size="small" icon={<ArrowUpOutlined />} aria-label="上移" disabled={index === 0} onClick={() => move(index, index - 1)} />
                      <Button size="small" icon={<ArrowDownOutlined />} aria-label="下移" disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} />
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label="删除此项" disabled={fields.length === 1} onClick={() => remove(field.name)} />
                    </Space>
                  }
                >
                  <Flex gap={12} wrap>
                    <Form.Item label="序号" name={[field.name, 'code']} style={{ width: 120 }} rules={[{ required: true, whitespace: true, message: '请填写序号' }]}>
                      <Input maxLength={20} placeholder="如 1.1" />
                    </Form.Item>
                    <Form.Item label="佐证" name={[field.name, 'evidence']} style={{ width: 120 }}>
                      <Select options={evidenceRequirements.map((e) => ({ value: e, label: evidenceRequirementLabels[e] }))} />
                    </Form.Item>
                    <Form.Item label="重大事故隐患项" name={[field.name, 'major']} valuePropName="checked">
                      <Switch />
                    </Form.Item>
                  </Flex>
                  <Form.Item label="检查内容" name={[field.name, 'text']} rules={[{ required: true, whitespace: true, message: '请填写检查内容' }]}>
                    <Input.TextArea rows={2} maxLength={500} />
                  </Form.Item>
                  <Form.Item label="判定依据" name={[field.name, 'criterionIds']} extra="引用判定标准条款的检查项即为重大事故隐患项">
                    <CriterionPicker />
                  </Form.Item>
                  <Form.Item label="检查方法" name={[field.name, 'guidance']}>
                    <Input.TextArea rows={2} maxLength={2000} />
                  </Form.Item>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ ...emptyItem, code: String(fields.length + 1) })} data-testid="checklist-add-item">
                添加检查项
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
