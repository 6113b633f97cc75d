import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Select, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAuth, useMe } from '../../app/auth.tsx';
import { oneOf, text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { premisesKindLabels, premisesKinds, premisesStatusLabels, premisesStatuses, type PremisesKind, type PremisesStatus } from '../inspections/labels.tsx';
import { premisesApi, type Premises } from './api.ts';
import { PremisesFormModal } from './PremisesFormModal.tsx';

const spec = { q: text(), kind: oneOf(premisesKinds), status: oneOf(premisesStatuses), regionCode: text() };

/** 场所: rental houses, 九小场所, self-built commercial buildings … (subjects without a USCC) in the user's scope. */
export default function PremisesPage() {
  const me = useMe();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const urlFilters = useUrlFilters(spec);
  const { filters, set: update } = urlFilters;
  const list = useQuery(`premises:${urlFilters.key}`, (signal) => premisesApi.list({ ...urlFilters.query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal));
  return (
    <Card
      title="场所"
      extra={
        can('premises.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            登记场所
          </Button>
        )
      }
    >
      <ListToolbar search={{ value: filters.q, onSearch: (q) => update({ q }), placeholder: '场所名称、地址或产权人' }} onReset={urlFilters.reset}>
        <Select<PremisesKind> allowClear placeholder="场所类型" style={{ width: 170 }} value={filters.kind} onChange={(kind) => update({ kind })} options={premisesKinds.map((k) => ({ value: k, label: premisesKindLabels[k] }))} />
        <Select<PremisesStatus> allowClear placeholder="状态" style={{ width: 110 }} value={filters.status} onChange={(status) => update({ status })} options={premisesStatuses.map((s) => ({ value: s, label: premisesStatusLabels[s] }))} />
        <RegionCascader rootCode={me.org?.regionCode ?? null} value={filters.regionCode ?? null} onChange={(code) => update({ regionCode: code })} placeholder="所在地区" style={{ width: 220 }} />
      </ListToolbar>
      <ListError error={list.error} />
      <Table<Premises>
        rowKey="id"
        className="zb-clickable-rows"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        onRow={(p) => ({ onClick: () => void navigate(`/premises/${p.id}`) })}
        pagination={urlFilters.pagination(list.data?.total ?? 0, '处场所')}
        scroll={{ x: 1000 }}
        columns={[
          { title: '场所名称', dataIndex: 'name', width: 220, render: (n: string) => <Typography.Link>{n}</Typography.Link> },
          { title: '类型', dataIndex: 'kind', width: 150, render: (k: PremisesKind) => premisesKindLabels[k] },
          { title: '所在地区', dataIndex: 'regionName', width: 150, ellipsis: true },
          { title: '地址', dataIndex: 'address', ellipsis: true },
          { title: '产权人', key: 'owner', width: 100, render: (_: unknown, p) => p.owner.name || '—' },
          { title: '网格', dataIndex: 'grid', width: 120, ellipsis: true },
          { title: '状态', dataIndex: 'status', width: 80, render: (s: PremisesStatus) => premisesStatusLabels[s] },
        ]}
      />
      <PremisesFormModal open={creating} premises={null} onClose={() => setCreating(false)} onSaved={(p) => void navigate(`/premises/${p.id}`)} />
    </Card>
  );
}
