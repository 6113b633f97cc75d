import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Flex, Form, Modal, Radio, Typography } from 'antd';
import { useMe } from '../../app/auth.tsx';
import { FormErrorAlert } from '../../app/FormErrorAlert.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { officerTipChannels, tipsApi, type OfficerChannel, type TipDetail } from './api.ts';
import { tipChannelLabels } from './labels.tsx';
import { TipFormFields, toTipInput, type TipFormValues } from './TipFormFields.tsx';

type Values = TipFormValues & { channel: OfficerChannel };

/** 录入举报: a tip received by phone, letter or visit, entered by the tip officer on the reporter's behalf. */
export default function TipEntryPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [created, setCreated] = useState<{ tip: TipDetail; receiptCode: string } | null>(null);
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: Values, { idempotencyKey }) => tipsApi.create({ ...toTipInput(v), channel: v.channel, consent: true }, idempotencyKey),
    { onSuccess: setCreated },
  );

  const openTip = () => {
    const id = created?.tip.id;
    setCreated(null);
    if (id !== undefined) void navigate(`/tips/${encodeURIComponent(String(id))}`, { replace: true });
  };

  return (
    <Card title="录入举报" style={{ maxWidth: 900 }}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="电话、来信、来访的举报由受理人员代为录入。提交后显示一次查询码，请告知举报人（电话举报请当场告知）。"
      />
      <FormErrorAlert error={error} />
      <Form<Values> form={form} layout="vertical" initialValues={{ channel: 'phone', anonymous: false, category: 'general_hazard' }} scrollToFirstError>
        <Form.Item label="举报渠道" name="channel" rules={[{ required: true, message: '请选择举报渠道' }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={officerTipChannels.map((c) => ({ value: c, label: tipChannelLabels[c] }))} />
        </Form.Item>
        <TipFormFields
          rewardNote={false}
          withFiles={false}
          regionPicker={<RegionCascader rootCode={me.org?.regionCode ?? null} placeholder="选择所在地区" style={{ width: '100%' }} />}
        />
        <Flex gap={8}>
          <Button type="primary" loading={saving} onClick={() => void submit()} data-testid="tip-entry-submit">
            提交
          </Button>
          <Button onClick={() => void navigate(-1)}>取消</Button>
        </Flex>
      </Form>
      <Modal
        open={created !== null}
        title={`已录入举报 ${created?.tip.tipNo ?? ''}`}
        closable={false}
        mask={{ closable: false }}
        footer={
          <Button type="primary" onClick={openTip}>
            已告知举报人，打开举报
          </Button>
        }
      >
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="查询码只显示这一次，请告知举报人，不要另行记录。" />
        {created && (
          <Typography.Text className="zb-receipt-code" copyable={{ text: created.receiptCode }} data-testid="receipt-code">
            {created.receiptCode}
          </Typography.Text>
        )}
      </Modal>
    </Card>
  );
}
