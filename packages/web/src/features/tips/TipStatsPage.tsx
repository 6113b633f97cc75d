import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Card, Col, DatePicker, Flex, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { urlDay } from '../../app/hooks/urlFilters.ts';
import { errorMessage } from '../../api/client.ts';
import { useMe } from '../../app/auth.tsx';
import { dateFormat } from '../../app/labels.ts';
import { useQuery } from '../../app/useQuery.ts';
import { RegionCascader } from '../reference/RegionCascader.tsx';
import { percent } from '../stats/api.ts';
import { StatsChart, type StatsChartOption } from '../stats/StatsChart.tsx';
import { tipsApi, type TipStats, type TipStatsGroup } from './api.ts';
import { yuan } from './labels.tsx';

type Kpi = { key: string; title: string; value: string | number; hint?: string };

function kpis(s: TipStats): Kpi[] {
  const t = s.totals;
  return [
    { key: 'received', title: '收到举报', value: t.received },
    { key: 'accepted', title: '受理', value: t.accepted, hint: `不予受理 ${t.declined}` },
    // 查实率 is of the tips investigated so far (docs/tips-api.md), not of those accepted: say so beside 受理.
    { key: 'verified', title: '查实', value: t.verified, hint: `占已核查的 ${percent(t.verifiedRate)}` },
    { key: 'sla', title: '按期受理率', value: percent(t.slaCompliance) },
    { key: 'approved', title: '批准奖励', value: yuan(t.rewardApprovedYuan) },
    { key: 'paid', title: '已发放奖励', value: yuan(t.rewardPaidYuan) },
  ];
}

function groupBarOption(rows: TipStatsGroup[]): StatsChartOption {
  const sorted = [...rows].sort((a, b) => b.received - a.received);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: sorted.map((r) => r.label), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [
      { type: 'bar', name: '收到', data: sorted.map((r) => r.received), itemStyle: { color: '#8c8c8c' }, barMaxWidth: 14 },
      { type: 'bar', name: '受理', data: sorted.map((r) => r.accepted), itemStyle: { color: '#1f5fbf' }, barMaxWidth: 14 },
      { type: 'bar', name: '查实', data: sorted.map((r) => r.verified), itemStyle: { color: '#cf1322' }, barMaxWidth: 14 },
    ],
  };
}

function channelPieOption(rows: TipStatsGroup[]): StatsChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        name: '举报渠道',
        radius: ['35%', '62%'],
        center: ['50%', '42%'],
        label: { position: 'inside', formatter: '{c}' },
        data: rows.filter((r) => r.received > 0).map((r) => ({ name: r.label, value: r.received })),
      },
    ],
  };
}

function GroupTable({ rows, title, testId }: { rows: TipStatsGroup[]; title: string; testId: string }) {
  return (
    <Table<TipStatsGroup>
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={rows.length > 15 ? { pageSize: 15 } : false}
      scroll={{ x: 760 }}
      data-testid={testId}
      columns={[
        { title, dataIndex: 'label', width: 160, fixed: 'start' },
        { title: '收到', dataIndex: 'received', width: 70, align: 'right' },
        { title: '受理', dataIndex: 'accepted', width: 70, align: 'right' },
        { title: '不予受理', dataIndex: 'declined', width: 90, align: 'right' },
        { title: '查实', dataIndex: 'verified', width: 70, align: 'right' },
        { title: '查实率（占已核查）', dataIndex: 'verifiedRate', width: 100, align: 'right', render: (v: number | null) => percent(v) },
        { title: '按期受理率', dataIndex: 'slaCompliance', width: 100, align: 'right', render: (v: number | null) => percent(v) },
        { title: '批准奖励', dataIndex: 'rewardApprovedYuan', width: 120, align: 'right', render: (v: number) => yuan(v) },
        { title: '已发放', dataIndex: 'rewardPaidYuan', width: 120, align: 'right', render: (v: number) => yuan(v) },
      ]}
    />
  );
}

/** 举报统计: received, accepted, verified, rewards and SLA compliance in the user's scope; by region, sector, channel. */
export default function TipStatsPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const query = { regionCode: params.get('regionCode') ?? undefined, from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
  const key = JSON.stringify(query);
  const stats = useQuery(`tip-stats:${key}`, (signal) => tipsApi.stats(query, signal));
  const s = stats.data;
  const options = useMemo(
    () => (s ? { region: groupBarOption(s.byRegion), sector: groupBarOption(s.bySector), channel: channelPieOption(s.byChannel) } : null),
    [s],
  );

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          举报统计
        </Typography.Title>
        <Space wrap>
          <RegionCascader
            rootCode={me.org?.regionCode ?? null}
            value={query.regionCode ?? null}
            onChange={(code) => update({ regionCode: code })}
            placeholder="全部地区"
            style={{ width: 220 }}
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[urlDay(query.from), urlDay(query.to)]}
            onChange={(range) => update({ from: range?.[0]?.format(dateFormat), to: range?.[1]?.format(dateFormat) })}
            placeholder={['收到日期起', '止']}
            data-testid="tip-stats-range"
          />
        </Space>
      </Flex>
      {stats.error !== undefined && <Alert type="error" showIcon title={errorMessage(stats.error)} />}
      {!s || !options ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            {kpis(s).map((k) => (
              <Col key={k.key} xs={12} md={8} xl={4}>
                <Card size="small" data-testid={`tip-kpi-${k.key}`}>
                  <Statistic title={k.title} value={k.value} />
                  {k.hint && <Typography.Text type="secondary">{k.hint}</Typography.Text>}
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={8}>
              <Card title="按地区" size="small">
                {s.byRegion.length > 0 ? <StatsChart option={options.region} testId="chart-tips-region" /> : <Typography.Text type="secondary">暂无数据</Typography.Text>}
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title="按行业领域" size="small">
                {s.bySector.length > 0 ? <StatsChart option={options.sector} testId="chart-tips-sector" /> : <Typography.Text type="secondary">暂无数据</Typography.Text>}
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title="按举报渠道" size="small">
                {s.byChannel.length > 0 ? <StatsChart option={options.channel} testId="chart-tips-channel" /> : <Typography.Text type="secondary">暂无数据</Typography.Text>}
              </Card>
            </Col>
          </Row>
          <Card title="分地区" size="small">
            <GroupTable rows={s.byRegion} title="地区" testId="tip-stats-region" />
          </Card>
          <Card title="分行业领域" size="small">
            <GroupTable rows={s.bySector} title="行业领域" testId="tip-stats-sector" />
          </Card>
          <Card title="分渠道" size="small">
            <GroupTable rows={s.byChannel} title="渠道" testId="tip-stats-channel" />
          </Card>
        </>
      )}
    </Space>
  );
}
