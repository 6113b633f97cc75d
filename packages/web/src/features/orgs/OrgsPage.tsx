import { useEffect, useState } from 'react';
import { Button, Card, Form, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { OrgKind } from '../../api/types.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { oneOf, text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { orgKindLabels, orgKinds } from '../../app/labels.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { useSectorSelect, useSectors } from '../reference/useSectors.ts';
import { orgsApi, type Org, type OrgInput } from './api.ts';

const orgFilters = { q: text(), kind: oneOf(orgKinds) };

const kindColors: Record<OrgKind, string> = {
  committee: 'red',
  regulator: 'blue',
  locality: 'green',
  platform: 'default',
};

function OrgFormModal({ open, org, onClose, onSaved }: { open: boolean; org: Org | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<OrgInput>();
  const sectorSelect = useSectorSelect();
  const kind = Form.useWatch('kind', form);

  const initialValues: Partial<OrgInput> = org
    ? { kind: org.kind, name: org.name, regionCode: org.regionCode, sectors: org.sectors }
    : { kind: 'committee', sectors: [] };

  const { submit, saving, error, clearError } = useFormSubmit(
    form,
    (v: OrgInput) => {
      const body: OrgInput = { ...v, sectors: v.kind === 'regulator' ? (v.sectors ?? []) : [] };
      return org ? orgsApi.update(org.id, body) : orgsApi.create(body);
    },
    { success: org ? '机构已更新' : '机构已创建', onSuccess: onSaved },
  );

  useEffect(() => {
    if (open) clearError();
  }, [open, org, clearError]);

  return (
    <FormModal open={open} title={org ? `编辑机构 · ${org.name}` : '新增机构'} width={620} onClose={onClose} onSubmit={submit} saving={saving} error={error}>
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
              {...sectorSelect}
              placeholder="可多选"
            />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}

export default function OrgsPage() {
  const { sectorName } = useSectors();
  const urlFilters = useUrlFilters(orgFilters);
  const { filters } = urlFilters;
  const [editing, setEditing] = useState<Org | null | undefined>(undefined);
  const list = useQuery(`orgs:${urlFilters.key}`, (signal) =>
    orgsApi.list({ ...urlFilters.query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal),
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
      <ListToolbar search={{ value: filters.q, onSearch: (q) => urlFilters.set({ q }), placeholder: '机构名称', width: 280 }}>
        <Select<OrgKind>
          allowClear
          placeholder="机构类型"
          style={{ width: 180 }}
          value={filters.kind}
          onChange={(kind) => urlFilters.set({ kind })}
          options={orgKinds.map((k) => ({ value: k, label: orgKindLabels[k] }))}
        />
      </ListToolbar>
      <ListError error={list.error} />
      <Table<Org>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={urlFilters.pagination(list.data?.total ?? 0, '个机构')}
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
