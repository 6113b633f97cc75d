import { useMemo } from 'react';
import { Card, Col, Empty, Row, Statistic, Table } from 'antd';
import { ListError } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { EChart, type ChartOption } from '../home/EChart.tsx';
import { displayStatusLabels, tasksApi, type Board, type Ranking } from './api.ts';

const DAY = 86_400_000;
const statusColor: Record<Board['gantt'][number]['displayStatus'], string> = {
  draft: '#bfbfbf',
  not_started: '#69b1ff',
  in_progress: '#1677ff',
  done: '#52c41a',
  overdue: '#ff4d4f',
  cancelled: '#d9d9d9',
};

/**
 * A Gantt by due date on the bar chart (tree-shaken ECharts has no custom series here): each task is a stacked bar
 * whose first, transparent part runs from the chart's start to the task's start.
 */
export function ganttOption(gantt: Board['gantt']): ChartOption {
  const rows = [...gantt].sort((a, b) => (a.end < b.end ? 1 : -1));
  const origin = Math.min(...rows.map((r) => Date.parse(r.start)));
  const toDate = (days: number) => new Date(origin + days * DAY).toISOString().slice(0, 10);
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const index = (p as { dataIndex: number }).dataIndex;
        const r = rows[index];
        return r ? `${r.displayCode} ${r.name}<br/>${r.leadOrgName ?? ''}<br/>${r.start} 至 ${r.end} · ${displayStatusLabels[r.displayStatus]}` : '';
      },
    },
    grid: { left: 90, right: 24, top: 16, bottom: 32 },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => toDate(v).slice(0, 7) } },
    yAxis: { type: 'category', data: rows.map((r) => r.displayCode) },
    series: [
      { type: 'bar', stack: 'gantt', silent: true, itemStyle: { color: 'transparent' }, data: rows.map((r) => (Date.parse(r.start) - origin) / DAY) },
      {
        type: 'bar',
        stack: 'gantt',
        data: rows.map((r) => ({ value: Math.max(1, (Date.parse(r.end) - Date.parse(r.start)) / DAY), itemStyle: { color: statusColor[r.displayStatus] } })),
      },
    ],
  };
}

function rankingOption(rows: Ranking['rows']): ChartOption {
  const ranked = rows.filter((r) => r.tasks.onTimeRate !== null).sort((a, b) => (a.tasks.onTimeRate ?? 0) - (b.tasks.onTimeRate ?? 0));
  return {
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 120, right: 24, top: 32, bottom: 24 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: ranked.map((r) => r.orgName) },
    series: [
      { name: '任务按期完成率', type: 'bar', data: ranked.map((r) => Math.round((r.tasks.onTimeRate ?? 0) * 100)) },
      { name: '报送及时率', type: 'bar', data: ranked.map((r) => Math.round((r.returns.onTimeRate ?? 0) * 100)) },
    ],
  };
}

/** 任务看板: counts by 行动 and lead org, the Gantt by due date and the member-unit ranking. */
export default function TaskBoardPage() {
  const board = useQuery('task-board', (signal) => tasksApi.board({}, signal));
  const ranking = useQuery('task-ranking', (signal) => tasksApi.ranking({}, signal));
  const total = board.data?.actions.reduce(
    (acc, a) => ({ total: acc.total + a.counts.total, done: acc.done + a.counts.done, overdue: acc.overdue + a.counts.overdue, dueSoon: acc.dueSoon + a.counts.dueSoon }),
    { total: 0, done: 0, overdue: 0, dueSoon: 0 },
  );
  const gantt = useMemo(() => (board.data && board.data.gantt.length > 0 ? ganttOption(board.data.gantt) : null), [board.data]);
  const rank = useMemo(() => (ranking.data ? rankingOption(ranking.data.rows) : null), [ranking.data]);
  const countColumns = [
    { title: '任务', dataIndex: ['counts', 'total'], align: 'right' as const },
    { title: '未开始', dataIndex: ['counts', 'notStarted'], align: 'right' as const },
    { title: '推进中', dataIndex: ['counts', 'inProgress'], align: 'right' as const },
    { title: '已完成', dataIndex: ['counts', 'done'], align: 'right' as const },
    { title: '逾期', dataIndex: ['counts', 'overdue'], align: 'right' as const },
    { title: '30天内到期', dataIndex: ['counts', 'dueSoon'], align: 'right' as const },
  ];
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <ListError error={board.error ?? ranking.error} />
        <Card loading={board.loading && !board.data}>
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Statistic title="任务总数" value={total?.total ?? 0} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="已完成" value={total?.done ?? 0} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="逾期" value={total?.overdue ?? 0} styles={{ content: { color: '#cf1322' } }} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="30天内到期" value={total?.dueSoon ?? 0} />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="按行动">
          <Table size="small" rowKey="code" pagination={false} dataSource={board.data?.actions ?? []} columns={[{ title: '行动', render: (_: unknown, a: Board['actions'][number]) => `${a.code} ${a.name}` }, ...countColumns]} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="按牵头单位">
          <Table size="small" rowKey={(o) => o.id ?? o.name} pagination={{ pageSize: 10 }} dataSource={board.data?.orgs ?? []} columns={[{ title: '牵头单位', dataIndex: 'name' }, ...countColumns]} />
        </Card>
      </Col>
      <Col span={24}>
        <Card title="任务甘特图（按完成时限）">
          {gantt ? (
            <EChart option={gantt} height={Math.max(320, (board.data?.gantt.length ?? 0) * 18 + 60)} testId="task-gantt" />
          ) : (
            <Empty description="暂无任务" />
          )}
        </Card>
      </Col>
      <Col span={24}>
        <Card title="成员单位排名（任务按期完成率、报送及时率）">
          {rank ? <EChart option={rank} height={Math.max(320, (ranking.data?.rows.length ?? 0) * 28 + 60)} testId="member-ranking" /> : <Empty />}
        </Card>
      </Col>
    </Row>
  );
}
