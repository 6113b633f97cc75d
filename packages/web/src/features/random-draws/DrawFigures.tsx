import { Card, Col, Row, Statistic } from 'antd';
import { useQuery } from '../../app/useQuery.ts';
import { StatsChart } from '../stats/StatsChart.tsx';
import { drawsApi } from './api.ts';

/**
 * This year's 双随机 in numbers (MODULES A-4): draws made and results published, and whether drawn inspections find
 * more than targeted ones — hazards per 100 finished inspections, side by side.
 */
export function DrawFigures() {
  const figures = useQuery('draw-figures', (signal) => drawsApi.figures({}, signal));
  const f = figures.data;
  if (!f) return null;
  const made = f.draws.drawn + f.draws.approved + f.draws.published;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="draw-figures">
      <Col xs={24} md={10}>
        <Card size="small" title={`${f.year}年双随机`}>
          <Row gutter={16}>
            <Col span={8}>
              <Statistic title="已抽取" value={made} suffix="次" />
            </Col>
            <Col span={8}>
              <Statistic title="抽中检查" value={f.drawn.inspections} suffix="次" />
            </Col>
            <Col span={8}>
              <Statistic title="已完成" value={f.drawn.closed} suffix="次" />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col xs={24} md={14}>
        <Card size="small" title="每百次检查发现隐患（已完成的检查）">
          <StatsChart
            height={120}
            testId="draw-figures-chart"
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 150, right: 40, top: 10, bottom: 20 },
              xAxis: { type: 'value' },
              // No finished inspection yet: no bar (a 0 would read as "found nothing").
              yAxis: { type: 'category', data: [f.targeted.hazardsPer100 === null ? '其他检查（暂无完成）' : '其他检查', f.drawn.hazardsPer100 === null ? '双随机抽中（暂无完成）' : '双随机抽中'] },
              series: [{ type: 'bar', data: [f.targeted.hazardsPer100, f.drawn.hazardsPer100], label: { show: true, position: 'right' }, barMaxWidth: 24 }],
            }}
          />
        </Card>
      </Col>
    </Row>
  );
}
