import { useState } from 'react';
import { Button, Card, Form, Input, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMe } from '../../app/auth.tsx';
import { feedback } from '../../app/feedback.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { dateTimeFormat, roleLabel } from '../../app/labels.ts';
import { useQuery } from '../../app/useQuery.ts';
import { passwordRules, PASSWORD_HINT } from '../../app/forms.ts';
import { usersApi, type User } from './api.ts';
import { UserFormModal } from './UserFormModal.tsx';

type UserState = 'active' | 'disabled' | 'locked';

const userFilters = { q: text() };

export function userState(u: User, now = Date.now()): UserState {
  if (u.disabled) return 'disabled';
  if (u.lockedUntil && dayjs(u.lockedUntil).valueOf() > now) return 'locked';
  return 'active';
}

function StateTag({ user }: { user: User }) {
  const state = userState(user);
  switch (state) {
    case 'disabled':
      return <Tag color="red">停用</Tag>;
    case 'locked':
      return (
        <Tooltip title={`锁定至 ${dayjs(user.lockedUntil).format(dateTimeFormat)}`}>
          <Tag color="orange">锁定</Tag>
        </Tooltip>
      );
    case 'active':
      return <Tag color="green">正常</Tag>;
  }
}

function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const { submit, saving, error, clearError } = useFormSubmit(
    form,
    async (v: { password: string; confirm: string }) => (user ? usersApi.resetPassword(user.id, v.password) : null),
    {
      success: (result) =>
        result?.accessSuspended
          ? `已重置 ${user?.displayName ?? ''} 的密码；其业务权限已暂停，待本辖区安委办干部与本人核实后确认恢复`
          : `已重置 ${user?.displayName ?? ''} 的密码`,
      onSuccess: onClose,
    },
  );

  return (
    <FormModal
      open={user !== null}
      title={`重置密码 · ${user?.username ?? ''}`}
      onClose={onClose}
      onSubmit={submit}
      saving={saving}
      error={error}
      okText="重置"
      afterClose={clearError}
    >
      <Typography.Paragraph type="secondary">
        本人下次登录须修改密码。持有业务角色的账号，重置后业务权限暂停，须经本辖区安委办干部与本人核实后在「待确认的授权」中确认恢复（三权分立·两人规则）。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item label="新密码" name="password" extra={PASSWORD_HINT} rules={passwordRules('请输入新密码')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirm"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_r, value: unknown) =>
                !value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

export default function UsersPage() {
  const me = useMe();
  const urlFilters = useUrlFilters(userFilters);
  const { filters } = urlFilters;
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const [resetting, setResetting] = useState<User | null>(null);
  const list = useQuery(`users:${urlFilters.key}`, (signal) =>
    usersApi.list({ ...urlFilters.query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal),
  );

  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      feedback.success(ok);
      list.reload();
    } catch (err) {
      feedback.error(err);
    }
  };

  return (
    <Card
      title="用户管理"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          新增用户
        </Button>
      }
    >
      <ListToolbar search={{ value: filters.q, onSearch: (q) => urlFilters.set({ q }), placeholder: '用户名或姓名', width: 300 }} />
      <ListError error={list.error} />
      <Table<User>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1300 }}
        pagination={urlFilters.pagination(list.data?.total ?? 0, '个用户')}
        columns={[
          { title: '用户名', dataIndex: 'username', width: 140 },
          { title: '姓名', dataIndex: 'displayName', width: 170 },
          {
            title: '角色',
            dataIndex: 'roles',
            render: (roles: string[], u) => (
              <>
                {roles.map((r) => <Tag key={r}>{roleLabel(r)}</Tag>)}
                {u.pendingGrant && (
                  <Tooltip title={`${u.pendingGrant.requestedByName} 于 ${dayjs(u.pendingGrant.requestedAt).format(dateTimeFormat)} 申请；${u.pendingGrant.orgName ?? u.pendingGrant.enterpriseName ?? ''}，须由安委办干部确认后生效`}>
                    <Tag color="gold">
                      {u.pendingGrant.reason === 'password_reset' ? '重置密码后待恢复' : '待确认'}：{u.pendingGrant.roles.map(roleLabel).join('、')}
                    </Tag>
                  </Tooltip>
                )}
              </>
            ),
          },
          {
            title: '所属机构/企业',
            width: 260,
            render: (_v, u) => u.orgName ?? u.enterpriseName ?? <Typography.Text type="secondary">—</Typography.Text>,
          },
          {
            title: '状态',
            width: 110,
            render: (_v, u) => (
              <>
                <StateTag user={u} />
                {u.mustChangePassword && <Tag color="purple">待改密码</Tag>}
              </>
            ),
          },
          {
            title: '动态口令',
            dataIndex: 'totpEnabled',
            width: 90,
            render: (on: boolean) => (on ? <Tag color="blue">已启用</Tag> : <Typography.Text type="secondary">未启用</Typography.Text>),
          },
          {
            title: '最近登录',
            dataIndex: 'lastLoginAt',
            width: 170,
            render: (t: string | null) => (t ? dayjs(t).format(dateTimeFormat) : '—'),
          },
          {
            title: '操作',
            fixed: 'right',
            width: 250,
            render: (_v, u) => {
              const self = String(u.id) === String(me.id);
              return (
                <Space size={0} wrap>
                  <Button type="link" size="small" onClick={() => setEditing(u)}>
                    编辑
                  </Button>
                  {u.disabled ? (
                    <Button type="link" size="small" onClick={() => void act(() => usersApi.update(u.id, { disabled: false }), '已启用')}>
                      启用
                    </Button>
                  ) : (
                    <Popconfirm
                      title={`停用用户“${u.displayName}”？`}
                      description="停用后该用户无法登录，已登录的会话将失效。"
                      okText="停用"
                      okButtonProps={{ danger: true }}
                      onConfirm={() => act(() => usersApi.update(u.id, { disabled: true }), '已停用')}
                      disabled={self}
                    >
                      <Button type="link" size="small" danger disabled={self}>
                        停用
                      </Button>
                    </Popconfirm>
                  )}
                  <Button type="link" size="small" onClick={() => setResetting(u)}>
                    重置密码
                  </Button>
                  {userState(u) === 'locked' && (
                    <Button type="link" size="small" onClick={() => void act(() => usersApi.unlock(u.id), '已解锁')}>
                      解锁
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      <UserFormModal
        open={editing !== undefined}
        user={editing ?? null}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          list.reload();
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Card>
  );
}
