import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Table, Tabs, Tag } from 'antd';
import { EditOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { leaderRoleLabels, leaderRoles, type LeaderRole } from '@zhiben/core/src/tasks/meeting-cadence.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { ListError } from '../../app/ListToolbar.tsx';
import { useAuth } from '../../app/auth.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useQuery } from '../../app/useQuery.ts';
import { planOrgOptions } from '../plans/api.ts';
import { leadersApi, type LeaderView, type WorkingGroupBody, type WorkingGroupView } from './api.ts';
import { fetchedOptions } from '../../app/forms.ts';

type LeaderValues = { name?: string; post?: string; role?: LeaderRole; memberOrgId?: string; active?: boolean; sort?: number | null };

function LeaderFormModal({ leader, onClose, onSaved }: { leader: LeaderView | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<LeaderValues>();
  const orgs = useQuery('plan-orgs', (signal) => planOrgOptions(signal));
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: LeaderValues) => {
      const body = { name: (v.name ?? '').trim(), post: (v.post ?? '').trim(), role: v.role ?? 'deputy', memberOrgId: v.memberOrgId ?? null, active: v.active ?? true, sort: v.sort ?? 0 };
      return leader ? leadersApi.update(leader.id, { ...body, version: leader.version }) : leadersApi.create(body);
    },
    { success: '领导信息已保存', onSuccess: onSaved },
  );
  const initial: LeaderValues = leader
    ? { name: leader.name, post: leader.post, role: leader.role, memberOrgId: leader.memberOrgId ?? undefined, active: leader.active, sort: leader.sort }
    : { role: 'deputy', active: true, sort: 0 };
  return (
    <FormModal open title={leader ? `修改 ${leader.name}` : '新增领导'} onClose={onClose} onSubmit={submit} saving={saving} error={error} errorTestId="leader-form-error">
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
          <Input maxLength={32} data-testid="leader-name" />
        </Form.Item>
        <Form.Item label="职务" name="post" rules={[{ required: true, whitespace: true, message: '请填写职务' }]}>
          <Input maxLength={64} placeholder="如 市委常委、副市长" data-testid="leader-post" />
        </Form.Item>
        <Form.Item label="类别" name="role" rules={[{ required: true, message: '请选择类别' }]} extra="主要负责同志每季度、分管负责同志每月至少主持一次会议">
          <Select options={leaderRoles.map((r) => ({ value: r, label: leaderRoleLabels[r] }))} />
        </Form.Item>
        <Form.Item label="所在成员单位" name="memberOrgId" extra="成员单位负责同志填写">
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} {...fetchedOptions(orgs)} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="排序" name="sort">
              <InputNumber min={0} max={999} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label=" " name="active" valuePropName="checked">
              <Checkbox>在任</Checkbox>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}

const groupKinds = { leading_group: '领导小组', task_force: '工作专班' } as const;
const memberRoleLabels = { leader: '组长', deputy_leader: '副组长', member: '成员', liaison: '联络员' } as const;
type MemberRole = keyof typeof memberRoleLabels;
type GroupValues = { name?: string; kind?: keyof typeof groupKinds; members?: { name?: string; orgId?: string; post?: string; phone?: string; role?: MemberRole }[] };

