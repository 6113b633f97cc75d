import { Alert, Form, Spin } from 'antd';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useQuery } from '../../app/useQuery.ts';
import { reportInputOf, returnsApi, type ReturnView, type ToFile } from './api.ts';
import { ReportFields, reportValues } from './ReportFields.tsx';

/** 报送: the form pre-filled by the API (figures the platform knows, the org's task progress), filed once per period. */
export function FileReturnModal({ item, onClose, onFiled }: { item: ToFile | null; onClose: () => void; onFiled: (r: ReturnView) => void }) {
  const [form] = Form.useForm<ReturnType<typeof reportValues>>();
  const prefill = useQuery(item ? `prefill:${item.requirementId}:${item.period}` : null, () => returnsApi.prefill(item?.requirementId ?? '', item?.period ?? ''));
  const { submit, saving, error } = useFormSubmit(
    form,
    (v) => {
      if (!item || !prefill.data) return Promise.reject(new Error('预填数据尚未加载'));
      return returnsApi.file({ requirementId: item.requirementId, period: item.period, report: reportInputOf(prefill.data.report, v) });
    },
    { success: '已报送', onSuccess: onFiled },
  );
  return (
    <FormModal open={item !== null} title={item ? `报送 · ${item.requirementName} · ${item.periodLabel}` : '报送'} onClose={onClose} onSubmit={submit} saving={saving} error={error} okText="报送" width={860} errorTestId="file-return-error">
      {prefill.error !== undefined && <Alert type="error" showIcon title="预填数据加载失败" />}
      {prefill.data ? (
        <Form key={`${item?.requirementId}:${item?.period}`} form={form} layout="vertical" initialValues={reportValues(prefill.data.report)} preserve={false}>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={`截止日期 ${prefill.data.due}；每单位每期一份，审核通过后锁定。`} />
          <ReportFields report={prefill.data.report} />
        </Form>
      ) : (
        <Spin />
      )}
    </FormModal>
  );
}
