import { useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/client.ts';
import type { OrgKind } from '../../api/types.ts';
import { feedback } from '../../app/feedback.ts';
import { usePaging } from '../../app/usePaging.ts';
import { orgKindLabels, orgKinds } from '../../app/labels.ts';
import { useQuery } from '../../app/useQuery.ts';
import { markServerFieldError } from '../../app/forms.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { useSectors } from '../reference/useSectors.ts';
import { orgsApi, type Org, type OrgInput } from './api.ts';

const kindColors: Record<OrgKind, string> = {
  committee: 'red',
  regulator: 'blue',
  locality: 'green',
  platform: 'default',
};

function OrgFormModal({ open, org, onClose, onSaved }: { open: boolean; org: Org | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<OrgInput>();
  const { sectors, loading } = useSectors();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (open) setError(null);
  }, [open, org]);
  const initialValues: Partial<OrgInput> = org
    ? { kind: org.kind, name: org.name, regionCode: org.regionCode, sectors: org.sectors }
    : { kind: 'committee', sectors: [] };

  const submit = async () => {
    let v: OrgInput;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const body: OrgInput = { ...v, sectors: v.kind === 'regulator' ? (v.sectors ?? []) : [] };
    setSaving(true);
    setError(null);
    try {
      if (org) await orgsApi.update(org.id, body);
      else await orgsApi.create(body);
      feedback.success(org ? '机构已更新' : '机构已创建');
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
      markServerFieldError(form, err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={org ? `编辑机构 · ${org.name}` : '新增机构'}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      confirmLoading={saving}
      destroyOnHidden
      mask={{ closable: false }}
      width={620}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<OrgInput> form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        <Form.Item label="机构类型" name="kind" rules={[{ required: true, message: '请选择机构类型' }]}>
          <Select options={orgKinds.map((k) => ({ value: k, label: orgKindLabels[k] }))} />
        </Form.Item>
        <Form.Item label="机构名称" name="name" rules={[{ required: true, whitespace: true, message: '请输入机构名称' }]}>
          <Input maxLength={100} placeholder="如：涡阳县应急管理局" />
        </Form.Item>
        <Form.Item label="所在区划" name="regionCode" rules={[{ required: true, message: '请选择所在区划' }]}>
          <RegionCascader rootCode={null} placeholder="选择机构管辖的行政区划" />
        </Form.Item>
        {kind === 'regulator' && (
          <Form.Item
            label="监管行业领域"
            name="sectors"
            rules={[{ required: true, type: 'array', min: 1, message: '行业监管部门需至少选择一个行业领域' }]}
          >
            <Select
              mode="multiple"
              loading={loading}
              showSearch={{ optionFilterProp: 'label' }}
              options={sectors.map((s) => ({ value: s.code, label: s.name }))}
              placeholder="可多选"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

export default function OrgsPage() {
  const { sectorName } = useSectors();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<OrgKind | undefined>(undefined);
  const { page, pageSize, setPage, pagination } = usePaging('个机构');
  const [editing, setEditing] = useState<Org | null | undefined>(undefined);
  const list = useQuery(JSON.stringify(['orgs', q, kind, page, pageSize]), (signal) =>
    orgsApi.list({ q: q || undefined, kind, page, pageSize }, signal),
  );

  return (
    <Card
      title="机构管理"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          新增机构
        </Button>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder="机构名称"
          enterButton="搜索"
          style={{ width: 280 }}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
        />
        <Select<OrgKind>
          allowClear
          placeholder="机构类型"
          style={{ width: 180 }}
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPage(1);
          }}
          options={orgKinds.map((k) => ({ value: k, label: orgKindLabels[k] }))}
        />
      </Flex>
      {list.error !== undefined && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />}
      <Table<Org>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={pagination(list.data?.total ?? 0)}
        columns={[
          { title: '机构名称', dataIndex: 'name' },
          {
            title: '类型',
            dataIndex: 'kind',
            width: 140,
            render: (k: OrgKind) => <Tag color={kindColors[k]}>{orgKindLabels[k] ?? k}</Tag>,
          },
          { title: '所在区划', dataIndex: 'regionName', width: 220, render: (n: string, o) => n || o.regionCode },
          {
            title: '监管行业领域',
            dataIndex: 'sectors',
            render: (list: string[]) => (list.length ? list.map((s) => <Tag key={s}>{sectorName(s)}</Tag>) : '—'),
          },
          {
            title: '操作',
            width: 90,
            render: (_v, o) => (
              <Button type="link" size="small" onClick={() => setEditing(o)}>
                编辑
              </Button>
            ),
          },
        ]}
      />
      <OrgFormModal
        open={editing !== undefined}
        org={editing ?? null}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          list.reload();
        }}
      />
    </Card>
  );
}
