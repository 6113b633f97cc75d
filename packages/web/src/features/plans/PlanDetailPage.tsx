import { Link, useParams } from 'react-router-dom';
import { Button, Descriptions, Empty, Space, Table, Tag } from 'antd';
import { DownloadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useQuery } from '../../app/useQuery.ts';
import { RecordPage } from '../../app/workflow/RecordPage.tsx';
import { tasksApi } from '../tasks/api.ts';
import { planWorkflow } from './actions.tsx';
import { plansApi, type PlanView } from './api.ts';
import { RecordTimeline } from './moduleB.tsx';

function sections(p: PlanView) {
  return [
    {
      key: 'fields',
      title: '方案信息',
      content: (
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="制定单位">{p.orgName}</Descriptions.Item>
          <Descriptions.Item label="上级方案">{p.parentId ? <Link to={`/plans/${p.parentId}`}>{p.parentName}</Link> : '—'}</Descriptions.Item>
          <Descriptions.Item label="实施期">{`${p.periodFrom} 至 ${p.periodTo}`}</Descriptions.Item>
          <Descriptions.Item label="印发">{p.issuedOn ? `${p.docNo}（${p.issuedOn}）` : '未印发'}</Descriptions.Item>
          <Descriptions.Item label="备案单位">{p.filingOrgName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="备案">{`${p.filingStateLabel}${p.filingDue ? `，期限 ${p.filingDue}` : ''}${p.filedOn ? `，${p.filedOn} 已备案` : ''}`}</Descriptions.Item>
          <Descriptions.Item label="行动" span={2}>
            {p.actionLines.map((a) => `${a.code} ${a.name}`).join('；') || '—'}
          </Descriptions.Item>
        </Descriptions>
      ),
    },
    {
      key: 'subplans',
      title: `下级方案（${p.subPlans.length}）`,
      content:
        p.subPlans.length === 0 ? (
          <Empty description="无下级方案" />
        ) : (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            data-testid="sub-plans"
            dataSource={p.subPlans}
            columns={[
              { title: '方案', dataIndex: 'name', render: (v: string, s) => <Link to={`/plans/${s.id}`}>{v}</Link> },
              { title: '单位', dataIndex: 'orgName' },
              { title: '备案', dataIndex: 'filingStateLabel', render: (v: string) => <Tag>{v}</Tag> },
              { title: '备案期限', dataIndex: 'filingDue', render: (v: string | null) => v ?? '—' },
              { title: '备案日期', dataIndex: 'filedOn', render: (v: string | null) => v ?? '—' },
            ]}
          />
        ),
    },
    { key: 'timeline', title: '记录', content: <RecordTimeline entries={p.timeline} verified={p.timelineVerified} /> },
  ];
}

/** One plan: fields, 印发 and 备案 (per `actions`), its sub-plans' filing and the task list. */
export default function PlanDetailPage() {
  const { id = '' } = useParams();
  const query = useQuery(`plan:${id}`, (signal) => plansApi.get(id, signal));
  return (
    <RecordPage
      id={id}
      query={query}
      workflow={planWorkflow}
      notFoundTitle="方案不存在或不在您的权限范围内"
      back={{ to: '/plans', label: '返回方案列表' }}
      recordNo={(p) => p.docNo || p.kindLabel}
      tags={(p) => <Tag data-testid="plan-status">{p.statusLabel}</Tag>}
      title={(p) => p.name}
      subtitle={(p) => p.orgName}
      extraButtons={(p) => (
        <Space>
          <Link to={`/tasks?planId=${p.id}`}>
            <Button icon={<UnorderedListOutlined />}>任务清单</Button>
          </Link>
          <Button icon={<DownloadOutlined />} href={tasksApi.exportUrl(p.id)}>
            导出任务清单
          </Button>
        </Space>
      )}
      sections={sections}
      testIdPrefix="plan"
    />
  );
}
