import { useParams } from 'react-router-dom';
import { Alert, Descriptions, Empty, Progress, Steps, Tag, Typography } from 'antd';
import { useQuery } from '../../app/useQuery.ts';
import { RecordPage, type RecordSection } from '../../app/workflow/RecordPage.tsx';
import { RecordTimeline } from '../plans/moduleB.tsx';
import { taskWorkflow } from './actions.tsx';
import { displayStatusColors, tasksApi, type TaskView } from './api.ts';

function sections(t: TaskView): RecordSection[] {
  const list: RecordSection[] = [
    {
      key: 'fields',
      title: '任务信息',
      content: (
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="task-fields">
          <Descriptions.Item label="方案">{t.planName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="行动">{t.actionCode ? `${t.actionCode} ${t.actionName}` : '—'}</Descriptions.Item>
          <Descriptions.Item label="类型">{t.kindLabel}</Descriptions.Item>
          <Descriptions.Item label="下达单位">{t.issuerOrg.name}</Descriptions.Item>
          <Descriptions.Item label="牵头单位">{t.leadOrg?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="配合单位">{t.coOrgs.map((o) => o.name).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="责任人">{t.responsible || '—'}</Descriptions.Item>
          <Descriptions.Item label="分管领导">{t.leader ? `${t.leader.name}（${t.leader.post}）` : '—'}</Descriptions.Item>
          <Descriptions.Item label="完成时限">{t.dueDate ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="下发日期">{t.issuedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="任务内容" span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{t.body || '—'}</span>
          </Descriptions.Item>
        </Descriptions>
      ),
    },
    {
      key: 'progress',
      title: '进展',
      content: (
        <>
          <Progress percent={t.progressPercent ?? (t.displayStatus === 'done' ? 100 : 0)} status={t.displayStatus === 'overdue' ? 'exception' : undefined} data-testid="task-progress" />
          {t.milestones.length > 0 && (
            <Steps
              size="small"
              orientation="vertical"
              style={{ marginTop: 16 }}
              items={t.milestones.map((m) => ({
                title: m.label,
                content: m.doneOn ? `${m.due} 前 · 已于 ${m.doneOn} 完成` : `${m.due} 前${m.overdue ? ' · 逾期' : ''}`,
                status: m.doneOn ? 'finish' : m.overdue ? 'error' : 'wait',
              }))}
            />
          )}
          {t.indicator && (
            <Descriptions column={1} size="small" style={{ marginTop: 16 }} title="指标">
              <Descriptions.Item label="指标">{t.indicator.definition}</Descriptions.Item>
              <Descriptions.Item label="目标">{`${t.indicator.target}${t.indicator.unit}`}</Descriptions.Item>
              <Descriptions.Item label="当前值">
                {t.indicator.value === null ? '—' : `${t.indicator.value}${t.indicator.unit}`}（{t.indicator.dataSourceLabel}
                {t.indicator.valueOn ? `，${t.indicator.valueOn}` : ''}）
              </Descriptions.Item>
              <Descriptions.Item label="完成度">{t.indicator.progress === null ? '—' : <Progress percent={Math.round(t.indicator.progress * 100)} size="small" />}</Descriptions.Item>
            </Descriptions>
          )}
          {t.recurrence && (
            <Typography.Paragraph style={{ marginTop: 16 }}>
              {t.recurrence.occurrences.map((o) => (
                <Tag key={o.period} color={o.done ? 'success' : o.due < new Date().toISOString().slice(0, 10) ? 'error' : 'default'}>
                  {o.label}
                </Tag>
              ))}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    { key: 'timeline', title: '记录', content: t.timeline.length ? <RecordTimeline entries={t.timeline} verified={t.timelineVerified} /> : <Empty /> },
  ];
  return list;
}

/** One task: fields, progress (milestones, indicator, recurring periods), its timeline and the allowed actions. */
export default function TaskDetailPage() {
  const { id = '' } = useParams();
  const query = useQuery(`task:${id}`, (signal) => tasksApi.get(id, signal));
  return (
    <RecordPage
      id={id}
      query={query}
      workflow={taskWorkflow}
      notFoundTitle="任务不存在或不在您的权限范围内"
      back={{ to: '/tasks', label: '返回任务清单' }}
      recordNo={(t) => t.displayCode}
      tags={(t) => (
        <Tag color={displayStatusColors[t.displayStatus]} data-testid="task-status">
          {t.displayStatusLabel}
        </Tag>
      )}
      title={(t) => t.name}
      subtitle={(t) => (t.reference ? `来源：${t.reference.label}` : undefined)}
      notices={(t) => (t.issueBlocked && t.actions.length === 0 ? <Alert type="warning" showIcon title={t.issueBlocked} /> : null)}
      sections={sections}
      testIdPrefix="task"
    />
  );
}
