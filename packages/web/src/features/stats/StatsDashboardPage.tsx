import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Card, Col, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { errorMessage } from '../../api/client.ts';
import { useQuery } from '../../app/useQuery.ts';
import { STOCK_CUTOFF } from '@zhiben/core/src/stats/definitions.ts';
import { daysText, percent, statsApi, type Breakdown, type Dashboard } from './api.ts';
import { StatsChart, type StatsChartOption } from './StatsChart.tsx';
import { StatsToolbar } from './StatsToolbar.tsx';
import { useStatsParams } from './useStatsParams.ts';

/** 存量 as DESIGN §5 counts it: found on or before the cut-off (whatever its state now). */
const STOCK_DEFINITION = `${STOCK_CUTOFF.slice(0, 4)}年${Number(STOCK_CUTOFF.slice(5, 7))}月${Number(STOCK_CUTOFF.slice(8, 10))}日及以前发现的隐患`;

type Kpi = { key: string; title: string; value: string | number; link: string | null; hint?: string; danger?: boolean };

function kpis(d: Dashboard): Kpi[] {
  const f = d.figures;
  return [
    { key: 'open', title: '在治隐患', value: f.open, link: d.links.open, hint: `重大 ${f.openMajor} / 一般 ${f.openGeneral}` },
    { key: 'overdue', title: '逾期未整改', value: f.overdue, link: d.links.overdue, hint: `逾期占比 ${percent(f.overdueShare)}`, danger: f.overdue > 0 },
    { key: 'longStanding', title: '长期未整改（逾期90天以上）', value: f.longStanding, link: d.links.longStanding, danger: f.longStanding > 0 },
    { key: 'listed', title: '挂牌督办', value: f.listed, link: d.links.listed },
    { key: 'stock', title: '存量清零率', value: percent(f.stockClearanceRate), link: d.links.stockOpen, hint: `存量 ${f.stock}（${STOCK_DEFINITION}），未清零 ${f.stockOpen}` },
    { key: 'rect', title: '整改率', value: percent(f.rectificationRate), link: d.links.closed, hint: `已销号 ${f.closed} / 共 ${f.total}` },
    { key: 'days', title: '整改用时（中位数 / P90）', value: `${daysText(f.medianDaysToClose)} / ${daysText(f.p90DaysToClose)}`, link: d.links.closed },
    { key: 'self', title: '企业自查占比', value: percent(f.selfFoundShare), link: d.links.selfFound, hint: `自查发现 ${f.selfFound}` },
  ];
}

function burnDownOption(d: Dashboard): StatsChartOption {
  const points = d.burnDown.points;
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => p.date) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'line', name: '存量未清零', data: points.map((p) => p.open), itemStyle: { color: '#cf1322' }, areaStyle: { opacity: 0.08 } },
      {
        type: 'line',
        name: `目标（${d.burnDown.targetDate} 清零）`,
        data: points.map((p) => p.target),
        lineStyle: { type: 'dashed' },
        itemStyle: { color: '#8c8c8c' },
        symbol: 'none',
        markLine: { silent: true, symbol: 'none', data: [{ xAxis: d.burnDown.targetDate }], label: { formatter: '清零目标' } },
      },
    ],
  };
}

function incrementOption(d: Dashboard): StatsChartOption {
  const months = d.increment.months;
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: '当月新发现', data: months.map((m) => m.count), itemStyle: { color: '#1f5fbf' }, barMaxWidth: 18 },
      { type: 'line', name: '上年同月', data: months.map((m) => m.previousYear), itemStyle: { color: '#fa8c16' }, lineStyle: { type: 'dashed' } },
    ],
  };
}

function sourceOption(d: Dashboard): StatsChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 条（{d}%）' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        name: '隐患来源',
        radius: ['35%', '62%'],
        center: ['50%', '42%'],
        // Names are in the legend below: outside labels were cut to 「企...」「执法...」 in a third of the page.
        label: { position: 'inside', formatter: '{d}%' },
        data: d.sources.filter((s) => s.count > 0).map((s) => ({ name: s.label, value: s.count })),
      },
    ],
  };
}

