import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { errorMessage } from '../../api/client.ts';
import { useAuth, useMe } from '../../app/auth.tsx';
import { FormErrorAlert } from '../../app/FormErrorAlert.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { roleLabel } from '../../app/labels.ts';
import { passwordRules, PASSWORD_HINT } from '../../app/forms.ts';
import { authApi, type TotpSetup } from './api.ts';

type PasswordForm = { currentPassword: string; newPassword: string; confirm: string };

function PasswordCard() {
  const { refresh } = useAuth();
  const [form] = Form.useForm<PasswordForm>();
  const { submit, saving, error } = useFormSubmit(form, (v: PasswordForm) => authApi.changePassword(v.currentPassword, v.newPassword), {
    success: '密码已修改，其他设备上的登录已退出',
    onSuccess: () => {
      form.resetFields();
      void refresh(); // clears mustChangePassword
    },
  });

  return (
    <Card title="修改密码">
      <FormErrorAlert error={error} />
      <Form<PasswordForm> form={form} layout="vertical" onFinish={() => void submit()} style={{ maxWidth: 420 }}>
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          extra={PASSWORD_HINT}
          rules={passwordRules('请输入新密码')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_rule, value: unknown) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的新密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          修改密码
        </Button>
      </Form>
    </Card>
  );
}

function TotpCard() {
  const me = useMe();
  const { refresh } = useAuth();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [starting, setStarting] = useState(false);
  const [setupError, setSetupError] = useState<string | null>(null);
  const [form] = Form.useForm<{ code: string }>();

  const startSetup = async () => {
    setStarting(true);
    setSetupError(null);
    try {
      setSetup(await authApi.totpSetup());
      form.resetFields();
    } catch (err) {
      setSetupError(errorMessage(err));
    } finally {
      setStarting(false);
    }
  };

  /** Enable (after setup) or disable, confirmed by a current code. */
  const codeSubmit = useFormSubmit(
    form,
    async (v: { code: string }) => {
      if (me.totpEnabled) await authApi.totpDisable(v.code);
      else await authApi.totpEnable(v.code);
    },
    {
      success: me.totpEnabled ? '动态口令已停用' : '动态口令已启用，下次登录需输入动态口令',
      onSuccess: () => {
        setSetup(null);
        form.resetFields();
        void refresh();
      },
    },
  );
  const busy = starting || codeSubmit.saving;

  const codeItem = (
    <Form.Item
      label="动态口令"
      name="code"
      rules={[
        { required: true, message: '请输入动态口令' },
        { pattern: /^\d{6}$/, message: '动态口令为 6 位数字' },
      ]}
    >
      <Input maxLength={6} inputMode="numeric" autoComplete="one-time-code" style={{ width: 180 }} />
    </Form.Item>
  );

  return (
    <Card
      title="动态口令（双因素认证）"
      extra={me.totpEnabled ? <Tag color="green">已启用</Tag> : <Tag>未启用</Tag>}
    >
      <FormErrorAlert error={setupError ?? codeSubmit.error} />
      {me.totpEnabled ? (
        <>
          <Typography.Paragraph>登录时除密码外还需输入验证器应用生成的 6 位动态口令。停用前请输入当前动态口令确认。</Typography.Paragraph>
          <Form form={form} layout="inline" onFinish={() => void codeSubmit.submit()}>
            {codeItem}
            <Button danger htmlType="submit" loading={busy}>
              停用动态口令
            </Button>
          </Form>
        </>
      ) : setup ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>
            在验证器应用（如“腾讯身份验证器”“Google Authenticator”）中手动添加账号，输入下面的密钥（基于时间），或将
            otpauth 地址复制到支持的应用中，然后输入应用显示的 6 位动态口令完成启用。
          </Typography.Paragraph>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="密钥">
              <Typography.Text code copyable data-testid="totp-secret">
                {setup.secret}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="otpauth 地址">
              <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                {setup.otpauthUrl}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Form form={form} layout="inline" onFinish={() => void codeSubmit.submit()}>
            {codeItem}
            <Space>
              <Button type="primary" htmlType="submit" loading={busy}>
                验证并启用
              </Button>
              <Button onClick={() => setSetup(null)}>取消</Button>
            </Space>
          </Form>
        </Space>
      ) : (
        <>
          <Typography.Paragraph>启用后，登录时除密码外还需输入验证器应用生成的 6 位动态口令，可有效防止密码泄露导致的账号被盗用。</Typography.Paragraph>
          <Button type="primary" onClick={() => void startSetup()} loading={busy}>
            启用动态口令
          </Button>
        </>
      )}
    </Card>
  );
}

export default function SettingsPage() {
  const me = useMe();
  if (me.mustChangePassword) {
    // An administrator set this password: nothing else works until the owner chooses their own.
    return (
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title="请先修改密码" description="您的密码由管理员设置。为保护您的账号，请设置只有您知道的新密码后再使用系统。" />
        <PasswordCard />
      </Space>
    );
  }
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title="个人信息">
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="用户名">{me.username}</Descriptions.Item>
          <Descriptions.Item label="姓名">{me.displayName}</Descriptions.Item>
          <Descriptions.Item label="角色">
            {me.roles.map((r) => (
              <Tag key={r}>{roleLabel(r)}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label="所属单位">{me.org?.name ?? me.enterprise?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="数据范围">{me.scopeLabel}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <PasswordCard />
        </Col>
        <Col xs={24} xl={12}>
          <TotpCard />
        </Col>
      </Row>
    </Space>
  );
}
