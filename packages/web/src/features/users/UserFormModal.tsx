import { useEffect } from 'react';
import { Form, Input, Radio, Select } from 'antd';
import type { Id, Role } from '../../api/types.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { enterpriseRoles, orgKindLabels, roleLabel, staffRoles } from '../../app/labels.ts';
import { RemoteSelect } from '../../app/RemoteSelect.tsx';
import { passwordRules, PASSWORD_HINT } from '../../app/forms.ts';
import { orgsApi } from '../orgs/api.ts';
import { usersApi, type User } from './api.ts';

type Affiliation = 'org' | 'enterprise';

type FormValues = {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  affiliation: Affiliation;
  orgId?: Id;
  enterpriseId?: Id;
};

const isEnterpriseRole = (r: string) => (enterpriseRoles as readonly string[]).includes(r);

const roleOptions = [
  { label: '机构人员', options: staffRoles.map((r) => ({ value: r, label: roleLabel(r) })) },
  { label: '企业人员', options: enterpriseRoles.map((r) => ({ value: r, label: roleLabel(r) })) },
];

const searchOrgs = async (q: string) =>
  (await orgsApi.list({ q: q || undefined, page: 1, pageSize: 30 })).items.map((o) => ({
    value: o.id,
    label: `${o.name}（${orgKindLabels[o.kind] ?? o.kind}）`,
  }));

const searchEnterprises = async (q: string) =>
  (await usersApi.enterpriseOptions(q)).items.map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }));

/** Create a user, or edit display name / roles / affiliation of an existing one. */
export function UserFormModal({
  open,
  user,
  onClose,
  onSaved,
}: {
  open: boolean;
  user: User | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const affiliation = Form.useWatch('affiliation', form) ?? (user?.enterpriseId != null ? 'enterprise' : 'org');
  const editing = user !== null;

  const initialValues: Partial<FormValues> = user
    ? {
        displayName: user.displayName,
        roles: user.roles,
        affiliation: user.enterpriseId != null ? 'enterprise' : 'org',
        orgId: user.orgId ?? undefined,
        enterpriseId: user.enterpriseId ?? undefined,
      }
    : { roles: [], affiliation: 'org' };

  const { submit, saving, error, clearError } = useFormSubmit(
    form,
    async (v: FormValues) => {
      if (user) {
        const link = v.affiliation === 'org' ? { orgId: v.orgId ?? null, enterpriseId: null } : { enterpriseId: v.enterpriseId ?? null, orgId: null };
        return usersApi.update(user.id, { displayName: v.displayName, roles: v.roles, ...link });
      }
      const link = v.affiliation === 'org' ? { orgId: v.orgId } : { enterpriseId: v.enterpriseId };
      return usersApi.create({ username: v.username.trim(), displayName: v.displayName, password: v.password, roles: v.roles, ...link });
    },
    {
      // Business roles and org moves wait for a committee officer (两人规则); a new account's first sign-in asks for a new password.
      success: (saved) =>
        user
          ? saved.pendingGrant
            ? '已提交：角色或所属单位的变更须由安委办干部确认后生效'
            : '用户已更新'
          : saved.pendingGrant
            ? '用户已创建：角色须由安委办干部确认后生效，首次登录须修改密码'
            : '用户已创建，首次登录须修改密码',
      onSuccess: onSaved,
    },
  );

  useEffect(() => {
    if (open) clearError();
  }, [open, user, clearError]);

  return (
    <FormModal open={open} title={editing ? `编辑用户 · ${user.username}` : '新增用户'} width={620} onClose={onClose} onSubmit={submit} saving={saving} error={error}>
      <Form<FormValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        onValuesChange={(changed: Partial<FormValues>) => {
          // Picking enterprise roles implies an enterprise affiliation and vice versa.
          if (changed.roles && changed.roles.length > 0) {
            const ent = changed.roles.every(isEnterpriseRole);
            const staff = changed.roles.every((r) => !isEnterpriseRole(r));
            if (ent) form.setFieldValue('affiliation', 'enterprise');
            else if (staff) form.setFieldValue('affiliation', 'org');
          }
        }}
      >
        {!editing && (
          <Form.Item
            label="用户名"
            name="username"
            rules={[
              { required: true, whitespace: true, message: '请输入用户名' },
              { pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: '用户名为 3–32 位字母、数字、下划线、点或短横线' },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input maxLength={50} />
        </Form.Item>
        {!editing && (
          <Form.Item label="初始密码" name="password" extra={`${PASSWORD_HINT}；用户首次登录后应修改密码`} rules={passwordRules('请输入初始密码')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item label="角色" name="roles" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }]}>
          <Select mode="multiple" options={roleOptions} placeholder="可多选" showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label="所属类型" name="affiliation">
          <Radio.Group
            options={[
              { value: 'org', label: '机构' },
              { value: 'enterprise', label: '企业' },
            ]}
          />
        </Form.Item>
        {affiliation === 'org' ? (
          <Form.Item label="所属机构" name="orgId" rules={[{ required: true, message: '请选择所属机构' }]}>
            <RemoteSelect
              fetchOptions={searchOrgs}
              placeholder="输入机构名称搜索"
              initialOption={user?.orgId != null ? { value: user.orgId, label: user.orgName ?? String(user.orgId) } : null}
            />
          </Form.Item>
        ) : (
          <Form.Item label="所属企业" name="enterpriseId" rules={[{ required: true, message: '请选择所属企业' }]}>
            <RemoteSelect
              fetchOptions={searchEnterprises}
              placeholder="输入企业名称或统一社会信用代码搜索"
              initialOption={
                user?.enterpriseId != null ? { value: user.enterpriseId, label: user.enterpriseName ?? String(user.enterpriseId) } : null
              }
            />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
