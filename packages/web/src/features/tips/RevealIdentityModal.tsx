import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import type { Id } from '../../api/types.ts';
import { FormErrorAlert } from '../../app/FormErrorAlert.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { tipsApi, type RevealedIdentity } from './api.ts';

const orDash = (v: string | null) => v ?? '—';

/**
 * 查看举报人身份: asks for the purpose, then shows the identity. The identity lives only in this modal's
 * state (never in the page's query cache) and is dropped when the modal closes; every reveal is audited.
 */
export function RevealIdentityModal({ tipId, tipNo, open, onClose }: { tipId: Id; tipNo: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ purpose: string }>();
  const [identity, setIdentity] = useState<RevealedIdentity | null>(null);
  const { submit: reveal, saving: loading, error, clearError } = useFormSubmit(form, (v: { purpose: string }) => tipsApi.reveal(tipId, v.purpose.trim()), {
    onSuccess: setIdentity,
  });

  const close = () => {
    setIdentity(null);
    clearError();
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={`查看举报人身份 · ${tipNo}`}
      onCancel={close}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        identity ? (
          <Button type="primary" onClick={close}>
            关闭
          </Button>
        ) : (
          <>
            <Button onClick={close}>取消</Button>
            <Button type="primary" danger loading={loading} onClick={() => void reveal()} data-testid="reveal-confirm">
              确认查看
            </Button>
          </>
        )
      }
    >
      {identity ? (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="举报人信息依法保密：不得抄录、转告被举报单位或无关人员。关闭后不再显示。"
          />
          <Descriptions
            bordered
            size="small"
            column={1}
            data-testid="revealed-identity"
            items={[
              { key: 'name', label: '姓名', children: orDash(identity.name) },
              { key: 'phone', label: '联系电话', children: orDash(identity.phone) },
              { key: 'idNumber', label: '身份证号', children: orDash(identity.idNumber) },
              { key: 'bankName', label: '开户银行', children: orDash(identity.bankName) },
              { key: 'bankAccount', label: '银行账号', children: orDash(identity.bankAccount) },
              { key: 'ip', label: '提交 IP', children: orDash(identity.ip) },
            ]}
          />
        </>
      ) : (
        <>
          <Typography.Paragraph>
            举报人身份单独加密保存。查看须说明目的，每次查看均记入审计日志（含查看人、时间和目的）。
          </Typography.Paragraph>
          <FormErrorAlert error={error} />
          <Form form={form} layout="vertical" preserve={false}>
            <Form.Item
              label="查看目的"
              name="purpose"
              rules={[
                { required: true, whitespace: true, message: '请说明查看目的' },
                { min: 4, message: '请说明查看目的（至少4个字）' },
              ]}
            >
              <Input.TextArea rows={3} maxLength={500} placeholder="如：联系举报人核实现场位置；发放举报奖励" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
