import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAuth, useMe } from '../../app/auth.tsx';
import { oneOf, text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { inspectionsApi, type InspectionListItem } from './api.ts';
import { InspectionFormModal } from './InspectionFormModal.tsx';
import {
  inspectionKindLabels,
  inspectionKinds,
  inspectionMethodLabels,
  inspectionMethods,
  inspectionStatuses,
  inspectionStatusLabels,
  InspectionStatusTag,
  type InspectionKind,
  type InspectionMethod,
  type InspectionStatus,
} from './labels.tsx';

const inspectionFilters = {
  q: text(),
  kind: oneOf(inspectionKinds),
  method: oneOf(inspectionMethods),
  status: oneOf(inspectionStatuses),
  regionCode: text(),
  enterpriseId: text(),
  premisesId: text(),
};

/** 检查: every inspection in the user's scope, with the filters in the URL. */
export default function InspectionsPage() {
  const me = useMe();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const urlFilters = useUrlFilters(inspectionFilters);
  const { filters, set: update } = urlFilters;
  const list = useQuery(`inspections:${urlFilters.key}`, (signal) => inspectionsApi.list({ ...urlFilters.query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal));

  return (
    <Card
      title="检查"
      extra={
        can('inspections.plan') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-inspection">
            新建检查
          </Button>
        )
      }
    >
      <ListToolbar search={{ value: filters.q, onSearch: (q) => update({ q }), placeholder: '检查编号或被检查对象', width: 260 }} onReset={urlFilters.reset}>
        <Select<InspectionKind>
          allowClear
          placeholder="检查类型"
          style={{ width: 160 }}
          value={filters.kind}
          onChange={(kind) => update({ kind })}
          options={inspectionKinds.map((k) => ({ value: k, label: inspectionKindLabels[k] }))}
          data-testid="filter-kind"
        />
        <Select<InspectionMethod>
          allowClear
          placeholder="检查方式"
          style={{ width: 130 }}
          value={filters.method}
          onChange={(method) => update({ method })}
          options={inspectionMethods.map((m) => ({ value: m, label: inspectionMethodLabels[m] }))}
        />
        <Select<InspectionStatus>
          allowClear
          placeholder="状态"
          style={{ width: 120 }}
          value={filters.status}
          onChange={(status) => update({ status })}
          options={inspectionStatuses.map((s) => ({ value: s, label: inspectionStatusLabels[s] }))}
        />
        {!me.enterprise && (
          <RegionCascader rootCode={me.org?.regionCode ?? null} value={filters.regionCode ?? null} onChange={(code) => update({ regionCode: code })} placeholder="所在地区" style={{ width: 220 }} />
        )}
        {(filters.enterpriseId || filters.premisesId) && (
          <Tag closable onClose={() => update({ enterpriseId: undefined, premisesId: undefined })}>
            仅看指定对象
          </Tag>
        )}
      </ListToolbar>
      <ListError error={list.error} />
      <Table<InspectionListItem>
        rowKey="id"
        className="zb-clickable-rows"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        onRow={(i) => ({ onClick: () => void navigate(`/inspections/${i.id}`) })}
        scroll={{ x: 1200 }}
        pagination={urlFilters.pagination(list.data?.total ?? 0, '次检查')}
        data-testid="inspections-table"
        columns={[
          { title: '检查编号', dataIndex: 'inspectionNo', width: 180, fixed: 'start', render: (v: string) => <Typography.Link>{v}</Typography.Link> },
          { title: '被检查对象', key: 'subject', width: 220, ellipsis: true, render: (_: unknown, i) => i.subject.name },
          { title: '所在地区', dataIndex: 'regionName', width: 130, ellipsis: true },
          {
            title: '检查类型',
            dataIndex: 'kind',
            width: 150,
            render: (k: InspectionKind, i) => (
              <>
                {inspectionKindLabels[k]}
                {i.ledByPrincipal && <Tag color="purple" style={{ marginInlineStart: 4 }}>带队</Tag>}
              </>
            ),
          },
          { title: '检查方式', dataIndex: 'methods', width: 160, render: (ms: InspectionMethod[]) => ms.map((m) => <Tag key={m}>{inspectionMethodLabels[m]}</Tag>) },
          { title: '带队', dataIndex: 'leaderName', width: 100, ellipsis: true },
          { title: '检查日期', key: 'date', width: 110, render: (_: unknown, i) => i.checkDate ?? i.plannedOn ?? '—' },
          { title: '发现问题', key: 'findings', width: 110, render: (_: unknown, i) => (i.findings ? `${i.findings}（重大 ${i.majorFindings}）` : '0') },
          { title: '状态', dataIndex: 'status', width: 110, render: (s: InspectionStatus, i) => <>{<InspectionStatusTag status={s} />}{i.unreleased && <Tag color="gold">暗访</Tag>}</> },
        ]}
      />
      <InspectionFormModal open={creating} onClose={() => setCreating(false)} onCreated={(id) => void navigate(`/inspections/${id}`)} />
    </Card>
  );
}
