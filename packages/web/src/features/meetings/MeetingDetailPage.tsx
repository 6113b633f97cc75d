import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Result, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { errorMessage, isNotFound } from '../../api/client.ts';
import { useQuery } from '../../app/useQuery.ts';
import { meetingsApi } from './api.ts';
import { MeetingFormModal } from './MeetingFormModal.tsx';

/** One leaders' meeting: chair, attendees, topics, the tasks it concerns and its minutes. */
export default function MeetingDetailPage() {
  const { id = '' } = useParams();
  const query = useQuery(`meeting:${id}`, (signal) => meetingsApi.get(id, signal));
  const [editing, setEditing] = useState(false);
  const m = query.data;
  if (query.error !== undefined && !m) {
    return <Result status={isNotFound(query.error) ? '404' : 'error'} title={isNotFound(query.error) ? '会议不存在或不在您的权限范围内' : errorMessage(query.error)} extra={<Link to="/meetings">返回会议列表</Link>} />;
  }
  return (
    <Card
      loading={!m}
      title={
        <Space wrap>
          <Link to="/meetings" aria-label="返回">
            <ArrowLeftOutlined />
          </Link>
          {m && <Tag>{m.kindLabel}</Tag>}
          <span>会议记录</span>
        </Space>
      }
      extra={
        m?.editable && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="meeting-edit">
            修改
          </Button>
        )
      }
    >
      {m && (
        <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="meeting-title">
          {m.name}
        </Typography.Title>
      )}
      {m && (
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="日期">{m.date}</Descriptions.Item>
          <Descriptions.Item label="主持">
            {m.chairLeaderId ? <Link to={`/leaders/${m.chairLeaderId}`}>{m.chairName}</Link> : m.chairName}
            {m.chairPost && `（${m.chairPost}）`}
          </Descriptions.Item>
          <Descriptions.Item label="组织单位">{m.orgName}</Descriptions.Item>
          <Descriptions.Item label="调度">{m.roundId ? <Link to={`/dispatch/${m.roundId}`}>查看调度</Link> : '—'}</Descriptions.Item>
          <Descriptions.Item label="参会人员" span={2}>
            {m.attendees.join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="议题" span={2}>
            {m.topics.length ? (
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {m.topics.map((t, i) => (
                  <li key={i}>{t}</li>
                ))}
              </ol>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="涉及任务" span={2}>
            {m.tasks.length
              ? m.tasks.map((t) => (
                  <Link key={t.id} to={`/tasks/${t.id}`} style={{ marginRight: 8 }}>
                    {t.code} {t.name}
                  </Link>
                ))
              : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="会议纪要" span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{m.minutes || '—'}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      )}
      {m && editing && (
        <MeetingFormModal
          meeting={m}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            query.reload();
          }}
        />
      )}
    </Card>
  );
}
