import { useSearchParams } from 'react-router-dom';
import { Card, Col, Row, Segmented, Statistic, Table, Typography } from 'antd';
import { ListError } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { StatsChart } from '../stats/StatsChart.tsx';
import { StatsToolbar } from '../stats/StatsToolbar.tsx';
import { useStatsParams } from '../stats/useStatsParams.ts';
import { principalChecksApi } from '../inspections/api.ts';
import { ComplianceEnterprises } from './ComplianceEnterprises.tsx';
import { percent } from '../inspections/labels.tsx';

type Row = { code?: string; sector?: string; name: string; required: number; done: number; due: number; missed: number; rate: number | null; hasChildren?: boolean };

const figureColumns = [
  { title: '应开展', dataIndex: 'required', width: 90 },
  { title: '已完成', dataIndex: 'done', width: 90 },
  { title: '待完成', dataIndex: 'due', width: 90 },
  { title: '未完成', dataIndex: 'missed', width: 90 },
  { title: '落实率', dataIndex: 'rate', width: 100, render: (r: number | null) => percent(r) },
];

/** 主要负责人带队检查落实情况: as of a date, by region (drill down) and sector, with the ranking of the areas below. */
export default function ComplianceStatsPage() {
  const { asOf, regionCode, sector, update } = useStatsParams();
  const [params] = useSearchParams();
  const period = params.get('period') ?? undefined;
  const setPeriod = (p: string | undefined) => update({ period: p });
  const query = { asOf, regionCode, sector, period };
  const key = JSON.stringify(query);
  const overview = useQuery(`pc-overview:${key}`, (signal) => principalChecksApi.compliance(query, signal));
  const ranking = useQuery(`pc-ranking:${key}`, (signal) => principalChecksApi.ranking(query, signal));
  const data = overview.data;
  const rows = ranking.data?.rows ?? [];

  return (
    <Card title="主要负责人带队检查落实情况" data-testid="compliance-page">
      <StatsToolbar asOf={asOf} breadcrumb={data?.breadcrumb ?? []} live={undefined} sector={sector} showSector onChange={update} />
      <Segmented
        style={{ margin: '12px 0' }}
        value={period && /Q/.test(period) ? 'quarter' : period && period.length === 4 ? 'year' : period ? 'month' : 'current'}
        options={[
          { value: 'current', label: '本季度' },
          { value: 'year', label: '全年' },
        ]}
        onChange={(v) => setPeriod(v === 'year' ? (asOf ?? new Date().toISOString()).slice(0, 4) : undefined)}
      />
      <ListError error={overview.error} />
      {data && (
        <>
          <Typography.Paragraph type="secondary">
            {data.window.label}（{data.window.start} 至 {data.window.end}），截至 {data.asOf}
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={4}><Statistic title="应开展（企业·期）" value={data.figures.required} /></Col>
            <Col xs={12} md={4}><Statistic title="已完成" value={data.figures.done} /></Col>
            <Col xs={12} md={4}><Statistic title="待完成" value={data.figures.due} /></Col>
            <Col xs={12} md={4}><Statistic title="未完成" value={data.figures.missed} valueStyle={{ color: '#cf1322' }} /></Col>
            <Col xs={12} md={4}><Statistic title="落实率" value={percent(data.figures.rate)} /></Col>
            <Col xs={12} md={4}><Statistic title="连续两期以上未开展" value={data.missedInARow} /></Col>
          </Row>
        </>
      )}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card size="small" title="落实率排名">
            <StatsChart
              testId="compliance-ranking-chart"
              height={Math.max(240, rows.length * 28)}
              option={{
                grid: { left: 100, right: 40, top: 10, bottom: 20 },
                tooltip: { trigger: 'axis' },
                xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
                yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name) },
                series: [{ type: 'bar', data: rows.map((r) => (r.rate.value === null ? 0 : Math.round(r.rate.value * 1000) / 10)), label: { show: true, position: 'right', formatter: '{c}%' } }],
              }}
              onClick={(i) => {
                const r = rows[i];
                if (r) update({ regionCode: r.code });
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title="落实率趋势">
            <StatsChart
              height={240}
              option={{
                grid: { left: 40, right: 20, top: 10, bottom: 30 },
                tooltip: { trigger: 'axis' },
                xAxis: { type: 'category', data: (data?.trend ?? []).map((t) => t.label) },
                yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
                series: [{ type: 'line', data: (data?.trend ?? []).map((t) => (t.rate === null ? null : Math.round(t.rate * 1000) / 10)) }],
              }}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title="按地区（点击下钻）" style={{ marginTop: 16 }}>
        <Table<Row>
          rowKey={(r) => r.code ?? r.name}
          size="small"
          pagination={false}
          dataSource={data?.byRegion ?? []}
          data-testid="compliance-by-region"
          columns={[{ title: '地区', dataIndex: 'name', render: (n: string, r) => (r.hasChildren ? <a onClick={() => update({ regionCode: r.code })}>{n}</a> : n) }, ...figureColumns]}
        />
      </Card>
      <Card size="small" title="按行业领域" style={{ marginTop: 16 }}>
        <Table<Row>
          rowKey={(r) => r.sector ?? r.name}
          size="small"
          pagination={false}
          dataSource={data?.bySector ?? []}
          columns={[{ title: '行业领域', dataIndex: 'name', render: (n: string, r) => <a onClick={() => update({ sector: r.sector })}>{n}</a> }, ...figureColumns]}
        />
      </Card>
      <ComplianceEnterprises query={query} state={params.get('state') ?? undefined} onStateChange={(state) => update({ state })} />
    </Card>
  );
}
