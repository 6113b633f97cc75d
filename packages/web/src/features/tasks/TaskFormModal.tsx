import { useState } from 'react';
import { Button, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { taskKindLabels, taskKinds } from '@zhiben/core/src/tasks/task-rules.ts';
import { cadenceLabels, cadences } from '@zhiben/core/src/tasks/periods.ts';
import { ApiError } from '../../api/client.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useQuery } from '../../app/useQuery.ts';
import { leadersApi } from '../leaders/api.ts';
import { planOrgOptions, plansApi } from '../plans/api.ts';
import { createTask, indicatorSourceOptions, tasksApi, type TaskView } from './api.ts';
import { initialOf, issueBlocked, toFields, type Values } from './taskForm.ts';
import { fetchedOptions } from '../../app/forms.ts';

/**
 * 新增 / 修改 a task of a plan (编号 as printed, 行动, lead and co-responsible orgs, milestones, indicator), and
 * optionally 下发 it at once. What a task lacks for issuing is checked with the core rule the server applies
 * (explainIssueBlocked) before anything is written, and shown on the field it names.
 */
export function TaskFormModal({
  open,
  planId,
  task,
  onClose,
  onSaved,
}: {
  open: boolean;
  planId: string;
  /** The draft or issued task to revise; null to add one. */
  task: TaskView | null;
  onClose: () => void;
  onSaved: (task: TaskView) => void;
}) {
  const [form] = Form.useForm<Values>();
  // A task added whose 下发 then failed on the server: the next submission revises it instead of adding another.
  const [saved, setSaved] = useState<TaskView | null>(null);
  const current = saved ?? task;
  const kind = Form.useWatch('kind', form);
  const issueNow = Form.useWatch('issueNow', form);
  const plan = useQuery(`plan:${planId}`, (signal) => plansApi.get(planId, signal));
  const actionLines = plan.data?.actionLines ?? [];
  const orgs = useQuery('plan-orgs', (signal) => planOrgOptions(signal));
  const leaders = useQuery('leaders:active', (signal) => leadersApi.list({ active: 'true' }, signal));
  const sources = useQuery('indicator-sources', (signal) => indicatorSourceOptions(signal));

  const { submit, saving, error } = useFormSubmit(
    form,
    async (v: Values) => {
      const fields = toFields(v, sources.data ?? []);
      const blocked = v.issueNow ? issueBlocked(fields) : null;
      if (blocked) throw new ApiError('VALIDATION', blocked.message, blocked.field);
      let written = current ? await tasksApi.act(current.id, 'revise', { ...fields, version: current.version }) : await createTask({ ...fields, planId });
      setSaved(written);
      if (v.issueNow && written.actions.includes('issue')) written = await tasksApi.act(written.id, 'issue', { version: written.version, note: '' });
      return written;
    },
    { success: (t) => (t.status === 'draft' ? '任务已保存（草拟）' : '任务已保存'), onSuccess: onSaved },
  );

  const canIssue = !current || current.status === 'draft';
  return (
    <FormModal
      open={open}
      title={task ? `修改任务 ${task.displayCode}` : '新增任务'}
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
      error={error}
      okText={issueNow ? '保存并下发' : '保存'}
      width={760}
      errorTestId="task-form-error"
      afterClose={() => setSaved(null)}
    >
      <Form form={form} layout="vertical" initialValues={initialOf(task)} preserve={false} data-testid="task-form">
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item label="编号" name="code" extra="按方案原文，如（三）2" rules={[{ required: true, whitespace: true, message: '请填写编号' }]}>
              <Input maxLength={40} data-testid="task-code" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item label="任务名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写任务名称' }]}>
              <Input maxLength={200} data-testid="task-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="行动" name="actionCode">
              <Select allowClear placeholder={actionLines.length ? '八大/十大行动' : '方案未列行动'} {...fetchedOptions(plan, (p) => p.actionLines.map((a) => ({ value: a.code, label: `${a.code} ${a.name}` })))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="任务类型" name="kind" rules={[{ required: true, message: '请选择任务类型' }]}>
              <Select options={taskKinds.map((k) => ({ value: k, label: taskKindLabels[k] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="牵头单位" name="leadOrgId">
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} {...fetchedOptions(orgs)} data-testid="task-lead-org" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="配合单位" name="coOrgIds">
              <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} {...fetchedOptions(orgs)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="完成时限" name="dueDate">
              <DatePicker style={{ width: '100%' }} data-testid="task-due" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="分管领导" name="leaderId">
              <Select allowClear {...fetchedOptions(leaders, (page) => page.items.map((l) => ({ value: l.id, label: `${l.name}（${l.post}）` })))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="责任人" name="responsible">
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label=" " name="key" valuePropName="checked">
              <Checkbox>重点任务</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="任务内容" name="body">
          <Input.TextArea rows={3} maxLength={20000} />
        </Form.Item>
        <Form.Item label="节点">
          <Form.List name="milestones">
            {(items, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {items.map(({ key, name }) => (
                  <Space key={key} wrap align="start">
                    <Form.Item name={[name, 'label']} noStyle rules={[{ required: true, whitespace: true, message: '请填写节点' }]}>
                      <Input placeholder="节点，如 摸底排查" maxLength={200} style={{ width: 260 }} />
                    </Form.Item>
                    <Form.Item name={[name, 'due']} noStyle rules={[{ required: true, message: '请选择节点时限' }]}>
                      <DatePicker placeholder="时限" />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(name)} aria-label="删除节点" />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ label: '', due: null })}>
                  增加节点
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
        {kind === 'indicator' && (
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item label="取数方式" name="indicatorSource">
                <Select
                  options={[
                    { value: 'manual', label: '手工填报' },
                    ...(sources.data ?? []).map((s) => ({ value: s.key, label: `${s.label}（平台读取${s.available ? '' : '，暂无数据'}）` })),
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item label="目标值" name="indicatorTarget">
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item label="指标说明" name="indicatorDefinition">
                <Input maxLength={200} placeholder="不填为任务名称" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item label="单位" name="indicatorUnit" extra="平台读取的指标按其单位（率以 1 为 100%）">
                <Input maxLength={16} />
              </Form.Item>
            </Col>
          </Row>
        )}
        {kind === 'recurring' && (
          <Form.Item label="频次" name="cadence">
            <Select options={cadences.map((c) => ({ value: c, label: cadenceLabels[c] }))} />
          </Form.Item>
        )}
        {canIssue && (
          <Form.Item name="issueNow" valuePropName="checked" extra="下发前须指定牵头单位、设定时限">
            <Checkbox data-testid="task-issue-now">保存后立即下发</Checkbox>
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
