import { useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { dateTimeFormat } from '../../app/labels.ts';
import { Descriptions, List, Table, Tag, Typography } from 'antd';
import { useQuery } from '../../app/useQuery.ts';
import { RecordPage } from '../../app/workflow/RecordPage.tsx';
import { RecordTimeline } from '../plans/moduleB.tsx';
import { returnWorkflow } from './actions.tsx';
import { returnsApi, timelinessColors, type ReturnView } from './api.ts';


function sections(r: ReturnView) {
  return [
    {
      key: 'head',
      title: '报送信息',
      content: (
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="报送单位">{r.orgName}</Descriptions.Item>
          <Descriptions.Item label="报送期">{r.periodLabel}</Descriptions.Item>
          <Descriptions.Item label="截止日期">{r.dueDate}</Descriptions.Item>
          <Descriptions.Item label="首次报送">{r.firstFiledOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="审核意见">{r.reviewComment || '—'}</Descriptions.Item>
          <Descriptions.Item label="审核时间">{r.reviewedAt ? dayjs(r.reviewedAt).format(dateTimeFormat) : '—'}</Descriptions.Item>
        </Descriptions>
      ),
    },
    {
      key: 'report',
      title: '报送内容',
      content: (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="return-report-text">
            {r.report.text || '—'}
          </Typography.Paragraph>
          {r.report.figures.length > 0 && (
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={r.report.figures}
              columns={[
                { title: '指标', dataIndex: 'label' },
                { title: '数值', render: (_: unknown, f) => (f.value === null ? '—' : `${f.value}${f.unit}`) },
              ]}
            />
          )}
          {r.report.taskProgress.length > 0 && (
            <Table
              size="small"
              rowKey="taskId"
              style={{ marginTop: 16 }}
              pagination={false}
              dataSource={r.report.taskProgress}
              columns={[
                { title: '任务', render: (_: unknown, t) => `${t.code} ${t.name}` },
                { title: '进度', dataIndex: 'percent', render: (p: number | null) => (p === null ? '—' : `${p}%`) },
                { title: '进展', dataIndex: 'text' },
              ]}
            />
          )}
          {r.report.problems.length > 0 && <List header="存在问题" dataSource={r.report.problems} renderItem={(p) => <List.Item>{p}</List.Item>} />}
          {r.report.nextSteps && <Typography.Paragraph style={{ marginTop: 16 }}>下步打算：{r.report.nextSteps}</Typography.Paragraph>}
        </>
      ),
    },
    { key: 'timeline', title: '记录', content: <RecordTimeline entries={r.timeline} verified={r.timelineVerified} /> },
  ];
}

/** One filed return: its report, timeliness, review (accept / send back) or resubmission. */
export default function ReturnDetailPage() {
  const { id = '' } = useParams();
  const query = useQuery(`return:${id}`, (signal) => returnsApi.get(id, signal));
  return (
    <RecordPage
      id={id}
      query={query}
      workflow={returnWorkflow}
      notFoundTitle="报送不存在或不在您的权限范围内"
      back={{ to: '/returns', label: '返回报送' }}
      recordNo={(r) => r.periodLabel}
      tags={(r) => (
        <>
          <Tag data-testid="return-status">{r.statusLabel}</Tag>
          <Tag color={timelinessColors[r.timeliness]}>{r.timelinessLabel}</Tag>
        </>
      )}
      title={(r) => `${r.orgName} · ${r.requirementName}`}
      sections={sections}
      testIdPrefix="return"
    />
  );
}