function ageingOption(d: Dashboard): StatsChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: d.ageing.map((a) => a.label) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: '逾期隐患',
        data: d.ageing.map((a, i) => ({ value: a.count, itemStyle: { color: ['#faad14', '#fa541c', '#a8071a'][i] ?? '#a8071a' } })),
        barMaxWidth: 40,
        label: { show: true, position: 'top' },
      },
    ],
  };
}

function childrenOption(b: Breakdown): StatsChartOption {
  const rows = [...b.rows].sort((x, y) => y.figures.open - x.figures.open);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [
      { type: 'bar', stack: 'open', name: '在治未逾期', data: rows.map((r) => r.figures.open - r.figures.overdue), itemStyle: { color: '#1f5fbf' }, barMaxWidth: 18 },
      { type: 'bar', stack: 'open', name: '逾期', data: rows.map((r) => r.figures.overdue), itemStyle: { color: '#cf1322' }, barMaxWidth: 18 },
    ],
  };
}

/** Open (overdue / not overdue) and closed per group: level, found month, listing level. */
function cohortOption(b: Breakdown, horizontal: boolean): StatsChartOption {
  const names = b.rows.map((r) => r.name);
  const category = { type: 'category' as const, data: names, ...(horizontal ? { inverse: true } : {}) };
  const value = { type: 'value' as const, minInterval: 1 };
  const bar = (name: string, color: string, data: number[]) => ({ type: 'bar' as const, stack: 'all', name, data, itemStyle: { color }, barMaxWidth: 22 });
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 16, bottom: 40, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: [
      bar('已销号', '#52c41a', b.rows.map((r) => r.figures.closed)),
      bar('在治未逾期', '#1f5fbf', b.rows.map((r) => r.figures.open - r.figures.overdue)),
      bar('逾期', '#cf1322', b.rows.map((r) => r.figures.overdue)),
    ],
  };
}

