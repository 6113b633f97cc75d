import { Card, Col, Flex, Row, Statistic, Table, Tag } from 'antd';
import { useQuery } from '../../app/useQuery.ts';
import { ListError } from '../../app/ListToolbar.tsx';
import { useSectors } from '../reference/useSectors.ts';
import { StatsChart } from '../stats/StatsChart.tsx';
import { expertsApi, type ExpertFigures } from './api.ts';
import { expertLevelLabels, expertLevels, expertTopicLabels } from './labels.ts';

/** 专家库统计: library size by level and field, this year's expert visits, hazards they found, visits per expert. */
export default function ExpertFiguresPage() {
  const { sectorName } = useSectors();
  const figures = useQuery('expert-figures', (signal) => expertsApi.figures({}, signal));
  const f = figures.data;
  if (figures.error) return <ListError error={figures.error} />;
  if (!f) return <Card loading />;
  const sectors = [...new Set(f.bySector.map((r) => r.sector))];
  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        {[
          ['在库专家', f.size.active, '名'],
          [`${f.year}年专家服务`, f.visits.total, '次'],
          ['服务企业', f.visits.enterprisesServed, '家'],
          ['发现隐患', f.visits.findings, '项'],
          ['其中重大隐患', f.visits.majorFindings, '项'],
          ['证书到期提醒', f.expiring, '名'],
        ].map(([title, value, suffix]) => (
          <Col key={String(title)} xs={12} md={4}>
            <Card size="small">
              <Statistic title={title} value={value} suffix={suffix} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title="专家库建设节点" data-testid="expert-milestones">
        <Flex wrap gap={24}>
          {f.milestones.map((m) => (
            <span key={m.key}>
              {m.label}（{m.due}前）：<Tag color={m.met ? 'green' : m.overdue ? 'red' : 'orange'}>{m.met ? '已建立' : m.overdue ? '逾期未建' : '尚未建立'}</Tag>
            </span>
          ))}
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title="在库专家：按行业领域和层级">
            <StatsChart
              height={Math.max(200, sectors.length * 28 + 60)}
              testId="expert-sector-chart"
              option={{
                tooltip: { trigger: 'axis' },
                legend: { top: 0 },
                grid: { left: 120, right: 30, top: 30, bottom: 20 },
                xAxis: { type: 'value', minInterval: 1 },
                yAxis: { type: 'category', data: sectors.map(sectorName) },
                series: expertLevels.map((level) => ({ name: expertLevelLabels[level], type: 'bar', stack: 'level', data: sectors.map((s) => f.bySector.find((r) => r.sector === s && r.level === level)?.n ?? 0) })),
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={`${f.year}年每位专家服务次数与发现隐患`}>
            <StatsChart
              height={Math.max(200, f.perExpert.length * 28 + 60)}
              testId="expert-visits-chart"
              option={{
                tooltip: { trigger: 'axis' },
                legend: { top: 0 },
                grid: { left: 120, right: 30, top: 30, bottom: 20 },
                xAxis: { type: 'value', minInterval: 1 },
                yAxis: { type: 'category', data: f.perExpert.map((p) => p.name), inverse: true },
                series: [
                  { name: '服务次数', type: 'bar', data: f.perExpert.map((p) => p.visits) },
                  { name: '发现隐患', type: 'bar', data: f.perExpert.map((p) => p.findings) },
                ],
              }}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title="专家库规模：按层级">
            <Table
              size="small"
              pagination={false}
              rowKey="level"
              dataSource={f.size.byLevel}
              columns={[
                { title: '层级', dataIndex: 'level', render: (l: ExpertFigures['size']['byLevel'][number]['level']) => expertLevelLabels[l] },
                { title: '专家人数', dataIndex: 'n' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title="在库专家：按专业方向">
            <Table
              size="small"
              pagination={false}
              rowKey="topic"
              dataSource={f.byTopic}
              columns={[
                { title: '专业方向', dataIndex: 'topic', render: (t: ExpertFigures['byTopic'][number]['topic']) => expertTopicLabels[t] },
                { title: '专家人数', dataIndex: 'n' },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