function GroupFormModal({ group, onClose, onSaved }: { group: WorkingGroupView | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<GroupValues>();
  const orgs = useQuery('plan-orgs', (signal) => planOrgOptions(signal));
  const { submit, saving, error } = useFormSubmit(
    form,
    (v: GroupValues) => {
      const body: WorkingGroupBody = {
        name: (v.name ?? '').trim(),
        kind: v.kind ?? 'task_force',
        members: (v.members ?? []).map((m) => ({ name: (m.name ?? '').trim(), orgId: m.orgId ?? null, unit: '', post: (m.post ?? '').trim(), phone: (m.phone ?? '').trim(), role: m.role ?? 'member' })),
      };
      return group ? leadersApi.updateGroup(group.id, { ...body, version: group.version }) : leadersApi.createGroup(body);
    },
    { success: '已保存', onSuccess: onSaved },
  );
  const initial: GroupValues = group
    ? { name: group.name, kind: group.kind, members: group.members.map((m) => ({ name: m.name, orgId: m.orgId ?? undefined, post: m.post, phone: m.phone, role: m.role })) }
    : { kind: 'task_force', members: [{ role: 'leader' }] };
  return (
    <FormModal open title={group ? `修改 ${group.name}` : '新增领导小组或工作专班'} onClose={onClose} onSubmit={submit} saving={saving} error={error} width={820}>
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label="类型" name="kind">
              <Select options={Object.entries(groupKinds).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="成员">
          <Form.List name="members">
            {(items, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {items.map(({ key, name }) => (
                  <Space key={key} wrap align="start">
                    <Form.Item name={[name, 'role']} noStyle>
                      <Select style={{ width: 100 }} options={Object.entries(memberRoleLabels).map(([value, label]) => ({ value, label }))} />
                    </Form.Item>
                    <Form.Item name={[name, 'name']} noStyle rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
                      <Input placeholder="姓名" maxLength={32} style={{ width: 110 }} />
                    </Form.Item>
                    <Form.Item name={[name, 'orgId']} noStyle>
                      <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="单位" {...fetchedOptions(orgs)} style={{ width: 200 }} />
                    </Form.Item>
                    <Form.Item name={[name, 'post']} noStyle>
                      <Input placeholder="职务" maxLength={64} style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[name, 'phone']} noStyle>
                      <Input placeholder="电话" maxLength={20} style={{ width: 130 }} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(name)} aria-label="删除成员" />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'member' })}>
                  增加成员
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 领导: the leaders on record (each with its 职责清单和履职档案) and the 领导小组、工作专班 with their 联络员. */
export default function LeadersPage() {
  const { me } = useAuth();
  const canManage = me?.capabilities.includes('plans.manage') ?? false;
  const leaders = useQuery('leaders:all', (signal) => leadersApi.list({}, signal));
  const groups = useQuery('working-groups', (signal) => leadersApi.groups(signal));
  const [editing, setEditing] = useState<LeaderView | 'new' | null>(null);
  const [group, setGroup] = useState<WorkingGroupView | 'new' | null>(null);
  return (
    <Card title="领导与工作专班">
      <Tabs
        items={[
          {
            key: 'leaders',
            label: '领导',
            children: (
              <>
                {canManage && (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }} data-testid="leader-add">
                    新增领导
                  </Button>
                )}
                <ListError error={leaders.error} />
                <Table<LeaderView>
                  rowKey="id"
                  size="middle"
                  loading={leaders.loading}
                  dataSource={leaders.data?.items ?? []}
                  pagination={false}
                  scroll={{ x: 720 }}
                  data-testid="leaders-table"
                  columns={[
                    { title: '姓名', dataIndex: 'name', width: 110, render: (v: string, l) => <Link to={`/leaders/${l.id}`}>{v}</Link> },
                    { title: '职务', dataIndex: 'post' },
                    { title: '类别', dataIndex: 'roleLabel', width: 150 },
                    { title: '单位', width: 180, render: (_: unknown, l) => l.memberOrgName ?? l.orgName },
                    { title: '状态', dataIndex: 'active', width: 80, render: (v: boolean) => (v ? <Tag color="success">在任</Tag> : <Tag>离任</Tag>) },
                    {
                      title: '',
                      width: 150,
                      render: (_: unknown, l) => (
                        <Space>
                          <Link to={`/leaders/${l.id}`}>履职档案</Link>
                          {l.editable && <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(l)} aria-label={`修改${l.name}`} />}
                        </Space>
                      ),
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'groups',
            label: '领导小组和工作专班',
            children: (
              <>
                {canManage && (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setGroup('new')} style={{ marginBottom: 12 }}>
                    新增
                  </Button>
                )}
                <ListError error={groups.error} />
                <Table<WorkingGroupView>
                  rowKey="id"
                  size="middle"
                  loading={groups.loading}
                  dataSource={groups.data?.items ?? []}
                  pagination={false}
                  scroll={{ x: 720 }}
                  expandable={{
                    expandedRowRender: (g) => (
                      <Table
                        size="small"
                        rowKey="seq"
                        pagination={false}
                        // A group may list the same name twice (one person, two roles): rows are keyed by position.
                        dataSource={g.members.map((m, seq) => ({ ...m, seq }))}
                        columns={[
                          { title: '职务', dataIndex: 'role', width: 90, render: (r: MemberRole) => memberRoleLabels[r] },
                          { title: '姓名', dataIndex: 'name', width: 100 },
                          { title: '单位', render: (_: unknown, m) => m.orgName ?? m.unit },
                          { title: '职务', dataIndex: 'post' },
                          { title: '电话', dataIndex: 'phone', width: 130 },
                        ]}
                      />
                    ),
                  }}
                  columns={[
                    { title: '名称', dataIndex: 'name' },
                    { title: '类型', dataIndex: 'kind', width: 110, render: (k: keyof typeof groupKinds) => groupKinds[k] },
                    { title: '成员数', width: 90, align: 'right', render: (_: unknown, g) => g.members.length },
                    { title: '联络员', width: 200, render: (_: unknown, g) => g.members.filter((m) => m.role === 'liaison').map((m) => m.name).join('、') || '—' },
                    { title: '', width: 70, render: (_: unknown, g) => g.editable && <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setGroup(g)} aria-label={`修改${g.name}`} /> },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
      {editing && (
        <LeaderFormModal
          leader={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            leaders.reload();
          }}
        />
      )}
      {group && (
        <GroupFormModal
          group={group === 'new' ? null : group}
          onClose={() => setGroup(null)}
          onSaved={() => {
            setGroup(null);
            groups.reload();
          }}
        />
      )}
    </Card>
  );
}
