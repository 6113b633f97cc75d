import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { PlanActionBody } from '../../api/contract.ts';
import { actionForm, trimmed, type ActionFormRegistry } from '../../app/workflow/actionForm.ts';
import type { RecordWorkflow } from '../../app/workflow/RecordPage.tsx';
import { planActionLabels, plansApi, type PlanAction, type PlanView } from './api.ts';
import { fromReq } from './moduleB.tsx';

/** 修改 of a plan's fields is not offered here yet; 印发 and 备案 are. */
type FormAction = Exclude<PlanAction, 'revise'>;
type Bodies = { [A in FormAction]: Omit<PlanActionBody<A>, 'version'> };

type IssueValues = { docNo?: string; issuedOn?: Dayjs };
const issue = actionForm<IssueValues>()({
  initial: () => ({ issuedOn: dayjs() }),
  Fields: ({ req }) => (
    <>
      <Form.Item label="印发文号" name="docNo" {...fromReq(req, 'docNo', '印发文号')} rules={[{ required: true, whitespace: true, message: '请填写印发文号' }]}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item label="印发日期" name="issuedOn" rules={[{ required: true, message: '请选择印发日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </>
  ),
  toBody: (v: IssueValues, _p: PlanView) => ({ docNo: trimmed(v.docNo), issuedOn: (v.issuedOn ?? dayjs()).format('YYYY-MM-DD') }),
});

type FileValues = { filedOn?: Dayjs; note?: string };
const file = actionForm<FileValues>()({
  initial: () => ({ filedOn: dayjs() }),
  Fields: () => (
    <>
      <Form.Item label="备案日期" name="filedOn">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="说明" name="note">
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </>
  ),
  toBody: (v: FileValues, _p: PlanView) => ({ filedOn: v.filedOn?.format('YYYY-MM-DD'), note: trimmed(v.note) }),
});

export const planActionForms: ActionFormRegistry<PlanView, FormAction, Bodies> = { issue, file };

export const planWorkflow: RecordWorkflow<PlanView, FormAction, Bodies> = {
  forms: planActionForms,
  labels: planActionLabels,
  order: ['issue', 'file'],
  primary: new Set<FormAction>(['issue', 'file']),
  perform: (p, action, body) => plansApi.act(p.id, action, body),
};
