import { Link, useParams } from 'react-router-dom';
import { Card, Col, Descriptions, Empty, List, Row, Table, Tag, Typography } from 'antd';
import { useQuery } from '../../app/useQuery.ts';
import { RecordPage } from '../../app/workflow/RecordPage.tsx';
import { EChart } from '../home/EChart.tsx';
import { RecordTimeline } from '../plans/moduleB.tsx';
import { roundWorkflow } from './actions/index.tsx';
import { DispatchDocumentCard } from './DispatchDocumentCard.tsx';
import { dispatchApi, type RoundView } from './api.ts';

function ReturnsChart({ r }: { r: RoundView['returns'] }) {
  if (r.expected === 0) return <Empty description="本月无应报事项" />;
  return (
    <EChart
      height={220}
      testId="round-returns-chart"
      option={{
        tooltip: {},
        series: [
          {
            type: 'pie',
            radius: ['40%', '70%'],
            data: [
              { name: '按时', value: r.onTime },
              { name: '逾期报送', value: r.late },
              { name: '未报', value: r.missing },
              { name: '未到期', value: r.pending },
            ],
          },
        ],
      }}
    />
  );
}

function sections(round: RoundView) {
  return [
    {
      key: 'problems',
      title: `问题（${round.problems.length}）`,
      content:
        round.problems.length === 0 ? (
          <Empty description="尚未记录问题" />
        ) : (
          <List data-testid="round-problems" dataSource={round.problems} renderItem={(p) => <List.Item>{p.orgName ? `${p.orgName}：` : ''}{p.text}</List.Item>} />
        ),
    },
    {
      key: 'meeting',
      title: '调度会',
      content: round.meeting ? (
        <Descriptions column={1} size="small" data-testid="round-meeting">
          <Descriptions.Item label="日期">{round.meeting.date}</Descriptions.Item>
          <Descriptions.Item label="主持">{`${round.meeting.chairName} ${round.meeting.chairPost}`}</Descriptions.Item>
          <Descriptions.Item label="参会">{round.meeting.attendees.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="议题">{round.meeting.topics.join('；') || '—'}</Descriptions.Item>
          <Descriptions.Item label="纪要">
            <span style={{ whiteSpace: 'pre-wrap' }}>{round.meeting.minutes || '—'}</span>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Empty description="尚未召开调度会" />
      ),
    },
    {
      key: 'decisions',
      title: `交办事项（${round.decisions.length}）`,
      content: (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          data-testid="round-decisions"
          dataSource={round.decisions}
          columns={[
            { title: '编号', dataIndex: 'displayCode', render: (v: string, t) => <Link to={`/tasks/${t.id}`}>{v}</Link> },
            { title: '事项', dataIndex: 'name' },
            { title: '牵头单位', render: (_: unknown, t) => t.leadOrg?.name ?? '—' },
            { title: '时限', dataIndex: 'dueDate' },
            { title: '状态', dataIndex: 'displayStatusLabel', render: (v: string) => <Tag>{v}</Tag> },
          ]}
        />
      ),
    },
    {
      key: 'returns',
      content: (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Card title="本月报送">
              <ReturnsChart r={round.returns} />
              <Typography.Text type="secondary">{`应报 ${round.returns.expected}，按时 ${round.returns.onTime}，逾期 ${round.returns.late}，未报 ${round.returns.missing}`}</Typography.Text>
            </Card>
          </Col>
          <Col xs={24} md={16}>
            <Card title="各单位报送情况">
              <Table
                rowKey={(r) => `${r.orgId}-${r.requirementId}`}
                size="small"
                pagination={{ pageSize: 8 }}
                dataSource={round.returns.rows}
                columns={[
                  { title: '单位', dataIndex: 'orgName' },
                  { title: '报送事项', dataIndex: 'requirementName' },
                  { title: '截止', dataIndex: 'dueDate' },
                  { title: '及时性', dataIndex: 'timelinessLabel', render: (v: string, r) => (r.id ? <Link to={`/returns/${r.id}`}>{v}</Link> : v) },
                ]}
              />
            </Card>
          </Col>
        </Row>
      ),
    },
    { key: 'document', content: <DispatchDocumentCard initialPeriod={round.month} /> },
    { key: 'timeline', title: '记录', content: <RecordTimeline entries={round.timeline} verified={round.timelineVerified} /> },
  ];
}

/** One monthly dispatch round: problems, the meeting, 交办 items, the month's returns, closing and the 调度通报. */
export default function DispatchRoundPage() {
  const { id = '' } = useParams();
  const query = useQuery(`round:${id}`, (signal) => dispatchApi.get(id, signal));
  return (
    <RecordPage
      id={id}
      query={query}
      workflow={roundWorkflow}
      notFoundTitle="调度不存在或不在您的权限范围内"
      back={{ to: '/dispatch', label: '返回调度列表' }}
      recordNo={(r) => r.monthLabel}
      tags={(r) => <Tag data-testid="round-status">{r.statusLabel}</Tag>}
      title={(r) => r.name}
      subtitle={(r) => `${r.orgName}${r.docNo ? ` · ${r.docNo}` : ''}`}
      sections={sections}
      testIdPrefix="round"
    />
  );
}
