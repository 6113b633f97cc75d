import { Card, Col, Row, Segmented, Statistic, Table } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { ListError } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { StatsChart } from '../stats/StatsChart.tsx';
import { StatsToolbar } from '../stats/StatsToolbar.tsx';
import { useStatsParams } from '../stats/useStatsParams.ts';
import { inspectionsApi, type FigureGroup, type InspectionFigures } from './api.ts';
import { percent } from './labels.tsx';

type Group = InspectionFigures['groups'][number];
const groupLabels: Record<Exclude<FigureGroup, 'none'>, string> = { kind: '按类型', method: '按方式', month: '按月份', region: '按地区', org: '按部门' };
const isGroup = (v: string | null): v is Exclude<FigureGroup, 'none'> => v !== null && v in groupLabels;
const per100 = (v: number | null) => (v === null ? '—' : v.toFixed(1));

/** 检查统计: inspections by kind, method, month, region or department; coverage and major hazards per 100 inspections. */
export default function InspectionFiguresPage() {
  const { asOf, regionCode, sector, update } = useStatsParams();
  const [params] = useSearchParams();
  const raw = params.get('by');
  const by: Exclude<FigureGroup, 'none'> = isGroup(raw) ? raw : 'kind';
  const query = { asOf, regionCode, sector, by };
  const figures = useQuery(`inspection-figures:${JSON.stringify(query)}`, (signal) => inspectionsApi.figures(query, signal));
  const data = figures.data;
  const groups = data?.groups ?? [];
  return (
    <Card title="检查统计" data-testid="inspection-figures">
      <StatsToolbar asOf={asOf} breadcrumb={data?.breadcrumb ?? []} live={undefined} sector={sector} showSector onChange={update} />
      <ListError error={figures.error} />
      {data && (
        <Row gutter={[16, 16]} style={{ margin: '12px 0' }}>
          <Col xs={12} md={4}><Statistic title={`检查次数（${data.from} 至 ${data.to}）`} value={data.figures.inspections} /></Col>
          <Col xs={12} md={4}><Statistic title="发现问题" value={data.figures.findings} /></Col>
          <Col xs={12} md={4}><Statistic title="重大事故隐患" value={data.figures.majorFindings} /></Col>
          <Col xs={12} md={4}><Statistic title="每百次检查发现重大隐患" value={per100(data.figures.majorPer100)} /></Col>
          <Col xs={12} md={4}><Statistic title="企业覆盖率" value={percent(data.figures.coverage)} suffix={<span style={{ fontSize: 12 }}>{`${data.figures.enterprisesInspected}/${data.figures.enterprisesInScope}`}</span>} /></Col>
          <Col xs={12} md={4}><Statistic title="无问题检查占比" value={percent(data.figures.noFindingShare)} /></Col>
        </Row>
      )}
      <Segmented value={by} options={Object.entries(groupLabels).map(([value, label]) => ({ value, label }))} onChange={(v) => update({ by: v })} style={{ marginBottom: 12 }} />
      <StatsChart
        testId="inspection-figures-chart"
        height={320}
        option={{
          grid: { left: 50, right: 50, top: 30, bottom: 60 },
          legend: { top: 0 },
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: groups.map((g) => g.label), axisLabel: { rotate: groups.length > 6 ? 30 : 0 } },
          yAxis: [{ type: 'value', name: '次' }, { type: 'value', name: '每百次' }],
          series: [
            { name: '检查次数', type: by === 'month' ? 'line' : 'bar', data: groups.map((g) => g.inspections) },
            { name: '重大隐患', type: 'bar', data: groups.map((g) => g.majorFindings) },
            { name: '每百次重大隐患', type: 'line', yAxisIndex: 1, data: groups.map((g) => (g.majorPer100 === null ? null : Math.round(g.majorPer100 * 10) / 10)) },
          ],
        }}
        onClick={(i) => {
          const g = groups[i];
          if (g && by === 'region') update({ regionCode: g.key });
        }}
      />
      <Table<Group>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={groups}
        style={{ marginTop: 16 }}
        columns={[
          { title: groupLabels[by].slice(1), dataIndex: 'label', render: (l: string, g) => (by === 'region' ? <a onClick={() => update({ regionCode: g.key })}>{l}</a> : l) },
          { title: '检查次数', dataIndex: 'inspections' },
          { title: '发现问题', dataIndex: 'findings' },
          { title: '重大隐患', dataIndex: 'majorFindings' },
          { title: '每百次重大隐患', dataIndex: 'majorPer100', render: per100 },
          { title: '检查企业数', dataIndex: 'enterprisesInspected' },
          { title: '无问题占比', dataIndex: 'noFindingShare', render: percent },
        ]}
      />
    </Card>
  );
}
