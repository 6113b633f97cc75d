import { useEffect, useState } from 'react';
import { Button, Card, Checkbox, Form, Typography } from 'antd';
import { FormErrorAlert } from '../../app/FormErrorAlert.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { publicTipsApi, type TipReceipt } from './api.ts';
import { PublicLayout } from './PublicLayout.tsx';
import { publicRegionCache } from './publicRegions.ts';
import { TipFormFields, toTipInput, type TipFormValues } from './TipFormFields.tsx';
import { filesOf } from './TipFilesInput.tsx';
import { TipReceiptView } from './TipReceiptView.tsx';

export const CONSENT_TEXT =
  '本人承诺所举报内容客观真实，知悉捏造事实、诬告陷害他人须承担法律责任；同意受理机关为核查举报事项、' +
  '发放举报奖励而使用本人提供的信息。受理机关依法对举报人信息严格保密，不向被举报单位透露。';

const initialValues: Partial<TipFormValues> = { anonymous: false, category: 'general_hazard', files: [] };

/** 我要举报: the public tip form (no login). */
export default function TipSubmitPage() {
  const [form] = Form.useForm<TipFormValues>();
  const [receipt, setReceipt] = useState<TipReceipt | null>(null);

  useEffect(() => {
    document.title = '安全生产举报 · 治本';
  }, []);

  // One idempotency key per submission: a double tap or a retry after a lost response yields one tip and one receipt.
  const { submit, saving, error, clearError } = useFormSubmit(
    form,
    (v: TipFormValues, { idempotencyKey }) => publicTipsApi.submit({ ...toTipInput(v), consent: true }, filesOf(v.files), idempotencyKey),
    {
      onSuccess: (r) => {
        setReceipt(r);
        window.scrollTo({ top: 0 });
      },
    },
  );

  const startOver = () => {
    setReceipt(null);
    form.resetFields();
    clearError();
  };

  return (
    <PublicLayout title="安全生产举报">
      {receipt ? (
        <TipReceiptView receipt={receipt} onNew={startOver} />
      ) : (
        <Card title="举报安全生产隐患和违法行为">
          <Typography.Paragraph type="secondary">
            可实名或匿名举报。提交后获得查询码，凭查询码查看办理进度。查实重大事故隐患或安全生产违法行为的，按《安全生产领域举报奖励办法》给予实名举报人奖励。
          </Typography.Paragraph>
          <FormErrorAlert error={error} />
          <Form<TipFormValues> form={form} layout="vertical" initialValues={initialValues} scrollToFirstError>
            <TipFormFields regionPicker={<RegionCascader cache={publicRegionCache} placeholder="选择省 / 市 / 县（区）/ 乡镇" style={{ width: '100%' }} />} />
            <Form.Item
              name="consent"
              valuePropName="checked"
              rules={[{ validator: (_: unknown, checked: unknown) => (checked === true ? Promise.resolve() : Promise.reject(new Error('请阅读并同意举报须知'))) }]}
            >
              <Checkbox data-testid="tip-consent">
                <Typography.Text style={{ fontSize: 13 }}>
                  <strong>举报须知：</strong>
                  {CONSENT_TEXT}
                </Typography.Text>
              </Checkbox>
            </Form.Item>
            <Button type="primary" size="large" block loading={saving} onClick={() => void submit()} data-testid="tip-submit">
              提交举报
            </Button>
          </Form>
        </Card>
      )}
    </PublicLayout>
  );
}
