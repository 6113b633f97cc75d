import { Form, Input } from 'antd';
import type { DrawActionBody } from '../../api/contract.ts';
import { actionForm, trimmed, type ActionFormRegistry } from '../../app/workflow/actionForm.ts';
import type { RecordWorkflow } from '../../app/workflow/RecordPage.tsx';
import { fromReq } from '../plans/moduleB.tsx';
import { drawActionLabels, drawsApi, type DrawAction, type DrawView } from './api.ts';

type Bodies = { [A in DrawAction]: Omit<DrawActionBody<A>, 'version'> };

type DrawValues = { publicValue?: string };
const draw = actionForm<DrawValues>()({
  Fields: ({ req, record }) => (
    <Form.Item label={`公开随机数：${record.publicInputLabel}`} name="publicValue" {...fromReq(req, 'publicValue', '公开随机数')}>
      <Input maxLength={200} placeholder="照公开来源原样填写，如 5 2 8" data-testid="draw-public-value" />
    </Form.Item>
  ),
  toBody: (v: DrawValues, _r: DrawView) => ({ publicValue: trimmed(v.publicValue) }),
});

type CommentValues = { comment?: string };
const approve = actionForm<CommentValues>()({
  Fields: ({ req }) => (
    <Form.Item label="审核意见" name="comment" {...fromReq(req, 'comment', '审核意见')}>
      <Input.TextArea rows={3} maxLength={500} />
    </Form.Item>
  ),
  toBody: (v: CommentValues, _r: DrawView) => ({ comment: trimmed(v.comment) }),
});

const publishResults = actionForm<Record<string, never>>()({
  Fields: () => null,
  toBody: (_v: Record<string, never>, _r: DrawView) => ({}),
});

type ReasonValues = { reason?: string };
const cancel = actionForm<ReasonValues>()({
  danger: true,
  Fields: ({ req }) => (
    <Form.Item label="作废原因" name="reason" {...fromReq(req, 'reason', '作废原因')}>
      <Input.TextArea rows={3} maxLength={500} />
    </Form.Item>
  ),
  toBody: (v: ReasonValues, _r: DrawView) => ({ reason: trimmed(v.reason) }),
});

export const drawActionForms: ActionFormRegistry<DrawView, DrawAction, Bodies> = { draw, approve, publish_results: publishResults, cancel };

export const drawWorkflow: RecordWorkflow<DrawView, DrawAction, Bodies> = {
  forms: drawActionForms,
  labels: drawActionLabels,
  order: ['draw', 'approve', 'publish_results', 'cancel'],
  primary: new Set<DrawAction>(['draw', 'approve', 'publish_results']),
  danger: new Set<DrawAction>(['cancel']),
  perform: (r, action, body) => drawsApi.act(r.id, action, body),
};
