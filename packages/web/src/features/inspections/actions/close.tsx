import { Alert, Form, Input, Select } from 'antd';
import { actionForm, trimmed } from '../../../app/workflow/actionForm.ts';
import type { Inspection } from '../api.ts';
import { memberRoleLabels, type MemberRole } from '../labels.tsx';

type CloseValues = { conclusion?: string; signers?: string[]; enterpriseSigner?: string; noCaseReason?: string };

const unanswered = (i: Inspection) => i.items.filter((it) => it.result === null).length;

/** 结束检查: conclusion and the team's signatures (the leader's is required); 执法检查 may state why no case was filed. */
export const closeForm = actionForm<CloseValues>()({
  initial: (i: Inspection) => ({ signers: i.members.filter((m) => m.role === 'leader').map((m) => `${m.seq}`) }),
  Fields: ({ record: i, req }) => {
    const conclusion = req('conclusion', '检查结论');
    const signatures = req('signatures', '签字');
    const noCase = req('noCaseReason', '不立案理由');
    const open = unanswered(i);
    return (
      <>
        {open > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`尚有 ${open} 项未填写检查结果，请先填写后再结束检查`} />}
        <Form.Item label="检查结论" name="conclusion" required={conclusion.required} rules={[{ required: conclusion.required, whitespace: true, message: '请填写检查结论' }, ...conclusion.rules]} extra={conclusion.extra}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item label="检查组签字" name="signers" required={signatures.required} rules={[{ required: signatures.required, message: '须由带队负责人签字确认' }]} extra={signatures.extra}>
          <Select
            mode="multiple"
            options={i.members.map((m) => ({ value: `${m.seq}`, label: `${m.name}（${memberRoleLabels[m.role as MemberRole]}）` }))}
            data-testid="close-signers"
          />
        </Form.Item>
        <Form.Item label="被检查单位签字人" name="enterpriseSigner">
          <Input maxLength={32} placeholder="可不填" />
        </Form.Item>
        {i.kind === 'enforcement' && (
          <Form.Item label="不立案理由" name="noCaseReason" rules={noCase.rules} extra={noCase.extra}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        )}
      </>
    );
  },
  toBody: (v: CloseValues, i: Inspection) => ({
    conclusion: trimmed(v.conclusion),
    signatures: [
      ...i.members.filter((m) => (v.signers ?? []).includes(`${m.seq}`)).map((m) => ({ role: m.role, name: m.name })),
      ...(trimmed(v.enterpriseSigner) ? [{ role: 'enterprise' as const, name: trimmed(v.enterpriseSigner) }] : []),
    ],
    noCaseReason: trimmed(v.noCaseReason) || null,
  }),
});
