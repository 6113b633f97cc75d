import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Col, Empty, Row, Select, Space, Table, Tag } from 'antd';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { oneOf, text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { useQuery } from '../../app/useQuery.ts';
import { EChart, type ChartOption } from '../home/EChart.tsx';
import { returnsApi, timelinessColors, type ReturnRow, type ToFile } from './api.ts';
import { FileReturnModal } from './FileReturnModal.tsx';

const timelinessValues = ['on_time', 'late', 'missing', 'pending'] as const;
const returnStatuses = ['submitted', 'returned', 'accepted'] as const;
const timelinessLabels: Record<(typeof timelinessValues)[number], string> = { on_time: '按时', late: '逾期报送', missing: '未报', pending: '未到期' };
const statusLabels: Record<(typeof returnStatuses)[number], string> = { submitted: '待审核', returned: '已退回', accepted: '已通过' };
const filterSpec = { period: text(), timeliness: oneOf(timelinessValues), status: oneOf(returnStatuses) };

function timelinessOption(rows: { label: string; onTime: number; late: number; missing: number }[]): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 120, right: 24, top: 32, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: rows.map((r) => r.label) },
    series: [
      { name: '按时', type: 'bar', stack: 't', color: '#52c41a', data: rows.map((r) => r.onTime) },
      { name: '逾期报送', type: 'bar', stack: 't', color: '#faad14', data: rows.map((r) => r.late) },
      { name: '未报', type: 'bar', stack: 't', color: '#ff4d4f', data: rows.map((r) => r.missing) },
    ],
  };
}

/** 报送: what my org has to file (pre-filled form), the returns in scope with review, and timeliness by org. */
export default function ReturnsPage() {
  const navigate = useNavigate();
  const f = useUrlFilters(filterSpec);
  const [filing, setFiling] = useState<ToFile | null>(null);
  const toFile = useQuery('returns-to-file', (signal) => returnsApi.toFile(signal));
  const list = useQuery(f.key, (signal) => returnsApi.list({ ...f.query, page: f.page, pageSize: f.pageSize }, signal));
  const figures = useQuery('return-figures', (signal) => returnsApi.figures({ by: 'org' }, signal));
  const chart = useMemo(() => (figures.data && figures.data.rows.length > 0 ? timelinessOption(figures.data.rows) : null), [figures.data]);
  const open = (toFile.data?.items ?? []).filter((i) => i.returnId === null || i.status === 'returned');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="本单位待报送" data-testid="returns-to-file">
        <ListError error={toFile.error} />
        {open.length === 0 ? (
          <Empty description="当前没有待报送的事项" />
        ) : (
          <Table<ToFile>
            rowKey={(i) => `${i.requirementId}:${i.period}`}
            size="small"
            pagination={false}
            dataSource={open}
            columns={[
              { title: '报送事项', dataIndex: 'requirementName' },
              { title: '报送期', dataIndex: 'periodLabel' },
              { title: '截止日期', dataIndex: 'due' },
              {
                title: '操作',
                render: (_: unknown, i) =>
                  i.returnId ? (
                    <Link to={`/returns/${i.returnId}`}>已退回，去修改</Link>
                  ) : (
                    <Button type="primary" size="small" onClick={() => setFiling(i)} data-testid="file-return">
                      报送
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title="报送记录">
            <ListToolbar onReset={f.reset}>
              <Select allowClear placeholder="及时性" style={{ width: 130 }} value={f.filters.timeliness} options={timelinessValues.map((t) => ({ value: t, label: timelinessLabels[t] }))} onChange={(timeliness) => f.set({ timeliness })} />
              <Select allowClear placeholder="审核状态" style={{ width: 130 }} value={f.filters.status} options={returnStatuses.map((s) => ({ value: s, label: statusLabels[s] }))} onChange={(status) => f.set({ status })} data-testid="return-status-filter" />
            </ListToolbar>
            <ListError error={list.error} />
            <Table<ReturnRow>
              rowKey={(r) => r.id ?? `${r.orgId}:${r.requirementId}:${r.period}`}
              size="small"
              loading={list.loading}
              dataSource={list.data?.items ?? []}
              pagination={f.pagination(list.data?.total ?? 0, '份')}
              scroll={{ x: 640 }}
              data-testid="returns-table"
              onRow={(r) => ({ onClick: () => r.id && void navigate(`/returns/${r.id}`), style: { cursor: r.id ? 'pointer' : 'default' } })}
              columns={[
                { title: '单位', dataIndex: 'orgName' },
                { title: '报送事项', dataIndex: 'requirementName' },
                { title: '报送期', dataIndex: 'periodLabel' },
                { title: '截止', dataIndex: 'dueDate' },
                { title: '及时性', dataIndex: 'timeliness', render: (t: string, r) => <Tag color={timelinessColors[t]}>{r.timelinessLabel}</Tag> },
                { title: '状态', dataIndex: 'statusLabel', render: (v: string | null) => v ?? '—' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title="报送及时率（按单位）">
            <ListError error={figures.error} />
            {chart ? <EChart option={chart} height={Math.max(320, (figures.data?.rows.length ?? 0) * 26 + 60)} testId="returns-timeliness-chart" /> : <Empty />}
          </Card>
        </Col>
      </Row>
      <FileReturnModal
        item={filing}
        onClose={() => setFiling(null)}
        onFiled={(r) => {
          setFiling(null);
          void navigate(`/returns/${r.id}`);
        }}
      />
    </Space>
  );
}
