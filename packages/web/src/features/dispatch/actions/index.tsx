import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { RoundActionBody } from '../../../api/contract.ts';
import { RemoteSelect } from '../../../app/RemoteSelect.tsx';
import { actionForm, trimmed, type ActionFormRegistry } from '../../../app/workflow/actionForm.ts';
import type { RecordWorkflow } from '../../../app/workflow/RecordPage.tsx';
import { fromReq, memberUnitOptions } from '../../plans/moduleB.tsx';
import { dispatchApi, roundActionLabels, type RoundAction, type RoundView } from '../api.ts';

const { TextArea } = Input;
type Bodies = { [A in RoundAction]: Omit<RoundActionBody<A>, 'version'> };
const day = (d: Dayjs | undefined): string => (d ? d.format('YYYY-MM-DD') : '');
const lines = (s: string | undefined): string[] =>
  trimmed(s)
    .split(/[\n，,、]/)
    .map((x) => x.trim())
    .filter(Boolean);

type ProblemValues = { orgId?: string; text?: string; submissionId?: string };
const addProblem = actionForm<ProblemValues>()({
  Fields: ({ record, form, req }) => (
    <>
      {record.returnProblems.length > 0 && (
        <Form.Item label="从本月报送中采纳" name="submissionId">
          <Select
            allowClear
            placeholder="选择一条报送中反映的问题"
            options={record.returnProblems.map((p, i) => ({ value: p.submissionId, label: `${p.orgName}：${p.text}`, key: i }))}
            onChange={(id: string | undefined) => {
              const p = record.returnProblems.find((x) => x.submissionId === id);
              if (p) form.setFieldsValue({ orgId: p.orgId, text: p.text });
            }}
          />
        </Form.Item>
      )}
      <Form.Item label="涉及单位" name="orgId">
        <RemoteSelect placeholder="选择成员单位（可不选）" fetchOptions={() => memberUnitOptions()} />
      </Form.Item>
      <Form.Item label="问题" name="text" {...fromReq(req, 'text', '问题')}>
        <TextArea rows={4} maxLength={2000} data-testid="problem-text" />
      </Form.Item>
    </>
  ),
  toBody: (v: ProblemValues, _r: RoundView) => ({ orgId: v.orgId ?? null, text: trimmed(v.text), submissionId: v.submissionId ?? null }),
});

type MeetingValues = { date?: Dayjs; chairName?: string; chairPost?: string; attendees?: string; topics?: string; minutes?: string; analysis?: string };
const holdMeeting = actionForm<MeetingValues>()({
  wide: true,
  Fields: ({ req }) => (
    <>
      <Form.Item label="会议日期" name="date" {...fromReq(req, 'date', '会议日期')}>
        <DatePicker style={{ width: '100%' }} data-testid="meeting-date" />
      </Form.Item>
      <Form.Item label="主持人" name="chairName" {...fromReq(req, 'chairName', '主持人')}>
        <Input maxLength={32} data-testid="meeting-chair" />
      </Form.Item>
      <Form.Item label="主持人职务" name="chairPost">
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item label="参会人员" name="attendees" extra="每行一人，或用顿号分隔">
        <TextArea rows={2} />
      </Form.Item>
      <Form.Item label="议题" name="topics" extra="每行一个议题">
        <TextArea rows={2} data-testid="meeting-topics" />
      </Form.Item>
      <Form.Item label="会议纪要" name="minutes" {...fromReq(req, 'minutes', '会议纪要')}>
        <TextArea rows={4} maxLength={20000} />
      </Form.Item>
      <Form.Item label="形势分析" name="analysis">
        <TextArea rows={3} maxLength={20000} />
      </Form.Item>
    </>
  ),
  toBody: (v: MeetingValues, _r: RoundView) => ({
    date: day(v.date),
    chairLeaderId: null,
    chairName: trimmed(v.chairName),
    chairPost: trimmed(v.chairPost),
    attendees: lines(v.attendees),
    topics: lines(v.topics),
    minutes: trimmed(v.minutes),
    analysis: trimmed(v.analysis),
  }),
});

type DecideValues = { kind?: 'assignment' | 'milestone'; name?: string; body?: string; leadOrgId?: string; dueDate?: Dayjs; problemId?: string };
const decide = actionForm<DecideValues>()({
  initial: () => ({ kind: 'assignment' }),
  Fields: ({ record, req }) => (
    <>
      <Form.Item label="类型" name="kind">
        <Radio.Group>
          <Radio value="assignment">督办交办事项</Radio>
          <Radio value="milestone">新增任务</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item label="事项名称" name="name" {...fromReq(req, 'name', '事项名称')} rules={[{ required: true, message: '请填写事项名称' }]}>
        <Input maxLength={200} data-testid="decision-name" />
      </Form.Item>
      <Form.Item label="具体要求" name="body">
        <TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item label="牵头单位" name="leadOrgId" rules={[{ required: true, message: '请选择牵头单位' }]}>
        <RemoteSelect placeholder="选择牵头单位" fetchOptions={() => memberUnitOptions()} />
      </Form.Item>
      <Form.Item label="完成时限" name="dueDate" rules={[{ required: true, message: '请选择完成时限' }]}>
        <DatePicker style={{ width: '100%' }} data-testid="decision-due" />
      </Form.Item>
      {record.problems.length > 0 && (
        <Form.Item label="针对的问题" name="problemId">
          <Select allowClear options={record.problems.map((p) => ({ value: p.id, label: p.text }))} />
        </Form.Item>
      )}
    </>
  ),
  toBody: (v: DecideValues, _r: RoundView) => ({
    kind: v.kind ?? 'assignment',
    name: trimmed(v.name),
    body: trimmed(v.body),
    leadOrgId: v.leadOrgId ?? '',
    coOrgIds: [],
    dueDate: day(v.dueDate),
    problemId: v.problemId ?? null,
  }),
});

type CloseValues = { docNo?: string; summary?: string };
const close = actionForm<CloseValues>()({
  Fields: ({ req }) => (
    <>
      <Form.Item label="通报文号" name="docNo" {...fromReq(req, 'docNo', '通报文号')} rules={[{ required: true, message: '请填写通报文号' }]}>
        <Input maxLength={64} placeholder="如 亳安办调〔2026〕11号" data-testid="close-docno" />
      </Form.Item>
      <Form.Item label="调度小结" name="summary">
        <TextArea rows={4} maxLength={4000} />
      </Form.Item>
    </>
  ),
  toBody: (v: CloseValues, _r: RoundView) => ({ docNo: trimmed(v.docNo), summary: trimmed(v.summary) }),
});

export const roundActionForms: ActionFormRegistry<RoundView, RoundAction, Bodies> = { add_problem: addProblem, hold_meeting: holdMeeting, decide, close };

export const roundWorkflow: RecordWorkflow<RoundView, RoundAction, Bodies> = {
  forms: roundActionForms,
  labels: roundActionLabels,
  order: ['add_problem', 'hold_meeting', 'decide', 'close'],
  primary: new Set<RoundAction>(['close']),
  perform: (round, action, body) => dispatchApi.act(round.id, action, body),
};
