import { useMemo } from 'react';
import { Alert, Card, Col, Empty, Row, Statistic } from 'antd';
import { errorMessage } from '../../api/client.ts';
import { useQuery } from '../../app/useQuery.ts';
import { enterprisesApi } from '../enterprises/api.ts';
import { statusLabels } from '../enterprises/labels.tsx';
import { useSectors } from '../reference/useSectors.ts';
import { EChart, type ChartOption } from './EChart.tsx';

const statusColors = { operating: '#52c41a', suspended: '#fa8c16', closed: '#8c8c8c' } as const;

/** Enterprise counts by sector (bar) and by status (pie) within the user's scope. */
export default function EnterpriseStats() {
  const { data, error, loading } = useQuery('enterprise-stats', () => enterprisesApi.stats());
  const { sectorName } = useSectors();

  const barOption = useMemo<ChartOption | null>(() => {
    if (!data) return null;
    const rows = [...data.bySector].sort((a, b) => b.count - a.count);
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => sectorName(r.sector)), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [{ type: 'bar', name: '企业数', data: rows.map((r) => r.count), itemStyle: { color: '#1f5fbf' }, barMaxWidth: 22, label: { show: true, position: 'right' } }],
    };
  }, [data, sectorName]);

  const pieOption = useMemo<ChartOption | null>(() => {
    if (!data) return null;
    return {
      tooltip: { trigger: 'item', formatter: '{b}：{c} 家（{d}%）' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          name: '企业状态',
          radius: ['40%', '68%'],
          center: ['50%', '45%'],
          label: { formatter: '{b}\n{c} 家' },
          data: data.byStatus.map((s) => ({
            name: statusLabels[s.status] ?? s.status,
            value: s.count,
            itemStyle: { color: statusColors[s.status] },
          })),
        },
      ],
    };
  }, [data]);

  if (error !== undefined) return <Alert type="error" showIcon title={`企业统计加载失败：${errorMessage(error)}`} />;
  const barHeight = Math.max(280, (data?.bySector.length ?? 0) * 30 + 40);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card title="各行业领域企业数" loading={loading} extra={data && <Statistic value={data.total} suffix="家" styles={{ content: { fontSize: 16 } }} />}>
          {barOption && data && data.bySector.length > 0 ? <EChart option={barOption} height={barHeight} testId="chart-sector" /> : <Empty description="暂无企业数据" />}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title="企业状态分布" loading={loading}>
          {pieOption && data && data.byStatus.length > 0 ? <EChart option={pieOption} height={320} testId="chart-status" /> : <Empty description="暂无企业数据" />}
        </Card>
      </Col>
    </Row>
  );
}
