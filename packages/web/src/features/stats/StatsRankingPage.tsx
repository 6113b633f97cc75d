import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Card, Space, Table, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import type { ColumnsType } from 'antd/es/table';
import { errorMessage } from '../../api/client.ts';
import { useQuery } from '../../app/useQuery.ts';
import { percent, statsApi, type DepartmentRankingRow, type RankedMetric, type RankingRow } from './api.ts';
import { useSectors } from '../reference/useSectors.ts';
import { StatsToolbar } from './StatsToolbar.tsx';
import { useStatsParams } from './useStatsParams.ts';

type MetricKey = 'rectificationRate' | 'overdueShare' | 'longStanding' | 'selfFoundShare';
type MetricSpec = { key: MetricKey; title: string; lowerBetter: boolean; format: (v: number | null) => string; formatDelta: (v: number) => string };

const pointDelta = (v: number) => `${(Math.abs(v) * 100).toFixed(1)} 个百分点`;
const metrics: MetricSpec[] = [
  { key: 'rectificationRate', title: '整改率', lowerBetter: false, format: percent, formatDelta: pointDelta },
  { key: 'overdueShare', title: '逾期占比', lowerBetter: true, format: percent, formatDelta: pointDelta },
  { key: 'longStanding', title: '长期未整改', lowerBetter: true, format: (v) => (v === null ? '—' : String(v)), formatDelta: (v) => `${Math.abs(v)} 条` },
  { key: 'selfFoundShare', title: '企业自查占比', lowerBetter: false, format: percent, formatDelta: pointDelta },
];

/** ↑/↓ against last month, green when the change is an improvement for this metric, red when it is worse. */
function Delta({ metric, value }: { metric: MetricSpec; value: RankedMetric }) {
  const delta = value.valueDelta;
  if (delta === null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (delta === 0) return <Typography.Text type="secondary">持平</Typography.Text>;
  const better = metric.lowerBetter ? delta < 0 : delta > 0;
  return (
    <Typography.Text type={better ? 'success' : 'danger'}>
      {delta > 0 ? '↑' : '↓'} {metric.formatDelta(delta)}
    </Typography.Text>
  );
}

function RankChange({ value }: { value: RankedMetric }) {
  if (value.rankDelta === null || value.rankDelta === 0) return null;
  return (
    <Typography.Text type={value.rankDelta > 0 ? 'success' : 'danger'} style={{ marginLeft: 4 }}>
      ({value.rankDelta > 0 ? '↑' : '↓'}
      {Math.abs(value.rankDelta)})
    </Typography.Text>
  );
}

const compareNullable = (a: number | null, b: number | null) => (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY);

type Ranked = Record<MetricKey, RankedMetric> & { ranked: boolean };

/**
 * Rank and value for each of the four §5 metrics (shared by both tabs); the change since last month goes under the
 * value, so that a department table fits a 1440-px screen (a column of its own made it 1,400 px wide).
 */
function metricColumns<T extends Ranked>(): ColumnsType<T> {
  return metrics.map(
    (metric): ColumnsType<T>[number] => ({
      title: metric.title,
      key: metric.key,
      children: [
        {
          title: '排名',
          key: `${metric.key}-rank`,
          align: 'right',
          width: 64,
          defaultSortOrder: metric.key === 'rectificationRate' ? 'ascend' : undefined,
          sorter: (a, b) => compareNullable(a[metric.key].rank, b[metric.key].rank),
          render: (_: unknown, row) =>
            row.ranked ? (
              <span>
                {row[metric.key].rank ?? '—'}
                <RankChange value={row[metric.key]} />
              </span>
            ) : (
              <Typography.Text type="secondary" title="隐患数少于最小样本，列出但不参与排名">
                不排名
              </Typography.Text>
            ),
        },
        {
          title: '数值（较上月）',
          key: `${metric.key}-value`,
          align: 'right',
          width: 104,
          sorter: (a, b) => compareNullable(a[metric.key].value, b[metric.key].value),
          render: (_: unknown, row) => (
            <Space orientation="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
              {metric.format(row[metric.key].value)}
              <span style={{ fontSize: 12 }} title="较上月">
                <Delta metric={metric} value={row[metric.key]} />
              </span>
            </Space>
          ),
        },
      ],
    }),
  );
}

/** The department table's columns: 164 + 112 + 84 + 64 + 4 × (64 + 104), inside a 1440-px screen's content box. */
const DEPARTMENT_TABLE_WIDTH = 1096;

/** 部门排名: regulator orgs in scope; a department's hazards are its region's hazards in its sectors. */
function DepartmentRankingTable({ asOf, regionCode }: { asOf: string | undefined; regionCode: string | undefined }) {
  const params = { asOf, regionCode };
  const { sectorName } = useSectors();
  const { data, error, loading } = useQuery(`stats-dept-ranking:${JSON.stringify(params)}`, (signal) => statsApi.departmentRanking(params, signal));
  const columns: ColumnsType<DepartmentRankingRow> = [
    // No 地区 column: a department's name says its region (利辛县应急管理局).
    { title: '部门', dataIndex: 'name', fixed: 'left', width: 164 },
    { title: '监管行业', dataIndex: 'sectors', width: 112, ellipsis: { showTitle: true }, render: (list: string[]) => list.map(sectorName).join('、') },
    { title: '隐患总数', dataIndex: 'total', width: 84, align: 'right', sorter: (a, b) => a.total - b.total, render: (n: number, row) => <Link to={`/hazards?${row.link}`}>{n}</Link> },
    { title: '在治', dataIndex: 'open', width: 64, align: 'right', sorter: (a, b) => a.open - b.open },
    ...metricColumns<DepartmentRankingRow>(),
  ];
  // Like with like: one table per level (市级部门, 县级部门 …), as the server ranks them.
  const levels = useMemo(() => {
    const groups = new Map<string, DepartmentRankingRow[]>();
    for (const row of data?.rows ?? []) groups.set(row.levelLabel, [...(groups.get(row.levelLabel) ?? []), row]);
    return [...groups.entries()];
  }, [data]);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {error !== undefined && <Alert type="error" showIcon title={errorMessage(error)} />}
      {data && <SampleNote minSample={data.minSample} asOf={data.asOf} previousAsOf={data.previousAsOf} />}
      {(levels.length > 0 ? levels : [['部门', []] as [string, DepartmentRankingRow[]]]).map(([label, rows]) => (
        <Card key={label} size="small" title={`${label}排名`}>
          <Table<DepartmentRankingRow>
            rowKey="id"
            size="small"
            bordered
            loading={loading}
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: DEPARTMENT_TABLE_WIDTH }}
            data-testid="department-ranking-table"
          />
        </Card>
      ))}
    </Space>
  );
}

