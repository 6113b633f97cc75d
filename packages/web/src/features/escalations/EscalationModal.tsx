import { useEffect } from 'react';
import { Form, Input, Select } from 'antd';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { escalationKindLabels, escalationKinds, escalationsApi, type EscalationKind } from './api.ts';

export type EscalationFormValues = { kind: EscalationKind; docNo?: string; note: string };

/**
 * What the measure is taken against: one hazard, an enterprise as a whole, or (from 进展缓慢) a region or a
 * department. `label` titles the dialog.
 */
export type EscalationTarget =
  | { hazardId: string; label: string }
  | { enterpriseId: string; label: string }
  | { regionCode: string; label: string }
  | { departmentId: string; label: string };

/** 记录督办措施 (函告/通报/约谈/曝光): POST /api/escalations. `initial` prefills the form (a suggested escalation). */
export function EscalationModal({
  target,
  open,
  onClose,
  onSaved,
  initial,
}: {
  target: EscalationTarget;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
  initial?: Partial<EscalationFormValues>;
}) {
  const [form] = Form.useForm<EscalationFormValues>();
  const { submit, saving, error, clearError } = useFormSubmit(
    form,
    async (v: EscalationFormValues) => {
      const { label: _label, ...targetIds } = target;
      await escalationsApi.create({ kind: v.kind, ...targetIds, docNo: (v.docNo ?? '').trim(), note: v.note.trim() });
      return v.kind;
    },
    { success: (kind) => `已记录${escalationKindLabels[kind]}`, onSuccess: onSaved },
  );

  useEffect(() => {
    if (open) clearError();
  }, [open, clearError]);

  return (
    <FormModal open={open} title={`记录督办措施 · ${target.label}`} onClose={onClose} onSubmit={submit} saving={saving} error={error}>
      <Form<EscalationFormValues> form={form} layout="vertical" preserve={false} initialValues={initial}>
        <Form.Item label="措施类型" name="kind" rules={[{ required: true, message: '请选择措施类型' }]}>
          <Select options={escalationKinds.map((k) => ({ value: k, label: escalationKindLabels[k] }))} />
        </Form.Item>
        <Form.Item label="文号" name="docNo">
          <Input maxLength={64} placeholder="如 涡安办函〔2026〕8号（约谈可不填）" />
        </Form.Item>
        <Form.Item label="说明" name="note" rules={[{ required: true, whitespace: true, message: '请填写说明' }]}>
          <Input.TextArea rows={4} maxLength={1000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
