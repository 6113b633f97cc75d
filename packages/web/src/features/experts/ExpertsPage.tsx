import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAuth } from '../../app/auth.tsx';
import { oneOf, text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { useSectorSelect, useSectors } from '../reference/useSectors.ts';
import { expertsApi, type ExpertListItem } from './api.ts';
import { ExpertFormModal } from './ExpertFormModal.tsx';
import {
  expertLevelLabels,
  expertLevels,
  expertSourceLabels,
  expertSources,
  expertStatusColors,
  expertStatusLabels,
  expertStatuses,
  expertTopicLabels,
  expertTopics,
  qualificationStateColors,
  qualificationStateLabels,
} from './labels.ts';

const spec = {
  q: text(),
  level: oneOf(expertLevels),
  sector: text(),
  topic: oneOf(expertTopics),
  source: oneOf(expertSources),
  status: oneOf(expertStatuses),
  qualification: oneOf(['expiring', 'expired'] as const),
  own: oneOf(['true'] as const),
  unrated: oneOf(['true'] as const),
};

/** 专家库: the libraries an officer may call on (his level, those above and below), filterable by field, level and source. */
export default function ExpertsPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  const { sectorName } = useSectors();
  const sectorSelect = useSectorSelect();
  const [creating, setCreating] = useState(false);
  const urlFilters = useUrlFilters(spec);
  const { filters, set: update } = urlFilters;
  const list = useQuery(`experts:${urlFilters.key}`, (signal) => expertsApi.list({ ...urlFilters.query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal));
  return (
    <Card
      title="专家库"
      extra={
        can('experts.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            专家入库
          </Button>
        )
      }
    >
      <ListToolbar search={{ value: filters.q, onSearch: (q) => update({ q }), placeholder: '姓名或工作单位' }} onReset={urlFilters.reset}>
        <Select allowClear placeholder="层级" style={{ width: 100 }} value={filters.level} onChange={(level: (typeof expertLevels)[number] | undefined) => update({ level })} options={expertLevels.map((l) => ({ value: l, label: expertLevelLabels[l] }))} />
        <Select allowClear placeholder="行业领域" style={{ width: 160 }} value={filters.sector} onChange={(sector: string | undefined) => update({ sector })} {...sectorSelect} />
        <Select allowClear placeholder="专业方向" style={{ width: 140 }} value={filters.topic} onChange={(topic: (typeof expertTopics)[number] | undefined) => update({ topic })} options={expertTopics.map((t) => ({ value: t, label: expertTopicLabels[t] }))} />
        <Select allowClear placeholder="来源" style={{ width: 190 }} value={filters.source} onChange={(source: (typeof expertSources)[number] | undefined) => update({ source })} options={expertSources.map((s) => ({ value: s, label: expertSourceLabels[s] }))} />
        <Select allowClear placeholder="状态" style={{ width: 100 }} value={filters.status} onChange={(status: (typeof expertStatuses)[number] | undefined) => update({ status })} options={expertStatuses.map((s) => ({ value: s, label: expertStatusLabels[s] }))} />
        <Select allowClear placeholder="证书有效期" style={{ width: 150 }} value={filters.qualification} onChange={(qualification: 'expiring' | 'expired' | undefined) => update({ qualification })} options={[{ value: 'expiring', label: '已过期或即将到期' }, { value: 'expired', label: '已过期' }]} />
        <Space>
          <Switch checked={filters.own === 'true'} onChange={(on) => update({ own: on ? 'true' : undefined })} />
          仅本单位专家库
        </Space>
        <Space>
          <Switch checked={filters.unrated === 'true'} onChange={(on) => update({ unrated: on ? 'true' : undefined })} data-testid="experts-unrated" />
          本单位服务后待评价
        </Space>
      </ListToolbar>
      <ListError error={list.error} />
      <Table<ExpertListItem>
        rowKey="id"
        className="zb-clickable-rows"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        onRow={(e) => ({ onClick: () => void navigate(`/experts/${e.id}`) })}
        pagination={urlFilters.pagination(list.data?.total ?? 0, '名专家')}
        scroll={{ x: 1200 }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 140, render: (n: string) => <Typography.Link>{n}</Typography.Link> },
          { title: '专家库', key: 'library', width: 200, render: (_: unknown, e) => `${expertLevelLabels[e.level]} · ${e.ownerOrg.name}` },
          { title: '工作单位', dataIndex: 'employer', width: 220, ellipsis: true },
          { title: '来源', dataIndex: 'source', width: 150, render: (s: ExpertListItem['source']) => expertSourceLabels[s] },
          { title: '行业领域', dataIndex: 'sectors', render: (xs: string[], e) => [...xs.map(sectorName), ...e.topics.map((t) => expertTopicLabels[t])].join('、') },
          {
            title: '证书',
            dataIndex: 'qualificationState',
            width: 100,
            render: (s: ExpertListItem['qualificationState'], e) => (e.qualifications.length === 0 ? '—' : <Tag color={qualificationStateColors[s]}>{qualificationStateLabels[s]}</Tag>),
          },
          { title: '服务次数', dataIndex: 'visits', width: 90 },
          { title: '平均评分', dataIndex: 'averageScore', width: 90, render: (s: number | null) => s ?? '—' },
          { title: '状态', dataIndex: 'status', width: 80, render: (s: ExpertListItem['status']) => <Tag color={expertStatusColors[s]}>{expertStatusLabels[s]}</Tag> },
        ]}
      />
      {creating && (
        <ExpertFormModal
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            void navigate(`/experts/${id}`);
          }}
        />
      )}
    </Card>
  );
}
