import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Col, Empty, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { ListError, ListToolbar } from '../../app/ListToolbar.tsx';
import { flag, oneOf, text } from '../../app/hooks/urlFilters.ts';
import { returnStatuses, returnStatusLabels } from '@zhiben/core/src/tasks/returns.ts';
import { timelinessLabels, timelinessValues } from '@zhiben/core/src/tasks/periods.ts';
import { useUrlFilters } from '../../app/hooks/useUrlFilters.ts';
import { useQuery } from '../../app/useQuery.ts';
import { EChart, type ChartOption } from '../home/EChart.tsx';
import { returnsApi, timelinessColors, type ReturnRow, type ToFile } from './api.ts';
import { FileReturnModal } from './FileReturnModal.tsx';

const filterSpec = { period: text(), timeliness: oneOf(timelinessValues), status: oneOf(returnStatuses), mine: flag(), issued: flag() };
/** Whose returns: filed by my org (its 待办) or asked for by my org (the issuer's review). */
type Whose = 'mine' | 'issued';
const whoseLabels: Record<Whose, string> = { mine: '本单位报送', issued: '本单位下发' };

function timelinessOption(rows: { label: string; onTime: number; late: number; missing: number }[]): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 120, right: 24, top: 32, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: rows.map((r) => r.label) },
    series: [
      { name: '按时', type: 'bar', stack: 't', color: '#52c41a', data: rows.map((r) => r.onTime) },
      { name: '逾期报送', type: 'bar', stack: 't', color: '#faad14', data: rows.map((r) => r.late) },
      { name: '未报', type: 'bar', stack: 't', color: '#ff4d4f', data: rows.map((r) => r.missing) },
    ],
  };
}

/** 报送: what my org has to file (pre-filled form), the returns in scope with review, and timeliness by org. */
export default function ReturnsPage() {
  const navigate = useNavigate();
  const f = useUrlFilters(filterSpec);
  const [filing, setFiling] = useState<ToFile | null>(null);
  const toFile = useQuery('returns-to-file', (signal) => returnsApi.toFile(signal));
  const list = useQuery(f.key, (signal) => returnsApi.list({ ...f.query, page: f.page, pageSize: f.pageSize }, signal));
  const figures = useQuery('return-figures', (signal) => returnsApi.figures({ by: 'org' }, signal));
  const chart = useMemo(() => (figures.data && figures.data.rows.length > 0 ? timelinessOption(figures.data.rows) : null), [figures.data]);
  const open = (toFile.data?.items ?? []).filter((i) => i.returnId === null || i.status === 'returned');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="本单位待报送" data-testid="returns-to-file">
        <ListError error={toFile.error} />
        {open.length === 0 ? (
          <Empty description="当前没有待报送的事项" />
        ) : (
          <Table<ToFile>
            rowKey={(i) => `${i.requirementId}:${i.period}`}
            size="small"
            pagination={false}
            dataSource={open}
            columns={[
              {
                title: '报送事项',
                dataIndex: 'requirementName',
                // On a phone the period and due date go under the name instead of two squeezed columns.
                render: (v: string, i) => (
                  <>
                    {v}
                    <Typography.Text type="secondary" className="zb-phone-only" style={{ display: 'block' }}>
                      {i.periodLabel} · {i.due} 前
                    </Typography.Text>
                  </>
                ),
              },
              { title: '报送期', dataIndex: 'periodLabel', responsive: ['sm'] },
              { title: '截止日期', dataIndex: 'due', responsive: ['sm'] },
              {
                title: '操作',
                width: 72,
                render: (_: unknown, i) =>
                  i.returnId ? (
                    <Link to={`/returns/${i.returnId}`}>已退回，去修改</Link>
                  ) : (
                    <Button type="primary" size="small" onClick={() => setFiling(i)} data-testid="file-return">
                      报送
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title="报送记录">
            <ListToolbar onReset={f.reset}>
              <Select allowClear placeholder="及时性" style={{ width: 130 }} value={f.filters.timeliness} options={timelinessValues.map((t) => ({ value: t, label: timelinessLabels[t] }))} onChange={(timeliness) => f.set({ timeliness })} />
              <Select allowClear placeholder="审核状态" style={{ width: 150 }} value={f.filters.status} options={returnStatuses.map((s) => ({ value: s, label: returnStatusLabels[s] }))} onChange={(status) => f.set({ status })} data-testid="return-status-filter" />
              <Select<Whose>
                allowClear
                placeholder="范围"
                style={{ width: 130 }}
                value={f.filters.mine ? 'mine' : f.filters.issued ? 'issued' : undefined}
                options={(['mine', 'issued'] as const).map((w) => ({ value: w, label: whoseLabels[w] }))}
                onChange={(w) => f.set({ mine: w === 'mine', issued: w === 'issued' })}
                data-testid="return-whose-filter"
              />
            </ListToolbar>
            <ListError error={list.error} />
            <Table<ReturnRow>
              rowKey={(r) => r.id ?? `${r.orgId}:${r.requirementId}:${r.period}`}
              size="small"
              loading={list.loading}
              dataSource={list.data?.items ?? []}
              pagination={f.pagination(list.data?.total ?? 0, '份')}
              scroll={{ x: 640 }}
              data-testid="returns-table"
              onRow={(r) => ({ onClick: () => r.id && void navigate(`/returns/${r.id}`), style: { cursor: r.id ? 'pointer' : 'default' } })}
              columns={[
                { title: '单位', dataIndex: 'orgName' },
                { title: '报送事项', dataIndex: 'requirementName' },
                { title: '报送期', dataIndex: 'periodLabel' },
                { title: '截止', dataIndex: 'dueDate' },
                { title: '及时性', dataIndex: 'timeliness', render: (t: string, r) => <Tag color={timelinessColors[t]}>{r.timelinessLabel}</Tag> },
                { title: '状态', dataIndex: 'statusLabel', render: (v: string | null) => v ?? '—' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title="报送及时率（按单位）">
            <ListError error={figures.error} />
            {chart ? <EChart option={chart} height={Math.max(320, (figures.data?.rows.length ?? 0) * 26 + 60)} testId="returns-timeliness-chart" /> : <Empty />}
          </Card>
        </Col>
      </Row>
      <FileReturnModal
        item={filing}
        onClose={() => setFiling(null)}
        onFiled={(r) => {
          setFiling(null);
          void navigate(`/returns/${r.id}`);
        }}
      />
    </Space>
  );
}
