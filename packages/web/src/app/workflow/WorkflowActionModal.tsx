import { useEffect, useState } from 'react';
import { Form } from 'antd';
import { FormModal } from '../FormModal.tsx';
import { useFormSubmit } from '../hooks/useFormSubmit.ts';
import { doneMessage, type ActionFormRegistry } from './actionForm.ts';
import { requirementsToRules, type FormRequirements } from './requirements.ts';

type Versioned = { version: number };

export type WorkflowActionModalProps<R extends Versioned, A extends string, B extends Record<A, object>> = {
  record: R;
  /** The record's number for the title (隐患编号, 举报编号 …). */
  recordNo: string;
  /** The action being performed, or null (closed). */
  action: A | null;
  forms: ActionFormRegistry<R, A, B>;
  labels: Record<A, string>;
  /** The record's `requirements` (missing until the server sends them: then no client rule). */
  requirements?: Partial<Record<A, FormRequirements>> | undefined;
  /** Performs the action; the body carries the record's `version` (compare-and-set). */
  perform: (action: A, body: B[A] & Versioned) => Promise<R>;
  onClose: () => void;
  onDone: (saved: R) => void;
  /** After a CONFLICT: fetch the latest record. */
  onReload: () => void;
};

/**
 * The one modal of every workflow action: title, the record's version, the action's form from the registry, the
 * server's requirements as rules, submit with field errors and conflict handling; a full-screen sheet on phones.
 */
export function WorkflowActionModal<R extends Versioned, A extends string, B extends Record<A, object>>(props: WorkflowActionModalProps<R, A, B>) {
  const { record, recordNo, action, forms, labels, requirements, perform, onClose, onDone, onReload } = props;
  const [form] = Form.useForm<Record<string, unknown>>();
  const [uploading, setUploading] = useState(false);
  const entry = action ? forms[action] : null;
  const values: unknown = Form.useWatch([], form);
  const req = requirementsToRules(action ? requirements?.[action] : undefined, values);
  const label = action ? labels[action] : '';

  const { submit, saving, error, clearError } = useFormSubmit(
    form,
    (v) => {
      if (!action || !entry) return Promise.reject(new Error('未选择操作'));
      const body: B[A] = entry.toBody(v, record);
      return perform(action, { ...body, version: record.version });
    },
    { success: doneMessage(label), onSuccess: onDone },
  );

  useEffect(() => {
    clearError();
    setUploading(false);
  }, [action, clearError]);

  return (
    <FormModal
      open={action !== null}
      title={`${label} · ${recordNo}`}
      width={entry?.wide ? 860 : 640}
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
      okText={uploading ? '文件上传中…' : `确定${label}`}
      okDisabled={uploading}
      danger={entry?.danger === true}
      error={error}
      errorTestId="action-error"
      onReload={() => {
        onReload();
        onClose();
      }}
    >
      {action && entry && (
        <Form key={`${action}:${record.version}`} form={form} layout="vertical" preserve={false} initialValues={entry.initial(record)}>
          <entry.Fields record={record} form={form} req={req} setUploading={setUploading} />
        </Form>
      )}
    </FormModal>
  );
}
