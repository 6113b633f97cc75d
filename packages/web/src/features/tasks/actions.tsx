import { Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TaskActionBody } from '../../api/contract.ts';
import { actionForm, trimmed, type ActionFormRegistry } from '../../app/workflow/actionForm.ts';
import type { RecordWorkflow } from '../../app/workflow/RecordPage.tsx';
import { fromReq } from '../plans/moduleB.tsx';
import { taskActionLabels, tasksApi, type TaskAction, type TaskView } from './api.ts';

const { TextArea } = Input;
/** 修改 (the task's fields) is done from the plan's task list import; the detail page offers the other actions. */
type FormAction = Exclude<TaskAction, 'revise'>;
type Bodies = { [A in FormAction]: Omit<TaskActionBody<A>, 'version'> };

type NoteValues = { note?: string };
const issue = actionForm<NoteValues>()({
  Fields: () => (
    <Form.Item label="下发说明" name="note">
      <TextArea rows={3} maxLength={1000} />
    </Form.Item>
  ),
  toBody: (v: NoteValues, _t: TaskView) => ({ note: trimmed(v.note) }),
});

type ProgressValues = { text?: string; percent?: number | null; milestonesDone?: number[]; periodDone?: string; indicatorValue?: number | null };
const reportProgress = actionForm<ProgressValues>()({
  initial: (t: TaskView) => ({ percent: t.progressPercent }),
  Fields: ({ record: t, req }) => (
    <>
      <Form.Item label="进展情况" name="text" {...fromReq(req, 'text', '进展情况')}>
        <TextArea rows={4} maxLength={4000} data-testid="progress-text" />
      </Form.Item>
      <Form.Item label="完成比例（%）" name="percent">
        <InputNumber min={0} max={100} style={{ width: 160 }} />
      </Form.Item>
      {t.milestones.some((m) => !m.doneOn) && (
        <Form.Item label="本次完成的节点" name="milestonesDone">
          <Checkbox.Group options={t.milestones.map((m, i) => ({ value: i, label: `${m.label}（${m.due}）`, disabled: m.doneOn !== null }))} />
        </Form.Item>
      )}
      {t.recurrence && (
        <Form.Item label="完成的周期" name="periodDone">
          <Select allowClear options={t.recurrence.occurrences.filter((o) => !o.done).map((o) => ({ value: o.period, label: `${o.label}（${o.due}前）` }))} />
        </Form.Item>
      )}
      {t.indicator && t.indicator.dataSource === 'manual' && (
        <Form.Item label={`指标当前值（${t.indicator.unit}）`} name="indicatorValue">
          <InputNumber style={{ width: 200 }} />
        </Form.Item>
      )}
    </>
  ),
  toBody: (v: ProgressValues, _t: TaskView) => ({
    text: trimmed(v.text),
    percent: v.percent ?? null,
    evidence: [],
    milestonesDone: v.milestonesDone ?? [],
    periodDone: v.periodDone ?? null,
    indicatorValue: v.indicatorValue ?? null,
  }),
});

type CompleteValues = { text?: string; completedOn?: Dayjs };
const complete = actionForm<CompleteValues>()({
  Fields: ({ req }) => (
    <>
      <Form.Item label="完成情况" name="text" {...fromReq(req, 'text', '完成情况')}>
        <TextArea rows={4} maxLength={4000} />
      </Form.Item>
      <Form.Item label="完成日期" name="completedOn" extra="不填为今天">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </>
  ),
  toBody: (v: CompleteValues, _t: TaskView) => ({ text: trimmed(v.text), evidence: [], completedOn: v.completedOn?.format('YYYY-MM-DD') }),
});

type TextValues = { text?: string };
const addNote = actionForm<TextValues>()({
  Fields: ({ req }) => (
    <Form.Item label="说明" name="text" {...fromReq(req, 'text', '说明')}>
      <TextArea rows={4} maxLength={4000} />
    </Form.Item>
  ),
  toBody: (v: TextValues, _t: TaskView) => ({ text: trimmed(v.text), evidence: [] }),
});

type ReasonValues = { reason?: string };
const reasonForm = (danger: boolean) =>
  actionForm<ReasonValues>()({
    danger,
    Fields: ({ req }) => (
      <Form.Item label="理由" name="reason" {...fromReq(req, 'reason', '理由')}>
        <TextArea rows={3} maxLength={1000} />
      </Form.Item>
    ),
    toBody: (v: ReasonValues, _t: TaskView) => ({ reason: trimmed(v.reason) }),
  });

export const taskActionForms: ActionFormRegistry<TaskView, FormAction, Bodies> = {
  issue,
  report_progress: reportProgress,
  complete,
  add_note: addNote,
  reopen: reasonForm(false),
  cancel: reasonForm(true),
};

export const taskWorkflow: RecordWorkflow<TaskView, FormAction, Bodies> = {
  forms: taskActionForms,
  labels: taskActionLabels,
  order: ['issue', 'report_progress', 'complete', 'add_note', 'reopen', 'cancel'],
  primary: new Set<FormAction>(['issue', 'report_progress']),
  danger: new Set<FormAction>(['cancel']),
  perform: (task, action, body) => tasksApi.act(task.id, action, body),
};
