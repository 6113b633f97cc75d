import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { meetingKindLabels, meetingKinds } from '@zhiben/core/src/tasks/meeting-cadence.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useAuth } from '../../app/auth.tsx';
import { oneOf } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { useQuery } from '../../app/useQuery.ts';
import { CadenceTag } from '../leaders/LeaderRecordPage.tsx';
import { meetingsApi, type CadenceReport, type MeetingView } from './api.ts';
import { MeetingFormModal } from './MeetingFormModal.tsx';

const years = ['2024', '2025', '2026'] as const;
const filterSpec = { kind: oneOf(meetingKinds), year: oneOf(years) };
type CadenceRow = CadenceReport['leaders'][number];

function CadenceTable({ year }: { year: number }) {
  const query = useQuery(`meeting-cadence:${year}`, (signal) => meetingsApi.cadence({ year }, signal));
  const data = query.data;
  return (
    <>
      <ListError error={query.error} />
      {data && (
        <Typography.Paragraph>
          截至 {data.asOf}，全部领导按期达到率 <b data-testid="cadence-compliance">{data.compliance === null ? '—' : `${Math.round(data.compliance * 100)}%`}</b>
        </Typography.Paragraph>
      )}
      <Table<CadenceRow>
        rowKey="leaderId"
        size="small"
        loading={query.loading}
        dataSource={data?.leaders ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        data-testid="cadence-table"
        columns={[
          { title: '领导', dataIndex: 'name', width: 100, fixed: 'left', render: (v: string, l) => <Link to={`/leaders/${l.leaderId}`}>{v}</Link> },
          { title: '职务', dataIndex: 'post', width: 180 },
          { title: '要求', dataIndex: 'rule', width: 200, render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text> },
          {
            title: '各期情况',
            render: (_: unknown, l) => (
              <Space size={[4, 4]} wrap>
                {l.periods.map((p) => (
                  <CadenceTag key={p.period} p={p} />
                ))}
              </Space>
            ),
          },
          { title: '达到', dataIndex: 'met', width: 70, align: 'right', render: (v: number) => <Tag color="success">{v}</Tag> },
          { title: '未达到', dataIndex: 'missed', width: 80, align: 'right', render: (v: number) => (v > 0 ? <Tag color="error">{v}</Tag> : <Tag>0</Tag>) },
        ]}
      />
    </>
  );
}

/** 领导会议: the 安委办's record of leaders' meetings and the cadence check per leader and period. */
export default function MeetingsPage() {
  const { me } = useAuth();
  const navigate = useNavigate();
  const canManage = me?.capabilities.includes('plans.manage') ?? false;
  const f = useUrlFilters(filterSpec, { pageSize: 20 });
  const year = f.filters.year ?? String(new Date().getFullYear());
  const [adding, setAdding] = useState(false);
  const query = useQuery(f.key, (signal) =>
    meetingsApi.list({ kind: f.filters.kind, from: f.filters.year ? `${f.filters.year}-01-01` : undefined, to: f.filters.year ? `${f.filters.year}-12-31` : undefined, page: f.page, pageSize: f.pageSize }, signal),
  );
  return (
    <Card
      title="领导会议"
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="meeting-add">
            记录会议
          </Button>
        )
      }
    >
      <ListToolbar onReset={f.reset}>
        <Select allowClear placeholder="年度" style={{ width: 110 }} value={f.filters.year} options={years.map((y) => ({ value: y, label: `${y}年` }))} onChange={(v) => f.set({ year: v })} />
        <Select allowClear placeholder="会议类型" style={{ width: 140 }} value={f.filters.kind} options={meetingKinds.map((k) => ({ value: k, label: meetingKindLabels[k] }))} onChange={(v) => f.set({ kind: v })} />
      </ListToolbar>
      <Tabs
        items={[
          {
            key: 'list',
            label: '会议记录',
            children: (
              <>
                <ListError error={query.error} />
                <Table<MeetingView>
                  rowKey="id"
                  size="middle"
                  loading={query.loading}
                  dataSource={query.data?.items ?? []}
                  pagination={f.pagination(query.data?.total ?? 0, '次会议')}
                  scroll={{ x: 760 }}
                  data-testid="meetings-table"
                  columns={[
                    { title: '日期', dataIndex: 'date', width: 110 },
                    { title: '类型', dataIndex: 'kindLabel', width: 100 },
                    { title: '会议', dataIndex: 'name', render: (v: string, m) => <Link to={`/meetings/${m.id}`}>{v}</Link> },
                    { title: '主持', width: 200, render: (_: unknown, m) => `${m.chairName}${m.chairPost ? `（${m.chairPost}）` : ''}` },
                    { title: '议题', width: 80, align: 'right', render: (_: unknown, m) => m.topics.length },
                  ]}
                />
              </>
            ),
          },
          { key: 'cadence', label: `会议频次检查（${year}年）`, children: <CadenceTable year={Number(year)} /> },
        ]}
      />
      {adding && <MeetingFormModal meeting={null} onClose={() => setAdding(false)} onSaved={(m) => void navigate(`/meetings/${m.id}`)} />}
    </Card>
  );
}
