import { Form, Input } from 'antd';
import type { ReturnActionBody } from '../../api/contract.ts';
import { actionForm, trimmed, type ActionFormRegistry } from '../../app/workflow/actionForm.ts';
import type { RecordWorkflow } from '../../app/workflow/RecordPage.tsx';
import { fromReq } from '../plans/moduleB.tsx';
import { returnActionLabels, returnsApi, reportInputOf, type ReturnAction, type ReturnView } from './api.ts';
import { ReportFields, reportValues } from './ReportFields.tsx';

type Bodies = { [A in ReturnAction]: Omit<ReturnActionBody<A>, 'version'> };
type ReportValues = ReturnType<typeof reportValues>;

const resubmit = actionForm<ReportValues>()({
  wide: true,
  initial: (r: ReturnView) => reportValues(r.report),
  Fields: ({ record }) => <ReportFields report={record.report} />,
  toBody: (v: ReportValues, r: ReturnView) => ({ report: reportInputOf(r.report, v) }),
});

type CommentValues = { comment?: string };
const accept = actionForm<CommentValues>()({
  Fields: ({ req }) => (
    <Form.Item label="审核意见" name="comment" {...fromReq(req, 'comment', '审核意见')}>
      <Input.TextArea rows={3} maxLength={2000} />
    </Form.Item>
  ),
  toBody: (v: CommentValues, _r: ReturnView) => ({ comment: trimmed(v.comment) }),
});
const sendBack = actionForm<CommentValues>()({
  danger: true,
  Fields: ({ req }) => (
    <Form.Item label="退回理由" name="comment" {...fromReq(req, 'comment', '退回理由')} rules={[{ required: true, whitespace: true, message: '请填写退回理由' }]}>
      <Input.TextArea rows={3} maxLength={2000} data-testid="send-back-comment" />
    </Form.Item>
  ),
  toBody: (v: CommentValues, _r: ReturnView) => ({ comment: trimmed(v.comment) }),
});

export const returnActionForms: ActionFormRegistry<ReturnView, ReturnAction, Bodies> = { resubmit, accept, send_back: sendBack };

export const returnWorkflow: RecordWorkflow<ReturnView, ReturnAction, Bodies> = {
  forms: returnActionForms,
  labels: returnActionLabels,
  order: ['accept', 'resubmit', 'send_back'],
  primary: new Set<ReturnAction>(['accept', 'resubmit']),
  danger: new Set<ReturnAction>(['send_back']),
  perform: (r, action, body) => returnsApi.act(r.id, action, body),
};
