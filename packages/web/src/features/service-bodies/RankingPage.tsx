import { useMemo } from 'react';
import { Alert, Card, Empty, Select, Space, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { oneOf } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { ListError } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { EChart, type ChartOption } from '../home/EChart.tsx';
import { percent, serviceBodiesApi, type Ranking } from './api.ts';
import { quarterLabel, recentQuarters } from './quarters.ts';

type Row = Ranking['items'][number];

/** 机构排名: each body's 复核 failure rate for the quarter (lower ranks first), and the bodies flagged for 通报曝光/移出. */
export default function RankingPage() {
  const quarters = recentQuarters();
  const urlFilters = useUrlFilters({ quarter: oneOf(quarters) });
  const quarter = urlFilters.filters.quarter ?? quarters[0] ?? '';
  const ranking = useQuery(`service-ranking:${quarter}`, (signal) => serviceBodiesApi.ranking(quarter, signal));
  const data = ranking.data;
  const reviewed = useMemo(() => (data?.items ?? []).filter((i) => i.reviewed > 0), [data]);
  const flagged = (data?.items ?? []).filter((i) => i.flagged);
  const option: ChartOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: reviewed.map((i) => i.name) },
      series: [
        {
          type: 'bar',
          name: '复核不合格率',
          data: reviewed.map((i) => ({ value: Math.round((i.failureRate ?? 0) * 1000) / 10, itemStyle: { color: i.flagged ? '#cf1322' : '#1f5fbf' } })),
          label: { show: true, position: 'right', formatter: '{c}%' },
        },
      ],
    }),
    [reviewed],
  );
  return (
    <Card title="第三方服务机构排名" extra={<Select style={{ width: 160 }} value={quarter} onChange={(q: string) => urlFilters.set({ quarter: q })} options={quarters.map((q) => ({ value: q, label: quarterLabel(q) }))} />}>
      <ListError error={ranking.error} />
      {data && flagged.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title="建议通报曝光、移出名录的机构"
          description={
            <Space orientation="vertical" data-testid="flagged">
              {flagged.map((f) => (
                <span key={f.bodyId}>
                  <Link to={`/service-bodies/${f.bodyId}`}>{f.name}</Link>：{f.flagReason}
                </span>
              ))}
            </Space>
          }
        />
      )}
      {reviewed.length > 0 ? <EChart option={option} height={Math.max(160, reviewed.length * 40 + 40)} testId="chart-failure-rate" /> : <Empty description={`${quarterLabel(quarter)}暂无复核结论`} />}
      <Table<Row>
        rowKey="bodyId"
        style={{ marginTop: 16 }}
        loading={ranking.loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 800 }}
        columns={[
          { title: '排名', dataIndex: 'rank', width: 70, render: (r: number | null) => r ?? '—' },
          { title: '机构', dataIndex: 'name', render: (n: string, r) => <Link to={`/service-bodies/${r.bodyId}`}>{n}</Link> },
          { title: '类型', dataIndex: 'typeLabel', width: 100 },
          { title: '抽取', dataIndex: 'sampled', width: 70 },
          { title: '已复核', dataIndex: 'reviewed', width: 80 },
          { title: '不合格', dataIndex: 'failed', width: 80 },
          { title: '不合格率', dataIndex: 'failureRate', width: 100, render: (r: number | null, row) => <span data-testid={`rate-${row.bodyId}`}>{percent(r)}</span> },
          { title: '监督检查不合格', dataIndex: 'failedChecks', width: 130, render: (n: number, row) => <span data-testid={`failed-checks-${row.bodyId}`}>{n}</span> },
          { title: '', dataIndex: 'flagged', width: 110, render: (f: boolean) => (f ? <Tag color="red">建议通报</Tag> : null) },
        ]}
      />
      {data && <div style={{ marginTop: 8, color: '#888' }}>{`复核不少于${data.settings.rankingMinSample}份的机构参与排名；不合格率超过${data.settings.flagFailurePercent}%且复核不少于${data.settings.flagMinReviewed}份的，建议通报曝光、移出名录；本季度资质保持、过程控制、执业行为检查不合格达到${data.settings.flagFailedChecks}次的，同样建议。`}</div>}
    </Card>
  );
}