/** 态势总览: the §5 figures for the user's scope, as of any past date, drilling down the region tree. */
export default function StatsDashboardPage() {
  const { asOf, regionCode, sector, update } = useStatsParams();
  const params = { asOf, regionCode, sector };
  const key = JSON.stringify(params);
  const dashboard = useQuery(`stats-dashboard:${key}`, (signal) => statsApi.dashboard(params, signal));
  const children = useQuery(`stats-children:${key}`, (signal) => statsApi.breakdown({ ...params, by: 'region' }, signal));
  const byLevel = useQuery(`stats-level:${key}`, (signal) => statsApi.breakdown({ ...params, by: 'level' }, signal));
  const byMonth = useQuery(`stats-month:${key}`, (signal) => statsApi.breakdown({ ...params, by: 'month' }, signal));
  const byListing = useQuery(`stats-listing:${key}`, (signal) => statsApi.breakdown({ ...params, by: 'listingLevel' }, signal));
  const navigate = useNavigate();
  const d = dashboard.data;
  const b = children.data;
  // The last 24 found months (the breakdown by month covers all of them).
  const recentMonths = useMemo(() => (byMonth.data ? { ...byMonth.data, rows: byMonth.data.rows.slice(-24) } : undefined), [byMonth.data]);
  const cohortCharts = useMemo(
    () =>
      [
        { key: 'level', title: '重大 / 一般隐患（点击查看）', data: byLevel.data, horizontal: true },
        { key: 'listing', title: '挂牌督办（按挂牌级别，含已销号）', data: byListing.data, horizontal: true },
        { key: 'month', title: '按发现月份（近24个月）的整改状态', data: recentMonths, horizontal: false },
      ].map((c) => ({ ...c, option: c.data ? cohortOption(c.data, c.horizontal) : null })),
    [byLevel.data, byListing.data, recentMonths],
  );

  const options = useMemo(
    () => (d ? { burnDown: burnDownOption(d), increment: incrementOption(d), sources: sourceOption(d), ageing: ageingOption(d) } : null),
    [d],
  );
  const childOption = useMemo(() => (b && b.rows.length > 0 ? childrenOption(b) : null), [b]);
  const sortedChildren = useMemo(() => (b ? [...b.rows].sort((x, y) => y.figures.open - x.figures.open) : []), [b]);

  const yoy = d?.increment.yearToDate;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        态势总览{d ? ` · ${d.region.name}` : ''}
      </Typography.Title>
      <StatsToolbar asOf={asOf} effectiveAsOf={d?.asOf} breadcrumb={d?.breadcrumb ?? []} live={d?.live} sector={sector} showSector scopeSectors={d?.scopeSectors} onChange={update} />
      {dashboard.error !== undefined ? (
        <Alert type="error" showIcon title={errorMessage(dashboard.error)} data-testid="stats-error" />
      ) : !d || !options ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            {kpis(d).map((k) => (
              <Col key={k.key} xs={12} md={8} xl={6}>
                <Card size="small" data-testid={`kpi-${k.key}`}>
                  <Statistic
                    title={k.title}
                    value={k.value}
                    styles={k.danger ? { content: { color: '#cf1322' } } : undefined}
                  />
                  <Space size={8} style={{ marginTop: 4 }}>
                    {k.hint && <Typography.Text type="secondary">{k.hint}</Typography.Text>}
                    {k.link && <Link to={`/hazards?${k.link}`}>查看隐患</Link>}
                  </Space>
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title="存量隐患清零进度（目标 2024-12-31 清零）" size="small" extra={<Typography.Text type="secondary">存量：{STOCK_DEFINITION}</Typography.Text>}>
                <StatsChart option={options.burnDown} testId="chart-burndown" />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card
                title="增量隐患（按发现月份）"
                size="small"
                extra={
                  yoy && (
                    <Typography.Text type={yoy.delta > 0 ? 'danger' : 'success'}>
                      {d.increment.year} 年至今 {yoy.current}，同比 {yoy.delta >= 0 ? '+' : ''}
                      {yoy.delta}（{yoy.ratio === null ? '—' : `${(yoy.ratio * 100).toFixed(1)}%`}）
                    </Typography.Text>
                  )
                }
              >
                <StatsChart option={options.increment} testId="chart-increment" />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title="隐患来源" size="small">
                <StatsChart option={options.sources} testId="chart-sources" />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title="逾期账龄（点击查看）" size="small">
                <StatsChart
                  option={options.ageing}
                  testId="chart-ageing"
                  onClick={(index) => {
                    const link = [d.links.overdue1to30, d.links.overdue31to90, d.links.longStanding][index];
                    if (link) void navigate(`/hazards?${link}`);
                  }}
                />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title="下级地区在治隐患（点击下钻）" size="small">
                {childOption ? (
                  <StatsChart
                    option={childOption}
                    testId="chart-children"
                    onClick={(index) => {
                      const row = sortedChildren[index];
                      if (row?.hasChildren) update({ regionCode: row.key });
                    }}
                  />
                ) : (
                  <Typography.Text type="secondary">无下级地区</Typography.Text>
                )}
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            {cohortCharts.map((c) => (
              <Col key={c.key} xs={24} xl={c.key === 'month' ? 24 : 12}>
                <Card title={c.title} size="small">
                  {c.option && c.data ? (
                    <StatsChart
                      option={c.option}
                      height={c.key === 'month' ? 280 : 220}
                      testId={`chart-by-${c.key}`}
                      onClick={(index) => {
                        const row = c.data?.rows[index];
                        if (row) void navigate(`/hazards?${row.links.all}`);
                      }}
                    />
                  ) : (
                    <Skeleton active />
                  )}
                </Card>
              </Col>
            ))}
          </Row>
        </>
      )}
    </Space>
  );
}
