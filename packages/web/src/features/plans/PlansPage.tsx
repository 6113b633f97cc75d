import { Link } from 'react-router-dom';
import { Card, Table, Tag } from 'antd';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { useQuery } from '../../app/useQuery.ts';
import { plansApi, type PlanListItem } from './api.ts';

const filterSpec = { q: text() };
const filingColors: Record<string, string> = { filed: 'success', overdue: 'error', pending: 'processing', not_required: 'default' };

/** 方案: the caller's plans and the lower levels' sub-plans with their filing state. */
export default function PlansPage() {
  const f = useUrlFilters(filterSpec);
  const query = useQuery(f.key, (signal) => plansApi.list({ ...f.query, page: f.page, pageSize: f.pageSize }, signal));
  return (
    <Card title="实施方案">
      <ListToolbar search={{ value: f.filters.q, onSearch: (q) => f.set({ q }), placeholder: '方案名称或文号' }} onReset={f.reset} />
      <ListError error={query.error} />
      <Table<PlanListItem>
        rowKey="id"
        size="middle"
        loading={query.loading}
        dataSource={query.data?.items ?? []}
        pagination={f.pagination(query.data?.total ?? 0, '个方案')}
        scroll={{ x: 900 }}
        data-testid="plans-table"
        columns={[
          { title: '方案', dataIndex: 'name', render: (v: string, p) => <Link to={`/plans/${p.id}`}>{v}</Link> },
          { title: '类型', dataIndex: 'kindLabel', width: 100 },
          { title: '制定单位', dataIndex: 'orgName', width: 160 },
          { title: '文号', dataIndex: 'docNo', width: 180 },
          { title: '状态', dataIndex: 'statusLabel', width: 90, render: (v: string) => <Tag>{v}</Tag> },
          { title: '备案', dataIndex: 'filingStateLabel', width: 110, render: (v: string, p) => <Tag color={filingColors[p.filingState]}>{v}</Tag> },
          { title: '任务（完成/总数）', width: 140, render: (_: unknown, p) => `${p.taskCounts.done ?? 0} / ${Object.values(p.taskCounts).reduce((a: number, b) => a + (b ?? 0), 0)}` },
        ]}
      />
    </Card>
  );
}
