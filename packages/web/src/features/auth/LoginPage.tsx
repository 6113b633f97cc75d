import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Divider, Flex, Form, Input, Typography } from 'antd';
import { AlertOutlined, LockOutlined, SafetyOutlined, SearchOutlined, UserOutlined } from '@ant-design/icons';
import { useAuth } from '../../app/auth.tsx';
import { FormErrorAlert } from '../../app/FormErrorAlert.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';

type LoginForm = { username: string; password: string; totp?: string };

type LocationState = { from?: string } | null;

export function LoginPage() {
  const { me, login, sessionExpired } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as LocationState;
  const [form] = Form.useForm<LoginForm>();
  const [needTotp, setNeedTotp] = useState(false);
  const { submit, saving: submitting, error } = useFormSubmit(
    form,
    (values: LoginForm) =>
      login({
        username: values.username.trim(),
        password: values.password,
        ...(needTotp && values.totp ? { totp: values.totp.trim() } : {}),
      }),
    {
      // A password an administrator set must be replaced before anything else (the server refuses the rest).
      onSuccess: (user) =>
        void navigate(user.mustChangePassword ? '/settings' : state?.from && state.from !== '/login' ? state.from : '/', { replace: true }),
      // The first AUTH_TOTP_REQUIRED asks for the code (no error); a second one is shown like any other failure.
      onError: (err) => {
        if (err.code !== 'AUTH_TOTP_REQUIRED' || needTotp) return false;
        setNeedTotp(true);
        return true;
      },
    },
  );
  const banner = error ?? (sessionExpired && !needTotp ? '登录已失效，请重新登录' : null);

  if (me) return <Navigate to={me.mustChangePassword ? '/settings' : (state?.from ?? '/')} replace />;

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(135deg, #1f3b6f 0%, #1f5fbf 55%, #6d9be0 100%)',
        padding: 16,
      }}
    >
      <Card style={{ width: 400, boxShadow: '0 12px 40px rgba(0,0,0,0.25)' }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          <span style={{ color: '#c0392b' }}>治本</span> · 重大事故隐患治理平台
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          安全生产治本攻坚三年行动
        </Typography.Paragraph>
        <FormErrorAlert error={banner} testId="login-error" />
        {needTotp && !banner && (
          <Alert type="info" showIcon title="该账号已启用动态口令，请输入验证器中的 6 位动态口令" style={{ marginBottom: 16 }} />
        )}
        <Form<LoginForm> form={form} layout="vertical" size="large" onFinish={() => void submit()} requiredMark={false}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} placeholder="用户名" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} placeholder="密码" autoComplete="current-password" />
          </Form.Item>
          {needTotp && (
            <Form.Item
              label="动态口令"
              name="totp"
              rules={[
                { required: true, message: '请输入动态口令' },
                { pattern: /^\d{6}$/, message: '动态口令为 6 位数字' },
              ]}
            >
              <Input
                prefix={<SafetyOutlined />}
                placeholder="6 位动态口令"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                autoFocus
              />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={submitting}>
            登录
          </Button>
        </Form>
        <Divider plain style={{ margin: '20px 0 12px' }}>
          <Typography.Text type="secondary">群众举报，无需登录</Typography.Text>
        </Divider>
        <Flex justify="center" gap={24} wrap>
          <Link to="/tip" data-testid="login-tip-link">
            <AlertOutlined /> 我要举报
          </Link>
          <Link to="/tip/query">
            <SearchOutlined /> 查询办理进度
          </Link>
        </Flex>
      </Card>
    </div>
  );
}