/** What the ranking compares, and that small samples are listed without a rank. */
function SampleNote({ minSample, asOf, previousAsOf }: { minSample: number; asOf: string; previousAsOf: string }) {
  return (
    <Typography.Text type="secondary">
      截至 {asOf}，较上月末（{previousAsOf}）变化。{minSample > 0 ? `隐患少于 ${minSample} 条的列出但不参与排名。` : ''}
    </Typography.Text>
  );
}

/** 排名晾晒: child regions ranked by the §5 rates with the change since the end of last month. */
export default function StatsRankingPage() {
  const { asOf, regionCode, update } = useStatsParams();
  const params = { asOf, regionCode };
  const { data, error, loading } = useQuery(`stats-ranking:${JSON.stringify(params)}`, (signal) => statsApi.ranking(params, signal));

  const columns: ColumnsType<RankingRow> = [
    {
      title: '地区',
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, row) =>
        row.hasChildren ? (
          <a onClick={() => update({ regionCode: row.code })} title="下钻到下一级">
            {name}
          </a>
        ) : (
          name
        ),
    },
    { title: '隐患总数', dataIndex: 'total', align: 'right', sorter: (a, b) => a.total - b.total, render: (n: number, row) => <Link to={`/hazards?${row.link}`}>{n}</Link> },
    { title: '在治', dataIndex: 'open', align: 'right', sorter: (a, b) => a.open - b.open },
    ...metricColumns<RankingRow>(),
  ];

  const [searchParams] = useSearchParams();
  const tab = searchParams.get('tab') === 'departments' ? 'departments' : 'regions';
  const regionTable = (
    <>
      {error !== undefined && <Alert type="error" showIcon title={errorMessage(error)} />}
      <Card size="small" title={data ? <SampleNote minSample={data.minSample} asOf={data.asOf} previousAsOf={data.previousAsOf} /> : undefined}>
        <Table<RankingRow>
          rowKey="code"
          size="small"
          bordered
          loading={loading}
          columns={columns}
          dataSource={data?.rows ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="ranking-table"
        />
      </Card>
    </>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        排名晾晒{data ? ` · ${data.region.name}` : ''}
      </Typography.Title>
      <StatsToolbar asOf={asOf} effectiveAsOf={data?.asOf} breadcrumb={data?.breadcrumb ?? []} live={undefined} showSector={false} onChange={update} />
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'departments' ? 'departments' : undefined })}
        items={[
          { key: 'regions', label: '下级地区', children: regionTable },
          { key: 'departments', label: '部门排名', children: <DepartmentRankingTable asOf={asOf} regionCode={regionCode} /> },
        ]}
      />
    </Space>
  );
}
