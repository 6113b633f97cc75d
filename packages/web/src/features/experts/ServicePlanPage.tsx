import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Col, Row, Select, Space, Statistic, Switch, Table, Tag } from 'antd';
import { supervisionClasses, supervisionClassLabels } from '@zhiben/core/src/draw/supervision-class.ts';
import { oneOf, text } from '../../app/hooks/urlFilters.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { InspectionFormModal } from '../inspections/InspectionFormModal.tsx';
import { useSectors } from '../reference/useSectors.ts';
import { expertsApi, type ServicePlan } from './api.ts';

type Row = ServicePlan['items'][number];
const spec = { class: oneOf(supervisionClasses), due: oneOf(['true'] as const), q: text() };
const classColors = { A: 'red', B: 'gold', C: 'green' } as const;

/**
 * 分级开展安全执法指导帮扶: the enterprises whose supervision class this month asks for expert visits this year, with
 * the visits held and planned; 「安排专家服务」 plans one (the form offers the experts the rules allow).
 */
export default function ServicePlanPage() {
  const navigate = useNavigate();
  const { sectorName } = useSectors();
  const urlFilters = useUrlFilters(spec);
  const { filters, set: update } = urlFilters;
  const plan = useQuery(`expert-plan:${urlFilters.key}`, (signal) => expertsApi.servicePlan({ ...urlFilters.query, page: urlFilters.page, pageSize: urlFilters.pageSize }, signal));
  const [planning, setPlanning] = useState<Row | null>(null);
  const d = plan.data;
  return (
    <Card title={`专家指导帮扶计划${d ? `（${d.year}年）` : ''}`}>
      {d && (
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={12} md={6}>
            <Statistic title="应帮扶企业" value={d.totals.enterprises} suffix="家" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="全年应服务" value={d.totals.due} suffix="次" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="已完成" value={d.totals.done} suffix="次" />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="每年服务次数" value={`A类${d.visitsPerYear.A}次 · B类${d.visitsPerYear.B}次`} styles={{ content: { fontSize: 16 } }} />
          </Col>
        </Row>
      )}
      <ListToolbar search={{ value: filters.q, onSearch: (q) => update({ q }), placeholder: '企业名称' }} onReset={urlFilters.reset}>
        <Select allowClear placeholder="监管分类" style={{ width: 170 }} value={filters.class} onChange={(c: (typeof supervisionClasses)[number] | undefined) => update({ class: c })} options={supervisionClasses.map((c) => ({ value: c, label: supervisionClassLabels[c] }))} />
        <Space>
          <Switch checked={filters.due === 'true'} onChange={(on) => update({ due: on ? 'true' : undefined })} data-testid="plan-due" />
          仅尚未安排足的企业
        </Space>
      </ListToolbar>
      <ListError error={plan.error} />
      <Table<Row>
        rowKey="enterpriseId"
        loading={plan.loading}
        dataSource={d?.items ?? []}
        pagination={urlFilters.pagination(d?.total ?? 0, '家企业')}
        scroll={{ x: 1000 }}
        columns={[
          { title: '企业', dataIndex: 'name', width: 240 },
          { title: '行业领域', dataIndex: 'sectors', width: 160, render: (xs: string[]) => xs.map(sectorName).join('、') },
          { title: '分类', dataIndex: 'class', width: 140, render: (c: Row['class'], r) => <Tag color={classColors[c]}>{r.classLabel}</Tag> },
          { title: '分类理由', dataIndex: 'reasons', ellipsis: true, render: (rs: string[]) => rs.join('；') },
          { title: '应服务', dataIndex: 'visitsDue', width: 80, render: (n: number) => `${n}次` },
          { title: '已完成', dataIndex: 'visitsDone', width: 80 },
          { title: '已安排', dataIndex: 'visitsPlanned', width: 80 },
          {
            title: '',
            width: 130,
            render: (_: unknown, r: Row) =>
              r.stillDue > 0 ? (
                <Button size="small" type="primary" onClick={() => setPlanning(r)} data-testid={`plan-visit-${r.enterpriseId}`}>
                  安排专家服务
                </Button>
              ) : (
                <Tag color="green">已安排足</Tag>
              ),
          },
        ]}
      />
      {planning && (
        <InspectionFormModal
          open
          initial={{ kind: 'expert_service', sector: planning.sectors[0] }}
          initialEnterprise={{ id: planning.enterpriseId, name: planning.name }}
          onClose={() => setPlanning(null)}
          onCreated={(id) => void navigate(`/inspections/${id}`)}
        />
      )}
    </Card>
  );
}
