import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, TeamOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { drawStatuses, drawStatusLabels } from '@zhiben/core/src/draw/draw-machine.ts';
import { useAuth } from '../../app/auth.tsx';
import { oneOf } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { drawsApi, drawStatusColors, type DrawSummary } from './api.ts';
import { DrawFigures } from './DrawFigures.tsx';
import { NewDrawModal } from './NewDrawModal.tsx';

const waitingStates = ['draw', 'approve', 'publish'] as const;
const waitingLabels: Record<(typeof waitingStates)[number], string> = { draw: '待抽取', approve: '待审核', publish: '结果待公示' };
const filtersSpec = { status: oneOf(drawStatuses), waiting: oneOf(waitingStates) };

/** 双随机抽查: the org's draws and those of its region, newest first; 发起抽查 for whoever plans inspections. */
export default function DrawsPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const urlFilters = useUrlFilters(filtersSpec);
  const { filters, set: update } = urlFilters;
  const list = useQuery(`draws:${urlFilters.key}`, (signal) => drawsApi.list({ ...urlFilters.query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal));
  return (
    <Card
      title="双随机抽查"
      extra={
        <Space wrap>
          <Link to="/spot-check-items">
            <Button icon={<UnorderedListOutlined />}>抽查事项清单</Button>
          </Link>
          <Link to="/inspectors">
            <Button icon={<TeamOutlined />}>执法检查人员名录库</Button>
          </Link>
          {can('inspections.plan') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="draw-new">
              发起抽查
            </Button>
          )}
        </Space>
      }
    >
      <DrawFigures />
      <ListToolbar onReset={urlFilters.reset}>
        <Select allowClear placeholder="状态" style={{ width: 180 }} value={filters.status} onChange={(status: (typeof drawStatuses)[number] | undefined) => update({ status })} options={drawStatuses.map((s) => ({ value: s, label: drawStatusLabels[s] }))} />
        <Select allowClear placeholder="本单位待办" style={{ width: 180 }} value={filters.waiting} onChange={(waiting: (typeof waitingStates)[number] | undefined) => update({ waiting })} options={waitingStates.map((w) => ({ value: w, label: waitingLabels[w] }))} />
      </ListToolbar>
      <ListError error={list.error} />
      <Table<DrawSummary>
        rowKey="id"
        className="zb-clickable-rows"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={urlFilters.pagination(list.data?.total ?? 0, '次抽查')}
        onRow={(d) => ({ onClick: () => void navigate(`/random-draws/${d.id}`) })}
        scroll={{ x: 960 }}
        columns={[
          { title: '抽查名称', dataIndex: 'title', render: (t: string) => <Typography.Link>{t}</Typography.Link> },
          { title: '编号', dataIndex: 'drawNo', width: 300, ellipsis: true },
          { title: '状态', dataIndex: 'status', width: 130, render: (s: DrawSummary['status'], d) => <Tag color={drawStatusColors[s]}>{d.statusLabel}</Tag> },
          { title: '对象库', dataIndex: 'candidateCount', width: 90, render: (n: number) => `${n}家` },
          { title: '抽取', dataIndex: 'sampleSize', width: 80, render: (n: number) => `${n}家` },
          { title: '抽取日期', dataIndex: 'drawOn', width: 120 },
        ]}
      />
      {creating && <NewDrawModal onClose={() => setCreating(false)} onDone={(id) => void navigate(`/random-draws/${id}`)} />}
    </Card>
  );
}
