import { Form } from 'antd';
import { actionForm, trimmed } from '../../../app/workflow/actionForm.ts';
import { toEvidenceRefs, type Evidence, type Hazard } from '../api.ts';
import { EvidenceUpload } from '../EvidenceUpload.tsx';
import { NoteField } from './fields.tsx';

type EvidenceValues = { note?: string; evidence?: Evidence[] };
const body = (v: EvidenceValues) => ({ note: trimmed(v.note), evidence: toEvidenceRefs(v.evidence) });
const evidenceRequired = (message: string) => [
  { validator: (_: unknown, v: Evidence[] | undefined) => (v && v.length > 0 ? Promise.resolve() : Promise.reject(new Error(message))) },
];

export const reportProgressForm = actionForm<EvidenceValues>()({
  Fields: ({ setUploading }) => (
    <>
      <NoteField label="整改进展" required="请填写整改进展" rows={4} maxLength={2000} />
      <Form.Item label="佐证材料" name="evidence">
        <EvidenceUpload defaultKind="after" onUploadingChange={setUploading} />
      </Form.Item>
    </>
  ),
  toBody: (v: EvidenceValues, _h: Hazard) => body(v),
});

export const completeForm = actionForm<EvidenceValues>()({
  Fields: ({ setUploading }) => (
    <>
      <NoteField label="整改情况说明" required="请填写整改情况说明" rows={4} maxLength={2000} />
      {/* The request schema itself demands at least one file (complete.evidence min 1). */}
      <Form.Item label="佐证材料" name="evidence" required rules={evidenceRequired('请上传整改后照片或相关文件')}>
        <EvidenceUpload defaultKind="after" onUploadingChange={setUploading} />
      </Form.Item>
    </>
  ),
  toBody: (v: EvidenceValues, _h: Hazard) => body(v),
});

/** Whether verification needs evidence (major hazards) is the server's requirement `verify.evidence`. */
export const verifyForm = actionForm<EvidenceValues>()({
  Fields: ({ req, setUploading }) => {
    const evidence = req('evidence', '验收材料');
    return (
      <>
        <NoteField label="验收意见" required="请填写验收意见" rows={4} maxLength={2000} />
        <Form.Item label="验收材料" name="evidence" required={evidence.required} rules={evidence.rules} extra={evidence.extra}>
          <EvidenceUpload defaultKind="verification" onUploadingChange={setUploading} />
        </Form.Item>
      </>
    );
  },
  toBody: (v: EvidenceValues, _h: Hazard) => body(v),
});
